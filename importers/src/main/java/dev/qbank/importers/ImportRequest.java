package dev.qbank.importers;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to import: files and folders as the user named them, the bank to merge into, and optionally a format that
 * overrides detection for every file.
 *
 * @param inputs paths as given on the command line (they become {@code Source.file}, with forward slashes)
 * @param bank   the bank folder (created if missing)
 * @param format importer name to force, or null to detect each file's format
 * @param restoreDeleted add again the source questions a curator deleted from the bank ({@code bank/deleted.yaml})
 */
public record ImportRequest(List<String> inputs, Path bank, String format, boolean restoreDeleted) {
    public ImportRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(bank, "bank");
    }

    public ImportRequest(List<String> inputs, Path bank, String format) {
        this(inputs, bank, format, false);
    }
}
