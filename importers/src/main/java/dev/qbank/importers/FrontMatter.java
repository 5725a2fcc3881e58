package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter Obsidian, Hexo, Jekyll and Hugo put at the top of a note ({@code ---}, {@code tags: [dl]},
 * {@code ---}), or Hugo's TOML one ({@code +++}, {@code title = "…"}, {@code +++}): the note's metadata, not its
 * text. A Markdown parser reads it as a rule and a heading (the
 * {@code key: value} lines underlined by the closing {@code ---}), which would file every question under a
 * "heading" such as {@code tags: [dl]}. {@link #blanked} empties its lines (keeping the file's line numbers) and
 * says so.
 */
public final class FrontMatter {
    /** {@code ---} on the first line, {@code key: value} (or list) lines, {@code ---} or {@code ...} closing it. */
    private static final Pattern BLOCK = Pattern.compile(
            "\\A---[ \\t]*\\n(?:[A-Za-z_][\\w -]{0,40}:[^\\n]*\\n|[ \\t]+[^\\n]*\\n|[ \\t]*-[^\\n]*\\n|[ \\t]*\\n){1,60}?(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)");

    /** Hugo's TOML front matter: {@code +++}, {@code title = "…"} lines, {@code +++}. */
    private static final Pattern TOML = Pattern.compile("\\A\\+\\+\\+[ \\t]*\\n(?:[^\\n]*\\n){1,60}?\\+\\+\\+[ \\t]*(?:\\n|\\z)");

    private FrontMatter() {
    }

    /** The front matter at the top of {@code text}, or null when it has none. */
    private static String block(String text) {
        if (text.startsWith("+++")) {
            Matcher m = TOML.matcher(text);
            return m.lookingAt() && m.group().contains("=") ? m.group() : null;
        }
        if (!text.startsWith("---")) {
            return null;
        }
        Matcher m = BLOCK.matcher(text);
        return m.lookingAt() && m.group().contains(":") ? m.group() : null;
    }

    /**
     * For a format that passes over the front matter line by line (numbered, chapters): the same warning as
     * {@link #blanked}, so that it is said there too; returns how many lines it takes (0: none, nothing said).
     */
    public static int said(SourceDocument doc, Consumer<Diagnostic> warnings) {
        String front = block(doc.text());
        if (front == null) {
            return 0;
        }
        warn(front, doc.file(), warnings, "");
        return lineCount(front);
    }

    /**
     * {@code doc} with its front matter's lines emptied, and a warning that it was left out; the document itself
     * when it has none.
     */
    public static SourceDocument blanked(SourceDocument doc, Consumer<Diagnostic> warnings) {
        return blanked(doc, warnings, "");
    }

    /**
     * As {@link #blanked(SourceDocument, Consumer)}, for a format that reads some of the front matter: the warning
     * names what it read ({@code read}, e.g. {@code "its tags"}; empty for nothing).
     */
    public static SourceDocument blanked(SourceDocument doc, Consumer<Diagnostic> warnings, String read) {
        String text = doc.text();
        String front = block(text);
        if (front == null) {
            return doc;
        }
        warn(front, doc.file(), warnings, read);
        String lines = "\n".repeat((int) front.chars().filter(c -> c == '\n').count());
        return new SourceDocument(doc.file(), doc.path(), lines + text.substring(front.length()), doc.bytes(),
                doc.sha256(), doc.binary());
    }

    /** The lines the front matter takes: its line breaks, and its closing line if no break ends it. */
    private static int lineCount(String front) {
        return (int) front.chars().filter(c -> c == '\n').count() + (front.endsWith("\n") ? 0 : 1);
    }

    private static void warn(String front, String file, Consumer<Diagnostic> warnings, String read) {
        warnings.accept(Diagnostic.warning("front-matter", file, 1, 0, "the front matter (lines 1-" + lineCount(front)
                + ", the note's metadata) is not imported" + (read.isEmpty() ? "" : ", except " + read)));
    }
}
