package dev.qbank.importers;

import java.util.Arrays;

/**
 * The 1-based line of a character offset in one text: where each line starts is found once, then every lookup is a
 * binary search. For importers whose parser reports offsets rather than lines (a CSV record, a slice of Markdown).
 */
public final class LineIndex {
    /** Offset of the first character of each line; {@code starts[0] == 0}. */
    private final int[] starts;

    public LineIndex(String text) {
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
            }
            s[n++] = i + 1;
        }
        starts = Arrays.copyOf(s, n);
    }

    /** The line holding the character at {@code offset}. */
    public int lineAt(long offset) {
        int at = Arrays.binarySearch(starts, (int) Math.min(offset, Integer.MAX_VALUE));
        return (at >= 0 ? at : -at - 2) + 1;
    }

    /** How many lines the text has (a final line break starts an empty last line). */
    public int lines() {
        return starts.length;
    }

    /** The offset where 1-based {@code line} starts. */
    public int start(int line) {
        return starts[line - 1];
    }
}
