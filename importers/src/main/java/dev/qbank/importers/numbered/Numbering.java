package dev.qbank.importers.numbered;

import dev.qbank.importers.ListItemLine;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering a list has reached, to tell a sub-numbered question from a line that starts with a decimal number.
 * {@code 7.1 什么是 FP16？} after item 6 or 7, or {@code 7.2} after 7.1, continues the numbering and is a question of
 * its own; {@code 7.5 倍学习率} after item 6 does not, and {@code 1.5B 参数} is not a number followed by text at all.
 */
final class Numbering {
    private static final Pattern SUB_ITEM = Pattern.compile(
            "^[ \\t\\u3000]*([0-9０-９]{1,9})[.．]([0-9０-９]{1,9})(?:[.．、)）][ \\t\\u3000]*|[ \\t\\u3000]+)(\\S.*)$");

    private long major;
    private long minor;

    /** The line as a sub-numbered item ({@code 7.1}), if it is one and it continues the numbering so far. */
    Optional<ListItemLine> subItem(String line) {
        Matcher m = SUB_ITEM.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        long a = Long.parseLong(ListItemLine.asciiDigits(m.group(1)));
        long b = Long.parseLong(ListItemLine.asciiDigits(m.group(2)));
        boolean continues = a > 0 && (a == major && b == minor + 1 || a == major + 1 && b == 1);
        return continues ? Optional.of(new ListItemLine(a + "." + b, m.group(3).strip())) : Optional.empty();
    }

    /** Moves the numbering on to {@code item} ({@code 7} or {@code 7.1}). */
    void reached(ListItemLine item) {
        String[] parts = item.number().split("\\.");
        major = Long.parseLong(parts[0]);
        minor = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
    }
}
