package dev.qbank.importers.xlsx;

import dev.qbank.importers.Importer;
import dev.qbank.importers.OfficeFiles;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.table.Column;
import dev.qbank.importers.table.LastRowHold;
import dev.qbank.importers.table.SheetRow;
import dev.qbank.importers.table.UnreadColumns;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An Excel workbook ({@code .xlsx}): every sheet with a header row naming a question column, one question per row
 * below it, columns recognised by their header as in a CSV file ({@link SheetRow}, {@link Column}), so
 * {@code qbank export --format xlsx} reads back. The header is a sheet's first row with two or more filled cells
 * (title rows of one merged cell above it are passed over); it must hold only names, not numbers. A question's line
 * is its row number and its source's section the sheet's name; messages name the sheet and the cell.
 *
 * <p>Read with POI's event API, one sheet at a time as a stream of rows (a big sheet is never loaded whole), with
 * POI's zip-bomb limits on. A cell's value is what Excel shows: text (rich text as its plain characters, line breaks
 * kept), numbers and dates as formatted, booleans, a formula's cached result.
 */
public final class XlsxImporter implements Importer {
    public static final String NAME = "xlsx";
    /** The part every xlsx package has. */
    static final String WORKBOOK_PART = "xl/workbook.xml";
    /** What {@code qbank export --format xlsx} calls its counts sheet, and the first cell of that sheet. */
    private static final String QBANK_SUMMARY_SHEET = "Summary";
    private static final String QBANK_SUMMARY_FIRST_CELL = "questions";
    /** The creator {@code qbank export --format xlsx} puts in the workbook's properties (Excel keeps it on save). */
    private static final String QBANK_CREATOR = "qbank";
    /** A number (or a percentage) is a value, never a column name: "questions | 12" is not a header. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,.]*%?");
    private static final String RESAVE = "open it in Excel (or LibreOffice) and save it again as an Excel workbook "
            + "(.xlsx)";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Excel workbook (.xlsx), one question per row under a header row 题目/question, 答案/answer, "
                + "难度/difficulty, ... in every sheet that has one";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public double sniff(SourceDocument doc) {
        // an encrypted workbook or an old .xls scores 0.9: read() says what to do
        return OfficeFiles.sniff(doc, WORKBOOK_PART, () -> legacyKind(doc), 0.9, ".xlsx", ".xlsm");
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        if (!doc.binary()) {
            throw error(doc, "not an Excel workbook: an .xlsx file is a zip package, and this is text");
        }
        String legacy = legacyKind(doc);
        if (legacy != null) {
            throw error(doc, legacy);
        }
        List<SheetReader> skipped = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        int read = 0;
        try (OPCPackage pkg = OPCPackage.open(doc.path().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            var styles = reader.getStylesTable();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            WorkbookParts.Sheets states;
            try (InputStream workbook = reader.getWorkbookData()) {
                states = WorkbookParts.sheets(workbook);
            }
            // qbank's own export writes every topic there is: a blank topic cell there means none, not "as above"
            boolean topicsDown = !QBANK_CREATOR.equals(pkg.getPackageProperties().getCreatorProperty().orElse(null));
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (states.hidden().contains(name)) {
                        hidden.add(name);
                        continue;
                    }
                    SheetReader rows = new SheetReader(SheetName.place(doc.file(), NAME, name),
                            questions, warnings, topicsDown, WorkbookParts.links(sheets.getSheetPart()));
                    List<int[]> tables = WorkbookParts.tableFilters(sheets.getSheetPart());
                    SheetAutoFilter own = new SheetAutoFilter(sheets.getSheetPart());
                    HiddenRows parser = new HiddenRows(XMLHelper.newXMLReader(), row -> states.filtered(name, row)
                            || WorkbookParts.covers(tables, row) || own.test(row));
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, formatter, false));
                    rows.hiddenRows = parser;
                    try {
                        parser.parse(new InputSource(sheet));
                    } catch (NoHeader stop) {
                        // the rest of a sheet without a header is not read
                    }
                    if (rows.columns != null) {
                        read++;
                        rows.last.end(warnings);
                        rows.unread.warn(doc.file(), warnings);
                        parser.warn(doc.file(), name, warnings);
                    } else if (!rows.isQbankSummary() && rows.firstFilledRow > 0) {
                        skipped.add(rows); // an empty sheet (Excel's Sheet2, Sheet3) holds nothing to lose
                    }
                }
            }
        } catch (QbankException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            throw unreadable(doc, e);
        }
        if (read == 0) {
            throw error(doc, "no sheet has a header row naming a question column (题目, 问题, question or title)"
                    + (skipped.isEmpty() ? "" : ": " + String.join("; ", skipped.stream().map(SheetReader::describe)
                            .toList()))
                    + "; put a header row above the questions, e.g. question | answer | difficulty"
                    + (hidden.isEmpty() ? "" : "; hidden sheets are not read: " + String.join(", ", hidden.stream()
                            .map(h -> "'" + h + "'").toList()) + " (unhide one in Excel to import it)"));
        }
        for (String sheet : hidden) {
            warnings.accept(Diagnostic.warning("sheet-hidden", doc.file(), 0, 0, "sheet '" + sheet + "' is hidden "
                    + "in the workbook (a template, the lists of a drop-down, rows set aside), so it was not read; to "
                    + "import its questions, unhide it (right-click a sheet tab > Unhide), save, and import again"));
        }
        for (SheetReader sheet : skipped) {
            warnings.accept(Diagnostic.warning("sheet-skipped", doc.file(), sheet.firstFilledRow, 0, sheet.describe()
                    + ": no header row naming a question column, so no questions were read from it; if it holds "
                    + "questions, put a row naming its columns above them (题目 | 答案 | 难度, or question | answer)"));
        }
    }

    /**
     * What to do about an OLE2 compound file, which is not an xlsx package: an encrypted workbook or an Excel 97-2003
     * one; null when the file is not such a file.
     */
    private static String legacyKind(SourceDocument doc) {
        if (doc.hasZipEntry(WORKBOOK_PART)) {
            return null;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(doc.path().toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                return "this workbook is encrypted (protected by a password to open); open it in Excel, remove the "
                        + "password (File > Info > Protect Workbook > Encrypt with Password, clear it), save, and "
                        + "import again";
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return "this is an Excel 97-2003 workbook (.xls), which qbank does not read; " + RESAVE;
            }
            return null;
        } catch (IOException | RuntimeException notOle2) {
            return null;
        }
    }

