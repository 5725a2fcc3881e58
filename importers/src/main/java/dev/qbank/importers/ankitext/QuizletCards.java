package dev.qbank.importers.ankitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Quizlet set exported with custom separators (Export > "Between term and definition: Custom", "Between rows:
 * Custom"): every card {@code term|definition} and the cards run on after each other split by the row separator,
 * {@code term|def;;term|def;;…}, a definition keeping its own line breaks. Anki's text import takes the same file
 * once told the separators; this reads the common choices without being told: {@code ;;} between cards with
 * {@code |}, a tab or {@code ::} between the sides, or a line per card with {@code |} between them. The whole file
 * must be such cards, three or more, each with text on both sides; a Markdown table ({@code | a | b |}) is none.
 *
 * @param cards each card's term and definition, as written (trimmed)
 * @param offsets where each card starts in the text
 * @param lineByLine whether the cards are one a line (Quizlet's "New line" between rows), which detection trusts less
 */
record QuizletCards(List<String[]> cards, List<Integer> offsets, boolean lineByLine) {
    private static final String[] ROWS = {";;", "\n"};
    private static final String[][] SIDES = {{"|", "\t", "::"}, {"|"}};
    private static final int MIN_CARDS = 3;
    /** A table's delimiter row's cell ({@code ---}, {@code :--:}): no term. */
    private static final Pattern RULE = Pattern.compile("[\\s:|-]+");

    /** The text as such cards, or empty when it is not wholly cards in one of these shapes. */
    static Optional<QuizletCards> of(String text) {
        for (int r = 0; r < ROWS.length; r++) {
            String rows = ROWS[r];
            if (!text.contains(rows)) {
                continue;
            }
            for (String side : SIDES[r]) {
                Optional<QuizletCards> cards = split(text, rows, side);
                if (cards.isPresent()) {
                    return cards;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<QuizletCards> split(String text, String rows, String side) {
        List<String[]> cards = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int end = text.indexOf(rows, at);
            String row = text.substring(at, end < 0 ? text.length() : end);
            if (!row.isBlank()) {
                String card = row.strip();
                int s = card.indexOf(side);
                if (s <= 0 || s + side.length() >= card.length()
                        || rows.equals("\n") && (card.startsWith("|") || card.endsWith("|") || card.indexOf(side, s + 1) >= 0)) {
                    return Optional.empty(); // a row with no term or definition, or a table's row
                }
                String term = card.substring(0, s).strip();
                String definition = card.substring(s + side.length()).strip();
                if (term.isEmpty() || definition.isEmpty() || rows.equals(";;") && term.contains("\n")
                        || RULE.matcher(term).matches() || RULE.matcher(definition).matches()) {
                    return Optional.empty(); // a term is one line: a line break before the side separator is prose
                }
                cards.add(new String[] {term, definition});
                offsets.add(at + row.indexOf(card.charAt(0)));
            }
            if (end < 0) {
                break;
            }
            at = end + rows.length();
        }
        return cards.size() >= MIN_CARDS ? Optional.of(new QuizletCards(cards, offsets, rows.equals("\n"))) : Optional.empty();
    }
}
