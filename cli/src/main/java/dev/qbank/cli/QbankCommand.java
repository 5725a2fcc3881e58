package dev.qbank.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code qbank} command: only help and version; the work is in its subcommands. */
@Command(name = "qbank",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns scattered interview-question banks into one clean, validated, deduplicated bank "
                + "and publishes it to Anki, Excel, Markdown and JSON.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success, no findings",
                "  1  findings: invalid input, invalid bank, validation errors",
                "  2  usage or I/O error: bad arguments, missing or unreadable paths, bank locked",
                "  3  internal error (a bug: please report it with the output of --verbose)"})
public final class QbankCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
