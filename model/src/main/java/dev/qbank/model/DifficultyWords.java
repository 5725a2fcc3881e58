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
            Map.entry("1", Difficulty.EASY), Map.entry("2", Difficulty.MEDIUM), Map.entry("3", Difficulty.HARD),
            // Vietnamese "easy" with its accents, looked up as written: without them it is French, Spanish, Dutch "de"
            Map.entry("dễ", Difficulty.EASY));

    /**
     * The levels in the other languages banks come in, written without accents (a word is looked up here with its
     * Latin letters' accents taken off, {@link LatinLetters#fold}: "Fácil", "fácil" and "FACIL" are one word).
     */
    private static final Map<String, Difficulty> OTHER_LANGUAGES = Map.ofEntries(
            // German, French, Spanish, Portuguese, Italian, Dutch
            Map.entry("leicht", Difficulty.EASY), Map.entry("einfach", Difficulty.EASY),
            Map.entry("mittel", Difficulty.MEDIUM), Map.entry("mittelschwer", Difficulty.MEDIUM),
            Map.entry("schwer", Difficulty.HARD), Map.entry("schwierig", Difficulty.HARD),
            Map.entry("facile", Difficulty.EASY), Map.entry("moyen", Difficulty.MEDIUM), Map.entry("moyenne", Difficulty.MEDIUM),
            Map.entry("difficile", Difficulty.HARD), Map.entry("debutant", Difficulty.EASY), Map.entry("avance", Difficulty.HARD),
            Map.entry("facil", Difficulty.EASY), Map.entry("medio", Difficulty.MEDIUM),
            Map.entry("dificil", Difficulty.HARD), Map.entry("basico", Difficulty.EASY), Map.entry("avanzado", Difficulty.HARD),
            Map.entry("intermedio", Difficulty.MEDIUM), Map.entry("principiante", Difficulty.EASY),
            Map.entry("intermediario", Difficulty.MEDIUM), Map.entry("avancado", Difficulty.HARD),
            Map.entry("difficolta", Difficulty.HARD), Map.entry("semplice", Difficulty.EASY), Map.entry("avanzato", Difficulty.HARD),
            Map.entry("makkelijk", Difficulty.EASY), Map.entry("gemakkelijk", Difficulty.EASY),
            Map.entry("gemiddeld", Difficulty.MEDIUM), Map.entry("moeilijk", Difficulty.HARD),
            // Russian, Vietnamese, Indonesian, Turkish, Polish
            Map.entry("легкий", Difficulty.EASY), Map.entry("лёгкий", Difficulty.EASY), Map.entry("простой", Difficulty.EASY),
            Map.entry("средний", Difficulty.MEDIUM), Map.entry("сложный", Difficulty.HARD), Map.entry("трудный", Difficulty.HARD),
            Map.entry("trung binh", Difficulty.MEDIUM), Map.entry("kho", Difficulty.HARD),
            Map.entry("mudah", Difficulty.EASY), Map.entry("sedang", Difficulty.MEDIUM), Map.entry("sulit", Difficulty.HARD),
            Map.entry("sukar", Difficulty.HARD),
            Map.entry("kolay", Difficulty.EASY), Map.entry("orta", Difficulty.MEDIUM), Map.entry("zor", Difficulty.HARD),
            Map.entry("latwy", Difficulty.EASY), Map.entry("latwe", Difficulty.EASY), Map.entry("sredni", Difficulty.MEDIUM),
            Map.entry("srednie", Difficulty.MEDIUM), Map.entry("trudny", Difficulty.HARD), Map.entry("trudne", Difficulty.HARD),
            // traditional Chinese, Japanese, Korean
            Map.entry("簡單", Difficulty.EASY), Map.entry("困難", Difficulty.HARD), Map.entry("難", Difficulty.HARD),
            Map.entry("較難", Difficulty.HARD), Map.entry("初級", Difficulty.EASY), Map.entry("中級", Difficulty.MEDIUM),
            Map.entry("高級", Difficulty.HARD), Map.entry("進階", Difficulty.MEDIUM), Map.entry("基礎", Difficulty.EASY),
            Map.entry("易しい", Difficulty.EASY), Map.entry("やさしい", Difficulty.EASY), Map.entry("普通", Difficulty.MEDIUM),
            Map.entry("難しい", Difficulty.HARD), Map.entry("上級", Difficulty.HARD),
            Map.entry("쉬움", Difficulty.EASY), Map.entry("쉬운", Difficulty.EASY), Map.entry("하", Difficulty.EASY),
            Map.entry("보통", Difficulty.MEDIUM), Map.entry("중", Difficulty.MEDIUM), Map.entry("중간", Difficulty.MEDIUM),
            Map.entry("어려움", Difficulty.HARD), Map.entry("어려운", Difficulty.HARD), Map.entry("상", Difficulty.HARD));

    /** Stars written as a number: {@code 3星}, {@code 2 stars}. */
    private static final Pattern STAR_COUNT = Pattern.compile("([1-5])[ \\t]*(?:星|颗星|stars?)");

    private DifficultyWords() {
    }

    /** A level of a five-point scale (five stars, a column scored 1 to 5) folded onto three: 1-2, 3, 4-5. */
    public static Difficulty ofFive(int points) {
        return points <= 2 ? Difficulty.EASY : points == 3 ? Difficulty.MEDIUM : Difficulty.HARD;
    }

    /** The level a lower-case word names, in English or Chinese as written, in another language without accents. */
    private static Difficulty word(String w) {
        Difficulty d = WORDS.get(w);
        return d != null ? d : OTHER_LANGUAGES.get(LatinLetters.fold(w));
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
        Difficulty d = word(w);
        if (d != null) {
            return Optional.of(d);
        }
        Matcher counted = STAR_COUNT.matcher(w);
        if (counted.matches()) {
            return Optional.of(stars(Integer.parseInt(counted.group(1)), 0));
        }
        // a word with a marker around it: "🟢 easy", "(hard)"
        String letters = w.replaceAll("[^\\p{L}\\p{N}]+", "");
        if (!letters.isEmpty() && !letters.equals(w) && (d = word(letters)) != null) {
            return Optional.of(d);
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
            return ofFive(stars);
        }
        return stars == 1 ? Difficulty.EASY : stars == 2 ? Difficulty.MEDIUM : Difficulty.HARD;
    }
}
