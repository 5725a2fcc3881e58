package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TeX written with dollars reaches the card between the delimiters Anki's MathJax typesets ({@code \(…\)},
 * {@code \[…\]}), untouched by Markdown; dollars that are no math, code, and TeX that reaches outside the formula
 * stay text.
 */
class MathInCardsTest {
    private final CardHtml html = new CardHtml();

    @TempDir
    Path tmp;

    private String render(String markdown) {
        return html.render(markdown, Map.of());
    }

    @Test
    void inlineMathGetsMathJaxDelimitersAndKeepsItsTex() {
        assertThat(render("行内 $a_1 * b_2 = c_1 * d_2$ 和 $\\|x\\|_2$。"))
                .isEqualTo("<p>行内 \\(a_1 * b_2 = c_1 * d_2\\) 和 \\(\\|x\\|_2\\)。</p>");
    }

    @Test
    void displayMathOverSeveralLinesBecomesOneDisplayedFormula() {
        assertThat(render("定义为\n\n$$\n\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_{j} e^{z_j}}\n$$"))
                .isEqualTo("<p>定义为</p>\n<p>\\[\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_{j} e^{z_j}}\\]</p>");
        assertThat(render("公式：$$\\sum_{i=1}^{n} x_i^2$$ 完"))
                .isEqualTo("<p>公式：\\[\\sum_{i=1}^{n} x_i^2\\] 完</p>");
    }

    @Test
    void markupCharactersInsideMathAreEscapedText() {
        assertThat(render("若 $a<b \\& c>d$ 则")).isEqualTo("<p>若 \\(a&lt;b \\&amp; c&gt;d\\) 则</p>");
        assertThat(render("$<script>alert(1)</script>$")).isEqualTo(
                "<p>\\(&lt;script&gt;alert(1)&lt;/script&gt;\\)</p>");
    }

    @Test
    void mathInTheQuestionAndInATableCell() {
        assertThat(html.renderInline("什么是 softmax $\\sigma(z)_i$？", Map.of()))
                .isEqualTo("什么是 softmax \\(\\sigma(z)_i\\)？");
        assertThat(render("| 层 | 参数量 |\n| --- | --- |\n| 卷积 | $k^2 C_{in} C_{out}$ |"))
                .contains("<td>\\(k^2 C_{in} C_{out}\\)</td>");
    }

    /** exp27: MathJax's own delimiters in the Markdown are math too, not escaped brackets ({@code (x)} on the card). */
    @Test
    void mathJaxDelimitersInTheMarkdownAreMathToo() {
        assertThat(render("行内 \\(a_1 * b_2\\) 和 \\(\\|x\\|_2\\)。"))
                .isEqualTo("<p>行内 \\(a_1 * b_2\\) 和 \\(\\|x\\|_2\\)。</p>");
        assertThat(render("公式：\\[\n\\sum_{i=1}^{n} x_i^2 \\\\ y\n\\] 完"))
                .isEqualTo("<p>公式：\\[\\sum_{i=1}^{n} x_i^2 \\\\ y\\] 完</p>");
        // an escaped backslash before a bracket, a bracket never closed and code stay what Markdown makes of them
        assertThat(render("a \\\\(b) and \\(open and `\\(c\\)`"))
                .isEqualTo("<p>a \\(b) and (open and <code>\\(c\\)</code></p>");
        assertThat(render("\\(\\href{javascript:alert(1)}{x}\\)")).doesNotContain("\\(\\href");
    }

    /** Escaped brackets around text are no formula: a citation number, a tick box, "(sic)" as Markdown writers escape them. */
    @Test
    void escapedBracketsAroundTextStayText() {
        assertThat(render("见论文 \\[1\\] 和 \\[12, 13\\]。")).isEqualTo("<p>见论文 [1] 和 [12, 13]。</p>");
        assertThat(render("\\[x\\] done, \\(sic\\), \\(see above\\)"))
                .isEqualTo("<p>[x] done, (sic), (see above)</p>");
        // one letter inline is a variable; with a TeX mark either form is a formula
        assertThat(render("\\(n\\) and \\[n^2\\] and \\(a + b\\)"))
                .isEqualTo("<p>\\(n\\) and \\[n^2\\] and \\(a + b\\)</p>");
    }

