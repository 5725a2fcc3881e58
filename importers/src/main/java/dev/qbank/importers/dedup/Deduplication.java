package dev.qbank.importers.dedup;

import java.nio.file.Path;

/** Builds the duplicate index the import pipeline uses for a bank (its glossary and remembered decisions). */
public final class Deduplication {
    private Deduplication() {
    }

    /** The index for the bank at {@code bankRoot} (which may not exist yet). */
    public static DuplicateIndex forBank(Path bankRoot) {
        return new ConceptIndex(new QuestionAnalyzer(Glossary.forBank(bankRoot)), Decisions.read(bankRoot));
    }

    /** The index for the given glossary and decisions (tests, and callers that already loaded them). */
    public static DuplicateIndex index(Glossary glossary, Decisions decisions) {
        return new ConceptIndex(new QuestionAnalyzer(glossary), decisions);
    }
}
