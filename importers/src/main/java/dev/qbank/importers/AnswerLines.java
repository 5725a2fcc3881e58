package dev.qbank.importers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The answer of a plain-text question (numbered or chaptered lists): the lines under it, one a line, without the
 * {@code 答：} / {@code Answer:} label a writer puts before the first, which only says what the lines are.
 */
public final class AnswerLines {
    private static final Pattern LABEL = Pattern.compile(
            "^(?:答案?|参考答案|回答|(?i:answer)|A)[ \\t]*[:：][ \\t]*");

    private AnswerLines() {
    }

    /** The lines joined by line breaks, the first without its label; null when nothing is left. */
    public static String join(List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        String first = LABEL.matcher(lines.get(0)).replaceFirst("");
        String rest = String.join("\n", lines.subList(1, lines.size()));
        String answer = first.isEmpty() ? rest : rest.isEmpty() ? first : first + "\n" + rest;
        return answer.isEmpty() ? null : answer;
    }
}
