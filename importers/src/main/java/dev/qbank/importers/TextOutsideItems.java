package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import java.util.function.Consumer;

/**
 * Text after the first item that no item holds: the paragraphs under a heading that is followed by no item, a
 * README's "## 参考资料", "## 贡献" or "## License" after the last question, or a section's introduction, in a
 * numbered or a chaptered list. It is not
 * imported, and was dropped without a word; each run of it is now said once, by its first line. The preamble above
 * the first item (the bank's introduction) is not said.
 */
public final class TextOutsideItems {
    private boolean afterItem;
    /** A warning was given for the current run: the lines up to the next item or heading are in it. */
    private boolean said;

    /** An item starts: text after it is its answer. */
    public void item() {
        afterItem = true;
        said = false;
    }

    /** A heading or section line: text under it starts a new run. */
    public void heading() {
        said = false;
    }

    /** A line of text no item holds, under {@code section} (or null). */
    public void line(String file, int lineNo, String section, Consumer<Diagnostic> warnings) {
        if (!afterItem || said) {
            return;
        }
        said = true;
        warnings.accept(Diagnostic.warning("outside-item", file, lineNo, 0, "this text"
                + (section == null ? "" : " under '" + section + "'") + " belongs to no question (a note, "
                + "references, a licence) and is not imported"));
    }
}
