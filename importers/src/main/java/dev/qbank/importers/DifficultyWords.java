package dev.qbank.importers;

import dev.qbank.model.Difficulty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Difficulty as source banks write it: the words (kept in the model's {@link dev.qbank.model.DifficultyWords}, which
 * {@code qbank validate} suggests from too) and a level written in brackets after a question (read by
 * {@link LevelLabels}).
 */
public final class DifficultyWords {
    private DifficultyWords() {
    }

    /**
     * The question without a level written in brackets at its end, and that level: {@code 什么是 ResNet？【简单】} is
     * {@code 什么是 ResNet？}, easy; also the level and company labels a GitHub list writes around a question
     * ({@code What is JSX? 🟢 Easy [Meta]}). One rule reads every bracketed label, {@link LevelLabels#of}. Empty when
     * the text has none.
     */
    public static Optional<Trailing> trailing(String question) {
        return LevelLabels.of(question).map(m -> new Trailing(m.question(), m.difficulty(), m.tags()));
    }

    /**
     * A question and the level that was written after it (null when only labels were: {@code What is X? [Google]}),
     * and the companies in brackets beside it, its tags.
     */
    public record Trailing(String question, Difficulty difficulty, List<String> tags) {
    }

    /** The question's tags, then the companies labelled beside it ({@code [Google]}, see {@link LevelLabels}). */
    public static List<String> withLabels(List<String> tags, Optional<DifficultyWords.Trailing> level) {
        return withLabels(tags, level.map(Trailing::tags).orElse(List.of()));
    }

    /** {@code tags}, then each of {@code labels} not among them. */
    public static List<String> withLabels(List<String> tags, List<String> labels) {
        if (labels.isEmpty()) {
            return tags;
        }
        Set<String> all = new LinkedHashSet<>(tags);
        all.addAll(labels);
        return List.copyOf(all);
    }

    /**
     * The level a source's word means, if it is one qbank knows (see {@link dev.qbank.model.DifficultyWords}, shared
     * with {@code qbank validate}).
     */
    public static Optional<Difficulty> parse(String word) {
        return dev.qbank.model.DifficultyWords.parse(word);
    }

    /** A level of a five-point scale folded onto three (see {@link dev.qbank.model.DifficultyWords#ofFive}). */
    public static Difficulty ofFive(int points) {
        return dev.qbank.model.DifficultyWords.ofFive(points);
    }
}
