package dev.qbank.importers.table;

import dev.qbank.importers.DifficultyWords;
import dev.qbank.model.Difficulty;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a table's difficulty column counts. Most write words, stars or qbank's 1-3 ({@link DifficultyWords}); a column
 * scored 1 to 5, as rating sites and teachers' spreadsheets do, says so only as a whole: one of its cells is 4 or 5
 * and every other is a number of that scale. Then 2 is easy and 3 medium, as five stars fold onto three, where read
 * alone they would be medium and hard.
 */
enum DifficultyScale {
    WORDS,
    FIVE_POINTS;

    private static final Pattern POINT = Pattern.compile("[1-5]");

    /** A cell's boundary in a row as written: a {@code |} not escaped ({@code \\|} is a pipe in the cell). */
    private static final Pattern CELL_BOUNDARY = Pattern.compile("(?<!\\\\)\\|");

    /**
     * The scale of the difficulty column {@code column} of the table whose header row starts at {@code headerAt} in
     * {@code text}: read from its rows as written, to the first line that is no row (blank, or without a {@code |}),
     * since the parser may hand the table over in pieces. It stops at the first cell that decides: a word (the
     * usual column, one row read) or a 4 or 5.
     */
    static DifficultyScale of(String text, int headerAt, int column) {
        int at = headerAt;
        for (int row = 0; at < text.length(); row++) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String line = text.substring(at, end);
            at = end + 1;
            if (row < 2) {
                continue; // the header and the delimiter row
            }
            if (line.isBlank() || line.indexOf('|') < 0) {
                break;
            }
            String point = point(cell(line, column));
            if (point.isEmpty()) {
                continue;
            }
            if (!POINT.matcher(point).matches()) {
                return WORDS;
            }
            if (point.charAt(0) > '3') {
                return FIVE_POINTS;
            }
        }
        return WORDS;
    }

    /** The text of cell {@code column} of a row as written ({@code | a | b |} or {@code a | b}), or "". */
    private static String cell(String row, int column) {
        String cells = row.strip();
        if (cells.startsWith("|")) {
            cells = cells.substring(1);
        }
        String[] each = CELL_BOUNDARY.split(cells, -1);
        return column < each.length ? each[column] : "";
    }

    /** The level a cell of a column on this scale names. */
    Optional<Difficulty> parse(String cell) {
        if (this == FIVE_POINTS) {
            String point = point(cell);
            if (POINT.matcher(point).matches()) {
                return Optional.of(DifficultyWords.ofFive(point.charAt(0) - '0'));
            }
        }
        return DifficultyWords.parse(cell);
    }

    /** A cell as a number is read: full-width digits as ASCII ({@code ４}), no blanks around. */
    private static String point(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
    }
}
