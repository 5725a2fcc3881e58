package dev.qbank.importers.table;

import dev.qbank.model.Diagnostic;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The columns of a sheet that no question field reads ({@code Created} and {@code Status} of a Notion database, a
 * {@code 备注} column) but that hold text in some row: named in one warning at the header, so that nothing is
 * dropped without a word. qbank's own export columns that an import derives again ({@code id}, {@code sources}) are
 * not named. Shared by the spreadsheet formats: a CSV file, each sheet of a workbook.
 */
public final class UnreadColumns {
    private static final Set<String> DERIVED = Set.of("id", "sources");

    private final List<String> names;
    private final Set<Integer> read;
    private final int line;
    /** Where the header is, before the message ({@code sheet 'CNN': }), or empty. */
    private final String where;
    private final BitSet filled = new BitSet();

    /**
     * @param names the header's cells
     * @param read  the indexes of the columns some field reads
     * @param line  the header's line
     */
    public UnreadColumns(List<String> names, Collection<Integer> read, int line) {
        this(names, read, line, "");
    }

    /** @param where where the header is, before the message ({@code sheet 'CNN': }) */
    public UnreadColumns(List<String> names, Collection<Integer> read, int line, String where) {
        this.names = new ArrayList<>(names);
        this.read = Set.copyOf(read);
        this.line = line;
        this.where = where;
    }

    /** Notes which unread columns hold text in this row. */
    public void row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!filled.get(i) && cells.get(i) != null && !cells.get(i).isBlank() && !read.contains(i)
                    && (i >= names.size() || !DERIVED.contains(names.get(i).strip().toLowerCase(Locale.ROOT)))) {
                filled.set(i);
            }
        }
    }

    /** The warning naming the unread columns that hold text, if any. */
    public void warn(String file, Consumer<Diagnostic> warnings) {
        if (filled.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        filled.stream().forEach(i -> named.add(i < names.size() && !names.get(i).isBlank()
                ? "'" + names.get(i).strip() + "'" : "column " + (i + 1) + " (no name)"));
        warnings.accept(Diagnostic.warning("unread-column", file, line, 0, where + String.join(", ", named)
                + (named.size() == 1 ? " holds" : " hold") + " text no question field reads, left out of the import"
                + " (rename a column to a name qbank reads, e.g. 解析 or explanation, to keep it)"));
    }
}
