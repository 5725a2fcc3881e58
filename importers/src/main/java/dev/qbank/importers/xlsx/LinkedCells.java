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
 * a references cell both its title and its address ({@code [title](url)}; one that spells the address is no
 * title; every other line of the cell kept), an answer's or explanation's a Markdown link {@code [word](address)},
 * and the question's, when the sheet has no link column, the question's link (a column of its own after the row's
 * cells).
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
            if (is(columns, Column.REFERENCES, at)) {
                out.set(at, references(text, url));
            } else if (is(columns, Column.URL, at)) {
                out.set(at, url);
            } else if (is(columns, Column.ANSWER, at) || is(columns, Column.EXPLANATION, at)
                    || is(columns, Column.NOTES, at)) {
                out.set(at, "[" + text + "](" + url + ")");
            } else if (is(columns, Column.QUESTION, at) && !columns.containsKey(Column.URL)) {
                named = new EnumMap<>(columns);
                named.put(Column.URL, out.size());
                out.add(url);
            }
        }
        return new LinkedCells(out, named);
    }

    /**
     * A references cell, one a line, over a link. One line: the word it shows is the reference's title, the address
     * its url, both as {@code [title](url)}. Several lines keep every line's reference (the cell was its link's url
     * alone): the one line that is a citation, when only one is, is the link's title; otherwise the link is a
     * reference of its own after them, unless a line already has its address.
     */
    private static String references(String text, String url) {
        List<String> lines = new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        if (lines.size() == 1) {
            return Reference.linked(url, lines.get(0)).written();
        }
        List<Integer> citations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Reference r = Reference.cited(lines.get(i));
            if (url.equals(r.url()) || Reference.linked(url, lines.get(i)).title() == null) {
                lines.set(i, url.equals(r.url()) ? lines.get(i) : url); // a line spelling it is its url
                return String.join("\n", lines);
            }
            if (r.url() == null) {
                citations.add(i);
            }
        }
        if (citations.size() == 1) {
            int i = citations.get(0);
            lines.set(i, Reference.linked(url, lines.get(i)).written());
        } else {
            lines.add(url);
        }
        return String.join("\n", lines);
    }

    private static boolean is(Map<Column, Integer> columns, Column column, int at) {
        Integer index = columns.get(column);
        return index != null && index == at;
    }
}
