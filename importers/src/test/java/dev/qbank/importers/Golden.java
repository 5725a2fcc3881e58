package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden-file checks: a fixture under {@code src/test/resources/fixtures/FORMAT/} is read by its importer and the
 * questions, as canonical YAML, must equal {@code src/test/resources/golden/FORMAT/FIXTURE.yaml} byte for byte.
 * Run with {@code -Dqbank.updateGolden=true} to rewrite the golden files on purpose (then review the diff).
 */
public final class Golden {
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    public static final Path GOLDEN = Path.of("src/test/resources/golden");

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
    }

    public static Result read(Importer importer, Path file, String displayName) {
        SourceDocument doc = SourceDocument.load(file, displayName);
        List<Question> questions = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        importer.read(doc, questions::add, warnings::add);
        return new Result(questions, warnings);
    }

    /** Reads the fixture and compares (or, on request, rewrites) its golden file. */
    public static Result check(Importer importer, Path fixture) throws IOException {
        String format = fixture.getParent().getFileName().toString();
        String name = fixture.getFileName().toString();
        Result result = read(importer, fixture, format + "/" + name);
        String actual = QbankMapper.yaml().writeValueAsString(result.questions());
        Path golden = GOLDEN.resolve(format).resolve(name + ".yaml");
        if (Boolean.getBoolean("qbank.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return result;
        }
        if (!Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail("golden file " + golden + " did not exist and was written; review it and run again");
        }
        assertThat(actual).as("questions read from %s (golden %s; rerun with -Dqbank.updateGolden=true to accept "
                + "a deliberate change)", fixture, golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        return result;
    }
}
