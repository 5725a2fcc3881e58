package dev.qbank.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The file-system floor under {@code qbank import} and every command that reads a bank: the least work any program
 * must do to create, or to read, as many files of the same sizes as a bank holds, from both cores, with no YAML, no
 * parsing and no duplicate lookup. A bank keeps one file per question (curators edit and git merges them one by
 * one), so at a million questions this floor is a large part of the import's time, and it moves with the host's file
 * system and caches, not with qbank's code: {@code bench/run.sh} prints it next to the import so the two can be
 * compared within one run.
 *
 * <p>Usage: {@code FileSystemFloor create BANK TARGET} writes, under the new folder TARGET, one file per question
 * file of BANK (same byte count, filled with {@code a}, in sixteen folders as qbank shards them); {@code
 * FileSystemFloor read BANK} reads every question file of BANK once. Prints the file count and the milliseconds spent.
 */
public final class FileSystemFloor {
    private static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private FileSystemFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("create") && args.length == 3 || args[0].equals("read"))) {
            System.err.println("usage: FileSystemFloor create BANK TARGET | read BANK");
            System.exit(2);
        }
        Path questions = Path.of(args[1]).resolve("questions");
        List<Path> files = questionFiles(questions);
        long started = System.nanoTime();
        long bytes = args[0].equals("create") ? create(files, Path.of(args[2])) : read(files);
        System.out.printf("%s %d files, %d bytes: %d ms%n", args[0], files.size(), bytes,
                (System.nanoTime() - started) / 1_000_000);
    }

    static List<Path> questionFiles(Path questions) throws IOException {
        try (Stream<Path> walk = Files.walk(questions)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList();
        }
    }

    /** Creates one file per bank file, of the same size; both cores, each a share of the files, as qbank does. */
    static long create(List<Path> files, Path target) throws Exception {
        int[] sizes = new int[files.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = (int) Files.size(files.get(i)); // before the clock matters little: stat is cached by now
        }
        Files.createDirectory(target);
        for (int s = 0; s < 16; s++) {
            Files.createDirectory(target.resolve(Integer.toHexString(s)));
        }
        byte[] filler = new byte[sizes.length == 0 ? 0 : Arrays.stream(sizes).max().getAsInt()];
        Arrays.fill(filler, (byte) 'a');
        AtomicLong total = new AtomicLong();
        onEveryCore(sizes.length, i -> {
            Path file = target.resolve(Integer.toHexString(i & 15)).resolve("q-" + i + ".yaml");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(filler, 0, sizes[i]);
            }
            total.addAndGet(sizes[i]);
        });
        return total.get();
    }

    /** Reads every bank file once, whole, into a buffer of each thread's. */
    static long read(List<Path> files) throws Exception {
        AtomicLong total = new AtomicLong();
        ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[1 << 16]);
        onEveryCore(files.size(), i -> {
            byte[] buffer = buffers.get();
            long n = 0;
            try (InputStream in = Files.newInputStream(files.get(i))) {
                for (int r; (r = in.read(buffer)) > 0; ) {
                    n += r;
                }
            }
            total.addAndGet(n);
        });
        return total.get();
    }

    private interface FileTask {
        void run(int index) throws IOException;
    }

    /** Runs the task for 0..count-1, thread t taking t, t+THREADS, ... (no queue between them). */
    private static void onEveryCore(int count, FileTask task) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            Thread thread = new Thread(() -> {
                try {
                    for (int i = first; i < count; i += THREADS) {
                        task.run(i);
                    }
                } catch (IOException e) {
                    failures.add(new UncheckedIOException(e));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
