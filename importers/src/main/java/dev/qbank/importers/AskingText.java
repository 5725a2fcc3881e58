package dev.qbank.importers;

import java.util.regex.Pattern;

/** Whether a piece of text asks: it ends in a question mark, which a bracketed level may follow ({@code …？（中等）}). */
public final class AskingText {
    private static final Pattern ASKS = Pattern.compile("[？?][)）】\\]]?\\s*$|[？?]\\s*[(（【\\[][^)）】\\]]{1,12}[)）】\\]]\\s*$");

    private AskingText() {
    }

    public static boolean asks(String text) {
        return ASKS.matcher(text).find();
    }
}
