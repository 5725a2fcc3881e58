package dev.qbank.importers.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.qbank.importers.Importer;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Golden files for importers: an input file and the canonical YAML its import must produce (questions and
 * warnings). Run with {@code -Dqbank.updateGolden=true} to rewrite them on purpose, then review the diff.
 */
public final class Golden {
    /** Test fixtures live in the source tree so that goldens can be rewritten in place. */
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    /** The bundled seeds, at the project root (tests run in the module folder). */
    public static final Path SEEDS = Path.of("..", "seeds");

    private Golden() {
    }

    /** What an import produced. */
    public record Result(List<Question> questions, List<Diagnostic> warnings) {
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

    public static Result readFixture(Importer importer, String format, String name) {
        return read(importer, FIXTURES.resolve(format).resolve(name), "fixtures/" + format + "/" + name);
    }

    public static Result readSeed(Importer importer, String name) {
        return read(importer, SEEDS.resolve(name), "seeds/" + name);
    }

    /** Compares with (or, on request, rewrites) {@code fixtures/<format>/<name>}. */
    public static void assertMatches(String format, String name, String actual) {
        Path golden = FIXTURES.resolve(format).resolve(name);
        try {
            if (Boolean.getBoolean("qbank.updateGolden")) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("golden file " + golden + " is missing; run the test with -Dqbank.updateGolden=true, "
                        + "then review it");
            }
            assertThat(actual).as("golden file %s (rewrite with -Dqbank.updateGolden=true)", golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
