package dev.qbank.importers;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lines of a bank as importers that read line by line see them, one output line per input line so that line
 * numbers stay the file's: each line says whether it is part of a fenced code block ({@link CodeFence}), so that
 * {@code 1. foo}, {@code # comment} or {@code Q: ...} inside code stays code, never a question, a heading or a
 * label; and a setext heading ({@code Title} underlined with {@code ===} or {@code ---}) reads as the ATX heading it
 * is ({@code # Title}, {@code ## Title}), its underline as a blank line.
 *
 * <p>A fence that no closing fence follows within {@value #MAX_CODE_LINES} lines is read as text: CommonMark would
 * make the rest of the file code, which in a bank means every later question silently lost to one answer because
 * a closing fence was forgotten.
 *
 * <p>A line is a setext heading's text when it is a paragraph of its own (first line, or after a blank line or a
 * heading), indented at most three spaces and opening no other block (a list item, a quote, a table row, HTML, a
 * heading, a fence), as Markdown renders it. A {@code ---} underline is also a rule, which plain-text banks put
 * between questions, often right under an answer's last line; it underlines a heading only when the text is
 * unindented, a blank line (or the end) follows, the text does not end a sentence ({@code 。.!;:}) and the
 * underline is at least half as wide as the text, as headings are written ({@code Optimisation\n------------});
 * {@code The answer.\n---} stays an answer and a rule.
 */
public final class MarkdownLines {
    /** Longer code blocks than this are not in question banks; the bound keeps a stray fence's look-ahead linear. */
    static final int MAX_CODE_LINES = 2000;
    /**
     * An ATX heading line as the line-by-line importers read it: group 1 its {@code #}s, group 2 its text without
     * the blanks and {@code #}s that close it. The text is runs of blanks and {@code #}s each followed by another
     * character, taken possessively: the lazy {@code (.*?)[ \t#]*$} it replaces tried the closing run at every
     * character, quadratic on a heading of {@code # # # …} (a fuzzed page took seconds on one line).
     */
    /** A line's text from here to its last character that is no blank: {@link #toLastCharNotIn} of {@code [ \t]}. */
    public static final String TO_LAST_NON_BLANK = toLastCharNotIn(" \\t");

    /**
     * A regular expression for a line's text from here to its last character not in {@code closing} (the inside of a
     * character class), for a pattern that ends in {@code [closing]*+$}: runs of closing characters each followed by
     * another character ({@code .} but no closing one), taken possessively. A lazy {@code (.*?)[closing]*$} tries the
     * closing run at every character, quadratic in a long run of blanks inside the line.
     */
    public static String toLastCharNotIn(String closing) {
        return "(?:[" + closing + "]*+[^" + closing + "\\n\\r\\u0085\\u2028\\u2029])*+";
    }
    public static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+((?:[ \\t#]*+[^ \\t#])*+)[ \\t#]*+$");
    private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(?:={2,}|-{2,})[ \\t]*");
    /** What opens another block than a paragraph: a bullet, a quote, a table row, HTML, a heading, a fence. */
    private static final Pattern OTHER_BLOCK =
            Pattern.compile(" {0,3}(?:[-*+•](?:[ \\t]|$)|[0-9]{1,9}[.)](?:[ \\t]|$)|[>|<#]|```|~~~)");
    private static final String SENTENCE_END = "。．.!！;；:：,，、";

    private final String text;
    /** Where the next line starts; past the end when none is left. */
    private int pos;
    private String line;
    private boolean code;
    private CodeFence open;
    /** The line before is blank, a heading or the start: the next line may be a one-line paragraph. */
    private boolean paragraphMayStart = true;
    private boolean underlineNext;

    /** @param text a bank's text with {@code \n} line ends (as {@link SourceDocument} has it) */
    public MarkdownLines(String text) {
        this.text = text;
    }

    /** Moves to the next line; false at the end. */
    public boolean next() {
        if (pos >= text.length()) {
            return false;
        }
        String l = lineAt(pos);
        pos = after(pos);
        if (underlineNext) {
            underlineNext = false;
            line = "";
            code = false;
            paragraphMayStart = true;
            return true;
        }
        line = l;
        if (open != null) {
            code = true;
            if (open.closedBy(l)) {
                open = null; // the closing fence, still part of the block
            }
        } else {
            CodeFence opening = CodeFence.opening(l);
            code = opening != null && closes(opening, pos);
            if (code) {
                open = opening;
            } else {
                int level = setextLevel(l);
                if (level > 0) {
                    line = "#".repeat(level) + " " + l.strip();
                    underlineNext = true;
                }
            }
        }
        // after a block's closing fence, as after a blank line or a heading, a paragraph may start
        paragraphMayStart = code ? open == null : l.isBlank() || line.stripLeading().startsWith("#");
        return true;
    }

    /** The current line, a setext heading rewritten as an ATX one. */
    public String line() {
        return line;
    }

    /** Whether the current line is a fence or inside a fenced code block. */
    public boolean code() {
        return code;
    }

    /**
     * The text with every line of code blanked and setext headings written as ATX ones, line for line: for
     * importers that scan the raw text with patterns when deciding how to read it, so that a {@code Q:} or
     * {@code ## 1.} in a code block does not count. The text itself when it has neither.
     */
    public static String forScanning(String text) {
        if (text.indexOf("```") < 0 && text.indexOf("~~~") < 0 && text.indexOf("==") < 0 && text.indexOf("--") < 0) {
            return text;
        }
        return scanned(text).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The lines as {@link #forScanning} has them, lazily: for a scan of the first lines of a large file. */
    public static Stream<String> scanned(String text) {
        MarkdownLines lines = new MarkdownLines(text);
        return Stream.generate(() -> lines.next() ? lines.code() ? "" : lines.line() : null)
                .takeWhile(Objects::nonNull);
    }

    /** Whether a line closing {@code fence} comes within {@link #MAX_CODE_LINES} lines from {@code from}. */
    private boolean closes(CodeFence fence, int from) {
        for (int p = from, n = 0; p < text.length() && n < MAX_CODE_LINES; p = after(p), n++) {
            if (fence.closedBy(lineAt(p))) {
                return true;
            }
        }
        return false;
    }

    /** 1 or 2 when {@code l} is the text of a setext heading whose underline comes next, else 0. */
    private int setextLevel(String l) {
        if (!paragraphMayStart || l.isBlank() || pos >= text.length()) {
            return 0;
        }
        String under = lineAt(pos);
        if (!UNDERLINE.matcher(under).matches() || indent(l) > 3 || OTHER_BLOCK.matcher(l).lookingAt()
                || AnswerLines.isRule(l)) {
            return 0;
        }
        String underline = under.strip();
        if (underline.charAt(0) == '=') {
            return 1;
        }
        int next = after(pos);
        boolean blankAfter = next >= text.length() || lineAt(next).isBlank();
        String title = l.strip();
        boolean endsSentence = SENTENCE_END.indexOf(title.charAt(title.length() - 1)) >= 0;
        return indent(l) == 0 && blankAfter && !endsSentence && 2 * underline.length() >= width(title) ? 2 : 0;
    }

    private String lineAt(int p) {
        int nl = text.indexOf('\n', p);
        return text.substring(p, nl < 0 ? text.length() : nl);
    }

    private int after(int p) {
        int nl = text.indexOf('\n', p);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** Columns as a monospaced editor shows them: a CJK character takes two. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return w;
    }

    private static int indent(String l) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == ' ') {
            n++;
        }
        return n < l.length() && l.charAt(n) == '\t' ? 4 : n;
    }
}
