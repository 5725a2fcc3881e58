package dev.qbank.importers;

/**
 * How a label that says what a line holds is written ({@code 答：}, {@code Question:}): the word with its colon, or
 * the word in strong emphasis with the colon inside or right after it ({@code **答：**}, {@code **Answer:**},
 * {@code **答**：}, {@code __答__：}), as Markdown notes write it. The emphasis is the label's markup, never part of
 * the text after it.
 */
final class LabelText {
    private LabelText() {
    }

    /** A regex for a label made of one of {@code words} (an alternation); it uses the group name {@code bold}. */
    static String of(String words) {
        return "(?:(?<bold>\\*\\*|__)[ \\t]*(?:" + words + ")[ \\t]*"
                + "(?:[:：][ \\t]*\\k<bold>[ \\t]*[:：]?|\\k<bold>[ \\t]*[:：])|(?:" + words + ")[ \\t]*[:：])";
    }
}
