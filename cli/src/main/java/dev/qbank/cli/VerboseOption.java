package dev.qbank.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: mixed into every command; the only way to see a stack trace. */
public final class VerboseOption {
    static volatile boolean verbose;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    void setVerbose(boolean v) {
        verbose = v;
    }
}
