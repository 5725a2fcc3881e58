package dev.qbank.importers.table;

import dev.qbank.model.DunderNames;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Delimited;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads a table cell's inline nodes as plain text: markup gone, every literal character kept. {@code <br>} becomes
 * a line break (tags are separated by it); other inline HTML is kept as written, since it may be a literal
 * {@code <T>} in a question about generics.
 */
final class CellText {
    static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    /** The tags of an HTML list, or a code span (left as written): group 1 the slash of a closing tag, 2 the name. */
    private static final Pattern LIST_TAG_OR_CODE = Pattern.compile("(?i)<(/?)(ul|ol|li)(?:\\s[^>]*)?>|(`+).*?\\3");

    /** The cell's plain text; {@code <br>} and line breaks as {@code \n}. */
    final String text;
    /** The first link's destination in the cell, or null. */
    final String firstUrl;

    private CellText(String text, String firstUrl) {
        this.text = text;
        this.firstUrl = firstUrl;
    }

    static CellText of(Node cell) {
        return of(cell, false);
    }

    /**
     * A question cell's text: as {@link #of}, but its code spans keep their backticks ({@code `volatile`}), as a
     * question's code spans do in qa, notion, numbered and chapters ({@code PlainMarkup.question}) and as an answer
     * cell keeps them. A tag, topic or header cell names something: there the backticks are no part of the name.
     */
    static CellText question(Node cell) {
        return of(cell, true);
    }

    private static CellText of(Node cell, boolean codeSpans) {
        StringBuilder sb = new StringBuilder();
        String[] url = {null};
        append(cell, sb, url, codeSpans);
        return new CellText(sb.toString(), url[0]);
    }

    private static void append(Node parent, StringBuilder sb, String[] url, boolean codeSpans) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(codeSpans ? codeSpan(c.getLiteral()) : c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (n instanceof HtmlInline h) {
                sb.append(BR.matcher(h.getLiteral()).matches() ? "\n" : h.getLiteral());
            } else if (n instanceof StrongEmphasis strong && isDunder(strong)) {
                // "__init__ 和 __new__ 的区别": Python's special names, not bold
                sb.append("__").append(((Text) strong.getFirstChild()).getLiteral()).append("__");
            } else if (n instanceof Delimited d && inMath(sb)) {
                // "$a*b*c$": the stars of a formula, which GFM reads as emphasis, are the formula's
                sb.append(d.getOpeningDelimiter());
                append(n, sb, url, codeSpans);
                sb.append(d.getClosingDelimiter());
            } else {
                if (n instanceof Link link && url[0] == null && !link.getDestination().isBlank()) {
                    url[0] = link.getDestination();
                }
                append(n, sb, url, codeSpans);
            }
        }
    }

    private static boolean isDunder(StrongEmphasis strong) {
        return "__".equals(strong.getOpeningDelimiter()) && strong.getFirstChild() instanceof Text t
                && t.getNext() == null && DunderNames.isDunderName(t.getLiteral());
    }

    /**
     * The code as a code span again: between runs of backticks longer than any inside it, with a space inside them
     * when it starts or ends with a backtick (CommonMark's own way to write such a span).
     */
    static String codeSpan(String code) {
        int longest = 0;
        for (int i = 0, run = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String ticks = "`".repeat(longest + 1);
        String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
        return ticks + pad + code + pad + ticks;
    }

    /** Whether the text ends inside a formula: an odd number of {@code $} or {@code $$} runs, escaped ones aside. */
    private static boolean inMath(CharSequence text) {
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                in = !in;
                i += i + 1 < text.length() && text.charAt(i + 1) == '$' ? 1 : 0;
            }
        }
        return in;
    }

    /**
     * A cell's Markdown with its HTML lists ({@code <ul><li>a</li><li>b</li></ul>}, besides {@code <br>} the only way
     * to write a list in one cell) as Markdown lists, an item a line, {@code <ol>} items numbered; the tags in code
     * spans stay.
     */
    static String htmlListsAsMarkdown(String cell) {
        if (cell.indexOf('<') < 0) {
            return cell;
        }
        Matcher m = LIST_TAG_OR_CODE.matcher(cell);
        StringBuilder sb = new StringBuilder(cell.length());
        int item = -1; // the last number of an open <ol>, -1 in a <ul> or outside lists
        while (m.find()) {
            if (m.group(2) == null) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                continue;
            }
            boolean opening = m.group(1).isEmpty();
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            String replacement = "";
            if (tag.equals("li")) {
                replacement = opening ? "\n" + (item < 0 ? "- " : ++item + ". ") : "";
            } else {
                item = opening && tag.equals("ol") ? 0 : -1;
                replacement = opening ? "" : "\n\n"; // text after the list is a paragraph, not its last item
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * One line: a run of whitespace holding a line break becomes one space, other runs of two or more spaces or
     * tabs one space, then stripped. Written as one pass instead of two {@code replaceAll}: it runs for every cell
     * of every row and was 27 CPU samples and 0.22 GB at 100k questions, the most of any table frame after parsing.
     */
    String oneLine() {
        return oneLine(text);
    }

    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isSpace(text.charAt(i))) {
                sb.append(text.charAt(i++));
                continue;
            }
            int end = i;
            boolean lineBreak = false;
            while (end < text.length() && isSpace(text.charAt(end))) {
                lineBreak |= text.charAt(end++) == '\n';
            }
            if (lineBreak) {
                sb.append(' ');
            } else {
                appendBlanksCollapsed(sb, text, i, end);
            }
            i = end;
        }
        return sb.toString().strip();
    }

    /** Copies text[from, to), a whitespace run without a line break, with runs of 2+ spaces/tabs as one space. */
    private static void appendBlanksCollapsed(StringBuilder sb, String text, int from, int to) {
        int k = from;
        while (k < to) {
            char c = text.charAt(k);
            int run = k;
            while (run < to && (text.charAt(run) == ' ' || text.charAt(run) == '\t')) {
                run++;
            }
            if (run - k >= 2) {
                sb.append(' ');
                k = run;
            } else {
                sb.append(c);
                k++;
            }
        }
    }

    /** The characters of regex {@code \s}: ASCII whitespace only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
