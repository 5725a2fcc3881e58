package dev.qbank.importers.anki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    private static String md(String html) {
        return HtmlText.of(html).text();
    }

    @Test
    void formattingBecomesMarkdown() {
        assertThat(md("<p>反向传播时梯度逐层相乘而<strong>趋近于零</strong>。</p>\n<h2>不是标题</h2>\n<hr />"
                + "<p>x <em>y</em> <code>z</code></p>"))
                .isEqualTo("反向传播时梯度逐层相乘而**趋近于零**。\n\n## 不是标题\n\n---\n\nx *y* `z`");
        assertThat(md("line one<br>line two<div>in a div</div><div>another</div>"))
                .isEqualTo("line one\nline two\nin a div\nanother");
        assertThat(md("<pre><code class=\"language-python\">x = 1  # 注释\ny = 2\n</code></pre>"))
                .isEqualTo("```python\nx = 1  # 注释\ny = 2\n```");
        assertThat(md("<ul>\n<li>a</li>\n<li>b<ol><li>c</li><li>d</li></ol></li>\n</ul>\n<p>after</p>"))
                .isEqualTo("- a\n- b\n   1. c\n   2. d\n\nafter");
        assertThat(md("<blockquote>\n<p>quoted</p>\n<p>two</p>\n</blockquote>\n<p>out</p>"))
                .isEqualTo("> quoted\n>\n> two\n\nout");
        assertThat(md("<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr>"
                + "</tbody></table>")).isEqualTo("| a | b |\n| --- | --- |\n| 1 | 2 |");
        assertThat(md("see <a href=\"https://example.org/x\" rel=\"noopener\">this</a> &amp; &lt;T&gt;&nbsp;&#x4e2d;"))
                .isEqualTo("see [this](https://example.org/x) & <T> 中");
    }

    /**
     * A superscript or subscript kept its text and lost its meaning ({@code O(n<sup>2</sup>)} read {@code O(n2)}):
     * digits and signs take their Unicode forms, anything else TeX's {@code ^}/{@code _}; in code, as written.
     */
    @Test
    void superscriptsAndSubscriptsKeepTheirMeaning() {
        assertThat(md("快排平均 O(n log n)，最坏 O(n<sup>2</sup>)；学习率 10<sup>-3</sup>")).isEqualTo(
                "快排平均 O(n log n)，最坏 O(n²)；学习率 10⁻³");
        assertThat(md("x<sub>i</sub> 的均值，log<sub>2</sub> N，2<sup>n</sup> 个子集，e<sup>-x</sup>，a<sub>i+1</sub>"))
                .isEqualTo("x_i 的均值，log₂ N，2^n 个子集，e^(-x)，a_(i+1)");
        assertThat(md("见文献<sup>[1]</sup>；<b>H<sub>2</sub>O</b>；<code>a<sup>2</sup></code>"))
                .isEqualTo("见文献[1]；**H₂O**；`a2`");
    }

    /**
     * TeX between MathJax's delimiters, as Anki cards (and qbank's own export) write it, comes back with the dollars
     * the bank writes; in Markdown a \\( is only an escaped bracket. Inside code it stays as written.
     */
    @Test
    void mathJaxDelimitersBecomeDollars() {
        assertThat(md("<p>\\( \\sigma(z) \\)，以及 \\[L = -\\sum y \\log p\\] 注意 $5</p><p><code>\\(x\\)</code></p>"))
                .isEqualTo("$\\sigma(z)$，以及 $$L = -\\sum y \\log p$$ 注意 $5\n\n`\\(x\\)`");
    }

    @Test
    void nothingOfTheHtmlSurvives() {
        assertThat(md("<script>alert(1)</script>ok<style>p{}</style><img src=x onerror=alert(1)>"
                + "<a href=\"javascript:alert(1)\">click</a><iframe src=\"https://evil\">t</iframe>"))
                .isEqualTo("ok![](x)click");
        assertThat(HtmlText.of("<img src=\"pic 1.png\" alt=\"a]b\">").images()).containsExactly("pic 1.png");
        assertThat(md("<img src=\"pic 1.png\" alt=\"a]b\">")).isEqualTo("![ab](<pic 1.png>)");
        assertThat(md("a <!-- c --> b <b>unclosed")).isEqualTo("a b **unclosed");
    }

    /**
     * Fields are untrusted: a tag of 50,000 characters of attributes (the tag pattern recursed once per character
     * and overflowed the stack at a few thousand), a field of "<a" thousands of times with no '>' and an attribute
     * name of 50,000 letters read as text and as a link, whole.
     */
    @Test
    void hugeTagsAndUnclosedTagsReadWhole() {
        String attributes = " data-x=1".repeat(6_000);
        assertThat(md("<span" + attributes + ">kept</span> and <a href=\"https://example.org\"" + attributes
                + ">link</a>")).isEqualTo("kept and [link](https://example.org)");
        String unclosed = "<a".repeat(20_000);
        assertThat(md("x " + unclosed)).isEqualTo("x " + unclosed);
        assertThat(md("<a " + "n".repeat(50_000) + " href=\"https://example.org\">y</a>"))
                .isEqualTo("[y](https://example.org)");
    }
}
