package dev.qbank.importers;

import java.util.regex.Pattern;

/**
 * Whether a piece of text asks: it ends in a question mark, which a bracketed level or a frequency mark may follow
 * ({@code …？（中等）}, {@code …？🔥}).
 */
public final class AskingText {
    private static final Pattern ASKS = Pattern.compile("[？?][)）】\\]]?\\s*$|[？?]\\s*[(（【\\[][^)）】\\]]{1,12}[)）】\\]]\\s*$");

    private AskingText() {
    }

    /** Whether the text asks, a frequency mark after the question mark being no part of it ({@code …？🔥}). */
    public static boolean asks(String text) {
        return ASKS.matcher(text).find() || ASKS.matcher(FrequencyMarks.without(text)).find();
    }
}
