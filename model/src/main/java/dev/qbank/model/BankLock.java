package dev.qbank.model;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps two writers (imports, {@code qbank dedup} decisions) from interleaving their writes to one bank: an OS file
 * lock on {@code BANK/.lock}, taken without waiting. The second import fails at once with a message naming the bank
 * (exit 2), instead of blocking behind a long import. The lock dies with the process, so a killed import never leaves
 * the bank locked; the file itself stays (removing it would race with a process that just opened it: that one would
 * then lock a file no longer in the folder while a third locks a new one, and two would write). So that it is not
 * committed with the bank, the import that creates a bank folder writes the folder's own {@code .gitignore} listing
 * it and the staging folder of a change being written ({@link #GITIGNORE}).
 *
 * <p>Readers take it only to recover an interrupted change ({@link BankStore#recover}): the process remembers which
 * banks it holds, so a writer's own reads recover under its lock, and a reader in another process that finds the
 * lock held leaves the writer's staged change alone.
 */
public final class BankLock implements AutoCloseable {
    public static final String FILE = ".lock";
    /** The bank folder's own ignore file, written when qbank creates the folder; qbank owns the folder. */
    public static final String IGNORE_FILE = ".gitignore";
    static final String GITIGNORE = """
            # Written by qbank when it created this bank: the lock a writing command holds, and a change being
            # written (the next command finishes or discards it). Neither belongs in git.
            %s
            %s/
            """.formatted(FILE, BankTransaction.STAGING);

    /** The banks this process holds locked (absolute, normalised roots). */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    /** The bank folder this lock was taken on, when taking it created the folder (else null). */
    private Path createdBank;

    private BankLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        HELD.add(key);
    }

    /** Locks the bank at {@code root}, creating the folder if needed; fails at once if it is locked. */
    public static BankLock acquire(Path root) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw QbankException.usage("io", root.toString(), "the bank must be a folder, and this is a file; "
                    + "choose another --bank");
        }
        boolean creating = !Files.exists(root);
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw QbankException.usage("io", root.toString(), "cannot create or lock the bank folder: " + e.getMessage());
        }
        BankLock lock = tryAcquire(root);
        if (lock == null) {
            throw QbankException.usage("locked", root.toString(), "the bank is locked: another qbank command "
                    + "(an import, or a 'qbank dedup' decision) is writing it; wait for it to finish and run this again");
        }
        if (creating) {
            // under the lock: of two commands that both found no folder, the one that lost the lock writes nothing
            lock.createdBank = root;
            writeIgnoreFile(root, lock);
        }
        return lock;
    }

    private static void writeIgnoreFile(Path root, BankLock lock) {
        Path file = root.resolve(IGNORE_FILE);
        try {
            if (!Files.exists(file)) {
                AtomicFiles.writeString(file, GITIGNORE);
            }
        } catch (IOException e) {
            lock.close();
            throw QbankException.usage("io", file.toString(), "cannot write the new bank's .gitignore: "
                    + e.getMessage());
        }
    }

    /**
     * Removes the bank folder that taking this lock created, with its lock and ignore files, when nothing else was
     * written to it (a command that failed leaves no trace, and the next starts from the same place). Only the holder
     * removes it: a command that found the folder locked never touches the file another holds.
     */
    public void removeNewBankIfEmpty() {
        if (createdBank == null) {
            return;
        }
        Path ignore = createdBank.resolve(IGNORE_FILE);
        try (var files = Files.list(createdBank)) {
            if (files.anyMatch(f -> !f.getFileName().toString().equals(FILE) && !f.equals(ignore))
                    || Files.isRegularFile(ignore) && !Files.readString(ignore).equals(GITIGNORE)) {
                return;
            }
            Files.deleteIfExists(ignore);
            Files.deleteIfExists(createdBank.resolve(FILE));
            Files.deleteIfExists(createdBank);
        } catch (IOException e) {
            // not empty after all (or not ours to remove): leave it
        }
    }

    /** Locks the existing bank folder {@code root}, or returns null at once when someone else holds it. */
    static BankLock tryAcquire(Path root) {
        FileChannel channel;
        try {
            channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw QbankException.usage("io", root.toString(), "cannot create or lock the bank folder: " + e.getMessage());
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it under another name of the folder
        } catch (IOException e) {
            closeQuietly(channel);
            throw QbankException.usage("io", root.toString(), "cannot lock the bank: " + e.getMessage());
        }
        if (lock == null) {
            closeQuietly(channel);
            return null;
        }
        return new BankLock(key(root), channel, lock);
    }

    /** Whether this process holds the lock of the bank at {@code root}. */
    static boolean heldHere(Path root) {
        return HELD.contains(key(root));
    }

    private static Path key(Path root) {
        return root.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        HELD.remove(key);
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through this channel; the OS releases the lock with it
        }
    }
}
