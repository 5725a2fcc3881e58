package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How bad a {@link Diagnostic} is: errors fail a run, warnings are printed and do not. */
public enum Severity {
    ERROR, WARNING;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
