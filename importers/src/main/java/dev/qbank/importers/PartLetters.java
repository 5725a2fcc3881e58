package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How English exam sheets and lists number the parts of a question: lower-case letters ({@code a)}, {@code (a)},
 * {@code a.}) or lower-case Roman numerals ({@code i)}, {@code (ii)}, {@code iv.}). Capitals are left alone:
 * {@code A.} / {@code B.} under a stem are a choice question's options ({@link ChoiceOptions}). A mark is followed
 * by a blank, so {@code e.g.} and {@code i.e.} open no part.
 */
public final class PartLetters {
    /** The mark opening a line: group {@code open} a bracket, {@code mark} the letters, {@code close} what ends it. */
    private static final Pattern LEADING = Pattern.compile(
            "^[ \\t\\u3000]*(?:(?<open>[(（])[ \\t]*(?<inner>[a-z]{1,5})[ \\t]*[)）]|(?<mark>[a-z]{1,5})(?<close>[.．)）]))"
                    + "[ \\t\\u3000]*(?<=[ \\t\\u3000)）])\\S");
    private static final Pattern ROMAN = Pattern.compile("x{0,2}(?:ix|iv|v?i{0,3})");

    private PartLetters() {
    }

    /**
     * A part's mark: its style (the mark for 1 with the same brackets, {@code "a)"}, {@code "(i)"}) and its number
     * (b is 2, iv is 4).
     */
    public record Mark(String style, long number) {
    }

    /**
     * The marks {@code line} may open with: none, one, or two when its letter is also a Roman numeral ({@code i)}
     * is the ninth letter after {@code h)}, else the first numeral), the letter's first.
     */
    public static List<Mark> leading(String line) {
        Matcher m = LEADING.matcher(line);
        if (!m.lookingAt()) {
            return List.of();
        }
        boolean bracketed = m.group("open") != null;
        String letters = bracketed ? m.group("inner") : m.group("mark");
        // a full-width mark is the same mark typed in a Chinese input method
        String close = bracketed ? null : m.group("close").replace('．', '.').replace('）', ')');
        List<Mark> marks = new ArrayList<>(2);
        if (letters.length() == 1) {
            marks.add(new Mark(bracketed ? "(a)" : "a" + close, letters.charAt(0) - 'a' + 1));
        }
        if (ROMAN.matcher(letters).matches()) {
            marks.add(new Mark(bracketed ? "(i)" : "i" + close, roman(letters)));
        }
        return marks;
    }

    /** The line's text after the mark it opens with, or the line when it opens with none. */
    public static String withoutMark(String line) {
        Matcher m = LEADING.matcher(line);
        return m.lookingAt() ? line.substring(m.end() - 1) : line;
    }

    /** The value of a small lower-case Roman numeral, as {@link #ROMAN} reads them. */
    private static long roman(String numeral) {
        long value = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = digit(numeral.charAt(i));
            // a smaller digit before a larger one is taken away: iv, ix
            value += i + 1 < numeral.length() && v < digit(numeral.charAt(i + 1)) ? -v : v;
        }
        return value;
    }

    private static int digit(char c) {
        return c == 'i' ? 1 : c == 'v' ? 5 : 10;
    }
}
