package dev.qbank.exporters.anki;

/**
 * Recognises multi-line Markdown of the simplest kind - paragraphs of {@link PlainText plain} lines, tight lists of
 * one plain line per item ({@code - } or {@code 1. }), and {@code **strong**} around plain words - and writes the
 * HTML commonmark + the sanitiser + {@code CardHtml.readable} would, without running them. Such answers are a large
 * share of a bank, and rendering them was the biggest part of the export after the single-line fast path.
 *
 * <p>Anything outside that shape returns null and takes the full path: other list markers, a list not starting at
 * 1, two lists of one kind separated only by a blank line (commonmark would make one loose list of them), a
 * paragraph line next to a list item (a continuation or an interruption), indentation, trailing spaces (hard breaks),
 * {@code *} other than a pair of {@code **} with a letter or digit just inside each, any character
 * {@link PlainText#isPlain} refuses. {@code SimpleMarkdownPropertyTest} compares it with the full path.
 */
final class SimpleMarkdown {
    private SimpleMarkdown() {
    }

    private enum Kind { PARAGRAPH, BULLETS, NUMBERS }

    /** The HTML for {@code text} (already NFC), or null when it is not of the simple shape. */
    static String render(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        Kind previous = null;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            // one block: the lines up to the next blank line
            int end = start;
            while (end < n && !(text.charAt(end) == '\n' && (end + 1 == n || text.charAt(end + 1) == '\n'))) {
                end++;
            }
            if (end > start) {
                Kind kind = block(text.substring(start, end), previous, out);
                if (kind == null) {
                    return null;
                }
                previous = kind;
            }
            start = end + 1;
            while (start < n && text.charAt(start) == '\n') {
                start++;
            }
            if (start >= n) {
                break;
            }
        }
        return previous == null ? null : out.toString();
    }

    /** Appends one block (joined to the previous by a newline, as the sanitiser leaves them); null if not simple. */
    private static Kind block(String block, Kind previous, StringBuilder out) {
        String[] lines = block.split("\n", -1);
        Kind kind = kind(lines[0]);
        if (kind != Kind.PARAGRAPH && kind == previous) {
            return null;
        }
        if (kind == Kind.NUMBERS && !lines[0].startsWith("1. ")) {
            return null;
        }
        int mark = out.length();
        if (previous != null) {
            out.append('\n');
        }
        out.append(kind == Kind.PARAGRAPH ? "<p>" : kind == Kind.BULLETS ? "<ul>" : "<ol>");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (kind(line) != kind) {
                out.setLength(mark);
                return null;
            }
            String content = kind == Kind.PARAGRAPH ? line
                    : kind == Kind.BULLETS ? line.substring(2) : line.substring(line.indexOf(". ") + 2);
            if (kind == Kind.PARAGRAPH) {
                if (i > 0) {
                    out.append("<br />");
                }
            } else {
                out.append("<li>");
            }
            if (!inline(content, out)) {
                out.setLength(mark);
                return null;
            }
            if (kind != Kind.PARAGRAPH) {
                out.append("</li>");
            }
        }
        out.append(kind == Kind.PARAGRAPH ? "</p>" : kind == Kind.BULLETS ? "</ul>" : "</ol>");
        return kind;
    }

    /** A list item line ({@code - x}, or up to nine digits, {@code . } and x) or else a paragraph line. */
    private static Kind kind(String line) {
        if (line.startsWith("- ")) {
            return Kind.BULLETS;
        }
        int digits = 0;
        while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits <= 9 && line.startsWith(". ", digits)) {
            return Kind.NUMBERS;
        }
        return Kind.PARAGRAPH;
    }

    /** Appends the HTML of one line's text; false when it is not plain text with {@code **strong**} pairs. */
    private static boolean inline(String s, StringBuilder out) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ' || PlainText.startsWithMarker(s)) {
            return false;
        }
        boolean open = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '*') {
                // exactly two, with a letter or digit on the inner side: commonmark then pairs them as we do
                if (i + 1 >= n || s.charAt(i + 1) != '*' || i + 2 < n && s.charAt(i + 2) == '*') {
                    return false;
                }
                boolean inner = open ? i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))
                        : i + 2 < n && Character.isLetterOrDigit(s.charAt(i + 2));
                if (!inner) {
                    return false;
                }
                out.append(open ? "</strong>" : "<strong>");
                open = !open;
                i++;
            } else if (!PlainText.isPlainMarkdownChar(s, i)) {
                return false;
            } else if (c == '"') {
                out.append("&#34;");
            } else if (c == '\'') {
                out.append("&#39;");
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(s.charAt(++i));
                }
            }
        }
        return !open;
    }
}
