package dev.qbank.importers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part's number written in words before its name: {@code 第二部分}, {@code 第3章}, {@code 第一篇}, {@code Part 2},
 * {@code Part II}, {@code Section 3}, {@code Chapter 4}, {@code Chapter One}, then maybe a separator ({@code :}, {@code ：}, {@code 、},
 * {@code .}, {@code -}, {@code –}, {@code —}). Banks write their parts so with or without the separator
 * ({@code Part 2 Advanced}, {@code Part 2: Advanced}, {@code 第二部分：进阶}); either way the number is no part of the
 * part's name (see {@link SectionTitle#topic}), and a line or heading that starts with one numbers a part of the
 * document, not a question or the title of the whole.
 */
public final class PartNumber {
    /** A number in digits or Chinese numerals. */
    static final String NUMBER = "[0-9０-９]{1,4}|[" + ChineseNumerals.DIGITS + "]{1,4}";
    /**
     * A Latin part's number: digits, a Roman numeral in capitals ({@code Part II}), or a small number in words, as
     * books title their chapters ({@code Chapter One: The Machine Learning Landscape}).
     */
    public static final String LATIN_NUMBER = "[0-9０-９]{1,4}|[IVXLC]{1,6}|(?i:one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
    /**
     * The number and its word, without the separator. A Roman numeral is in capitals ({@code Part II}) and a Latin
     * number ends the word ({@code Part 2}, not {@code Section 3.2} or {@code Part civil}).
     */
    private static final String PARTS = "第[ \\t]*(?:" + NUMBER + ")[ \\t]*(?:部分|章|节|篇|讲|单元)"
            + "|(?i:part|section|chapter)[ \\t]+(?:" + LATIN_NUMBER + ")(?![\\p{L}\\p{N}]|[.．][0-9０-９])";
    /**
     * {@link #PARTS}, and {@code 第一类} / {@code 第二块}, which number a heading's group ({@code ## 第一类：生成模型})
     * but as often a point of an answer ({@code 第一类：基于规则的方法}): no part line by themselves.
     */
    static final String WORDS = PARTS + "|第[ \\t]*(?:" + NUMBER + ")[ \\t]*(?:块|类)";
    /** What separates the number from the name, with the blanks around it. */
    public static final String SEPARATOR = "[ \\t\\u3000]*[:：、.．\\-–—]?[ \\t\\u3000]*";
    private static final Pattern LEADING = Pattern.compile("^[ \\t\\u3000]*(?:" + PARTS + ")" + SEPARATOR + "("
            + MarkdownLines.toLastCharNotIn(" \\t\\u3000") + ")[ \\t\\u3000]*+$");

    private PartNumber() {
    }

    /**
     * What follows the part's number and its separator in {@code text} ({@code Advanced} in
     * {@code Part 2: Advanced}, empty in {@code Part 2}), or empty when {@code text} does not start with one.
     */
    public static Optional<String> rest(String text) {
        Matcher m = LEADING.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
