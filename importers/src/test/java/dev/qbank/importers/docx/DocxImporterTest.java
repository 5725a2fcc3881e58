package dev.qbank.importers.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Golden;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word documents written with POI's own writer, read back as the Markdown shapes their text has. */
class DocxImporterTest {
    @TempDir
    Path dir;

    private final DocxImporter importer = new DocxImporter();

    /** A numbered list (Word's automatic numbering, level 0 "%1.", level 1 "(%2)") under heading-styled sections. */
    private Path numberedDocument() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            level(abs, 0, STNumberFormat.DECIMAL, "%1.");
            level(abs, 1, STNumberFormat.DECIMAL, "(%2)");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
            heading(doc, "卷积神经网络");                                   // paragraph 1
            item(doc, numId, 0, "什么是感受野？");                           // 2
            XWPFParagraph three = doc.createParagraph();                   // 3, ending with a link
            three.createRun().setText("输出上一个点对应的输入区域，见");
            three.createHyperlinkRun("https://example.com/rf").setText("这篇文章");
            item(doc, numId, 0, "1x1 卷积有什么作用？");                     // 4
            XWPFParagraph answer = doc.createParagraph();                  // 5: bold, then a line break
            XWPFRun b = answer.createRun();
            b.setBold(true);
            b.setText("作用：");
            XWPFRun r = answer.createRun();
            r.setText("升降维");
            r.addBreak();
            r.setText("跨通道融合");
            heading(doc, "循环神经网络");                                   // 6
            item(doc, numId, 0, "LSTM 为什么能缓解梯度消失？");              // 7
            XWPFParagraph pic = doc.createParagraph();                     // 8: a picture
            try {
                pic.createRun().addPicture(new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                        Document.PICTURE_TYPE_PNG, "a.png", 10, 10);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            return save(doc, "numbered.docx");
        }
    }

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewStart().setVal(BigInteger.ONE);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading2");
        p.createRun().setText(text);
    }

    private static void item(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static void plain(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private Path save(XWPFDocument doc, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }

    private static String detected(Path file) {
        return new FormatDetector(ImporterRegistry.standard()).detect(SourceDocument.load(file, "x")).importer().name();
    }

    @Test
    void aNumberedListUnderHeadingsIsReadWithWordsNumbersAndParagraphLines() throws IOException {
        Path file = numberedDocument();
        assertThat(detected(file)).isEqualTo("docx");
        Golden.Result r = Golden.read(importer, file, "numbered.docx");
        assertThat(r.questions()).extracting(Question::question, Question::topic, q -> q.sources().get(0).line(),
                q -> q.sources().get(0).format(), q -> q.sources().get(0).number()).containsExactly(
                tuple("什么是感受野？", "卷积神经网络", 2, "docx", "1"),
                tuple("1x1 卷积有什么作用？", "卷积神经网络", 4, "docx", "2"),
                tuple("LSTM 为什么能缓解梯度消失？", "循环神经网络", 7, "docx", "3"));
        assertThat(r.questions()).extracting(Question::answer).containsExactly("输出上一个点对应的输入区域，见[这篇文章](https://example.com/rf)",
                "**作用：**升降维\n跨通道融合", "![](image1.png)");
        assertThat(r.warnings()).isEmpty();
        Path pictures = importer.extractedMedia(SourceDocument.load(file, "numbered.docx"));
        assertThat(pictures.resolve("image1.png")).hasBinaryContent(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    /** The import brings a document's pictures into the bank, and a Markdown bank's pictures beside it, alike. */
    @Test
    void picturesComeIntoTheBankWithTheQuestionsThatShowThem() throws IOException {
        Path docx = numberedDocument();
        Path md = dir.resolve("list.md");
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/diagram.png"), new byte[] {1, 2, 3});
        Files.writeString(md, "1. 什么是残差连接？\n   ![结构](img/diagram.png)\n2. 什么是 dropout？\n   ![](img/gone.png)\n");
        Path bank = dir.resolve("bank");
        dev.qbank.importers.ImportReport report = new dev.qbank.importers.ImportPipeline(ImporterRegistry.standard())
                .run(new dev.qbank.importers.ImportRequest(List.of(docx.toString(), md.toString()), bank, null));
        List<Question> questions = new dev.qbank.model.BankStore(bank).readAll();
        Question lstm = questions.stream().filter(q -> q.question().startsWith("LSTM")).findFirst().orElseThrow();
        assertThat(lstm.media()).singleElement().asString().startsWith("media/").endsWith("-image1.png");
        assertThat(lstm.answer()).isEqualTo("![](" + lstm.media().get(0) + ")");
        assertThat(bank.resolve(lstm.media().get(0))).hasBinaryContent(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Question residual = questions.stream().filter(q -> q.question().startsWith("什么是残差")).findFirst()
                .orElseThrow();
        assertThat(residual.media()).singleElement().asString().endsWith("-diagram.png");
        assertThat(residual.answer()).isEqualTo("![结构](" + residual.media().get(0) + ")");
        assertThat(report.files()).flatExtracting(f -> f.warnings()).extracting(Diagnostic::code)
                .containsExactly("media-missing");
        assertThat(importer.extractedMedia(SourceDocument.load(docx, "numbered.docx"))).isNull();
    }

    /** Written by make-wps-style.py, not POI: Chinese style names, numbering restarting per section, a break. */
    @Test
    void aDocumentWrittenByAnotherToolIsReadAsItsListUnderItsSections() {
        Path file = Golden.FIXTURES.resolve("docx").resolve("wps-style.docx");
        assertThat(detected(file)).isEqualTo("docx");
        Golden.Result r = Golden.read(importer, file, "wps-style.docx");
        assertThat(r.questions()).extracting(Question::question, Question::topic, q -> q.sources().get(0).line(),
                q -> q.sources().get(0).number()).containsExactly(
                tuple("什么是感受野？", "卷积神经网络", 3, "1"),
                tuple("池化层有什么作用？", "卷积神经网络", 5, "2"),
                tuple("LSTM 的三个门分别是什么？", "循环神经网络", 8, "1"));
        // the bold 答： label says what follows; it is not the answer's text
        assertThat(r.questions()).extracting(Question::answer).containsExactly("输出特征图上一点对应的输入区域。",
                "降维\n增大感受野", "遗忘门、输入门、输出门。");
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * Written by make-word-bank.py: numbered questions with 答案：/解析： labels and a choice question, then a
     * quick-reference table. The document was read as a table: its two numbered questions were dropped without a
     * word. Now the text around the table is read in its own shape too, options in the prompt, 解析 the explanation.
     */
    @Test
    void aListOfQuestionsAndATableOfMoreAreBothRead() {
        Path file = Golden.FIXTURES.resolve("docx").resolve("word-bank.docx");
        Golden.Result r = Golden.read(importer, file, "word-bank.docx");
        assertThat(r.questions()).extracting(Question::question, Question::topic, q -> q.sources().get(0).line())
                .containsExactlyInAnyOrder(tuple("什么是过拟合？", "基础", 3), tuple("以下哪个是激活函数？", "基础", 6),
                        tuple("什么是 BN？", "速查表", 12), tuple("什么是 Dropout？", "速查表", 13));
        // in the page's order: the text above the table, then the table (the table came first)
        assertThat(r.questions()).extracting(Question::answer, Question::prompt, Question::explanation).containsExactly(
                tuple("训练集好、测试集差。", null, "模型复杂度过高。"),
                tuple("A", "以下哪个是激活函数？\n\nA. ReLU\nB. Adam", null),
                tuple("批归一化", null, null), tuple("随机丢弃神经元", null, null));
        assertThat(r.questions()).allSatisfy(q -> assertThat(q.sources().get(0).format()).isEqualTo("docx"));
        assertThat(r.warnings()).isEmpty();
    }

    /** A list numbered {@code 1.}, {@code 2.} …: its id. */
    private static BigInteger decimalList(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        level(abs, 0, STNumberFormat.DECIMAL, "%1.");
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
    }

    private static void code(XWPFDocument doc, String text) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setFontFamily("Consolas");
        r.setText(text);
    }

    /**
     * Code pasted into Word is a paragraph a line in a fixed-width font (audit 41): a fenced block, indentation and a
     * blank line kept. The lines ran into the question above them, one line without its indentation. A document
     * typed in Courier throughout has no code in it: its numbered lines stay questions.
     */
    @Test
    void paragraphsInAFixedWidthFontAreACodeBlock() throws IOException {
        Path file;
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger numId = decimalList(doc);
            item(doc, numId, 0, "手写一个 Softmax 函数（数值稳定版）。");       // 1
            code(doc, "def softmax(x):");                                 // 2
            code(doc, "    e = np.exp(x - x.max())");                     // 3
            plain(doc, "");                                               // 4: a blank line of the code
            code(doc, "    return e / e.sum()");                          // 5
            plain(doc, "");                                               // 6
            plain(doc, "注意先减去最大值。");                                 // 7
            item(doc, numId, 0, "BatchNorm 有哪些可学习参数？");              // 8
            plain(doc, "γ 和 β。");
            file = save(doc, "code.docx");
        }
        Golden.Result r = Golden.read(importer, file, "code.docx");
        assertThat(r.questions()).extracting(Question::question, Question::answer, q -> q.sources().get(0).line())
                .containsExactly(tuple("手写一个 Softmax 函数（数值稳定版）。", "```\ndef softmax(x):\n"
                        + "    e = np.exp(x - x.max())\n\n    return e / e.sum()\n```\n\n注意先减去最大值。", 1),
                        tuple("BatchNorm 有哪些可学习参数？", "γ 和 β。", 8));
        Path courier;
        try (XWPFDocument doc = new XWPFDocument()) {
            code(doc, "1. 什么是过拟合？");
            code(doc, "训练集好，测试集差。");
            code(doc, "2. 什么是欠拟合？");
            courier = save(doc, "courier.docx");
        }
        assertThat(Golden.read(importer, courier, "courier.docx").questions())
                .extracting(Question::question, Question::answer)
                .containsExactly(tuple("什么是过拟合？", "训练集好，测试集差。"), tuple("什么是欠拟合？", null));
    }

    @Test
    void labelledQuestionsAndTablesAreReadByTheirShape() throws IOException {
        Path qa;
        try (XWPFDocument doc = new XWPFDocument()) {
            plain(doc, "问：什么是过拟合？");
            plain(doc, "答：训练集好，测试集差。");
            plain(doc, "");
            plain(doc, "问：什么是欠拟合？");
            plain(doc, "答：都不好。");
            qa = save(doc, "qa.docx");
        }
        assertThat(Golden.read(importer, qa, "qa.docx").questions())
                .extracting(Question::question, Question::answer, q -> q.sources().get(0).line())
                .containsExactly(tuple("什么是过拟合？", "训练集好，测试集差。", 1), tuple("什么是欠拟合？", "都不好。", 4));
        Path table;
        try (XWPFDocument doc = new XWPFDocument()) {
            plain(doc, "面试题汇总");
            XWPFTable t = doc.createTable(3, 2);
            String[][] cells = {{"题目", "答案"}, {"什么是 BN？", "批归一化"}, {"BN 和 LN 的区别？", "归一化的维度 | 不同"}};
            for (int row = 0; row < 3; row++) {
                for (int col = 0; col < 2; col++) {
                    t.getRow(row).getCell(col).setText(cells[row][col]);
                }
            }
            table = save(doc, "table.docx");
        }
        assertThat(Golden.read(importer, table, "table.docx").questions())
                .extracting(Question::question, Question::answer, q -> q.sources().get(0).line())
                .containsExactly(tuple("什么是 BN？", "批归一化", 3), tuple("BN 和 LN 的区别？", "归一化的维度 | 不同", 4));
    }

    @Test
    void aDocumentWithoutQuestionsAnOldDocAndABrokenFileAreRefusedWithWhatToDo() throws IOException {
        Path prose;
        try (XWPFDocument doc = new XWPFDocument()) {
            plain(doc, "会议纪要");
            prose = save(doc, "prose.docx");
        }
        assertThatThrownBy(() -> Golden.read(importer, prose, "prose.docx")).isInstanceOf(QbankException.class)
                .hasMessageContaining("no question list");
        Path old = dir.resolve("old.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(old)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThat(detected(old)).isEqualTo("docx");
        assertThatThrownBy(() -> Golden.read(importer, old, "old.doc")).isInstanceOf(QbankException.class)
                .hasMessageContaining("Word 97-2003").hasMessageContaining("save it as a Word document (.docx)");
        Path broken = dir.resolve("broken.docx");
        byte[] zip = Files.readAllBytes(prose);
        Files.write(broken, java.util.Arrays.copyOf(zip, zip.length / 2));
        assertThatThrownBy(() -> Golden.read(importer, broken, "broken.docx")).isInstanceOf(QbankException.class)
                .satisfies(e -> assertThat(List.of(e.getMessage())).singleElement().asString().contains("broken.docx"));
    }

    /**
     * A document's title, set as Word's Title style or as a bold line naming the bank (or a centred bold line), is
     * read as the Markdown importers read a {@code # title}: the questions' recorded section, and no topic when it
     * names a bank. The bold line was dropped without a word.
     */
    @Test
    void aDocumentsTitleIsReadAsAMarkdownTitle() throws IOException {
        for (boolean styled : new boolean[] {true, false}) {
            Path file;
            try (XWPFDocument doc = new XWPFDocument()) {
                XWPFParagraph title = doc.createParagraph();
                XWPFRun run = title.createRun();
                run.setText("计算机网络面试题");
                if (styled) {
                    title.setStyle("Title");
                } else {
                    run.setBold(true);
                }
                plain(doc, "1. TCP 和 UDP 的区别？");
                plain(doc, "TCP 面向连接。");
                plain(doc, "2. 三次握手为什么不是两次？");
                plain(doc, "防止已失效的连接请求。");
                file = save(doc, "titled.docx");
            }
            Golden.Result r = Golden.read(importer, file, "titled.docx");
            assertThat(r.questions()).extracting(Question::question, Question::topic, q -> q.sources().get(0).section(),
                    q -> q.sources().get(0).line()).as("styled " + styled).containsExactly(
                    tuple("TCP 和 UDP 的区别？", null, "计算机网络面试题", 2),
                    tuple("三次握手为什么不是两次？", null, "计算机网络面试题", 4));
        }
        Path centred;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setText("卷积神经网络");
            plain(doc, "1. 什么是感受野？");
            plain(doc, "输出上一点对应的输入区域。");
            XWPFRun bold = doc.createParagraph().createRun(); // a bold line further down is text, as it was
            bold.setBold(true);
            bold.setText("重点");
            plain(doc, "2. 池化层有什么作用？");
            plain(doc, "降维，增大感受野。");
            centred = save(doc, "centred.docx");
        }
        Question q = Golden.read(importer, centred, "centred.docx").questions().get(0);
        assertThat(q.topic()).isEqualTo("卷积神经网络"); // a subject: its questions' topic, as "# 卷积神经网络" is
        assertThat(q.answer()).isEqualTo("输出上一点对应的输入区域。\n**重点**");
        // a bold question number first ("问题 1", as Feishu writes it) names 问题 but is no title
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFRun number = doc.createParagraph().createRun();
            number.setBold(true);
            number.setText("问题 1");
            assertThat(WordText.of(doc).markdown()).startsWith("**问题 1**");
        }
    }

    /**
     * Italic runs are {@code *…*} (they were dropped; bold runs were already {@code **…**}), and a raised or lowered
     * run is written as the Anki import writes {@code <sup>}/{@code <sub>}: {@code O(n²)}, {@code x_i} (it read
     * {@code O(n2)}, {@code xi}).
     */
    @Test
    void italicAndRaisedRunsKeepTheirMeaning() throws IOException {
        Path file;
        try (XWPFDocument doc = new XWPFDocument()) {
            plain(doc, "1. 快排的复杂度？");
            XWPFParagraph answer = doc.createParagraph();
            answer.createRun().setText("平均 O(n log n)，最坏 O(n");
            answer.createRun().setText("2");
            answer.getRuns().get(1).setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
            answer.createRun().setText(")，记作 T");
            XWPFRun sub = answer.createRun();
            sub.setText("i");
            sub.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUBSCRIPT);
            XWPFRun italic = answer.createRun();
            italic.setText(" 注意 ");
            italic.setItalic(true);
            XWPFRun both = answer.createRun();
            both.setText("最坏情况");
            both.setItalic(true);
            both.setBold(true);
            file = save(doc, "runs.docx");
        }
        assertThat(Golden.read(importer, file, "runs.docx").questions()).singleElement()
                .extracting(Question::answer).isEqualTo("平均 O(n log n)，最坏 O(n²)，记作 T_i *注意* ***最坏情况***");
    }
}
