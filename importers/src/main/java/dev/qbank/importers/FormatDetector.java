package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.util.List;

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
            throw new QbankException(List.of(Diagnostic.error("unrecognised", doc.file(), 0, 0,
                    "no importer recognises this file's format; known formats: "
                            + String.join(", ", registry.all().keySet())
                            + " (use --format NAME to force one)")), QbankException.EXIT_FINDINGS);
        }
        return new Detection(best, bestScore);
    }

    /** The chosen importer and how sure detection was. */
    public record Detection(Importer importer, double confidence) {
    }
}
