package dev.qbank.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point. {@link #run} is the whole CLI as a function (tests call it and get the exit code); {@link #main}
 * only wires it to the process.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The schema validator logs through SLF4J and no backend is bundled: without this, SLF4J warns about the
        // missing backend on stderr, in the middle of qbank's own one-line-per-problem output.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one qbank command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new QbankCommand());
        // Subcommands, one line each:
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new ExportCommand());
        cl.addSubcommand(new DedupCommand());
        cl.addSubcommand(new ValidateCommand());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler(ErrorReporter::usageError);
        return cl;
    }
}
