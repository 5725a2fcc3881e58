package dev.qbank.model;

import dev.qbank.bench.BenchCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing one question file, what {@code validate} and every export do a million times. The files are
 * the ones {@link BankStore#commit} writes for the synthetic bank (a mixture of the five seed shapes).
 *
 * <p>It lives in the model's package because the fast reader ({@link CanonicalQuestionYaml}, through
 * {@link BankStore#readCanonical}) is package-private; on the class path the bench jar's classes of this package
 * share it with the model jar.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class QuestionYamlBenchmark {
    /** Files cycled through; a power of two so the cycling index is a mask. */
    public static final int FILES = 1024;

    Path bank;
    BankStore store;
    List<Path> files;
    String[] texts;
    Question[] questions;
    int next;

    @Setup(Level.Trial)
    public void writeBank() throws IOException {
        List<Question> corpus = BenchCorpus.questions(FILES);
        bank = Files.createTempDirectory("qbank-jmh-bank-");
        store = new BankStore(bank);
        store.commit(corpus, List.of(), null);
        files = store.questionFiles();
        if (files.size() != FILES) {
            throw new IllegalStateException("wrote " + files.size() + " question files, expected " + FILES);
        }
        texts = new String[FILES];
        questions = new Question[FILES];
        for (int i = 0; i < FILES; i++) {
            texts[i] = Files.readString(files.get(i), StandardCharsets.UTF_8);
            questions[i] = SafeYamlParser.read(texts[i], Question.class);
        }
    }

    @TearDown(Level.Trial)
    public void deleteBank() {
        BenchCorpus.deleteTree(bank);
    }

    /** For the run-once test: which file the next call takes. */
    public void setNext(int index) {
        next = index;
    }

    private int nextIndex() {
        return next++ & (FILES - 1);
    }

    /** The fast reader and binding, from text (what {@link BankStore#read} does after reading the file). */
    @Benchmark
    public Question readCanonical() {
        return BankStore.readCanonical(texts[nextIndex()]);
    }

    /** The general path: the strict YAML parser over Jackson's YAML mapper, from text (the fallback). */
    @Benchmark
    public Question readGeneral() {
        return SafeYamlParser.read(texts[nextIndex()], Question.class);
    }

    /** The public entry point end to end: the file from the (cached) disk, then the fast reader. */
    @Benchmark
    public Question readFile() {
        return store.read(files.get(nextIndex()));
    }

    /** The exact text {@link BankStore#commit} writes for a question. */
    @Benchmark
    public String write() {
        return BankStore.toYaml(questions[nextIndex()]);
    }
}
