package dev.qbank.importers.json;

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
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** JSON banks of other tools: every object with a question field is a question, and what is not read is said. */
class JsonRecordsImporterTest {
    private final JsonRecordsImporter importer = new JsonRecordsImporter();

    private static String detected(String name, String text) {
        SourceDocument doc = SourceDocument.of(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8));
        return new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name();
    }

    private static List<String> formatted(List<Diagnostic> warnings) {
        return warnings.stream().map(Diagnostic::format).toList();
    }

    @Test
    void objectsWithoutAQuestionAndFieldsNotReadAreWarnings() {
        Golden.Result r = Golden.readFixture(importer, "json", "array.json");
        assertThat(r.questions()).hasSize(2);
        assertThat(formatted(r.warnings())).containsExactly(
                "fixtures/json/array.json:19: warning[empty-question]: this object has no question text; skipped",
                "fixtures/json/array.json:20: warning[no-question]: an object with no question field (question, 题目,"
                        + " 问题, title or q); not imported",
                "fixtures/json/array.json:2: warning[fields-not-read]: field id is not a question field and not "
                        + "imported (qbank reads question, prompt, aliases, answer, explanation, difficulty, tags, "
                        + "topic, number, url, references, and their Chinese names)");
    }

    @Test
    void anAnswerGivenAsAListIsItsParagraphs() {
        Question q = Golden.readFixture(importer, "json", "array.json").questions().get(1);
        assertThat(q.answer()).isEqualTo("Gradients shrink layer by layer during backpropagation.\n\n"
                + "ReLU, residual links and normalisation help.");
        assertThat(q.tags()).containsExactly("RNN", "optimisation");
    }

    @Test
    void groupsGiveTheirNameAsTopic() {
        assertThat(Golden.readFixture(importer, "json", "grouped.json").questions())
                .extracting(Question::topic).containsExactly("卷积神经网络", "卷积神经网络", "循环神经网络");
        assertThat(Golden.readFixture(importer, "json", "topics.json").questions())
                .extracting(Question::question, Question::topic).containsExactly(
                        tuple("自注意力为什么要除以根号d_k？", "Transformer"), tuple("位置编码有哪些做法？", "Transformer"),
                        tuple("Adam 和 SGD 的区别？", "优化"), tuple("学习率预热（warmup）有什么用？", "优化"));
    }

    @Test
    void jsonLinesWithCrlfAndBomAreRead() {
        Golden.Result r = Golden.readFixture(importer, "json", "lines.jsonl");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).line()).containsExactly(1, 3);
        assertThat(formatted(r.warnings())).singleElement().asString().contains("field instruction_id is not");
    }

    @Test
    void qbankOwnJsonStaysQbankjsonAndMarkdownIsNotJson() {
        assertThat(detected("a.jsonl", "{\"question\": \"什么是BN？\", \"answer\": \"x\", \"tags\": [\"a\"]}\n"))
                .isEqualTo("qbankjson");
        assertThat(detected("a.json", "{\"schemaVersion\": 1, \"questions\": [{\"question\": \"q\"}]}"))
                .isEqualTo("qbankjson");
        assertThat(detected("a.jsonl", "{\"question\": \"什么是BN？\", \"category\": \"x\"}\n")).isEqualTo("json");
        assertThat(importer.sniff(doc("[链接](https://x) 1. 什么是BN？\n"))).isZero();
        assertThat(importer.sniff(doc("{\"name\": \"bank\", \"items\": []}"))).isEqualTo(0.35);
    }

    @Test
    void badJsonIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> read("[\n  {\"question\": \"a\",}\n]"))
                .isInstanceOf(QbankException.class).extracting(e -> formatted(((QbankException) e).diagnostics()))
                .asList().singleElement().asString().startsWith("x.txt:2:").contains("error[json]: not valid JSON");
        assertThatThrownBy(() -> read("{\"name\": \"bank\", \"items\": [{\"text\": \"x\"}]}"))
                .isInstanceOf(QbankException.class).hasMessageContaining("no object with a question field");
        assertThatThrownBy(() -> read("\"just a string\"")).isInstanceOf(QbankException.class)
                .hasMessageContaining("not a string");
    }

    @Test
    void anObjectWhereTextIsExpectedIsAWarning() {
        Golden.Result r = read("[{\"question\": \"什么是BN？\", \"answer\": {\"text\": \"批归一化\"}}]");
        assertThat(r.questions()).extracting(Question::answer).containsOnlyNulls();
        assertThat(formatted(r.warnings())).anySatisfy(w -> assertThat(w).contains("field \"answer\" holds an object"));
    }

    /** Whatever a tool writes as {question, answer} objects comes back as those questions, in order. */
    @Property(tries = 100)
    void everyQuestionAnswerObjectIsAQuestion(@ForAll @Size(min = 1, max = 8) List<@StringLength(min = 1, max = 30)
            String> texts) throws Exception {
        List<String> questions = texts.stream().map(t -> "Q " + t.replaceAll("\\p{Cntrl}|\\s", "x") + "?").toList();
        String json = JsonMapper.builder().build().writeValueAsString(
                questions.stream().map(q -> Map.of("question", q, "answer", "A")).toList());
        Golden.Result r = read(json);
        assertThat(r.questions()).extracting(Question::answer).containsOnly("A");
        assertThat(r.questions()).hasSize(questions.size());
    }

    private static SourceDocument doc(String text) {
        return SourceDocument.of(Path.of("x.txt"), "x.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private Golden.Result read(String text) {
        return Golden.readText(importer, text);
    }

    /**
     * A quiz app's export: the question under "stem", its options as objects ({"key": "A", "text": "ReLU"}) or as
     * plain strings, the answer a letter, the explanation under "analysis". The first question was lost (no
     * question field) and each option object was warned about as a question without one; the plain options had
     * no letters for the answer to name.
     */
    @Test
    void aQuizAppsOptionsAreLetteredInThePrompt() {
        Golden.Result r = Golden.readFixture(importer, "json", "quiz-app.json");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("以下哪个激活函数输出范围是 (0, 1)？",
                "Which layer normalises over the batch?");
        assertThat(qs.get(0).prompt()).endsWith("\n\nA. ReLU\nB. Sigmoid\nC. Tanh");
        assertThat(qs.get(1).prompt()).endsWith("\n\nA. BatchNorm\nB. LayerNorm\nC. GroupNorm");
        assertThat(qs).extracting(Question::answer).containsExactly("B", "A");
        assertThat(qs.get(0).explanation()).isEqualTo("Sigmoid 的值域是 (0, 1)。");
        assertThat(r.warnings()).extracting(d -> d.code()).containsExactly("fields-not-read");
    }

    /**
     * Short keys (q/a) and answers kept as HTML by the tool that wrote them: read as the Markdown they show (the
     * tags were kept as text), LaTeX and code as written; a question's inline tags go.
     */
    @Test
    void htmlAnswersAreReadAsMarkdown() {
        List<Question> qs = Golden.readFixture(importer, "json", "html-short-keys.json").questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是 Dropout？", "What is the formula of softmax?");
        assertThat(qs.get(0).answer()).isEqualTo("训练时随机丢弃神经元。\n\n- 防止过拟合\n- 近似集成");
        assertThat(qs.get(1).answer()).isEqualTo("$\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$\n\n```\ntorch.softmax(x, dim=-1)\n```");
    }

    /** Fields per option ("A", "B", "C") are options, not an answer field "A"; a lone short key "a" is the answer. */
    @Test
    void aFieldPerOptionIsNoAnswerField() {
        Golden.Result r = Golden.readFixture(importer, "json", "option-fields.json");
        assertThat(r.questions()).extracting(Question::prompt, Question::answer).containsExactly(
                tuple("以下哪个是激活函数？\n\nA. ReLU\nB. Adam\nC. SGD", "A"), tuple(null, "Adaptive"));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * A scraper's short or other name for the topic ({@code cat}, {@code subject}, {@code module}, {@code 领域})
     * was a field not read; a chapter's number is no part of its topic ({@code 第3章 树模型} is 树模型), as in every
     * format. {@code type} (a question's kind as often as its subject) and {@code id} stay unread, with the warning.
     */
    @Test
    void shortAndOtherTopicFieldNamesAreTheTopic() {
        Golden.Result r = Golden.readText(importer, """
                [{"id": 1, "cat": "CNN", "question": "什么是感受野？"},
                 {"subject": "NLP", "question": "什么是 BERT？"},
                 {"module": "ML", "question": "什么是 SVM？"},
                 {"领域": "CV", "question": "什么是 IoU？"},
                 {"chapter": "第3章 树模型", "question": "什么是 GBDT？"},
                 {"type": "简答题", "question": "BN 的作用？"}]
                """);
        assertThat(r.questions()).extracting(Question::topic).containsExactly("CNN", "NLP", "ML", "CV", "树模型", null);
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("fields-not-read");
        assertThat(r.warnings().get(0).message()).startsWith("fields id, type are not a question field");
    }
}
