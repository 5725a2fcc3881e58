package dev.qbank.model;

import java.io.IOException;
import java.io.Reader;

/**
 * A {@link Reader} that never ends a multi-char read between the two halves of a surrogate pair: a trailing high
 * surrogate is held back and delivered at the start of the next read.
 *
 * <p>Why: snakeyaml-engine 3.0.1's {@code StreamReader} fills its whole buffer ({@code bufferSize + 1} chars) with
 * one {@code read(char[])}, and when the last char is a high surrogate it reads one more char into the slot just
 * past the end, an {@link IndexOutOfBoundsException} (a stack trace for the user). That happens whenever a
 * character outside the Basic Multilingual Plane (emoji, '𝔘') straddles a 1,025-char chunk boundary of the
 * input. Handing it only whole code points makes that branch unreachable; a lone high surrogate at the very end
 * of the input still reaches it and gets snakeyaml's own located "no LowSurrogate" error.
 */
final class WholeCodePointReader extends Reader {
    private final Reader in;
    /** A high surrogate held back from the previous read, or -1. */
    private int pending = -1;

    WholeCodePointReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pending >= 0) {
            buf[off] = (char) pending;
            pending = -1;
            n = 1;
        }
        if (n < len) {
            int got = in.read(buf, off + n, len - n);
            if (got > 0) {
                n += got;
            } else if (n == 0) {
                return got;
            }
        }
        if (len > 1 && Character.isHighSurrogate(buf[off + n - 1])) {
            if (n > 1) {
                pending = buf[off + n - 1];
                return n - 1;
            }
            // One lone high surrogate and room for its pair: fetch the low half now (or learn that none comes).
            int low = in.read();
            if (low >= 0) {
                buf[off + 1] = (char) low;
                return 2;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
