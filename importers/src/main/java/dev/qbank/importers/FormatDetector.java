package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.util.List;
import java.util.Locale;

/** Picks the importer for a document from its content (each importer declares what its format looks like). */
public final class FormatDetector {
    /** Below this score a format is not considered recognised. */
    public static final double MIN_CONFIDENCE = 0.3;

    private final ImporterRegistry registry;

    public FormatDetector(ImporterRegistry registry) {
        this.registry = registry;
    }

    /** The best-scoring importer; ties go to the one registered first. */
    public Detection detect(SourceDocument doc) {
        if (!doc.binary()) {
            HtmlPage.refuse(doc); // a saved web page: told to convert it, not read as Markdown full of tags
        }
        Importer best = null;
        double bestScore = 0;
        for (Importer importer : registry.all().values()) {
            if (importer.binary() != doc.binary()) {
                continue; // text importers never see a workbook's or a deck's bytes, and binary ones no text
            }
            double score = importer.sniff(doc);
            if (score > bestScore) {
                best = importer;
                bestScore = score;
            }
        }
        if (doc.binary() && (best == null || bestScore < MIN_CONFIDENCE)) {
            throw new QbankException(List.of(Diagnostic.error("binary", doc.file(), 0, 0, SourceDocument.NOT_TEXT)),
                    QbankException.EXIT_FINDINGS);
        }
        if (best == null || bestScore < MIN_CONFIDENCE) {
            String zipped = zippedKind(doc.file());
            if (zipped != null && !doc.binary()) {
                // the name promises a package and the bytes are text: "no importer recognises" would send the user
                // looking for a --format, when the file itself is damaged or only renamed
                throw new QbankException(List.of(Diagnostic.error("not-zip", doc.file(), 0, 0, "its name says "
                        + zipped + ", but it is not a zip file, as every one is: it was renamed or damaged; save "
                        + "or export it again from the program that made it")),
                        QbankException.EXIT_FINDINGS);
            }
            String markup = UnreadMarkup.advice(doc);
            if (markup != null) {
                throw new QbankException(List.of(Diagnostic.error("unrecognised", doc.file(), 0, 0, markup)),
                        QbankException.EXIT_FINDINGS);
            }
            throw new QbankException(List.of(Diagnostic.error("unrecognised", doc.file(), 0, 0,
                    "no importer recognises this file's format; known formats: "
                            + String.join(", ", registry.all().keySet())
                            + " (use --format NAME to force one)")), QbankException.EXIT_FINDINGS);
        }
        return new Detection(best, bestScore);
    }

    /** What a file's extension says it is when that is a zip package (.apkg, .xlsx, .docx), else null. */
    private static String zippedKind(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".apkg") ? "an Anki package (.apkg)" : name.endsWith(".xlsx") ? "an Excel workbook (.xlsx)"
                : name.endsWith(".docx") ? "a Word document (.docx)" : null;
    }

    /** The chosen importer and how sure detection was. */
    public record Detection(Importer importer, double confidence) {
    }
}
