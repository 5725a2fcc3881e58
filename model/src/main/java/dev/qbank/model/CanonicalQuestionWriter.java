package dev.qbank.model;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;

/**
 * A fast writer of question files: the same text, byte for byte, as the general writer (Jackson's YAMLGenerator
 * and the snakeyaml-engine emitter, configured in {@link QbankMapper}) writes, in a fraction of the time. At a million questions the general emitter
 * (it analyses every scalar several times, builds an event per value and checks tags) was about a tenth of an
 * import's CPU; this writer looks at each character once.
 *
 * <p>It only knows the canonical shape: the question's fixed key order, empty values left out, block sequences
 * indented with their indicator, and the four scalar styles the emitter chooses for a string (plain, single-quoted,
 * double-quoted, {@code |} literal). For any string holding a character whose treatment it does not reproduce
 * with certainty (control characters, tabs, carriage returns, the no-break space, the Unicode line separators, the
 * byte order mark, unpaired surrogates, non-characters), it declines
 * ({@code null}) and the caller uses the general writer. A property test compares it with the general writer on
 * random questions.
 */
final class CanonicalQuestionWriter {
    /** Indentation of nested blocks and of a sequence's {@code -} (INDENT_ARRAYS_WITH_INDICATOR). */
    private static final String INDENT = "  ";

    /** Thrown internally when a value is outside what this writer reproduces with certainty. */
    private static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Declined INSTANCE = new Declined();

