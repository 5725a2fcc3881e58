package dev.qbank.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.qbankjson.QbankJsonImporter;
import dev.qbank.importers.qbankmd.QbankMarkdownImporter;
import dev.qbank.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty selection (a filter that matches nothing) still gives valid files. */
class EmptyBankTest {
    @TempDir
    Path dir;

    @Test
    void everyFormatWritesAValidEmptyFile() throws Exception {
        ExportRequest empty = SampleBank.request(List.of());
        for (String format : List.of("xlsx", "markdown", "json", "jsonl")) {
            Exporter exporter = ExporterRegistry.standard().require(format);
            Path out = dir.resolve("empty." + exporter.extension());
            exporter.export(empty, out);
            assertThat(out).as(exporter.name()).exists();
        }
        List<Question> back = new ArrayList<>();
        new QbankMarkdownImporter().read(SourceDocument.load(dir.resolve("empty.md"), "empty.md"), back::add, w -> { });
        new QbankJsonImporter().read(SourceDocument.load(dir.resolve("empty.json"), "empty.json"), back::add, w -> { });
        assertThat(back).isEmpty();
        assertThat(Files.size(dir.resolve("empty.jsonl"))).isZero();
        assertThat(Files.readString(dir.resolve("empty.md"))).contains("0 questions in 0 topics.");
    }
}
