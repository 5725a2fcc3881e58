package dev.qbank.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words people write for a difficulty, mapped onto qbank's three levels: read by every importer (so "中等" means
 * the same in a table and in a Notion export), and suggested by {@code qbank validate} when a contributor writes
 * {@code difficulty: 简单} or {@code difficulty: 2} in a question file, which takes {@code easy|medium|hard} only.
 */
public final class DifficultyWords {
    private static final Map<String, Difficulty> WORDS = Map.ofEntries(
            Map.entry("简单", Difficulty.EASY), Map.entry("容易", Difficulty.EASY), Map.entry("初级", Difficulty.EASY),
            Map.entry("基础", Difficulty.EASY), Map.entry("入门", Difficulty.EASY), Map.entry("低", Difficulty.EASY),
            Map.entry("易", Difficulty.EASY),
            Map.entry("中等", Difficulty.MEDIUM), Map.entry("一般", Difficulty.MEDIUM), Map.entry("中级", Difficulty.MEDIUM),
            Map.entry("中", Difficulty.MEDIUM), Map.entry("适中", Difficulty.MEDIUM), Map.entry("进阶", Difficulty.MEDIUM),
            Map.entry("困难", Difficulty.HARD), Map.entry("难", Difficulty.HARD), Map.entry("高级", Difficulty.HARD),
            Map.entry("较难", Difficulty.HARD), Map.entry("高", Difficulty.HARD), Map.entry("复杂", Difficulty.HARD),
            Map.entry("easy", Difficulty.EASY), Map.entry("beginner", Difficulty.EASY), Map.entry("basic", Difficulty.EASY),
            Map.entry("low", Difficulty.EASY), Map.entry("simple", Difficulty.EASY), Map.entry("junior", Difficulty.EASY),
            Map.entry("medium", Difficulty.MEDIUM), Map.entry("intermediate", Difficulty.MEDIUM),
            Map.entry("moderate", Difficulty.MEDIUM), Map.entry("normal", Difficulty.MEDIUM), Map.entry("mid", Difficulty.MEDIUM),
            Map.entry("hard", Difficulty.HARD), Map.entry("difficult", Difficulty.HARD), Map.entry("advanced", Difficulty.HARD),
            Map.entry("high", Difficulty.HARD), Map.entry("senior", Difficulty.HARD), Map.entry("expert", Difficulty.HARD),
            Map.entry("1", Difficulty.EASY), Map.entry("2", Difficulty.MEDIUM), Map.entry("3", Difficulty.HARD));

    /** Stars written as a number: {@code 3星}, {@code 2 stars}. */
    private static final Pattern STAR_COUNT = Pattern.compile("([1-5])[ \\t]*(?:星|颗星|stars?)");

    private DifficultyWords() {
    }

    /**
     * The level a source's word means, if it is one qbank knows: Chinese and English words (also with a marker
     * around them, {@code 🟢 Easy}), 1-3, or 1-3 stars ({@code ★}, {@code ⭐}, {@code *}, {@code 3星}; a
     * five-star scale is folded onto three).
     */
    public static Optional<Difficulty> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = Normalizer.normalize(word, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Difficulty d = WORDS.get(w);
        if (d != null) {
            return Optional.of(d);
        }
        Matcher counted = STAR_COUNT.matcher(w);
        if (counted.matches()) {
            return Optional.of(stars(Integer.parseInt(counted.group(1)), 0));
        }
        // a word with a marker around it: "🟢 easy", "(hard)"
        String letters = w.replaceAll("[^\\p{L}\\p{N}]+", "");
        if (!letters.isEmpty() && !letters.equals(w) && WORDS.containsKey(letters)) {
            return Optional.of(WORDS.get(letters));
        }
        int stars = 0;
        int empty = 0;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (cp == '★' || cp == '*' || cp == 0x2B50) {
                stars++;
            } else if (cp == '☆') {
                empty++;
            } else if (cp != 0xFE0F && !Character.isWhitespace(cp)) {
                return Optional.empty();
            }
            i += Character.charCount(cp);
        }
        if (stars == 0) {
            return Optional.empty();
        }
        return Optional.of(stars(stars, empty));
    }

    /** {@code n} stars of {@code n + empty}: three levels, or a five-star scale folded onto three. */
    private static Difficulty stars(int stars, int empty) {
        if (stars + empty > 3) {
            return stars <= 2 ? Difficulty.EASY : stars == 3 ? Difficulty.MEDIUM : Difficulty.HARD;
        }
        return stars == 1 ? Difficulty.EASY : stars == 2 ? Difficulty.MEDIUM : Difficulty.HARD;
    }
}
