package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.numbered.NumberedImporter;
import dev.qbank.importers.qa.QaImporter;
import dev.qbank.importers.table.TableImporter;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes GitHub-README interview banks have, one rule each (audit21, docs/importer-audit-21.md). */
class GithubReadmeShapesTest {
    private static final FormatDetector DETECTOR = new FormatDetector(ImporterRegistry.standard());

    private static String detect(String text) {
        return DETECTOR.detect(new SourceDocument("README.md", java.nio.file.Path.of("README.md"), text, text.length(),
                "0")).importer().name();
    }

    @Test
    void aTableOfContentsTableIsNoTableOfQuestions() {
        String page = """
                # JavaScript Interview Questions

                | No. | Questions |
                | --- | --------- |
                | 1 | [What is hoisting?](#1-what-is-hoisting) |
                | 2 | [What is a closure?](#2-what-is-a-closure) |

                ### 1. What is hoisting?

                Declarations move to the top of their scope.

                ### 2. What is a closure?

                A function with its lexical environment.

                | Expression | Result |
                | --- | --- |
                | `0 == ''` | `true` |
                """;
        assertThat(TableOfContents.isTable(List.of("| 1 | [What is hoisting?](#1-what-is-hoisting) |"))).isTrue();
        assertThat(TableOfContents.isTable(List.of("| 1 | What is hoisting? |"))).isFalse();
        assertThat(TableOfContents.isTable(List.of("| [a](#a) | [b](https://b.org) |"))).isFalse();
        assertThat(detect(page)).isEqualTo("qa");
        assertThat(Golden.readText(new QaImporter(), page).questions().get(1).answer())
                .endsWith("| `0 == ''` | `true` |");
        // beside a table of questions: the contents are left out with a warning, so each heading is asked once
        String forced = page + "\n| 题目 | 答案 |\n| --- | --- |\n| 什么是闭包？ | 函数和它的环境 |\n";
        Golden.Result r = Golden.readText(new TableImporter(), forced);
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).line()).containsExactly(
                tuple("What is hoisting?", 8), tuple("What is a closure?", 12), tuple("什么是闭包？", 22));
        assertThat(r.warnings()).extracting(Diagnostic::code).contains("table-of-contents");
    }

    @Test
    void aTaskListOfQuestionsIsAListOfBulletedQuestions() {
        String page = """
                # System Design Questions

                - [Fundamentals](#fundamentals)

                ## Fundamentals

                - [ ] What is the CAP theorem?
                - [x] What is consistent hashing?
                - [ ] Design a URL shortener.

                ## Resources

                - [The System Design Primer](https://github.com/donnemartin/system-design-primer)
                """;
        assertThat(detect(page)).isEqualTo("numbered");
        Golden.Result r = Golden.readText(new NumberedImporter(), page);
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("What is the CAP theorem?", "Fundamentals"), tuple("What is consistent hashing?", "Fundamentals"),
                tuple("Design a URL shortener.", "Fundamentals"));
        assertThat(r.warnings()).extracting(Diagnostic::code).contains("outside-item");
        assertThat(InterviewSteps.isTask("Design a rate limiter")).isTrue();
        assertThat(InterviewSteps.isTask("Implement an LRU cache")).isTrue();
        assertThat(InterviewSteps.isTask("Design patterns")).isFalse();
    }

    /** imp26: a design task with no article ("Design YouTube.", the commonest system-design question) asked nothing. */
    @Test
    void aDesignTaskWithoutAnArticleAsksByItself() {
        String page = """
                ## System design

                - Design YouTube.
                - Design a URL shortener.
                - Implement LRU cache
                - What is sharding?
                """;
        assertThat(detect(page)).isEqualTo("numbered");
        assertThat(Golden.readText(new NumberedImporter(), page).questions()).extracting(Question::question)
                .containsExactly("Design YouTube.", "Design a URL shortener.", "Implement LRU cache", "What is sharding?");
        assertThat(InterviewSteps.isTask("Design Twitter")).isTrue();
        assertThat(InterviewSteps.isTask("Design principles")).isFalse();
        assertThat(InterviewSteps.isTask("Designer tools")).isFalse();
    }

    @Test
    void underQuestionsNumberedInBoldAPlainNumberedListIsTheAnswers() {
        String page = """
                **1. 什么是 BFC？如何触发？** 🟡 中等 【阿里】

                BFC 是独立的渲染区域。触发方式：

                1. `float` 不为 `none`；
                2. `overflow` 不为 `visible`。

                **2. 从输入 URL 到页面显示发生了什么？** 🔴 困难

                1. DNS 解析；
                2. 建立 TCP 连接。

                **3. 盒模型有哪几种？** 🟢 简单

                标准盒模型和 IE 盒模型。
                """;
        Golden.Result r = Golden.readText(new NumberedImporter(), page);
        assertThat(r.questions()).extracting(Question::question, Question::difficulty, Question::tags).containsExactly(
                tuple("什么是 BFC？如何触发？", Difficulty.MEDIUM, List.of("阿里")),
                tuple("从输入 URL 到页面显示发生了什么？", Difficulty.HARD, List.of()),
                tuple("盒模型有哪几种？", Difficulty.EASY, List.of()));
        assertThat(r.questions().get(0).answer()).endsWith("1. `float` 不为 `none`；\n2. `overflow` 不为 `visible`。");
        assertThat(r.questions().get(1).answer()).isEqualTo("1. DNS 解析；\n2. 建立 TCP 连接。");
        // a plain numbered line that asks with the next number is still the next question
        Golden.Result mixed = Golden.readText(new NumberedImporter(), """
                **1. What is JSX?**

                1. A syntax extension.

                **2. What is React?**

                **3. What is a hook?**

                4. What is a portal?
                """);
        assertThat(mixed.questions()).extracting(Question::question)
                .containsExactly("What is JSX?", "What is React?", "What is a hook?", "What is a portal?");
        assertThat(mixed.questions().get(0).answer()).isEqualTo("1. A syntax extension.");
    }

    @Test
    void bulletsThatAskUnderAHeadingOfANumberedListAreQuestions() {
        Golden.Result r = Golden.readText(new NumberedImporter(), """
                ## CSS

                1. 盒模型有哪几种？

                - 标准盒模型
                - IE 盒模型

                2. 如何实现居中？

                flex 布局。

                ## 更多练习题

                以下题目暂无答案：

                - 什么是渐进式渲染？
                - 什么是 Service Worker？
                """);
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("盒模型有哪几种？", "CSS"), tuple("如何实现居中？", "CSS"),
                tuple("什么是渐进式渲染？", "更多练习题"), tuple("什么是 Service Worker？", "更多练习题"));
        assertThat(r.questions().get(0).answer()).isEqualTo("- 标准盒模型\n- IE 盒模型");
    }

    @Test
    void levelLabelsInSummariesAndBadgesUnderHeadingsAreLevelsAndTags() {
        Golden.Result summaries = Golden.readText(new QaImporter(), """
                ## Basics

                <details>
                <summary>🟢 <b>What is a goroutine?</b></summary>

                A lightweight thread.
                </details>

                <details>
                <summary>🔴 **How does the GC work?**</summary>

                Concurrent mark and sweep.
                </details>
                """);
        assertThat(summaries.questions()).extracting(Question::question, Question::difficulty, Question::answer)
                .containsExactly(tuple("What is a goroutine?", Difficulty.EASY, "A lightweight thread."),
                        tuple("How does the GC work?", Difficulty.HARD, "Concurrent mark and sweep."));
        Golden.Result badges = Golden.readText(new QaImporter(), """
                ### Q1: What is overfitting? 什么是过拟合？

                ![Medium](https://img.shields.io/badge/-Medium-yellow) `[Google]` `[字节跳动]`

                <details>
                <summary>Answer</summary>
                The model learns the noise.
                </details>

                ### Q2: What is PCA?

                ![diagram](img/pca.png)

                <details>
                <summary>Answer</summary>
                Projection onto the top eigenvectors.
                </details>
                """);
        Question q1 = badges.questions().get(0);
        assertThat(q1).extracting(Question::question, Question::prompt, Question::difficulty, Question::tags,
                Question::answer).containsExactly("What is overfitting? 什么是过拟合？", null, Difficulty.MEDIUM,
                List.of("Google", "字节跳动"), "The model learns the noise.");
        // a picture under the title stays its prompt
        assertThat(badges.questions().get(1).prompt()).isEqualTo("![diagram](img/pca.png)");
    }
}
