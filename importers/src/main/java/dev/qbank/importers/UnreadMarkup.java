package dev.qbank.importers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Markup languages doc sites are written in that qbank does not read (reStructuredText for Sphinx, AsciiDoc), and an
 * Org file with no cards: a file nothing recognises is refused saying which it is and how to turn it into Markdown,
 * which qbank reads, instead of only listing the formats it knows.
 */
final class UnreadMarkup {
    /** A Sphinx directive ({@code .. topic::}, {@code .. code-block:: python}) at a line's start. */
    private static final Pattern RST = Pattern.compile("(?m)^\\.\\. [a-z][a-z-]*::");
    /** AsciiDoc's document title or block attributes ({@code = Title}, {@code [qanda]}, {@code :toc: left}). */
    private static final Pattern ADOC = Pattern.compile("(?m)^(?:= \\S.*\\n(?::[a-z-]+:.*\\n)+|\\[(?:qanda|glossary|"
            + "horizontal|source(?:,[^\\]]*)?)\\]$)");
    /** An Org file's settings or headings ({@code #+TITLE:}, {@code * Heading}). */
    private static final Pattern ORG = Pattern.compile("(?m)^#\\+[A-Za-z_]+:");
    private static final int HEAD = 8192;

    private UnreadMarkup() {
    }

    /** What to tell the user about {@code doc}, or null when it is none of these. */
    static String advice(SourceDocument doc) {
        String name = doc.fileName();
        String lower = name.toLowerCase(Locale.ROOT);
        String head = doc.text().length() > HEAD ? doc.text().substring(0, HEAD) : doc.text();
        String md = "\"" + name.replaceFirst("\\.[^.]*$", "") + ".md\"";
        String in = "\"" + name + "\"";
        if (lower.endsWith(".rst") || lower.endsWith(".rest") || RST.matcher(head).find()) {
            return "this is reStructuredText (a Sphinx page), which qbank does not read; convert it to Markdown first, "
                    + "e.g. 'pandoc -f rst -t gfm " + in + " -o " + md + "', and import the .md file";
        }
        if (lower.endsWith(".adoc") || lower.endsWith(".asciidoc") || ADOC.matcher(head).find()) {
            String xml = "\"" + name.replaceFirst("\\.[^.]*$", "") + ".xml\"";
            return "this is AsciiDoc, which qbank does not read; convert it to Markdown first, e.g. 'asciidoctor -b "
                    + "docbook " + in + " -o " + xml + "' then 'pandoc -f docbook -t gfm " + xml + " -o " + md
                    + "', and import the .md file";
        }
        if (lower.endsWith(".org") || ORG.matcher(head).find()) {
            return "this Org file has no cards qbank reads: tag each question heading :drill: with an '** Answer' "
                    + "sub-heading under it (the org format), or convert the outline to Markdown, e.g. 'pandoc -f org "
                    + "-t gfm " + in + " -o " + md + "', whose headings that ask are read over their answers";
        }
        return null;
    }
}
