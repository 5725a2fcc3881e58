package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Text after the first item that no item holds: the paragraphs under a heading that is followed by no item, a
 * README's "## 参考资料", "## 贡献" or "## License" after the last question, or a section's introduction, in a
 * numbered or a chaptered list. It is not
 * imported, and was dropped without a word; each run of it is now said once, by its first line. The preamble above
 * the first item (the bank's title line, its introduction) is said once per file, as the qa and notion importers
 * say theirs, by its first line a reader sees: not by badges, images, HTML comments or wrapper tags, which carry no
 * text of the bank (the callers already pass over headings, tables of contents, rules and blank lines).
 */
public final class TextOutsideItems {
    /**
     * What a line may hold and still show no text: images and linked images (a README's badges, its banner), HTML
     * tags ({@code <p align="center">}, {@code <img …>}) and comments, with blanks between them.
     */
    private static final Pattern SHOWS_NO_TEXT = Pattern.compile("(?:[ \\t\\u3000]++"
            + "|\\[?!\\[[^\\]\\n]*+\\]\\([^)\\n]*+\\)(?:\\]\\([^)\\n]*+\\))?"
            + "|<!--.*?-->|</?[A-Za-z][^<>\\n]*+>)*+");
    private boolean afterItem;
    /** The preamble was said: once a file. */
    private boolean preambleSaid;
    /** The lines up to this one are read as the file's metadata (front matter, a page's properties): not said. */
    private int metadataEnd;
    /** A warning was given for the current run: the lines up to the next item or heading are in it. */
    private boolean said;

    /** Lines 1 to {@code line} are the file's metadata (front matter, a page's properties), not its text. */
    public void metadataThrough(int line) {
        metadataEnd = line;
    }

    /** An item starts: text after it is its answer. */
    public void item() {
        afterItem = true;
        said = false;
    }

    /** A heading or section line: text under it starts a new run. */
    public void heading() {
        said = false;
    }

    /** A line of text no item holds, {@code text}, under {@code section} (or null). */
    public void line(String file, int lineNo, String text, String section, Consumer<Diagnostic> warnings) {
        if (!afterItem) {
            preamble(file, lineNo, text, warnings);
            return;
        }
        if (said) {
            return;
        }
        said = true;
        warnings.accept(Diagnostic.warning("outside-item", file, lineNo, 0, "this text"
                + (section == null ? "" : " under '" + section + "'") + " belongs to no question (a note, "
                + "references, a licence) and is not imported"));
    }

    /** A line above the first item: said once a file, at the first that shows text. */
    private void preamble(String file, int lineNo, String text, Consumer<Diagnostic> warnings) {
        if (preambleSaid || lineNo <= metadataEnd || SHOWS_NO_TEXT.matcher(text).matches()) {
            return;
        }
        preambleSaid = true; // an introduction is normal, but nothing goes unmentioned
        warnings.accept(Diagnostic.warning("preamble", file, lineNo, 0,
                "text above the first question (a title, an introduction) is not imported"));
    }
}
