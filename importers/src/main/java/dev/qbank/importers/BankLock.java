package dev.qbank.importers;

import dev.qbank.model.QbankException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two writers (imports, {@code qbank dedup} decisions) from interleaving their writes to one bank: an OS file lock on {@code BANK/.lock}, taken
 * without waiting. The second import fails at once with a message naming the bank (exit 2), instead of blocking
 * behind a long import. The lock dies with the process, so a killed import never leaves the bank locked; the
 * file itself stays (removing it would race with a process that just opened it).
 */
public final class BankLock implements AutoCloseable {
    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private BankLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the bank at {@code root}, creating the folder if needed. */
    public static BankLock acquire(Path root) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw QbankException.usage("io", root.toString(), "the bank must be a folder, and this is a file; "
                    + "choose another --bank");
        }
        FileChannel channel;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw QbankException.usage("io", root.toString(), "cannot create or lock the bank folder: " + e.getMessage());
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw QbankException.usage("io", root.toString(), "cannot lock the bank: " + e.getMessage());
        }
        if (lock == null) {
            closeQuietly(channel);
            throw QbankException.usage("locked", root.toString(), "the bank is locked: another qbank command "
                    + "(an import, or a 'qbank dedup' decision) is writing it; wait for it to finish and run this again");
        }
        return new BankLock(channel, lock);
    }

    @Override
    public void close() {
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
