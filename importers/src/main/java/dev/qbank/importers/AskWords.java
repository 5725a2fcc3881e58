package dev.qbank.importers;

import dev.qbank.importers.dedup.Glossary;
import java.util.function.Supplier;

/**
 * The asks written as an instruction ({@code 解释过拟合}, {@code 简述 BN 的作用}, {@code Explain dropout}: the
 * glossary's {@code imperatives}) that tell an importer a line asks where it has no question mark: a Word table's
 * left cell, a question's parts. During an import they are the bank's glossary's ({@code bank/glossary.yaml} extends
 * the built-in one): an ask word a curator adds for dedup is an ask word for reading a file too, and one file of
 * them serves both. The import sets it once for every file it reads ({@link FileReader}); importers ask here rather
 * than each being handed the glossary. Outside an import (tests, the fuzz corpus) the built-in glossary's.
 */
public final class AskWords {
    /** The glossary of the import reading a file on this thread ({@link FileReader} reads each file on one thread). */
    private static final ThreadLocal<Glossary> READING = new ThreadLocal<>();

    private AskWords() {
    }

    /** Whether {@code text} opens with an imperative of the glossary in use and goes on to name what it asks about. */
    public static boolean opensWithImperative(String text) {
        Glossary g = READING.get();
        return (g != null ? g : Glossary.builtIn()).opensWithImperative(text);
    }

    /** What {@code read} returns, with {@code glossary}'s imperatives the ask words while it runs on this thread. */
    static <T> T during(Glossary glossary, Supplier<T> read) {
        Glossary before = READING.get();
        READING.set(glossary);
        try {
            return read.get();
        } finally {
            if (before == null) {
                READING.remove();
            } else {
                READING.set(before);
            }
        }
    }
}
