package dev.qbank.importers.flashcards;

import dev.qbank.importers.ClozeDeletions;
import dev.qbank.importers.NoteMarkup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's own clozes, in a paragraph of a {@code #flashcards} note that is no other card: words
 * {@code ==highlighted==} (its default) or, with its setting "convert bold text to clozes" on, {@code **bold**}, each
 * hidden as {@code [...]}. Highlights win: a paragraph that has them uses bold for emphasis. Bold that labels or titles
 * rather than hides is no deletion: a line wholly bold ({@code **第二章 索引**}), or bold at a line's (or list item's)
 * start before a colon ({@code **注意**：…}, {@code - **Note:** …}); a paragraph with no other bold is no cloze.
 */
final class NoteClozes {
    private static final Pattern BOLD = Pattern.compile("(?<![*\\w])\\*\\*(?<mark>[^\\s*](?:[^*\\n]*[^\\s*])?)\\*\\*(?![*\\w])");
    /** A code span; it opens only at the start of a backtick run (from inside one it searched the line again each). */
    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`++).*?\\1");
    /** A line's lead-in: a list marker, then bold before a colon, or ending with one. */
    private static final Pattern LABEL = Pattern.compile("^[ \\t]*(?:[-*+][ \\t]+|\\d{1,3}[.)、][ \\t]*)?\\*\\*[^*\\n]+?"
            + "(?:[:：]\\*\\*|\\*\\*[ \\t]*[:：])");
    private static final Pattern WHOLLY_BOLD = Pattern.compile("[ \\t]*(?:[-*+][ \\t]+)?\\*\\*[^*\\n]+\\*\\*[ \\t]*[:：]?[ \\t]*");

    private NoteClozes() {
    }

    /** The paragraph as a cloze card, or empty when it hides nothing. */
    static Optional<ClozeDeletions> of(String paragraph) {
        Optional<ClozeDeletions> highlights = hiding(paragraph, NoteMarkup.HIGHLIGHT);
        return highlights.isPresent() ? highlights : hiding(paragraph, BOLD);
    }

    private static Optional<ClozeDeletions> hiding(String paragraph, Pattern mark) {
        StringBuilder asked = new StringBuilder();
        List<String> hidden = new ArrayList<>();
        String[] lines = paragraph.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            asked.append(i > 0 ? "\n" : "");
            int label = mark == BOLD ? labelEnd(line) : 0;
            List<int[]> code = codeSpans(line);
            Matcher m = mark.matcher(line);
            int last = 0;
            while (m.find()) {
                if (m.start() < label || code.stream().anyMatch(c -> m.start() >= c[0] && m.start() < c[1])) {
                    continue;
                }
                hidden.add(m.group("mark"));
                asked.append(line, last, m.start()).append("[...]");
                last = m.end();
            }
            asked.append(line.substring(last));
        }
        return hidden.isEmpty() ? Optional.empty()
                : Optional.of(new ClozeDeletions(asked.toString(), String.join("\n", hidden)));
    }

    /** Where a line's bold label or title ends (0 when it has none): its bold there is no deletion. */
    private static int labelEnd(String line) {
        if (WHOLLY_BOLD.matcher(line).matches()) {
            return line.length();
        }
        Matcher label = LABEL.matcher(line);
        return label.lookingAt() ? label.end() : 0;
    }

    private static List<int[]> codeSpans(String line) {
        List<int[]> spans = new ArrayList<>();
        if (line.indexOf('`') >= 0) {
            Matcher m = CODE_SPAN.matcher(line);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }
}
