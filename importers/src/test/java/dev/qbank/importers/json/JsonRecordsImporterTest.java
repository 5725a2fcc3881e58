package dev.qbank.importers.json;

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

    /** An object's {@code id} is its number (it was a field not read); objects without a question are warnings. */
    @Test
    void objectsWithoutAQuestionAreWarningsAndAnIdIsTheNumber() {
        Golden.Result r = Golden.readFixture(importer, "json", "array.json");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number()).containsExactly("1", "2");
        assertThat(formatted(r.warnings())).containsExactly(
                "fixtures/json/array.json:19: warning[empty-question]: this object has no question text; skipped",
                "fixtures/json/array.json:20: warning[no-question]: an object with no question field (question, 题目,"
                        + " 问题, title or q); not imported");
    }

    /**
     * A quiz app names the right option {@code correct} (or {@code correctIndex}), a position counted from 0 or a
     * letter (audit 41): the answer, as an {@code answer} number is. It was a field not read, and every choice
     * question came without its answer. A {@code correct} flag beside an answer is no answer. The quiz's title,
     * naming a quiz, is no topic (it was each question's), as a Markdown bank's title is none.
     */
    @Test
    void aQuizAppsCorrectOptionIsTheAnswer() {
        Golden.Result r = Golden.readFixture(importer, "json", "quiz-correct-index.json");
        assertThat(r.questions()).extracting(Question::topic).containsOnlyNulls(); // "DL Quiz" names the bank
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("Which activation outputs values in (0, 1)?", "B"),
                tuple("Which optimizer keeps first and second moments?", "B"),
                tuple("Is dropout used at inference?", "B"), tuple("Was this question reviewed?", "Yes"));
        assertThat(formatted(r.warnings())).containsExactly("fixtures/json/quiz-correct-index.json:5: "
                + "warning[fields-not-read]: field correct is not a question field and not imported (qbank reads "
                + "question, prompt, aliases, answer, explanation, difficulty, tags, topic, number, url, references, "
                + "and their Chinese names)");
    }

    /**
     * LeetCode's problem list (audit 41): {@code questionFrontendId} is the problem's number, not its question (the
     * questions were "1" and "146", the titles lost), and {@code topicTags}, objects with a name, are its tags (each
     * was a {@code warning[no-question]}).
     */
    @Test
    void aProblemsIdIsItsNumberAndTagObjectsAreTagsByName() {
        Golden.Result r = Golden.readFixture(importer, "json", "leetcode-problems.json");
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).number(), Question::tags,
                Question::difficulty).containsExactly(
                tuple("Two Sum", "1", List.of("Array", "Hash Table"), Difficulty.EASY),
                tuple("LRU Cache", "146", List.of("Design", "Linked List"), Difficulty.MEDIUM));
        // imp42: a problem's statement is its prompt (it was its answer)
        assertThat(r.questions().get(1).prompt())
                .isEqualTo("Design a data structure for a **Least Recently Used** cache.");
        assertThat(r.questions().get(1).answer()).isNull();
        assertThat(formatted(r.warnings())).containsExactly("fixtures/json/leetcode-problems.json:2: "
                + "warning[fields-not-read]: field titleSlug is not a question field and not imported (qbank reads "
                + "question, prompt, aliases, answer, explanation, difficulty, tags, topic, number, url, references, "
                + "and their Chinese names)");
    }

    /**
     * imp42: a programming problem's statement ({@code content}, {@code description}) is its prompt, by the fields
     * only a problem has ({@code titleSlug}, {@code acRate}, {@code examples}, {@code constraints}, …); a post's
     * {@code content} is still its answer, and a problem's {@code solution} too. A {@code k<sup>th</sup>} in code
     * reads {@code kth}.
     */
    @Test
    void aProgrammingProblemsStatementIsItsPrompt() {
        Golden.Result r = read("""
                [{"title": "Kth Largest Element", "difficulty": "Medium", "examples": ["[3,2,1], k = 2 -> 2"],
                  "description": "<p>Return the <code>k<sup>th</sup></code> largest element.</p>",
                  "solution": "<p>Keep a min-heap of size <code>k</code>.</p>"},
                 {"title": "Two Sum", "difficulty": "Easy", "time_limit": "1s",
                  "content": "<p>Return <em>indices</em> of the two numbers.</p>"}]
                """);
        assertThat(r.questions()).extracting(Question::question, Question::prompt, Question::answer).containsExactly(
                tuple("Kth Largest Element", "Return the `kth` largest element.", "Keep a min-heap of size `k`."),
                tuple("Two Sum", "Return *indices* of the two numbers.", null));
        Golden.Result post = read("[{\"title\": \"什么是过拟合？\", \"content\": \"训练好测试差。\", \"difficulty\": \"easy\"}]");
        assertThat(post.questions()).extracting(Question::prompt, Question::answer)
                .containsExactly(tuple(null, "训练好测试差。"));
    }

    /**
     * An answer kept in several forms, {@code {"text": …, "html": …}} (audit 41), is that answer: its Markdown,
     * else its HTML when that has blocks, else its text. It was a {@code warning[json-field]} and no answer. An
     * object with another field ({@code author}) is no such answer and is still said.
     */
    @Test
    void anAnswerInSeveralFormsIsItsRichestText() {
        Golden.Result r = Golden.readFixture(importer, "json", "answer-renditions.json");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("- 过大：震荡\n- 过小：收敛慢",
                "Adding λ‖w‖² to the loss.", "训练初期**逐步增大**学习率。", "The rendered *HTML*.", null);
        assertThat(formatted(r.warnings())).anyMatch(w -> w.startsWith(
                "fixtures/json/answer-renditions.json:6: warning[json-field]: field \"answer\" holds an object"));
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

    /**
     * A trivia API's JSON (OpenTDB's shape) escapes its plain text as HTML: {@code &quot;}, {@code &#039;},
     * {@code &lt;}. The references came into the bank as written; they are the characters now, {@code <} included,
     * while a code span keeps what it says, and so does a {@code &lt;} that would open a tag (Markdown, and so
     * every export, would take {@code <br>} for HTML).
     */
    @Test
    void htmlReferencesInPlainTextFieldsAreTheirCharacters() {
        Golden.Result r = Golden.readFixture(importer, "json", "trivia-api.json");
        assertThat(r.questions()).extracting(Question::question).containsExactly(
                "Which operator compares two values in C and returns 1 when the left one is smaller: < or >?",
                "What does the acronym \"RAM\" stand for in a computer's specifications?",
                "The café au lait spot is named after a French drink – true or false?",
                "What does `a &amp;&amp; b` return in JavaScript when a is falsy?",
                "Which HTML element does &lt;br> stand for?"); // a tag decoded would be HTML, not text
        assertThat(r.questions().get(0).answer()).isEqualTo("<");
        assertThat(r.questions().get(2).topic()).isEqualTo("Science & Nature");
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
        Golden.Result r = read("[{\"question\": \"什么是BN？\", \"answer\": {\"text\": \"批归一化\", \"votes\": 3}}]");
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
        assertThat(r.warnings()).isEmpty();
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
     * format. {@code type} (a question's kind as often as its subject) stays unread, with the warning.
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
        assertThat(r.warnings().get(0).message()).startsWith("field type is not a question field");
    }

    /**
     * A blog or CMS export: the question under {@code title}, the answer under {@code content} (HTML here), the
     * post's {@code id} its number and its {@code source} URL where it comes from (a reference when the post has a
     * {@code url} too). Before, every answer was a field not read, and the posts' topic was "posts".
     */
    @Test
    void aBlogPostsContentIsItsAnswer() {
        Golden.Result r = Golden.readFixture(importer, "json", "blog-export.json");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是过拟合？怎么缓解？",
                "Batch Normalization 为什么能加速训练", "梯度消失和梯度爆炸");
        assertThat(qs.get(0).answer()).startsWith("模型在训练集上表现很好").endsWith("- Dropout\n- 早停、数据增强");
        assertThat(qs).extracting(Question::topic).containsOnlyNulls();
        assertThat(qs).extracting(q -> q.sources().get(0).number()).containsExactly("101", "102", "103");
        assertThat(qs).extracting(q -> q.sources().get(0).url()).containsExactly(
                "https://blog.example.cn/ml/overfitting", "https://blog.example.cn/?p=102", null);
        assertThat(qs.get(1).references()).extracting(ref -> ref.url())
                .containsExactly("https://blog.example.cn/dl/batchnorm");
        // a source that is no URL (知乎) is said, as the date is
        assertThat(r.warnings()).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("fields date, source are not a question field");
    }

    /**
     * Instruction-tuning data: {@code instruction} (with its {@code input}, part of what is asked) and
     * {@code output}; {@code prompt} and {@code completion}. Before, the file was refused (no question field).
     */
    @Test
    void instructionTuningRecordsAreQuestions() {
        Golden.Result r = Golden.readFixture(importer, "json", "instruction-tuning.jsonl");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("用一句话解释什么是注意力机制。",
                "下面这段代码的时间复杂度是多少？", "What is the difference between L1 and L2 regularization?");
        assertThat(qs).extracting(Question::prompt).containsExactly(null,
                "下面这段代码的时间复杂度是多少？\n\nfor i in range(n):\n    for j in range(i, n):\n"
                        + "        total += a[i] * a[j]", null);
        assertThat(qs.get(2).answer()).startsWith("L1 adds");
        assertThat(r.warnings()).isEmpty();
        assertThat(detected("train.jsonl", "{\"prompt\": \"What is BN?\", \"completion\": \"x\"}\n"))
                .isEqualTo("json");
    }

    /** A list of [question, answer] pairs is those questions; a list of another length there is a warning. */
    @Test
    void questionAnswerPairsAreQuestions() {
        Golden.Result r = Golden.readFixture(importer, "json", "pairs.json");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("What is a confusion matrix?", "A table of predicted against actual classes: TP, FP, FN and TN."),
                tuple("Precision vs recall?", "Precision = TP / (TP + FP); recall = TP / (TP + FN)."));
        assertThat(formatted(r.warnings())).containsExactly("fixtures/json/pairs.json:4: warning[json-field]: a list "
                + "inside a list that is not a [question, answer] pair of two texts; not read");
    }

    /**
     * Records whose fields are all qbank's own names ({@code id}, {@code question}, {@code answer}) are another
     * tool's JSON when the ids are row numbers: an array was read as CSV (its object lines split at commas), JSON
     * Lines as qbank's own export, keeping ids 1, 2 as question ids, so that the next such file was dropped as
     * "unchanged".
     */
    @Test
    void recordsNumberedByIdAreJson() {
        assertThat(detected("bank.json", "[\n  {\"id\": 1, \"question\": \"什么是过拟合？\", \"answer\": \"x\"}\n]"))
                .isEqualTo("json");
        assertThat(detected("bank.json", "[{\"question\": \"什么是过拟合？\", \"answer\": \"x\"}]")).isEqualTo("json");
        assertThat(detected("bank.jsonl", "{\"id\": 1, \"question\": \"什么是过拟合？\", \"answer\": \"x\"}\n"))
                .isEqualTo("json");
        assertThat(detected("bank.jsonl", "{\"id\": \"q-1a2b3c4d5e\", \"question\": \"什么是过拟合？\"}\n"))
                .isEqualTo("qbankjson");
        assertThat(detected("bank.csv", "[题目],[答案]\n什么是过拟合？,x\n")).isEqualTo("csv");
    }

    /**
     * Chat fine-tuning records (OpenAI's messages, ShareGPT's conversations) were refused (no question field): each
     * gives its first question and the reply to it; the system prompt and later turns are counted in one warning.
     */
    @Test
    void aChatRecordsFirstQuestionAndAnswerAreAQuestion() {
        Golden.Result r = Golden.readFixture(importer, "json", "chat-messages.jsonl");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("Redis 的持久化方式有哪些？", "RDB 快照和 AOF 日志，也可以混合使用。"),
                tuple("什么是缓存雪崩？", "大量缓存同时过期，请求全部打到数据库。"),
                tuple("What is a Bloom filter?", "A probabilistic set: no false negatives, some false positives."));
        assertThat(formatted(r.warnings())).containsExactly("fixtures/json/chat-messages.jsonl:1: warning[chat-turns]: "
                + "3 turns of the conversations (system prompts, turns after the first question and its answer) not "
                + "imported: each conversation gives its first question and answer");
    }

    /**
     * A map of questions to their answers ({"什么是过拟合？": "…"}), grouped by topic: each key is a question when most
     * keys ask; it was refused (no question field). A key that does not ask among them ("偏差和方差") is one too.
     */
    @Test
    void aMapOfQuestionsToAnswersIsThoseQuestions() {
        Golden.Result r = Golden.readFixture(importer, "json", "question-map.json");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("什么是过拟合？", "机器学习"), tuple("L1 和 L2 正则的区别？", "机器学习"), tuple("偏差和方差", "机器学习"),
                tuple("Why does batch norm help training?", "Deep learning"));
        assertThat(r.questions().get(1).answer()).isEqualTo("L1 产生稀疏解。\n\nL2 让权重整体变小。");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).line()).containsExactly(3, 4, 5, 8);
        assertThat(r.warnings()).isEmpty();
        assertThat(Golden.readText(importer, "[{\"question\": \"什么是 BN？\", \"必考?\": \"是\"}]").questions())
                .extracting(Question::question).containsExactly("什么是 BN？");
    }

    /**
     * Parallel lists ({"questions": [...], "answers": [...]}): the i-th answer answers the i-th question. The answers
     * were dropped without a word; lists of other lengths do not pair, and that is said.
     */
    @Test
    void parallelListsOfQuestionsAndAnswersPair() {
        Golden.Result r = Golden.readText(importer, "{\"topic\": \"ML\", \"questions\": [\"什么是过拟合？\", "
                + "\"什么是欠拟合？\"],\n \"answers\": [\"训练好测试差。\", \"都不好。\"]}");
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("什么是过拟合？", "训练好测试差。", "ML"), tuple("什么是欠拟合？", "都不好。", "ML"));
        assertThat(r.warnings()).isEmpty();
        Golden.Result uneven = Golden.readText(importer, "{\"questions\": [\"a？\", \"b？\"], \"answers\": [\"x\"]}");
        assertThat(uneven.questions()).extracting(Question::answer).containsOnlyNulls();
        assertThat(formatted(uneven.warnings())).singleElement().asString().contains("\"answers\" holds 1 answers for the 2 "
                + "questions of \"questions\", so they do not pair");
    }

    /**
     * An id is the source's own number for its record: one that numbers it ({@code 12}, {@code "Q7"}), and the key
     * an API or Notion knows it by (a UUID, a hash), kept in the question's source rather than named as a field not
     * read in every API file (imp22); an id of many words is no key and is named so.
     */
    @Test
    void anIdIsTheSourcesOwnNumberOrKey() {
        Golden.Result r = Golden.readText(importer, """
                [
                  {"id": 12, "question": "什么是感受野？"},
                  {"id": "Q7", "question": "什么是 BERT？"},
                  {"id": "5c6a2800-8f0e-4d1a-9c3b-2d4e5f607180", "question": "什么是 SVM？"},
                  {"id": "a1b2c3d4e5f6", "question": "什么是 IoU？"}
                ]
                """);
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number())
                .containsExactly("12", "Q7", "5c6a2800-8f0e-4d1a-9c3b-2d4e5f607180", "a1b2c3d4e5f6");
        assertThat(r.warnings()).isEmpty();
        Golden.Result words = Golden.readText(importer, """
                [{"id": "the first question of the set", "question": "什么是感受野？"}]
                """);
        assertThat(words.questions().get(0).sources().get(0).number()).isNull();
        assertThat(formatted(words.warnings())).singleElement().asString()
                .startsWith("x.txt:1:2: warning[fields-not-read]: field id is not a question field");
    }

    /**
     * JSON on one line (minified, as an API writes it): every question started at line 1, so messages could not say
     * which; now they name the column where the question's object starts. The source keeps line 1 (the model has
     * no column); a file of several lines is placed by line, as before.
     */
    @Test
    void oneLineJsonPlacesMessagesByColumn() {
        String oneLine = "[{\"question\": \"什么是过拟合？\", \"difficulty\": \"easy\"}, "
                + "{\"question\": \"什么是欠拟合？\", \"difficulty\": \"很难说\"}, {\"title\": \"\", \"a\": \"x\"}]";
        Golden.Result r = Golden.readText(importer, oneLine);
        int second = oneLine.indexOf("{\"question\": \"什么是欠拟合") + 1;
        int third = oneLine.indexOf("{\"title\"") + 1;
        assertThat(r.questions()).extracting(q -> q.sources().get(0).line()).containsExactly(1, 1);
        assertThat(r.warnings()).extracting(Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple(1, second), tuple(1, third));
        assertThat(formatted(r.warnings()).get(0)).startsWith("x.txt:1:" + second + ": warning[difficulty]");
        Golden.Result lines = Golden.readText(importer, oneLine.replace("}, {", "},\n{"));
        assertThat(lines.warnings()).extracting(Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple(2, 0), tuple(3, 0));
    }

    /**
     * A one-line file of many questions (4,000 records, about 600,000 characters, Chinese text) places a late
     * question's message at its own column, counted in characters (not bytes), and a message after it at its own:
     * the columns are counted on from the last place asked (4a64c86), and must still add up at the end of the line.
     */
    @Test
    void aLateQuestionOnALongLineIsPlacedAtItsColumn() {
        StringBuilder sb = new StringBuilder("{\"code\":0,\"data\":{\"list\":[");
        int late = 0;
        int last = 0;
        for (int i = 0; i < 4_000; i++) {
            sb.append(i == 0 ? "" : ",");
            if (i == 3_998) {
                late = sb.length() + 1;
            } else if (i == 3_999) {
                last = sb.length() + 1;
            }
            sb.append("{\"id\":\"").append(java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)}))
                    .append("\",\"title\":\"第").append(i).append("题：什么是过拟合？如何缓解？\",\"answer\":\"")
                    .append("模型在训练集上表现好、在测试集上表现差。".repeat(5)).append("\",\"level\":\"")
                    .append(i == 3_998 ? "有点难" : i == 3_999 ? "很难说" : "中等").append("\"}");
        }
        String oneLine = sb.append("]}}").toString();
        Golden.Result r = Golden.readText(importer, oneLine);
        assertThat(r.questions()).hasSize(4_000);
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("difficulty", 1, late), tuple("difficulty", 1, last));
        assertThat(formatted(r.warnings()).get(0)).startsWith("x.txt:1:" + late + ": warning[difficulty]: unknown "
                + "difficulty '有点难'");
        assertThat(late).isGreaterThan(500_000);
    }
}
