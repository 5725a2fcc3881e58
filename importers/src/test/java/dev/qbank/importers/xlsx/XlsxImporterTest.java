package dev.qbank.importers.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Golden;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxImporterTest {
    private final XlsxImporter xlsx = new XlsxImporter();
    @TempDir
    Path dir;

    private static Golden.Result read(Path file) {
        return Golden.read(new XlsxImporter(), file, "book.xlsx");
    }

    private static String detected(Path file) {
        return new FormatDetector(ImporterRegistry.standard()).detect(SourceDocument.load(file, "book.xlsx"))
                .importer().name();
    }

    /** A sheet a person made (not qbank's export): every cell kind, gaps, a title row, several sheets. */
    @Test
    void aUserMadeWorkbookReadsEverySheetWithAQuestionColumn() throws IOException {
        Path book = XlsxFixtures.userBook(dir.resolve("book.xlsx"));
        assertThat(detected(book)).isEqualTo("xlsx");
        Golden.Result r = read(book);
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是过拟合？", "BN 的作用是什么？",
                "RNN 为什么会梯度消失？", "What is a residual connection?");
        Question overfit = r.questions().get(0);
        assertThat(overfit.answer()).isEqualTo("模型在训练集上表现好，在测试集上差。\n常见对策：\n- 正则化\n- Dropout");
        assertThat(overfit.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(overfit.tags()).containsExactly("正则化", "泛化");
        assertThat(overfit.sources()).singleElement().isEqualTo(
                new Source("book.xlsx", 4, "什么是过拟合？", "xlsx", "1", null, "深度学习"));
        Question bn = r.questions().get(1);
        assertThat(bn.difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(bn.tags()).containsExactly("TRUE"); // a boolean cell reads as Excel shows it
        assertThat(bn.sources().get(0).number()).isEqualTo("2"); // a formula's cached result
        assertThat(bn.sources().get(0).line()).isEqualTo(6);
        Question resnet = r.questions().get(3);
        assertThat(resnet.answer()).isEqualTo("A shortcut that adds the input to the output.\n\nIt eases training deep nets.");
        assertThat(resnet.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(resnet.topic()).isEqualTo("CNN");
        assertThat(resnet.tags()).containsExactly("ResNet", "skip connection");
        assertThat(resnet.sources().get(0).section()).isEqualTo("English");
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "book.xlsx:8: warning[difficulty]: sheet '深度学习', cell D8: unknown difficulty '超难' (use 简单/中等/困难,"
                        + " easy/medium/hard, 1-3 or stars); left unset",
                "book.xlsx:3: warning[unread-column]: sheet '深度学习': '更新' holds text no question field reads, left "
                        + "out of the import (rename a column to a name qbank reads, e.g. 解析 or explanation, to keep it)",
                "book.xlsx:4: warning[empty-question]: sheet 'English', row 4: this row has no question text; skipped",
                "book.xlsx:1: warning[sheet-skipped]: sheet 'Notes' starts with row 2 'owner | 42': no header row "
                        + "naming a question column, so no questions were read from it; if it holds questions, put a "
                        + "row naming its columns above them (题目 | 答案 | 难度, or question | answer)");
    }

    /**
     * Written by fixture-scripts/make-topics-xlsx.py, not POI: a sheet per topic, one under a row of merged cells
     * grouping its columns (题目信息 over 题目 | 难度). That row was taken for the header (题目信息 as the question
     * column): the real header became a question 题目 and the difficulty and explanation columns went unread.
     */
    @Test
    void aRowOfMergedCellsGroupingTheColumnsIsNoHeader() {
        Path book = Golden.FIXTURES.resolve("xlsx").resolve("topics.xlsx");
        Golden.Result r = read(book);
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).section(),
                q -> q.sources().get(0).line()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是感受野？", "CNN", 3),
                org.assertj.core.groups.Tuple.tuple("1x1 卷积有什么用？", "CNN", 4),
                org.assertj.core.groups.Tuple.tuple("LSTM 的三个门是什么？", "RNN", 3));
        assertThat(r.questions()).extracting(Question::topic).containsExactly("CNN", "CNN", "RNN");
        assertThat(r.questions()).extracting(Question::difficulty).containsExactly(Difficulty.EASY,
                Difficulty.MEDIUM, Difficulty.MEDIUM);
        assertThat(r.questions().get(0).explanation()).isEqualTo("逐层累乘 stride。");
        assertThat(r.questions().get(1).answer()).isEqualTo("降维、升维，\n增加非线性。");
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("sheet-skipped");
    }

    /**
     * A sheet per subject with no topic column: the sheet's name is the rows' topic (it was only their section),
     * without its count (NLP（2题）); a level's name is their difficulty; Excel's default name (Sheet3) and a name
     * calling the sheet a bank (面试题汇总) give nothing; a topic column wins. A skipped sheet's warning names its
     * first filled row and says what to do; an empty sheet loses nothing and says nothing.
     */
    @Test
    void aSheetsNameIsItsRowsTopicOrDifficulty() {
        Golden.Result r = read(Golden.FIXTURES.resolve("xlsx").resolve("sheet-names.xlsx"));
        assertThat(r.questions()).extracting(q -> q.sources().get(0).section(), Question::topic, Question::difficulty)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("机器学习", "机器学习", null),
                        org.assertj.core.groups.Tuple.tuple("机器学习", "机器学习", null),
                        org.assertj.core.groups.Tuple.tuple("NLP（2题）", "NLP", Difficulty.MEDIUM),
                        org.assertj.core.groups.Tuple.tuple("NLP（2题）", "NLP", null),
                        org.assertj.core.groups.Tuple.tuple("Sheet3", null, null),
                        org.assertj.core.groups.Tuple.tuple("面试题汇总", null, null),
                        org.assertj.core.groups.Tuple.tuple("困难", "Transformer", Difficulty.HARD));
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly("book.xlsx:2: "
                + "warning[sheet-skipped]: sheet '备注' has no row of two or more filled cells (row 2 '整理：某某'): "
                + "no header row naming a question column, so no questions were read from it; if it holds "
                + "questions, put a row naming its columns above them (题目 | 答案 | 难度, or question | answer)");
    }

    @Test
    void aDateCellReadsAsItIsFormatted() throws IOException {
        Path book = workbook(new String[][] {{"question", "topic"}, {"When?", null}});
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            Row row = wb.getSheetAt(0).getRow(1);
            row.createCell(1).setCellValue(java.time.LocalDate.of(2024, 3, 5));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.getCell(1).setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        assertThat(read(book).questions().get(0).topic()).isEqualTo("2024-03-05");
    }

    @Test
    void aWorkbookWithoutAQuestionColumnIsRefusedNamingItsSheets() throws IOException {
        Path book = workbook(new String[][] {{"答案", "难度"}, {"x", "简单"}});
        assertThatThrownBy(() -> read(book)).isInstanceOf(QbankException.class).hasMessage(
                "book.xlsx: error[xlsx]: no sheet has a header row naming a question column (题目, 问题, question or "
                        + "title): sheet 'Sheet0' starts with row 1 '答案 | 难度'; put a header row above the "
                        + "questions, e.g. question | answer | difficulty");
        Path empty = workbook(new String[][] {{"just a title"}});
        assertThatThrownBy(() -> read(empty)).isInstanceOf(QbankException.class)
                .hasMessageContaining("sheet 'Sheet0' has no row of two or more filled cells");
    }

    @Test
    void anEncryptedWorkbookSaysToRemoveThePassword() throws Exception {
        Path plain = workbook(new String[][] {{"question", "answer"}, {"q", "a"}});
        Path book = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(book)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(detected(book)).isEqualTo("xlsx");
        assertThatThrownBy(() -> read(book)).isInstanceOf(QbankException.class).hasMessage(
                "book.xlsx: error[xlsx]: this workbook is encrypted (protected by a password to open); open it in "
                        + "Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear "
                        + "it), save, and import again");
    }

    @Test
    void anOldXlsWorkbookSaysToSaveItAsXlsx() throws IOException {
        Path book = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("question");
            wb.write(out);
        }
        assertThat(detected(book)).isEqualTo("xlsx");
        assertThatThrownBy(() -> read(book)).isInstanceOf(QbankException.class).hasMessage(
                "book.xlsx: error[xlsx]: this is an Excel 97-2003 workbook (.xls), which qbank does not read; open it "
                        + "in Excel (or LibreOffice) and save it again as an Excel workbook (.xlsx)");
    }

    @Test
    void aCorruptWorkbookIsRefusedWithWhatToDo() throws IOException {
        Path book = dir.resolve("broken.xlsx");
        Files.write(book, "PK\3\4 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(detected(book)).isEqualTo("xlsx"); // named as a workbook: its importer says what is wrong
        assertThatThrownBy(() -> read(book)).isInstanceOf(QbankException.class)
                .hasMessageStartingWith("book.xlsx: error[xlsx]: not a readable Excel workbook (")
                .hasMessageEndingWith("); open it in Excel (or LibreOffice) and save it again as an Excel workbook "
                        + "(.xlsx)");
    }

    /** POI's zip-bomb limits stay on: a sheet that inflates a thousand times over is refused, not read. */
    @Test
    void aZipBombIsRefused() throws IOException {
        Path plain = workbook(new String[][] {{"question", "answer"}, {"q", "a"}});
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[20_000_000]; // white space between elements: well-formed, and inflating
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    out.write(blanks);
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(QbankException.class).hasMessageContaining(
                "book.xlsx: error[xlsx]: refused: this workbook inflates to far more than its size, as a zip bomb does");
    }

    @Test
    void aZipThatIsNotAWorkbookIsABinaryFile() throws IOException {
        Path slides = dir.resolve("notes.pptx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slides))) {
            out.putNextEntry(new ZipEntry("ppt/presentation.xml"));
            out.write("<p:presentation/>".getBytes(StandardCharsets.UTF_8));
        }
        SourceDocument doc = SourceDocument.load(slides, "notes.pptx");
        assertThat(doc.binary()).isTrue();
        assertThat(xlsx.sniff(doc)).isZero();
        assertThatThrownBy(() -> new FormatDetector(ImporterRegistry.standard()).detect(doc))
                .isInstanceOf(QbankException.class).hasMessage("notes.pptx: error[binary]: this is a binary file, not"
                        + " a text question bank (import takes UTF-8 text: Markdown, plain lists, JSON, CSV; Excel "
                        + ".xlsx workbooks, Word .docx documents and Anki .apkg decks)");
    }

    @Test
    void textIsNotAWorkbook() {
        SourceDocument text = SourceDocument.of(Path.of("x.csv"), "x.csv",
                "question,answer\nq,a\n".getBytes(StandardCharsets.UTF_8));
        assertThat(xlsx.sniff(text)).isZero();
        assertThatThrownBy(() -> xlsx.read(text, q -> { }, w -> { })).isInstanceOf(QbankException.class).hasMessage(
                "x.csv: error[xlsx]: not an Excel workbook: an .xlsx file is a zip package, and this is text");
    }

    /** A header holds names: a first row of a name and a number is not one, and such a sheet is skipped. */
    @Test
    void aRowWithNumbersIsNotAHeader() throws IOException {
        Path book = workbook(new String[][] {{"questions", "12"}, {"question", "answer"}, {"q", "a"}},
                new String[][] {{"题目", "答案"}, {"什么是CNN", "卷积网络"}});
        Golden.Result r = read(book);
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是CNN");
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("sheet-skipped");
    }

    /** A workbook of one sheet per array: rows of cells, null for an empty cell. */
    private Path workbook(String[][]... sheets) throws IOException {
        Path file = Files.createTempFile(dir, "book", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (String[][] rows : sheets) {
                Sheet sheet = wb.createSheet();
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        if (rows[r][c] != null) {
                            row.createCell(c).setCellValue(rows[r][c]);
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    /**
     * A 分类 cell merged down the rows of its group: the workbook holds its value in the first row only, so the
     * rows below had no topic; they take the group's. A 备注 column was dropped without a word in a workbook (a CSV
     * file named it); since imp42 it is the explanation, as a sheet's Notes column is, and since fix43 a remark that
     * is only a frequency mark ({@code 高频}) the tag it means.
     */
    @Test
    void aTopicMergedDownItsGroupFilesEveryRowAndUnreadColumnsAreNamed() {
        Golden.Result r = read(Golden.FIXTURES.resolve("xlsx").resolve("merged-topics.xlsx"));
        assertThat(r.questions()).extracting(Question::topic).containsExactly("机器学习", "机器学习", "深度学习", "深度学习");
        assertThat(r.warnings()).isEmpty();
        assertThat(r.questions()).extracting(Question::explanation).containsExactly(null, null, null, "字节一面");
        assertThat(r.questions().get(0).tags()).containsExactly("高频");
    }

    /**
     * In a workbook qbank exported (its creator property says so, and Excel keeps it on save) every topic there is
     * is written, so a blank topic cell means none: filling it from the row above would give the exported bank's
     * questions without a topic the topic of the question before them on the way back in.
     */
    @Test
    void aBlankTopicInQbanksOwnExportStaysBlank() throws IOException {
        String[][] rows = {{"topic", "question", "answer"}, {"CV", "什么是CNN", "卷积网络"}, {null, "什么是RNN", "循环网络"}};
        Path someones = workbook(rows);
        Path qbanks = workbook(rows);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(qbanks))) {
            wb.getProperties().getCoreProperties().setCreator("qbank");
            try (OutputStream out = Files.newOutputStream(qbanks)) {
                wb.write(out);
            }
        }
        assertThat(read(someones).questions()).extracting(Question::topic).containsExactly("CV", "CV");
        assertThat(read(qbanks).questions()).extracting(Question::topic).containsExactly("CV", null);
    }

    /**
     * A sheet's closing row that totals it ({@code Total | 40}), as a spreadsheet adds under its rows, was imported
     * as a question {@code 40}: each sheet's last filled row is checked as a Markdown table's last row is, and left
     * out with a warning naming the sheet's row. A row asking about totals, last in its sheet, stays a question.
     */
    @Test
    void aLastRowThatTotalsTheSheetIsNoQuestion() throws IOException {
        Path book = workbook(
                new String[][] {{"#", "question", "answer"}, {"1", "What is a CNN?", "x"}, {"Total", "40", null},
                        {null, null, null}},
                new String[][] {{"分类", "题目"}, {"统计", "什么是总计数据？"}});
        Golden.Result r = read(book);
        assertThat(r.questions()).extracting(Question::question).containsExactly("What is a CNN?", "什么是总计数据？");
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly("book.xlsx:3: warning[summary-row]: "
                + "sheet 'Sheet0', row 3: this last row totals the table ('Total | 40'), no question; not imported");
    }

    /** A workbook's question cells lose their frequency marks to tags, as a table's do. */
    @Test
    void frequencyMarksInQuestionCellsAreTags(@TempDir Path dir) throws IOException {
        Path book = dir.resolve("marks.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            Sheet sheet = wb.createSheet("题库");
            String[][] rows = {{"题目", "答案"}, {"【高频】什么是BN？", "批归一化"}, {"什么是LN？(重要)", "层归一化"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
            }
            wb.write(out);
        }
        Golden.Result r = Golden.asImported(Golden.read(xlsx, book, "marks.xlsx"));
        assertThat(r.questions()).extracting(Question::question, Question::tags).containsExactly(
                tuple("什么是BN？", List.of("高频")),
                tuple("什么是LN？", List.of("必考")));
    }
}
