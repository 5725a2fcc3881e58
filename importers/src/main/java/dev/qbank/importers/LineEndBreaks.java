package dev.qbank.importers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML line break ending a line of Markdown ({@code …导致不收敛。<br>}, as CSDN and other blog editors save every
 * line): the line's end is already the line break, so the tag goes. Kept, it broke the line twice wherever the
 * Markdown is shown with its line ends as breaks (an Anki card: a {@code <br />} for the line end after the
 * {@code <br>}, an empty line under every line) and was a stray tag in a spreadsheet cell; the anki importer and
 * a table's cells already read {@code <br>} as the line end it stands for. A break inside a line, a line that is
 * only a break, and code (a fenced block, a line indented as an indented block) are left as written.
 */
public final class LineEndBreaks {
    /** The tag, maybe self-closed, with the blanks around it, at a line's end after text. */
    private static final Pattern AT_END = Pattern.compile("(?i)(?<=\\S)[ \\t]*<br[ \\t]*/?>[ \\t]*$");

    private LineEndBreaks() {
    }

    /** {@code markdown} without the breaks ending its lines (null stays null; the same string when none does). */
    public static String dropped(String markdown) {
        if (markdown == null || !mayHaveOne(markdown)) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        CodeFence open = null;
        boolean changed = false;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            String line = markdown.substring(start, end);
            if (open != null) {
                open = open.closedBy(line) ? null : open;
            } else if ((open = CodeFence.opening(line)) == null && !indentedCode(line)) {
                Matcher m = AT_END.matcher(line);
                if (m.find()) {
                    line = line.substring(0, m.start());
                    changed = true;
                }
            }
            out.append(line);
            if (end < markdown.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return changed ? out.toString() : markdown;
    }

    /** Whether the text holds a {@code <br} in any case (the fast path: most answers have none). */
    private static boolean mayHaveOne(String text) {
        for (int i = text.indexOf('<'); i >= 0 && i + 2 < text.length(); i = text.indexOf('<', i + 1)) {
            if ((text.charAt(i + 1) | 0x20) == 'b' && (text.charAt(i + 2) | 0x20) == 'r') {
                return true;
            }
        }
        return false;
    }

    /** A line indented four columns or more: code in an indented block, or too deep to tell; left as written. */
    private static boolean indentedCode(String line) {
        int columns = 0;
        for (int i = 0; i < line.length() && columns < 4; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else {
                break;
            }
        }
        return columns >= 4;
    }
}
