package dev.qbank.importers.chapters;

import dev.qbank.importers.ChineseNumerals;
import dev.qbank.importers.ListItemLine;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book's questions numbered by the section of their chapter: {@code 第1章 神经网络基础} over
 * {@code 1.1 为什么需要非线性激活函数？}, {@code 1.2 …}, then {@code 第2章 …} over {@code 2.1 …} (also {@code 3.2.1}).
 * Such a line is no list item ({@code 1.1} is a decimal to {@link ListItemLine}), and a book pasted as plain text was
 * refused as unrecognised (imp36). It is a question only when its first number is its chapter's and its section
 * number follows the last one read (the same first section or the next, and past the last), so that a decimal in an
 * answer ({@code 1.5 倍的学习率}) does not start one.
 */
final class ChapterSections {
    private static final Pattern SECTION = Pattern.compile(
            "^[ \\t\\u3000]*([0-9]{1,3})\\.([0-9]{1,3}(?:\\.[0-9]{1,3}){0,2})[.．、]?[ \\t\\u3000]+(\\S.*)$");
    private static final Pattern CHAPTER_NUMBER = Pattern.compile("[0-9０-９]+|[" + ChineseNumerals.DIGITS + "]+");

    /** The chapter's number, or -1 when none was read or it is not written in digits or Chinese numerals. */
    private int chapter = -1;
    /** The section numbers of the last question read in this chapter, empty before the first. */
    private int[] last = new int[0];

    /** A chapter line's number ({@code 第1章}, {@code 第三章}, {@code Chapter 2}): the questions below start again. */
    void chapter(String number) {
        Matcher m = CHAPTER_NUMBER.matcher(number);
        chapter = !m.find() ? -1 : Character.isDigit(m.group().charAt(0))
                ? Integer.parseInt(ListItemLine.asciiDigits(m.group())) : ChineseNumerals.value(m.group());
        last = new int[0];
    }

    /** The line as a question numbered by its chapter's section, if it is one (see above). */
    Optional<ListItemLine> item(String line) {
        if (chapter < 0) {
            return Optional.empty();
        }
        Matcher m = SECTION.matcher(line);
        if (!m.matches() || Integer.parseInt(m.group(1)) != chapter) {
            return Optional.empty();
        }
        int[] numbers = Arrays.stream(m.group(2).split("\\.")).mapToInt(Integer::parseInt).toArray();
        int first = last.length == 0 ? 0 : last[0];
        boolean follows = (numbers[0] == first || numbers[0] == first + 1) && Arrays.compare(numbers, last) > 0
                && (last.length > 0 || numbers[0] == 1);
        return follows ? Optional.of(new ListItemLine(m.group(1) + "." + m.group(2), m.group(3))) : Optional.empty();
    }

    /** The question {@code item} was read: the next must follow its number. */
    void reached(ListItemLine item) {
        String number = item.number();
        int dot = number.indexOf('.');
        if (dot > 0 && number.substring(0, dot).equals(String.valueOf(chapter))) {
            last = Arrays.stream(number.substring(dot + 1).split("\\.")).mapToInt(Integer::parseInt).toArray();
        }
    }
}
