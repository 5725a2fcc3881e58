package dev.qbank.importers;

/**
 * How a label that says what a line holds is written ({@code 答：}, {@code Question:}): the word with its colon; the
 * word in strong emphasis with the colon inside or right after it ({@code **答：**}, {@code **Answer:**},
 * {@code **答**：}, {@code __答__：}), as Markdown notes write it; or the word in lenticular brackets, as Zhihu and
 * WeChat posts do ({@code 【答案】}, {@code 【答案】：}). The markup is the label's, never part of the text after it.
 */
final class LabelText {
    private LabelText() {
    }

    /**
     * A regex for a label made of one of {@code words} (an alternation), or of one of {@code dotted}, which a dot may
     * end as well as a colon ({@code Ans.}, {@code A1.}; null for none): a plain {@code A.} opens a choice, not an
     * answer. It uses the group name {@code bold}.
     */
    static String of(String words, String dotted) {
        String all = dotted == null ? words : words + "|" + dotted;
        return "(?:(?<bold>\\*\\*|__)[ \\t]*(?:" + all + ")[ \\t]*"
                + "(?:[:：.][ \\t]*\\k<bold>[ \\t]*[:：]?|\\k<bold>[ \\t]*[:：])"
                + "|【[ \\t]*(?:" + all + ")[ \\t]*】[ \\t]*[:：]?"
                + "|(?:" + words + ")[ \\t]*[:：]" + (dotted == null ? "" : "|(?:" + dotted + ")[ \\t]*[:：.]") + ")";
    }
}
