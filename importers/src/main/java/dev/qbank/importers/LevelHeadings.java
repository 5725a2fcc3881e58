package dev.qbank.importers;

import dev.qbank.importers.notion.EmphasisStripper;
import dev.qbank.model.Difficulty;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a heading or a section line names a level with ({@code # 初级}, {@code ## Intermediate},
 * {@code 二、进阶}, {@code Part 3: Advanced}): one list for every importer (Notion's level headings, the level
 * sections of numbered, qa and chapters, an Excel sheet's name), each word meaning what
 * {@link DifficultyWords#parse} says it means. Words such as {@code 低} or {@code 1} are levels in a difficulty
 * column, not as a part's name, so only these name a level here.
 */
public final class LevelHeadings {
    private static final Set<String> WORDS = Set.of(
            "初级", "简单", "入门", "基础", "easy", "beginner", "basic", "basics",
            "中级", "中等", "进阶", "medium", "intermediate",
            "高级", "困难", "hard", "advanced");
    /**
     * Level words that name a document's parts as often (see {@link #plainly}): {@code ## 2. 进阶篇} over its
     * questions, {@code ## 基础} over the basics of a topic.
     */
    private static final Set<String> PARTS = Set.of("入门", "进阶", "基础", "basic", "basics");
    /**
     * Of those, the words for the basics of a subject, a part far more often than a level: a level only beside other
     * levels (see {@link #any} and {@link LevelSections}), even in a page whose headings are levels (a Notion page).
     */
    private static final Set<String> BASICS = Set.of("基础", "basics");
    /**
     * Levels written as ranks, {@code ## L1} / {@code ## L2} / {@code ## L3} (also {@code Lv2}, {@code Level 3}): a
     * rank alone may be anything ({@code ## L1} over L1 regularisation), so these name a level only beside another
     * rank (see {@link #ranked} and {@link LevelSections}).
     */
    private static final Map<String, Difficulty> RANKS = Map.of(
            "l1", Difficulty.EASY, "l2", Difficulty.MEDIUM, "l3", Difficulty.HARD,
            "lv1", Difficulty.EASY, "lv2", Difficulty.MEDIUM, "lv3", Difficulty.HARD,
            "level 1", Difficulty.EASY, "level 2", Difficulty.MEDIUM, "level 3", Difficulty.HARD);

    /**
     * What pages write around the level word, once the part's number and count are gone (see
     * {@link SectionTitle#topic}): a word after it ({@code 初级篇}, {@code 中级题目}, {@code 基础题},
     * {@code Hard questions}), a count in brackets and a colon.
     */
    private static final Pattern DECORATION = Pattern.compile(
            "^(.+?)[ \\t]*+(?:篇|题|题目|部分|问题|(?i:questions?|level))?[ \\t]*+(?:[(（][^()（）]*[)）])?[ \\t]*+[:：]*+$");
    /** Longer heading texts than this are no level word with its decoration (see {@link #key}). */
    private static final int MAX_DECORATED = 200;
    /** A marker before the word ({@code 🟢 简单}, {@code ⭐ Easy}) only colours it. */
    private static final Pattern LEADING_MARKER = Pattern.compile("^[^\\p{L}\\p{N}(（\\[【]+");

    private LevelHeadings() {
    }

    /**
     * The difficulty a heading or section line names with any level word, ignoring case, emphasis, surrounding
     * spaces, the part's number ({@code 一、}, {@code 1.}, {@code 第一部分}, {@code Part 2:}), a trailing colon and the
     * decoration above. For a document whose sections group its questions by level.
     */
    public static Optional<Difficulty> any(String headingText) {
        return ofKey(key(headingText));
    }

    /** Whether the heading names a level as a rank ({@link #RANKS}), a level only beside another rank. */
    public static boolean ranked(String headingText) {
        return RANKS.containsKey(key(headingText));
    }

    private static Optional<Difficulty> ofKey(String key) {
        Difficulty rank = RANKS.get(key);
        if (rank != null) {
            return Optional.of(rank);
        }
        if (!WORDS.contains(key)) {
            return Optional.empty();
        }
        return DifficultyWords.parse(key.equals("basics") ? "basic" : key); // the basics: the first level
    }

    /**
     * The difficulty a heading names in a page whose headings are levels (a Notion page) by itself: any level word
     * but the basics ({@link #BASICS}), which need another level beside them ({@link LevelSections#ofLevelPage}).
     */
    public static Optional<Difficulty> of(String headingText) {
        String key = key(headingText);
        return BASICS.contains(key) || RANKS.containsKey(key) ? Optional.empty() : ofKey(key);
    }

    /**
     * The difficulty a heading names with a word that only names a level: not one of {@link #PARTS}. For documents
     * whose headings are topics unless they plainly name a level.
     */
    public static Optional<Difficulty> plainly(String headingText) {
        String key = key(headingText);
        return PARTS.contains(key) || RANKS.containsKey(key) ? Optional.empty() : ofKey(key);
    }

    private static String key(String headingText) {
        String key = LEADING_MARKER.matcher(EmphasisStripper.strip(headingText).strip()).replaceFirst("");
        key = SectionTitle.topic(key);
        Matcher m = DECORATION.matcher(key);
        // A level word with its decoration is short; the lazy DECORATION pattern is cubic in a long run of blanks
        // (a fuzzed heading of 200,000 took minutes), and a long heading names no level whatever it ends with.
        if (key.length() <= MAX_DECORATED && m.matches()) {
            key = m.group(1);
        }
        return key.toLowerCase(Locale.ROOT);
    }
}
