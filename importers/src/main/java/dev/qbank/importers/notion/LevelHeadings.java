package dev.qbank.importers.notion;

import dev.qbank.model.Difficulty;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The words Notion pages use as level headings ({@code # 初级}), mapped to the canonical difficulty. */
final class LevelHeadings {
    private static final Map<String, Difficulty> LEVELS = Map.ofEntries(
            Map.entry("初级", Difficulty.EASY), Map.entry("简单", Difficulty.EASY), Map.entry("入门", Difficulty.EASY),
            Map.entry("easy", Difficulty.EASY), Map.entry("beginner", Difficulty.EASY),
            Map.entry("basic", Difficulty.EASY),
            Map.entry("中级", Difficulty.MEDIUM), Map.entry("中等", Difficulty.MEDIUM),
            Map.entry("进阶", Difficulty.MEDIUM), Map.entry("medium", Difficulty.MEDIUM),
            Map.entry("intermediate", Difficulty.MEDIUM),
            Map.entry("高级", Difficulty.HARD), Map.entry("困难", Difficulty.HARD), Map.entry("hard", Difficulty.HARD),
            Map.entry("advanced", Difficulty.HARD));

    private LevelHeadings() {
    }

    /** The difficulty a heading names, ignoring case, emphasis, surrounding spaces and a trailing colon. */
    static Optional<Difficulty> of(String headingText) {
        String key = EmphasisStripper.strip(headingText).strip();
        while (!key.isEmpty() && (key.endsWith(":") || key.endsWith("："))) {
            key = key.substring(0, key.length() - 1).strip();
        }
        return Optional.ofNullable(LEVELS.get(key.toLowerCase(Locale.ROOT)));
    }

    static boolean isLevel(String headingText) {
        return of(headingText).isPresent();
    }
}
