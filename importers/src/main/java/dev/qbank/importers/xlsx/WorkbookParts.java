package dev.qbank.importers.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
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
 * sheets are hidden (the workbook part's {@code state}) and where a cell links to (a sheet's {@code <hyperlinks>},
 * whose addresses are in the sheet's relationships).
 */
final class WorkbookParts {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WorkbookParts() {
    }

    /** The names of the sheets hidden in Excel ({@code hidden} or {@code veryHidden}). */
    static Set<String> hiddenSheets(InputStream workbook) throws IOException, SAXException,
            ParserConfigurationException {
        Set<String> hidden = new HashSet<>();
        parse(workbook, (name, a) -> {
            String state = a.getValue("state");
            if (name.equals("sheet") && state != null && !state.equals("visible") && a.getValue("name") != null) {
                hidden.add(a.getValue("name"));
            }
        });
        return hidden;
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
