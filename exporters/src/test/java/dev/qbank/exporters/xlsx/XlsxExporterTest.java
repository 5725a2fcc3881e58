package dev.qbank.exporters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.exporters.Golden;
import dev.qbank.exporters.SampleBank;
import dev.qbank.exporters.SourceOrderedBank;
import dev.qbank.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {
    @TempDir
    Path dir;

    private Map<String, WorkbookReader.SheetData> export(List<Question> questions, String name) throws Exception {
        Path out = dir.resolve(name);
        new XlsxExporter().export(SampleBank.request(questions), out);
        return WorkbookReader.read(out);
    }

    @Test
    void rowsMatchGoldenFileWhenReadWithTheEventApi() throws Exception {
        Map<String, WorkbookReader.SheetData> sheets = export(SampleBank.questions(), "bank.xlsx");
        assertThat(sheets).containsOnlyKeys("Questions", "Summary");
        Golden.check("sample.xlsx.txt", WorkbookReader.dump(sheets));

        List<List<String>> rows = sheets.get("Questions").rows();
        assertThat(rows.get(0)).containsExactlyElementsOf(XlsxExporter.headers());
        assertThat(rows).hasSize(1 + SampleBank.questions().size());
        List<String> first = rows.get(2); // after Shell's one question: topics by name, as the Markdown book
        assertThat(first.get(0)).isEqualTo("vanishing-gradient");
        assertThat(first.get(9)).isEqualTo("seeds/000_dl.txt:12\nseeds/001_qa.md:3");
        assertThat(first.get(11)).isEqualTo("https://example.org/vanishing");
        // the javascript: reference is listed as text but never becomes the link (the glob question, topic Shell)
        assertThat(rows.get(1).get(11)).isEqualTo("https://example.com/glob");
    }

    @Test
    void sheetHasFrozenHeaderAutofilterHyperlinkFormulaAndDifficultyList() throws Exception {
        String xml = export(SampleBank.questions(), "bank.xlsx").get("Questions").xml();
        assertThat(xml).containsPattern("<pane [^>]*ySplit=\"1(\\.0)?\"[^>]*state=\"frozen\"");
        assertThat(xml).contains("<autoFilter ref=\"A1:L5\"");
        assertThat(xml).containsPattern("<dataValidation [^>]*type=\"list\"[^>]*sqref=\"G2:G5\"");
        assertThat(xml).contains("\"easy,medium,hard\"");
        assertThat(xml).contains("<f>HYPERLINK(&quot;https://example.org/vanishing&quot;)</f>");
        assertThat(xml).containsPattern("<col [^>]*width=");
    }

    @Test
    void summaryCountsTopicsByDifficultyAndSourceBanks() throws Exception {
        List<List<String>> rows = export(SampleBank.questions(), "bank.xlsx").get("Summary").rows();
        assertThat(rows).contains(List.of("questions", "4"), List.of("cells truncated at 32,767 characters", "0"),
                List.of("topic", "easy", "medium", "hard", "(none)", "total"),
                List.of("Shell", "1", "0", "0", "0", "1"),
                List.of("深度学习", "0", "1", "1", "0", "2"),
                List.of("(no topic)", "0", "0", "0", "1", "1"),
                List.of("seeds/000_dl.txt", "2"), List.of("seeds/001_qa.md", "1"),
                List.of("seeds/002_table.md", "2"));
    }

    @Test
    void overlongCellIsCutVisiblyAndCounted() throws Exception {
        String longAnswer = "答".repeat(40_000);
        Question q = Question.builder("long").id("long-one").answer(longAnswer).build();
        Map<String, WorkbookReader.SheetData> sheets = export(List.of(q), "long.xlsx");
        String cell = sheets.get("Questions").rows().get(1).get(4);
        assertThat(cell).hasSize(CellText.MAX_CELL_CHARS)
                .endsWith("… [truncated, 40000 chars; see long-one]")
                .startsWith("答答答");
        assertThat(sheets.get("Summary").rows()).contains(List.of("cells truncated at 32,767 characters", "1"));
    }

    @Test
    void controlCharactersAndAstralCharactersKeepTheWorkbookReadable() throws Exception {
        Question q = Question.builder("bell \u0007 and nul-ish \u0001 and emoji 😀").id("ctl")
                .answer("tab\tend\u000b").build();
        List<String> row = export(List.of(q), "ctl.xlsx").get("Questions").rows().get(1);
        assertThat(row.get(0)).isEqualTo("ctl");
        assertThat(row.get(1)).startsWith("bell ").endsWith("emoji 😀");
    }

    @Test
    void twoExportsOfOneBankGiveTheSameRows() throws Exception {
        String a = WorkbookReader.dump(export(SampleBank.questions(), "a.xlsx"));
        String b = WorkbookReader.dump(export(SampleBank.questions(), "b.xlsx"));
        assertThat(a).isEqualTo(b);
        // fixed document dates: POI then writes byte-identical packages
        assertThat(Files.readAllBytes(dir.resolve("a.xlsx"))).isEqualTo(Files.readAllBytes(dir.resolve("b.xlsx")));
    }

    @Test
    void manyRowsStream() throws Exception {
        Question template = SampleBank.questions().get(0);
        int n = 5_000;
        Path out = dir.resolve("many.xlsx");
        new XlsxExporter().export(new ExportRequest(dir,
                () -> IntStream.range(0, n).mapToObj(i -> template.withId("q" + i)), Map.of()), out);
        assertThat(WorkbookReader.read(out).get("Questions").rows()).hasSize(n + 1);
    }

    /**
     * Rows are grouped by topic as the Markdown book is (exp29: the sheet listed every topic's questions mixed, in
     * source order), and within a topic follow the questions' first sources (file, line, then id), not the bank's
     * hash-id order; questions without a topic last.
     */
    @Test
    void rowsAreGroupedByTopicAndFollowTheirSources() throws Exception {
        List<Question> bank = new java.util.ArrayList<>(SourceOrderedBank.questions());
        bank.add(Question.builder("No topic?").id("q0").sources(List.of(new dev.qbank.model.Source("notes/a.md", 1,
                "No topic?", "numbered", null, null, null))).build());
        List<List<String>> rows = export(bank, "ordered.xlsx").get("Questions").rows();
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
                .containsExactlyElementsOf(java.util.stream.Stream.concat(SourceOrderedBank.SOURCE_ORDER.stream(),
                        java.util.stream.Stream.of("q0")).toList());
        assertThat(rows.get(1 + SourceOrderedBank.SOURCE_ORDER.indexOf("q8"))).contains("notes/a.md:3\nnotes/b.md:1");
    }
}
