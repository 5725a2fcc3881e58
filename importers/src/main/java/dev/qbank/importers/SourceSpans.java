package dev.qbank.importers;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Where a commonmark node stands in the text it was parsed from (the parser was asked for source spans): the
 * importers that walk a tree cut their questions and answers out of the source, as written, rather than render
 * the nodes back, so an answer keeps its own Markdown.
 */
public final class SourceSpans {
    private SourceSpans() {
    }

    /** Offset of the node's first character. */
    public static int start(Node n) {
        return n.getSourceSpans().get(0).getInputIndex();
    }

    /** Offset just past the node's last character. */
    public static int end(Node n) {
        return endOf(n.getSourceSpans().get(n.getSourceSpans().size() - 1));
    }

    /** Offset just past a span. */
    public static int endOf(SourceSpan span) {
        return span.getInputIndex() + span.getLength();
    }

    /** The source of a node's inline content (a heading's text without its '#', a link's text), or "". */
    public static String inlineSource(String text, Node n) {
        Node first = n.getFirstChild();
        Node last = n.getLastChild();
        if (first == null || first.getSourceSpans().isEmpty() || last.getSourceSpans().isEmpty()) {
            return "";
        }
        return text.substring(start(first), end(last));
    }
}