        private Declined() {
            super(null, null, false, false);
        }
    }

    private final StringBuilder out;

    private CanonicalQuestionWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** The question's file text, exactly as the general writer gives it; or null when this writer is not sure. */
    static String write(Question q) {
        CanonicalQuestionWriter w = new CanonicalQuestionWriter(estimate(q));
        try {
            w.question(q);
        } catch (Declined e) {
            return null;
        }
        return w.out.toString();
    }

    private static int estimate(Question q) {
        return 256 + length(q.question()) + length(q.answer()) + length(q.prompt()) + length(q.explanation());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length() + s.length() / 8;
    }

    private void question(Question q) {
        field("", "id", q.id());
        field("", "question", q.question());
        field("", "prompt", q.prompt());
        field("", "answer", q.answer());
        field("", "explanation", q.explanation());
        field("", "difficulty", q.difficulty() == null ? null : q.difficulty().id());
        field("", "topic", q.topic());
        strings("tags", q.tags());
        field("", "language", q.language());
        strings("aliases", q.aliases());
        if (!q.references().isEmpty()) {
            out.append("references:\n");
            for (Reference r : q.references()) {
                item("url", r.url(), "title", r.title());
            }
        }
        strings("media", q.media());
        if (!q.sources().isEmpty()) {
            out.append("sources:\n");
            for (Source s : q.sources()) {
                item("file", s.file(), "line", s.line(), "text", s.text(), "format", s.format(),
                        "number", s.number(), "url", s.url(), "section", s.section(), "digest", s.digest());
            }
        }
        if (!q.conflicts().isEmpty()) {
            out.append("conflicts:\n");
            for (Conflict c : q.conflicts()) {
                item("field", c.field(), "value", c.value(), "source", c.source());
            }
        }
        if (out.isEmpty()) {
            throw Declined.INSTANCE; // an empty document is written as {}
        }
    }

    /**
     * One mapping item of a top-level sequence: {@code "  - "}, its first non-empty entry on the dash line, the
     * others below at four spaces. Values alternate with keys; an Integer is written as a plain number.
     */
    private void item(Object... keysAndValues) {
        String in = INDENT + INDENT;
        boolean first = true;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value instanceof Integer number) {
                out.append(first ? INDENT + "- " : in).append(key).append(": ").append(number.intValue())
                        .append('\n');
            } else if (value instanceof String text && !text.isEmpty()) {
                keyed(first ? INDENT + "- " : in, key, text, in);
            } else {
                continue;
            }
            first = false;
        }
        if (first) {
            throw Declined.INSTANCE; // an item with no entries is written as {}; leave it to the general writer
        }
    }

    /** A top-level or nested {@code key: value}, left out when the value is empty (NON_EMPTY). */
    private void field(String lineIndent, String key, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        keyed(lineIndent, key, value, lineIndent);
    }

    /**
     * {@code key: value} starting after {@code lineIndent}; {@code mappingIndent} is the indentation of the keys
     * of the mapping it belongs to (a literal block's lines go two further).
     */
    private void keyed(String lineIndent, String key, String value, String mappingIndent) {
        out.append(lineIndent).append(key).append(':');
        scalar(value, mappingIndent + INDENT);
        out.append('\n');
    }

    private void strings(String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(key).append(":\n");
        for (String v : values) {
            out.append(INDENT).append('-');
            scalar(v, INDENT + INDENT);
            out.append('\n');
        }
    }

    /**
     * A string value after its key or dash, as Jackson's YAMLGenerator (MINIMIZE_QUOTES, literal blocks for
     * multi-line text, numbers quoted) asks for a style and the emitter then allows or overrides it.
     */
    private void scalar(String v, String blockIndent) {
        if (v.isEmpty()) {
            out.append(" \"\"");
            return;
        }
        Analysis a = analyse(v);
        if (a.lineBreaks) {
            // Jackson asks for a literal block; the emitter refuses it for trailing spaces or a space before a break.
            if (a.trailingSpace || a.spaceBreak) {
                doubleQuoted(v);
            } else {
                literal(v, blockIndent);
            }
        } else if (needsQuotes(v)) {
            doubleQuoted(v);
        } else if (a.leadingSpace || a.trailingSpace || a.blockIndicators) {
            singleQuoted(v);
        } else {
            out.append(' ').append(v);
        }
    }

    /** What the emitter's scalar analysis finds, for the characters this writer accepts (others decline). */
    private record Analysis(boolean lineBreaks, boolean blockIndicators, boolean leadingSpace, boolean trailingSpace,
            boolean spaceBreak) {
    }

    private static Analysis analyse(String s) {
        int n = s.length();
        boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
        boolean lineBreaks = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean precededByWhitespace = true;
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            accept(c);
            int next = i + Character.charCount(c);
            boolean followedByWhitespace = next >= n || s.charAt(next) == ' ' || s.charAt(next) == '\n';
            if (i == 0) {
                if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
                    blockIndicators = true;
                } else if ((c == '?' || c == ':' || c == '-') && followedByWhitespace) {
                    blockIndicators = true;
                }
            } else if (c == ':' && followedByWhitespace || c == '#' && precededByWhitespace) {
                blockIndicators = true;
            }
            if (c == '\n') {
                lineBreaks = true;
                if (previousSpace) {
                    spaceBreak = true;
                }
            }
            previousSpace = c == ' ';
            precededByWhitespace = c == ' ' || c == '\n';
            i = next;
        }
        return new Analysis(lineBreaks, blockIndicators, s.charAt(0) == ' ', s.charAt(n - 1) == ' ', spaceBreak);
    }

    /**
     * Printable ASCII, the line feed, and Unicode text the emitter writes as it is in every style; anything else
     * (and the no-break space, which it escapes as {@code \_}) declines.
     */
    private static void accept(int c) {
        if (c >= 0x20 && c <= 0x7E || c == '\n') {
            return;
        }
        if (c > 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029 || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF
                || c >= 0x10000 && c <= 0x10FFFF) {
            return;
        }
        throw Declined.INSTANCE; // includes unpaired surrogates, which codePointAt returns as themselves
    }

    /**
     * Jackson's decision to double-quote a one-line string: YAML 1.1 booleans and nulls, anything starting with
     * {@code ~}, flow indicators, a {@code #} at the start or after a space, a {@code :} at the end or before
     * a space, and strings that look like numbers. (Tabs, which also count as blanks there, decline earlier.)
     */
    private static boolean needsQuotes(String v) {
        if (v.charAt(0) == '~' || RESERVED.contains(v) || looksNumeric(v)) {
            return true;
        }
        int n = v.length();
        for (int i = 0; i < n; i++) {
            switch (v.charAt(i)) {
                case '[', ']', '{', '}', ',' -> {
                    return true;
                }
                case '#' -> {
                    if (i == 0 || v.charAt(i - 1) == ' ') {
                        return true;
                    }
                }
                case ':' -> {
                    if (i == n - 1 || v.charAt(i + 1) == ' ') {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static final Set<String> RESERVED = Set.of("false", "False", "FALSE", "n", "N",
            "no", "No", "NO", "null", "Null", "NULL", "on", "On", "ON", "off", "Off", "OFF", "true", "True", "TRUE",
            "y", "Y", "yes", "Yes", "YES");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]*(\\.[0-9]*)?");

    /**
     * Jackson's ALWAYS_QUOTE_NUMBERS_AS_STRINGS test: a string starting with a digit, sign or dot that matches its
     * plain-number pattern or the JSON schema's integer or float.
     */
    private static boolean looksNumeric(String v) {
        char first = v.charAt(0);
        if (!(first >= '0' && first <= '9' || first == '+' || first == '-' || first == '.')) {
            return false;
        }
        return PLAIN_NUMBER.matcher(v).matches() || JsonScalarResolver.INT.matcher(v).matches()
                || JsonScalarResolver.FLOAT.matcher(v).matches();
    }

    private void singleQuoted(String v) {
        out.append(" '");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            out.append(c);
            if (c == '\'') {
                out.append('\'');
            }
        }
        out.append('\'');
    }

    /** Without line splitting (SPLIT_LINES is off), so a double-quoted string stays on one line. */
    private void doubleQuoted(String v) {
        out.append(" \"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /**
     * A {@code |} block: an indentation indicator when the text starts with a space or a break, a chomping
     * indicator from how it ends ({@code -} no final break, none for one, {@code +} for more), then each line at
     * {@code indent}, empty lines left empty.
     */
    private void literal(String v, String indent) {
        out.append(" |");
        char first = v.charAt(0);
        if (first == ' ' || first == '\n') {
            out.append(INDENT.length());
        }
        int n = v.length();
        boolean keep = false;
        if (v.charAt(n - 1) != '\n') {
            out.append('-');
        } else if (n == 1 || v.charAt(n - 2) == '\n') {
            out.append('+');
            keep = true;
        }
        out.append('\n');
        int start = 0;
        while (start < n) {
            int end = v.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (end > start) {
                out.append(indent).append(v, start, end);
            }
            if (end < n) {
                out.append('\n');
            }
            start = end + 1;
        }
        if (keep || v.charAt(n - 1) == '\n') {
            out.setLength(out.length() - 1); // the caller ends the line
        }
    }
}
