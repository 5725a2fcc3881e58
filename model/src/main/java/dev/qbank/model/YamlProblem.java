package dev.qbank.model;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where and why a YAML text failed to parse, as one line. SnakeYAML's own message spans several lines (an excerpt
 * of the input with a caret), which would break the {@code file:line:column: message} form every qbank finding
 * has; its problem and context say the same in a few words.
 *
 * @param line    1-based line of the problem (0 when unknown)
 * @param column  1-based column (0 when unknown)
 * @param message e.g. "expected ',' or ']', but got <stream end> (while parsing a flow sequence at line 1)"
 */
public record YamlProblem(int line, int column, String message) {
    public static YamlProblem of(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        String message = e.getOriginalMessage();
        if (e.getCause() instanceof MarkedYamlEngineException y) {
            // The problem's own mark: where the YAML went wrong, not where Jackson last stood.
            if (y.getProblemMark().isPresent()) {
                line = y.getProblemMark().get().getLine() + 1;
                column = y.getProblemMark().get().getColumn() + 1;
            }
            message = y.getProblem() == null ? y.getContext() : y.getProblem();
            if (y.getContext() != null && y.getProblem() != null) {
                message += y.getContextMark().map(m -> " (" + y.getContext() + " at line " + (m.getLine() + 1) + ")")
                        .orElse(" (" + y.getContext() + ")");
            }
        }
        message = message == null ? "not valid YAML" : message.replaceAll("\\s+", " ").trim();
        return new YamlProblem(line, column, message);
    }
}
