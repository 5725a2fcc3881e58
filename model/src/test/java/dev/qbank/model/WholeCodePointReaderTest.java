package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WholeCodePointReaderTest {
    private static final String TEXT = "a😀bc𝔘𝔫𝔦d🇨🇳" + "x".repeat(7) + "😀";

    /** Whatever the chunk size (above one), no chunk ends in a high surrogate and nothing is lost or reordered. */
    @Test
    void chunksEndOnWholeCodePoints() throws IOException {
        for (int size = 2; size <= TEXT.length() + 1; size++) {
            StringBuilder out = new StringBuilder();
            char[] buf = new char[size + 3];
            try (Reader r = new WholeCodePointReader(new StringReader(TEXT))) {
                for (int n = r.read(buf, 3, size); n != -1; n = r.read(buf, 3, size)) {
                    assertThat(n).as("size %d", size).isPositive().isLessThanOrEqualTo(size);
                    assertThat(Character.isHighSurrogate(buf[3 + n - 1])).as("size %d", size).isFalse();
                    out.append(buf, 3, n);
                }
            }
            assertThat(out.toString()).as("size %d", size).isEqualTo(TEXT);
        }
    }

    /** A reader that hands out one char at a time still yields whole pairs. */
    @Test
    void aTricklingSourceStillGivesWholePairs() throws IOException {
        Reader trickle = new StringReader(TEXT) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return super.read(cbuf, off, Math.min(1, len));
            }
        };
        StringBuilder out = new StringBuilder();
        char[] buf = new char[4];
        try (Reader r = new WholeCodePointReader(trickle)) {
            for (int n = r.read(buf, 0, 4); n != -1; n = r.read(buf, 0, 4)) {
                assertThat(Character.isHighSurrogate(buf[n - 1])).isFalse();
                out.append(buf, 0, n);
            }
        }
        assertThat(out.toString()).isEqualTo(TEXT);
    }

    /** A lone high surrogate at the end is passed on as it is, for the YAML reader to report. */
    @Test
    void aLoneHighSurrogateAtTheEndIsPassedOn() throws IOException {
        char[] buf = new char[8];
        try (Reader r = new WholeCodePointReader(new StringReader("ab\uD83D"))) {
            assertThat(r.read(buf, 0, 8)).isEqualTo(2);
            assertThat(r.read(buf, 0, 8)).isEqualTo(1);
            assertThat(buf[0]).isEqualTo('\uD83D');
            assertThat(r.read(buf, 0, 8)).isEqualTo(-1);
        }
    }
}
