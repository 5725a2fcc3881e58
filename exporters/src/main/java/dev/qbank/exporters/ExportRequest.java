package dev.qbank.exporters;

import dev.qbank.model.Question;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What to export.
 *
 * @param bankRoot  the bank folder (media paths in questions are relative to it; exporters must not read outside)
 * @param questions the selected questions, in bank order; a supplier so an exporter can stream them more than once
 *                  instead of holding a million questions in memory
 * @param options   format-specific options from the command line ({@code deck=Interview}, ...)
 */
public record ExportRequest(Path bankRoot, Supplier<Stream<Question>> questions, Map<String, String> options) {
    public ExportRequest {
        options = Map.copyOf(options);
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
