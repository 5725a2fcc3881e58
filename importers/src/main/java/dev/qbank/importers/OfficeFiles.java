package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the importers of Office packages ({@code xlsx}, {@code docx}) say when POI cannot read a file: a zip bomb
 * refused as such, anything else as not readable with POI's first line of reason, each with how to re-save it.
 */
public final class OfficeFiles {
    private OfficeFiles() {
    }

    /**
     * How sure an Office importer is of a binary document: its package's main part is there; or it is an OLE2 file
     * the importer has a message for ({@code legacyKind}, read() says what to do); or it only has the extension
     * (a broken file: read() says it cannot be read, rather than "binary file").
     */
    public static double sniff(SourceDocument doc, String mainPart, Supplier<String> legacyKind,
                               double legacyScore, String... extensions) {
        if (!doc.binary()) {
            return 0;
        }
        if (doc.hasZipEntry(mainPart)) {
            return 0.95;
        }
        if (legacyKind.get() != null) {
            return legacyScore;
        }
        String file = doc.file().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (file.endsWith(extension)) {
                return 0.5;
            }
        }
        return 0;
    }

    /**
     * @param format the importer's name, the finding's code
     * @param kind   what the file should be, "workbook" or "document"
     * @param resave what to do, "open it in Excel ... and save it again as ..."
     */
    public static QbankException unreadable(String format, SourceDocument doc, Exception e, String kind, String resave) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb")) {
                return error(format, doc, "refused: this " + kind + " inflates to far more than its size, as a zip "
                        + "bomb does, or holds a part too large to read safely; if it is a genuine " + kind + ", "
                        + resave);
            }
        }
        String cause = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        String readable = kind.equals("workbook") ? "Excel workbook" : "Word document";
        return error(format, doc, "not a readable " + readable + " (" + (cause.isEmpty()
                ? e.getClass().getSimpleName() : cause) + "); " + resave);
    }

    /** The file refused whole, with no line: what is wrong is the file itself. */
    public static QbankException error(String format, SourceDocument doc, String message) {
        return new QbankException(Diagnostic.error(format, doc.file(), 0, 0, message));
    }
}
