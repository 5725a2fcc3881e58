package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.CountedText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WholeTextTest {
    /**
     * Two long answers alike for most of their length, the worst case of a search from every position (String's:
     * about 10^10 reads here): the work stays within a few times their lengths.
     */
    @Test
    void twoLongAlikeTextsCostTheirLengthsNotTheirProduct() {
        int n = 200_000;
        CountedText text = new CountedText("a".repeat(2 * n));
        CountedText part = new CountedText("a".repeat(n) + "b");
        assertThat(WholeText.contains(text, part)).isFalse();
        assertThat(text.reads() + part.reads()).isLessThan(4L * (3 * n + 1));

        CountedText found = new CountedText("ab".repeat(n) + "abb");
        CountedText fuller = new CountedText("ab".repeat(n / 2) + "abb");
        assertThat(WholeText.contains(found, fuller)).isTrue();
        assertThat(found.reads() + fuller.reads()).isLessThan(4L * (3 * n + 3));
    }

    /** It answers what String.contains does (short texts over two letters, where near misses are many). */
    @Property(tries = 2000)
    void answersWhatStringContainsDoes(@ForAll @CharRange(from = 'a', to = 'b') @StringLength(max = 30) String text,
            @ForAll @CharRange(from = 'a', to = 'b') @StringLength(max = 6) String part) {
        assertThat(WholeText.contains(text, part)).isEqualTo(text.contains(part));
    }
}
