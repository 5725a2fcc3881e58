package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.QuestionIds;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every input file before anything is written, collecting every file's errors rather than stopping at the
 * first, so one run shows the user all there is to fix.
 */
final class FileReader {
    /** Exit code for an importer that failed in a way that is a qbank bug, not the user's input. */
    static final int EXIT_INTERNAL = 3;

    private final FormatDetector detector;
    private final Importer forced;

    FileReader(ImporterRegistry registry, Importer forced) {
        this.detector = new FormatDetector(registry);
        this.forced = forced;
    }

    /**
     * Reads the files in parallel (each file by one thread; importers keep no state between files), and returns
     * them, and reports their errors, in input order as a sequential read would.
     *
     * @throws QbankException with every file's errors if any file failed
     */
    List<ParsedFile> readAll(List<InputFile> inputs) {
        Object[] results = new Object[inputs.size()];
        java.util.stream.IntStream.range(0, inputs.size()).parallel().forEach(i -> {
            try {
                results[i] = read(inputs.get(i));
            } catch (QbankException e) {
                results[i] = e;
            }
        });
        List<ParsedFile> parsed = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        int exit = QbankException.EXIT_FINDINGS;
        for (Object r : results) {
            if (r instanceof QbankException e) {
                errors.addAll(e.diagnostics());
                exit = Math.max(exit, e.exitCode());
            } else {
                parsed.add((ParsedFile) r);
            }
        }
        if (!errors.isEmpty()) {
            throw new QbankException(errors, exit);
        }
        return parsed;
    }

    private ParsedFile read(InputFile input) {
        SourceDocument doc = SourceDocument.load(input.path(), input.displayName());
        Importer importer = forced != null ? forced : detector.detect(doc).importer();
        List<Question> questions = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        try {
            importer.read(doc, questions::add, warnings::add);
        } catch (QbankException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Content is untrusted: a crash on odd input is a qbank bug, but it must still name the file.
            throw new QbankException(List.of(Diagnostic.error("internal", doc.file(), 0, 0, "the " + importer.name()
                    + " importer failed on this file (a qbank bug, please report it): " + e)), EXIT_INTERNAL);
        }
        if (questions.isEmpty()) {
            throw new QbankException(Diagnostic.error("no-questions", doc.file(), 0, 0, "the " + importer.name()
                    + " importer found no questions in this file"
                    + (forced != null ? "; is --format right for it?" : "; use --format NAME if it is another format")));
        }
        for (Question q : questions) {
            // Foreign formats give one source and no id; qbank's own exports keep their ids and sources.
            if (q.sources().isEmpty()) {
                throw new QbankException(List.of(Diagnostic.error("internal", doc.file(), 0, 0, "the "
                        + importer.name() + " importer produced a question without a source "
                        + "(a qbank bug, please report it)")), EXIT_INTERNAL);
            }
            if (q.id() != null && !QuestionIds.isValid(q.id())) {
                int line = q.sources().get(0).file().equals(doc.file()) ? q.sources().get(0).line() : 0;
                throw new QbankException(Diagnostic.error("id", doc.file(), line, 0, "invalid question id '"
                        + q.id() + "' (ids are lower-case letters, digits and single hyphens, at most "
                        + dev.qbank.model.Question.ID_MAX_LENGTH + " characters)"));
            }
        }
        return new ParsedFile(doc.withoutText(), importer.name(), forced != null, questions, warnings);
    }
}
