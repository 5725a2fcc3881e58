package dev.qbank.importers;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * HTML character references ({@code &amp;}, {@code &#039;}, {@code &eacute;}) as the characters they stand for: in an
 * Anki field's HTML, and in the plain text of a JSON field scraped from a web page or an API (OpenTDB's
 * {@code "What is &quot;Doge&quot;?"}). A name HTML does not know stays as written.
 */
public final class HtmlEntities {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    /** The spaces HTML names are a plain space in a bank, whose text is not laid out by a browser. */
    private static final Map<String, String> COMMON = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ensp", " ", "emsp", " ", "thinsp", " ");
    /** CommonMark decodes every HTML5 named reference: its parser is the table (one reference at a time). */
    private static final Parser MARKDOWN = Parser.builder().build();

    private HtmlEntities() {
    }

    /** Whether {@code s} holds a character reference. */
    public static boolean in(String s) {
        return s.indexOf('&') >= 0 && ENTITY.matcher(s).find();
    }

    public static String decode(String s) {
        return decode(s, false);
    }

    private static String decode(String s, boolean keepLessThan) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String c = character(m.group(1), m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(keepLessThan && c.equals("<") ? m.group() : c));
        }
        return m.appendTail(sb).toString();
    }

    /**
     * {@code text} with its references decoded when it is plain text, as a scraper or an API writes a field
     * ({@code "Who wrote &quot;Dune&quot;?"}); as it is when it holds markup, Markdown or HTML, which reads its own
     * references (and in whose code, {@code `a &lt; b`}, a reference is what is written).
     */
    public static String decodeInPlainText(String text) {
        if (text == null || !in(text) || !isPlain(MARKDOWN.parse(text))) {
            return text;
        }
        String decoded = decode(text);
        // "the &lt;div&gt; tag" decoded is a tag to every Markdown reader of the bank, which an export would drop:
        // there the less-than signs stay references, which Markdown shows as the '<' they are
        return isPlain(MARKDOWN.parse(decoded)) ? decoded : decode(text, true);
    }

    /** Whether a parsed text is nothing but paragraphs of text and line breaks. */
    private static boolean isPlain(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Paragraph)) {
                return false;
            }
            for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
                if (!(inline instanceof Text || inline instanceof SoftLineBreak || inline instanceof HardLineBreak)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String character(String name, String reference) {
        if (name.charAt(0) == '#') {
            int cp;
            try {
                cp = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
            } catch (NumberFormatException tooBig) {
                cp = -1;
            }
            return Character.isValidCodePoint(cp) && cp != 0 && !Character.isSurrogate((char) cp)
                    ? new String(Character.toChars(cp)) : "\uFFFD";
        }
        String common = COMMON.get(name.toLowerCase(Locale.ROOT));
        if (common != null) {
            return common;
        }
        Node paragraph = MARKDOWN.parse(reference).getFirstChild();
        return paragraph instanceof Paragraph && paragraph.getFirstChild() instanceof Text t
                && t.getNext() == null ? t.getLiteral() : reference;
    }
}
