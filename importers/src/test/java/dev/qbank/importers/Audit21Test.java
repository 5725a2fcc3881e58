package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Eight banks written blind in the shapes GitHub-README interview banks have (collapsible answers, tables of
 * contents, back-to-top links, badges, bold numbered questions, task lists, a 中文 repo, level and company labels):
 * each is detected and read whole (docs/importer-audit-21.md, fixtures/audit21/README.md).
 */
class Audit21Test {
    /** Fixture, the format it is detected as and the questions a reader counts in it. */
    private static final String TABLE = """
            g1_js_details_en.md                 qa        16
            g2_python_headings_en.md            qa        18
            g3_react_bold_en.md                 numbered  18
            g4_system_design_questions_only.md  numbered  21
            g5_java_zh_details.md               qa        16
            g6_ml_mixed_badges.md               qa        15
            g7_go_details_bold.md               qa        17
            g8_frontend_zh_bold.md              numbered  18
            """;
    private static final AuditFolder AUDIT = AuditFolder.of("audit21", TABLE);

    private static List<Question> read(String name) {
        return AUDIT.read(name);
    }

    @TestFactory
    Stream<DynamicTest> everyBankIsDetectedAndReadWhole() throws IOException {
        return AUDIT.detectedAndReadWhole((file, q) -> {
            // no HTML, number, level marker, company label or link in a question; no page furniture in answers
            assertThat(q.question()).as(file).doesNotStartWith("**").doesNotContain("<", "🟢", "🟡", "🔴", "[", "](", "\r", "\uFEFF",
                    "Easy", "简单", "中等", "困难").doesNotMatch("^(?:[0-9]+[.、)]|Q[0-9]).*");
            if (q.prompt() != null) {
                assertThat(q.prompt()).as(q.question()).doesNotContain("shields.io", "<summary>");
            }
            if (q.answer() != null) {
                assertThat(q.answer()).as(q.question()).doesNotContain("\r", "Back to Top", "返回目录", "返回顶部", "</details>",
                        "<summary>", "## ", "Contributing", "License", "贡献", "#table-of-contents");
            }
        });
    }

    @Test
    void collapsedAnswersKeepTheirMarkdown() {
        List<Question> g1 = read("g1_js_details_en.md");
        assertThat(g1).extracting(Question::question).startsWith("What is hoisting?",
                "What is the difference between let, const and var?", "What is a closure?");
        assertThat(g1).extracting(Question::topic).containsOnlyNulls(); // no "Table of Contents" topic
        assertThat(g1.get(2).answer()).startsWith("A closure is the combination").contains("```js\nfunction counter()");
        assertThat(g1.get(4).answer()).contains("| `null == undefined` | `true` |");
        assertThat(g1.get(7).answer()).endsWith("![Prototype chain](images/prototype-chain.png)");
        List<Question> g5 = read("g5_java_zh_details.md");
        assertThat(g5).extracting(Question::question, Question::topic).contains(
                tuple("Java 中 == 和 equals 的区别？", "Java 基础"), tuple("HashMap 的底层实现原理？", "集合"),
                tuple("类加载的双亲委派模型是什么？", "JVM"));
        assertThat(g5.get(2).answer()).startsWith("重载发生在同一个类中");
        assertThat(g5.get(5).answer()).contains("2. 冲突时用链表存储").endsWith("![HashMap 结构](images/hashmap.png)");
        assertThat(g5.get(10).answer()).contains("> **注意**：`i++`");
    }

    @Test
    void headingQuestionsKeepCodeTablesAndAlerts() {
        List<Question> g2 = read("g2_python_headings_en.md");
        assertThat(g2.get(0).answer()).startsWith("| | List | Tuple |");
        assertThat(g2.get(1).answer()).contains("def log(fn):", "> **Note**");
        assertThat(g2.get(2).answer()).contains("  - CPU-bound threads do not run in parallel.", "> [!TIP]");
        assertThat(g2).extracting(Question::difficulty).containsOnly(Difficulty.EASY, Difficulty.HARD);
        assertThat(g2.get(12)).extracting(Question::question, Question::difficulty)
                .containsExactly("What is a metaclass?", Difficulty.HARD);
    }

    @Test
    void levelAndCompanyLabelsAreDifficultyAndTags() {
        List<Question> g3 = read("g3_react_bold_en.md");
        assertThat(g3).extracting(Question::question, Question::difficulty, Question::tags).contains(
                tuple("What is React?", Difficulty.EASY, List.of()),
                tuple("What is the difference between state and props?", Difficulty.EASY, List.of("Google", "Amazon")),
                tuple("What is React Fiber?", Difficulty.HARD, List.of("Meta")));
        assertThat(g3.get(17).answer()).contains("React.lazy(() => import('./Chart'))");
        List<Question> g6 = read("g6_ml_mixed_badges.md");
        assertThat(g6).extracting(Question::prompt).containsOnlyNulls();
        assertThat(g6.get(0)).extracting(Question::question, Question::difficulty, Question::tags).containsExactly(
                "What is overfitting? 什么是过拟合？", Difficulty.EASY, List.of("Google", "字节跳动"));
        assertThat(g6.get(6)).extracting(Question::difficulty, Question::tags)
                .containsExactly(Difficulty.HARD, List.of("Microsoft"));
        assertThat(g6.get(5).answer()).startsWith("| | Random Forest | GBDT |");
        List<Question> g7 = read("g7_go_details_bold.md");
        assertThat(g7).extracting(Question::question, Question::difficulty, Question::topic).contains(
                tuple("What is the zero value in Go?", Difficulty.EASY, "Basics"),
                tuple("How do you handle errors in Go?", Difficulty.EASY, "Basics"),
                tuple("Explain the GMP scheduler model.", Difficulty.HARD, "Runtime"));
        assertThat(g7).extracting(Question::difficulty).doesNotContainNull();
    }

    @Test
    void boldNumberedQuestionsKeepTheirNumberedAnswersAndTheUnansweredBullets() {
        List<Question> g8 = read("g8_frontend_zh_bold.md");
        assertThat(g8.get(4)).extracting(Question::question, Question::difficulty, Question::tags)
                .containsExactly("什么是 BFC？如何触发？", Difficulty.MEDIUM, List.of("阿里", "腾讯"));
        assertThat(g8.get(4).answer()).contains("触发方式：\n\n1. `float` 不为 `none`；").endsWith("`flow-root` 等。");
        assertThat(g8.get(9).answer()).startsWith("1. DNS 解析得到 IP；").endsWith("5. 合成渲染树，布局、绘制、合成显示。");
        assertThat(g8.subList(14, 18)).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("什么是渐进式渲染？", null, "更多练习题"), tuple("CSS 动画和 JS 动画哪个性能更好？", null, "更多练习题"),
                tuple("什么是 Service Worker？", null, "更多练习题"), tuple("浏览器的事件循环和 Node.js 的有什么不同？", null, "更多练习题"));
        List<Question> g4 = read("g4_system_design_questions_only.md");
        assertThat(g4).extracting(Question::answer).containsOnlyNulls();
        assertThat(g4).extracting(Question::question, Question::topic).contains(
                tuple("What is the CAP theorem?", "Fundamentals"), tuple("What is consistent hashing?", "Fundamentals"),
                tuple("Design YouTube.", "Design Problems"));
        assertThat(g4).extracting(Question::topic).doesNotContain("Resources", "License");
    }
}
