package dev.qbank.importers.notion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import org.junit.jupiter.api.Test;

/**
 * A Notion page ending with an italic note about the page (when it was edited, the author's request to credit it)
 * had it glued to the last answer; it is left out with a warning, while an italic line that is part of an answer
 * stays.
 */
class NotionPageNoteTest {
    private final NotionImporter importer = new NotionImporter();

    @Test
    void anItalicNoteAboutThePageEndingItIsNoPartOfTheLastAnswer() {
        Golden.Result r = Golden.readText(importer, """
                # Go

                Q1：**goroutine 和线程的区别？**

                - 栈小、由运行时调度

                Q2：**channel 关闭后还能读吗？**

                - 能读到零值

                *Last edited by Lin on March 3, 2024 8:12 PM*
                """);
        assertThat(r.questions()).extracting(Question::answer).containsExactly("- 栈小、由运行时调度", "- 能读到零值");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("footer", 11));
        Golden.Result chinese = Golden.readText(importer, """
                Q1：**什么是 Pod？**

                最小的调度单位。

                Q2：**Service 有哪几种？**

                三种。

                _整理不易，转载请注明出处_
                """);
        assertThat(chinese.questions()).extracting(Question::answer).containsExactly("最小的调度单位。", "三种。");
    }

    @Test
    void anItalicLineThatIsPartOfTheAnswerStays() {
        Golden.Result r = Golden.readText(importer, """
                Q1：**什么是 Pod？**

                最小的调度单位。

                Q2：**Service 有哪几种？**

                三种。

                *注意：面试官常追问 Headless Service。*
                """);
        assertThat(r.questions().get(1).answer()).isEqualTo("三种。\n\n*注意：面试官常追问 Headless Service。*");
        assertThat(r.warnings()).isEmpty();
    }
}
