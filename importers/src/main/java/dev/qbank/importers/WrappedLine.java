package dev.qbank.importers;

import java.util.regex.Pattern;

/**
 * Tells a question wrapped onto the next line from the answer under it. A plain list has no answers to speak of, so
 * a line right under an item (no blank line between) whose question has not finished its sentence, because it
 * stops at a comma or colon, because the next line goes on in lower case, or because the next line ends with the
 * question mark the item lacks ({@code 3. 学习率过大} over {@code 会怎样？}: an answer is seldom a question), is the
 * rest of the question. A
 * question that ends with {@code ？}, {@code 。} or the like, a blank line, or a line that opens a block of its own
 * (a bullet, a quote, a table, a code fence, an {@code 答：} or {@code **答：**} label) starts the answer instead.
 * The numbered and chapters shapes share it (a book's question list pasted from a PDF wraps its long questions).
 */
public final class WrappedLine {
    private static final String CLAUSE_ENDS = "，,、；;：:";
    private static final String SENTENCE_ENDS = "？?。.！!";
    private static final Pattern OWN_BLOCK = Pattern.compile(
            "^\\s*(?:[-*+•·][ \\t]|>|```|~~~|\\||(?:答案?|参考答案|解析|Answer|A)[ \\t]*[:：])", Pattern.CASE_INSENSITIVE);

    private WrappedLine() {
    }

    /** Whether {@code line}, directly under a question that so far reads {@code question}, continues it. */
    public static boolean continues(String question, String line) {
        String next = line.strip();
        if (question.isEmpty() || next.isEmpty() || OWN_BLOCK.matcher(line).find() || AnswerLines.startsWithLabel(next)) {
            return false;
        }
        char last = question.charAt(question.length() - 1);
        char first = next.charAt(0);
        char end = next.charAt(next.length() - 1);
        return CLAUSE_ENDS.indexOf(last) >= 0
                || SENTENCE_ENDS.indexOf(last) < 0 && (first >= 'a' && first <= 'z' || end == '？' || end == '?');
    }

    /**
     * The question with its wrapped line, joined as the writer would have: no space where either side is CJK, none
     * where a PDF hyphenated a word across the break (see {@link HyphenatedWords}).
     */
    public static String join(String question, String line) {
        String next = line.strip();
        String unbroken = HyphenatedWords.join(question + "\n" + next, "");
        if (unbroken.indexOf('\n') < 0) {
            return unbroken;
        }
        boolean cjk = isCjk(question.codePointBefore(question.length())) || isCjk(next.codePointAt(0));
        return question + (cjk ? "" : " ") + next;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
