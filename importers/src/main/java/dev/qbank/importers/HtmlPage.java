package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved as HTML ({@code <!DOCTYPE html>}, {@code <html>}), which the Markdown-shaped importers would read
 * as text full of tags: its head's scripts and styles taken for questions or answers. qbank reads Markdown, so such a
 * file is refused with what to run to convert it.
 */
final class HtmlPage {
    /**
     * What a saved page opens with: a byte-order mark, blank lines, an XML declaration and comments (a browser's
     * {@code <!-- saved from url=… -->}) before the doctype or the html element.
     */
    private static final Pattern OPENING = Pattern.compile(
            "^\\uFEFF?(?:\\s|<\\?xml[^>]*\\?>|<!--.*?-->)*(<!doctype\\s+html\\b|<html(?:\\s[^>]*)?>)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** How far into the file the page's opening may be. */
    private static final int HEAD = 4096;

    private HtmlPage() {
    }

    /** Refuses {@code doc} with {@code error[html]} naming its file and line when it is a saved HTML page. */
    static void refuse(SourceDocument doc) {
        String text = doc.text();
        Matcher m = OPENING.matcher(text.length() > HEAD ? text.substring(0, HEAD) : text);
        if (!m.find()) {
            return;
        }
        int line = 1 + (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
        String name = doc.fileName();
        String md = name.replaceFirst("(?i)\\.x?html?$", "") + ".md";
        throw new QbankException(List.of(Diagnostic.error("html", doc.file(), line, 0, "this is a web page saved as "
                + "HTML, not Markdown or text, so its tags would be read as questions and answers; convert it to "
                + "Markdown first, e.g. 'pandoc -f html -t gfm \"" + name + "\" -o \"" + md + "\"', and import the "
                + ".md file")), QbankException.EXIT_FINDINGS);
    }
}
