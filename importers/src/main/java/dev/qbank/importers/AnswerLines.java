package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer of a plain-text question (numbered or chaptered lists): the lines under it as written, without the
 * {@code 答：} / {@code Answer:} / {@code **答：**} / {@code 【答案】} / {@code A1.} label a writer puts before the first,
 * which only says what the lines are, and without the {@code >} of a block quote the whole answer is written in. The
 * indentation the lines share (the item's, when the answer is indented under it) goes; the rest stays, and so do
 * blank lines between paragraphs (one for a run), since a code block's indentation and the blank line before a
 * table or list are what make them Markdown.
 */
public final class AnswerLines {
    /** The words of an answer label. */
    private static final String WORDS = "答案?|参考答案|回答|(?i:answer)|A";
    /** Answer labels a dot may end: {@code Ans.}, and the numbered {@code A1.} that answers {@code Q1.}. */
    private static final String DOTTED = "(?i:ans)|A[0-9]{1,4}";
    /**
     * An answer label, plain, bold or bracketed ({@code 答：}, {@code **Answer:**}, {@code **答**：}, {@code 【答案】},
     * {@code A1.}; see {@link LabelText}).
     */
    private static final String LABEL_TEXT = LabelText.of(WORDS, DOTTED);
    /**
     * The numbered answer label that answers {@code Q1)} or {@code 问题1：} with the same number: {@code A1)},
     * {@code 答案1：}.
     */
    private static final String NUMBERED = "(?:A|答案?)[0-9]{1,4}[ \\t]*[)）:：]";
    /** A label opening a line; a bold word alone on its line ({@code **答案**}) is one too. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:" + LABEL_TEXT + "|" + NUMBERED + "|\\[(?:答案?|参考答案|回答)\\][ \\t]*[:：]?|(?<alone>\\*\\*|__)[ \\t]*(?:" + WORDS + ")[ \\t]*\\k<alone>[ \\t]*$)[ \\t\\u3000]*");

    /**
     * An answer label after the question's closing mark on the same line: {@code …？ 答：…}, {@code …? **A:** …},
     * maybe behind a bar as a one-line card separates its sides ({@code Q: …? | A: …}; the bar is neither's).
     */
    private static final Pattern INLINE = Pattern.compile(
            "(?<=[？?。！!])[ \\t\\u3000]*(?:[|｜][ \\t\\u3000]*)?" + LABEL_TEXT + "[ \\t\\u3000]*(?=\\S)");

    /** The marker opening a block quote's line (its indentation already taken off). */
    private static final Pattern QUOTE = Pattern.compile("^>[ \\t]?");
    /** An indented list point: a bullet or a number, after blanks. */
    private static final Pattern POINT = Pattern.compile("[ \\t]++(?:[-*+•]|[0-9]{1,9}[.)])[ \\t]");
    /** The marker opening each line of a block quote, as written. */
    private static final Pattern QUOTE_LINES = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");

    /** The text without the block-quote markers opening its lines. */
    public static String unquoted(String text) {
        return QUOTE_LINES.matcher(text).replaceAll("");
    }

    private AnswerLines() {
    }

    /** A question line that carries its answer after a label: the two parts. */
    public record Inline(String question, String answer) {
    }

    /** The line's question and the answer written after it ({@code 什么是过拟合？ 答：训练好测试差。}), if it has one. */
    public static Optional<Inline> inline(String line) {
        Matcher m = INLINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Inline(line.substring(0, m.start()).strip(), line.substring(m.end()).strip()));
    }

    /** Where an answer label after the question's closing mark stands in a line: the label's start and its end. */
    public record InlineLabel(int start, int end) {
    }

    /**
     * The answer label written after the question's closing mark within {@code text}'s region
     * {@code [from, to)} ({@code Q: 什么是过拟合？ A: 训练好测试差。}), if there is one.
     */
    public static Optional<InlineLabel> inlineLabel(CharSequence text, int from, int to) {
        Matcher m = INLINE.matcher(text).region(from, to);
        return m.find() ? Optional.of(new InlineLabel(m.start(), m.end())) : Optional.empty();
    }

    /** Whether the line opens with an answer label ({@code 答：}, {@code **Answer:**}, plain or bold). */
    public static boolean startsWithLabel(String line) {
        return LABEL.matcher(line.strip()).lookingAt();
    }

    /** The line without the answer label it opens with, if any. */
    public static String withoutLabel(String line) {
        return LABEL.matcher(line).replaceFirst("");
    }

    /**
     * Whether the line is a Markdown rule ({@code ---}, {@code * * *}, {@code ___}), which writers put between
     * questions or parts, not part of an answer. Checked by hand: a regex with a back-reference repeated overflows
     * the stack on a line of 50,000 stars.
     */
    public static boolean isRule(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        char mark = i < line.length() ? line.charAt(i) : ' ';
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        int marks = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }

    /** The lines joined by line breaks, dedented, the first without its label; null when nothing is left. */
    public static String join(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String l = line.stripTrailing();
            if (!l.isEmpty() || !kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) {
                kept.add(l);
            }
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        // "答：" alone on its line says what follows; it takes no part in the indentation the lines share
        while (!kept.isEmpty() && LABEL.matcher(kept.get(0).strip()).replaceFirst("").isEmpty()) {
            kept.remove(0);
        }
        if (kept.isEmpty()) {
            return null;
        }
        int indent = kept.stream().filter(l -> !l.isEmpty()).mapToInt(AnswerLines::indent).min().orElse(0);
        // an answer written as one block quote ("> answer" under "Q1: question") is quoted to stand out from its
        // question, not because it quotes anyone: its text is the answer
        boolean quoted = kept.stream().allMatch(l -> l.isEmpty() || QUOTE.matcher(l.substring(indent)).lookingAt());
        StringBuilder answer = new StringBuilder();
        for (String l : kept) {
            String line = l.isEmpty() ? l : l.substring(indent);
            line = quoted ? QUOTE.matcher(line).replaceFirst("") : line;
            answer.append(answer.isEmpty() ? first(line) : "\n" + line);
        }
        return answer.toString().isBlank() ? null : answer.toString();
    }

    /**
     * The answer's first line without its label. A list's point keeps its indentation: the points after it keep
     * theirs (a paragraph at the margin below sets the shared indentation), so {@code "   * buf"} over
     * {@code "   * sendq"} stripped to {@code "* buf"} put the other points under it, one level deeper (imp33).
     */
    private static String first(String line) {
        String unlabelled = LABEL.matcher(line.strip()).replaceFirst("");
        return unlabelled.equals(line.strip()) && POINT.matcher(line).lookingAt() ? line.stripTrailing() : unlabelled;
    }

    /** Leading blanks as characters: a tab or an ideographic space is one, like a space. */
    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t' || line.charAt(n) == '\u3000')) {
            n++;
        }
        return n;
    }
}
