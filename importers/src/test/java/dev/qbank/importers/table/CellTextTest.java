package dev.qbank.importers.table;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CellTextTest {

    /** The one-pass oneLine must say exactly what the two regex replacements it replaced said. */
    @Property(tries = 2000)
    void oneLineEqualsTheRegexDefinition(@ForAll("cells") String text) {
        String regex = text.replaceAll("\\s*\\n\\s*", " ").replaceAll("[ \\t]{2,}", " ").strip();
        assertThat(CellText.oneLine(text)).isEqualTo(regex);
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars(" \t\n\r\f\u000B\u3000\u00A0ab题").ofMaxLength(30);
    }

    /** An answer cell holding an HTML list kept the tags: {@code <ul><li>输入门</li>...</ul>}. */
    @org.junit.jupiter.api.Test
    void htmlListsInACellAreMarkdownListsExceptInCode() {
        assertThat(CellText.htmlListsAsMarkdown("<ul><li>输入门</li><li>遗忘门</li></ul>").strip())
                .isEqualTo("- 输入门\n- 遗忘门");
        assertThat(CellText.htmlListsAsMarkdown("<OL><li>前向</li><li class=\"x\">反向</li></OL>然后更新").strip())
                .isEqualTo("1. 前向\n2. 反向\n\n然后更新");
        assertThat(CellText.htmlListsAsMarkdown("`<li>` is an item")).isEqualTo("`<li>` is an item");
        assertThat(CellText.htmlListsAsMarkdown("List<T> stays")).isEqualTo("List<T> stays");
    }

    /** A code span written back: fenced by a longer run than any inside it, padded when it starts with a backtick. */
    @org.junit.jupiter.api.Test
    void codeIsWrittenBackAsASpanThatReadsAsTheSameCode() {
        assertThat(CellText.codeSpan("kill -9")).isEqualTo("`kill -9`");
        assertThat(CellText.codeSpan("x`y")).isEqualTo("``x`y``");
        assertThat(CellText.codeSpan("`a`")).isEqualTo("`` `a` ``");
    }
}
