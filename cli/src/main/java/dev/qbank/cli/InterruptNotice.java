package dev.qbank.cli;

import dev.qbank.model.BankTransaction;
import dev.qbank.model.CommitGate;
import dev.qbank.model.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * While an import runs, a Ctrl-C (SIGINT, or a SIGTERM) says in one line on standard error that the import was
 * interrupted and what that left of the bank; the JVM then exits with 130 (143 for SIGTERM) as it does for any
 * signal. Without it the import stopped without a word, and the user could not tell whether the bank had changed.
 * The hook is safe because it only prints: it shuts {@link CommitGate} first, so the bank cannot pass its commit
 * point after the line was decided, and it writes nothing to the bank.
 */
final class InterruptNotice implements AutoCloseable {
    private final Thread hook;

    private InterruptNotice(Thread hook) {
        this.hook = hook;
    }

    static InterruptNotice whileImporting(Path bank, PrintWriter err) {
        Thread hook = new Thread(() -> {
            err.println(Diagnostic.error("interrupted", bank.toString(), 0, 0, message(bank, CommitGate.stop()))
                    .format());
            err.flush();
        }, "qbank-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        return new InterruptNotice(hook);
    }

    static String message(Path bank, CommitGate.Stage stage) {
        Path staging = bank.resolve(BankTransaction.STAGING);
        return switch (stage) {
            case NOTHING_COMMITTED -> "the import was interrupted before it changed the bank: the bank is as it was"
                    + " (anything it had staged in " + staging + " is discarded by the next qbank command); run it again";
            case COMMITTED -> "the import was interrupted while it wrote its change: the change is whole in " + staging
                    + ", and the next qbank command (import, validate, export, dedup) finishes writing it, after"
                    + " which the bank holds the whole import";
            case WRITTEN -> "the import was interrupted after it wrote its change: the bank holds the whole import";
        };
    }

    /** The import is over (done or failed): a later exit is no interruption. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running or has run, which is what it is for
        }
    }
}
