package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A value that lost when duplicates were merged (another answer, another difficulty). Kept so that a merge never
 * silently drops what a source said; a curator resolves it by editing the question and deleting the conflict.
 *
 * @param field  the question field the value belongs to ({@code answer}, {@code difficulty}, ...)
 * @param value  the value that was not chosen
 * @param source the {@link Source#citation()} it came from
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"field", "value", "source"})
public record Conflict(String field, String value, String source) {
    public Conflict {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }
}
