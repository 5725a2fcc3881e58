package dev.qbank.importers;

import dev.qbank.model.QbankException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every importer qbank knows, in the order detection prefers them when two score alike. Adding a format is one
 * line here plus its package.
 */
public final class ImporterRegistry {
    private final Map<String, Importer> importers = new LinkedHashMap<>();

    private ImporterRegistry() {
    }

    /** The built-in importers. */
    public static ImporterRegistry standard() {
        ImporterRegistry r = new ImporterRegistry();
        // Registration lines, one per format:
        r.register(new dev.qbank.importers.qbankjson.QbankJsonImporter());
        r.register(new dev.qbank.importers.qbankmd.QbankMarkdownImporter());
        r.register(new dev.qbank.importers.json.JsonRecordsImporter());
        r.register(new dev.qbank.importers.notebook.NotebookImporter());
        r.register(new dev.qbank.importers.table.TableImporter());
        r.register(new dev.qbank.importers.csv.CsvImporter());
        r.register(new dev.qbank.importers.chapters.ChaptersImporter());
        r.register(new dev.qbank.importers.numbered.NumberedImporter());
        // Rich Markdown shapes (issue 3): Q&A documents and Notion exports.
        r.register(new dev.qbank.importers.qa.QaImporter());
        r.register(new dev.qbank.importers.notion.NotionImporter());
        r.register(new dev.qbank.importers.ankitext.AnkiTextImporter());
        r.register(new dev.qbank.importers.flashcards.FlashcardsImporter());
        r.register(new dev.qbank.importers.org.OrgImporter());
        // A book's problem pages (百面机器学习-like), detected by their '分析与解答' label alone on its line.
        r.register(new dev.qbank.importers.problems.ProblemsImporter());
        // Binary containers, read from their path (SourceDocument.binary()).
        r.register(new dev.qbank.importers.xlsx.XlsxImporter());
        r.register(new dev.qbank.importers.anki.AnkiImporter());
        r.register(new dev.qbank.importers.docx.DocxImporter());
        return r;
    }

    ImporterRegistry register(Importer importer) {
        if (importers.putIfAbsent(importer.name(), importer) != null) {
            throw new IllegalStateException("two importers named " + importer.name());
        }
        return this;
    }

    public Map<String, Importer> all() {
        return Collections.unmodifiableMap(importers);
    }

    public Optional<Importer> find(String name) {
        return Optional.ofNullable(importers.get(name));
    }

    /** The importer named {@code name}, or a usage error listing the valid names. */
    public Importer require(String name) {
        return find(name).orElseThrow(() -> QbankException.usage("format", "",
                "unknown format '" + name + "'; known formats: " + String.join(", ", importers.keySet())));
    }
}
