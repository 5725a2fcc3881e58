package dev.qbank.importers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image link whose path keeps its spaces ({@code ![kernel](Notes 1a2b/conv stride.png)}), as a maintainer types
 * it or Typora saves it: CommonMark reads no image there (a link destination holds no space outside angle brackets),
 * so the picture stayed a line of text, was never copied into the bank and no warning said so. When the path ends in
 * a picture's extension its spaces are written {@code %20}, as Notion exports them, and it is the image it was meant
 * to be. A link with a title ({@code "…"}) or in angle brackets is left as written.
 */
public final class SpacedImageLinks {
    /** An image link up to the first {@code )}: its opening (group 1) and destination (group 2), checked by hand. */
    private static final Pattern LINK = Pattern.compile("(!\\[[^\\]\\n]*+\\]\\([ \\t]*+)([^()<>\\n\"]++)\\)");
    /** A picture's file name extension ending a path. */
    private static final Pattern PICTURE = Pattern.compile("(?i)\\.(?:png|jpe?g|gif|webp|svg|bmp|avif|tiff?)$");

    private SpacedImageLinks() {
    }

    /** The text with the spaces of such image paths written {@code %20}; the same string when it has none. */
    public static String encoded(String text) {
        if (text == null || !text.contains("![")) {
            return text;
        }
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = null;
        do {
            String path = m.group(2).stripTrailing();
            if (path.indexOf(' ') < 0 && path.indexOf('\t') < 0 || !PICTURE.matcher(path).find()) {
                continue; // no space inside, or not a picture's path: an image already, or some other text
            }
            out = out == null ? new StringBuilder() : out;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + path.replace(" ", "%20")
                    .replace("\t", "%09") + ")"));
        } while (m.find());
        if (out == null) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The document with its spaced image paths encoded (lines and their count unchanged). */
    public static SourceDocument document(SourceDocument doc) {
        String text = encoded(doc.text());
        return text == doc.text() ? doc : new SourceDocument(doc.file(), doc.path(), text, doc.bytes(), doc.sha256(),
                doc.binary(), doc.encoding());
    }
}
