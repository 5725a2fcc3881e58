package dev.qbank.importers.notion;

import dev.qbank.model.Difficulty;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words Notion pages use as level headings ({@code # 初级}), mapped to the canonical difficulty. */
public final class LevelHeadings {
    private static final Map<String, Difficulty> LEVELS = Map.ofEntries(
            Map.entry("初级", Difficulty.EASY), Map.entry("简单", Difficulty.EASY), Map.entry("入门", Difficulty.EASY),
            Map.entry("easy", Difficulty.EASY), Map.entry("beginner", Difficulty.EASY),
            Map.entry("basic", Difficulty.EASY),
            Map.entry("中级", Difficulty.MEDIUM), Map.entry("中等", Difficulty.MEDIUM),
            Map.entry("进阶", Difficulty.MEDIUM), Map.entry("medium", Difficulty.MEDIUM),
            Map.entry("intermediate", Difficulty.MEDIUM),
            Map.entry("高级", Difficulty.HARD), Map.entry("困难", Difficulty.HARD), Map.entry("hard", Difficulty.HARD),
            Map.entry("advanced", Difficulty.HARD));
    /** Level words that name a document's parts as often (see {@link #plainly}). */
    private static final Set<String> PARTS = Set.of("入门", "进阶", "basic");

    private LevelHeadings() {
    }

    /**
     * What pages write around the level word: a number before it ({@code 一、初级}, {@code 1. Easy}), a word after
     * it ({@code 初级篇}, {@code 中级题目}, {@code Hard questions}) and a count ({@code 高级（5题）}).
     */
    private static final Pattern DECORATION = Pattern.compile("^(?:[0-9一二三四五六七八九十]{1,3}[ \\t]*[.．、)）][ \\t]*)?"
            + "(.+?)[ \\t]*(?:篇|题|题目|部分|问题|(?i:questions?|level))?[ \\t]*(?:[(（][^()（）]*[)）])?[ \\t]*[:：]*$");

    /**
     * The difficulty a heading names, ignoring case, emphasis, surrounding spaces, a trailing colon and the
     * decoration above.
     */
    private static final Pattern LEADING_MARKER = Pattern.compile("^[^\\p{L}\\p{N}(（\\[【]+");

    public static Optional<Difficulty> of(String headingText) {
        return Optional.ofNullable(LEVELS.get(key(headingText)));
    }

    /**
     * The difficulty a heading names with a word that only names a level: not {@code 入门}, {@code 进阶} or
     * {@code Basic}, which name a document's parts as often ({@code ## 2. 进阶篇} over its questions). For documents
     * whose headings are topics unless they plainly name a level.
     */
    public static Optional<Difficulty> plainly(String headingText) {
        String key = key(headingText);
        return PARTS.contains(key) ? Optional.empty() : Optional.ofNullable(LEVELS.get(key));
    }


    private static String key(String headingText) {
        // a marker before the word ("🟢 简单", "⭐ Easy") only colours it
        String key = LEADING_MARKER.matcher(EmphasisStripper.strip(headingText).strip()).replaceFirst("");
        Matcher m = DECORATION.matcher(key);
        if (m.matches()) {
            key = m.group(1);
        }
        return key.toLowerCase(Locale.ROOT);
    }

    static boolean isLevel(String headingText) {
        return of(headingText).isPresent();
    }
}
