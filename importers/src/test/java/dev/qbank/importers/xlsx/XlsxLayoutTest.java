package dev.qbank.importers.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** A sheet 题库 of these rows, from the first (the header) on. */
    private static Sheet bank(XSSFWorkbook book, String[]... rows) {
        Sheet sheet = book.createSheet("题库");
        for (int i = 0; i < rows.length; i++) {
            row(sheet, i, rows[i]);
        }
        return sheet;
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
     * Rows hidden by hand (old versions of a question, drafts) were read like the others. They are set aside now,
     * with one warning naming them, as a hidden sheet is.
     */
    @Test
    void rowsHiddenByHandAreNotReadAndOneWarningNamesThem() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = bank(book, new String[] {"题目", "答案"}, new String[] {"什么是分区？", "并行的单位"},
                new String[] {"（旧）什么是分区？", "旧答案"}, new String[] {"（草稿）副本如何同步？", "待补充"},
                new String[] {"什么是消费者组？", "共同消费一个主题的消费者"}, new String[] {"（草稿）什么是事务？", "待补充"});
        for (int i : new int[] {2, 3, 5}) {
            sheet.getRow(i).setZeroHeight(true);
        }
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是分区？", "什么是消费者组？");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("row-hidden");
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).startsWith("sheet '题库': 3 rows are hidden by hand (no filter hides them), so "
                    + "they were not read (rows 3-4, 6); to import them, unhide them");
        });
    }

    /**
     * Rows an AutoFilter hides are a view of the table, not rows set aside: they are read, and only a row hidden
     * outside the filter's range is left out.
     */
    @Test
    void rowsAFilterHidesAreRead() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("题库");
        row(sheet, 0, "题目", "答案", "难度");
        row(sheet, 1, "什么是分区？", "并行的单位", "简单");
        row(sheet, 2, "副本如何同步？", "ISR", "困难");
        row(sheet, 3, "什么是消费者组？", "共同消费", "简单");
        row(sheet, 5, "（旧）分区", "旧答案", "简单");
        ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).setAutoFilter(
                org.apache.poi.ss.util.CellRangeAddress.valueOf("A1:C4"));
        sheet.getRow(2).setZeroHeight(true); // filtered to 简单: the 困难 row is out of view
        sheet.getRow(5).setZeroHeight(true); // below the filter: hidden by hand
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::question)
                .containsExactly("什么是分区？", "副本如何同步？", "什么是消费者组？");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("row-hidden", 6));
    }

    /**
     * Some generators write a sheet's {@code <autoFilter>} element without the workbook's {@code _FilterDatabase}
     * name: the rows it hides are read all the same, and a row hidden below its range is still set aside.
     */
    @Test
    void rowsAFilterWithoutItsNameHidesAreRead() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        org.apache.poi.xssf.usermodel.XSSFSheet sheet = book.createSheet("Deck");
        row(sheet, 0, "question", "answer");
        row(sheet, 1, "What is a shard?", "A horizontal slice of the data");
        row(sheet, 2, "What is a replica set?", "Copies of one shard");
        row(sheet, 4, "Old: what is a chunk?", "Draft");
        sheet.getCTWorksheet().addNewAutoFilter().setRef("A1:B3"); // the element only, no defined name
        sheet.getRow(2).setZeroHeight(true);
        sheet.getRow(4).setZeroHeight(true);
        assertThat(book.getNumberOfNames()).isZero();
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::question)
                .containsExactly("What is a shard?", "What is a replica set?");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("row-hidden", 5));
    }

    /** A range formatted as a table keeps its filter in the table's part: the rows it hides are read too. */
    @Test
    void rowsATablesFilterHidesAreRead() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        org.apache.poi.xssf.usermodel.XSSFSheet sheet = book.createSheet("题库");
        row(sheet, 0, "题目", "答案");
        row(sheet, 1, "什么是分区？", "并行的单位");
        row(sheet, 2, "副本如何同步？", "ISR");
        var table = sheet.createTable(new org.apache.poi.ss.util.AreaReference("A1:B3",
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007));
        table.getCTTable().addNewAutoFilter().setRef("A1:B3");
        sheet.getRow(2).setZeroHeight(true);
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是分区？", "副本如何同步？");
        assertThat(r.warnings()).isEmpty();
    }

    /** A collapsed outline group folds its rows away for a while, as a filter does: they are read. */
    @Test
    void rowsACollapsedGroupFoldsAreRead() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = bank(book, new String[] {"题目", "答案"}, new String[] {"什么是主题？", "消息的类别"},
                new String[] {"什么是分区？", "并行的单位"}, new String[] {"什么是副本？", "冗余的拷贝"});
        sheet.groupRow(2, 3);
        sheet.setRowGroupCollapsed(2, true);
        Golden.Result r = read(save(book));
        assertThat(sheet.getRow(2).getZeroHeight()).as("the group hides its rows").isTrue();
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是主题？", "什么是分区？", "什么是副本？");
        assertThat(r.warnings()).isEmpty();
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

    /**
     * A references cell showing a title over its link keeps both (it kept the address only); one showing its own
     * address has no title; a {@code [title](url)} text and a citation read as written.
     */
    @Test
    void aLinkedReferenceKeepsItsTitleAndItsAddress() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = bank(book, new String[] {"题目", "答案", "参考资料"},
                new String[] {"什么是注意力机制？", "对输入加权。", "Attention Is All You Need"},
                new String[] {"什么是残差连接？", "恒等映射。", "arxiv.org/abs/1512.03385"},
                new String[] {"什么是 BN？", "归一化。", "[Batch Normalization](https://arxiv.org/abs/1502.03167)\nCLRS"});
        link(book, sheet.getRow(1).getCell(2), "https://arxiv.org/abs/1706.03762");
        link(book, sheet.getRow(2).getCell(2), "https://arxiv.org/abs/1512.03385");
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::references).containsExactly(
                List.of(new Reference("https://arxiv.org/abs/1706.03762", "Attention Is All You Need")),
                List.of(Reference.of("https://arxiv.org/abs/1512.03385")),
                List.of(new Reference("https://arxiv.org/abs/1502.03167", "Batch Normalization"),
                        new Reference(null, "CLRS")));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * imp25: a references cell of several lines over a link kept only the link's url. Every line is kept: the one
     * citation among them is the link's title, a line spelling the address is the link, else the link comes after.
     */
    @Test
    void aLinkedReferencesCellOfSeveralLinesKeepsEveryLine() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = bank(book, new String[] {"题目", "答案", "参考资料"},
                new String[] {"什么是注意力机制？", "对输入加权。", "Attention Is All You Need\nhttps://x.org/notes"},
                new String[] {"什么是残差连接？", "恒等映射。", "CLRS\narxiv.org/abs/1512.03385"},
                new String[] {"什么是 BN？", "归一化。", "CLRS, chapter 7\n《深度学习》第6章"});
        link(book, sheet.getRow(1).getCell(2), "https://arxiv.org/abs/1706.03762");
        link(book, sheet.getRow(2).getCell(2), "https://arxiv.org/abs/1512.03385");
        link(book, sheet.getRow(3).getCell(2), "https://arxiv.org/abs/1502.03167");
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::references).containsExactly(
                List.of(new Reference("https://arxiv.org/abs/1706.03762", "Attention Is All You Need"),
                        Reference.of("https://x.org/notes")),
                List.of(new Reference(null, "CLRS"), Reference.of("https://arxiv.org/abs/1512.03385")),
                List.of(new Reference(null, "CLRS, chapter 7"), new Reference(null, "《深度学习》第6章"),
                        Reference.of("https://arxiv.org/abs/1502.03167")));
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
