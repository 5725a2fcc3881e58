package dev.qbank.importers.docx;

import dev.qbank.importers.AskWords;
import dev.qbank.importers.AskingText;
import dev.qbank.importers.table.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Word table of two columns without a header row, question on the left and answer on the right, from its first
 * row on: how many banks are typed in Word. Its first row was taken for a header naming no known column and the
 * document refused. It is one when its first row names no columns ({@link SheetRow#header}), its first left cell
 * asks beside an answer, and most left cells ask: with a question mark ({@link AskingText}), or as an instruction
 * ({@code 解释过拟合}, {@code 简述 BN 的作用}, {@code Explain dropout}: the glossary's imperatives, which
 * deduplication reads as asks, {@link AskWords}: the bank glossary's too).
 */
final class QuestionAnswerTable {
    private QuestionAnswerTable() {
    }

    /**
     * A question/answer table some of whose left cells do not ask: read all the same (they are its rows), but said,
     * since such a table may be something else that happens to start with a question.
     *
     * @param element   the table's first row, as WordText numbers a document's paragraphs and rows
     * @param rows      how many rows it has
     * @param notAsking the rows whose left cell does not ask, numbered so
     */
    record Ambiguous(int element, int rows, List<Integer> notAsking) {
    }

    /** Whether the table's rows (each a list of its cells' text) are question/answer pairs from the first on. */
    static boolean isOne(List<List<String>> rows) {
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.size() != 2)) {
            return false;
        }
        List<String> first = rows.get(0);
        if (SheetRow.header(first) != null || !asks(first.get(0)) || first.get(1).isBlank()) {
            return false;
        }
        long filled = rows.stream().filter(r -> !r.get(0).isBlank()).count();
        long asking = rows.stream().filter(r -> asks(r.get(0))).count();
        return asking * 2 > filled;
    }

    /** Whether a left cell asks: a question mark, or an instruction ("解释过拟合", "Explain dropout"). */
    private static boolean asks(String cell) {
        return AskingText.asks(cell) || AskWords.opensWithImperative(cell);
    }

    /** The table read by {@link #isOne} as an {@link Ambiguous} one, when some left cells do not ask. */
    static Optional<Ambiguous> ambiguity(List<List<String>> rows, int firstElement) {
        List<Integer> notAsking = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String left = rows.get(i).get(0);
            if (!left.isBlank() && !asks(left)) {
                notAsking.add(firstElement + i);
            }
        }
        return notAsking.isEmpty() ? Optional.empty() : Optional.of(new Ambiguous(firstElement, rows.size(), notAsking));
    }
}
