package dev.qbank.bench;

import dev.qbank.importers.dedup.Decisions;
import dev.qbank.importers.dedup.Deduplication;
import dev.qbank.importers.dedup.DuplicateIndex;
import dev.qbank.importers.dedup.Glossary;
import dev.qbank.model.Question;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The duplicate index, the inner loop of every import: one {@code findDuplicate} per incoming question, one
 * {@code add} per accepted one. Only the public entry points ({@link Deduplication#index}, {@link DuplicateIndex}),
 * so the benchmark measures whatever implementation is behind them.
 *
 * <p>The index holds the first {@code size} questions of the synthetic bank; the probes are the next
 * {@value #PROBES}, as a later import would bring them: about one in five is a planted paraphrase of an indexed
 * question, the rest are new. {@code findDuplicate} includes profiling the probe's text.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class DedupBenchmark {
    /** Probe questions per run; a power of two so the cycling index is a mask. */
    public static final int PROBES = 4096;

    /** The synthetic bank split into what is indexed and what is asked about. */
    @State(Scope.Benchmark)
    public static class Corpus {
        @Param({"10000", "100000"})
        public int size;

        List<Question> indexed;
        List<Question> probes;

        @Setup(Level.Trial)
        public void load() {
            List<Question> all = BenchCorpus.questions(size + PROBES);
            indexed = all.subList(0, size);
            probes = all.subList(size, size + PROBES);
        }

        DuplicateIndex newIndex() {
            DuplicateIndex index = Deduplication.index(Glossary.builtIn(), Decisions.none());
            indexed.forEach(index::add);
            return index;
        }
    }

    /** An index filled once per trial: {@code findDuplicate} does not change it. */
    @State(Scope.Benchmark)
    public static class Filled {
        DuplicateIndex index;
        int next;

        @Setup(Level.Trial)
        public void fill(Corpus corpus) {
            index = corpus.newIndex();
        }
    }

    /** An index filled afresh before every iteration, so the adds of one iteration do not pile up. */
    @State(Scope.Benchmark)
    public static class Fresh {
        DuplicateIndex index;

        @Setup(Level.Iteration)
        public void fill(Corpus corpus) {
            index = corpus.newIndex();
        }
    }

    @Benchmark
    public Optional<DuplicateIndex.Match> findDuplicate(Corpus corpus, Filled filled) {
        return filled.index.findDuplicate(corpus.probes.get(filled.next++ & (PROBES - 1)));
    }

    /**
     * Adds every probe to an index of {@code size}: one timed shot per iteration, divided by {@value #PROBES}.
     * (Timing single adds in a loop would grow the index without bound while it is measured.)
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OperationsPerInvocation(PROBES)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public DuplicateIndex add(Corpus corpus, Fresh fresh) {
        for (Question q : corpus.probes) {
            fresh.index.add(q);
        }
        return fresh.index;
    }
}
