package dev.qbank.schema;

import dev.qbank.model.Diagnostic;
import java.util.List;

/**
 * What one {@code qbank validate} run found.
 *
 * @param filesChecked how many files were read (question files and manifests)
 * @param diagnostics  every finding, file by file in the order checked, each file's in line order
 */
public record ValidationReport(int filesChecked, List<Diagnostic> diagnostics) {
    /** Diagnostic code for a file that could not be read (permissions, a folder named like a file). */
    public static final String IO = "io";

    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    /** True when a file could not be read at all: an I/O problem rather than a finding about content. */
    public boolean hasIoErrors() {
        return diagnostics.stream().anyMatch(d -> d.code().equals(IO));
    }
}
