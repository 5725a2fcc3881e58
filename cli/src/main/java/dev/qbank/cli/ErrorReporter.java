package dev.qbank.cli;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one clear line per problem and a fixed exit code. A user-caused problem
 * ({@link QbankException}) never shows a stack trace; an unexpected one shows it only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof QbankException qe) {
            for (Diagnostic d : qe.diagnostics()) {
                err.println(d.format());
            }
            err.flush();
            return qe.exitCode();
        }
        if (ex instanceof UncheckedIOException || ex instanceof IOException) {
            err.println("qbank: I/O error: " + ex.getMessage());
            if (VerboseOption.verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println("qbank: internal error: " + ex + (VerboseOption.verbose ? "" : " (run with --verbose for details)"));
        if (VerboseOption.verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    static int usageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("qbank: " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
