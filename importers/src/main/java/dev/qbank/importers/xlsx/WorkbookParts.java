package dev.qbank.importers.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a workbook says about its sheets beside their rows, which POI's streaming sheet reader does not report: which
 * sheets are hidden (the workbook part's {@code state}), which rows a filter covers (its defined names) and where a cell links to (a sheet's {@code <hyperlinks>},
 * whose addresses are in the sheet's relationships).
 */
final class WorkbookParts {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WorkbookParts() {
    }

    /**
     * What the workbook part says of its sheets.
     *
     * @param hidden  the names of the sheets hidden in Excel ({@code hidden} or {@code veryHidden})
     * @param filters by sheet name, the rows (0-based, inclusive) its filter covers: an AutoFilter or an advanced
     *                filter, which Excel and LibreOffice record as the sheet's {@code _xlnm._FilterDatabase} name;
     *                a row a filter hides is out of view, not set aside
     */
    record Sheets(Set<String> hidden, Map<String, int[]> filters) {
        /** Whether a filter of {@code sheet} covers {@code row} (0-based). */
        boolean filtered(String sheet, int row) {
            int[] rows = filters.get(sheet);
            return rows != null && row >= rows[0] && row <= rows[1];
        }
    }

    /** The name Excel gives a sheet's filter range; its {@code localSheetId} is the sheet's position. */
    private static final String FILTER_RANGE = "_xlnm._FilterDatabase";

    static Sheets sheets(InputStream workbook) throws IOException, SAXException, ParserConfigurationException {
        Set<String> hidden = new HashSet<>();
        List<String> names = new ArrayList<>();
        Map<Integer, String> filterRefs = new HashMap<>();
        StringBuilder text = new StringBuilder();
        int[] filterSheet = {-1};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if (localName.equals("sheet") && a.getValue("name") != null) {
                    names.add(a.getValue("name"));
                    String state = a.getValue("state");
                    if (state != null && !state.equals("visible")) {
                        hidden.add(a.getValue("name"));
                    }
                } else if (localName.equals("definedName") && FILTER_RANGE.equals(a.getValue("name"))
                        && a.getValue("localSheetId") != null && a.getValue("localSheetId").matches("[0-9]{1,5}")) {
                    filterSheet[0] = Integer.parseInt(a.getValue("localSheetId"));
                    text.setLength(0);
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (filterSheet[0] >= 0) {
                    text.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (localName.equals("definedName") && filterSheet[0] >= 0) {
                    filterRefs.put(filterSheet[0], text.toString());
                    filterSheet[0] = -1;
                }
            }
        });
        parser.parse(new InputSource(workbook));
        Map<String, int[]> filters = new HashMap<>();
        filterRefs.forEach((sheet, ref) -> {
            int[] rows = sheet < names.size() ? rows(ref) : null;
            if (rows != null) {
                filters.put(names.get(sheet), rows);
            }
        });
        return new Sheets(hidden, filters);
    }

    /**
     * The rows (0-based, inclusive) the filters of a sheet's tables cover: a range formatted as a table (Insert >
     * Table) carries its own AutoFilter, in the table's part rather than the workbook's names.
     */
    static List<int[]> tableFilters(PackagePart sheet) throws IOException, SAXException,
            ParserConfigurationException, InvalidFormatException {
        List<int[]> filters = new ArrayList<>();
        if (sheet == null) {
            return filters;
        }
        for (PackageRelationship rel : sheet.getRelationshipsByType(XSSFRelation.TABLE.getRelation())) {
            PackagePart table = sheet.getRelatedPart(rel);
            if (table == null) {
                continue;
            }
            try (InputStream in = table.getInputStream()) {
                parse(in, autoFilters(filters));
            }
        }
        return filters;
    }

    /**
     * The rows (0-based, inclusive) the sheet's own AutoFilter covers, its {@code <autoFilter ref="A1:C40"/>}: Excel
     * also names that range {@code _xlnm._FilterDatabase} in the workbook, but some generators write only the
     * element. Reads the sheet's XML through (the element stands after the rows); see {@link SheetAutoFilter}.
     */
    static List<int[]> sheetFilters(PackagePart sheet) throws IOException, SAXException, ParserConfigurationException {
        List<int[]> filters = new ArrayList<>();
        try (InputStream in = sheet.getInputStream()) {
            parse(in, autoFilters(filters));
        }
        return filters;
    }

    /** Adds the rows of each {@code <autoFilter ref>} element, in a sheet's part or a table's, to {@code filters}. */
    private static BiConsumer<String, Attributes> autoFilters(List<int[]> filters) {
        return (name, a) -> {
            int[] rows = name.equals("autoFilter") && a.getValue("ref") != null ? rows(a.getValue("ref")) : null;
            if (rows != null) {
                filters.add(rows);
            }
        };
    }

    /** Whether one of {@code ranges} (rows, 0-based, inclusive) covers {@code row}. */
    static boolean covers(List<int[]> ranges, int row) {
        return ranges.stream().anyMatch(r -> row >= r[0] && row <= r[1]);
    }

    /** The rows of {@code 'Sheet 1'!$A$1:$D$20} (or {@code Sheet1!$A:$D}, every row); null when it is no range. */
    private static int[] rows(String ref) {
        String range = ref.substring(ref.lastIndexOf('!') + 1).replace("$", "").strip();
        try {
            CellRangeAddress cells = CellRangeAddress.valueOf(range);
            return cells.getFirstRow() < 0 ? new int[] {0, Integer.MAX_VALUE}
                    : new int[] {cells.getFirstRow(), cells.getLastRow()};
        } catch (RuntimeException notARange) { // #REF! once the filtered cells were deleted
            return null;
        }
    }

    /**
     * The web addresses cells link to, by cell ({@code C2}, upper case); a link over a range gives each of its
     * cells. Empty, without reading the sheet again, when it has no links.
     */
    static Map<String, String> links(PackagePart sheet) throws IOException, SAXException,
            ParserConfigurationException, InvalidFormatException {
        if (sheet == null || sheet.getRelationshipsByType(XSSFRelation.SHEET_HYPERLINKS.getRelation()).isEmpty()) {
            return Map.of();
        }
        Map<String, String> links = new HashMap<>();
        try (InputStream in = sheet.getInputStream()) {
            parse(in, (name, a) -> {
                String id = a.getValue(RELATIONSHIPS, "id");
                String ref = a.getValue("ref");
                if (!name.equals("hyperlink") || id == null || ref == null) {
                    return;
                }
                PackageRelationship rel = sheet.getRelationship(id);
                String url = rel == null ? null : rel.getTargetURI().toString();
                if (url == null || !url.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
                    return; // a link within the workbook, or to a file on the author's disk, leads nowhere here
                }
                CellRangeAddress range = CellRangeAddress.valueOf(ref);
                if (range.getNumberOfCells() > 10_000) {
                    return; // a whole column linked: no one cell's address
                }
                for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                    for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                        links.put(new CellReference(r, c).formatAsString(false), url);
                    }
                }
            });
        }
        return links;
    }

    private static void parse(InputStream xml, BiConsumer<String, Attributes> element) throws IOException,
            SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                element.accept(localName, attributes);
            }
        });
        parser.parse(new InputSource(xml));
    }
}
