package dev.qbank.importers.xlsx;

import dev.qbank.importers.LineStretches;
import dev.qbank.model.Diagnostic;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A sheet's rows hidden by hand, which POI's streaming reader does not report: it sits between the XML parser and
 * POI's handler and reads each {@code <row>}'s {@code hidden} attribute on the way.
 *
 * <p>Excel hides a row for three reasons, which the sheet tells apart. A filter (AutoFilter, or an advanced filter)
 * hides the rows it does not match: that is a view of the table, and its rows are read; the rows it covers are the
 * workbook's {@code _xlnm._FilterDatabase} range ({@link WorkbookParts.Sheets}), or a table's (Insert > Table) own
 * filter range ({@link WorkbookParts#tableFilters}), or the sheet's own {@code <autoFilter>} element, which some
 * generators write without the name ({@link SheetAutoFilter}). A collapsed outline group hides the
 * rows it folds, which carry an {@code outlineLevel}: a view too, read. A row hidden with nothing of the kind was set
 * aside by someone (an old version of a question, a draft): it is not read, and the sheet's warning names it, as a
 * hidden sheet is not read and named.
 */
final class HiddenRows extends XMLFilterImpl {
    /** Whether a filter covers a row (0-based). */
    private final IntPredicate filtered;
    /** Set aside rows, 1-based as Excel numbers them. */
    private final LineStretches setAside = new LineStretches(1);
    /** The current row's {@code hidden}, without an outline level. */
    private boolean hiddenByHand;

    HiddenRows(XMLReader parser, IntPredicate filtered) {
        super(parser);
        this.filtered = filtered;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (localName.equals("row")) {
            String hidden = atts.getValue("hidden");
            String outline = atts.getValue("outlineLevel");
            hiddenByHand = ("1".equals(hidden) || "true".equals(hidden)) && (outline == null || outline.equals("0"));
        }
        super.startElement(uri, localName, qName, atts);
    }

    /**
     * Whether the row just read (0-based, as POI gives it) was hidden by hand, and so is not read; it is then
     * recorded for the warning.
     */
    boolean setAside(int row) {
        if (!hiddenByHand || filtered.test(row)) {
            return false;
        }
        setAside.add(row + 1, row + 1);
        return true;
    }

    /** One {@code warning[row-hidden]} for the sheet's rows set aside; nothing when there were none. */
    void warn(String file, String sheet, Consumer<Diagnostic> warnings) {
        if (setAside.isEmpty()) {
            return;
        }
        boolean one = setAside.count() == 1;
        warnings.accept(Diagnostic.warning("row-hidden", file, setAside.first(), 0, "sheet '" + sheet + "': "
                + setAside.count() + (one ? " row is" : " rows are") + " hidden by hand (no filter hides "
                + (one ? "it" : "them") + "), so " + (one ? "it was" : "they were") + " not read (row"
                + (one ? " " : "s ") + setAside.named() + "); to import " + (one ? "it" : "them")
                + ", unhide " + (one ? "it" : "them") + " (select the rows around, right-click > Unhide), save, "
                + "and import again"));
    }
}
