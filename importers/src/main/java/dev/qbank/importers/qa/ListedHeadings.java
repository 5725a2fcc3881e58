package dev.qbank.importers.qa;

import dev.qbank.importers.ListItemLine;
import dev.qbank.importers.MarkdownLines;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Question headings inside a numbered list, as the big GitHub interview READMEs write them: {@code 1. ### What is
 * React?} over the answer indented into the item, then the next {@code 2. ### …}. GitHub shows a numbered list of
 * headings; read as the Q&amp;A shape it is, each becomes {@code ### 1. What is React?} and its item's lines lose the
 * indentation they share (code inside keeps its own). Lines stay where they are, so every line number holds.
 */
final class ListedHeadings {
    /** A list item at the margin holding an ATX heading: number, hashes, title. */
    private static final Pattern ITEM_HEADING = Pattern.compile("^ {0,3}([0-9]{1,9})[.)] {1,4}(#{1,6})[ \\t]+(\\S.*)$");
    /** The same at any line's start: a cheap look before the lines are split. */
    private static final Pattern ANY = Pattern.compile("(?m)^ {0,3}[0-9]{1,9}[.)] {1,4}#{1,6}[ \\t]+\\S");
    /** Fewer than this many such items are a list's odd line, not the page's shape. */
    private static final int MIN_ITEMS = 2;

    private ListedHeadings() {
    }

    /** {@code text} with its listed question headings as plain ones; the text itself when it has none. */
    static String asHeadings(String text) {
        if (text.indexOf(". #") < 0 && text.indexOf(".  #") < 0 && text.indexOf(") #") < 0) {
            return text; // a plain search first: a multi-line pattern over a large bank costs far more
        }
        Matcher any = ANY.matcher(text);
        if (!any.find() || !any.find()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<String> scanned = MarkdownLines.scanned(text).toList(); // code blanked: a "1. # x" there is code
        int items = 0;
        for (int i = 0; i < lines.length && i < scanned.size(); i++) {
            items += ITEM_HEADING.matcher(scanned.get(i)).matches() ? 1 : 0;
        }
        if (items < MIN_ITEMS) {
            return text;
        }
        for (int i = 0; i < lines.length && i < scanned.size(); i++) {
            Matcher m = ITEM_HEADING.matcher(scanned.get(i));
            if (!m.matches()) {
                continue;
            }
            String title = m.group(3);
            // "1. ### Q1. What is X?" numbers itself: the list's own number would only repeat it
            lines[i] = m.group(2) + " " + (ListItemLine.parse(title).isPresent() ? "" : m.group(1) + ". ") + title;
            int end = i + 1;
            while (end < lines.length && (lines[end].isBlank() || indent(lines[end]) >= 2)
                    && !(end < scanned.size() && ITEM_HEADING.matcher(scanned.get(end)).matches())) {
                end++;
            }
            String shared = sharedIndent(lines, i + 1, end);
            for (int k = i + 1; k < end; k++) {
                lines[k] = lines[k].startsWith(shared) ? lines[k].substring(shared.length()) : lines[k].strip();
            }
            i = end - 1;
        }
        return String.join("\n", lines);
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    /** The leading spaces and tabs every non-blank line of {@code lines[from, to)} starts with. */
    private static String sharedIndent(String[] lines, int from, int to) {
        String shared = null;
        for (int k = from; k < to; k++) {
            if (lines[k].isBlank()) {
                continue;
            }
            String lead = lines[k].substring(0, indent(lines[k]));
            if (shared == null) {
                shared = lead;
            } else {
                int n = 0;
                while (n < shared.length() && n < lead.length() && shared.charAt(n) == lead.charAt(n)) {
                    n++;
                }
                shared = shared.substring(0, n);
            }
        }
        return shared == null ? "" : shared;
    }
}
