package dev.qbank.importers;

import java.util.regex.Pattern;

/**
 * The label some banks put before a question on its own line ({@code 1. 问：什么是 BN？}, {@code 2. **Q:** What is
 * dropout?}, {@code **问题**：…}): it says what the line is, so it is no part of the question, plain or bold (see
 * {@link LabelText}).
 */
public final class QuestionLabel {
    private static final Pattern LABEL = Pattern.compile(
            "^[ \\t\\u3000]*" + LabelText.of("问题?|题目|(?i:question)|Q", null) + "[ \\t\\u3000]*(?=\\S)");

    private QuestionLabel() {
    }

    /** The question without the label it opens with, if it has one and something follows it. */
    public static String strip(String question) {
        return LABEL.matcher(question).replaceFirst("");
    }
}
