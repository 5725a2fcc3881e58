package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page's closing note (a note to the reader, a date stamp, a Notion page's italic line) is read by one rule in
 * every Markdown importer: the words a Notion page ends with are recognised in a numbered or Q&A page, and the
 * words those end with in a Notion page; an answer that merely speaks of an update keeps its last line.
 */
class ClosingNoteTest {
    private static final ImporterRegistry REGISTRY = ImporterRegistry.standard();

    private static Golden.Result numbered(String closing) {
        return Golden.readText(REGISTRY.require("numbered"),
                "1. 什么是幂等？\n\n多次执行结果相同。\n\n2. 什么是熔断？\n\n失败过多时暂停调用。\n\n" + closing + "\n");
    }

    private static Golden.Result notion(String closing) {
        return Golden.readText(REGISTRY.require("notion"),
                "# 初级\n\nQ1：**什么是幂等？**\n\n- 多次执行结果相同\n\nQ2：**什么是熔断？**\n\n- 失败过多时暂停调用\n\n"
                        + closing + "\n");
    }

    /**
     * A page's footer after its last rule (a blog's 参考资料 list of links, then a note) was left out, but its links
     * became the last question's references.
     */
    @Test
    void aFootersLinksAreNoReferencesOfTheLastQuestion() {
        String footer = "\n---\n\n**参考资料**\n\n- https://book.example/ml\n\n本文持续更新，欢迎收藏～\n";
        Golden.Result numbered = Golden.readText(REGISTRY.require("numbered"), "1. 什么是幂等？\n\n多次执行结果相同。\n\n"
                + "2. 什么是熔断？\n\n失败过多时暂停调用。\n参考：https://a.example/breaker\n" + footer);
        assertThat(numbered.questions().get(1).references()).extracting(dev.qbank.model.Reference::url)
                .containsExactly("https://a.example/breaker");
        assertThat(numbered.questions().get(1).answer()).isEqualTo("失败过多时暂停调用。");
        Golden.Result chapters = Golden.readText(REGISTRY.require("chapters"), "第一章 基础\n1. 什么是幂等？\n"
                + "https://a.example/idem\n2. 什么是熔断？\n失败过多时暂停调用。\nhttps://a.example/breaker\n" + footer);
        assertThat(chapters.questions().get(1).references()).extracting(dev.qbank.model.Reference::url)
                .containsExactly("https://a.example/breaker");
    }

    /** A write-up's well-wish to its readers after the last answer was the end of that answer. */
    @Test
    void aWellWishEndsThePage() {
        for (String note : List.of("最后祝大家都能拿到心仪的 offer！💪", "祝各位早日上岸～", "Good luck!",
                "*Best of luck with your interviews.*")) {
            Golden.Result r = numbered(note);
            assertThat(r.questions()).extracting(Question::answer).as(note)
                    .containsExactly("多次执行结果相同。", "失败过多时暂停调用。");
            assertThat(r.warnings()).extracting(Diagnostic::code).as(note).containsExactly("footer");
            assertThat(notion(note).questions()).extracting(Question::answer).as(note)
                    .containsExactly("- 多次执行结果相同", "- 失败过多时暂停调用");
        }
        // a wish in the answer's own words stays
        assertThat(numbered("熔断器打开后，祝福语服务也会被降级。").questions().get(1).answer())
                .isEqualTo("失败过多时暂停调用。\n\n熔断器打开后，祝福语服务也会被降级。");
    }

    @Test
    void aNotionPagesClosingNoteEndsANumberedPageToo() {
        for (String note : List.of("*Last edited by Mei on April 9, 2025 10:41 AM*", "_整理不易，转载请注明出处_",
                "*Thanks for reading!*", "*感谢阅读*", "*如有错误，欢迎指正*", "*更新时间：2025-04-09*")) {
            Golden.Result r = numbered(note);
            assertThat(r.questions()).extracting(Question::answer).as(note)
                    .containsExactly("多次执行结果相同。", "失败过多时暂停调用。");
            assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).as(note)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("footer", 9));
        }
        // a Q&A page without Q1： labels, written the Notion way
        Golden.Result qa = Golden.readText(REGISTRY.require("qa"), """
                ## 什么是幂等？

                多次执行结果相同。

                ## 什么是熔断？

                失败过多时暂停调用。

                *Last edited by Mei on April 9, 2025 10:41 AM*
                """);
        assertThat(qa.questions()).extracting(Question::answer).containsExactly("多次执行结果相同。", "失败过多时暂停调用。");
        assertThat(qa.warnings()).extracting(Diagnostic::code).containsExactly("footer");
    }

    @Test
    void aNumberedPagesClosingNoteEndsANotionPageToo() {
        for (String note : List.of("注：以上答案仅供参考", "本文持续更新，欢迎 Star ⭐", "最后更新：2025-04-09",
                "If this helped you, give it a star!", "编辑于 2025-04-09・IP 属地上海", "Disclaimer: answers are my own.")) {
            Golden.Result r = notion(note);
            assertThat(r.questions()).extracting(Question::answer).as(note)
                    .containsExactly("- 多次执行结果相同", "- 失败过多时暂停调用");
            assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).as(note)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("footer", 11));
        }
    }

    @Test
    void anAnswerWhoseLastLineOnlyMentionsAnUpdateKeepsIt() {
        for (String line : List.of("最后更新缓存，再删除旧的键。", "*Updated in 2019, the spec now allows retries.*",
                "The table is last updated when the job finishes.", "*转发请求前先检查令牌。*")) {
            Golden.Result r = numbered(line);
            assertThat(r.questions().get(1).answer()).as(line).isEqualTo("失败过多时暂停调用。\n\n" + line);
            assertThat(r.warnings()).as(line).isEmpty();
            Golden.Result n = notion(line);
            assertThat(n.questions().get(1).answer()).as(line).isEqualTo("- 失败过多时暂停调用\n\n" + line);
            assertThat(n.warnings()).as(line).isEmpty();
        }
    }
}
