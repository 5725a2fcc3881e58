package dev.qbank.importers.ankitext;

import dev.qbank.importers.MetadataLine;
import dev.qbank.importers.anki.AnkiNote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The header lines that open an Anki text file, as Anki's own import reads them: {@code #key:value} lines at the top
 * (and, for old files, a first line {@code tags:a b}). Keys, any case: {@code separator} (a name, {@code tab},
 * {@code comma}, {@code semicolon}, {@code space}, {@code pipe}, {@code colon}, or the character itself), {@code html}
 * ({@code true}/{@code false}), {@code tags} (tags for every note), {@code columns} (the columns' names, split by
 * the separator), {@code deck} and {@code notetype} (for every note), and {@code tags column}, {@code deck column},
 * {@code notetype column}, {@code guid column} (1-based). Other {@code #} lines are comments, as in Anki.
 *
 * @param lines            how many lines the header takes (0: none)
 * @param end              where the first line after it starts
 * @param legacyTagsLine   whether the first line is the old {@code tags:} line
 * @param separator        the rows' separator: the header's, else the first of tab, comma, semicolon and pipe
 *                         that the rows hold
 * @param html             what the header says of HTML (null: nothing)
 * @param globalTags       tags for every note, separated by spaces ("" for none)
 * @param columns          the columns' names (empty: none given)
 * @param deck             the deck of every note (null: none, or a deck column)
 * @param noteType         the note type of every note (null: none, or a note type column)
 * @param special          1-based columns that are not fields, by what they hold: tags, deck, notetype, guid
 */
record AnkiTextHeader(int lines, int end, boolean legacyTagsLine, char separator, Boolean html, String globalTags,
                      List<String> columns, String deck, String noteType, Map<String, Integer> special) {
    private static final Map<String, Character> SEPARATORS = Map.of("tab", '\t', "comma", ',', "semicolon", ';',
            "space", ' ', "pipe", '|', "colon", ':');
    /** Keys Anki reads; a file opening with a {@code #} line of another key is no Anki header (a Markdown heading). */
    private static final List<String> KEYS = List.of("separator", "html", "tags", "columns", "deck", "notetype",
            "tags column", "deck column", "notetype column", "guid column", "if matches", "match scope");

    static AnkiTextHeader of(String text) {
        int at = 0;
        int lines = 0;
        boolean legacy = false;
        char separator = 0;
        Boolean html = null;
        String tags = "";
        String columnsLine = null;
        String deck = null;
        String noteType = null;
        Map<String, Integer> special = new HashMap<>();
        boolean known = false;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int next = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(at, nl < 0 ? text.length() : nl);
            String body;
            if (lines == 0 && line.startsWith("tags:") && !MetadataLine.isBlockProperty(line)) {
                // "tags:: redis" is a Logseq page's property (see MetadataLine), never Anki's legacy "tags:a b"
                legacy = true;
                body = line;
            } else if (line.startsWith("#")) {
                body = line.substring(1);
            } else {
                break;
            }
            int colon = body.indexOf(':');
            if (colon < 0) {
                break; // "# Title": a Markdown heading, not a header line
            }
            String key = body.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = body.substring(colon + 1);
            if (!KEYS.contains(key)) {
                break;
            }
            known = true;
            switch (key) {
                case "separator" -> separator = separator(value);
                case "html" -> html = value.strip().equalsIgnoreCase("true") ? Boolean.TRUE
                        : value.strip().equalsIgnoreCase("false") ? Boolean.FALSE : html;
                case "tags" -> tags = value.strip();
                case "columns" -> columnsLine = value;
                case "deck" -> deck = value.strip();
                case "notetype" -> noteType = value.strip();
                case "if matches", "match scope" -> { } // how Anki updates notes it already has: nothing to qbank
                default -> {
                    try {
                        special.put(key.substring(0, key.indexOf(' ')), Integer.parseInt(value.strip()));
                    } catch (NumberFormatException e) {
                        // Anki ignores a column it cannot read, and so does qbank: the column stays a field
                    }
                }
            }
            at = next;
            lines++;
        }
        if (!known) {
            return new AnkiTextHeader(0, 0, false, separatorOfRows(text.substring(0, Math.min(text.length(), 8192))), null,
                    "", List.of(), null, null, Map.of());
        }
        char sep = separator != 0 ? separator : separatorOfRows(text.substring(at, Math.min(text.length(), at + 8192)));
        List<String> columns = columnsLine == null ? List.of() : cells(columnsLine, sep);
        return new AnkiTextHeader(lines, at, legacy, sep, html, tags, columns, deck, noteType, Map.copyOf(special));
    }

    /** The first of tab, comma, semicolon and pipe that the rows hold (a tab when none). */
    private static char separatorOfRows(String rows) {
        for (char c : new char[] {'\t', ',', ';', '|'}) {
            if (rows.indexOf(c) >= 0) {
                return c;
            }
        }
        return '\t';
    }

    static String separatorName(char c) {
        return SEPARATORS.entrySet().stream().filter(e -> e.getValue() == c).map(Map.Entry::getKey).findFirst()
                .orElse("'" + c + "'");
    }

    /** The note a row holds: special columns taken out, the rest its fields, named by {@code #columns} if given. */
    AnkiNote note(List<String> cells, boolean isHtml) {
        List<String> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!special.containsValue(i + 1)) {
                fields.add(isHtml ? cells.get(i) : escaped(cells.get(i)));
                names.add(i < columns.size() ? columns.get(i) : "");
            }
        }
        String tags = (globalTags + " " + cell(cells, "tags", "")).strip();
        return new AnkiNote(cell(cells, "notetype", noteType == null ? "" : noteType), names, fields, tags,
                cell(cells, "deck", deck));
    }

    private String cell(List<String> cells, String what, String otherwise) {
        Integer column = special.get(what);
        return column != null && column >= 1 && column <= cells.size() ? cells.get(column - 1).strip() : otherwise;
    }

    /** Plain text as the HTML that shows it: markup characters escaped, line breaks kept. */
    private static String escaped(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    private static char separator(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Character named = SEPARATORS.get(v);
        if (named != null) {
            return named;
        }
        // the character itself; a lone space or tab is stripped away above, so look at the raw value
        String raw = value.replace("\r", "");
        return raw.length() == 1 ? raw.charAt(0) : v.length() == 1 ? v.charAt(0) : 0;
    }

    private static List<String> cells(String line, char separator) {
        try (CSVParser p = CSVParser.parse(line, CSVFormat.RFC4180.builder().setDelimiter(separator).get())) {
            List<CSVRecord> records = p.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList().stream().map(String::strip).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of(); // names that do not parse name nothing: fields are then taken in order
        }
    }
}
