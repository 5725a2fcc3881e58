package dev.qbank.importers.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** org-drill cards are questions; their schedule, drawers and the headings over them are not. */
class OrgImporterTest {
    private final OrgImporter importer = new OrgImporter();

    private static SourceDocument doc(String text) {
        return SourceDocument.of(Path.of("drill.org"), "drill.org", text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A {@code :drill:} heading is a card, its {@code ** Answer} the answer; the property drawer and the
     * {@code SCHEDULED:} line are bookkeeping; the heading over it is the topic, tags and file tags its tags.
     */
    @Test
    void drillHeadingsAreQuestionsAndAnswerSubHeadingsTheirAnswers() {
        Golden.Result r = Golden.readText(importer, """
                #+TITLE: Go drill
                #+FILETAGS: :go:

                * 并发                                                    :concurrency:
                ** 什么是 goroutine？                                       :drill:
                   SCHEDULED: <2024-01-10 Wed>
                   :PROPERTIES:
                   :ID:       8a1c3f2e
                   :DRILL_LAST_INTERVAL: 4.0
                   :END:
                *** Answer
                    用户态协程，初始栈 2KB。
                    由运行时调度。
                ** GMP 模型                                                :drill:
                   简述 GMP 模型。
                *** Answer
                    - G：goroutine
                    - P：持有运行队列
                *** Hint
                    想想 work stealing。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic, Question::tags)
                .containsExactly(
                        tuple("什么是 goroutine？", "用户态协程，初始栈 2KB。\n由运行时调度。", "并发", List.of("go", "concurrency")),
                        tuple("简述 GMP 模型。", "- G：goroutine\n- P：持有运行队列\n\n**Hint**\n\n想想 work stealing。", "并发",
                                List.of("go", "concurrency")));
        assertThat(r.questions()).allSatisfy(q -> assertThat(q.question() + q.answer()).doesNotContain(
                "PROPERTIES", "DRILL_", "SCHEDULED", ":END:", ":drill:"));
        assertThat(r.questions().get(0).sources().get(0).line()).isEqualTo(5);
        assertThat(r.warnings()).isEmpty();
    }

    /** A cloze card hides its {@code [deletions]} (a hint as {@code [hint]}) and answers with them. */
    @Test
    void clozeCardsHideTheirDeletions() {
        Golden.Result r = Golden.readText(importer, """
                * slice 扩容                                              :drill:
                  :PROPERTIES:
                  :DRILL_CARD_TYPE: hide1cloze
                  :END:
                  cap 小于 [256] 时翻倍，
                  之后约 [1.25 倍||倍数] 增长。
                * TODO [#A] [ ] 复习 [[https://go.dev][Go 官网]]
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer)
                .containsExactly(tuple("cap 小于 [...] 时翻倍， 之后约 [倍数] 增长。", "256\n1.25 倍"));
        assertThat(r.questions().get(0).sources().get(0).text()).isEqualTo("cap 小于 [256] 时翻倍， 之后约 [1.25 倍||倍数] 增长。");
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("outside-card");
    }

    /** Org's inline code, verbatim, bold, links and source blocks become Markdown's. */
    @Test
    void orgMarkupIsMarkdown() {
        assertThat(OrgMarkup.markdown(List.of("用 =go build -gcflags=-m= 看，~v, ok := <-ch~ 取值。",
                "*注意*：见 [[https://go.dev/doc][文档]] 和 [[其他笔记]]。", "#+BEGIN_SRC go", "x := *p // =a=", "#+END_SRC",
                "#+begin_quote", "引用", "#+end_quote"))).isEqualTo("""
                用 `go build -gcflags=-m` 看，`v, ok := <-ch` 取值。
                **注意**：见 [文档](https://go.dev/doc) 和 其他笔记。
                ```go
                x := *p // =a=
                ```
                > 引用""");
    }

    /**
     * Sure of a heading tagged {@code :drill:}; an org file of headings with {@code Answer} sub-headings is read too;
     * a Markdown list ({@code * item}) or a Markdown page with a {@code * … :drill:}-less outline is no org file.
     */
    @Test
    void detection() {
        assertThat(importer.sniff(doc("* Capital of France? :drill:\n** Answer\nParis\n"))).isGreaterThan(0.9);
        String noTags = "#+TITLE: notes\n* What is X?\n** Answer\nx\n* What is Y?\n** Answer\ny\n";
        assertThat(importer.sniff(doc(noTags))).isGreaterThan(0.5);
        assertThat(Golden.readText(importer, noTags).questions()).extracting(Question::question, Question::answer)
                .containsExactly(tuple("What is X?", "x"), tuple("What is Y?", "y"));
        assertThat(importer.sniff(doc("* What is X?\n* What is Y?\n  ** Answer\n"))).isZero();
        assertThat(importer.sniff(doc("# Notes\n\n* item one\n* item two\n"))).isZero();
    }

    /**
     * org-drill shows a card's heading over its body: when the body asks, a title naming the card's subject leads the
     * prompt; a placeholder title, or one the body already says, is not repeated. A title that only starts like a
     * placeholder ({@code Item response theory}) is a subject.
     */
    @Test
    void aTitleOverAnAskingBodyLeadsThePrompt() {
        Golden.Result r = Golden.readText(importer, """
                * 统计
                ** Bayes                                                   :drill:
                   What does the theorem say?
                   Give the formula.
                *** Answer
                    P(A|B) = P(B|A)P(A)/P(B)
                ** Item response theory                                    :drill:
                   What does it model?
                *** Answer
                    The chance of a right answer from ability and item difficulty.
                ** Question 3                                              :drill:
                   What is a p-value?
                *** Answer
                   The chance of data as extreme under the null.
                ** 僵尸进程                                                 :drill:
                   什么是僵尸进程？
                *** Answer
                    已退出、未被回收的子进程。
                ** 页面置换                                                 :drill:
                   LRU 淘汰 [最久未被访问] 的页。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::prompt).containsExactly(
                tuple("What does the theorem say?", "Bayes\n\nGive the formula."),
                tuple("What does it model?", "Item response theory"),
                tuple("What is a p-value?", null),
                tuple("什么是僵尸进程？", null),
                tuple("LRU 淘汰 [...] 的页。", "页面置换"));
        assertThat(r.questions()).extracting(Question::topic).containsOnly("统计");
        assertThat(r.warnings()).isEmpty();
    }
}
