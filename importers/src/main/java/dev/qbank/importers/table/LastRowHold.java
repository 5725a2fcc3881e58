package dev.qbank.importers.table;

import dev.qbank.model.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A sheet's rows read one behind (CSV/TSV text, a workbook's sheet), so that its last filled row can be seen to total
 * the sheet ({@link SummaryRow}: {@code 合计,12 题}, {@code Total,40}) and be left out with
 * {@code warning[summary-row]}, as a Markdown table's is. A streamed sheet knows its last row only when it ends: each
 * filled row is held until the next filled one comes; a blank row, which makes nothing, is read at once.
 */
public final class LastRowHold {
    private final SheetRow.Place place;
    private List<String> cells;
    private Map<Column, Integer> columns;
    private int line;
    private Runnable read;

    public LastRowHold(SheetRow.Place place) {
        this.place = place;
    }

    /**
     * Holds a row ({@code cells} by column, at {@code line}) whose reading is {@code read}, and reads the one held
     * before it. The caller hands over {@code cells}: neither they nor what {@code read} uses may change after this
     * call (a parser that reuses its lists copies them first).
     */
    public void hold(List<String> cells, Map<Column, Integer> columns, int line, Runnable read) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            read.run();
            return;
        }
        readHeld();
        this.cells = cells;
        this.columns = columns;
        this.line = line;
        this.read = read;
    }

    /** At the sheet's end: reads the row held, unless it totals the sheet, which is said and left out. */
    public void end(Consumer<Diagnostic> warnings) {
        if (read == null) {
            return;
        }
        List<String> texts = cells.stream().map(c -> c == null ? "" : c.strip().replaceAll("\\s+", " ")).toList();
        Integer question = columns.get(Column.QUESTION);
        if (question != null && question < texts.size() && SummaryRow.totals(texts, texts.get(question))) {
            warnings.accept(SummaryRow.warning(place.file(), line, SheetRow.where(place, null, line), texts));
            read = null;
            return;
        }
        readHeld();
    }

    private void readHeld() {
        if (read != null) {
            read.run();
            read = null;
        }
    }
}
