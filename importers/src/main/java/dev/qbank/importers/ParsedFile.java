package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.nio.file.Path;
import java.util.List;

/**
 * One input file, read: the questions its importer produced (no ids yet) and the warnings it gave.
 *
 * @param forced         true when {@code --format} chose the importer, false when detection did
 * @param recordedName   the name the bank records for this file (its questions' sources already carry it)
 * @param asLastImported true when the file was not read again, because it is byte for byte the file the bank last
 *                       imported under this name and the bank still cites every question of it (then
 *                       {@code questions} is empty; see {@link ImportPipeline})
 * @param mediaFolder    where the questions' media entries are relative to when not beside the file: the folder an
 *                       importer unpacked a package's media into ({@link Importer#extractedMedia}); else null
 */
public record ParsedFile(SourceDocument document, String format, boolean forced, List<Question> questions,
                         List<Diagnostic> warnings, String recordedName, boolean asLastImported,
                         Path mediaFolder) {
    public ParsedFile {
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
    }

    /** A file read by its importer, recorded under {@code recordedName}. */
    public ParsedFile(SourceDocument document, String format, boolean forced, List<Question> questions,
            List<Diagnostic> warnings, String recordedName) {
        this(document, format, forced, questions, warnings, recordedName, false, null);
    }

    /** A file recorded under the name its messages use. */
    public ParsedFile(SourceDocument document, String format, boolean forced, List<Question> questions,
            List<Diagnostic> warnings) {
        this(document, format, forced, questions, warnings, document.file());
    }

    /** A file the bank already holds as it is: checked by its digest, not read by an importer. */
    static ParsedFile asLastImported(SourceDocument document, String format, boolean forced, String recordedName) {
        return new ParsedFile(document, format, forced, List.of(), List.of(), recordedName, true, null);
    }
}
