package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/**
 * Markdown that a container's reader wrote from it (a Word document's paragraphs, a notebook's cells), read by the
 * Markdown importer whose shape it has, detected as for a text file; each question and warning is placed back at
 * the container's own line and its source's format is the container's.
 */
public final class ConvertedMarkdown {
    private ConvertedMarkdown() {
    }

    /**
     * Reads {@code markdown}, converted from {@code doc}; {@code line} maps a Markdown line to the container's, and
     * {@code noShape} is the refusal when no Markdown shape recognises the text.
     */
    public static void read(SourceDocument doc, String markdown, String format, IntUnaryOperator line, String noShape,
                            Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        SourceDocument text = SourceDocument.of(doc.path(), doc.file(), markdown.getBytes(StandardCharsets.UTF_8));
        Importer shape;
        try {
            shape = new FormatDetector(ImporterRegistry.standard()).detect(text).importer();
        } catch (QbankException e) {
            throw OfficeFiles.error(format, doc, noShape);
        }
        shape.read(text, q -> questions.accept(placed(q, format, line)), w -> warnings.accept(new Diagnostic(
                w.severity(), w.code(), w.file(), line.applyAsInt(w.line()), 0, w.message())));
    }

    private static Question placed(Question q, String format, IntUnaryOperator line) {
        List<Source> sources = q.sources().stream().map(s -> new Source(s.file(), line.applyAsInt(s.line()),
                s.text(), format, s.number(), s.url(), s.section())).toList();
        return q.toBuilder().sources(sources).build();
    }
}
