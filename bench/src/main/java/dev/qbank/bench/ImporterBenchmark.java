package dev.qbank.bench;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Importer;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one source file, the readers' half of an import (in a 1M import the two reader threads are about 40 % of
 * the Java CPU): a {@link SyntheticBankGenerator} file of {@value #QUESTIONS} questions in one of the five seed
 * shapes, or of {@value #JSON_QUESTIONS} in a minified JSON file on one line ({@code json}, as an API returns it),
 * read by the importer the detector picks, as {@code qbank import} does. The time is per file; the questions are
 * counted so that nothing is optimised away.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ImporterBenchmark {
    /** Questions in the file read: the size of one file of the 1M benchmark bank. */
    public static final int QUESTIONS = 20_000;
    /**
     * Questions in the one-line JSON file: a few thousand, as an API's export holds. Enough for a cost that grows
     * with the line's length (imp22's column counting, fixed in 4a64c86) to stand out against the other shapes.
     */
    public static final int JSON_QUESTIONS = 5_000;
    /** The generator writes the five shapes in this order, one file each. */
    private static final List<String> SHAPES = List.of("table", "chapters", "qa", "notion", "numbered");

    @Param({"table", "chapters", "qa", "notion", "numbered", "json"})
    public String shape;

    private Path dir;
    private SourceDocument doc;
    private Importer importer;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("qbank-jmh-import-");
        Path file = shape.equals("json")
                ? new SyntheticBankGenerator(JSON_QUESTIONS, BenchCorpus.SEED, JSON_QUESTIONS)
                        .writeOneLineJson(dir.resolve("00000_json.json"))
                : new SyntheticBankGenerator(SHAPES.size() * QUESTIONS, BenchCorpus.SEED, QUESTIONS).write(dir)
                        .get(SHAPES.indexOf(shape));
        doc = SourceDocument.load(file, "synthetic/" + file.getFileName());
        importer = new FormatDetector(ImporterRegistry.standard()).detect(doc).importer();
        if (!importer.name().equals(shape)) {
            throw new IllegalStateException(file + " detected as " + importer.name() + ", not " + shape);
        }
    }

    @TearDown(Level.Trial)
    public void delete() {
        BenchCorpus.deleteTree(dir);
    }

    /**
     * Warnings of the last read (the chapters shape opens with a preamble and ends with a truncation mark, as its
     * seed does).
     */
    long warnings;

    /** The questions of the file, counted. */
    @Benchmark
    public long read() {
        long[] count = {0, 0};
        importer.read(doc, (Question q) -> count[0]++, w -> count[1]++);
        warnings = count[1];
        return count[0];
    }
}
