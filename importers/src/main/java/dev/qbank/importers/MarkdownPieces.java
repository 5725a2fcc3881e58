package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * Parses a long Markdown document a piece at a time, each piece giving exactly the top-level blocks the whole
 * document would, with source spans that are positions in the whole text.
 *
 * <p>Why: an importer walks the syntax tree while it emits questions, so a whole-file tree of a 24 MB source lives
 * for seconds, long enough to be promoted to the old generation, where it dies; at a million questions that was
 * most of the garbage the collector had to clear with full collections, and a third of the import's CPU went to
 * collecting. A piece of about {@value #PIECE_CHARS} characters dies young.
 *
 * <p>A piece starts only where a new top-level block must start whatever came before: at the start of a line,
 * after a blank line, at column 0, with a character that cannot continue a list or open a container or a block
 * that spans blank lines (not a list marker, {@code >}, {@code |}, {@code <}, a fence character or whitespace), and
 * only if the piece before it, parsed, does not end in a fenced code block or an HTML block of the kinds that span
 * blank lines (script, pre, style, textarea, comments, processing instructions, declarations, CDATA) still open:
 * every other block ends at that blank line or at that column-0 line. A document that may define a link reference
 * is parsed whole, since a definition anywhere applies everywhere.
 */
public final class MarkdownPieces {
    /**
     * Characters a piece holds at least (unless the document ends first). Small, so that a piece's tree stays in the
     * processor's cache while it is built, shifted and walked: reading a 20k-question file (ImporterBenchmark, best
     * of 16 one-second runs) took 224-227 / 282-283 / 199-226 ms (notion / table / qa) in pieces of 256k
     * characters, 167-173 / 164-184 / 142-149 ms in pieces of 8k, and no less in pieces of 2k or 4k.
     */
    static final int PIECE_CHARS = 1 << 13;
    /** {@link #PIECE_CHARS}, which tests lower to cut the small fixtures too (tests run one at a time). */
    static volatile int pieceChars = PIECE_CHARS;

    /** Where a piece may start. */
    public enum Cut {
        /** At any block start that is safe (see the class comment). */
        BLOCKS,
        /** Only at safe ATX headings ({@code # ...}): for importers that look ahead from a heading to its body. */
        HEADINGS,
        /**
         * As {@link #BLOCKS}, and also between two rows of a table: the next piece then starts with that table's
         * header and delimiter rows again (their spans are the originals'), so a reader sees a table whose header
         * span it has seen before and takes it as the rest of that table.
         */
        BLOCKS_AND_TABLE_ROWS
    }

    /** A line that could be a link reference definition ({@code [label]: ...}), indented up to three spaces. */
    private static final Pattern MAYBE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\n]*\\]:");
    /** A list item's marker: a bullet or up to nine digits and {@code .} or {@code )}, then a space, tab or end. */
    private static final Pattern LIST_MARKER = Pattern.compile("(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]|$)");
    private static final Pattern HEADING_START = Pattern.compile("#{1,6}(?:[ \\t]|$)");
    private static final Pattern LONG_HTML_BLOCK = Pattern.compile(
            " {0,3}<(?:(?i:script|pre|style|textarea)(?:[\\s>].*)?|!--.*|\\?.*|![A-Za-z].*|!\\[CDATA\\[.*)");

    private MarkdownPieces() {
    }

    /**
     * Parses {@code text} piece by piece and hands each piece's document node to {@code each}, in order. Nodes'
     * source spans (line, input index) refer to {@code text}, as if it had been parsed whole.
     */
    public static void parse(Parser parser, String text, Cut cut, Consumer<Node> each) {
        parse(parser, text, cut, pieceChars, each);
    }

    static void parse(Parser parser, String text, Cut cut, int pieceChars, Consumer<Node> each) {
        parse(parser::parse, text, cut, pieceChars, each);
    }

    /** {@link #parse(Parser, String, Cut, Consumer)} with any parse function (tests count the parses). */
    static void parse(Function<String, Node> parser, String text, Cut cut, int pieceChars, Consumer<Node> each) {
        if (text.length() <= pieceChars || MAYBE_DEFINITION.matcher(text).find()) {
            each.accept(parser.apply(text));
            return;
        }
        int from = 0;
        int fromLine = 0;
        int atLeast = pieceChars; // the length the next piece must reach: doubled after each miss
        String prefix = ""; // a cut table's header and delimiter rows, repeated at the start of the next piece
        int prefixAt = 0;
        int prefixLine = 0;
        for (int[] at : cuts(text, cut, pieceChars)) {
            if (at[0] - from < atLeast) {
                continue;
            }
            String pieceText = prefix + text.substring(from, at[0]);
            Node piece = parser.apply(pieceText);
            boolean betweenRows = at[2] == ROW;
            String header = betweenRows ? header(parser, piece, pieceText) : "";
            if (betweenRows ? header == null : endsOpen(piece)) {
                // A fenced code block or a long HTML block runs on past this line (the line scan does not follow
                // them), or the line is not the next row of a table: a longer piece, at least twice this one, so
                // that a block running on for many pieces (or to the end) costs at most about two parses of it.
                atLeast = 2 * (at[0] - from);
                continue;
            }
            atLeast = pieceChars;
            shifted(piece, new Shift(prefix.length(), prefixAt, prefixLine, from, fromLine));
            each.accept(piece);
            if (betweenRows) {
                SourceSpan headerRow = piece.getLastChild().getSourceSpans().get(0); // shifted: in the whole text
                prefixAt = text.lastIndexOf('\n', headerRow.getInputIndex() - 1) + 1;
                prefixLine = headerRow.getLineIndex();
            }
            prefix = header;
            from = at[0];
            fromLine = at[1];
        }
        Node rest = parser.apply(prefix + text.substring(from));
        shifted(rest, new Shift(prefix.length(), prefixAt, prefixLine, from, fromLine));
        each.accept(rest);
    }

    /** A cut after a blank line, or between two table rows. */
    private static final int BLOCK = 0;
    private static final int ROW = 1;

    /**
     * For a cut between rows: the header and delimiter lines of the table the piece ends with, to start the next
     * piece with; null unless the piece ends with a table whose last row is its last line, and those two lines
     * parse as that table on their own (a header line that was a paragraph's continuation, indented four spaces
     * say, would not).
     */
    private static String header(Function<String, Node> parser, Node piece, String pieceText) {
        if (!(piece.getLastChild() instanceof TableBlock table) || table.getSourceSpans().size() < 3) {
            return null;
        }
        List<SourceSpan> spans = table.getSourceSpans();
        SourceSpan last = spans.get(spans.size() - 1);
        if (last.getInputIndex() + last.getLength() != pieceText.length() - 1) {
            return null;
        }
        int start = pieceText.lastIndexOf('\n', spans.get(0).getInputIndex() - 1) + 1;
        String header = pieceText.substring(start, spans.get(1).getInputIndex() + spans.get(1).getLength()) + "\n";
        Node alone = parser.apply(header);
        return alone.getFirstChild() instanceof TableBlock && alone.getFirstChild() == alone.getLastChild()
                && alone.getFirstChild().getSourceSpans().size() == 2 ? header : null;
    }

    /**
     * Whether the piece's last top-level block could go on in the next piece: an unclosed fenced code block, or an
     * HTML block of a kind that spans blank lines without its end. Every other block ends at the blank line before
     * a place {@link #cuts} gives, or at its column-0 line (lists and quotes).
     */
    static boolean endsOpen(Node piece) {
        Node last = piece.getLastChild();
        if (last instanceof FencedCodeBlock fence) {
            return fence.getClosingFenceLength() == null;
        }
        if (last instanceof HtmlBlock html) {
            String literal = html.getLiteral();
            int nl = literal.indexOf('\n');
            String first = nl < 0 ? literal : literal.substring(0, nl);
            if (!LONG_HTML_BLOCK.matcher(first).matches()) {
                return false;
            }
            String end = htmlEnd(first);
            return literal.toLowerCase(Locale.ROOT).indexOf(end, first.indexOf('<') + 2) < 0;
        }
        return false;
    }

    /**
     * Places a piece may start, by the line rules of the class comment: {index in text, line index} each, in order,
     * at least {@code pieceChars} apart. Whether a fence or a long HTML block is open there is checked on the
     * parsed piece ({@link #endsOpen}), not here.
     */
    static List<int[]> cuts(String text, Cut cut, int pieceChars) {
        List<int[]> cuts = new ArrayList<>();
        int pieceStart = 0;
        boolean previousBlank = false;
        boolean previousRow = false;
        int line = 0;
        for (int start = 0; start < text.length(); line++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            // One look at the line, without copying it (this runs over every line of every long source).
            int nonSpace = 0;
            boolean pipe = false;
            for (int i = start; i < end; i++) {
                char ch = text.charAt(i);
                if (!Character.isWhitespace(ch)) {
                    nonSpace++;
                    pipe |= ch == '|';
                }
            }
            // a line a table would take as its next row: one with a pipe, other than a pipe alone
            boolean row = cut == Cut.BLOCKS_AND_TABLE_ROWS && pipe && nonSpace > 1;
            if (start - pieceStart >= pieceChars) {
                if (previousBlank && mayStartPiece(text, start, end, cut)) {
                    cuts.add(new int[] {start, line, BLOCK});
                    pieceStart = start;
                } else if (previousRow && row) {
                    cuts.add(new int[] {start, line, ROW});
                    pieceStart = start;
                }
            }
            previousBlank = nonSpace == 0;
            previousRow = row;
            start = end + 1;
        }
        return cuts;
    }

    private static boolean mayStartPiece(String text, int start, int end, Cut cut) {
        if (start == end) {
            return false;
        }
        String line = text.substring(start, Math.min(end, start + 16)); // enough for any marker
        char c = line.charAt(0);
        if (cut == Cut.HEADINGS) {
            return c == '#' && HEADING_START.matcher(line).lookingAt();
        }
        return !Character.isWhitespace(c) && "><|`~=".indexOf(c) < 0 && !LIST_MARKER.matcher(line).lookingAt();
    }

    private static String htmlEnd(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("<!--")) {
            return "-->";
        }
        if (s.startsWith("<?")) {
            return "?>";
        }
        if (s.startsWith("<![cdata[")) {
            return "]]>";
        }
        if (s.startsWith("<!")) {
            return ">";
        }
        for (String tag : new String[] {"script", "pre", "style", "textarea"}) {
            if (s.startsWith("<" + tag)) {
                return "</" + tag + ">";
            }
        }
        throw new IllegalStateException("not a long HTML block: " + line);
    }

    /**
     * Where a piece's positions are in the whole text: the first {@code prefixLength} characters (two lines) are a
     * cut table's header and delimiter rows, found at {@code prefixAt} (line {@code prefixLine}); the rest starts at
     * {@code from} (line {@code fromLine}).
     */
    private record Shift(int prefixLength, int prefixAt, int prefixLine, int from, int fromLine) {
        SourceSpan of(SourceSpan s) {
            boolean inPrefix = s.getInputIndex() < prefixLength;
            int input = inPrefix ? prefixAt + s.getInputIndex() : from + s.getInputIndex() - prefixLength;
            int lines = prefixLength == 0 ? 0 : 2;
            int line = inPrefix ? prefixLine + s.getLineIndex() : fromLine + s.getLineIndex() - lines;
            return SourceSpan.of(line, s.getColumnIndex(), input, s.getLength());
        }
    }

    /** Moves every node's spans of {@code piece} to their places in the whole text. */
    private static void shifted(Node piece, Shift shift) {
        if (shift.prefixLength() == 0 && shift.from() == 0) {
            return;
        }
        for (Node n = piece; n != null; n = nextInTree(n, piece)) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                continue;
            }
            List<SourceSpan> moved = new ArrayList<>(spans.size());
            for (SourceSpan s : spans) {
                moved.add(shift.of(s));
            }
            n.setSourceSpans(moved);
        }
    }

    /** Depth-first successor of {@code node} inside {@code root}, or null at the end. */
    public static Node nextInTree(Node node, Node root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node x = node; x != null && x != root; x = x.getParent()) {
            if (x.getNext() != null) {
                return x.getNext();
            }
        }
        return null;
    }
}
