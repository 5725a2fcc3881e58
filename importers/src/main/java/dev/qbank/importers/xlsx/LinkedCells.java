package dev.qbank.importers.xlsx;

import dev.qbank.importers.table.Column;
import dev.qbank.model.Reference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A row's cells with the web addresses its cells link to (Insert > Link) put where a question keeps them. The cell
 * shows a word ("原题", "link", the question itself) and the address was lost: a link column's cell is its address,
 * a one-line references cell both its title and its address ({@code [title](url)}; one that spells the address is
 * no title), an answer's or explanation's a Markdown link {@code [word](address)}, and the question's, when the sheet has no
 * link column, the question's link (a column of its own after the row's cells).
 *
 * @param cells   the row's cells, by column
 * @param columns the header's columns, with a link column added when the question's cell gave one
 */
record LinkedCells(List<String> cells, Map<Column, Integer> columns) {
    static LinkedCells of(List<String> cells, Map<Column, Integer> columns, Map<Integer, String> links) {
        if (links.isEmpty()) {
            return new LinkedCells(cells, columns);
        }
        List<String> out = new ArrayList<>(cells);
        Map<Column, Integer> named = columns;
        for (Map.Entry<Integer, String> link : links.entrySet()) {
            int at = link.getKey();
            String url = link.getValue();
            String text = at < out.size() && out.get(at) != null ? out.get(at).strip() : "";
            if (text.isEmpty() || text.equals(url)) {
                continue;
            }
            if (is(columns, Column.REFERENCES, at) && text.indexOf('\n') < 0) {
                // the word the cell shows is the reference's title, the address its url: both, as [title](url)
                out.set(at, Reference.linked(url, text).written());
            } else if (is(columns, Column.URL, at) || is(columns, Column.REFERENCES, at)) {
                out.set(at, url);
            } else if (is(columns, Column.ANSWER, at) || is(columns, Column.EXPLANATION, at)) {
                out.set(at, "[" + text + "](" + url + ")");
            } else if (is(columns, Column.QUESTION, at) && !columns.containsKey(Column.URL)) {
                named = new EnumMap<>(columns);
                named.put(Column.URL, out.size());
                out.add(url);
            }
        }
        return new LinkedCells(out, named);
    }

    private static boolean is(Map<Column, Integer> columns, Column column, int at) {
        Integer index = columns.get(column);
        return index != null && index == at;
    }
}
