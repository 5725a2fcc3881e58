package dev.qbank.importers;

import dev.qbank.model.Difficulty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Difficulty as source banks write it: the words (kept in the model's {@link dev.qbank.model.DifficultyWords}, which
 * {@code qbank validate} suggests from too) and a level written in brackets after a question.
 */
public final class DifficultyWords {
    /**
     * A level written in brackets at the end of a question: {@code 【简单】}, {@code （中等）}, {@code [困难]},
     * {@code (Hard)}, {@code （难度：★★）}. Group 1 is the word. Searched for in untrusted lines: a run of blanks is
     * tried from its first blank only (the look-behind), not from each of them (quadratic in the run).
     */
    private static final Pattern TRAILING = Pattern.compile(
            "(?<![ \\t\\u3000])[ \\t\\u3000]*+[【（(\\[「][ \\t]*(?:难度[ \\t]*[:：][ \\t]*|(?i:difficulty)[ \\t]*:[ \\t]*)?"
                    + "([^【】（）()\\[\\]「」]{1,12}?)[ \\t]*[】）)\\]」]$");
    /**
     * Words too common in other senses to be read as a level inside a question's closing brackets: {@code (1)} is a
     * footnote, {@code (basic)} or {@code （中）} a qualifier.
     */
    private static final java.util.Set<String> NOT_IN_BRACKETS = java.util.Set.of("1", "2", "3", "low", "high", "basic",
            "normal", "simple", "mid", "junior", "senior", "expert", "moderate", "低", "中", "高", "一般", "基础", "复杂");

    private DifficultyWords() {
    }

    /**
     * The question without a level written in brackets at its end, and that level: {@code 什么是 ResNet？【简单】} is
     * {@code 什么是 ResNet？}, easy. Empty when the text does not end that way. Also the level and company labels a
     * GitHub list writes around a question ({@code What is JSX? 🟢 Easy [Meta]}, see {@link LevelLabels}).
     */
    public static Optional<Trailing> trailing(String question) {
        Matcher m = TRAILING.matcher(question);
        if (!m.find()) {
            return labels(question);
        }
        String word = m.group(1).strip();
        String rest = question.substring(0, m.start()).strip();
        if (rest.isEmpty() || NOT_IN_BRACKETS.contains(word.toLowerCase(Locale.ROOT))) {
            return labels(question);
        }
        return parse(word).map(d -> new Trailing(rest, d, List.of())).or(() -> labels(question));
    }

    /** A GitHub list's labels around the question ({@code What is JSX? 🟢 Easy [Meta]}, see {@link LevelLabels}). */
    private static Optional<Trailing> labels(String question) {
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
}
