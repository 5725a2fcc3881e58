package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;

/**
 * Sizes beyond which a question cannot be real: a "question" of a million characters is a file that is not what its
 * format looks like (or is hostile). Refused with a clear error at the source line, instead of producing a question
 * file the bank's own bounded YAML reader would refuse later.
 */
public final class QuestionLimits {
    /** Longest question text; real ones are a sentence or a short paragraph. */
    public static final int MAX_QUESTION_CHARS = 10_000;
    /** Longest answer, prompt or explanation; well inside what a question file may hold. */
    public static final int MAX_TEXT_CHARS = 500_000;

    private QuestionLimits() {
    }

    /** @throws QbankException naming the file and line when a field is too long */
    public static Question check(SourceDocument doc, Question q) {
        int line = q.sources().isEmpty() ? 0 : q.sources().get(0).line();
        if (q.question().length() > MAX_QUESTION_CHARS) {
            throw tooLong(doc, line, "question", q.question().length(), MAX_QUESTION_CHARS);
        }
        check(doc, line, "prompt", q.prompt());
        check(doc, line, "answer", q.answer());
        check(doc, line, "explanation", q.explanation());
        return q;
    }

    private static void check(SourceDocument doc, int line, String field, String value) {
        if (value != null && value.length() > MAX_TEXT_CHARS) {
            throw tooLong(doc, line, field, value.length(), MAX_TEXT_CHARS);
        }
    }

    private static QbankException tooLong(SourceDocument doc, int line, String field, int length, int limit) {
        return new QbankException(Diagnostic.error("too-long", doc.file(), line, 0, "this " + field + " is " + length
                + " characters long (limit " + limit + "); check that the file is a question bank of this format"));
    }
}
