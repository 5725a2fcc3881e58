package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One problem a user can cause, anywhere in qbank: a bad source file, an invalid question, a broken media link.
 * Printed as {@code file:line:column: error[CODE]: message}; line and column are 1-based, 0 when unknown.
 * The column counts characters (Unicode code points, as snakeyaml marks them): an emoji or '𝔘' is one column,
 * though it is two UTF-16 chars.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"severity", "code", "file", "line", "column", "message"})
public record Diagnostic(Severity severity, String code, String file, int line, int column, String message) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
    }

    public static Diagnostic error(String code, String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, code, file, line, column, message);
    }

    public static Diagnostic warning(String code, String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, code, file, line, column, message);
    }

    @JsonIgnore // derived from severity; not a field of the JSON form
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error[CODE]: message}, omitting the parts that are unknown. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (!file.isEmpty()) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        return sb.append(severity.id()).append('[').append(code).append("]: ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
