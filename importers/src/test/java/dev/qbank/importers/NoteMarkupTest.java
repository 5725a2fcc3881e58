package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteMarkupTest {
    @Test
    void linksWikiLinksHighlightsAndBlockIdsAreTheirWords() {
        assertThat(NoteMarkup.plain("[What is X?](https://e.com/x \"t\")")).isEqualTo("What is X?");
        assertThat(NoteMarkup.plain("什么是 [[ResNet]] 的 [[Residual block|残差块]]？ ^q3")).isEqualTo("什么是 ResNet 的 残差块？");
        assertThat(NoteMarkup.plain("==FPN== 解决了什么")).isEqualTo("FPN 解决了什么");
        assertThat(NoteMarkup.wholeLinkUrl("[What is X?](https://e.com/x)")).isEqualTo("https://e.com/x");
        assertThat(NoteMarkup.wholeLinkUrl("What is [X](https://e.com/x)?")).isNull();
    }

    @Test
    void whatOnlyLooksAlikeStays() {
        for (String s : new String[] {"Is a==b==c chained?", "What does np.array([[1, 2]]) return?",
                "Why `[[x]]` and `==y==` in code?", "![diagram](d.png) what is shown?", "x^2 or 2^k^?"}) {
            assertThat(NoteMarkup.plain(s)).as(s).isEqualTo(s);
        }
    }
}
