package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The structured banks of the second audit (docs/importer-audit-19.md): a Notion database from its API, a quiz app's
 * JSON, JSON Lines with nested details, CSV/TSV and a workbook with a choice question's options in one cell, a Word
 * table, Anki decks and a plain-text export with Source/出处/Extra fields, and a card list. Each file is written by
 * the maker scripts in {@code fixtures/audit19/makers}, with no qbank code: every one is detected as the format it
 * has and reads every question a reader counts in it, with its answers, options, references and warnings.
 */
class Audit19Test {
    private static final Path AUDIT = Golden.FIXTURES.resolve("audit19");
    private static final FormatDetector DETECTOR = new FormatDetector(ImporterRegistry.standard());

    private static Golden.Result read(String name) {
        Path file = AUDIT.resolve(name);
        Importer importer = DETECTOR.detect(SourceDocument.load(file, name)).importer();
        return Golden.read(importer, file, name);
    }

    private static String format(String name) {
        return DETECTOR.detect(SourceDocument.load(AUDIT.resolve(name), name)).importer().name();
    }

    private static Map<String, Question> byText(Golden.Result r) {
        return r.questions().stream().collect(Collectors.toMap(Question::question, q -> q));
    }

    private static List<String> codes(Golden.Result r) {
        return r.warnings().stream().map(Diagnostic::code).toList();
    }

    /** Fixture, the format it is written in and the questions a reader counts in it. */
    private static final String TABLE = """
            notion-database-api.json        json        8
            react-quiz-answer-options.json  json        9
            hf-dataset-meta.jsonl           json       10
            sheets-semicolon-bom.csv        csv         8
            quiz-options-pipes.tsv          csv         9
            teacher-review.xlsx             xlsx       10
            word-table-bank.docx            docx        7
            anki-chinese-source.apkg        anki        9
            anki-basic-source-extra.apkg    anki        8
            anki-notes-export.txt           ankitext    8
            cards-double-colon.txt          flashcards  9
            anki-tags-sup.apkg              anki        6
            quiz-api-minified.json          json        5
            """;

