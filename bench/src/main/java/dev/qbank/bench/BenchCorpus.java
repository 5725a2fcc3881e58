package dev.qbank.bench;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Importer;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Question;
import dev.qbank.model.QuestionIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Realistic questions for the JMH benchmarks: a {@link SyntheticBankGenerator} bank (fixed seed, so every run
 * measures the same data) read back by the real importers, in source order, each with the id the import would
 * give it. Parsing the five seed shapes, rather than building records by hand, gives the benchmarks the same
 * mixture of short and long texts, Markdown answers and sources that a real import produces.
 */
public final class BenchCorpus {
    /** The seed every benchmark uses. */
    public static final long SEED = 42;
    /**
     * Questions per generated file. Fixed (not derived from n) so that the first k questions are the same
     * whatever n is: the generator's random stream does not depend on the file layout then.
     */
    private static final int PER_FILE = 1000;

    private BenchCorpus() {
    }

    /** The first {@code n} questions of the seed-42 synthetic bank, parsed, with ids; about 20% are paraphrases. */
    public static List<Question> questions(int n) {
        Path dir;
        try {
            dir = Files.createTempDirectory("qbank-jmh-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<Path> files = new SyntheticBankGenerator(n, SEED, PER_FILE).write(dir);
            FormatDetector detector = new FormatDetector(ImporterRegistry.standard());
            List<Question> out = new ArrayList<>(n);
            Set<String> taken = new HashSet<>();
            for (Path file : files) {
                // Named as `qbank import synthetic/` would name it. (A bare "00000_table.txt" would also be
                // realistic, but the fast question-file reader leaves every digit-led plain scalar to the general
                // parser, so the read benchmarks would only measure that refusal.)
                SourceDocument doc = SourceDocument.load(file, "synthetic/" + file.getFileName());
                Importer importer = detector.detect(doc).importer();
                importer.read(doc, q -> {
                    String id = QuestionIds.assign(q.sources().get(0), taken);
                    taken.add(id);
                    out.add(q.withId(id));
                }, w -> { });
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(dir);
        }
    }

    /** Deletes {@code dir} and everything in it (the benchmarks' generated files). */
    public static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
