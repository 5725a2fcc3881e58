package dev.qbank.importers.notion;

import static dev.qbank.importers.SourceSpans.end;
import static dev.qbank.importers.SourceSpans.start;

import dev.qbank.importers.MarkdownPieces;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Delimited;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Removes emphasis markers from one line of inline Markdown and keeps every other character as written.
 *
 * <p>Notion writes bold and italic with {@code *} only, and its exports are often unbalanced
 * ({@code *****X*(R-CNN)...**}) or contain literal stars ({@code 1*1}). Rendering to text would lose characters,
 * regexes would guess. The rule, in three steps:
 * <ol>
 *   <li>Characters that are content, not markup, are protected (escaped) before parsing: a run of {@code *}
 *       between two ASCII letters or digits ({@code 1*1}, {@code a*b}: multiplication or a wildcard; {@code a**b}:
 *       Python's power; CommonMark applies the same intraword rule to {@code _}, and would otherwise let
 *       {@code a**b} close the {@code ***} around a whole question and drop its stars), and every {@code _}
 *       (Notion never emphasises with it, and {@code __init__} or {@code x_i} must survive).</li>
 *   <li>CommonMark's own delimiter algorithm decides which stars pair up; the stars an emphasis node consumed
 *       are markers.</li>
 *   <li>A run of stars is one delimiter run: when some of its stars were markers, the rest of the run is an
 *       artefact of unbalanced export and goes too. A run none of whose stars matched stays literal.</li>
 * </ol>
 * Everything else (code spans, links, escaped characters' text) is copied from the source, so the result is the
 * source minus markup. Backslash escapes outside code spans lose their backslash, as in CommonMark.
 */
public final class EmphasisStripper {
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of()) // one line of inline content: "# x" or "- x" is text here, not a block
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private EmphasisStripper() {
    }

    /** The text of {@code inline} without emphasis markers, every other character kept in order. */
    public static String strip(String inline) {
        if (!hasMarkupCharacter(inline)) {
            // nothing to protect, pair or unescape: the result is the input; skips a commonmark parse per title
            return inline;
        }
        Protected p = protect(inline);
        String e = p.text;
        boolean[] marker = new boolean[e.length()];
        boolean[] verbatim = new boolean[e.length()];
        mark(PARSER.parse(e), marker, verbatim);
        boolean[] escaper = escapers(e);
        extendToWholeRuns(e, escaper, marker);

        StringBuilder out = new StringBuilder(inline.length());
        for (int i = 0; i < e.length(); i++) {
            if (p.inserted[i] || marker[i]) {
                continue;
            }
            if (escaper[i] && !verbatim[i] && i + 1 < e.length() && !p.inserted[i + 1]) {
                continue; // the source's own backslash escape: markup, the escaped character follows
            }
            out.append(e.charAt(i));
        }
        return out.toString();
    }

    /** Whether {@code s} holds a character the steps below act on: an emphasis delimiter or a backslash. */
    private static boolean hasMarkupCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The input with content characters escaped; {@code inserted[i]} tells which backslashes we added. */
    private record Protected(String text, boolean[] inserted) {
    }

    private static Protected protect(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        StringBuilder flags = new StringBuilder(s.length() + 8);
        boolean literalRun = false; // inside a run of stars between two ASCII letters or digits
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            if (c == '*' && prev != '*') {
                literalRun = prev != '\\' && isAsciiAlnum(prev) && isAsciiAlnum(charAfterRun(s, i));
            }
            boolean literal = c == '*' ? literalRun : c == '_' && prev != '\\';
            if (literal) {
                b.append('\\');
                flags.append('1');
            }
            b.append(c);
            flags.append('0');
        }
        boolean[] inserted = new boolean[b.length()];
        for (int i = 0; i < inserted.length; i++) {
            inserted[i] = flags.charAt(i) == '1';
        }
        return new Protected(b.toString(), inserted);
    }

    /** The character after the run of stars starting at {@code i}, or a space at the end. */
    private static char charAfterRun(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == '*') {
            j++;
        }
        return j < s.length() ? s.charAt(j) : ' ';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Walks the inline tree without recursion: untrusted input can nest emphasis thousands deep. */
    private static void mark(Node root, boolean[] marker, boolean[] verbatim) {
        for (Node node = root; node != null; node = MarkdownPieces.nextInTree(node, root)) {
            if (node.getSourceSpans().isEmpty()) {
                continue;
            }
            if (node instanceof Emphasis || node instanceof StrongEmphasis) {
                int width = ((Delimited) node).getOpeningDelimiter().length();
                int start = start(node);
                int end = end(node);
                for (int i = 0; i < width; i++) {
                    marker[start + i] = true;
                    marker[end - 1 - i] = true;
                }
            } else if (node instanceof Code || node instanceof HtmlInline) {
                for (int i = start(node); i < end(node); i++) {
                    verbatim[i] = true;
                }
            }
        }
    }

    /** {@code escaper[i]}: the backslash at i escapes the next character (it is not itself escaped). */
    private static boolean[] escapers(String e) {
        boolean[] escaper = new boolean[e.length()];
        for (int i = 0; i < e.length(); i++) {
            if (e.charAt(i) == '\\' && (i == 0 || !escaper[i - 1]) && i + 1 < e.length()
                    && isAsciiPunctuation(e.charAt(i + 1))) {
                escaper[i] = true;
            }
        }
        return escaper;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static void extendToWholeRuns(String e, boolean[] escaper, boolean[] marker) {
        int i = 0;
        while (i < e.length()) {
            if (e.charAt(i) != '*' || (i > 0 && escaper[i - 1])) {
                i++;
                continue;
            }
            int j = i;
            boolean any = false;
            while (j < e.length() && e.charAt(j) == '*') {
                any |= marker[j];
                j++;
            }
            if (any) {
                for (int k = i; k < j; k++) {
                    marker[k] = true;
                }
            }
            i = j;
        }
    }
}
