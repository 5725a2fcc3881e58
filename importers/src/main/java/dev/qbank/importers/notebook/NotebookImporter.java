package dev.qbank.importers.notebook;

import dev.qbank.importers.ConvertedMarkdown;
import dev.qbank.importers.Importer;
import dev.qbank.importers.OfficeFiles;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.json.JsonRecordsImporter;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * A Jupyter notebook ({@code .ipynb}), as interview repositories keep runnable answers: its Markdown cells, with its
 * code cells as fenced blocks ({@link NotebookText}), are read by the Markdown importer whose shape they have
 * (question headings over answers, a numbered list, Q&amp;A labels, a table), detected as for a text file, as a Word
 * document's text is. A question's line is the notebook line its Markdown came from; its source's format
 * {@code notebook}. Without this, the JSON reader took the notebook for a bank of records and asked for a question
 * field.
 */
public final class NotebookImporter implements Importer {
    public static final String NAME = "notebook";
    private static final int SNIFF_CHARS = 8192;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Jupyter notebook (.ipynb): Markdown cells read as the Markdown shapes, code cells as code blocks";
    }

    @Override
    public double sniff(SourceDocument doc) {
        String text = doc.text();
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).stripLeading();
        // nbformat writes "cells" first and every cell's "cell_type"; above json's 0.93 for a bank of records
        return head.startsWith("{") && head.contains("\"cells\"") && head.contains("\"cell_type\"") ? 0.96 : 0;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        NotebookText notebook;
        try (JsonParser p = JsonRecordsImporter.FACTORY.createParser(ObjectReadContext.empty(), doc.text())) {
            notebook = NotebookText.read(p);
        } catch (JacksonException e) {
            throw JsonRecordsImporter.unreadable(NAME, doc, e, "not a readable notebook (invalid JSON): fix the file at"
                    + " this line and column, or open and save it again in Jupyter");
        }
        if (notebook.markdown().isBlank()) {
            throw OfficeFiles.error(NAME, doc, "this notebook has no Markdown or code cell with text (" + notebook.cells()
                    + " cells); write the questions in Markdown cells");
        }
        ConvertedMarkdown.read(doc, notebook.markdown(), NAME, notebook::jsonLine, "no questions in this notebook's "
                + "Markdown cells in a shape qbank reads: write each question as a heading over its answer (## 1. What "
                + "is X?), a numbered list, Q:/A: labels or a table with a question column", questions, warnings);
    }
}
