package dev.qbank.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One all-or-nothing change to a bank folder, safe against a crash or {@code kill -9} at any point.
 *
 * <p>Protocol: every new file is written into {@code .staging/} as soon as it is given ({@link #write}), so a
 * change of a million files never holds their bytes in memory; then {@link #commit} writes a journal listing the
 * renames and deletions and atomically renames it to {@code .staging/journal} - that rename is the commit point;
 * then the renames and deletions are carried out and the staging folder removed. Whoever opens the bank next calls
 * {@link #recover(Path)}: with no journal, staged files are discarded (the bank is as before the change); with a
 * journal, the remaining steps are redone (the bank is as after it). Either way no reader ever needs to see a bank
 * that is half old and half new once recovery has run.
 *
 * <p>A folder that does not exist yet (the {@code questions/} of a new bank) is staged whole, under its own name in
 * {@code .staging/tree/}, and journalled as one folder rename ({@code R}) instead of one rename per file: a first
 * import of a million questions creates each file once, and renames once.
 *
 * <p>{@link #write} and {@link #delete} may be called from several threads at once (files are serialised and staged
 * in parallel); {@link #commit} is called once, after them.
 */
public final class BankTransaction {
    public static final String STAGING = ".staging";
    static final String JOURNAL = "journal";
    /** Inside the staging folder: new top-level folders, staged whole. */
    static final String TREE = "tree";

    private final Path root;
    /** Target path → staged file (inside the staging folder), for files staged one by one. */
    private final Map<String, String> staged = new LinkedHashMap<>();
    /** Targets inside a new folder staged whole (see the class comment). */
    private final Set<String> inNewFolders = new LinkedHashSet<>();
    private final Set<String> deletions = new LinkedHashSet<>();
    /** Top-level folders that did not exist when this change started, and so are staged whole. */
    private final Map<String, Boolean> newFolder = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile Path staging;
    /** Folders inside the staging tree already created (creating a folder that exists costs an exception). */
    private final Set<Path> createdFolders = ConcurrentHashMap.newKeySet();

    BankTransaction(Path root) {
        this.root = root;
    }

    /** Finishes any interrupted change and creates the staging folder, once, before the first file is staged. */
    private Path staging() throws IOException {
        Path s = staging;
        if (s == null) {
            synchronized (this) {
                if (staging == null) {
                    recover(root);
                    staging = Files.createDirectories(root.resolve(STAGING));
                }
                s = staging;
            }
        }
        return s;
    }

    /**
     * Writes {@code content} to {@code relativePath} (e.g. {@code questions/q-1.yaml}) at commit. The file is staged
     * at once; content equal to the file on disk is not staged at all, so an unchanged re-import touches nothing.
     */
    public BankTransaction write(String relativePath, String content) {
        return write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #write(String, String)} for bytes. */
    public BankTransaction write(String relativePath, byte[] content) {
        return stage(checked(relativePath), to -> Files.write(to, content), target -> sameBytes(target, content));
    }

    /**
     * Copies the file {@code from} (any bytes, e.g. an image) to {@code relativePath} at commit. The file is staged
     * (streamed, never held in memory) at once; a target that already holds the same bytes is left alone.
     */
    public BankTransaction copy(String relativePath, Path from) {
        return stage(checked(relativePath), to -> Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING),
                target -> Files.isRegularFile(target) && Files.mismatch(target, from) == -1);
    }

    private interface Filler {
        void fill(Path staged) throws IOException;
    }

    private interface SameCheck {
        boolean same(Path target) throws IOException;
    }

    private BankTransaction stage(String rel, Filler filler, SameCheck unchanged) {
        try {
            Path stagingDir = staging();
            String top = topFolder(rel);
            if (top != null && newFolder.computeIfAbsent(top, t -> !Files.exists(root.resolve(t)))) {
                Path to = stagingDir.resolve(TREE).resolve(rel);
                // Remembered only once it exists: another thread must not write into a folder still being made.
                if (!createdFolders.contains(to.getParent())) {
                    Files.createDirectories(to.getParent());
                    createdFolders.add(to.getParent());
                }
                filler.fill(to);
                synchronized (this) {
                    deletions.remove(rel);
                    inNewFolders.add(rel);
                }
                return this;
            }
            if (unchanged.same(root.resolve(rel))) {
                synchronized (this) {
                    deletions.remove(rel);
                    staged.remove(rel);
                }
                return this;
            }
            String name = counter.getAndIncrement() + ".new";
            filler.fill(stagingDir.resolve(name));
            synchronized (this) {
                deletions.remove(rel);
                staged.put(rel, name);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code relativePath} at commit (no error if it does not exist). */
    public BankTransaction delete(String relativePath) {
        String rel = checked(relativePath);
        boolean wasNew;
        synchronized (this) {
            staged.remove(rel);
            wasNew = inNewFolders.remove(rel);
            deletions.add(rel);
        }
        if (wasNew) {
            try {
                Files.deleteIfExists(staging.resolve(TREE).resolve(rel));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /**
     * Applies the change.
     *
     * @return how many files were written or deleted
     */
    public synchronized int commit() throws IOException {
        Path stagingDir = staging();
        List<String> journal = new ArrayList<>();
        int files = staged.size() + inNewFolders.size();
        Set<String> folders = new LinkedHashSet<>();
        for (String rel : inNewFolders) {
            folders.add(topFolder(rel));
        }
        for (String folder : folders) {
            journal.add("R\t" + TREE + "/" + folder + "\t" + folder);
        }
        for (Map.Entry<String, String> w : staged.entrySet()) {
            journal.add("M\t" + w.getValue() + "\t" + w.getKey());
        }
        for (String d : deletions) {
            if (Files.exists(root.resolve(d))) {
                journal.add("D\t" + d);
                files++;
            }
        }
        if (journal.isEmpty()) {
            deleteTree(stagingDir);
            return 0;
        }
        Path tempJournal = stagingDir.resolve(JOURNAL + ".tmp");
        Files.write(tempJournal, String.join("\n", journal).getBytes(StandardCharsets.UTF_8));
        CommitGate.commit(() -> AtomicFiles.moveIntoPlace(tempJournal, stagingDir.resolve(JOURNAL))); // the commit point
        replay(root, journal);
        CommitGate.written();
        deleteTree(stagingDir);
        return files;
    }

    /** The first folder of a path with more than one part ({@code questions} of {@code questions/q-1.yaml}). */
    private static String topFolder(String rel) {
        int slash = rel.indexOf('/');
        return slash > 0 ? rel.substring(0, slash) : null;
    }

    /**
     * True when {@code file} holds exactly {@code content}. One open and one or two reads: at most
     * {@code content.length + 1} bytes are read, so a longer file differs without being read whole. (A re-import of
     * a big bank asks this for every question; a separate size check would cost a stat per file.)
     */
    private static boolean sameBytes(Path file, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(content.length + 1);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read until the buffer is full or the file ends
            }
            return buf.position() == content.length
                    && Arrays.equals(buf.array(), 0, content.length, content, 0, content.length);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Finishes or discards a change that a crash interrupted (see the class comment). Cheap when there is nothing
     * to do: one {@code exists} check.
     */
    public static void recover(Path root) throws IOException {
        Path staging = root.resolve(STAGING);
        if (!Files.exists(staging)) {
            return;
        }
        Path journal = staging.resolve(JOURNAL);
        if (Files.isRegularFile(journal)) {
            replay(root, Files.readAllLines(journal, StandardCharsets.UTF_8));
        }
        deleteTree(staging);
    }

    private static void replay(Path root, List<String> journal) throws IOException {
        Path staging = root.resolve(STAGING);
        for (String line : journal) {
            String[] parts = line.split("\t");
            if (parts.length == 3 && parts[0].equals("M")) {
                Path from = staging.resolve(parts[1]);
                if (Files.isRegularFile(from) && isInside(root, parts[2])) {
                    Path to = root.resolve(parts[2]);
                    Files.createDirectories(to.getParent());
                    AtomicFiles.moveIntoPlace(from, to);
                }
            } else if (parts.length == 3 && parts[0].equals("R")) {
                // A whole new folder; once renamed, its staged copy is gone and replaying skips it.
                Path from = staging.resolve(parts[1]);
                Path to = root.resolve(parts[2]);
                if (Files.isDirectory(from) && isInside(staging, parts[1]) && isInside(root, parts[2])) {
                    if (!Files.exists(to)) {
                        Files.createDirectories(to.getParent());
                        AtomicFiles.moveIntoPlace(from, to);
                    } else {
                        moveEachFile(from, to); // the folder appeared after all: fall back to file by file
                    }
                }
            } else if (parts.length == 2 && parts[0].equals("D") && isInside(root, parts[1])) {
                Files.deleteIfExists(root.resolve(parts[1]));
            }
        }
    }

    private static void moveEachFile(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            AtomicFiles.moveIntoPlace(f, target);
        }
    }

    private static String checked(String relativePath) {
        String rel = relativePath.replace('\\', '/');
        if (!isInside(Path.of("/bank"), rel) || rel.startsWith(STAGING)) {
            throw new IllegalArgumentException("not a path inside the bank: " + relativePath);
        }
        return rel;
    }

    static boolean isInside(Path root, String rel) {
        Path p = Path.of(rel);
        // Absolute first: a bank given as "." (or "a/..") normalises to the empty path, which no path starts with,
        // so every staged file of a "--bank=." change was skipped while the command reported it written.
        Path base = root.toAbsolutePath().normalize();
        return !p.isAbsolute() && base.resolve(p).normalize().startsWith(base)
                && !rel.contains("..") && !rel.isEmpty();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
