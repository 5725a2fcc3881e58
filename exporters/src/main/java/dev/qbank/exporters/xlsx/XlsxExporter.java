package dev.qbank.exporters.xlsx;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.exporters.Exporter;
import dev.qbank.exporters.SourceOrder;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook: a "Questions" sheet with one row per question and a "Summary" sheet with counts. Written with
 * POI's streaming workbook (SXSSF), which keeps only a window of rows in memory and spills the rest to a compressed
 * temporary file, so a million questions export in bounded memory and in one pass over the bank. Rows are grouped by
 * topic and follow their questions' sources within one ({@link SourceOrder#byTopic}), not the bank's id order: each row's cells are parked in a {@link RowSpool}
 * as the bank streams past and the sheet is written from it in that order.
 *
 * <p>Links are {@code HYPERLINK} formulas in their own column rather than cell hyperlinks: POI keeps cell
 * hyperlinks in memory for the whole sheet, formulas stream with their row.
 */
public final class XlsxExporter implements Exporter {
    /** The columns of the Questions sheet, with widths in characters. */
    enum Column {
        ID("id", 22), QUESTION("question", 48), PROMPT("prompt", 48), ALIASES("aliases", 40), ANSWER("answer", 70),
        EXPLANATION("explanation", 50),
        DIFFICULTY("difficulty", 11), TOPIC("topic", 20), TAGS("tags", 20), SOURCES("sources", 34),
        REFERENCES("references", 40), LINK("link", 30);

        final String header;
        final int width;

        Column(String header, int width) {
            this.header = header;
            this.width = width;
        }
    }

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int ROW_WINDOW = 200;
    /** Excel limits a string literal inside a formula to 255 characters; longer URLs stay plain text. */
    private static final int MAX_FORMULA_LITERAL = 255;
    /** A fixed creation date so that two exports of one bank carry the same document properties. */
    private static final Date FIXED_DATE = new Date(946_684_800_000L); // 2000-01-01T00:00:00Z

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public String description() {
        return "an Excel workbook: one row per question with filters, plus a summary sheet";
    }

