package dev.qbank.importers;

import java.util.regex.Pattern;

/**
 * Whether a piece of text asks: it ends in a question mark, which a bracketed level or a frequency mark may follow
 * ({@code …？（中等）}, {@code …？🔥}).
 */
public final class AskingText {
    /**
     * The words a Chinese question asks with where it has no question mark ({@code 为什么要归一化}, {@code BN和LN的区别}):
     * the core that readers of unmarked questions share, each adding the words its shape needs.
     */
    public static final String QUESTION_WORDS = "为什么|为何|怎么|怎样|如何|什么|哪些|哪个|是否|能否|区别";
    private static final Pattern ASKS = Pattern.compile("[？?][)）】\\]]?\\s*$|[？?]\\s*[(（【\\[][^)）】\\]]{1,12}[)）】\\]]\\s*$");

    private AskingText() {
    }

    /** Whether the text asks, a frequency mark after the question mark being no part of it ({@code …？🔥}). */
    public static boolean asks(String text) {
        return ASKS.matcher(text).find() || ASKS.matcher(FrequencyMarks.without(text)).find();
    }
}
