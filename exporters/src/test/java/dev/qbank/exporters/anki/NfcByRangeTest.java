package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link AnkiText#nfc}'s shortcut: text it takes as NFC by its character ranges is what the normaliser returns. */
class NfcByRangeTest {
    @Test
    void everyCharacterInTheRangesIsNfcAloneAndAfterEveryOther() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xffff; c++) {
            if (!Character.isSurrogate(c) && AnkiText.isNfcByRange(String.valueOf(c))) {
                all.append(c);
                assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)).as("U+%04X", (int) c)
                        .isTrue();
            }
        }
        // a character that could join the one before it would change this text under NFC
        String text = all.toString();
        assertThat(Normalizer.normalize(text, Normalizer.Form.NFC)).isEqualTo(text);
        assertThat(Normalizer.normalize(new StringBuilder(text).reverse(), Normalizer.Form.NFC))
                .isEqualTo(new StringBuilder(text).reverse().toString());
    }

    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\u0400').ofMaxLength(12),
                Arbitraries.strings().withChars("aeouAEOU\u0300\u0301\u0308\u0327\u3099\u309a\u304b\u30ab\u1100\u1161"
                        + "\u11a8\uac00\u4e00\u9fff\u3000\u3029\u302a\uff01\uff5e\uff9e\u00e9\u212b").ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(8));
    }

    @Property(tries = 5000)
    void takenAsNfcOnlyWhenItIs(@ForAll("mixed") String s) {
        assertThat(AnkiText.nfc(s)).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFC));
    }
}
