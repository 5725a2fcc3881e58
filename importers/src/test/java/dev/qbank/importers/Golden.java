package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Golden-file checks for importers. {@link #check} compares the questions read from a fixture under
 * {@code src/test/resources/fixtures/FORMAT/} with {@code src/test/resources/golden/FORMAT/FIXTURE.yaml};
 * {@link #assertMatches} compares any text (e.g. {@link Result#toYaml()}, questions and warnings) with a golden file
 * kept beside the fixtures. Run with {@code -Dqbank.updateGolden=true} to rewrite golden files on purpose (then
 * review the diff).
 */
public final class Golden {
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    public static final Path GOLDEN = Path.of("src/test/resources/golden");
    /** The bundled seeds, at the project root (tests run in the module folder). */
    public static final Path SEEDS = Path.of("..", "seeds");

    private Golden() {
    }

    /** The fixture files of a format, sorted. */
    public static List<Path> fixtures(String format) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(format))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** What an importer reads from a file: its questions and warnings. */
    public record Result(List<Question> questions, List<Diagnostic> warnings) {
        /** Questions and formatted warnings as one canonical YAML document. */
        public String toYaml() {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("questions", questions);
            doc.put("warnings", warnings.stream().map(Diagnostic::format).toList());
            return BankStore.toYaml(doc);
        }
    }

    public static Result read(Importer importer, Path file, String displayName) {
        SourceDocument doc = SourceDocument.load(file, displayName);
        List<Question> questions = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        importer.read(doc, questions::add, warnings::add);
        return new Result(questions, warnings);
    }

    /** What an importer reads from {@code text}, as from a file named {@code x.txt}. */
    public static Result readText(Importer importer, String text) {
        SourceDocument doc = SourceDocument.of(Path.of("x.txt"), "x.txt", text.getBytes(StandardCharsets.UTF_8));
        List<Question> questions = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        importer.read(doc, questions::add, warnings::add);
        return new Result(questions, warnings);
    }

    /**
     * What the user gets from {@code text}: the importer's questions with the canonical text every import gives them
     * ({@link QuestionText#canonical}: frequency marks become tags, full-width letters ASCII, …).
     */
    public static Result readTextAsImported(Importer importer, String text) {
        return asImported(readText(importer, text));
    }

    /** {@code read} as the user gets it: each question with its canonical text ({@link QuestionText#canonical}). */
    public static Result asImported(Result read) {
        return new Result(read.questions().stream().map(QuestionText::canonical).toList(), read.warnings());
    }

    /** The format detection picks for {@code text} given as a Markdown file. */
    public static String detect(String text) {
        SourceDocument doc = SourceDocument.of(Path.of("x.md"), "x.md", text.getBytes(StandardCharsets.UTF_8));
        return new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name();
    }

    public static Result readFixture(Importer importer, String format, String name) {
        return read(importer, FIXTURES.resolve(format).resolve(name), "fixtures/" + format + "/" + name);
    }

    public static Result readSeed(Importer importer, String name) {
        return read(importer, SEEDS.resolve(name), "seeds/" + name);
    }

    /** Reads the fixture and compares (or, on request, rewrites) its golden file of questions. */
    public static Result check(Importer importer, Path fixture) throws IOException {
        String format = fixture.getParent().getFileName().toString();
        String name = fixture.getFileName().toString();
        Result result = read(importer, fixture, format + "/" + name);
        String actual = QbankMapper.yaml().writeValueAsString(result.questions());
        assertMatchesFile(GOLDEN.resolve(format).resolve(name + ".yaml"), actual);
        return result;
    }

    /** Compares {@code actual} with (or, on request, rewrites) {@code fixtures/<format>/<name>}. */
    public static void assertMatches(String format, String name, String actual) {
        assertMatchesFile(FIXTURES.resolve(format).resolve(name), actual);
    }

    private static void assertMatchesFile(Path golden, String actual) {
        try {
            if (Boolean.getBoolean("qbank.updateGolden")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("golden file " + golden + " is missing; run the test with -Dqbank.updateGolden=true, "
                        + "then review it");
            }
            assertThat(actual).as("golden file %s (rerun with -Dqbank.updateGolden=true to accept a deliberate "
                    + "change)", golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
