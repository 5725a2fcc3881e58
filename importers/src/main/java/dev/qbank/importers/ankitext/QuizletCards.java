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
 * <p>Quizlet's built-in choices too: "Between rows: Semicolon" with "Tab" or "Comma" between the sides,
 * {@code term<TAB>def;term<TAB>def}. Quizlet writes the {@code ;} with nothing around it, and a definition may hold
 * its own {@code ;}: with a tab between the sides, each tab marks a card, so the row separator is the last {@code ;}
 * before the next tab; with a comma, a {@code ;} followed by no blank starts a card when a comma follows in it, else
 * it stays in the definition ({@code 可重复读;MVCC} 的 {@code ;}), and so it does when that comma has a blank after it
 * while the first card's has none, as Quizlet writes it ({@code color:red;margin:0, each …}: prose's comma). Prose
 * writes {@code "; "}, which splits nothing.
 *
 * @param cards each card's term and definition, as written (trimmed)
 * @param offsets where each card starts in the text
 * @param trustedLess whether the cards are one a line (Quizlet's "New line" between rows) or written
 *                    {@code term,def;term,def}, shapes any short text might have, which detection trusts less
 */
record QuizletCards(List<String[]> cards, List<Integer> offsets, boolean trustedLess) {
    private static final String[] ROWS = {";;", "\n"};
    private static final String[][] SIDES = {{"|", "\t", "::"}, {"|"}};
    private static final int MIN_CARDS = 3;
    /** A term of the built-in shapes: one line, not a sentence's length. */
    private static final int TERM_LENGTH = 80;
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
        if (text.contains(";;") || !text.contains(";")) {
            return Optional.empty();
        }
        return text.indexOf('\t') >= 0 ? tabSemicolon(text) : commaSemicolon(text);
    }

    /** {@code term<TAB>def;term<TAB>def}: between two tabs, the last {@code ;} ends a definition. */
    private static Optional<QuizletCards> tabSemicolon(String text) {
        List<String[]> cards = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int start = 0; // where the current card's term starts
        int tab = text.indexOf('\t');
        while (tab >= 0) {
            int next = text.indexOf('\t', tab + 1);
            int end = next < 0 ? text.length() : text.lastIndexOf(';', next);
            if (end <= tab) {
                return Optional.empty(); // two tabs with no row between them: a table's row, no such card
            }
            String definition = text.substring(tab + 1, end).strip();
            if (next < 0 && definition.endsWith(";")) {
                definition = definition.substring(0, definition.length() - 1).strip();
            }
            if (!card(text.substring(start, tab), definition, cards)) {
                return Optional.empty();
            }
            offsets.add(start);
            start = end + 1;
            tab = next;
        }
        return cards.size() >= MIN_CARDS ? Optional.of(new QuizletCards(cards, offsets, false)) : Optional.empty();
    }

    /** {@code term,def;term,def}: a {@code ;} with no blank after it, then a comma, starts a card. */
    private static Optional<QuizletCards> commaSemicolon(String text) {
        List<String[]> cards = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int start = 0;
        String definition = null;
        String term = null;
        boolean tight = false; // whether the first card's comma has its definition right after it, as Quizlet writes
        for (int at = 0; at <= text.length(); at++) {
            boolean row = at == text.length() || text.charAt(at) == ';' && at + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(at + 1));
            if (!row) {
                continue;
            }
            String segment = text.substring(start, at);
            int comma = segment.indexOf(',');
            if (comma > 0 && !segment.substring(0, comma).contains("\n")
                    && (term == null || tight == tight(segment, comma))) {
                if (term != null && !card(term, definition, cards)) {
                    return Optional.empty();
                }
                if (term == null) {
                    tight = tight(segment, comma);
                }
                offsets.add(start);
                term = segment.substring(0, comma);
                definition = segment.substring(comma + 1).strip();
            } else if (term != null) {
                definition = definition + ";" + segment; // the definition's own ';'
            } else {
                return Optional.empty();
            }
            start = at + 1;
        }
        if (term == null || !card(term, definition.endsWith(";") ? definition.substring(0, definition.length() - 1)
                : definition, cards)) {
            return Optional.empty();
        }
        return cards.size() >= MIN_CARDS ? Optional.of(new QuizletCards(cards, offsets, true)) : Optional.empty();
    }

    /**
     * Whether the comma at {@code comma} has no blank after it. Quizlet writes a card's comma that way, so in a set
     * whose first card does, a {@code ;} whose next comma has a blank after it ({@code color:red;margin:0, each …})
     * is the definition's own, as prose writes its commas.
     */
    private static boolean tight(String segment, int comma) {
        return comma + 1 < segment.length() && !Character.isWhitespace(segment.charAt(comma + 1));
    }

    /** Adds the card when its term is one short line and both sides have text; false when they do not. */
    private static boolean card(String term, String definition, List<String[]> cards) {
        String t = term.strip();
        String d = definition.strip();
        if (t.isEmpty() || d.isEmpty() || t.contains("\n") || t.length() > TERM_LENGTH || t.contains("\t")
                || d.contains("\t")) {
            return false;
        }
        cards.add(new String[] {t, d});
        return true;
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
