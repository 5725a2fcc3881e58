package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A folder of banks written blind for an audit, with its table of what each holds (a line per fixture: its name, the
 * format it is detected as and the questions a reader counts in it), as the audit tests check them.
 */
record AuditFolder(String folder, Map<String, String[]> expected) {
    private static final FormatDetector DETECTOR = new FormatDetector(ImporterRegistry.standard());

    static AuditFolder of(String folder, String table) {
        return new AuditFolder(folder, table.lines().map(l -> l.strip().split("\\s+"))
                .collect(Collectors.toMap(c -> c[0], c -> c)));
    }

    Path file(String name) {
        return Golden.FIXTURES.resolve(folder).resolve(name);
    }

    String format(String name) {
        return DETECTOR.detect(SourceDocument.load(file(name), name)).importer().name();
    }

    List<Question> read(String name) {
        Importer importer = DETECTOR.detect(SourceDocument.load(file(name), name)).importer();
        return Golden.read(importer, file(name), name).questions();
    }

    /**
     * One test per bank: the folder holds the banks of the table (and its README), each is detected as its format
     * and read whole, and {@code each} holds for every question read (given the fixture's name).
     */
    Stream<DynamicTest> detectedAndReadWhole(BiConsumer<String, Question> each) throws IOException {
        assertThat(Golden.fixtures(folder)).extracting(p -> p.getFileName().toString())
                .filteredOn(n -> !n.equals("README.md")).containsExactlyInAnyOrderElementsOf(expected.keySet());
        return expected.values().stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
            assertThat(format(row[0])).isEqualTo(row[1]);
            List<Question> qs = read(row[0]);
            assertThat(qs).hasSize(Integer.parseInt(row[2]));
            qs.forEach(q -> each.accept(row[0], q));
        }));
    }
}
