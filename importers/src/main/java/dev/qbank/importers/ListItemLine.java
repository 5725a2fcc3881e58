package dev.qbank.importers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered line as plain-text banks write them: {@code 1.}, {@code 1．}, {@code 1、}, {@code 1)}, {@code 1）},
 * {@code (1)}, {@code （1）}, with or without a space before the text. {@code 1.5 倍} is not an item (a digit right
 * after the dot is a decimal number), and neither is a number with nothing after it.
 *
 * @param number the source's own number, as written
 * @param text   the rest of the line, trimmed
 */
public record ListItemLine(String number, String text) {
    private static final Pattern ITEM = Pattern.compile(
            "^[ \\t\\u3000]*(?:(\\d{1,9})[ \\t]*[.．、)）](?![0-9])|[(（][ \\t]*(\\d{1,9})[ \\t]*[)）])[ \\t\\u3000]*(\\S.*)$");

    public static Optional<ListItemLine> parse(String line) {
        Matcher m = ITEM.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(new ListItemLine(number, m.group(3).strip()));
    }
}
