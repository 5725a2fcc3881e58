package dev.qbank.importers.table;

import dev.qbank.importers.AnswerLines;
import dev.qbank.importers.ChoiceOptions;
import dev.qbank.importers.DifficultyWords;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.Importer;
import dev.qbank.importers.LanguageGuess;
import dev.qbank.importers.MarkdownLimits;
import dev.qbank.importers.MarkdownPieces;
import dev.qbank.importers.RemarkLabels;
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.TableOfContents;
import dev.qbank.importers.TagList;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown (GFM) table with one question per row. Columns are found by their header text, in any order (see
 * {@link Column}); the question cell's link is the source URL; tags are the links or words of the tag cell, split as
 * {@link TagList} says ({@code <br>}, commas, {@code #tags}, spaces between Chinese words or acronyms); difficulty
 * words are mapped, numbers on the column's scale ({@link DifficultyScale}); empty rows are skipped.
 * The nearest heading above a table is the rows' section. Parsed with commonmark-java so escaped pipes, code
 * spans and links inside cells mean what GFM says they mean.
 */
public final class TableImporter implements Importer {
    public static final String NAME = "table";
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /**
     * A table's delimiter row ({@code | --- | :-: |}). Its runs are possessive: with greedy ones the blanks before and
     * after the optional first {@code |} split a long line of blanks every way before failing (quadratic; a line of
     * 200,000 blanks took minutes to sniff).
     */
    static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*+\\|?\\s*+:?-++:?\\s*+(?:\\|\\s*+:?-++:?\\s*+)*+\\|?\\s*+$");
    private static final int SNIFF_LINES = 100;

    /**
     * Said when a page is mostly text around a table without a question column: the table is likely an answer's,
     * and the questions are in the text, marked in a way no format reads; renaming the table's header would not help.
     */
    private static final String UNREAD_TEXT = "; most of this page is text outside its tables, and no format reads "
            + "its questions there: if the table belongs to an answer, mark the questions as qbank reads them "
            + "(numbered '1. …', labelled '问：'/'答：' or 'Q:'/'A:', or headings that ask, '## …？') or choose "
            + "the format with --format";

    /**
     * Whether the page has at least twice as much text outside its tables as in them (headings not counted). Text
     * is counted in words, a Chinese character or a run of letters and digits each, not in lines: two long
     * paragraphs around a table of six short rows are mostly text, and a table's pipes and dashes are no text.
     */
    private static boolean mostlyText(SourceDocument doc, BitSet tableLines) {
        List<String> lines = doc.lines();
        long text = 0;
        long table = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (tableLines.get(i + 1)) {
                table += words(line);
            } else if (!line.stripLeading().startsWith("#")) {
                text += words(line);
            }
        }
        return text >= 2 * table;
    }

    private static int words(String line) {
        int words = 0;
        boolean inRun = false;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isIdeographic(c)) {
                words++;
                inRun = false;
            } else if (Character.isLetterOrDigit(c)) {
                words += inRun ? 0 : 1;
                inRun = true;
            } else {
                inRun = false;
            }
        }
        return words;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Markdown table, one question per row; columns 题目/question, 难度/difficulty, 标签/tags, 答案/answer, ...";
    }

    /** A header row naming a question column, right above a delimiter row, near the start of the file. */
    @Override
    public double sniff(SourceDocument doc) {
        List<String> lines = doc.text().lines().limit(SNIFF_LINES).toList();
        double best = 0;
        for (int i = 1; i < lines.size(); i++) {
            String header = lines.get(i - 1);
            if (!DELIMITER_ROW.matcher(lines.get(i)).matches() || !lines.get(i).contains("-") || !header.contains("|")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && lines.get(end).contains("|")) {
                end++;
            }
            if (TableOfContents.isTable(lines.subList(i + 1, end))) {
                continue; // | No. | Questions | over links to the page's headings: where it asks, not what
            }
            // a table under an answer label is that answer's (| 函数 | 值域 | 问题 | comparing activations): its
            // 问题 column names problems, not the bank's questions, which are the Q&A entries around it
            best = Math.max(best, namesQuestionColumn(header) && !underAnswerLabel(lines, i - 1) ? 0.95 : 0.3);
        }
        return best;
    }

    /**
     * Whether an answer label ({@code **参考答案：**}, {@code 答：}, {@code Answer:}) opens a line above the table's
     * header, in its section (below the nearest heading): the table is written in that answer.
     */
    private static boolean underAnswerLabel(List<String> lines, int header) {
        for (int j = header - 1; j >= 0; j--) {
            String line = lines.get(j);
            if (line.stripLeading().startsWith("#")) {
                return false;
            }
            if (AnswerLines.startsWithLabel(line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a table's header row ({@code | 题目 | 难度 |}) names a question column: a table of questions. A
     * Notion database's {@code Name} column counts (see {@link SheetRow#header}).
     */
    public static boolean namesQuestionColumn(String header) {
        for (String cell : header.split("(?<!\\\\)\\|")) {
            if (Column.of(cell).orElse(null) == Column.QUESTION || SheetRow.isTitleProperty(cell)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void read(SourceDocument original, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        String text = CodeSpanPipes.escaped(original.text(), original.file(), warnings); // `a|b` in a cell: code
        SourceDocument doc = text == original.text() ? original : new SourceDocument(original.file(), original.path(),
                text, original.bytes(), original.sha256(), original.binary());
        MarkdownLimits.checkNesting(doc);
        // the tables' questions wait for the text around them, so that the bank gets them in the page's order
        List<Question> inTables = new ArrayList<>();
        Reader reader = new Reader(doc, inTables::add, warnings);
        // In pieces, long tables cut between rows (see MarkdownPieces), so that no piece's tree outlives a young
        // collection; a piece that goes on with a table repeats its header, which the reader recognises.
        MarkdownPieces.parse(PARSER, doc.text(), MarkdownPieces.Cut.BLOCKS_AND_TABLE_ROWS, reader::readBlocks);
        reader.endTable();
        reader.toc.report(doc.file(), warnings);
        if (reader.tables == 0) {
            throw new QbankException(Diagnostic.error("no-table", doc.file(), 0, 0,
                    "no Markdown table found (a header row, a '| --- |' row, then one question per row)"));
        }
        if (reader.usable == 0) {
            throw new QbankException(Diagnostic.error("no-question-column", doc.file(), reader.firstTableLine, 0,
                    "no table has a question column; name one 题目, 问题, question or title"
                            + (mostlyText(doc, reader.tableLines) ? UNREAD_TEXT : "")));
        }
        List<Question> around = TextAroundTables.read(doc, reader.tableLines, warnings);
        if (around.isEmpty()) {
            inTables.forEach(questions);
            return;
        }
        List<Question> all = new ArrayList<>(inTables);
        all.addAll(around);
        all.sort(Comparator.comparingInt(q -> q.sources().get(0).line())); // stable: a row's order stays
        all.forEach(questions);
    }

    /** The state of one document's read, carried from piece to piece. */
    private static final class Reader {
        private final SourceDocument doc;
        private final Consumer<Question> questions;
        private final Consumer<Diagnostic> warnings;
        private String section;
        /** The section is the document's title (see DocumentTitle), which names no topic. */
        private boolean sectionIsTitle;
        private final int titleLine;
        private int tables;
        /** The lines the tables take (1-based), so that the text around them can be read on its own. */
        private final BitSet tableLines = new BitSet();
        private int usable;
        private int firstTableLine;
        /** Where the last table's header starts, and its read (null: no question column), to go on with it. */
        private int lastHeaderAt = -1;
        private TableRead lastTable;
        private final TableOfContents toc = new TableOfContents();

        Reader(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
            this.doc = doc;
            this.questions = questions;
            this.warnings = warnings;
            this.titleLine = DocumentTitle.line(doc.text());
        }

        /** The last table is read to its end: its columns no field reads, if rows fill them, are named. */
        void endTable() {
            if (lastTable != null) {
                lastTable.unread().warn(doc.file(), warnings);
                lastTable = null;
            }
        }

        private Section topicSection() {
            // "## 前言" over a table is no section of its rows (see SectionTitle.introduces)
            return section != null && SectionTitle.introduces(section) ? new Section(null, false)
                    : new Section(section, sectionIsTitle);
        }

        void readBlocks(Node root) {
            for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof Heading h) {
                    section = CellText.of(h).oneLine();
                    sectionIsTitle = lineOf(h) == titleLine;
                } else if (block instanceof TableBlock table) {
                    int headerAt = table.getSourceSpans().isEmpty() ? -2 : table.getSourceSpans().get(0).getInputIndex();
                    if (headerAt == lastHeaderAt) {
                        tableLines.set(lineOf(table), lastRowLine(doc, table) + 1);
                        // the rest of the table the last piece ended with: its header again, then more rows
                        if (lastTable != null) {
                            readRows(doc, lastTable, table, topicSection(), questions, warnings);
                        }
                        continue;
                    }
                    if (TableOfContents.isTable(doc.lines().subList(Math.min(lineOf(table) + 1, lastLineOf(table)),
                            lastLineOf(table)))) {
                        // a table of contents: its rows link to where the page asks (see TableOfContents#isTable)
                        tableLines.set(lineOf(table), lastLineOf(table) + 1);
                        toc.leftOut(lineOf(table), lastLineOf(table));
                        lastHeaderAt = headerAt;
                        endTable();
                        continue;
                    }
                    tables++;
                    // the lines after the last row are the text around the tables (said there), not the table's
                    tableLines.set(lineOf(table), lastRowLine(doc, table) + 1);
                    if (firstTableLine == 0) {
                        firstTableLine = lineOf(table);
                    }
                    lastHeaderAt = headerAt;
                    endTable();
                    lastTable = readTable(doc, table, topicSection(), questions, warnings);
                    if (lastTable != null) {
                        usable++;
                    }
                }
            }
        }
    }

    /** The heading over a table: its text, and whether it is the document's title, which names no topic. */
    private record Section(String title, boolean documentTitle) {
        String topic() {
            return documentTitle ? null : SectionTitle.topic(title);
        }
    }

    /**
     * How a table is read, carried from piece to piece: its columns, the ones no field reads, and, when no column is
     * headed as the number, an {@code ID} column's index (-1: none), whose whole numbers are the questions' numbers (a
     * database's row ids, {@code | ID | 问题 |}); an id that is no number (qbank's own {@code q-…}) is no number. (A
     * blank topic cell is the section's topic, not the row above's: a Markdown table merges no cells.)
     */
    private record TableRead(Map<Column, Integer> columns, UnreadColumns unread, int idColumn, DifficultyScale scale) {
    }

    /** A row id that can be a question's number. */
    private static final Pattern ROW_ID = Pattern.compile("[0-9]{1,9}");

    /** Reads one table; how, or null when it has no question column. */
    private static TableRead readTable(SourceDocument doc, TableBlock table, Section section,
            Consumer<Question> out, Consumer<Diagnostic> warnings) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> headers = List.of();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head && head.getFirstChild() instanceof TableRow row) {
                List<TableCell> cells = cells(row);
                int name = -1;
                headers = cells.stream().map(c -> CellText.of(c).oneLine()).toList();
                // | 题目 | A | B | 答案 |: a column per option (see SheetRow#header); "A" is no answer column
                int letters = SheetRow.optionLetters(headers);
                int firstLetter = letters == 0 ? -1 : SheetRow.indexOfA(headers);
                if (letters > 0) {
                    columns.put(Column.OPTIONS, firstLetter);
                    columns.put(Column.OPTION_LETTERS, letters);
                }
                for (int i = 0; i < cells.size(); i++) {
                    int index = i;
                    String header = headers.get(i);
                    if (i >= firstLetter && i < firstLetter + letters) {
                        continue;
                    }
                    Column.of(header).ifPresent(c -> columns.putIfAbsent(c, index));
                    name = name < 0 && SheetRow.isTitleProperty(header) ? i : name;
                }
                if (name >= 0) {
                    columns.putIfAbsent(Column.QUESTION, name); // a Notion database's title column
                }
            }
        }
        if (!columns.containsKey(Column.QUESTION)) {
            warnings.accept(Diagnostic.warning("no-question-column", doc.file(), lineOf(table), 0,
                    "this table has no question column (题目, 问题, question, title); its rows were not imported"));
            return null;
        }
        int id = columns.containsKey(Column.NUMBER) ? -1
                : headers.stream().map(Column::normalise).toList().indexOf("id");
        TableRead read = new TableRead(columns, new UnreadColumns(headers, SheetRow.readIndexes(columns), lineOf(table)),
                id, columns.containsKey(Column.DIFFICULTY) && !table.getSourceSpans().isEmpty()
                        ? DifficultyScale.of(doc.text(), table.getSourceSpans().get(0).getInputIndex(),
                        columns.get(Column.DIFFICULTY)) : DifficultyScale.WORDS);
        readRows(doc, read, table, section, out, warnings);
        return read;
    }

    private static void readRows(SourceDocument doc, TableRead read, TableBlock table, Section section,
                                 Consumer<Question> out, Consumer<Diagnostic> warnings) {
        int last = lastRowLine(doc, table);
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableBody body) {
                for (Node n = body.getFirstChild(); n != null && lineOf(n) <= last; n = n.getNext()) {
                    if (n instanceof TableRow row) {
                        List<TableCell> cells = cells(row);
                        if (lineOf(row) == last && totalsTheTable(doc, read, cells, lineOf(row), warnings)) {
                            continue;
                        }
                        readRow(doc, read, cells, lineOf(row), section, out, warnings);
                        read.unread().row(cells.stream().map(c -> CellText.of(c).oneLine()).toList());
                    }
                }
            }
        }
    }

    /** A last row that totals the table ({@link SummaryRow}) is said and left out. */
    private static boolean totalsTheTable(SourceDocument doc, TableRead read, List<TableCell> cells, int line,
                                          Consumer<Diagnostic> warnings) {
        List<String> texts = cells.stream().map(c -> CellText.of(c).oneLine()).toList();
        Integer question = read.columns().get(Column.QUESTION);
        if (question >= texts.size() || !SummaryRow.totals(texts, texts.get(question))) {
            return false;
        }
        warnings.accept(SummaryRow.warning(doc.file(), line, "", texts));
        return true;
    }

    private static void readRow(SourceDocument doc, TableRead read, List<TableCell> cells, int line,
                                Section section, Consumer<Question> out, Consumer<Diagnostic> warnings) {
        Map<Column, Integer> columns = read.columns();
        boolean empty = true;
        for (TableCell cell : cells) {
            empty &= CellText.of(cell).oneLine().isEmpty();
        }
        if (empty) {
            return;
        }
        CellText questionCell = CellText.question(cells.get(columns.get(Column.QUESTION)));
        String text = questionCell.oneLine();
        if (text.isEmpty()) {
            warnings.accept(Diagnostic.warning("empty-question", doc.file(), line, 0,
                    "this row has no question text; skipped"));
            return;
        }
        String url = questionCell.firstUrl;
        Optional<CellText> urlCell = cell(cells, columns, Column.URL);
        if (url == null && urlCell.isPresent()) {
            url = urlCell.get().firstUrl != null ? urlCell.get().firstUrl : blankToNull(urlCell.get().oneLine());
        }
        String topic = cell(cells, columns, Column.TOPIC).map(CellText::oneLine).map(TableImporter::blankToNull)
                .orElse(null);
        String number = cell(cells, columns, Column.NUMBER).map(CellText::oneLine).map(TableImporter::blankToNull)
                .orElse(null);
        if (number == null && read.idColumn() >= 0 && read.idColumn() < cells.size()) {
            String id = CellText.of(cells.get(read.idColumn())).oneLine();
            number = ROW_ID.matcher(id).matches() ? id : null;
        }
        Difficulty difficulty = null;
        Optional<String> level = cell(cells, columns, Column.DIFFICULTY).map(CellText::oneLine).filter(s -> !s.isEmpty());
        if (level.isPresent()) {
            difficulty = read.scale().parse(level.get()).orElse(null);
            if (difficulty == null) {
                warnings.accept(Diagnostic.warning("difficulty", doc.file(), line, 0, "unknown difficulty '"
                        + level.get() + "' (use 简单/中等/困难, easy/medium/hard, 1-3 or stars); left unset"));
            }
        }
        RemarkLabels.Read remark = RemarkLabels.of(markdown(doc, cells, columns, Column.NOTES));
        if (level.isEmpty() && remark.level() != null) {
            difficulty = remark.level();
        }
        out.accept(Question.builder(text)
                .prompt(ChoiceOptions.prompt(markdown(doc, cells, columns, Column.PROMPT), text,
                        options(doc, cells, columns)))
                .aliases(SheetRow.lines(markdown(doc, cells, columns, Column.ALIASES)))
                .answer(markdown(doc, cells, columns, Column.ANSWER))
                .explanation(Column.withNotes(markdown(doc, cells, columns, Column.EXPLANATION), remark.text()))
                .difficulty(difficulty)
                .topic(topic != null ? topic : section.topic())
                .tags(DifficultyWords.withLabels(cell(cells, columns, Column.TAGS).map(c -> TagList.split(c.text))
                        .orElse(List.of()), remark.tags()))
                .language(LanguageGuess.of(text))
                .source(new Source(doc.file(), line, text, NAME, number, url, section.title()))
                .build());
    }

    /** A cell's Markdown as written (answers keep their markup); {@code <br>} as line breaks, HTML lists as Markdown. */
    private static String markdown(SourceDocument doc, List<TableCell> cells, Map<Column, Integer> columns, Column c) {
        Integer index = columns.get(c);
        return index == null ? null : markdown(doc, cells, index);
    }

    /** The Markdown of the cell at {@code index}, or null when the row is shorter. */
    private static String markdown(SourceDocument doc, List<TableCell> cells, int index) {
        if (index >= cells.size()) {
            return null;
        }
        List<SourceSpan> spans = cells.get(index).getSourceSpans();
        if (spans.isEmpty()) {
            return blankToNull(CellText.of(cells.get(index)).text.strip());
        }
        SourceSpan span = spans.get(0);
        String raw = doc.text().substring(span.getInputIndex(), span.getInputIndex() + span.getLength()).strip();
        if (raw.endsWith("|") && !raw.endsWith("\\|")) {
            raw = raw.substring(0, raw.length() - 1).strip();
        }
        raw = CellText.htmlListsAsMarkdown(CellText.BR.matcher(raw.replace("\\|", "|")).replaceAll("\n"));
        return blankToNull(raw.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip());
    }

    /** The options column's Markdown, or the option columns' cells lettered ({@code A. ReLU}, one a line). */
    private static String options(SourceDocument doc, List<TableCell> cells, Map<Column, Integer> columns) {
        int letters = columns.getOrDefault(Column.OPTION_LETTERS, 0);
        if (letters == 0) {
            return ChoiceOptions.ofCell(markdown(doc, cells, columns, Column.OPTIONS));
        }
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < letters; k++) {
            texts.add(markdown(doc, cells, columns.get(Column.OPTIONS) + k));
        }
        return ChoiceOptions.lettered(texts);
    }

    private static Optional<CellText> cell(List<TableCell> cells, Map<Column, Integer> columns, Column c) {
        Integer index = columns.get(c);
        return index == null || index >= cells.size() ? Optional.empty() : Optional.of(CellText.of(cells.get(index)));
    }

    private static List<TableCell> cells(TableRow row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node n = row.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableCell c) {
                cells.add(c);
            }
        }
        return cells;
    }

    /**
     * The line of the table's last row. A line right under a table is one more row to GFM however it is written, so a
     * footer with no blank line above it ({@code 注：答案仅供参考。}, {@code 更多题目见 …}, a licence line) was read as a
     * row and imported as a question: the lines at the table's end that hold no {@code |} are no rows but the text
     * under it, which the page's text around its tables reads or names ({@code outside-table}).
     */
    private static int lastRowLine(SourceDocument doc, TableBlock table) {
        Node row = table.getLastChild() instanceof TableBody body ? body.getLastChild() : null;
        while (row != null && !holdsPipe(doc, row)) {
            row = row.getPrevious();
        }
        return row != null ? lastLineOf(row) : table.getFirstChild() != null ? lastLineOf(table.getFirstChild()) + 1
                : lastLineOf(table); // no row at all: the header and its delimiter line
    }

    /** Whether the row's line, as written, holds a {@code |}. */
    private static boolean holdsPipe(SourceDocument doc, Node row) {
        for (SourceSpan span : row.getSourceSpans()) {
            for (int k = span.getInputIndex(); k < span.getInputIndex() + span.getLength(); k++) {
                if (doc.text().charAt(k) == '|') {
                    return true;
                }
            }
        }
        return row.getSourceSpans().isEmpty(); // no position known: as before, a row
    }

    private static int lastLineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    private static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
