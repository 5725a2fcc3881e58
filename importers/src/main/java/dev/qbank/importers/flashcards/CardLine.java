package dev.qbank.importers.flashcards;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-line card of Obsidian's Spaced Repetition plugin: {@code question::answer}, or {@code question:::answer}
 * (reversible: the plugin drills it both ways; qbank keeps the question once). The separator is the first {@code ::}
 * or {@code :::} outside a code span that is no scope operator ({@code std::vector} inside a sentence, a letter or
 * digit glued to both colons, after a space on the left) and leaves text on both sides. The plugin reads a card
 * written as a list item too ({@code - question::answer}, {@code * question:::answer}), at any depth: the marker is
 * not part of the question. A bullet whose left side is a property's key ({@code - id:: …}, {@code - tags:: …}, as
 * Logseq writes a page's first block) is still a property (see {@link #propertyKey}). RemNote's separators,
 * {@code question >> answer} and {@code concept ;; descriptor}, split a card as {@code ::} does (see {@link #remNote}).
 *
 * @param question the left side, trimmed
 * @param answer   the right side, trimmed
 * @param reversed written with {@code :::}
 */
public record CardLine(String question, String answer, boolean reversed) {
    /**
     * A key as an outline app or Dataview writes a property ({@code id:: 64a1…}, {@code author:: X},
     * {@code due-date:: …}): lower case, no space. Never a card's question, in any file.
     */
    private static final Pattern PROPERTY_KEY = Pattern.compile("[a-z][a-z0-9_-]*");
    /** One word, as a field's name is (see {@link #fieldLike}). */
    private static final Pattern FIELD_NAME = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final int FIELD_NAME_HAN = 4;
    /** A list item's marker and the spaces around it, as the plugin reads a card in a list. */
    private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*[-*+][ \\t]+");
    /** A variable or a number as code names it ({@code x}, {@code cin}, {@code std::cout}, {@code 1}). */
    private static final Pattern CODE_NAME = Pattern.compile("[a-z_0-9][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*");
    /** How an operand starts in code: a name, a number, a string or a bracket. */
    private static final Pattern OPERAND = Pattern.compile("[A-Za-z_0-9\"'(]");

    /**
     * The line as a card, or empty when it has no separator with text on both sides (or is indented text, not a list
     * item).
     */
    public static Optional<CardLine> of(String written) {
        Matcher item = LIST_MARKER.matcher(written);
        String line = item.lookingAt() ? written.substring(item.end()) : written;
        if (line.isEmpty() || line == written && Character.isWhitespace(line.charAt(0))) {
            return Optional.empty(); // an indented "key:: value" is a block property under a bullet
        }
        boolean code = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                code = !code;
                continue;
            }
            if (code || c != ':' || i + 1 >= line.length() || line.charAt(i + 1) != ':') {
                continue;
            }
            int run = 2;
            while (i + run < line.length() && line.charAt(i + run) == ':') {
                run++;
            }
            int space = line.indexOf(' ');
            // glued to a word on both sides, it is a scope operator inside a sentence, or one the line's own
            // separator follows ("std::mutex 和 std::atomic 怎么选？::…": a card, not "std" as a property's key)
            boolean scope = run == 2 && i > 0 && word(line.charAt(i - 1)) && i + 2 < line.length()
                    && word(line.charAt(i + 2)) && (space >= 0 && space < i || separatorAfter(line, i + 2));
            if (run <= 3 && !scope) {
                String left = line.substring(0, i).strip();
                String right = line.substring(i + run).strip();
                if (left.isEmpty() || right.isEmpty() || !balanced(left)) {
                    return Optional.empty(); // "[rating:: 9]": a Dataview field inside a sentence
                }
                return Optional.of(new CardLine(left, right, run == 3));
            }
            i += run - 1;
        }
        return remNoteCard(line);
    }

    /**
     * The line split at RemNote's separator, when it has no {@code ::} one ({@code std::cin >> x 是什么？::…}):
     * {@code >>} and {@code ;;} as written, {@code <>} (both ways) as one question, {@code <<} (backward: the right
     * side is shown, the left recalled) with its sides turned round.
     */
    private static Optional<CardLine> remNoteCard(String line) {
        boolean code = false;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '`') {
                code = !code;
            } else if (!code && remNote(line, i)) {
                String left = line.substring(0, i).strip();
                String right = line.substring(i + 2).strip();
                if (left.isEmpty() || right.isEmpty() || !balanced(left) || operator(line, i, left)) {
                    return Optional.empty();
                }
                return Optional.of(line.startsWith("<<", i) ? new CardLine(right, left, false)
                        : new CardLine(left, right, line.startsWith("<>", i)));
            }
        }
        return Optional.empty();
    }

    /**
     * The question of RemNote's multi-line card ({@code - 类加载的过程 >>>}, its answer the lines under it), or empty:
     * {@code >>>} ends the line, after a space or a question mark, with text before it. A shell's or Python's prompt
     * ({@code >>> print(x)}) and a shift ({@code a >>> 2}) have text after it.
     */
    static Optional<String> multiLineQuestion(String written) {
        String line = LIST_MARKER.matcher(written).replaceFirst("").stripTrailing();
        if (!line.endsWith(">>>") || line.endsWith(">>>>") || line.contains("`")) {
            return Optional.empty();
        }
        String left = line.substring(0, line.length() - 3);
        char before = left.isEmpty() ? ' ' : left.charAt(left.length() - 1);
        boolean spaced = Character.isWhitespace(before) || before == '?' || before == '？';
        return spaced && !left.isBlank() ? Optional.of(left.strip()) : Optional.empty();
    }

    /**
     * Where the answer of the multi-line card whose question is line {@code q} ends (exclusive): the lines indented
     * under it when it is a list item (RemNote's child bullets), else every line down to the next such question.
     */
    static int multiLineAnswerEnd(List<String> lines, int q) {
        Matcher item = LIST_MARKER.matcher(lines.get(q));
        int indent = indent(lines.get(q));
        int end = q + 1;
        while (end < lines.size() && (item.lookingAt() ? indent(lines.get(end)) > indent
                : multiLineQuestion(lines.get(end)).isEmpty())) {
            end++;
        }
        return end;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** Whether the question is a property's key ({@code author}, {@code id}), which is never a card. */
    boolean propertyKey() {
        return PROPERTY_KEY.matcher(question).matches();
    }

    /**
     * Whether the question could as well be a field's name ({@code Status:: Read}, {@code 作者:: 张三}): not asking,
     * one word of letters, digits, {@code -} and {@code _}, and, when Han, at most {@value #FIELD_NAME_HAN}
     * characters long, as field names are ({@code 阅读状态}); a phrase ({@code 解释过拟合}, {@code BN的作用},
     * {@code What is dropout}) is no field's name.
     */
    boolean fieldLike() {
        if (asks() || !FIELD_NAME.matcher(question).matches()) {
            return false;
        }
        boolean han = question.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return !han || question.codePointCount(0, question.length()) <= FIELD_NAME_HAN;
    }

    /** Whether the question asks: a question mark at its end. */
    public boolean asks() {
        return question.endsWith("？") || question.endsWith("?");
    }

    /**
     * Whether RemNote's card separator starts at {@code i}: {@code >>} (question, then answer) or {@code ;;} (a
     * concept's descriptor), exactly two characters, with a space on one side or after a question mark
     * ({@code JVM 运行时数据区有哪些 >> …}, {@code 强引用 ;; …}); glued to words on both sides ({@code a>>b}, a shift)
     * or in a run ({@code >>>}) it is none. {@code <<} and {@code <>}, which code writes with spaces
     * ({@code List<> x}, {@code a <> b}), need a space on both sides.
     */
    private static boolean remNote(String line, int i) {
        char c = line.charAt(i);
        if (i + 1 >= line.length() || i == 0) {
            return false;
        }
        char next = line.charAt(i + 1);
        boolean same = (c == '>' || c == ';' || c == '<') && next == c;
        if (!same && !(c == '<' && next == '>')) {
            return false;
        }
        char after = i + 2 < line.length() ? line.charAt(i + 2) : ' ';
        char before = line.charAt(i - 1);
        if (after == c || after == next || before == c || before == '<' || before == '>') {
            return false; // a run: >>>, <<<, <>>, <<>
        }
        if (c == '<') {
            return Character.isWhitespace(before) && Character.isWhitespace(after);
        }
        return Character.isWhitespace(before) || Character.isWhitespace(after) || before == '?' || before == '？';
    }

    /**
     * Whether the separator is an operator in a line of code: a lone lower-case name or number on the left and a
     * name, number or string right after it ({@code cin >> x}, {@code x << 2}, {@code a <> b}), or the same separator
     * again further on ({@code cout << a << b}). A card's left side is a phrase, a capitalised term or a question,
     * and a lower-case term's answer is words ({@code kafka >> 分布式消息队列}).
     */
    private static boolean operator(String line, int i, String left) {
        String right = line.substring(i + 2).strip();
        return CODE_NAME.matcher(left).matches() && OPERAND.matcher(right).lookingAt()
                || line.indexOf(line.substring(i, i + 2), i + 2) >= 0;
    }

    /** Whether a {@code ::} not glued to words on both sides comes at or after {@code from}. */
    private static boolean separatorAfter(String line, int from) {
        for (int at = line.indexOf("::", from); at >= 0; at = line.indexOf("::", at + 2)) {
            if (at == 0 || !word(line.charAt(at - 1)) || at + 2 >= line.length() || !word(line.charAt(at + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** No bracket left open: a Dataview field in brackets ({@code [key:: value]}) opens one before its key. */
    private static boolean balanced(String left) {
        int square = 0;
        int round = 0;
        for (int i = 0; i < left.length(); i++) {
            char c = left.charAt(i);
            square += c == '[' ? 1 : c == ']' ? -1 : 0;
            round += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
        }
        return square <= 0 && round <= 0;
    }
}
