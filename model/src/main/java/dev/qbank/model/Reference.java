package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A link a question refers to for further reading, with an optional human title. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"url", "title"})
public record Reference(String url, String title) {
    public Reference {
        Objects.requireNonNull(url, "url");
        title = Question.emptyToNull(title);
    }

    public static Reference of(String url) {
        return new Reference(url, null);
    }
}
