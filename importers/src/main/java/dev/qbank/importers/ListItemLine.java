package dev.qbank.importers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered line as plain-text banks write them: {@code 1.}, {@code 1．}, {@code 1、}, {@code 1)}, {@code 1）},
 * {@code (1)}, {@code （1）}, {@code [1]}, {@code 【1】}, with or without a space before the text. Digits may be
 * full-width ({@code ５．}, as Chinese input methods type them), and the mark may carry the backslash Markdown
 * editors (Typora, Obsidian) put before it so that it is not rendered as a list ({@code 4\.}). {@code 1.5 倍} is not
 * an item (a digit right after the dot is a decimal number), and neither is a number with nothing after it, nor
 * {@code [1](url)} or {@code [1]: url} (a Markdown link or link definition). Bold around the item or its number
 * ({@code **1. question**}, {@code **1.** question}) is not part of the text. Chinese banks also count their
 * questions in words, {@code 第一题 question}, {@code 第12题：question}: the number is then the numeral's value.
 * Zhihu posts bracket a question's number with its word ({@code 【问题1】}), social-media posts use keycap emoji
 * ({@code 1️⃣}, {@code 🔟}). Some lists put a {@code Q} before the number ({@code Q3. question}, {@code Q3: question},
 * {@code Question 3: question}); the number is then the digits after it.
 *
 * @param number the source's own number, in ASCII digits
 * @param text   the rest of the line, trimmed
 */
public record ListItemLine(String number, String text) {
    private static final String DIGITS = "([0-9０-９]{1,9})";
    /** A number in keycap emoji, as social-media posts number their points: {@code 1️⃣}, {@code 1️⃣2️⃣}, {@code 🔟}. */
    private static final String KEYCAPS = "((?:[0-9]\\uFE0F?\\u20E3){1,3}|\\x{1F51F})";
    private static final Pattern KEYCAP_START = Pattern.compile("^(?:[0-9]\\uFE0F?\\u20E3|\\x{1F51F})");
    private static final Pattern ITEM = Pattern.compile("^[ \\t\\u3000]*(?:"
            + DIGITS + "[ \\t]*(?:\\\\?[.)]|[．、）])(?![0-9０-９])"
            + "|[(（][ \\t]*" + DIGITS + "[ \\t]*[)）]"
            + "|(?:\\[[ \\t]*" + DIGITS + "[ \\t]*\\](?![(:])|【[ \\t]*(?:问题|题目|[QＱ])?[ \\t]*" + DIGITS + "[ \\t]*】)"
            + "|" + KEYCAPS + "[ \\t]*[.．、:：)）]?)"
            + "[ \\t\\u3000]*(\\S.*)$");

    /** {@code 第一题}, {@code 第 12 题：}, {@code 第三问、}: the numeral, then an optional mark, then the text. */
    private static final Pattern NTH = Pattern.compile("^[ \\t\\u3000]*第[ \\t]*([0-9０-９]{1,9}|["
            + ChineseNumerals.DIGITS + "]{1,6})[ \\t]*[题问][ \\t]*[.．、:：]?[ \\t\\u3000]*(\\S.*)$");

    /**
     * Whether the number is a whole one of at most nine ASCII digits ({@code 7}, not {@code 7.1}). Asked of every
     * item of every list: a {@code String.matches} here compiled its pattern each time.
     */
    public boolean wholeNumber() {
        if (number.isEmpty() || number.length() > 9) {
            return false;
        }
        for (int i = 0; i < number.length(); i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Strong emphasis opening before the number: {@code **1. question**}, {@code **1.** question}. */
    private static final Pattern BOLD_START = Pattern.compile("^[ \\t\\u3000]*(\\*\\*|__)(?=[0-9０-９(（\\[【QＱ])");

    /** A {@code Q} before the number ({@code Q3. question}, {@code Q3: question}), as some lists write it. */
    private static final Pattern Q_PREFIX = Pattern.compile("^([ \\t\\u3000]*)[QＱ](?:uestion)?(?=[ \\t]?[0-9０-９])");
    private static final Pattern Q_COLON = Pattern.compile("^([ \\t]?[0-9０-９]{1,6})[ \\t]*[:：]");

    public static Optional<ListItemLine> parse(String line) {
        if (!mayBeItem(line)) {
            return Optional.empty();
        }
        String unbolded = unbold(line);
        Optional<ListItemLine> item = parseUnbolded(unbolded);
        if (item.isPresent()) {
            return item;
        }
        Matcher q = Q_PREFIX.matcher(unbolded);
        if (!q.find()) {
            return Optional.empty();
        }
        // after a Q, a colon ends the number as well as a dot does: Q4: question
        String rest = Q_COLON.matcher(unbolded.substring(q.end())).replaceFirst("$1.");
        return parseUnbolded(q.group(1) + rest);
    }

    /**
     * How the line numbers itself, to tell a list's own items from a sub-list numbered another way under one of them
     * ({@code 1.} items, {@code (1)} parts): {@code "(1)"}, {@code "[1]"}, {@code "第1题"}, {@code "Q1"}, or the
     * number with the mark after it ({@code "1."}, {@code "1、"}, {@code "1)"}); null when the line is no item.
     */
    public static String style(String line) {
        if (parse(line).isEmpty()) {
            return null;
        }
        String u = unbold(line).strip();
        if (KEYCAP_START.matcher(u).lookingAt()) {
            return "1️⃣";
        }
        char c = u.charAt(0);
        if (c == '(' || c == '（') {
            return "(1)";
        } else if (c == '[' || c == '【') {
            return "[1]";
        } else if (c == '第') {
            return "第1题";
        } else if (c == 'Q' || c == 'Ｑ') {
            return "Q1";
        }
        int i = 0;
        while (i < u.length() && (Character.isDigit(u.charAt(i)) || u.charAt(i) == ' ' || u.charAt(i) == '\\')) {
            i++;
        }
        char mark = i < u.length() ? u.charAt(i) : '.';
        return mark == '．' ? "1." : mark == '）' ? "1)" : "1" + mark;
    }

    /** Whether the line is numbered with a {@code Q} before its number ({@code Q3. question}). */
    public static boolean hasQPrefix(String line) {
        return Q_PREFIX.matcher(unbold(line)).find() && parse(line).isPresent();
    }

    /**
     * Whether the first character after the indentation can begin an item at all (a digit, a bracket, {@code 第},
     * {@code Q}, bold, a keycap). Most lines cannot, and saying so here spares them the patterns, each of which gives
     * the indentation back one character at a time before it fails: a deeply indented line cost a pass per pattern
     * per space (a 25 MB file of nested lists took 38 s to read).
     */
    private static boolean mayBeItem(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\u3000')) {
            i++;
        }
        if (i == line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "(（[【第QＱ*_".indexOf(c) >= 0
                || Character.isHighSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL; // a marker: ✅ 1.
    }

    /** Whether the line is an item written in bold ({@code **1. question**}, {@code **1.** question}). */
    public static boolean isBold(String line) {
        String unmarked = unmarked(line);
        return BOLD_START.matcher(unmarked).find() && !unbold(line).equals(unmarked) && parse(line).isPresent();
    }

    /**
     * The tags of a frequency mark among the emoji before the item's number ({@code 🔥 **1. question**}: the post
     * marks its often-asked questions so, {@link FrequencyMarks}); none for another marker ({@code ✅ 2. question}).
     */
    public static List<String> frequencyTags(String line) {
        String unmarked = unmarked(line);
        if (unmarked.length() == line.length()) {
            return List.of();
        }
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t'
                || line.charAt(start) == '\u3000')) {
            start++;
        }
        return FrequencyMarks.alone(line.substring(start, start + line.length() - unmarked.length()));
    }

