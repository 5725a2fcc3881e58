package dev.qbank.exporters.xlsx;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tags column's cell: the tags joined by {@code , }, as a person writes them. Every tabular import splits such a
 * cell at commas, {@code 、}, semicolons and bars, before a {@code #tag}, at a spaced {@code /}, and at blanks between
 * Chinese words or acronyms ({@code CNN 卷积}), so a tag holding any of them ({@code Hello, World}) came back as two
 * tags. Such a tag is written in double quotes (a quote in it doubled, as in CSV), which the import reads as one tag
 * whatever it holds. Quoting a tag the import would not have split does no harm; plain tags stay unquoted.
 */
final class TagCell {
    /** A character the import splits a cell's tags at, wherever it stands; a quote, which opens a quoted tag. */
    private static final Pattern SEPARATOR = Pattern.compile("[\\n\\r,，、;；|｜\"]|^#|\\[\\[");
    /**
     * A word beside which the import may split at a blank: one holding a Chinese character, one in capitals
     * ({@code CNN}, {@code GPT-4}), a lone {@code /} or a {@code #tag}.
     */
    private static final Pattern SPLITTING_WORD = Pattern.compile(
            "/|#.*|.*\\p{IsHan}.*|[A-Z][A-Z0-9]*(?:[-+.][A-Z0-9]+)*[+#]*");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000]+");

    private TagCell() {
    }

    static String of(List<String> tags) {
        return tags.stream().map(TagCell::written).collect(Collectors.joining(", "));
    }

    private static String written(String tag) {
        String[] words = BLANKS.split(tag.strip());
        boolean splits = SEPARATOR.matcher(tag).find() || words.length > 1
                && Arrays.stream(words).anyMatch(w -> SPLITTING_WORD.matcher(w).matches());
        return splits ? "\"" + tag.replace("\"", "\"\"") + "\"" : tag;
    }
}
