package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MarkdownPiecesTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private static void walk(Node n, List<String> out) {
        out.add(n.getClass().getSimpleName() + n.getSourceSpans());
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            walk(c, out);
        }
    }

    /** The outline and HTML of the pieces' top-level blocks, as one list, for comparison with the whole parse. */
    private static List<String> piecewise(String text, MarkdownPieces.Cut cut, int pieceChars) {
        List<String> out = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        MarkdownPieces.parse(PARSER, text, cut, pieceChars, piece -> {
            for (Node b = piece.getFirstChild(); b != null; b = b.getNext()) {
                walk(b, out);
                html.append(HTML.render(b));
            }
        });
        out.add(html.toString());
        return out;
    }

    private static List<String> whole(String text) {
        Node root = PARSER.parse(text);
        List<String> out = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        for (Node b = root.getFirstChild(); b != null; b = b.getNext()) {
            walk(b, out);
            html.append(HTML.render(b));
        }
        out.add(html.toString());
        return out;
    }

    @Test
    void cutsOnlyAtSafeBlockStartsOutsideOpenFencesAndComments() {
        String text = String.join("\n", "### 1. a", "", "para", "", "- item", "", "- item two", "", "```",
                "code", "", "not a cut", "```", "", "<!--", "", "still html", "-->", "", "Q1：next", "");
        List<Integer> candidates = MarkdownPieces.cuts(text, MarkdownPieces.Cut.BLOCKS, 1).stream()
                .map(c -> c[1] + 1).toList();
        // never before a list item, a fence or HTML; the lines inside the fence and the comment are candidates...
        assertThat(candidates).containsExactly(3, 12, 17, 20);
        // ...that the parsed pieces rule out: the piece before each would end in an open fence or comment
        List<Integer> pieceStarts = new ArrayList<>();
        MarkdownPieces.parse(PARSER, text, MarkdownPieces.Cut.BLOCKS, 1,
                piece -> pieceStarts.add(piece.getFirstChild().getSourceSpans().get(0).getLineIndex() + 1));
        assertThat(pieceStarts).containsExactly(1, 3, 20);
        assertThat(piecewise(text, MarkdownPieces.Cut.BLOCKS, 1)).isEqualTo(whole(text));
        assertThat(MarkdownPieces.cuts(text, MarkdownPieces.Cut.HEADINGS, 1)).isEmpty();
    }

    @Test
    void aFenceThatAnHtmlBlockSwallowedDoesNotMisleadTheCuts() {
        // found by the property below: "```" on line 2 belongs to the HTML block, so the "```" on line 10 opens a
        // fence that runs to the end, and "深度学习" is code, not a place to cut
        String text = "<br>\n```\n\n\n\n\n\n\n\n```\n\n深度学习\n";
        assertThat(piecewise(text, MarkdownPieces.Cut.BLOCKS, 1)).isEqualTo(whole(text));
    }

    @Test
    void aDocumentThatMayDefineALinkReferenceIsParsedWhole() {
        String text = "para [x]\n\nmore\n\n[x]: https://example.com\n";
        List<Node> pieces = new ArrayList<>();
        MarkdownPieces.parse(PARSER, text, MarkdownPieces.Cut.BLOCKS, 1, pieces::add);
        assertThat(pieces).hasSize(1);
    }

    @Test
    void headingCutsKeepAHeadingWithItsBody() {
        String text = "### 1. a\n\n**答案：** x\n\n### 2. b\n\n**答案：** y\n";
        List<int[]> cuts = MarkdownPieces.cuts(text, MarkdownPieces.Cut.HEADINGS, 1);
        assertThat(cuts).hasSize(1);
        assertThat(text.substring(cuts.get(0)[0])).startsWith("### 2. b");
        assertThat(cuts.get(0)[1]).isEqualTo(4);
    }

    /** Any document made of the blocks question banks hold: the pieces give the very tree the whole parse does. */
    @Property(tries = 1000)
    void piecesParseToTheWholeDocumentsTree(@ForAll("documents") String text,
            @ForAll @IntRange(min = 1, max = 60) int pieceChars) {
        List<String> whole = whole(text);
        assertThat(piecewise(text, MarkdownPieces.Cut.BLOCKS, pieceChars)).isEqualTo(whole);
        assertThat(piecewise(text, MarkdownPieces.Cut.HEADINGS, pieceChars)).isEqualTo(whole);
    }

    /**
     * With tables cut between rows, a piece that goes on with a table repeats its header: the same document then
     * gives the same header once, and the same rows (classes, spans, text) in the same order.
     */
    @Property(tries = 1000)
    void tableRowPiecesGiveTheSameRows(@ForAll("documents") String text,
            @ForAll @IntRange(min = 1, max = 60) int pieceChars) {
        List<String> whole = new ArrayList<>();
        flatten(PARSER.parse(text), new int[] {-1}, whole);
        List<String> pieces = new ArrayList<>();
        int[] lastHeader = {-1};
        MarkdownPieces.parse(PARSER, text, MarkdownPieces.Cut.BLOCKS_AND_TABLE_ROWS, pieceChars,
                piece -> flatten(piece, lastHeader, pieces));
        assertThat(pieces).isEqualTo(whole);
    }

    /** Top-level blocks as outlines with text; a table as its header (unless just seen) and its rows. */
    private static void flatten(Node root, int[] lastHeader, List<String> out) {
        for (Node b = root.getFirstChild(); b != null; b = b.getNext()) {
            if (!(b instanceof org.commonmark.ext.gfm.tables.TableBlock)) {
                lastHeader[0] = -1;
                walkWithText(b, out);
                continue;
            }
            int header = b.getSourceSpans().get(0).getInputIndex();
            for (Node part = b.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof org.commonmark.ext.gfm.tables.TableHead) {
                    if (header != lastHeader[0]) {
                        walkWithText(part, out);
                    }
                } else {
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        walkWithText(row, out);
                    }
                }
            }
            lastHeader[0] = header;
        }
    }

    private static void walkWithText(Node n, List<String> out) {
        out.add(n.getClass().getSimpleName() + n.getSourceSpans()
                + (n instanceof org.commonmark.node.Text t ? t.getLiteral() : ""));
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            walkWithText(c, out);
        }
    }

    @Test
    void aTableWhoseHeaderOnlyContinuesAParagraphIsNotCut() {
        // found by the property: "    a | b" is the header only as the paragraph's continuation; alone it is code
        String text = "深度学习\n    a | b\n| --- | --- |\n深度学习\n深度学习\na | b\na | b\n";
        List<String> whole = new ArrayList<>();
        flatten(PARSER.parse(text), new int[] {-1}, whole);
        for (int pieceChars = 1; pieceChars < text.length(); pieceChars++) {
            List<String> cut = new ArrayList<>();
            int[] lastHeader = {-1};
            MarkdownPieces.parse(PARSER, text, MarkdownPieces.Cut.BLOCKS_AND_TABLE_ROWS, pieceChars,
                    p -> flatten(p, lastHeader, cut));
            assertThat(cut).as("pieces of %d", pieceChars).isEqualTo(whole);
        }
    }

    @Test
    void aLongTableIsCutBetweenRowsWithItsHeaderRepeated() {
        StringBuilder text = new StringBuilder("# 题库\n\n| 题目 | 难度 |\n| --- | --- |\n");
        for (int i = 1; i <= 50; i++) {
            text.append("| [问题").append(i).append("](https://x.y/").append(i).append(") | 简单 |\n");
        }
        List<Node> pieces = new ArrayList<>();
        MarkdownPieces.parse(PARSER, text.toString(), MarkdownPieces.Cut.BLOCKS_AND_TABLE_ROWS, 200, pieces::add);
        assertThat(pieces).hasSizeGreaterThan(5);
        for (Node piece : pieces.subList(1, pieces.size())) {
            // every later piece is one table whose header is the original's, at line 3
            assertThat(piece.getFirstChild()).isInstanceOf(org.commonmark.ext.gfm.tables.TableBlock.class);
            assertThat(piece.getFirstChild().getSourceSpans().get(0).getLineIndex()).isEqualTo(2);
        }
        List<String> whole = new ArrayList<>();
        flatten(PARSER.parse(text.toString()), new int[] {-1}, whole);
        List<String> cut = new ArrayList<>();
        int[] lastHeader = {-1};
        pieces.forEach(p -> flatten(p, lastHeader, cut));
        assertThat(cut).isEqualTo(whole);
    }

    @Test
    void aBlockRunningOnPastManyPiecesIsParsedAboutTwiceNotOncePerPiece() {
        // A fence opened near the start and never closed: every place to cut is inside it, so every try misses.
        // Each try after a miss is at least twice as long, so the characters parsed stay within a few times the
        // text (trying every place would parse it about 2000 / 2 times over).
        StringBuilder text = new StringBuilder("# 标题\n\n```\n");
        for (int i = 0; i < 2000; i++) {
            text.append("代码行 ").append(i).append("\n\nparagraph ").append(i).append("\n\n");
        }
        long[] parsed = {0};
        List<Node> pieces = new ArrayList<>();
        MarkdownPieces.parse(t -> {
            parsed[0] += t.length();
            return PARSER.parse(t);
        }, text.toString(), MarkdownPieces.Cut.BLOCKS, 64, pieces::add);
        assertThat(parsed[0]).isLessThan(4L * text.length());
        List<String> cut = new ArrayList<>();
        for (Node piece : pieces) {
            for (Node b = piece.getFirstChild(); b != null; b = b.getNext()) {
                walk(b, cut);
            }
        }
        List<String> whole = whole(text.toString());
        assertThat(cut).isEqualTo(whole.subList(0, whole.size() - 1));
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> word = Arbitraries.of("深度学习", "梯度", "SGD", "**粗体**", "*斜体*", "`code`", "[链接](http://x.y)",
                "<br>", "![图](a.png)", "a | b", "Q1：什么是", "1.", "2)", "-", "*", "+", ">", "#", "###", "```", "~~~",
                "<!--", "-->", "<pre>", "</pre>", "<div>", "---", "===", "|", "    ", "\t", "[x]", "\\", "| --- | --- |",
                "-|-", "| a | b |", "|", "| 问题 |");
        Arbitrary<String> line = word.list().ofMinSize(0).ofMaxSize(4).map(ws -> String.join(" ", ws));
        Arbitrary<String> indent = Arbitraries.of("", "", "", " ", "  ", "   ", "    ");
        Arbitrary<String> indentedLine = net.jqwik.api.Combinators.combine(indent, line).as((i, l) -> i + l);
        return indentedLine.list().ofMinSize(1).ofMaxSize(30).map(ls -> String.join("\n", ls) + "\n");
    }
}
