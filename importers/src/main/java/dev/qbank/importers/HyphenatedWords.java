package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins back an English word a PDF hyphenated across a line break. A paste from a PDF keeps the printed page's line
 * breaks, and with them the hyphens its typesetter put into long words ({@code a neural net-} over {@code work
 * learns…}); read as Markdown, the two lines make one paragraph and the word reads {@code net- work}.
 *
 * <p>A break is such a wrap only inside a paragraph of prose: the line ends with a word of letters and a hyphen,
 * and the next line of the same paragraph opens with lower-case letters. An answer runs through it as a PDF paste's
 * page numbers do through {@link PageNumbers}: by shape, whatever the file. Code (fenced or indented), a table's row,
 * a list's next point, a quote or a heading below is no continuation. A hyphen that is the writer's stays: after a
 * compound's other hyphens ({@code state-of-the-} over {@code art}: the line breaks at a real hyphen), before
 * {@code and}/{@code or}/{@code to} ({@code pre-} over {@code and post-training}), and when the document writes the
 * word with its hyphen elsewhere ({@code well-known}), or when a half is shorter than a typesetter leaves
 * ({@code x-} over {@code ray}); there the line is joined and the hyphen kept, except before {@code and}/{@code or},
 * where the line stays as written.
 */
public final class HyphenatedWords {
    /** A line ending with a word broken by a hyphen: group 1 is the text before the hyphen, group 2 the word's start. */
    private static final Pattern BROKEN = Pattern.compile("^(.*?(?:^|[^A-Za-z0-9_-])((?:[A-Za-z]+-)*[A-Za-z]+))-$");
    /** The word that goes on at the start of the next line: group 1 the word, group 2 the rest. */
    private static final Pattern GOES_ON = Pattern.compile("^[ \\t]*([a-z]+)(?![A-Za-z0-9_])(.*)$");
    /** A line that opens a block of its own, not the next line of a paragraph. */
    private static final Pattern OWN_BLOCK = Pattern.compile(
            "^(?: {4}|\\t|[ \\t]*(?:[-*+•·][ \\t]|[0-9]{1,3}[.、)）][ \\t]|[|>#<]))");
    /** The words after a writer's own open hyphen: "pre- and post-training", "first- or second-order". */
    private static final Set<String> AFTER_OPEN_HYPHEN = Set.of("and", "or", "to", "nor", "as", "vs", "versus");

    private HyphenatedWords() {
    }

    /**
     * The answer's text with each English word hyphenated across a line break joined back on the first line.
     *
     * @param documentText the whole document, which may spell the word with its hyphen elsewhere
     */
    public static String join(String text, String documentText) {
        if (text == null || text.indexOf("-\n") < 0) {
            return text;
        }
        List<String> lines = new ArrayList<>();
        List<Boolean> code = new ArrayList<>();
        MarkdownLines reader = new MarkdownLines(text);
        while (reader.next()) {
            lines.add(reader.line());
            code.add(reader.code() || CodeFence.opening(reader.line()) != null);
        }
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher broken;
            Matcher next;
            while (i + 1 < lines.size() && !code.get(i) && !code.get(i + 1)
                    && !line.stripLeading().startsWith("|") && !OWN_BLOCK.matcher(lines.get(i + 1)).find()
                    && (broken = BROKEN.matcher(line.stripTrailing())).matches()
                    && (next = GOES_ON.matcher(lines.get(i + 1))).matches()) {
                String start = broken.group(2);
                String end = next.group(1);
                if (AFTER_OPEN_HYPHEN.contains(end)) {
                    break; // "pre-" then "and post-training": the writer's line break, kept
                }
                // a typesetter leaves two letters or more before its hyphen and three or more after it (TeX's
                // minimums); a shorter half was hyphenated by the writer ("x-ray")
                boolean realHyphen = start.contains("-") || start.length() < 2 || end.length() < 3
                        || documentText.contains(start + "-" + end) && !documentText.contains(start + end);
                line = broken.group(1) + (realHyphen ? "-" : "") + end + next.group(2);
                i++; // the next line is now part of this one, and may itself end with a broken word
            }
            out.add(line);
        }
        return String.join("\n", out);
    }
}
