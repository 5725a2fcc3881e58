package dev.qbank.importers.table;

import dev.qbank.model.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table's closing row that totals it ({@code | **合计** | **4 题** | | |}, {@code | Total | 3 | |}), as a
 * spreadsheet or a site's export adds under its rows: no question, although its question cell holds text. Only the
 * last row, and only when its question cell is a count (a number, {@code 4 题}, {@code 共 4 题},
 * {@code 12 questions}) and the row says it totals (a cell that is a totals word, or the count opens with one), or
 * its question cell is the totals word and another cell the count ({@code | 合计 | 12 题 |} under {@code | 题目 | 答案 |}):
 * a question such as {@code 什么是合计？} or a row numbered 3 whose question is text stays a question. The same
 * rule for a Markdown table and a sheet ({@link LastRowHold}: CSV/TSV, xlsx).
 */
final class SummaryRow {
    /** Words a totals row is labelled with (lower case, any trailing colon removed). */
    private static final Set<String> TOTAL_WORDS = Set.of("合计", "合計", "总计", "總計", "共计", "共計", "小计", "小計",
            "汇总", "彙總", "总数", "總數", "统计", "統計", "total", "totals", "grand total", "subtotal", "sum", "summe",
            "gesamt", "insgesamt", "totale", "totaal", "итого", "всего", "合計数", "計");
    /** A count, optionally opened by a totals word: group 1 that word. */
    private static final Pattern COUNT = Pattern.compile(
            "(?iu)(?:(共|合计|合計|总计|總計|共计|共計|total|in total)[:：]?\\s*)?\\d+\\s*"
                    + "(?:道题|道題|道|题|題|个|個|条|條|questions?|items?|rows?)?");

    private SummaryRow() {
    }

    /** Whether a table's last row, its cells' plain text given, totals the table rather than asks. */
    static boolean totals(List<String> cells, String question) {
        var count = COUNT.matcher(question.strip());
        if (!count.matches()) {
            // the totals word in the question's cell, the count beside it: | 合计 | 12 题 | under | 题目 | 答案 |
            return namesTotal(question) && cells.stream().anyMatch(c -> COUNT.matcher(c.strip()).matches());
        }
        return count.group(1) != null || cells.stream().anyMatch(SummaryRow::namesTotal);
    }

    /** The warning for a totals row at {@code line}, {@code where} the message's prefix (a sheet's name, or empty). */
    static Diagnostic warning(String file, int line, String where, List<String> cells) {
        return Diagnostic.warning("summary-row", file, line, 0, where + "this last row totals the table ('"
                + String.join(" | ", cells.stream().filter(t -> !t.isEmpty()).toList()) + "'), no question; not imported");
    }

    private static boolean namesTotal(String cell) {
        String word = cell.strip().replaceAll("[:：]$", "").strip().toLowerCase(Locale.ROOT);
        return TOTAL_WORDS.contains(word);
    }
}
