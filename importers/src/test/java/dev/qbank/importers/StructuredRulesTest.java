package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.anki.AnkiNote;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the structured formats' audit added (docs/importer-audit-19.md), one shape at a time. */
class StructuredRulesTest {
    private static final ImporterRegistry REGISTRY = ImporterRegistry.standard();

    private static List<Question> read(String format, String text) {
        return Golden.readText(REGISTRY.require(format), text).questions();
    }

    @Test
    void anOptionsCellIsOneLetteredOptionALine() {
        assertThat(ChoiceOptions.ofCell("Sigmoid\nTanh\nReLU")).isEqualTo("A. Sigmoid\nB. Tanh\nC. ReLU");
        assertThat(ChoiceOptions.ofCell("SGD | Adam ｜ Newton")).isEqualTo("A. SGD\nB. Adam\nC. Newton");
        assertThat(ChoiceOptions.ofCell("A. 逻辑回归 B. K-Means C. SVM")).isEqualTo("A. 逻辑回归\nB. K-Means\nC. SVM");
        assertThat(ChoiceOptions.ofCell("A. ReLU\nB. Tanh")).isEqualTo("A. ReLU\nB. Tanh");
        // one option, or lines lettered some other way, stay as written
        assertThat(ChoiceOptions.ofCell("only one")).isEqualTo("only one");
        assertThat(ChoiceOptions.ofCell("A. x\nC. y")).isEqualTo("A. x\nC. y");
    }

    @Test
    void optionsInOneCellAreLetteredInCsvAndMarkdownTables() {
        assertThat(read("csv", "题目,选项,答案\n哪个输出以 0 为中心？,Sigmoid | Tanh,B\n").get(0).prompt())
                .isEqualTo("哪个输出以 0 为中心？\n\nA. Sigmoid\nB. Tanh");
        assertThat(read("table", "| 题目 | 选项 | 答案 |\n|---|---|---|\n| 哪个输出以 0 为中心？ | Sigmoid<br>Tanh | B |\n")
                .get(0).prompt()).isEqualTo("哪个输出以 0 为中心？\n\nA. Sigmoid\nB. Tanh");
    }

    @Test
    void aQuestionFieldHoldingAnObjectIsNoCrash() {
        String notion = """
                {"results": [{"parent": {"type": "database_id"}, "properties": {
                  "Question": {"id": "title", "type": "title", "title": [{"plain_text": "什么是"}, {"plain_text": "过拟合？"}]},
                  "Answer": {"type": "rich_text", "rich_text": [{"text": {"content": "x"}, "plain_text": "训练好测试差。"}]},
                  "Level": {"type": "select", "select": {"name": "Hard"}},
                  "Tags": {"type": "multi_select", "multi_select": [{"name": "ML"}, {"name": "正则化"}]}}}]}
                """;
        assertThat(Golden.detect(notion.strip())).isEqualTo("json");
        Question q = read("json", notion).get(0);
        assertThat(q.question()).isEqualTo("什么是过拟合？");
        assertThat(q.answer()).isEqualTo("训练好测试差。");
        assertThat(q.difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(q.tags()).containsExactly("ML", "正则化");
        // any other object under a question field is detected as JSON and read, not a crash
        assertThat(Golden.detect("[{\"question\": {\"text\": \"What is X?\"}, \"q\": \"What is Y?\"}]")).isEqualTo("json");
    }

    @Test
    void optionsMarkedCorrectAndNestedDetails() {
        Question quiz = read("json", "[{\"questionText\": \"FIFO?\", \"answerOptions\": [{\"answerText\": \"Stack\", "
                + "\"isCorrect\": false}, {\"answerText\": \"Queue\", \"isCorrect\": true}]}]").get(0);
        assertThat(quiz.prompt()).isEqualTo("FIFO?\n\nA. Stack\nB. Queue");
        assertThat(quiz.answer()).isEqualTo("B");
        Golden.Result meta = Golden.readText(REGISTRY.require("json"),
                "{\"question\": \"Q?\", \"answer\": \"A.\", \"meta\": {\"difficulty\": \"hard\", \"tags\": [\"x\"]}}\n");
        assertThat(meta.questions().get(0).difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(meta.questions().get(0).tags()).containsExactly("x");
        assertThat(meta.warnings()).isEmpty();
    }

    @Test
    void ankiSourceAndExtraFieldsAreReadAndOthersNamed() {
        AnkiNote note = new AnkiNote("Basic+", List.of("Front", "Back", "出处", "Extra", "Hint"),
                List.of("什么是 RAII？", "资源获取即初始化。", "Effective C++", "析构释放", "栈对象"), "", null);
        Question q = note.question(SourceDocument.of(java.nio.file.Path.of("d.txt"), "d.txt", new byte[] {'x'}), 1, 1, "anki", new java.util.ArrayList<>(), w -> { });
        // a book is a citation, its title (imp22: it was stored as the url)
        assertThat(q.references()).containsExactly(new dev.qbank.model.Reference(null, "Effective C++"));
        assertThat(q.explanation()).isEqualTo("析构释放");
        assertThat(note.unreadFields()).containsExactly("Hint");
        assertThat(new AnkiNote("", List.of(), List.of("Q?", "A.", "src"), "", null).unreadFields())
                .containsExactly("field 3");
    }

    @Test
    void oneLineCardsAboveAMultiLineCardAreCards() {
        List<Question> cards = read("flashcards", """
                什么是 RAII？::资源获取即初始化。
                std::mutex 和 std::atomic 怎么选？::简单计数用 atomic。
                shared_ptr 线程安全吗？
                ?
                计数是原子的。
                """);
        assertThat(cards).extracting(Question::question)
                .containsExactly("什么是 RAII？", "std::mutex 和 std::atomic 怎么选？", "shared_ptr 线程安全吗？");
        assertThat(cards.get(2).prompt()).isNull();
    }
}
