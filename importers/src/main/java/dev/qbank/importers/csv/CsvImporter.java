package dev.qbank.importers.csv;

import dev.qbank.importers.Importer;
import dev.qbank.importers.JsonText;
import dev.qbank.importers.LineIndex;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.table.Column;
import dev.qbank.importers.table.LastRowHold;
import dev.qbank.importers.table.SheetRow;
import dev.qbank.importers.table.UnreadColumns;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A spreadsheet saved as CSV or TSV (Excel, Google Sheets, LibreOffice, a database dump): a header row, then one
 * question per row. Columns are found by their header text in any order, with the Markdown table's names
 * ({@link Column}: 题目/question, 答案/answer, 解析/explanation, 难度/difficulty, 标签/tags, 分类/topic, 链接/link,
 * ...), so a sheet saved from {@code qbank export --format xlsx} reads back too. The delimiter (comma, tab or
 * semicolon) is the one that splits the header into the most cells. Quoting is RFC 4180, parsed by commons-csv:
 * a quoted cell may hold delimiters, doubled quotes and line breaks (an answer of several paragraphs).
 */
public final class CsvImporter implements Importer {
    public static final String NAME = "csv";
    private static final char[] DELIMITERS = {',', '\t', ';'};
    /** Excel's first line naming the delimiter ({@code sep=;}), written for locales whose lists use semicolons. */
    private static final Pattern SEP_LINE = Pattern.compile("(?i)sep=([,;\t|])[ \t]*");
    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CSV or TSV spreadsheet, one question per row under a header row 题目/question, 答案/answer, "
                + "难度/difficulty, 标签/tags, ...";
    }

    /** The first line is a header of short cells, split by one delimiter, one of which names the question column. */
    @Override
    public double sniff(SourceDocument doc) {
        String first = firstLine(doc.text());
        if (first.isEmpty() || first.startsWith("|") || first.startsWith("# ") || first.startsWith("##")) {
            return 0; // a Markdown table or heading (a lone "#" is a number column: "#,question,answer")
        }
        if (JsonText.opensAsJson(doc.text())) {
            return 0; // a JSON bank's object line splits at its commas into cells one of which may name a column
        }
        Header header = HeaderLine.of(doc.text()).header();
        if (header == null) {
            return 0;
        }
        String file = doc.file().toLowerCase(Locale.ROOT);
        return file.endsWith(".csv") || file.endsWith(".tsv") ? 0.97 : 0.9;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        String text = doc.text();
        int skipped = leadingBlankLines(text);
        HeaderLine start = HeaderLine.of(text);
        Header header = start.header();
        if (header == null) {
            throw new QbankException(Diagnostic.error("no-question-column", doc.file(), skipped + 1, 0,
                    "the first line is not a header naming a question column (题目, 问题, question or title), "
                            + "separated by commas, tabs or semicolons"));
        }
        LineIndex lines = new LineIndex(text);
        SheetRow.Place place = new SheetRow.Place(doc.file(), NAME, null);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(header.delimiter()).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        int line = 0;
        UnreadColumns unread = null;
        SheetRow.TopicsDown topics = new SheetRow.TopicsDown();
        LastRowHold last = new LastRowHold(place); // a closing row that totals the sheet is no question
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(start.at())), format)) {
            for (CSVRecord record : parser) {
                line = firstFilledLineFrom(lines, text, lines.lineAt(start.at() + (int) record.getCharacterPosition()));
                if (unread == null) { // the header row
                    unread = new UnreadColumns(record.toList(), SheetRow.readIndexes(header.columns()), line);
                    continue;
                }
                List<String> cells = Arrays.asList(record.values());
                UnreadColumns seen = unread;
                int at = line;
                last.hold(cells, header.columns(), line, () -> {
                    SheetRow.read(place, header.columns(), topics.fill(cells, header.columns()), at, questions,
                            warnings);
                    seen.row(cells);
                });
            }
            last.end(warnings);
            if (unread != null) {
                unread.warn(doc.file(), warnings);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw problem(doc, e, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
    }

    /** commons-csv's messages name the line, "(startline 7)" or "at line: 7", among its parser's internals. */
    private static final Pattern LINE_IN_MESSAGE =
            Pattern.compile("\\((?:start)?line (\\d+)\\)|at line: (\\d+)");

    /**
     * A malformed file, refused whole with the line where it goes wrong and what to do: what commons-csv threw while
     * reading {@code doc}, the last record read well starting at {@code lastGoodLine}. Shared with the importers of
     * other delimited text (Anki's plain-text export).
     */
    public static QbankException problem(SourceDocument doc, RuntimeException e, int lastGoodLine) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(cause.getMessage());
        Matcher at = LINE_IN_MESSAGE.matcher(m);
        int line = at.find() ? Integer.parseInt(at.group(1) != null ? at.group(1) : at.group(2)) : lastGoodLine + 1;
        String what;
        if (m.contains("EOF reached before encapsulated token finished")) {
            what = "a quoted cell starting here is never closed: the file ends inside it";
        } else if (m.contains("Invalid character between encapsulated token and delimiter")) {
            what = "text follows a quoted cell's closing quote";
        } else {
            what = "not a well-formed CSV row";
        }
        return new QbankException(Diagnostic.error("csv", doc.file(), line, 0, what + " (close each quote that "
                + "opens a cell; inside a quoted cell write a quote twice: \"\")"));
    }

    private static int leadingBlankLines(String text) {
        int n = 0;
        for (String l : (Iterable<String>) text.lines()::iterator) {
            if (!l.isBlank()) {
                break;
            }
            n++;
        }
        return n;
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }

    /**
     * The header row (null when there is none) and where it starts: the first line that is not blank, or the one
     * after Excel's {@code sep=;} line (which then names the delimiter) and after a title row over the header (one
     * filled cell, {@code Deep Learning Questions,,,}, or a title naming fewer columns than the row below it),
     * which was read as the header, its header row then as a question.
     */
    private record HeaderLine(int at, Header header) {
        static HeaderLine of(String text) {
            int at = nextFilledLine(text, 0);
            char[] delimiters = DELIMITERS;
            Matcher sep = SEP_LINE.matcher(lineAt(text, at).strip());
            if (sep.matches()) {
                delimiters = new char[] {sep.group(1).charAt(0)};
                at = nextFilledLine(text, lineEnd(text, at));
            }
            Header header = Header.of(lineAt(text, at).strip(), delimiters);
            int next = nextFilledLine(text, lineEnd(text, at));
            Header below = Header.of(lineAt(text, next).strip(), delimiters);
            if (below != null && below.filled() > 1 && (header == null || header.filled() == 1
                    || below.columns().size() > header.columns().size())) {
                // a title row over the header, also one of two cells whose title names a column by chance
                // ("Java 面试题,2024-05 更新"): the row below names more columns, and it is the header
                return new HeaderLine(next, below);
            }
            return new HeaderLine(at, header);
        }

        private static int nextFilledLine(String text, int from) {
            int at = from;
            while (at < text.length() && lineAt(text, at).isBlank()) {
                at = lineEnd(text, at);
            }
            return at;
        }

        /** Where the line after the one starting at {@code at} starts. */
        private static int lineEnd(String text, int at) {
            int nl = text.indexOf('\n', at);
            return nl < 0 ? text.length() : nl + 1;
        }

        private static String lineAt(String text, int at) {
            int nl = text.indexOf('\n', at);
            return text.substring(at, nl < 0 ? text.length() : nl);
        }
    }

    /**
     * The header row: its delimiter, which cell holds which column (the first cell naming a column wins) and how
     * many cells are filled.
     */
    private record Header(char delimiter, Map<Column, Integer> columns, int filled) {
        static Header of(String line, char[] delimiters) {
            Header best = null;
            int bestCells = 1;
            for (char d : delimiters) {
                List<String> cells = headerCells(line, d);
                if (cells.size() <= bestCells) {
                    continue;
                }
                Map<Column, Integer> columns = SheetRow.header(cells);
                if (columns != null) {
                    best = new Header(d, columns, (int) cells.stream().filter(c -> !c.isEmpty()).count());
                    bestCells = cells.size();
                }
            }
            return best;
        }

        /** The header line's cells: it is one record, so a CSV parser reads it exactly as the rows will be read. */
        private static List<String> headerCells(String line, char delimiter) {
            try (CSVParser p = CSVParser.parse(line, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
                List<CSVRecord> records = p.getRecords();
                return records.size() == 1 ? records.get(0).toList().stream().map(String::strip).toList() : List.of();
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                return List.of(); // not a well-formed record with this delimiter
            }
        }
    }

    /**
     * {@code line}, or the first line after it that is not blank: a record's position may precede the empty lines
     * the parser skips before it.
     */
    private static int firstFilledLineFrom(LineIndex lines, String text, int line) {
        int l = line;
        while (l < lines.lines() && isBlank(text, lines.start(l), lines.start(l + 1))) {
            l++;
        }
        return l;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