    /**
     * The line without the emoji a post puts before each of its items as a marker ({@code 🔥 **1. question**},
     * {@code ✅ 2. question}, {@code 👉 Q3: question}, as WeChat articles write them): decoration, not part of the number
     * or the text. Only before what can begin an item (a digit, a bracket, bold, {@code Q}, {@code 第}); a keycap
     * ({@code 🔟}) is the number itself, and a coloured circle ({@code 🟢}) names a level, so neither goes.
     */
    private static String unmarked(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\u3000')) {
            i++;
        }
        int start = i;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            boolean marker = Character.getType(c) == Character.OTHER_SYMBOL && c >= 0x2190 && c != 0x1F51F
                    && !(c >= 0x1F534 && c <= 0x1F535) && !(c >= 0x1F7E0 && c <= 0x1F7EB);
            if (!marker && !(i > start && (c == 0xFE0F || c == 0x200D))) {
                break;
            }
            i += Character.charCount(c);
        }
        int end = i;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\u3000')) {
            i++;
        }
        if (end == start || i == end || i == line.length() || "0123456789０１２３４５６７８９(（[【第QＱ*_".indexOf(line.charAt(i)) < 0) {
            return line;
        }
        return line.substring(0, start) + line.substring(i);
    }

    /**
     * The line without the strong emphasis some editors put around a whole item or its number ({@code **1. q**},
     * {@code **1.** q}): the opening marker and the next one like it go, so the number and its text read as usual.
     * Without a closing marker the line is left as it is.
     */
    private static String unbold(String marked) {
        String line = unmarked(marked);
        Matcher bold = BOLD_START.matcher(line);
        if (!bold.find()) {
            return line;
        }
        int close = line.indexOf(bold.group(1), bold.end());
        if (close < 0) {
            return line;
        }
        return line.substring(0, bold.start(1)) + line.substring(bold.end(), close)
                + line.substring(close + bold.group(1).length());
    }

    private static Optional<ListItemLine> parseUnbolded(String line) {
        Matcher m = ITEM.matcher(line);
        if (!m.matches()) {
            return nth(line);
        }
        String number = m.group(1);
        for (int g = 2; number == null; g++) {
            number = m.group(g);
        }
        return Optional.of(new ListItemLine(asciiDigits(keycapDigits(number)), m.group(6).strip()));
    }

    private static Optional<ListItemLine> nth(String line) {
        Matcher m = NTH.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String n = m.group(1);
        int value = Character.isDigit(n.charAt(0)) ? Integer.parseInt(asciiDigits(n)) : ChineseNumerals.value(n);
        return value < 0 ? Optional.empty() : Optional.of(new ListItemLine(String.valueOf(value), m.group(2).strip()));
    }

    /** The digits of a keycap number ({@code 1️⃣2️⃣} is 12, {@code 🔟} is 10); other numbers as they are. */
    private static String keycapDigits(String number) {
        return number.equals("\uD83D\uDD1F") ? "10" : number.replace("\uFE0F", "").replace("\u20E3", "");
    }

    /** The same number in ASCII digits: full-width digits are the same number typed in a Chinese input method. */
    public static String asciiDigits(String digits) {
        StringBuilder ascii = new StringBuilder(digits.length());
        digits.codePoints().forEach(c -> ascii.append(Character.forDigit(Character.digit(c, 10), 10)));
        return ascii.toString();
    }
}