    @Override
    public void export(ExportRequest request, Path target) throws IOException {
        // close() also deletes SXSSF's temporary row files, on success and on failure
        try (SXSSFWorkbook wb = new FastZipWorkbook(ROW_WINDOW)) {
            // Uncompressed temporary rows: gzip-ing them and inflating them again for the final zip cost a third of
            // the export; the price is disk space in the temp folder (about 1.5 KB per question) for the duration.
            wb.setCompressTempFiles(false);
            setProperties(wb, request.option("title", "Question bank"));
            CellStyle header = headerStyle(wb);
            CellStyle wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle link = wb.createCellStyle();
            link.cloneStyleFrom(wrapped);
            Font linkFont = wb.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            link.setFont(linkFont);

            SXSSFSheet sheet = wb.createSheet("Questions");
            Row head = sheet.createRow(0);
            for (Column c : Column.values()) {
                Cell cell = head.createCell(c.ordinal());
                cell.setCellValue(c.header);
                cell.setCellStyle(header);
                sheet.setColumnWidth(c.ordinal(), c.width * 256);
            }
            sheet.createFreezePane(0, 1);

            CellText fitter = new CellText();
            SummaryCounts counts = new SummaryCounts();
            int rowIndex = 0;
            int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
            // grouped by topic as the Markdown book and the Anki decks are: the unfiltered sheet reads a topic at a
            // time, and a topic's filter shows the same rows in the same (source) order either way
            SourceOrder order = SourceOrder.byTopic(UnaryOperator.identity());
            try (RowSpool spool = new RowSpool(); Stream<Question> questions = request.questions().get()) {
                for (Question q : (Iterable<Question>) questions::iterator) {
                    if (++rowIndex >= maxRows) {
                        throw new QbankException(List.of(Diagnostic.error("too-many-rows", "", 0, 0,
                                "the selection has more questions than an Excel sheet has rows (" + (maxRows - 1)
                                        + "); export a part with --topic, --tag or --difficulty, or use jsonl")),
                                QbankException.EXIT_USAGE);
                    }
                    spool.add(cells(q, fitter));
                    order.add(q);
                    counts.add(q);
                }
                int[] sorted = order.sorted();
                for (int k = 0; k < sorted.length; k++) {
                    writeRow(sheet.createRow(k + 1), spool.read(sorted[k], COLUMNS.length), wrapped, link);
                }
            }
            int lastRow = Math.max(rowIndex, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, Column.values().length - 1));
            addDifficultyValidation(sheet, lastRow);
            SummarySheet.write(wb.createSheet("Summary"), counts, fitter.truncations(), header);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                wb.write(out);
            }
        }
    }

    /**
     * Writes the package at the fastest deflate level: deflating the sheet XML was the largest single cost of a big
     * export, and level 1 loses little size on repetitive XML. The output stays deterministic.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {
        FastZipWorkbook(int rowWindow) {
            super(rowWindow);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    private static final Column[] COLUMNS = Column.values();

    /** A row's cell texts in column order, cut to fit a cell; {@code null} where the cell stays empty. */
    private static String[] cells(Question q, CellText fitter) {
        String id = q.id();
        String[] cells = new String[COLUMNS.length];
        fit(cells, Column.ID, id, fitter, id);
        fit(cells, Column.QUESTION, q.question(), fitter, id);
        fit(cells, Column.PROMPT, q.prompt(), fitter, id);
        fit(cells, Column.ALIASES, String.join("\n", q.aliases()), fitter, id);
        fit(cells, Column.ANSWER, q.answer(), fitter, id);
        fit(cells, Column.EXPLANATION, q.explanation(), fitter, id);
        fit(cells, Column.DIFFICULTY, q.difficulty() == null ? null : q.difficulty().id(), fitter, id);
        fit(cells, Column.TOPIC, q.topic(), fitter, id);
        fit(cells, Column.TAGS, TagCell.of(q.tags()), fitter, id); // a tag holding a comma in quotes
        fit(cells, Column.SOURCES, q.sources().stream().map(Source::citation).collect(Collectors.joining("\n")),
                fitter, id);
        // a link with a title as [title](url), which the xlsx import reads back as both (the url alone lost the title)
        fit(cells, Column.REFERENCES, q.references().stream().map(Reference::written)
                .collect(Collectors.joining("\n")), fitter, id);
        cells[Column.LINK.ordinal()] = firstUrl(q).orElse(null);
        return cells;
    }

    private static void fit(String[] cells, Column column, String value, CellText fitter, String id) {
        if (value != null && !value.isEmpty()) {
            cells[column.ordinal()] = fitter.fit(value, id);
        }
    }

    private static void writeRow(Row row, String[] cells, CellStyle wrapped, CellStyle linkStyle) {
        for (Column c : COLUMNS) {
            String value = cells[c.ordinal()];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c.ordinal());
            if (c == Column.LINK) {
                cell.setCellFormula("HYPERLINK(\"" + value.replace("\"", "\"\"") + "\")");
                cell.setCellValue(value); // cached result, so readers that do not evaluate formulas see the URL
                cell.setCellStyle(linkStyle);
            } else {
                cell.setCellValue(value);
                cell.setCellStyle(wrapped);
            }
        }
    }

    /** The first web URL among references, then sources; only http(s), never {@code javascript:} or files. */
    static Optional<String> firstUrl(Question q) {
        List<String> urls = new ArrayList<>();
        q.references().forEach(r -> urls.add(r.url()));
        q.sources().forEach(s -> urls.add(s.url()));
        return urls.stream().filter(XlsxExporter::isLinkable).findFirst();
    }

    private static boolean isLinkable(String url) {
        if (url == null || url.length() > MAX_FORMULA_LITERAL) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://"))
                && url.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
    }

    private static void addDifficultyValidation(SXSSFSheet sheet, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] choices = Arrays.stream(Difficulty.values()).map(Difficulty::id).toArray(String[]::new);
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(1, lastRow, Column.DIFFICULTY.ordinal(), Column.DIFFICULTY.ordinal()));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("difficulty", "Choose easy, medium or hard.");
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static CellStyle headerStyle(SXSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static void setProperties(SXSSFWorkbook wb, String title) {
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreator("qbank");
        core.setTitle(title);
        core.setCreated(Optional.of(FIXED_DATE));
        core.setModified(Optional.of(FIXED_DATE));
    }

    /** For tests: the header texts in column order. */
    static List<String> headers() {
        return Arrays.stream(Column.values()).map(c -> c.header).toList();
    }

    /** For the summary: difficulty column names in order, then questions without one. */
    static List<String> difficultyColumns() {
        List<String> names = new ArrayList<>(Arrays.stream(Difficulty.values()).map(Difficulty::id).toList());
        names.add("(none)");
        return names;
    }
}
