package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.util.List;

/**
 * One input file, read: the questions its importer produced (no ids yet) and the warnings it gave.
 *
 * @param forced       true when {@code --format} chose the importer, false when detection did
 * @param recordedName the name the bank records for this file (its questions' sources already carry it)
 */
public record ParsedFile(SourceDocument document, String format, boolean forced, List<Question> questions,
                         List<Diagnostic> warnings, String recordedName) {
    public ParsedFile {
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
    }

    /** A file recorded under the name its messages use. */
    public ParsedFile(SourceDocument document, String format, boolean forced, List<Question> questions,
            List<Diagnostic> warnings) {
        this(document, format, forced, questions, warnings, document.file());
    }
}