    private static QbankException unreadable(SourceDocument doc, Exception e) {
        return OfficeFiles.unreadable(NAME, doc, e, "workbook", RESAVE);
    }

    private static QbankException error(SourceDocument doc, String message) {
        return OfficeFiles.error(NAME, doc, message);
    }

    /** Thrown out of the parser to stop reading a sheet once its first filled row is found not to be a header. */
    private static final class NoHeader extends RuntimeException {
        NoHeader() {
            super(null, null, false, false);
        }
    }

    /** One sheet's rows: finds its header, then reads each row below it into a question. */
    private static final class SheetReader implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetRow.Place place;
        private final Consumer<Question> questions;
        private final Consumer<Diagnostic> warnings;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;
        /** The header's columns; null until it is found. */
        private Map<Column, Integer> columns;
        /** The header has empty cells between its names: it may group the columns the next row names. */
        private boolean mayBeGroupHeader;
        /** The header was just found: the next row may name more columns, and be the header instead. */
        private boolean rowAfterHeader;
        /** The first row with two or more filled cells, when it was not a header. */
        private List<String> notHeader;
        private int notHeaderRow;
        /** The header's columns no field reads that hold text in some row (see UnreadColumns). */
        private UnreadColumns unread;
        /** Fills a blank topic cell from the rows above (see SheetRow.TopicsDown); null in qbank's own export. */
        private final SheetRow.TopicsDown topics;
        /** The first row with a filled cell (1-based; 0 while none), and that cell. */
        private int firstFilledRow;
        private String firstFilled;

        /** Holds each row until the next, so that a last row totalling the sheet is left out (see LastRowHold). */
        private final LastRowHold last;

        /** Whether the row being read is hidden by hand, and the rows set aside so (see HiddenRows). */
        private HiddenRows hiddenRows;

        /** The web addresses the sheet's cells link to (see WorkbookParts), and the current row's, by column. */
        private final Map<String, String> links;
        private final Map<Integer, String> rowLinks = new HashMap<>();