    @TestFactory
    Stream<DynamicTest> everyBankIsDetectedAndReadWhole() {
        return TABLE.lines().map(l -> l.strip().split("\\s+")).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            assertThat(format(c[0])).isEqualTo(c[1]);
            Golden.Result r = read(c[0]);
            assertThat(r.questions()).hasSize(Integer.parseInt(c[2]));
            assertThat(r.questions()).allSatisfy(q -> assertThat(q.answer()).as(q.question()).isNotBlank());
        }));
    }

    @Test
    void aNotionDatabaseReadsItsPropertiesAsText() {
        Golden.Result r = read("notion-database-api.json");
        Question q = byText(r).get("什么是过拟合？如何缓解？");
        assertThat(q.answer()).isEqualTo("模型在训练集上表现好、在测试集上表现差。缓解：正则化、Dropout、数据增强、早停。");
        assertThat(q.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(q.tags()).containsExactly("机器学习", "正则化");
        // the page's own fields are named once, not each "parent" object warned about per page
        assertThat(codes(r)).containsExactly("fields-not-read");
        // the page's id, a UUID, is the key Notion knows it by: the source's own number (imp24; imp22 named it as
        // one of the fields not read); its URL is the source's
        assertThat(q.sources().get(0).number()).matches("[0-9a-f]{8}-[0-9a-f]{4}-.*");
        assertThat(q.sources().get(0).url()).startsWith("https://www.notion.so/");
        assertThat(r.warnings().get(0).message()).startsWith("fields archived, created_time, last_edited_time");
    }

    @Test
    void optionsMarkedCorrectGiveTheAnswersLetter() {
        Question q = byText(read("react-quiz-answer-options.json")).get("Which data structure uses FIFO order?");
        assertThat(q.prompt()).endsWith("A. Stack\nB. Queue\nC. Tree\nD. Graph");
        assertThat(q.answer()).isEqualTo("B");
    }

    @Test
    void aNestedObjectOfDetailsFillsTheQuestion() {
        Golden.Result r = read("hf-dataset-meta.jsonl");
        Question q = byText(r).get("为什么 TIME_WAIT 要等 2MSL？");
        assertThat(q.difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(q.tags()).containsExactly("网络", "TCP");
        assertThat(codes(r)).doesNotContain("no-question");
    }

    @Test
    void optionsInOneCellAreLetteredOneALineInEveryTabularFormat() {
        assertThat(byText(read("sheets-semicolon-bom.csv")).get("下列哪个激活函数的输出以 0 为中心？").prompt())
                .endsWith("\n\nA. Sigmoid\nB. Tanh\nC. ReLU\nD. Softplus");
        assertThat(byText(read("quiz-options-pipes.tsv")).get("Which optimiser keeps per-parameter learning rates?")
                .prompt()).endsWith("\n\nA. SGD\nB. Adam\nC. Newton's method");
        assertThat(byText(read("teacher-review.xlsx")).get("以下哪个算法属于无监督学习？").prompt())
                .endsWith("\n\nA. 逻辑回归\nB. K-Means\nC. 支持向量机\nD. 决策树");
        Question word = byText(read("word-table-bank.docx")).get("HTTP 默认端口是？");
        assertThat(word.prompt()).endsWith("\n\nA. 21\nB. 80\nC. 443\nD. 8080");
        assertThat(word.answer()).isEqualTo("B");
        // the document's bold title line names the bank (imp22): recorded as the section, as a "# title" is, no topic
        assertThat(word.sources().get(0).section()).isEqualTo("计算机网络 选择题题库");
        assertThat(word.topic()).isNull();
        // a multi-line answer keeps its paragraphs and its doubled quotes
        assertThat(byText(read("sheets-semicolon-bom.csv")).get("解释 Batch Normalization 在训练和推理时的不同。").answer())
                .isEqualTo("训练时：用当前 batch 的均值和方差；\n同时更新滑动平均。\n\n推理时：用训练中累计的滑动平均（\"running mean\"）。");
    }

    @Test
    void ankiSourceFieldsAreReferencesAndUnreadFieldsAreNamedOnce() {
        Golden.Result chinese = read("anki-chinese-source.apkg");
        // a book's chapter is a citation: its title, no url (imp22; every format stored it as the url)
        assertThat(byText(chinese).get("进程间通信有哪些方式？").references())
                .containsExactly(new Reference(null, "《现代操作系统》第 2 章"));
        // imp42: the 备注 field is the explanation, as a sheet's 备注 or Notes column is (it was named as not read)
        assertThat(chinese.warnings()).filteredOn(w -> w.code().equals("anki-field")).isEmpty();
        assertThat(byText(chinese).get("进程间通信有哪些方式？").explanation()).isEqualTo("共享内存最快");
        Golden.Result basic = read("anki-basic-source-extra.apkg");
        Question dp = byText(basic).get("What is dynamic programming?");
        // imp24: the link's text is its title (the address alone was kept)
        assertThat(dp.references())
                .containsExactly(new Reference("https://en.wikipedia.org/wiki/Dynamic_programming", "Wikipedia"));
        assertThat(byText(basic).get("When is Dijkstra's algorithm wrong?").explanation()).isEqualTo("Use Bellman-Ford then.");
        // imp22: a book's chapter is a citation, and <sup>2</sup> keeps its meaning (it read "O(n2)")
        Question quicksort = byText(basic).get("What is the time complexity of quicksort?");
        assertThat(quicksort.references()).containsExactly(new Reference(null, "CLRS, chapter 7"));
        assertThat(quicksort.answer()).startsWith("Average O(n log n), worst case O(n²) when");
        assertThat(codes(basic)).doesNotContain("anki-field");
        Golden.Result export = read("anki-notes-export.txt");
        assertThat(export.warnings()).filteredOn(w -> w.code().equals("anki-field")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("'field 3', 'field 4'", "#columns:"));
    }

    /**
     * Written for imp22, after the audit: a shared deck kept in one deck and filed by hierarchical tags, answers with
     * {@code <sup>}/{@code <sub>}; each note's one such tag is its topic (they were tags, and no note had a topic),
     * raised text reads as it means ({@code O(n2)}, {@code 2k}, {@code β1t} were what it read), a book a citation.
     */
    @Test
    void aDeckFiledByHierarchicalTagsGivesTopicsAndRaisedTextItsMeaning() {
        Map<String, Question> deck = byText(read("anki-tags-sup.apkg"));
        Question quicksort = deck.get("快速排序的时间复杂度？");
        assertThat(quicksort.topic()).isEqualTo("CS / 算法 / 排序");
        assertThat(quicksort.tags()).containsExactly("高频");
        assertThat(quicksort.answer()).startsWith("平均 O(n log n)，最坏 O(n²)：");
        assertThat(quicksort.references()).containsExactly(new Reference(null, "CLRS, chapter 7"));
        Question adam = deck.get("Adam 的偏差修正是什么？");
        assertThat(adam.topic()).isNull(); // two hierarchical tags: neither is chosen
        assertThat(adam.tags()).containsExactly("ML::优化", "ML::数学");
        assertThat(adam.answer()).startsWith("m̂_t = m_t / (1 − β₁^t)");
        assertThat(adam.references()).extracting(Reference::url).containsExactly("https://arxiv.org/abs/1412.6980");
        assertThat(deck.get("L2 正则化的作用？").answer()).startsWith("在损失上加 λ‖w‖₂²，");
        assertThat(deck.get("什么是哈希冲突？").topic()).isNull();
    }

    /**
     * Written for imp22: a quiz API's response saved minified on one line, UUID ids. Its messages said line 1 for
     * every record; they name the column of the record now. The UUIDs are the records' own numbers (imp24: they
     * were a field not read, this file's only one).
     */
    @Test
    void oneLineJsonNamesTheColumnOfEachRecord() {
        Golden.Result r = read("quiz-api-minified.json");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("difficulty", 1, 402),
                org.assertj.core.groups.Tuple.tuple("empty-question", 1, 528));
        assertThat(byText(r).get("什么是梯度消失？").sources().get(0).number())
                .isEqualTo("8f14e45f-ceea-467f-a3b4-3c5d0c1b2a11");
        assertThat(byText(r).get("什么是梯度消失？").references()).containsExactly(new Reference(null, "《深度学习》第6章"),
                Reference.of("https://www.deeplearningbook.org/contents/mlp.html"));
    }

    @Test
    void cardLinesAboveAMultiLineCardAndAScopedNameFirstAreCards() {
        Map<String, Question> cards = byText(read("cards-double-colon.txt"));
        assertThat(cards.get("std::map 和 std::unordered_map 的区别？").answer()).startsWith("map 是红黑树");
        assertThat(cards.get("shared_ptr 的引用计数线程安全吗？").answer()).startsWith("引用计数的增减是原子的");
        assertThat(cards.get("shared_ptr 的引用计数线程安全吗？").prompt()).isNull();
        assertThat(cards.get("std::mutex 和 std::atomic 怎么选？").answer()).startsWith("简单计数");
    }
}
