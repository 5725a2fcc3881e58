package dev.qbank.importers.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks laid out as people lay them out: titles over the header, hidden sheets, links in cells. */
class XlsxLayoutTest {
    @TempDir
    Path dir;

    private Path save(XSSFWorkbook book) throws IOException {
        Path file = dir.resolve("book.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
        return file;
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    private static Golden.Result read(Path file) {
        return Golden.read(new XlsxImporter(), file, "book.xlsx");
    }

    /**
     * A title row of two cells side by side ("Kafka 面试题" | "更新于 2024-03") names the question column by chance:
     * it was read as the header, the real header row became a question, and the answers were left out.
     */
    @Test
    void aTitleRowThatNamesAColumnByChanceIsNotTheHeaderWhenTheRowBelowNamesMore() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("题库");
        row(sheet, 0, "Kafka 面试题", "更新于 2024-03");
        row(sheet, 1, "题目", "答案", "难度");
        row(sheet, 2, "分区有什么用？", "并行与扩展", "中等");
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::question, Question::answer, q -> q.sources().get(0).line())
                .containsExactly(tuple("分区有什么用？", "并行与扩展", 3));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * A hidden sheet (a template with a sample row, the lists behind a drop-down) was read like the others: its
     * sample became a question. It is left out now, with a warning naming it and how to unhide it.
     */
    @Test
    void aHiddenSheetIsNotReadAndTheWarningSaysHowToUnhideIt() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        row(book.createSheet("题库"), 0, "题目", "答案");
        row(book.getSheet("题库"), 1, "分区有什么用？", "并行与扩展");
        Sheet template = book.createSheet("模板");
        row(template, 0, "题目", "答案");
        row(template, 1, "（在此填写题目）", "（在此填写答案）");
        book.setSheetHidden(1, true);
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::question).containsExactly("分区有什么用？");
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("sheet-hidden");
        assertThat(r.warnings().get(0).message()).contains("'模板'").contains("Unhide");
    }

    /**
     * A cell showing a word over a link (Insert > Link: "原题" in the link column, "详见" in the answer, the question
     * itself) kept only the word. The link column's cell is now its address, the answer's a Markdown link, and the
     * question's the question's link when there is no link column.
     */
    @Test
    void linksInCellsKeepTheirAddresses() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("S");
        row(sheet, 0, "题目", "答案", "链接");
        row(sheet, 1, "分区有什么用？", "详见", "原题");
        link(book, sheet.getRow(1).getCell(1), "https://example.org/kafka/partition");
        link(book, sheet.getRow(1).getCell(2), "https://example.org/q/1");
        Sheet noLinkColumn = book.createSheet("T");
        row(noLinkColumn, 0, "题目", "答案");
        row(noLinkColumn, 1, "两数之和", "哈希表");
        link(book, noLinkColumn.getRow(1).getCell(0), "https://example.org/problems/two-sum");
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::answer, q -> q.sources().get(0).url()).containsExactly(
                tuple("[详见](https://example.org/kafka/partition)", "https://example.org/q/1"),
                tuple("哈希表", "https://example.org/problems/two-sum"));
        assertThat(r.questions()).extracting(Question::question).containsExactly("分区有什么用？", "两数之和");
        assertThat(r.warnings()).isEmpty();
    }

    private static void link(XSSFWorkbook book, org.apache.poi.ss.usermodel.Cell cell, String url) {
        var link = book.getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
        link.setAddress(url);
        cell.setHyperlink(link);
    }

    /**
     * A quiz template heads its option columns 选项A, 选项B … (or Option A, choice_b): only the first was read, as
     * one options column, and the others were left out, so the answer "C" named nothing.
     */
    @Test
    void optionColumnsNamedAsOptionsAreEachAnOption() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("单选题");
        row(sheet, 0, "题干", "选项A", "选项B", "选项C", "正确答案");
        row(sheet, 1, "HTTPS 默认端口？", "21", "80", "443", "C");
        Sheet english = book.createSheet("Quiz");
        row(english, 0, "Question", "Option A", "Option B", "Answer");
        row(english, 1, "Which is a primitive?", "Symbol", "Array", "A");
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::prompt, Question::answer).containsExactly(
                tuple("HTTPS 默认端口？\n\nA. 21\nB. 80\nC. 443", "C"),
                tuple("Which is a primitive?\n\nA. Symbol\nB. Array", "A"));
        assertThat(r.warnings()).isEmpty();
    }
}
