package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * HTML headings written on a line of their own ({@code <h3 id="adam">3. How does Adam work?</h3>}), as GitHub READMEs
 * write them to centre a title or give it an anchor: rewritten as the ATX heading they show
 * ({@code ### 3. How does Adam work?}), tags inside the title dropped, so that an importer reading headings reads
 * them too. Line numbers do not change (only the heading's own line is rewritten). Only headings commonmark sees
 * as an HTML block count, so one shown in a code block stays as written.
 */
public final class HtmlHeadings {
    /** A cheap test before parsing: some line opens with a heading tag. */
    private static final Pattern MAYBE = Pattern.compile("(?im)^ {0,3}<h[1-6][\\s>]");
    private static final Pattern HEADING = Pattern.compile("(?is) {0,3}<h([1-6])(?:\\s[^>]*)?>([^\\n]*?)</h\\1\\s*>[ \\t]*");
    /** A tag; it holds no {@code <}, so a run of them is no search from each to the line's end. */
    private static final Pattern TAG = Pattern.compile("<[^<>\\n]*+>");

    private HtmlHeadings() {
    }

    /** {@code text} with its HTML heading lines as ATX headings; the same string when it has none. */
    public static String asAtx(Parser parser, String text) {
        // indexOf first: a plain search, much faster than a multi-line regex over a big source without such tags
        if (text.indexOf("<h") < 0 && text.indexOf("<H") < 0 || !MAYBE.matcher(text).find()) {
            return text;
        }
        List<int[]> lines = new ArrayList<>(); // start, end of each heading line
        MarkdownPieces.parse(parser, text, MarkdownPieces.Cut.BLOCKS, piece -> {
            for (Node n = piece.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof HtmlBlock && !n.getSourceSpans().isEmpty()) {
                    // its first line: text right below the heading (no blank line) is in the same HTML block
                    SourceSpan span = n.getSourceSpans().get(0);
                    lines.add(new int[] {span.getInputIndex(), span.getInputIndex() + span.getLength()});
                }
            }
        });
        StringBuilder out = null;
        int at = 0;
        for (int[] line : lines) {
            Matcher m = HEADING.matcher(text).region(line[0], line[1]);
            if (!m.matches()) {
                continue;
            }
            String title = TAG.matcher(m.group(2)).replaceAll("").strip();
            if (title.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, at, line[0]).append("#".repeat(m.group(1).charAt(0) - '0')).append(' ').append(title);
            at = line[1];
        }
        return out == null ? text : out.append(text, at, text.length()).toString();
    }

    /** {@code doc} with its HTML heading lines as ATX headings (the document itself when it has none). */
    public static SourceDocument document(Parser parser, SourceDocument doc) {
        String text = asAtx(parser, doc.text());
        return text == doc.text() ? doc : new SourceDocument(doc.file(), doc.path(), text, doc.bytes(), doc.sha256(),
                doc.binary());
    }
}
