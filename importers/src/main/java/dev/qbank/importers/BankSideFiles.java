package dev.qbank.importers;

import dev.qbank.importers.dedup.Decisions;
import dev.qbank.importers.dedup.Glossary;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The files beside a bank's questions that import and dedup read ({@code decisions.yaml}, {@code glossary.yaml},
 * {@code deleted.yaml}), checked with the very readers that use them, so {@code qbank validate} refuses in CI what
 * the next import would refuse, instead of a contributor's broken edit failing the maintainer's import.
 */
public final class BankSideFiles {
    private BankSideFiles() {
    }

    /** What reading each side file of {@code bankRoot} would report; empty when all read (or are absent). */
    public static List<Diagnostic> check(Path bankRoot) {
        List<Diagnostic> found = new ArrayList<>();
        Consumer<Runnable> read = reader -> {
            try {
                reader.run();
            } catch (QbankException e) {
                found.addAll(e.diagnostics());
            }
        };
        read.accept(() -> Decisions.read(bankRoot));
        if (Files.isRegularFile(bankRoot.resolve(BankStore.GLOSSARY))) {
            // without a bank glossary forBank would only build the built-in one, which needs no checking
            read.accept(() -> Glossary.forBank(bankRoot));
        }
        read.accept(() -> DeletedSources.read(bankRoot));
        return found;
    }
}
