package dev.qbank.schema;

import dev.qbank.model.ConflictMarkers;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.YamlProblem;
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
 * keeps the parser's message.
 */
final class YamlHints {
    /** {@code question:text}: a field name directly followed by its value, without the space YAML needs. */
    private static final Pattern NO_SPACE = Pattern.compile("^\\s*([^\\s:#\"'][^:]*):\\S");
    /** The value of a {@code field: value} line: group 1 is where it starts. */
    private static final Pattern VALUE = Pattern.compile("^\\s*(?:- )?[^\\s:#\"'][^:]*?:[ \\t]+(\\S)");
    private static final String QUOTE_IT = "put the whole value in single quotes (a ' inside written as '')";
    private static final String SEVERAL_LINES = "a value of several lines goes under 'field: |', each line indented "
            + "by two spaces";

    private YamlHints() {
    }

    static Diagnostic syntaxError(String file, String text, JacksonException e) {
        YamlProblem parsed = YamlProblem.of(e);
        int line = parsed.line();
        int column = parsed.column();
        String message = parsed.message();
        int marker = ConflictMarkers.firstLine(text);
        if (marker > 0) {
            return Diagnostic.error("yaml", file, marker, 1,
                    "invalid YAML: " + ConflictMarkers.message(ConflictMarkers.lineText(text, marker)));
        }
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
        return Diagnostic.error("yaml", file, line, column, "invalid YAML: " + message);
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

    /** The text of 1-based {@code line}, without its line break; empty when out of range. */
    static String lineText(String text, int line) {
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
