package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one source format into canonical questions. An importer only produces the model: it does not assign ids,
 * deduplicate or write anything. Each question it emits carries exactly one {@code Source} (file, line, the
 * source's own wording) and no id. The exception is qbank's own exports ({@code qbankjson}, {@code qbankmd}): they
 * read questions back as exported, with their ids and all their sources, and the pipeline must keep an incoming id.
 *
 * <p>Implementations live in their own package ({@code dev.qbank.importers.<format>}) and are listed once in
 * {@link ImporterRegistry}.
 */
public interface Importer {
    /** Short, stable name used by {@code --format} and recorded in {@code Source.format}. */
    String name();

    /** One line for {@code qbank import --help} and the README. */
    String description();

    /**
     * True for a format stored in a binary container (a workbook, a deck): it sees only {@link SourceDocument#binary()
     * binary} documents, reading them from their path, and text importers never see those.
     */
    default boolean binary() {
        return false;
    }

    /**
     * How strongly the text looks like this format, from 0 (not at all) to 1 (certain). Detection picks the
     * highest score; anything below {@link FormatDetector#MIN_CONFIDENCE} is "not recognised". Must be cheap: it
     * may only look at the start of a large file.
     */
    double sniff(SourceDocument doc);

    /**
     * Emits the document's questions in source order. Problems the user must fix are thrown as a
     * {@code QbankException} naming file and line; problems that do not lose data (a missing image) are reported
     * through {@code warnings}.
     */
    void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings);

    /**
     * Where the media files that {@link #read} took out of {@code doc} are (a package's images, unpacked into a
     * temporary folder), which its questions' {@code media} entries are relative to; null, the default, when media
     * sit beside the source file as it names them. The import deletes the folder once the bank is written.
     */
    default Path extractedMedia(SourceDocument doc) {
        return null;
    }

    /**
     * Whether this importer lists each question's {@code media} itself (and warns about the images it leaves out);
     * false, the default, when the import lists the local images a question's Markdown shows ({@link LinkedImages}).
     */
    default boolean listsMedia() {
        return false;
    }
}
