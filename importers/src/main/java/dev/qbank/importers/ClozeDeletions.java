package dev.qbank.importers;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cloze text, Anki's {@code {{c1::Adam}} 结合了动量} (also pasted into notes and flash cards), as its card shows it:
 * each deletion hidden as {@code [...]}, or as {@code [hint]} when it has one ({@code {{c1::Adam::优化器}}}), and
 * what the deletions hide, one a line, in order and once each. One rule for every importer that meets clozes, so that
 * a deck and a note holding the same cloze give the same question. Logseq writes its own cloze as a macro,
 * {@code {{cloze Adam}}}: the same deletion, read the same way (Logseq has no hint in it).
 *
 * @param question the text with its deletions hidden
 * @param hidden   what they hide, one a line
 */
public record ClozeDeletions(String question, String hidden) {
    /** A cloze deletion: {@code {{c1::text}}} or {@code {{c1::text::hint}}}, or Logseq's {@code {{cloze text}}}. */
    private static final Pattern CLOZE = Pattern.compile(
            "\\{\\{(?:c\\d+::(.*?)(?:::([^{}]*?))?|cloze[ \\t]+([^{}]*?))}}", Pattern.DOTALL);

    /** The text as a cloze card shows it, or empty when it has no deletion. */
    public static Optional<ClozeDeletions> of(String text) {
        Matcher m = CLOZE.matcher(text);
        StringBuilder question = new StringBuilder();
        LinkedHashSet<String> hidden = new LinkedHashSet<>();
        while (m.find()) {
            hidden.add((m.group(1) != null ? m.group(1) : m.group(3)).strip());
            String hint = m.group(2) == null || m.group(2).isBlank() ? "..." : m.group(2).strip();
            m.appendReplacement(question, Matcher.quoteReplacement("[" + hint + "]"));
        }
        if (hidden.isEmpty()) {
            return Optional.empty();
        }
        m.appendTail(question);
        return Optional.of(new ClozeDeletions(question.toString(), String.join("\n", hidden)));
    }

    /** The card's answer: what the deletions hide, then the answer written for it ({@code written}), if any. */
    public String answer(String written) {
        return written == null || written.isBlank() ? hidden : hidden + "\n\n" + written;
    }

    /** Whether the text holds a deletion. */
    public static boolean in(String text) {
        return text.contains("{{c") && CLOZE.matcher(text).find();
    }
}
