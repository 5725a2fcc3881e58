package dev.qbank.importers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter Obsidian, Jekyll and Hugo notes open with ({@code ---}, {@code tags: [dl]} lines,
 * {@code ---}): the note's settings, which no reader sees as its text. CommonMark reads it as a rule and a setext
 * heading ({@code tags: [dl]} underlined by {@code ---}), which became the topic of the questions below it.
 * {@link #blanked} empties its lines (keeping them, so line numbers do not change).
 */
public final class FrontMatter {
    /** {@code ---} on the first line, {@code key:} lines, then {@code ---} or {@code ...} on a line of its own. */
    private static final Pattern BLOCK = Pattern.compile(
            "\\A---[ \\t]*\\n[ \\t]*[A-Za-z_][\\w-]*[ \\t]*:(?:[^\\n]*\\n){1,200}?(?:---|\\.\\.\\.)[ \\t]*(?=\\n|\\z)");

    private FrontMatter() {
    }

    /** {@code doc} with its front matter's lines emptied; the document itself when it has none. */
    public static SourceDocument blanked(SourceDocument doc) {
        String text = doc.text();
        if (!text.startsWith("---")) {
            return doc;
        }
        Matcher m = BLOCK.matcher(text);
        if (!m.lookingAt()) {
            return doc;
        }
        String lines = "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count());
        return new SourceDocument(doc.file(), doc.path(), lines + text.substring(m.end()), doc.bytes(), doc.sha256(),
                doc.binary());
    }
}
