package dev.qbank.importers.csv;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvImporterTest {
    private final CsvImporter csv = new CsvImporter();

    private static SourceDocument doc(String name, String text) {
        return SourceDocument.of(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String detected(String name, String text) {
        return new FormatDetector(ImporterRegistry.standard()).detect(doc(name, text)).importer().name();
    }

    @Test
    void aSpreadsheetIsDetectedWhateverItsDelimiterOrExtension() {
        assertThat(detected("a.csv", "题目,答案\n什么是CNN,卷积网络\n")).isEqualTo("csv");
        assertThat(detected("a.tsv", "question\tanswer\nWhat is CNN?\tx\n")).isEqualTo("csv");
        assertThat(detected("a.txt", "\n\nQuestion;Difficulty\nWhat is RNN?;hard\n")).isEqualTo("csv");
        assertThat(detected("a.csv", "#,question,answer\n1,What is RNN?,x\n")).isEqualTo("csv");
    }

    /** Other shapes keep their importer even when their first line has commas or names a question. */
    @ParameterizedTest
    @ValueSource(strings = {
            "1. 什么是CNN, RNN和LSTM?\n2. 什么是Dropout?\n",
            "| 题目 | 答案 |\n| --- | --- |\n| 什么是CNN | x |\n",
            "### 1. question, answer\n\n**答案：** x\n",
            "question, and a long first line that is a sentence rather than a header row, answer\n1. 什么是CNN？\n",
            "1. Answer this question, briefly\n2. What is a CNN?\n",
            "Question: what is a CNN?, answer\n"})
    void otherShapesAreNotTakenForCsv(String text) {
        assertThat(csv.sniff(doc("a.md", text))).isLessThan(0.5);
    }

    @Test
    void rowsWithoutAQuestionOrWithAnUnknownDifficultyAreNamedByLine() {
        Golden.Result r = Golden.readText(csv, "题目,难度\n,简单\n什么是CNN,超难\n\n,\n");
        assertThat(r.questions()).extracting(q -> q.question()).containsExactly("什么是CNN");
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "x.txt:2: warning[empty-question]: this row has no question text; skipped",
                "x.txt:3: warning[difficulty]: unknown difficulty '超难' (use 简单/中等/困难, easy/medium/hard, 1-3 or"
                        + " stars); left unset");
    }

    /**
     * An export's closing row that totals it ({@code 合计,12 题}) was imported as a question {@code 12 题}: the last
     * filled row is checked as a Markdown table's last row is (blank rows after it change nothing), and left out with
     * a warning naming its line. The same row above the last, or a last row whose question is text, is imported.
     */
    @Test
    void aLastRowThatTotalsTheSheetIsNoQuestion() {
        Golden.Result r = Golden.readText(csv, "分类,题目,答案\n网络,TCP 三次握手？,x\n合计,12 题,\n,,\n\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly("TCP 三次握手？");
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly("x.txt:3: warning[summary-row]: "
                + "this last row totals the table ('合计 | 12 题'), no question; not imported");
        assertThat(Golden.readText(csv, "分类,题目\n合计,12 题\n网络,什么是合计？\n").questions())
                .extracting(Question::question).containsExactly("12 题", "什么是合计？");
        assertThat(Golden.readText(csv, "question,answer\nWhat is TCP?,x\nTotal,40\n").questions())
                .extracting(Question::question).containsExactly("What is TCP?"); // readme40: the word in the question's column
    }

    @Test
    void aBrokenQuoteRefusesTheFileAtItsLine() {
        assertThatThrownBy(() -> Golden.readText(csv, "题目,答案\n什么是RNN,x\n\"什么是CNN,没有闭合\n下一行,x\n"))
                .isInstanceOf(QbankException.class)
                .hasMessageContaining("x.txt:3: error[csv]: a quoted cell starting here is never closed");
        assertThatThrownBy(() -> Golden.readText(csv, "题目,答案\n什么是RNN,x\n\"什么是CNN\"多余,y\n"))
                .isInstanceOf(QbankException.class)
                .hasMessageContaining("x.txt:3: error[csv]: text follows a quoted cell's closing quote");
    }

    /**
     * A spreadsheet with German, French or Korean headers ({@code Nr;Frage;Antwort;Kategorie;Schwierigkeit}) was
     * refused as unrecognised: its columns and levels are read as the Chinese and English ones.
     */
    @Test
    void headersInOtherLanguagesAreRecognised() {
        String german = "\uFEFFNr;Frage;Antwort;Thema;Schwierigkeit\r\n1;Was ist ein Mutex?;Eine Sperre;"
                + "Nebenläufigkeit;Schwer\r\n2;Was ist DNS?;Namensauflösung;Netz;leicht\r\n";
        assertThat(detected("fragen.csv", german)).isEqualTo("csv");
        assertThat(Golden.readText(csv, german).questions()).extracting(Question::question, Question::answer,
                Question::topic, q -> q.difficulty().name()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Was ist ein Mutex?", "Eine Sperre", "Nebenläufigkeit", "HARD"),
                org.assertj.core.groups.Tuple.tuple("Was ist DNS?", "Namensauflösung", "Netz", "EASY"));
        String korean = "번호,질문,답변,난이도\n1,스택이란?,후입선출 자료구조,쉬움\n";
        assertThat(detected("면접.csv", korean)).isEqualTo("csv");
        assertThat(Golden.readText(csv, korean).questions()).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo("스택이란?");
            assertThat(q.difficulty().name()).isEqualTo("EASY");
        });
        String french = "Question,Réponse,Catégorie,Difficulté\nQu'est-ce qu'un thread ?,Un fil d'exécution,"
                + "Systèmes,Moyen\n";
        assertThat(Golden.readText(csv, french).questions()).singleElement().satisfies(q -> {
            assertThat(q.answer()).isEqualTo("Un fil d'exécution");
            assertThat(q.topic()).isEqualTo("Systèmes");
            assertThat(q.difficulty().name()).isEqualTo("MEDIUM");
        });
    }

    @Test
    void aHeaderWithoutAQuestionColumnIsRefused() {
        assertThatThrownBy(() -> Golden.readText(csv, "答案,难度\nx,简单\n"))
                .isInstanceOf(QbankException.class)
                .hasMessageContaining("x.txt:1: error[no-question-column]");
    }

    /**
     * A Notion database exported as CSV names its title column {@code Name} ({@code Name,Tags,Created}): such files
     * were refused as unrecognised. A {@code Name} beside a question column is not the question.
     */
    @Test
    void aNotionDatabasesNameColumnIsTheQuestionWhenNoOtherColumnIs() {
        var r = Golden.readFixture(csv, "csv", "notion-database.csv");
        assertThat(r.questions()).extracting(dev.qbank.model.Question::question)
                .containsExactly("What is overfitting?", "Explain dropout", "What is a CNN?");
        assertThat(r.questions().get(0).answer()).isEqualTo("The model memorises noise.\n\nUse regularisation.");
        assertThat(r.questions().get(1).tags()).containsExactly("DL", "Regularisation");
        assertThat(detected("db.csv", "Name,Tags,Created\nWhat is RNN?,NLP,\"May 1, 2024\"\n")).isEqualTo("csv");
        var both = Golden.readText(csv, "Name,Question,Answer\nAlice,What is RNN?,x\n").questions();
        assertThat(both).extracting(dev.qbank.model.Question::question).containsExactly("What is RNN?");
    }

    /**
     * Excel's {@code sep=;} first line made the file unrecognised; a title row of one filled cell over the header was
     * read as the header (its "Questions" naming the question column), and the header row became a question.
     */
    @Test
    void anExcelSepLineAndATitleRowComeBeforeTheHeader() {
        var sep = Golden.readFixture(csv, "csv", "excel-sep-line.csv").questions();
        assertThat(sep).extracting(dev.qbank.model.Question::question).containsExactly("What is SGD?", "What is Adam?");
        assertThat(sep.get(0).answer()).isEqualTo("Stochastic; mini-batch\ngradient descent.");
        assertThat(sep).extracting(q -> q.sources().get(0).line()).containsExactly(3, 5);
        var titled = Golden.readFixture(csv, "csv", "title-row.csv").questions();
        assertThat(titled).extracting(dev.qbank.model.Question::question).containsExactly("What is a CNN?",
                "What is pooling?");
        assertThat(titled).extracting(q -> q.sources().get(0).line()).containsExactly(4, 5);
        assertThat(detected("a.csv", "sep=;\nquestion;answer\nWhat is X?;y\n")).isEqualTo("csv");
    }

    /**
     * A title row of two cells ("Kafka 面试题", "更新于 2024-03") names the question column by chance (面试题): it was
     * read as the header, the real header row became a question and every answer was left out as an unnamed column.
     * The row below names more columns, so it is the header.
     */
    @Test
    void aTitleRowThatNamesAColumnByChanceIsNotTheHeaderWhenTheRowBelowNamesMore() {
        Golden.Result r = Golden.readText(csv, "Kafka 面试题,更新于 2024-03,\n题目,答案,难度\n分区有什么用？,并行与扩展,中等\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("分区有什么用？", "并行与扩展"));
        assertThat(r.questions().get(0).sources().get(0).line()).isEqualTo(3);
        assertThat(r.warnings()).isEmpty();
    }

    /** A choice question's options column (选项, options) was dropped without a word: the answer "A" meant nothing. */
    @Test
    void anOptionsColumnIsPartOfThePrompt() {
        var qs = Golden.readFixture(csv, "csv", "choice-options.csv").questions();
        assertThat(qs).extracting(dev.qbank.model.Question::prompt).containsExactly(
                "以下哪个是激活函数？\n\nA. ReLU\nB. SGD", "哪个是优化器？\n\nA. Adam\nB. BN");
        var table = Golden.readFixture(new dev.qbank.importers.table.TableImporter(), "table", "choice-options.md")
                .questions();
        assertThat(table).extracting(dev.qbank.model.Question::prompt).containsExactly(
                "以下哪个是激活函数？\n\nA. ReLU\nB. SGD", "哪个是优化器？\n\n1. Adam\n2. BN");
    }

    /** Columns no field reads (a Notion database's Created and Status) were dropped without a word. */
    @Test
    void columnsNoFieldReadsAreNamedInAWarningWhenTheyHoldText() {
        var r = Golden.readFixture(csv, "csv", "notion-database.csv");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unread-column", 1));
        assertThat(r.warnings().get(0).message()).startsWith("'Created', 'Status' hold text");
        // empty ones, and the id and sources an export of qbank's own holds, are not worth a word
        assertThat(Golden.readFixture(csv, "csv", "xlsx-export-columns.csv").warnings()).isEmpty();
        assertThat(Golden.readFixture(csv, "csv", "trailing-empty-columns.tsv").warnings()).isEmpty();
    }

    /**
     * A quiz sheet with a column per option (题目,A,B,C,D,答案): the answer was read from column "A" (the first
     * option) and 答案, B, C, D went unread; now the option columns are the prompt's options and 答案 the answer.
     */
    @Test
    void aColumnPerOptionIsNoAnswerColumn() {
        Golden.Result r = Golden.readFixture(csv, "csv", "option-columns.csv");
        assertThat(r.questions()).extracting(Question::prompt, Question::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("以下哪个是激活函数？\n\nA. ReLU\nB. Adam\nC. SGD\nD. BN", "A"),
                org.assertj.core.groups.Tuple.tuple("哪个是优化器？\n\nA. Dropout\nB. Adam\nC. ReLU\nD. BN", "B"));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * A CSV file saved from a sheet whose 分类 cell is merged down its group has the topic in the group's first row
     * only: the rows below take it (they had none); a row's own topic starts the next group.
     */
    @Test
    void aBlankTopicCellTakesTheTopicAbove() {
        java.util.List<Question> qs = Golden.readText(csv, """
                分类,题目,答案
                机器学习,什么是过拟合？,训练好测试差
                ,L1 和 L2 的区别？,L1 稀疏
                深度学习,什么是 BN？,批归一化
                ,什么是 Dropout？,随机丢弃
                """).questions();
        assertThat(qs).extracting(Question::topic).containsExactly("机器学习", "机器学习", "深度学习", "深度学习");
    }

    /**
     * A topic column after the question is each row's own field (qbank's own workbook and CSV exports put it there):
     * a blank cell is no topic, not the one above (an exported bank came back with topics it never had).
     */
    @Test
    void aBlankTopicCellAfterTheQuestionIsNoTopic() {
        java.util.List<Question> qs = Golden.readText(csv, """
                题目,答案,分类
                什么是过拟合？,训练好测试差,机器学习
                L1 和 L2 的区别？,L1 稀疏,
                """).questions();
        assertThat(qs).extracting(Question::topic).containsExactly("机器学习", null);
    }

    /** A question cell's frequency mark, before or after it, is a tag, as in every other format. */
    @Test
    void frequencyMarksInQuestionCellsAreTags() {
        Golden.Result r = Golden.readTextAsImported(csv, "题目,答案,标签\n什么是BN？（高频）,批归一化,归一化\n🔥🔥 什么是LN？,层归一化,\n");
        assertThat(r.questions()).extracting(Question::question, Question::tags).containsExactly(
                tuple("什么是BN？", List.of("归一化", "高频")),
                tuple("什么是LN？", List.of("高频")));
    }
}
