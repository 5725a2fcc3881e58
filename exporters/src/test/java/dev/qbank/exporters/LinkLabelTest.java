package dev.qbank.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Reference;
import org.junit.jupiter.api.Test;

class LinkLabelTest {
    @Test
    void aBareUrlIsShownAsHostAndDecodedPathWithoutFragmentOrQuery() {
        assertThat(LinkLabel.of("https://zhuanlan.zhihu.com/p/93643523#:~:text=Batch%20Normalization%E6%98%AF2015"))
                .isEqualTo("zhuanlan.zhihu.com/p/93643523");
        assertThat(LinkLabel.of("http://example.com/wiki/%E5%8D%B7%E7%A7%AF/?utm_source=x")).isEqualTo(
                "example.com/wiki/卷积");
        assertThat(LinkLabel.of("https://www.zhihu.com/")).isEqualTo("www.zhihu.com");
    }

    @Test
    void aTitleWinsAndAnythingButAWebUrlIsShownAsWritten() {
        assertThat(LinkLabel.of(new Reference("https://a.example/x", "The paper"))).isEqualTo("The paper");
        assertThat(LinkLabel.of(new Reference("https://a.example/x", null))).isEqualTo("a.example/x");
        assertThat(LinkLabel.of("mailto:me@example.com")).isEqualTo("mailto:me@example.com");
        assertThat(LinkLabel.of("not a url")).isEqualTo("not a url");
        assertThat(LinkLabel.of("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
    }

    @Test
    void aLongLabelIsCutWithAnEllipsisOnACodePointBoundary() {
        String path = "/" + "😀".repeat(100);
        String label = LinkLabel.of("https://e.example" + path);
        assertThat(label.codePointCount(0, label.length())).isEqualTo(LinkLabel.MAX_LENGTH);
        assertThat(label).startsWith("e.example/😀").endsWith("😀…");
    }
}
