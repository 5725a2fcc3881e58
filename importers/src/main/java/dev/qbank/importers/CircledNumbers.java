package dev.qbank.importers;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enclosed numbers Chinese banks number with: circled {@code ①}–{@code ⑳} and {@code ㉑}–{@code ㊿}, parenthesized
 * {@code ⑴}–{@code ⒇}, with a full stop {@code ⒈}–{@code ⒛}, and the dingbats {@code ❶}, {@code ➀}, {@code ➊}.
 * Word processors and input methods offer them as a list style of their own; each is one character standing for
 * its number.
 */
public final class CircledNumbers {
    /** One such number opening a line, then its text: group 1 the number, group 2 the text. */
    private static final Pattern LEADING = Pattern.compile(
            "^[ \\t\\u3000]*([\\u2460-\\u249B\\u3251-\\u325F\\u32B1-\\u32BF\\u2776-\\u2793])[ \\t\\u3000]*(\\S.*?)[ \\t\\u3000]*$");

    private CircledNumbers() {
    }

    /** The number an enclosed-number character stands for (① is 1, ㉑ is 21, ⒇ is 20), or -1 for another character. */
    public static int value(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1; // ① - ⑳
        } else if (c >= '\u2474' && c <= '\u2487') {
            return c - '\u2474' + 1; // ⑴ - ⒇
        } else if (c >= '\u2488' && c <= '\u249B') {
            return c - '\u2488' + 1; // ⒈ - ⒛
        } else if (c >= '\u3251' && c <= '\u325F') {
            return c - '\u3251' + 21; // ㉑ - ㉟
        } else if (c >= '\u32B1' && c <= '\u32BF') {
            return c - '\u32B1' + 36; // ㊱ - ㊿
        } else if (c >= '\u2776' && c <= '\u2793') {
            return (c - '\u2776') % 10 + 1; // ❶ - ❿, ➀ - ➉, ➊ - ➓
        }
        return -1;
    }

    /** {@code line} as an item numbered with an enclosed number ({@code ③ 什么是过拟合？}), if it is one. */
    public static Optional<ListItemLine> item(String line) {
        Matcher m = LEADING.matcher(line);
        return m.matches() ? Optional.of(new ListItemLine(String.valueOf(value(m.group(1).charAt(0))), m.group(2)))
                : Optional.empty();
    }

    /** The enclosed number opening {@code line}, if it opens with one followed by text. */
    public static OptionalInt leading(String line) {
        Matcher m = LEADING.matcher(line);
        return m.matches() ? OptionalInt.of(value(m.group(1).charAt(0))) : OptionalInt.empty();
    }
}
