package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every fixture of every format this test knows reads to its golden YAML, and is detected as its own format. */
class ImporterGoldenTest {
    private static final ImporterRegistry REGISTRY = ImporterRegistry.standard();
    private static final List<String> FORMATS = List.of("table", "csv", "chapters", "numbered", "xlsx", "json",
            "ankitext", "flashcards", "org", "problems", "notebook");

    @TestFactory
    Stream<DynamicTest> fixturesMatchTheirGoldenFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String format : FORMATS) {
            Importer importer = REGISTRY.require(format);
            for (Path fixture : Golden.fixtures(format)) {
                tests.add(DynamicTest.dynamicTest(format + "/" + fixture.getFileName(), () -> {
                    Golden.Result r = Golden.check(importer, fixture);
                    assertThat(r.questions()).isNotEmpty();
                    for (Question q : r.questions()) {
                        assertThat(q.id()).isNull();
                        assertThat(q.sources()).hasSize(1);
                        Source s = q.sources().get(0);
                        assertThat(s.format()).isEqualTo(format);
                        assertThat(s.file()).isEqualTo(format + "/" + fixture.getFileName());
                        assertThat(q.question()).isEqualTo(q.question().strip()).isNotEmpty();
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> fixturesAreDetectedAsTheirFormat() throws IOException {
        FormatDetector detector = new FormatDetector(REGISTRY);
        List<DynamicTest> tests = new ArrayList<>();
        for (String format : FORMATS) {
            for (Path fixture : Golden.fixtures(format)) {
                tests.add(DynamicTest.dynamicTest(format + "/" + fixture.getFileName(), () -> {
                    SourceDocument doc = SourceDocument.load(fixture, fixture.toString());
                    assertThat(detector.detect(doc).importer().name()).isEqualTo(format);
                }));
            }
        }
        return tests.stream();
    }
}
