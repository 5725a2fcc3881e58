package dev.qbank.importers;

/**
 * A fenced code block's opening or closing line ({@code ```} or {@code ~~~}), as CommonMark reads them: three or
 * more backticks or tildes; a backtick fence's info string has no backtick; a block closes at a fence of the same
 * character at least as long with nothing after it. Unlike CommonMark a fence may be indented any amount: a
 * line-based importer does not know the list item whose content it is indented to. {@link MarkdownLines} keeps
 * the state.
 *
 * @param marker {@code `} or {@code ~}
 * @param length how many of them open the block
 */
public record CodeFence(char marker, int length) {
    /** The fence {@code line} opens, or null when it opens none. */
    public static CodeFence opening(String line) {
        int i = indent(line);
        char c = i < line.length() ? line.charAt(i) : 0;
        if (c != '`' && c != '~') {
            return null;
        }
        int run = run(line, i, c);
        if (run < 3 || c == '`' && line.indexOf('`', i + run) >= 0) {
            return null;
        }
        return new CodeFence(c, run);
    }

    /** Whether {@code line} closes this block. */
    public boolean closedBy(String line) {
        int i = indent(line);
        int run = run(line, i, marker);
        return run >= length && line.substring(i + run).isBlank();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int run(String line, int from, char c) {
        int n = 0;
        while (from + n < line.length() && line.charAt(from + n) == c) {
            n++;
        }
        return n;
    }
}
