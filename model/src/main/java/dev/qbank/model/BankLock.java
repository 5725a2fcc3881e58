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
 * the bank locked; the file itself stays (removing it would race with a process that just opened it).
 *
 * <p>Readers take it only to recover an interrupted change ({@link BankStore#recover}): the process remembers which
 * banks it holds, so a writer's own reads recover under its lock, and a reader in another process that finds the
 * lock held leaves the writer's staged change alone.
 */
public final class BankLock implements AutoCloseable {
    public static final String FILE = ".lock";

    /** The banks this process holds locked (absolute, normalised roots). */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

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
        return lock;
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
