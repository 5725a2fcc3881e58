package dev.qbank.importers.org;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The title of a drill card whose body asks ({@code * Bayes :drill:} over {@code What does the theorem say?}).
 * org-drill shows the heading over the body while it drills the card (unless {@code org-drill-hide-item-headings-p}
 * hides it), so the title is what the learner reads the question under: its subject, which the body may only point
 * at ("the theorem", "它"). It is kept, leading the card's prompt, unless it says nothing the card does not: a
 * placeholder ({@code Question}, {@code Item 3}, {@code 卡片}), which org-drill's own examples and many files write on
 * every card, or words the body already holds ({@code 僵尸进程} over {@code 什么是僵尸进程？}).
 *
 * <p>Not the topic: the headings over the cards are that, and a topic per card would file each card alone.
 */
final class CardTitle {
    /** Titles that only mark a heading as a card, numbered or not. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?iu)(?:question|item|card|flash ?card|drill|note|q|"
            + "front|问题|题目|题|卡片|正面|问)[ \\t]*[#№]?[ \\t]*\\d*[.:：]?");

    private CardTitle() {
    }

    /** The title as the prompt shows it, or null when it is a placeholder or the body says it already. */
    static String shown(String title, String body) {
        String t = title.strip();
        if (t.isEmpty() || PLACEHOLDER.matcher(t).matches() || key(body).contains(key(t))) {
            return null;
        }
        return t;
    }

    /** Text compared without case and blanks ({@code GMP 模型} is in {@code GMP模型}). */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
