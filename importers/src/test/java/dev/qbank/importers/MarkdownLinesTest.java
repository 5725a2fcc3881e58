package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code stays code and setext headings read as headings, line for line; a stray fence or a rule changes nothing. */
class MarkdownLinesTest {
    /** Each line as read, with "C|" before the lines of code. */
    private static List<String> read(String text) {
        MarkdownLines lines = new MarkdownLines(text);
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            out.add((lines.code() ? "C|" : "") + lines.line());
        }
        return out;
    }

    @Test
    void fencedBlocksAreCodeWithTheirFences() {
        assertThat(read("""
                1. q
                   ```python
                   # comment
                   2. not an item
                   ```
                3. q
                ~~~~
                ~~~
                Q: x
                ~~~~~
                after
                """)).containsExactly("1. q", "C|   ```python", "C|   # comment", "C|   2. not an item", "C|   ```",
                "3. q", "C|~~~~", "C|~~~", "C|Q: x", "C|~~~~~", "after");
    }

    @Test
    void aBacktickFenceWithABacktickInItsInfoIsInlineCodeNotAFence() {
        assertThat(read("```a`b```\n1. q\n```\n")).containsExactly("```a`b```", "1. q", "```");
    }

    /** A forgotten closing fence must not turn every later question into code of one answer. */
    @Test
    void aFenceNeverClosedIsText() {
        assertThat(read("1. q\n```python\nx = 1\n2. next\n")).containsExactly("1. q", "```python", "x = 1", "2. next");
        String longBlock = "```\n" + "x\n".repeat(MarkdownLines.MAX_CODE_LINES + 5) + "```\n";
        assertThat(read(longBlock)).first().isEqualTo("```");
    }

    @Test
    void setextHeadingsReadAsAtxHeadingsLineForLine() {
        assertThat(read("""
                深度学习面试题
                ==============

                Optimisation
                ------------

                1. 什么是 Adam？
                """)).containsExactly("# 深度学习面试题", "", "", "## Optimisation", "", "", "1. 什么是 Adam？");
    }

    /** Plain-text banks put a rule right under an answer; that is no heading. */
    @Test
    void aRuleUnderAnAnswerStaysARule() {
        assertThat(read("1. q\n\nThe answer.\n---\n\n2. q\n")).containsExactly("1. q", "", "The answer.", "---", "",
                "2. q");
        assertThat(read("1. q\n\nanswer text here\n---\n2. q\n")).contains("answer text here", "---");
        assertThat(read("1. q\n\n   indented answer\n   ---\n\n2. q\n")).contains("   indented answer");
        assertThat(read("1. q\n\na long answer line that is wide\n---\n\n")).contains("a long answer line that is wide");
        assertThat(read("- item\n===\n")).containsExactly("- item", "===");
        assertThat(read("text\ncontinued\n===\n")).containsExactly("text", "continued", "===");
    }

    @Test
    void scanningBlanksCodeAndKeepsTheLineCount() {
        String text = "Q: a\n```\nQ: b\n```\nTitle\n=====\n";
        assertThat(MarkdownLines.forScanning(text)).isEqualTo("Q: a\n\n\n\n# Title\n\n");
        assertThat(MarkdownLines.forScanning("plain\ntext\n")).isEqualTo("plain\ntext\n");
    }
}
