package dev.qbank.exporters;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a bank in one target format. An exporter only consumes the canonical model; it never changes the bank.
 * Implementations live in their own package ({@code dev.qbank.exporters.<format>}) and are listed once in
 * {@link ExporterRegistry}.
 */
public interface Exporter {
    /** Short, stable name used by {@code --format}. */
    String name();

    /** File extension of the output, without the dot ({@code apkg}, {@code xlsx}, ...). */
    String extension();

    /** One line for {@code qbank export --help} and the README. */
    String description();

    /**
     * Writes the selected questions to {@code target}. The caller hands a temporary path and moves it into place
     * afterwards, so an exporter may write {@code target} directly; it must not touch anything else, but for the
     * media files a Markdown book links to, which it copies beside the book ({@code BookMedia}).
     */
    void export(ExportRequest request, Path target) throws IOException;
}
