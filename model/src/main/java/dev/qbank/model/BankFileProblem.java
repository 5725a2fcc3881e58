package dev.qbank.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * A bank file that does not parse or bind, said as {@code qbank validate} says it: one finding at its line, in the
 * user's words, never the parser's excerpt or the binder's Java types. Export, import and dedup stop on such a file;
 * import, dedup and validate on a broken {@code decisions.yaml} or {@code deleted.yaml} (see {@link #sideFile}).
 */
public final class BankFileProblem {
    /** What to do about a broken side file, which qbank writes and a person may have edited. */
    public static final String SIDE_FILE_ADVICE = "fix the file by hand or restore it from git";

    private static final String LIMIT_ADVICE = " (qbank's limit for untrusted input; split the text or link to it)";

    private BankFileProblem() {
    }

    /**
     * A question file that does not parse or bind, as one finding in the user's words: export, import and dedup
     * stop on it, so it must say where and what as plainly as {@code qbank validate} does. The parser's and the
     * binder's own messages span several lines (an excerpt with a caret) or name Java types and Jackson's limits
     * ("Cannot deserialize value of type `java.lang.String`", "StreamReadConstraints.getMaxDocumentLength()").
     */
    static QbankException of(Path file, String text, JacksonException e) {
        return new QbankException(diagnostic(file, text, e, "yaml", "the file's schema allows no other fields "
                + "(README, Question schema): remove it, or move its text into a field that exists",
                "the file must be a mapping of fields", "", "fix the file, or run 'qbank validate' for every problem "
                        + "at once"));
    }

    /**
     * A side file of the bank ({@code decisions.yaml}, {@code deleted.yaml}) that does not parse or bind, in the same
     * words as a question file: the YAML mistake, the unknown field at its line, the field whose value is of the
     * wrong kind.
     *
     * @param code  the finding's code, e.g. {@code decisions}
     * @param holds what the file holds, e.g. "decisions: a list of entries with action (merge or keep-apart), a and b"
     */
    public static QbankException sideFile(Path file, String text, JacksonException e, String code, String holds) {
        if (!(e.getCause() instanceof MarkedYamlEngineException)) {
            // The binder reads as the parser goes, so "decisions: [x, y" fails on x, not being an entry, before the
            // parser reaches the end and finds the '[' never closed; a YAML mistake is the one to fix first.
            try {
                QbankMapper.yaml().readTree(text);
            } catch (JacksonException syntax) {
                if (syntax.getCause() instanceof MarkedYamlEngineException) {
                    e = syntax;
                }
            }
        }
        return new QbankException(diagnostic(file, text, e, code, "the file holds " + holds + ": remove it",
                "the file must hold " + holds, "; the file holds " + holds, SIDE_FILE_ADVICE));
    }

    private static Diagnostic diagnostic(Path file, String text, JacksonException e, String defaultCode,
            String unknownAdvice, String shape, String kindAdvice, String advice) {
        YamlProblem at = YamlHints.problem(text, e); // validate's words for a YAML mistake
        int line = at.line();
        int column = at.column();
        String code = defaultCode;
        String message = at.message();
        if (e instanceof StreamConstraintsException limit) {
            code = "too-large";
            if (text.length() > QbankMapper.MAX_DOCUMENT_CHARS) { // the whole file, not the line Jackson stopped at
                line = 0;
                column = 0;
                message = tooLong(text.length());
            } else {
                message = tooLarge(limit);
            }
        } else if (message.startsWith("Duplicate Object property \"")) {
            code = "duplicate-key";
            message = "duplicate key '" + message.substring(27, message.indexOf('"', 27))
                    + "': a key may appear once in a mapping; keep one of the entries";
        } else if (message.startsWith("No content to map")) {
            message = "the file is empty; write the question in it, or delete it";
        } else if (e instanceof tools.jackson.databind.exc.ValueInstantiationException v) {
            // the record's own checks: a required field left out (NullPointerException naming it), a bad value
            Throwable why = v.getCause();
            message = why instanceof NullPointerException && why.getMessage() != null
                    ? "missing required field '" + why.getMessage() + "'"
                    : why instanceof IllegalArgumentException && why.getMessage() != null ? why.getMessage()
                    : "a field is missing or has a value it cannot hold";
        } else if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException u) {
            if (line == 0) { // the binder knows no location here: the field's own line is where to look
                line = lineOf(text, u.getPropertyName());
                column = line == 0 ? 0 : 1;
            }
            message = "unknown field '" + u.getPropertyName() + "'; " + unknownAdvice;
        } else if (e instanceof tools.jackson.databind.exc.MismatchedInputException m) {
            message = field(m).isEmpty() ? shape + " (" + kindOf(m.getTargetType()) + ")"
                    : field(m) + ": not the kind of value this field holds (" + kindOf(m.getTargetType()) + ")"
                            + kindAdvice;
        }
        // a conflict marker's message and a limit's already say what to do: the advice would repeat it
        boolean said = line > 0 && line == ConflictMarkers.firstLine(text) || code.equals("too-large");
        return Diagnostic.error(code, file.toString(), line, column, said ? message : message + " (" + advice + ")");
    }

    /**
     * A limit for untrusted input broken, in the words {@code qbank validate} and export share: which limit and by
     * how much, without the Java setting Jackson names (it means nothing to whoever edits the file).
     */
    public static String tooLarge(StreamConstraintsException e) {
        String said = e.getOriginalMessage().replaceAll(", from `[^`]*`\\)", ")");
        // a value nested too deep is no long text: splitting it would not help
        return said + (said.contains("nesting depth") ? NESTING_ADVICE : LIMIT_ADVICE);
    }

    private static final String NESTING_ADVICE = " (qbank's limit for untrusted input; a question file nests two or"
            + " three levels at most, lists of texts or of fields: flatten it)";

    /** A file longer than qbank reads, in the words validate and export share. */
    public static String tooLong(int chars) {
        return "file has " + chars + " characters; a bank file may hold at most " + QbankMapper.MAX_DOCUMENT_CHARS
                + LIMIT_ADVICE;
    }

    /**
     * The 1-based line of the top-level field {@code name}, else of the first field {@code name} at any depth (in a
     * list entry too); 0 if there is none.
     */
    private static int lineOf(String text, String name) {
        int top = YamlHints.keyLine(text, name);
        if (top > 0) {
            return top;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String field = lines[i].strip();
            if (field.startsWith("- ")) {
                field = field.substring(2).strip();
            }
            if (field.startsWith(name + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The dotted path of the field a binding error is about, e.g. {@code sources[0].line}; empty at the top. */
    private static String field(tools.jackson.databind.exc.MismatchedInputException m) {
        StringBuilder path = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a value of {@code type} is written as in YAML, in the words of the README's schema table. */
    private static String kindOf(Class<?> type) {
        if (type == null) {
            return "see the question schema";
        }
        if (type == String.class) {
            return "expected text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "expected a whole number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "expected a list";
        }
        if (type.isEnum()) {
            return "expected one of " + Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .toList();
        }
        return "expected a mapping of fields";
    }
}
