package dev.qbank.importers.dedup;

/**
 * Whether one text holds another whole, in time linear in both (Knuth-Morris-Pratt). The merge asks it of answers
 * ("the bank already holds the file's text", "the duplicate's answer is the kept one, only fuller"), which may be
 * half a million characters each; {@link String#contains} compares from every position afresh, so two long texts
 * alike for most of their length ({@code aaa…ab} in {@code aaa…a}) would cost their lengths' product.
 */
public final class WholeText {
    private WholeText() {
    }

    /** Whether {@code text} holds {@code part} whole; at most about 2 × (both lengths) character reads of each. */
    public static boolean contains(CharSequence text, CharSequence part) {
        int m = part.length();
        if (m == 0) {
            return true;
        }
        if (m > text.length()) {
            return false;
        }
        // border[i]: length of the longest proper prefix of part[0..i] that is also its suffix
        int[] border = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            char c = part.charAt(i);
            while (k > 0 && c != part.charAt(k)) {
                k = border[k - 1];
            }
            if (c == part.charAt(k)) {
                k++;
            }
            border[i] = k;
        }
        for (int i = 0, k = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            while (k > 0 && c != part.charAt(k)) {
                k = border[k - 1];
            }
            if (c == part.charAt(k)) {
                k++;
                if (k == m) {
                    return true;
                }
            }
        }
        return false;
    }
}
