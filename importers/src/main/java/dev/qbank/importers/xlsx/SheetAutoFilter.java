package dev.qbank.importers.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntPredicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.SAXException;

/**
 * Whether a sheet's own AutoFilter ({@link WorkbookParts#sheetFilters}) covers a row. Its element stands after the
 * rows in the sheet's XML, so the streaming reader meets it only once the rows are read; the sheet's part is read
 * again for it, once, the first time a hidden row needs the answer (most sheets hide none).
 */
final class SheetAutoFilter implements IntPredicate {
    private final PackagePart sheet;
    private List<int[]> ranges;

    SheetAutoFilter(PackagePart sheet) {
        this.sheet = sheet;
    }

    @Override
    public boolean test(int row) {
        if (ranges == null) {
            try {
                ranges = sheet == null ? List.of() : WorkbookParts.sheetFilters(sheet);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SAXException | ParserConfigurationException e) {
                // the same XML was just read whole: the importer's error for an unreadable workbook reports it
                throw new UncheckedIOException(new IOException(e));
            }
        }
        return WorkbookParts.covers(ranges, row);
    }
}
