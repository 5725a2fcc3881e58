package dev.qbank.model;

import java.util.regex.Pattern;

/**
 * Python's special names ({@code __init__}, {@code __new__}) in the bank's Markdown text. CommonMark reads
 * {@code __init__} as bold "init"; an interview bank means the name as written, so importers keep it (they strip
 * {@code __重点__}'s markers, not these) and exporters show it as written. The rule is shared so that both sides
 * agree on which text is a name.
 */
public final class DunderNames {
    /** What {@code __x__} holds when it is a special name: lower case, as Python's all are; {@code __Why__} is bold. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private DunderNames() {
    }

    /** Whether {@code text}, found between double underscores, is a Python special name. */
    public static boolean isDunderName(String text) {
        return NAME.matcher(text).matches();
    }
}