        SheetReader(SheetRow.Place place, Consumer<Question> questions, Consumer<Diagnostic> warnings,
                boolean topicsDown, Map<String, String> links) {
            this.links = links;
            this.place = place;
            this.last = new LastRowHold(place);
            this.topics = topicsDown ? new SheetRow.TopicsDown() : null;
            this.questions = questions;
            this.warnings = warnings;
        }

        @Override
        public void startRow(int row) {
            cells.clear();
            rowLinks.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
            String link = reference == null || links.isEmpty() ? null : links.get(reference.toUpperCase(Locale.ROOT));
            if (link != null) {
                rowLinks.put(column, link);
            }
        }

        @Override
        public void endRow(int row) {
            if (columns != null && rowAfterHeader) {
                rowAfterHeader = false;
                Map<Column, Integer> below = SheetRow.header(cells);
                if (below != null && (below.size() > columns.size()
                        || mayBeGroupHeader && below.size() >= columns.size())) {
                    // "题目信息" over 题目 | 难度, "答案信息" over 答案 | 解析: merged cells that group the columns
                    // named in the row below; or a title row of two cells naming a column by chance ("Kafka 面试题
                    // | 更新于 2024-03"): the row below, naming more, is the header, not a question
                    columns = below;
                    unread = unreadColumns(row);
                    return;
                }
            }
            if (columns != null && hiddenRows.setAside(row)) {
                return;
            }
            if (columns != null) {
                List<String> own = new ArrayList<>(cells); // the handler reuses its lists for the next row
                Map<Integer, String> ownLinks = new HashMap<>(rowLinks);
                Map<Column, Integer> header = columns;
                UnreadColumns seen = unread;
                last.hold(own, header, row + 1, () -> {
                    LinkedCells linked = LinkedCells.of(own, header, ownLinks);
                    SheetRow.read(place, linked.columns(), topics == null ? linked.cells()
                            : topics.fill(linked.cells(), linked.columns()), row + 1, questions, warnings);
                    seen.row(own);
                });
                return;
            }
            long filled = cells.stream().filter(c -> c != null && !c.isBlank()).count();
            if (filled > 0 && firstFilledRow == 0) {
                firstFilledRow = row + 1;
                firstFilled = cells.stream().filter(c -> c != null && !c.isBlank()).findFirst().orElseThrow().strip();
            }
            if (filled < 2) {
                return; // a title above the header, or nothing
            }
            boolean names = cells.stream().noneMatch(c -> c != null && NUMBER.matcher(c.strip()).matches());
            columns = names ? SheetRow.header(cells) : null;
            mayBeGroupHeader = columns != null && hasGaps(cells);
            rowAfterHeader = columns != null;
            if (columns != null) {
                unread = unreadColumns(row);
            }
            if (columns == null) {
                notHeader = new ArrayList<>(cells);
                notHeaderRow = row + 1;
                throw new NoHeader();
            }
        }

        /** The header row's columns that no field reads, to be named if some row fills them. */
        private UnreadColumns unreadColumns(int row) {
            return new UnreadColumns(cells, SheetRow.readIndexes(columns), row + 1, "sheet '" + place.sheet() + "': ");
        }

        /** Whether an empty cell stands between filled ones: what a row of merged cells leaves. */
        private static boolean hasGaps(List<String> cells) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) != null && !cells.get(i).isBlank()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            for (int i = first + 1; i < last; i++) {
                if (cells.get(i) == null || cells.get(i).isBlank()) {
                    return true;
                }
            }
            return false;
        }

        boolean isQbankSummary() {
            return place.sheet().equals(QBANK_SUMMARY_SHEET) && notHeader != null && notHeaderRow == 1
                    && QBANK_SUMMARY_FIRST_CELL.equals(notHeader.get(0));
        }

        /** The sheet and what its first filled row holds, for messages. */
        String describe() {
            if (notHeader == null) {
                return "sheet '" + place.sheet() + "' has no row of two or more filled cells (row " + firstFilledRow
                        + " '" + shortened(firstFilled) + "')";
            }
            String row = String.join(" | ", notHeader.stream().map(c -> c == null ? "" : c.strip()).toList());
            return "sheet '" + place.sheet() + "' starts with row " + notHeaderRow + " '" + shortened(row) + "'";
        }

        private static String shortened(String text) {
            return text.length() > 60 ? text.substring(0, 60) + "…" : text;
        }
    }
}
