package dev.qbank.importers.flashcards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One card of a study set exported as {@code term - definition} lines, one card a line, as Quizlet exports a set with a custom
 * separator and as glossaries and course word lists are typed ({@code Epoch - one full pass over the training data}):
 * the term is the card's front, the definition its back. Only a file of nothing else (blank lines and a
 * {@code # Title} heading aside), three lines or more, each term short (six words at most, no sentence's end), so that
 * prose with a dash in it is never read so. The separator is the first dash with a space on each side ({@code -},
 * {@code –}, {@code —}): {@code Mini-batch gradient descent - …} keeps its hyphen.
 *
 * @param line the card's 1-based line
 * @param term the term, trimmed
 * @param definition the definition, trimmed
 */
record TermLine(int line, String term, String definition) {
    private static final Pattern TITLE = Pattern.compile(" {0,3}#{1,6}[ \\t]+\\S.*");
    /** What a term never starts or ends with: a list's marker or number, a sentence's end, a label's colon. */
    private static final Pattern NO_TERM = Pattern.compile("^(?:[-*+>|#]|[0-9]{1,3}[.)、])|[.。!！?？:：,，;；]$");
    private static final int MIN_CARDS = 3;
    private static final int MAX_TERM_WORDS = 6;
    private static final int MAX_TERM_LENGTH = 60;

    /** The cards of {@code text} when it is such a list, or empty. */
    static Optional<List<TermLine>> list(String text) {
        List<TermLine> cards = new ArrayList<>();
        int lineNo = 0;
        boolean titled = false;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (cards.isEmpty() && !titled && TITLE.matcher(line).matches()) {
                titled = true;
                continue;
            }
            int dash = separator(line);
            String definition = dash < 0 ? "" : line.substring(dash + 1).strip();
            if (dash < 0 || definition.isEmpty() || !isTerm(line.substring(0, dash))) {
                return Optional.empty();
            }
            cards.add(new TermLine(lineNo, line.substring(0, dash).strip(), definition));
        }
        return cards.size() >= MIN_CARDS ? Optional.of(cards) : Optional.empty();
    }

    /**
     * Where the first dash with a blank on each side is in a line that starts with text, or -1. Scanned, not
     * matched: a pattern splitting the line there backtracks over every blank run.
     */
    private static int separator(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return -1;
        }
        for (int i = 1; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '-' || c == '–' || c == '—') && blank(line.charAt(i - 1)) && blank(line.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isTerm(String term) {
        String t = term.strip();
        return !t.isEmpty() && t.length() <= MAX_TERM_LENGTH && t.split("\\s+").length <= MAX_TERM_WORDS
                && !NO_TERM.matcher(t).find() && !t.contains("::");
    }
}
