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
}