    /** A formula is looked for over at most MAX_TEX characters, so openers that never close cost a bounded search each. */
    @Test
    void aSpanLongerThanTheBoundIsText() {
        String tex = "x+".repeat(MathSpans.MAX_TEX);
        assertThat(render("$" + tex + "x$")).isEqualTo("<p>$" + tex + "x$</p>");
        assertThat(render("\\(" + tex + "x\\)")).isEqualTo("<p>(" + tex + "x)</p>");
        assertThat(render("$" + "x+".repeat(100) + "x$")).startsWith("<p>\\(x+x+");
    }

    @Test
    void dollarsThatAreNoMathStayText() {
        assertThat(render("价格 $5 和 $10 不同")).isEqualTo("<p>价格 $5 和 $10 不同</p>");
        assertThat(render("costs \\$3 and \\$4")).isEqualTo("<p>costs $3 and $4</p>");
        assertThat(render("echo $HOME and $ PATH")).isEqualTo("<p>echo $HOME and $ PATH</p>");
    }

    @Test
    void codeIsNeverMath() {
        assertThat(render("run `echo $x$` now")).isEqualTo("<p>run <code>echo $x$</code> now</p>");
        assertThat(render("```\n$a_1$\n```")).isEqualTo("<pre><code>$a_1$\n</code></pre>");
    }

    @Test
    void texThatReachesOutsideTheFormulaIsNotTypeset() {
        assertThat(render("$\\href{javascript:alert(1)}{x}$")).doesNotContain("\\(");
        assertThat(render("$$\\style{color:red}{x}$$")).doesNotContain("\\[");
        assertThat(render("$\\require{action}$")).doesNotContain("\\(");
        assertThat(render("$\\hrefx + \\urlx$")).isEqualTo("<p>\\(\\hrefx + \\urlx\\)</p>");
    }

    @Test
    void theCardFieldsCarryTheDelimiters() throws Exception {
        Question q = Question.builder("什么是 $L_2$ 范数？").id("l2")
                .answer("$$\\|x\\|_2 = \\sqrt{\\sum_i x_i^2}$$").build();
        BankStore store = TestBanks.write(tmp.resolve("bank"), List.of(q));
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("m.apkg"), Map.of()), tmp);
        Map<String, Object> note = apkg.rows("SELECT flds, sfld FROM notes").get(0);
        String[] f = ((String) note.get("flds")).split("\u001f", -1);
        assertThat(f[0]).isEqualTo("什么是 \\(L_2\\) 范数？");
        assertThat(f[2]).isEqualTo("<p>\\[\\|x\\|_2 = \\sqrt{\\sum_i x_i^2}\\]</p>");
        assertThat(note.get("sfld")).isEqualTo("什么是 \\(L_2\\) 范数？");
    }

    /**
     * Markdown can write MathJax delimiters itself (Markdown's {@code \\(} is {@code \(}), and plain fields (topic,
     * reference titles) are not Markdown at all: a command that makes a link or a style is broken in every field.
     */
    @Test
    void noFieldHoldsAMathJaxCommandThatReachesOutside() throws Exception {
        String link = "\\href{javascript:alert(1)}{click}";
        Question q = Question.builder("Q \\\\(" + link + "\\\\)").id("mj").answer("\\\\[" + link + "\\\\]")
                .topic("\\(\\style{color:red}{x}\\)")
                .references(List.of(new Reference("https://example.com/r", "\\(" + link + "\\)"))).build();
        BankStore store = TestBanks.write(tmp.resolve("bank"), List.of(q));
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("j.apkg"), Map.of()), tmp);
        String flds = (String) apkg.rows("SELECT flds FROM notes").get(0).get("flds");
        assertThat(flds).contains("\\(", "\\[", "\uFF3Chref{javascript:alert(1)}{click}", "\uFF3Cstyle{color:red}")
                .doesNotContain("\\href", "\\style");
    }
}
