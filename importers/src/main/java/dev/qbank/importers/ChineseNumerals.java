package dev.qbank.importers;

/**
 * Small Chinese numerals as numbers: 一 is 1, 十二 is 12, 二十 is 20, 一百零五 is 105, 两百 is 200. Question banks
 * number their parts and questions this way ({@code 第十二题}, {@code 第三章}); nothing here needs more than hundreds.
 */
public final class ChineseNumerals {
    /** The characters {@link #value} reads, for character classes in patterns. */
    public static final String DIGITS = "零〇一二两三四五六七八九十百";

    private ChineseNumerals() {
    }

    /** The value of {@code s}, or -1 when it is not a numeral below 1000 written with {@link #DIGITS}. */
    public static int value(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int total = 0;
        int digit = -1; // the digit waiting for its unit, -1 when none
        int lastUnit = 1000;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digit > 0) {
                    return -1; // two digits in a row ("一二") is not a numeral
                }
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : -1;
            if (unit < 0 || unit >= lastUnit) {
                return -1;
            }
            total += (digit < 0 ? 1 : digit) * unit; // 十二: a bare 十 is one ten
            if (digit == 0) {
                return -1;
            }
            digit = -1;
            lastUnit = unit;
        }
        return total + Math.max(digit, 0);
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
