package dev.qbank.importers.table;

import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Reads a table cell's inline nodes as plain text: markup gone, every literal character kept. {@code <br>} becomes
 * a line break (tags are separated by it); other inline HTML is kept as written, since it may be a literal
 * {@code <T>} in a question about generics.
 */
final class CellText {
    static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    /** The cell's plain text; {@code <br>} and line breaks as {@code \n}. */
    final String text;
    /** The first link's destination in the cell, or null. */
    final String firstUrl;

    private CellText(String text, String firstUrl) {
        this.text = text;
        this.firstUrl = firstUrl;
    }

    static CellText of(Node cell) {
        StringBuilder sb = new StringBuilder();
        String[] url = {null};
        append(cell, sb, url);
        return new CellText(sb.toString(), url[0]);
    }

    private static void append(Node parent, StringBuilder sb, String[] url) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (n instanceof HtmlInline h) {
                sb.append(BR.matcher(h.getLiteral()).matches() ? "\n" : h.getLiteral());
            } else {
                if (n instanceof Link link && url[0] == null && !link.getDestination().isBlank()) {
                    url[0] = link.getDestination();
                }
                append(n, sb, url);
            }
        }
    }

    /** One line: breaks become spaces, runs of spaces one space. */
    String oneLine() {
        return text.replaceAll("\\s*\\n\\s*", " ").replaceAll("[ \\t]{2,}", " ").strip();
    }
}
