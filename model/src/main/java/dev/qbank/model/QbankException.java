package dev.qbank.model;

import java.util.List;

/**
 * A failure the user caused and can fix (bad input, missing file, invalid bank). Carries the diagnostics to print;
 * the CLI prints them as one line each and exits with {@link #exitCode()}, never with a stack trace.
 */
public class QbankException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit code for bad content: findings, unparseable or invalid input. */
    public static final int EXIT_FINDINGS = 1;
    /** Exit code for usage and I/O errors: wrong arguments, missing or unreadable paths. */
    public static final int EXIT_USAGE = 2;

    private final transient List<Diagnostic> diagnostics;
    private final int exitCode;

    public QbankException(List<Diagnostic> diagnostics, int exitCode) {
        super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
        this.exitCode = exitCode;
    }

    public QbankException(Diagnostic diagnostic) {
        this(List.of(diagnostic), EXIT_FINDINGS);
    }

    /** An I/O or usage problem that has no line: exits 2. */
    public static QbankException usage(String code, String file, String message) {
        return new QbankException(List.of(Diagnostic.error(code, file, 0, 0, message)), EXIT_USAGE);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public int exitCode() {
        return exitCode;
    }
}
