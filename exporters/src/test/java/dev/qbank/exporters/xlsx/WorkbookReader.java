package dev.qbank.exporters.xlsx;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A second, independent reader for the tests: POI's event API (SAX over the sheet XML), not the usermodel the
 * exporter writes with. Gives each sheet's rows as lists of cell texts, and each sheet's raw XML.
 */
final class WorkbookReader {
    /** What one sheet holds: its rows (cells by column, "" where empty) and its XML. */
    record SheetData(List<List<String>> rows, String xml) {
    }

    private WorkbookReader() {
    }

    static Map<String, SheetData> read(Path file) throws Exception {
        Map<String, SheetData> sheets = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                byte[] xml;
                try (InputStream in = it.next()) {
                    xml = in.readAllBytes();
                }
                List<List<String>> rows = rows(xml, reader, strings);
                sheets.put(it.getSheetName(), new SheetData(rows, new String(xml, StandardCharsets.UTF_8)));
            }
        }
        return sheets;
    }

    private static List<List<String>> rows(byte[] xml, XSSFReader reader, ReadOnlySharedStringsTable strings)
            throws Exception {
        List<List<String>> rows = new ArrayList<>();
        XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private List<String> row;

            @Override
            public void startRow(int rowNum) {
                while (rows.size() < rowNum) {
                    rows.add(List.of());
                }
                row = new ArrayList<>();
            }

            @Override
            public void endRow(int rowNum) {
                rows.add(row);
            }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
                int col = new CellReference(ref).getCol();
                while (row.size() < col) {
                    row.add("");
                }
                row.add(value);
            }
        };
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, handler, false));
        parser.parse(new InputSource(new java.io.ByteArrayInputStream(xml)));
        return rows;
    }

    /** Rows as tab-separated text with newlines shown as ⏎, for golden files. */
    static String dump(Map<String, SheetData> sheets) {
        StringBuilder sb = new StringBuilder();
        sheets.forEach((name, data) -> {
            sb.append("== ").append(name).append('\n');
            for (List<String> row : data.rows()) {
                sb.append(String.join("\t", row.stream().map(c -> c.replace("\n", "⏎")).toList())).append('\n');
            }
        });
        return sb.toString();
    }
}
