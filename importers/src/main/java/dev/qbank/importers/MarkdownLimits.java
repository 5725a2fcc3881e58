package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;

/**
 * Guards for Markdown from untrusted files before commonmark sees it. commonmark re-checks every open container
 * on every line, so lists nested thousands deep (each level indented further) cost minutes; no question bank is
 * shaped like that, so such a file is refused with a line number instead.
 */
public final class MarkdownLimits {
    /** Columns of leading indentation beyond which a line is refused (about 100 nested list levels). */
    public static final int MAX_INDENT = 200;

    private MarkdownLimits() {
    }

    /** @throws QbankException naming the first line indented more than {@link #MAX_INDENT} columns */
    public static void checkNesting(SourceDocument doc) {
        String text = doc.text();
        int line = 1;
        int column = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 0;
                leading = true;
                continue;
            }
            if (!leading) {
                continue;
            }
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column += 4 - column % 4;
            } else {
                leading = false;
            }
            if (column > MAX_INDENT) {
                throw new QbankException(Diagnostic.error("too-deep", doc.file(), line, 0,
                        "line is indented more than " + MAX_INDENT + " columns; Markdown nested this deep is not a "
                                + "question bank (remove the indentation or the nesting)"));
            }
        }
    }
}
