package dev.qbank.importers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * Notion's callouts as its Markdown export writes them: an {@code <aside>} tag, the icon and text, Markdown blocks,
 * then {@code </aside>}, each tag on its own line. CommonMark reads the first line as raw HTML and the rest as
 * Markdown, so an answer would keep the tags and the first paragraph would never be read as Markdown (nor as a
 * question). {@link #of} takes the tags out of the text (every line stays, so line numbers do not change) and says
 * where each callout's content lies in the text without them; an importer then quotes that content
 * ({@link #asQuote}), as the page shows a callout boxed apart from the text.
 *
 * <p>Only tags commonmark sees as HTML blocks count, so an {@code <aside>} shown in a code block is left alone; so is
 * a tag without its partner, and the tags of a callout inside another (the outer one is quoted as a whole).
 */
public final class AsideCallouts {
    /** A document without callouts: its text unchanged. */
    public static final AsideCallouts NONE = new AsideCallouts(null, List.of());

    /** A cheap test before parsing: some line opens with an aside tag. */
    private static final Pattern MAYBE = Pattern.compile("(?im)^[ \\t]*<aside[\\s>]");
    private static final Pattern TAG = Pattern.compile("(?i)<aside(?:\\s[^>]*)?>|</aside\\s*>");
    /**
     * An icon opening a callout's text: emoji (symbols, with their variation selectors, skin tones and joiners),
     * then spaces.
     */
    private static final Pattern ICON = Pattern.compile(
            "[ \\t]*\\p{So}[\\p{So}\\x{FE0F}\\x{200D}\\x{20E3}\\x{1F3FB}-\\x{1F3FF}]*[ \\t]*");

    /** A callout's content in the text without tags: from where {@code <aside>} was to where {@code </aside>} was. */
    public record Region(int start, int end) {
        public boolean contains(int index) {
            return index >= start && index < end;
        }
    }

    private final String text;
    private final List<Region> regions;

    private AsideCallouts(String text, List<Region> regions) {
        this.text = text;
        this.regions = regions;
    }

    /** The callouts of {@code text}, read with {@code parser} (the importer's own, so both see the same blocks). */
    public static AsideCallouts of(Parser parser, String text) {
        // indexOf first: a plain search, much faster than a multi-line regex over a big source without callouts
        if (text.indexOf("<aside") < 0 && text.indexOf("<ASIDE") < 0 || !MAYBE.matcher(text).find()) {
            return NONE;
        }
        List<int[]> tags = new ArrayList<>(); // start, end, 1 for an opening tag
        MarkdownPieces.parse(parser, text, MarkdownPieces.Cut.BLOCKS, piece -> {
            for (Node n = piece; n != null; n = MarkdownPieces.nextInTree(n, piece)) {
                if (n instanceof HtmlBlock && !n.getSourceSpans().isEmpty()) {
                    List<SourceSpan> spans = n.getSourceSpans();
                    SourceSpan last = spans.get(spans.size() - 1);
                    Matcher m = TAG.matcher(text).region(spans.get(0).getInputIndex(),
                            last.getInputIndex() + last.getLength());
                    while (m.find()) {
                        tags.add(new int[] {m.start(), m.end(), m.group().charAt(1) == '/' ? 0 : 1});
                    }
                }
            }
        });
        // pair them: an outermost opening tag with the closing tag that ends it
        List<int[]> pairs = new ArrayList<>(); // open start, open end, close start, close end
        Deque<int[]> open = new ArrayDeque<>();
        for (int[] tag : tags) {
            if (tag[2] == 1) {
                open.push(tag);
            } else if (!open.isEmpty()) {
                int[] opening = open.pop();
                if (open.isEmpty()) {
                    pairs.add(new int[] {opening[0], opening[1], tag[0], tag[1]});
                }
            }
        }
        if (pairs.isEmpty()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Region> regions = new ArrayList<>();
        int at = 0;
        for (int[] p : pairs) {
            out.append(text, at, p[0]);
            int start = out.length();
            out.append(text, tagEnd(text, p[1]), p[2]);
            regions.add(new Region(start, out.length()));
            at = tagEnd(text, p[3]);
        }
        out.append(text, at, text.length());
        return new AsideCallouts(out.toString(), List.copyOf(regions));
    }

    /** After a tag: the spaces that follow it on its line go with it, so that a tag alone leaves an empty line. */
    private static int tagEnd(String text, int end) {
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return end;
    }

    /** {@code doc} with the text without the callouts' tags (the document itself when it has none). */
    public SourceDocument document(SourceDocument doc) {
        return text == null ? doc : new SourceDocument(doc.file(), doc.path(), text, doc.bytes(), doc.sha256(),
                doc.binary());
    }

    /** The callout whose content holds {@code index}, if any. */
    public Optional<Region> at(int index) {
        int lo = 0;
        int hi = regions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Region r = regions.get(mid);
            if (index < r.start()) {
                hi = mid - 1;
            } else if (index >= r.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Where the text after a callout's icon ({@code 💡 }, {@code ⚠️ }) starts in {@code s} from {@code from}. */
    public static int afterIcon(String s, int from, int to) {
        Matcher m = ICON.matcher(s).region(from, to);
        return m.lookingAt() ? m.end() : from;
    }

    /** Markdown as a block quote: {@code > } before every line, a lone {@code >} for a blank one. */
    public static String asQuote(String markdown) {
        return markdown.lines().map(l -> l.isBlank() ? ">" : "> " + l).collect(Collectors.joining("\n"));
    }
}
