package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How hard a question is. Written lower-case in YAML and JSON ({@code easy|medium|hard}). */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Difficulty fromId(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException("unknown difficulty '" + id
                + "' (expected easy, medium or hard" + DifficultyWords.parse(id).map(d -> "; write " + d.id()).orElse("")
                + ")"));
    }

    /** Lenient lookup of the canonical name only; importers map their own vocabularies first. */
    public static Optional<Difficulty> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Difficulty d : values()) {
            if (d.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
