package dev.qbank.importers.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * Residual words that tell two otherwise alike questions apart whatever their terms are: a numeral, an ordinal, a
 * direction or one of a pair of opposites swapped ("连续两次正面X次数" / "连续三次正面X次数", "X前的特征" / "X后的特征",
 * "minimum X" / "maximum X", "X的上界" / "X的下界"), or a word that turns what is asked about
 * X into something else said on one side only
 * ("为什么要做X" / "树模型为啥不用做X", "除了X还有哪些方法" / "为什么X能防止过拟合", "如何增大X" / "X怎么计算").
 *
 * <p>When the glossary does not know a name, its characters join the residual words, where they outnumber the one
 * word that differs and the residual agreement alone calls the pair one question (docs/dedup-report.md, "dedup35").
 * So such words are compared on their own, as {@link QuestionProfile#sameShape} decides an automatic merge: the pair
 * may still be offered for review. Only a swap counts for the groups (a rephrasing adds or drops a numeral: "讲一下X的
 * 两种方法" / "X的两种方法"); a one-sided word counts when it is on one side alone. Residual words only: concepts are
 * compared whole already, and an equivalents group stands for its words ("≈大" is 大, large, high, 高).
 */
final class ContrastWords {
    private static final String EQ = String.valueOf(Glossary.EQUIVALENT_MARK);
    /**
     * Groups of members, each member one or more residual words; two questions that each name a member of one group
     * the other does not name are different questions. Numerals and ordinals are one group each (一 is left out: 一下,
     * 一般 and 统一 leave it as a residual word far more often than a count does).
     */
    private static final String[][][] SWAPPED = {
        {{EQ + "两个"}, {"二"}, {"三", EQ + "three"}, {"四", EQ + "four"}, {"五", "five"}, {"六", "six"}, {"七", "seven"},
            {"八", "eight"}, {"九", "nine"}, {"十", "ten"}},
        {{"first"}, {"second"}, {"third"}, {"last"}, {"then"}},
        {{EQ + "大"}, {EQ + "小"}},
        {{EQ + "多"}, {EQ + "少"}},
        {{"前", "先"}, {"后"}},
        {{"增", "increase", "increasing", "increased"}, {"减", "decrease", "decreasing", "decreased"}},
        {{"正", "positive"}, {"负", "negative"}},
        {{"升"}, {"降"}},
        {{"长", "long", "longer"}, {"短", "short", "shorter"}},
        {{EQ + "训练"}, {EQ + "推理"}},
        {{EQ + "正样本"}, {EQ + "负样本"}},
        {{EQ + "稳定"}, {EQ + "不稳定"}},
        {{EQ + "更快"}, {EQ + "慢"}},
        {{"before"}, {"after"}},
        {{"min", "minimum", "minimize", "minimizing"}, {"max", "maximum", "maximize", "maximizing"}},
        {{"left"}, {"right"}},
        {{"forward"}, {"backward"}},
        {{EQ + "线上"}, {EQ + "离线"}},
        {{"好"}, {"差"}},
        {{"强"}, {"弱"}},
        // 上 and 下 alone are fillers (the "在X上" of many questions); the words they make with a bound or a stream are
        // opposites, read as equivalents groups ("X的上界" / "X的下界", "upper bound" / "lower bound")
        {{EQ + "上界"}, {EQ + "下界"}},
        {{EQ + "上游"}, {EQ + "下游"}},
    };
    /**
     * Words that change the question when only one side says them: not doing X ("不用", "instead of": the
     * equivalents group of 而不是), everything but X ("除了", "other than"), making X larger or smaller ("增大",
     * "降低": the verb's first character).
     */
    private static final String[] ONE_SIDED = {EQ + "而不是", EQ + "除了", "增", "减", "升", "降"};

    private static final Map<String, Long> BITS = new HashMap<>();
    private static final long[] GROUPS = new long[SWAPPED.length];
    private static final long ONE_SIDED_BITS;
    private static final long ALL_GROUPS;

    static {
        int bit = 0;
        for (int g = 0; g < SWAPPED.length; g++) {
            for (String[] member : SWAPPED[g]) {
                checkRoom(bit);
                GROUPS[g] |= 1L << bit;
                for (String w : member) {
                    BITS.put(w, 1L << bit);
                }
                bit++;
            }
        }
        long oneSided = 0;
        for (String w : ONE_SIDED) {
            long b = BITS.computeIfAbsent(w, x -> 0L);
            if (b == 0) {
                checkRoom(bit);
                b = 1L << bit++;
                BITS.put(w, b);
            }
            oneSided |= b;
        }
        ONE_SIDED_BITS = oneSided;
        long all = 0;
        for (long g : GROUPS) {
            all |= g;
        }
        ALL_GROUPS = all;
    }

    private ContrastWords() {
    }

    /** A long holds 64 bits: {@code 1L << 64} is 1 again, and two members would silently share a bit. */
    private static void checkRoom(int bit) {
        if (bit >= Long.SIZE) {
            throw new IllegalStateException("more than 64 contrast words");
        }
    }

    /**
     * Whether {@code word} is a member of a group: an opposite of another member ("大" / "小", "前" / "后"). The
     * analyzer binds such words to the concepts around them ({@link QuestionAnalyzer}'s direction: "偏差大方差小").
     */
    static boolean isOpposite(String word) {
        Long b = BITS.get(word);
        return b != null && (b & ALL_GROUPS) != 0;
    }

    /** Whether {@code bits} ({@link #of}) hold two members of one group: opposites said in one question. */
    static boolean holdsOpposites(long bits) {
        for (long g : GROUPS) {
            long in = bits & g;
            if ((in & (in - 1)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The contrast words among {@code residual}, one bit each (0 for most questions). */
    static long of(Iterable<String> residual) {
        long bits = 0;
        for (String w : residual) {
            Long b = BITS.get(w);
            if (b != null) {
                bits |= b;
            }
        }
        return bits;
    }

    /** Whether two questions' contrast words let them be one question: no swap within a group, no one-sided word. */
    static boolean compatible(long a, long b) {
        if (a == b) {
            return true;
        }
        if (((a ^ b) & ONE_SIDED_BITS) != 0) {
            return false;
        }
        for (long g : GROUPS) {
            long ga = a & g;
            long gb = b & g;
            if ((ga & ~gb) != 0 && (gb & ~ga) != 0) {
                return false;
            }
        }
        return true;
    }
}
