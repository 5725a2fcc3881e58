package dev.qbank.model;

import java.util.ArrayDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;

/**
 * A YAML syntax error in the words of the mistake a person made writing a question file by hand, and where they
 * made it. The parser's own message names its state ("could not find expected ':' while scanning a simple key",
 * "expected &lt;block end&gt;, but found '&lt;scalar&gt;'") and often points past the mistake (at the next line,
 * or at the end of the file); the usual mistakes are told apart by the text of the offending line. Anything else
 * keeps the parser's message. The one wording of a YAML mistake in any file of a bank, for {@code qbank validate} and
 * for every command that reads the bank (in model, so the bank's own readers use it as validate does).
 */
public final class YamlHints {
    /** {@code question:text}: a field name directly followed by its value, without the space YAML needs. */
    private static final Pattern NO_SPACE = Pattern.compile("^\\s*([^\\s:#\"'][^:]*):\\S");
    /** The value of a {@code field: value} line: group 1 is where it starts. */
    private static final Pattern VALUE = Pattern.compile("^\\s*(?:- )?[^\\s:#\"'][^:]*?:[ \\t]+(\\S)");
    private static final String QUOTE_IT = "put the whole value in single quotes (a ' inside written as '')";
    private static final String SEVERAL_LINES = "a value of several lines goes under 'field: |', each line indented "
            + "by two spaces";

    private YamlHints() {
    }

    /**
     * Where and what the YAML mistake in {@code text} is, in the words of the mistake (the parser's own words when it
     * is none of the usual ones), at the line where it was made.
     */
    public static YamlProblem problem(String text, JacksonException e) {
        YamlProblem parsed = YamlProblem.of(e);
        int marker = ConflictMarkers.firstLine(text);
        if (marker > 0 && !(e instanceof tools.jackson.core.exc.StreamConstraintsException)) {
            // a merge left the file unresolved: the parser's words would point at the indentation
            return new YamlProblem(marker, 1, ConflictMarkers.message(text, marker));
        }
        int line = parsed.line();
        int column = parsed.column();
        String message = parsed.message();
        if (e.getCause() instanceof MarkedYamlEngineException y && y.getProblem() != null) {
            String problem = y.getProblem();
            String context = y.getContext() == null ? "" : y.getContext();
            Mark start = y.getContextMark().orElse(null);
            String hint = null;
            if (problem.startsWith("found character '\\t(TAB)'")) {
                hint = "a tab character; YAML indents with spaces only: replace the tab with spaces";
            } else if (problem.startsWith("found character '") && problem.contains("cannot start any token")) {
                hint = "a value cannot start with '" + problem.charAt("found character '".length()) + "'; " + QUOTE_IT;
            } else if (problem.equals("could not find expected ':'") && context.contains("simple key") && start != null) {
                // the parser notices at the next line; the mistake is on the line where the key began
                line = start.getLine() + 1;
                column = start.getColumn() + 1;
                hint = missingColon(lineText(text, line));
            } else if (context.contains("quoted scalar") && problem.contains("end of stream") && start != null) {
                line = start.getLine() + 1;
                column = start.getColumn() + 1;
                hint = "a quoted value is never closed; add the closing quote";
            } else if (problem.matches("expected ',' or '[\\]}]'.*") && start != null) {
                // a flow list or mapping the parser read to its end (or to a line it could not fit in)
                char close = problem.charAt("expected ',' or '".length());
                line = start.getLine() + 1;
                column = start.getColumn() + 1;
                hint = "the '" + (close == ']' ? '[' : '{') + "' here is never closed; add the closing '" + close
                        + "', or, if the value is text, " + QUOTE_IT;
            } else if (problem.contains("<stream end>") && context.contains("flow") && unclosedOpener(text) != null) {
                // the file ended inside a flow list or mapping: the opener still open is the mistake
                int[] opener = unclosedOpener(text);
                line = opener[0];
                column = opener[1];
                char open = (char) opener[2];
                hint = "the '" + open + "' here is never closed; add the closing '" + (open == '[' ? ']' : '}')
                        + "', or, if the value is text, " + QUOTE_IT;
            } else if (problem.startsWith("expected <block end>")) {
                hint = valueGoesOn(lineText(text, line), column);
            } else if (problem.startsWith("mapping values are not allowed here")) {
                hint = colonInValue(lineText(text, line), column);
            } else if (problem.startsWith("sequence entries are not allowed here")) {
                hint = "a value cannot start with '- ' on the field's line: " + QUOTE_IT
                        + ", or start the list on the next line";
            }
            if (hint != null) {
                message = hint;
            }
        }
        return new YamlProblem(line, column, message);
    }

    private static String missingColon(String line) {
        if (line.indexOf('\uFF1A') >= 0 && line.indexOf(':') < 0) {
            return "'\uFF1A' is a full-width colon; write the field name, ':' and a space";
        }
        Matcher m = NO_SPACE.matcher(line);
        if (m.find()) {
            return "no space after '" + m.group(1).strip() + ":'; YAML needs one between ':' and the value";
        }
        return "this line is not 'field: value'; " + SEVERAL_LINES;
    }

