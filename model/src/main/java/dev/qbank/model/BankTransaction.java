package dev.qbank.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One all-or-nothing change to a bank folder, safe against a crash or {@code kill -9} at any point.
 *
 * <p>Protocol: every new file is written into {@code .staging/}; then a journal listing the renames and deletions
 * is written and atomically renamed to {@code .staging/journal} - that rename is the commit point; then the renames
 * and deletions are carried out and the staging folder removed. Whoever opens the bank next calls
 * {@link #recover(Path)}: with no journal, staged files are discarded (the bank is as before the change); with a
 * journal, the remaining steps are redone (the bank is as after it). Either way no reader ever needs to see a bank
 * that is half old and half new once recovery has run.
 */
public final class BankTransaction {
    static final String STAGING = ".staging";
    static final String JOURNAL = "journal";

    private final Path root;
    private final Map<String, byte[]> writes = new LinkedHashMap<>();
    /** Files copied in at commit (media): streamed from their source, never held in memory. */
    private final Map<String, Path> copies = new LinkedHashMap<>();
    private final Set<String> deletions = new LinkedHashSet<>();

    BankTransaction(Path root) {
        this.root = root;
    }

    /** Writes {@code content} to {@code relativePath} (e.g. {@code questions/q-1.yaml}) at commit. */
    public BankTransaction write(String relativePath, String content) {
        String rel = checked(relativePath);
        deletions.remove(rel);
        copies.remove(rel);
        writes.put(rel, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * Copies the file {@code from} (any bytes, e.g. an image) to {@code relativePath} at commit. The source is read
     * at commit time; a target that already holds the same bytes is left alone.
     */
    public BankTransaction copy(String relativePath, Path from) {
        String rel = checked(relativePath);
        deletions.remove(rel);
        writes.remove(rel);
        copies.put(rel, from);
        return this;
    }

    /** Deletes {@code relativePath} at commit (no error if it does not exist). */
    public BankTransaction delete(String relativePath) {
        String rel = checked(relativePath);
        writes.remove(rel);
        copies.remove(rel);
        deletions.add(rel);
        return this;
    }

    /**
     * Applies the change. Writes whose bytes equal the file on disk are skipped, so an unchanged re-import touches
     * nothing.
     *
     * @return how many files were written or deleted
     */
    public int commit() throws IOException {
        recover(root);
        Path staging = root.resolve(STAGING);
        Files.createDirectories(staging);
        List<String> journal = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, byte[]> w : writes.entrySet()) {
            Path target = root.resolve(w.getKey());
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), w.getValue())) {
                continue;
            }
            String staged = (n++) + ".new";
            Files.write(staging.resolve(staged), w.getValue());
            journal.add("M\t" + staged + "\t" + w.getKey());
        }
        for (Map.Entry<String, Path> c : copies.entrySet()) {
            Path target = root.resolve(c.getKey());
            if (Files.isRegularFile(target) && Files.mismatch(target, c.getValue()) == -1) {
                continue;
            }
            String staged = (n++) + ".new";
            Files.copy(c.getValue(), staging.resolve(staged));
            journal.add("M\t" + staged + "\t" + c.getKey());
        }
        for (String d : deletions) {
            if (Files.exists(root.resolve(d))) {
                journal.add("D\t" + d);
            }
        }
        if (journal.isEmpty()) {
            deleteTree(staging);
            return 0;
        }
        Path tempJournal = staging.resolve(JOURNAL + ".tmp");
        Files.write(tempJournal, String.join("\n", journal).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.moveIntoPlace(tempJournal, staging.resolve(JOURNAL)); // the commit point
        replay(root, journal);
        deleteTree(staging);
        return journal.size();
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
            } else if (parts.length == 2 && parts[0].equals("D") && isInside(root, parts[1])) {
                Files.deleteIfExists(root.resolve(parts[1]));
            }
        }
    }

    private static String checked(String relativePath) {
        String rel = relativePath.replace('\\', '/');
        if (!isInside(Path.of("/bank"), rel) || rel.startsWith(STAGING)) {
            throw new IllegalArgumentException("not a path inside the bank: " + relativePath);
        }
        return rel;
    }

    private static boolean isInside(Path root, String rel) {
        Path p = Path.of(rel);
        return !p.isAbsolute() && root.resolve(p).normalize().startsWith(root.normalize())
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
