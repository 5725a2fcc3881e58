package dev.qbank.exporters.anki;

/**
 * Recognises text that Markdown rendering and sanitising would only wrap and escape, so {@link CardHtml} can skip
 * commonmark and the OWASP sanitiser for it (together most of the rendering cost, and most question texts qualify).
 *
 * <p>The predicate is deliberately conservative: one line, no leading or trailing whitespace, nothing commonmark
 * reads as markup anywhere ({@code * _ ` [ ] < > & ! # | ~ \}, and {@code $}, which may open TeX), no braces
 * (the sanitiser breaks up a brace that could start a template expression with an empty comment) and no line-start
 * marker (list, heading, quote, thematic break), and beyond ASCII only letters, marks, digits, punctuation and
 * symbols - no control, format, private-use, unassigned or space characters the sanitiser might drop or commonmark
 * might trim. For such text the slow path's output is known exactly: the two quote characters come out as the
 * references the sanitiser writes, every other character as itself (the numeric references it writes for
 * {@code + = @} and the like are turned back by {@code CardHtml.readable}). {@code PlainTextPropertyTest} checks
 * this against the slow path.
 */
final class PlainText {
    private PlainText() {
    }

    /** ASCII characters allowed in Markdown taken as plain: letters, digits, an inner space, inert punctuation. */
    private static final boolean[] MARKDOWN_ASCII = ascii("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "0123456789 ,.;:?()/%^=+@-'\"");

    /**
     * ASCII characters allowed in text that only goes through the sanitiser (no Markdown): everything printable but
     * the HTML-significant {@code & < >}, braces and the backquote.
     */
    private static final boolean[] SANITISER_ASCII = ascii("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "0123456789 ,.;:?()/%$^=+@-'\"!#*_[]|~\\");

    private static boolean[] ascii(String allowed) {
        boolean[] table = new boolean[0x80];
        for (char c : allowed.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    /** True when {@code s} (already NFC) renders to a paragraph holding exactly {@link #escape(String)} of it. */
    static boolean isPlain(String s) {
        return !s.isEmpty() && !startsWithMarker(s) && allPlain(s, MARKDOWN_ASCII);
    }

    /**
     * True when the sanitiser, given {@code s} (already NFC) escaped as text, writes back exactly
     * {@link #escape(String)} of it.
     */
    static boolean isSafeText(String s) {
        return !s.isEmpty() && allPlain(s, SANITISER_ASCII);
    }

    /**
     * True for an {@code http://} or {@code https://} address of ASCII letters, digits and {@code / : . - _ ~ ? = +
     * @ % , ;} only: the sanitiser keeps it as it is (the references it writes for {@code = + @} are turned back).
     */
    static boolean isSafeUrl(String url) {
        int start = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        if (start < 0 || start == url.length()) {
            return false;
        }
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c >= 0x80 || !URL_ASCII[c]) {
                return false;
            }
        }
        return true;
    }

    private static final boolean[] URL_ASCII = ascii("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "0123456789/:.-_~?=+@%,;");

    private static boolean allPlain(String s, boolean[] asciiAllowed) {
        int n = s.length();
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (!asciiAllowed[c]) {
                    return false;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))
                        || !plainType(Character.getType(Character.toCodePoint(c, s.charAt(i + 1))))) {
                    return false;
                }
                i++;
            } else if (!plainType(Character.getType(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the character at {@code i} of {@code s} (the high half when it is a pair) passes {@link #isPlain}'s
     * character test; {@link SimpleMarkdown} checks its lines with it.
     */
    static boolean isPlainMarkdownChar(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return MARKDOWN_ASCII[c];
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    && plainType(Character.getType(Character.toCodePoint(c, s.charAt(i + 1))));
        }
        return plainType(Character.getType(c));
    }

    /** Character categories that are neither whitespace nor invisible nor ever dropped by the sanitiser. */
    private static boolean plainType(int type) {
        return switch (type) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /**
     * A line start commonmark could read as a block marker: {@code -}, {@code +} or {@code =} (lists, thematic
     * breaks, setext lines) or digits followed by {@code .} or {@code )} (an ordered list).
     */
    static boolean startsWithMarker(String s) {
        char first = s.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            return true;
        }
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')');
    }

    /** The HTML the slow path writes for plain text: quotes as the sanitiser encodes them, the rest as is. */
    static String escape(String s) {
        int quotes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                quotes++;
            }
        }
        if (quotes == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 4 * quotes);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("&#34;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
