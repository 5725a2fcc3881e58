package dev.qbank.importers;

import java.util.List;

/**
 * A list in a question's answer, at the margin and numbered from 1 again ("拥塞控制包括四个算法：" then "1. 慢启动",
 * "2. 拥塞避免"): a list of questions reads its numbers as questions, so the answer's points became questions. Such a
 * list starts with 1 right under an answer line that introduces it (ending with a colon) and goes on while its
 * numbers do, unless a line both follows the question's own number and asks (the next question). One per question;
 * the numbered and chapters shapes share it.
 */
public final class AnswerList {
    /** The number the list goes on with; 0 while there is none. */
    private long next;

    /**
     * Whether {@code line}, an item at the margin under {@code question}, is a point of the list in its
     * {@code answer} (read so far); the list is followed as it goes.
     */
    public boolean takes(ListItemLine question, ListItemLine line, List<String> answer) {
        long n = line.wholeNumber() ? Long.parseLong(line.number()) : -1;
        if (next == 0) {
            String last = answer.isEmpty() ? "" : answer.get(answer.size() - 1).strip();
            if (n == 1 && (last.endsWith("：") || last.endsWith(":"))) {
                next = 2;
                return true;
            }
            return false;
        }
        String text = line.text().strip();
        boolean nextQuestion = ItemParts.follows(question, line) && (text.endsWith("？") || text.endsWith("?"));
        if (n == next && !nextQuestion) {
            next++;
            return true;
        }
        next = 0;
        return false;
    }
}
