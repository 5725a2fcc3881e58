package dev.qbank.importers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The tags of one spreadsheet-like cell ("CNN, 深度学习", "#cnn #rnn", one per line), in order, each once. */
public final class TagCell {
    /** Between tags: line breaks, commas, semicolons, a slash between spaces, or before a {@code #tag}. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\n,，、;；]+|[ \\t]+/[ \\t]+|[ \\t]+(?=#\\S)");

    private TagCell() {
    }

    public static List<String> split(String cell) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : SEPARATORS.split(cell)) {
            String t = tag.strip().replaceAll("\\s+", " ");
            if (t.length() > 1 && t.charAt(0) == '#' && t.charAt(1) != '#') {
                t = t.substring(1); // a hashtag: the tag is the word
            }
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        return List.copyOf(tags);
    }
}
