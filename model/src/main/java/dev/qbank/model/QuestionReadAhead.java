package dev.qbank.model;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The iterator behind {@link BankStore#stream()}: question files are parsed in batches on a small pool of daemon
 * threads, with a fixed number of batches in flight, and handed out in file order. Memory is bounded by
 * {@code BATCH * IN_FLIGHT} questions, not by the size of the bank.
 */
final class QuestionReadAhead implements Iterator<Question> {
    /** Files per task: large enough that scheduling costs nothing next to YAML parsing, small enough to bound memory. */
    static final int BATCH = 256;

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    /** One parsed batch: its questions (null where a file was bad) and the problems found. */
    private record Batch(Question[] questions, List<Diagnostic> problems) {
    }

    private final BankStore store;
    private final List<Path> files;
    private final int inFlight;
    private final ExecutorService pool;
    private final Deque<CompletableFuture<Batch>> pending = new ArrayDeque<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private int nextFile;
    private Question[] current = new Question[0];
    private int index;
    private Question next;

    private QuestionReadAhead(BankStore store, List<Path> files) {
        this.store = store;
        this.files = files;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        // a couple of batches per thread keeps every thread busy while the consumer drains the oldest one
        this.inFlight = threads * 4;
        int poolNo = POOL_NUMBER.incrementAndGet();
        AtomicInteger threadNo = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "qbank-read-" + poolNo + "-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    static Stream<Question> stream(BankStore store, List<Path> files) {
        QuestionReadAhead it = new QuestionReadAhead(store, files);
        Spliterator<Question> split = Spliterators.spliterator(it, files.size(),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(it::close);
    }

    private void fill() {
        while (pending.size() < inFlight && nextFile < files.size()) {
            List<Path> slice = files.subList(nextFile, Math.min(files.size(), nextFile + BATCH));
            nextFile += slice.size();
            pending.add(CompletableFuture.supplyAsync(() -> parse(slice), pool));
        }
    }

    private Batch parse(List<Path> slice) {
        Question[] out = new Question[slice.size()];
        List<Diagnostic> bad = new ArrayList<>(0);
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = store.read(slice.get(i));
            } catch (QbankException e) {
                bad.addAll(e.diagnostics());
            }
        }
        return new Batch(out, bad);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (index < current.length) {
                next = current[index++];
                continue;
            }
            fill();
            CompletableFuture<Batch> head = pending.poll();
            if (head == null) {
                close();
                if (!problems.isEmpty()) {
                    List<Diagnostic> sorted = new ArrayList<>(problems);
                    problems.clear();
                    sorted.sort(Comparator.comparing(Diagnostic::file));
                    throw new QbankException(sorted, QbankException.EXIT_FINDINGS);
                }
                return false;
            }
            Batch batch = Futures.join(head);
            problems.addAll(batch.problems());
            current = batch.questions();
            index = 0;
            fill();
        }
        return true;
    }


    @Override
    public Question next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Question q = next;
        next = null;
        return q;
    }

    void close() {
        pending.forEach(f -> f.cancel(false));
        pending.clear();
        pool.shutdownNow();
    }
}
