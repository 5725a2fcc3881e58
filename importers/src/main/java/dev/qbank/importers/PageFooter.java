package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import java.util.List;
import java.util.function.Consumer;

/**
 * The last rule ({@code ---}) under a question whose answer is read line by line, so that the text after it, at the
 * end of the page, can be left out as the page's footer (a blog's sign-off, a copyright line, a request to follow the
 * author: "以上就是…", "欢迎关注公众号…", "Thanks for reading") rather than glued onto the last answer. One per
 * question; the numbered and chapters shapes share it.
 */
public final class PageFooter {
    /** A line that is not a sign-off's prose: code, a table, a picture, a list's point, an HTML block. */
    private static final java.util.regex.Pattern NOT_PROSE = java.util.regex.Pattern.compile(
            "^(?: {4}|\\t|[ \\t]*(?:```|~~~|\\||!\\[|<(?!br)[a-zA-Z/]|[-*+•][ \\t]|[0-9]{1,3}[.、)]))");

    /** The line of the last rule under the question (0: none), and how many answer lines came before it. */
    private int ruleLine;
    private int answerAtRule;

    /** A rule at {@code lineNo}, after {@code answerLines} lines of the answer. */
    public void ruleAt(int lineNo, int answerLines) {
        ruleLine = lineNo;
        answerAtRule = answerLines;
    }

    /**
     * Takes the lines after the last rule out of the last question's {@code answer}, with a warning naming the
     * rule's line, unless nothing but blank lines follows it or nothing but blank lines precedes it (a rule between
     * the question and its answer separates the two: what follows is the answer).
     *
     * @param question how the warning names the question, e.g. {@code item 7}
     */
    public void leaveOut(List<String> answer, String file, String question, Consumer<Diagnostic> warnings) {
        if (ruleLine == 0 || answerAtRule > answer.size()) {
            return;
        }
        List<String> after = answer.subList(answerAtRule, answer.size());
        if (after.stream().allMatch(String::isBlank) || answer.subList(0, answerAtRule).stream().allMatch(String::isBlank)) {
            return;
        }
        after.clear();
        warnings.accept(Diagnostic.warning("footer", file, ruleLine, 0, "the text after this rule, at the end of the "
                + "page, is taken for the page's footer, not the answer of " + question + "; not imported"));
    }

    /** The questions of a list read so far, and whether any had an answer (see {@link #leaveOutSignOff}). */
    public static final class Tally {
        private int questions;
        private boolean answered;

        /** A question finished with these answer lines. */
        public void count(List<String> answer) {
            questions++;
            answered |= !answer.stream().allMatch(String::isBlank);
        }
    }

    /**
     * In a list of questions without answers (an interview write-up, "1. 自我介绍 2. 讲讲 LoRA"), the paragraph after
     * the last question, below a blank line, is no answer: it is the page's sign-off ("祝大家offer多多！", "以上就是全部
     * 问题，欢迎补充", "Good luck!"). Takes it out of the last question's {@code answer} with a warning. Only when
     * other questions came before and none of them has an answer, and only prose reads so: code, a table, a picture
     * or a list under the last question may be what it shows, and text opened by an answer label answers it.
     *
     * @param before       the questions before the last one
     * @param questionEnd  the last line of the last question (1-based): its own, or its last wrapped line or part
     */
    public static void leaveOutSignOff(Tally before, List<String> answer, SourceDocument doc, int questionEnd,
                                       String question, Consumer<Diagnostic> warnings) {
        if (before.questions == 0 || before.answered || answer.stream().allMatch(String::isBlank)
                || AnswerLines.startsWithLabel(answer.get(0).strip())
                || answer.stream().anyMatch(l -> !l.isBlank() && NOT_PROSE.matcher(l).find())) {
            return;
        }
        List<String> lines = doc.lines();
        int first = questionEnd; // 0-based: the line after the question
        while (first < lines.size() && (lines.get(first).isBlank() || AnswerLines.isRule(lines.get(first)))) {
            first++; // a rule above the sign-off sets it apart as well
        }
        String opening = answer.stream().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
        if (first == questionEnd || first == lines.size() || !lines.get(first).strip().equals(opening)) {
            return; // right under the question, no blank line between (it goes on with it), or on its line
        }
        answer.clear();
        warnings.accept(Diagnostic.warning("footer", doc.file(), first + 1, 0, "no other question of the list has an "
                + "answer, so the text from here to the end of the page is taken for the page's footer (a sign-off), "
                + "not the answer of " + question + "; not imported"));
    }
}
