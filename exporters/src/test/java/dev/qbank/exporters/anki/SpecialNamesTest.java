package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Python special name is shown on the card as written; other strong emphasis stays bold. */
class SpecialNamesTest {
    private final CardHtml html = new CardHtml();

    @Test
    void aSpecialNameIsTextNotBold() {
        // before: "Python 中 <strong>init</strong> 和 <strong>new</strong> 的区别？"
        assertThat(html.renderInline("Python 中 __init__ 和 __new__ 的区别？", Map.of()))
                .isEqualTo("Python 中 __init__ 和 __new__ 的区别？");
        assertThat(html.render("`__new__` 创建实例，__init__ 初始化；__get_item__ 不存在", Map.of()))
                .isEqualTo("<p><code>__new__</code> 创建实例，__init__ 初始化；__get_item__ 不存在</p>");
    }

    @Test
    void otherStrongEmphasisStaysBold() {
        assertThat(html.renderInline("__Why__ and **how** and __重点__", Map.of()))
                .isEqualTo("<strong>Why</strong> and <strong>how</strong> and <strong>重点</strong>");
        assertThat(html.renderInline("**__init__ 的作用**", Map.of())).isEqualTo("<strong>__init__ 的作用</strong>");
        assertThat(html.renderInline("__a *b* c__", Map.of())).isEqualTo("<strong>a <em>b</em> c</strong>");
    }
}
