package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An explanation label opening a line of an answer, as banks write it after the answer: {@code 解析：},
 * {@code 答案解析：}, {@code Explanation:}, bold ({@code **解析：**}, {@code **解析**：}) or bracketed
 * ({@code 【解析】}). A colon (or the brackets) is needed: {@code 解析器} is a word, not a label. Shared by the
 * importers that read an answer as the lines (numbered) or blocks (notion) under its question, so that both split
 * the explanation off the same way.
 */
public final class ExplanationLabel {
    private static final Pattern LABEL = Pattern.compile("^[ \\t]*(?:【[ \\t]*(?:答案)?解析[ \\t]*】[ \\t]*[:：]?"
            + "|(?:\\*\\*|__)[ \\t]*(?:答案解析|解析|(?i:explanation))[ \\t]*(?:[:：][ \\t]*(?:\\*\\*|__)|(?:\\*\\*|__)[ \\t]*[:：])"
            + "|(?:答案解析|解析|(?i:explanation))[ \\t]*[:：])[ \\t]*");

    private ExplanationLabel() {
    }

    /**
     * The index of the first of {@code answer}'s lines or blocks an explanation label opens, or -1. Never the
     * first: that one is the answer, whatever it starts with.
     */
    public static int start(List<String> answer) {
        for (int i = 1; i < answer.size(); i++) {
            if (LABEL.matcher(answer.get(i)).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    /** The explanation's lines (or blocks) without the label that opens the first, its indentation kept. */
    public static List<String> withoutLabel(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        String first = out.get(0);
        Matcher m = LABEL.matcher(first);
        String indent = first.substring(0, first.length() - first.stripLeading().length());
        out.set(0, m.lookingAt() ? indent + first.substring(m.end()) : first);
        return out;
    }
}