    /** The parser expected the next field and found more text: a value quoted or bracketed only in part, or indentation. */
    private static String valueGoesOn(String line, int column) {
        Matcher m = VALUE.matcher(line);
        if (m.find() && column > m.start(1) + 1 && "\"'[{*&!".indexOf(m.group(1).charAt(0)) >= 0) {
            String opener = m.group(1).equals("'") ? "\"'\"" : "'" + m.group(1) + "'";
            return "the value starts with " + opener + " and goes on after its end; " + QUOTE_IT;
        }
        return "this line does not line up with the fields above; check its indentation (" + SEVERAL_LINES + ")";
    }

    /** A second {@code ': '} on a line is part of the value; a first one, on an indented line, is indentation. */
    private static String colonInValue(String line, int column) {
        int first = line.indexOf(": ");
        if (first >= 0 && first + 1 < column - 1) {
            return "the value contains ': '; " + QUOTE_IT;
        }
        return "this line is indented more than the field above; fields start at the same column";
    }

    /**
     * Where the innermost '[' or '{' that is never closed is, outside quotes and comments, as {1-based line, 1-based
     * column, the character}; null if there is none. Only asked when the parser ran to the end of the file inside a
     * flow list or mapping, so a bracket in a block of text does not mislead it.
     */
    private static int[] unclosedOpener(String text) {
        ArrayDeque<int[]> open = new ArrayDeque<>();
        int line = 1;
        int column = 0;
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 0;
                comment = false;
                continue;
            }
            if (!Character.isLowSurrogate(c)) {
                column++; // columns count characters as the parser's marks do (code points)
            }
            if (comment) {
                continue;
            }
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++; // an escaped character: "\"" does not close the value
                } else if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && startsValue(text, i)) {
                quote = c; // only a quote that starts a value quotes it ("What's" is plain text)
            } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                comment = true;
            } else if (c == '[' || c == '{') {
                open.push(new int[] {line, column, c});
            } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.peek();
    }

    /** Whether the character at {@code i} starts a value: first on its line, or after ':', ',', '[', '{' or '-'. */
    private static boolean startsValue(String text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char p = text.charAt(k);
            if (p == '\n') {
                return true;
            }
            if (p != ' ' && p != '\t') {
                return ":,[{-?".indexOf(p) >= 0;
            }
        }
        return true;
    }

    /** The 1-based line where the top-level key {@code name} is written ({@code name:} at a line's start), 0 if none. */
    public static int keyLine(String text, String name) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(name + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The 1-based line of entry {@code index} (0-based) of the block list under the top-level key {@code key}, for
     * a finding about one entry ("decision 2 needs action"); the key's line when the list is not written one entry
     * a line ({@code key: [...]}) or has fewer entries, 0 when the key is not there.
     */
    public static int entryLine(String text, String key, int index) {
        int keyLine = keyLine(text, key);
        if (keyLine == 0) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        int seen = -1;
        int indent = -1;
        for (int i = keyLine; i < lines.length; i++) {
            String l = lines[i];
            String stripped = l.stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int at = l.length() - stripped.length();
            if (indent < 0 && stripped.startsWith("-")) {
                indent = at; // the first entry sets the list's indentation
            }
            if (at < Math.max(indent, 0) || at == 0 && !stripped.startsWith("-")) {
                break; // the next top-level key: the list has ended
            }
            if (at == indent && stripped.startsWith("-") && ++seen == index) {
                return i + 1;
            }
        }
        return keyLine;
    }

    /**
     * The 1-based line of the first entry of the top-level key {@code key}'s block that holds {@code entry} (a key or
     * value written there), for a finding about one entry of a section ("broad names 'x', which is not a term"); the
     * key's line when no line of the block holds it (a flow list, an entry written otherwise), 0 when the key is not
     * there.
     */
    public static int lineWithin(String text, String key, String entry) {
        int keyLine = keyLine(text, key);
        if (keyLine == 0 || entry == null || entry.isEmpty()) {
            return keyLine;
        }
        String[] lines = text.split("\n", -1);
        if (lines[keyLine - 1].substring(key.length() + 1).contains(entry)) {
            return keyLine;
        }
        for (int i = keyLine; i < lines.length; i++) {
            String l = lines[i];
            if (!l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && l.charAt(0) != '-' && l.charAt(0) != '#') {
                break; // the next top-level key: the block has ended
            }
            int comment = l.indexOf(" #");
            if ((comment < 0 ? l : l.substring(0, comment)).contains(entry)) {
                return i + 1;
            }
        }
        return keyLine;
    }

    /** The text of 1-based {@code line}, without its line break; empty when out of range. */
    public static String lineText(String text, int line) {
        int from = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', from);
            if (next < 0) {
                return "";
            }
            from = next + 1;
        }
        int end = text.indexOf('\n', from);
        String s = text.substring(from, end < 0 ? text.length() : end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
