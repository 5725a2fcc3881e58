package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader recovers an interrupted change only under the bank's lock: while another process (a writer) holds it, the
 * staging folder is that writer's change in progress, and reading the bank must leave it alone.
 */
class BankLockRecoveryTest {
    private static final String OLD = "old question\n";
    private static final String NEW = "new question\n";

    @TempDir
    Path bank;

    /** A journalled change: replaying it replaces questions/q/q-1.yaml with the staged file. */
    private Path stageJournalledChange() throws Exception {
        Files.createDirectories(bank.resolve("questions/q"));
        Files.writeString(bank.resolve("questions/q/q-1.yaml"), OLD);
        Path staging = Files.createDirectories(bank.resolve(BankTransaction.STAGING));
        Files.writeString(staging.resolve("0.new"), NEW);
        Files.writeString(staging.resolve(BankTransaction.JOURNAL), "M\t0.new\tquestions/q/q-1.yaml");
        return staging;
    }

    @Test
    @Timeout(60)
    void aReaderLeavesAJournalledChangeAloneWhileAnotherProcessHoldsTheLockAndRecoversItAfter() throws Exception {
        Path staging = stageJournalledChange();
        Process holder = holdLockInAnotherProcess();
        try {
            BankStore reader = new BankStore(bank);
            reader.readManifest();
            assertThat(reader.questionFiles()).containsExactly(bank.resolve("questions/q/q-1.yaml"));
            assertThat(Files.readString(staging.resolve("0.new"))).isEqualTo(NEW);
            assertThat(staging.resolve(BankTransaction.JOURNAL)).exists();
            assertThat(Files.readString(bank.resolve("questions/q/q-1.yaml"))).isEqualTo(OLD);
        } finally {
            release(holder);
        }
        // the writer is gone and its change still there: it crashed, and the next reader finishes it
        new BankStore(bank).questionFiles();
        assertThat(staging).doesNotExist();
        assertThat(Files.readString(bank.resolve("questions/q/q-1.yaml"))).isEqualTo(NEW);
    }

    @Test
    @Timeout(60)
    void aReaderLeavesAWritersStagedFilesAloneWhileAnotherProcessHoldsTheLock() throws Exception {
        Files.writeString(bank.resolve(BankStore.MANIFEST), "name: kept\n");
        Path staging = Files.createDirectories(bank.resolve(BankTransaction.STAGING));
        Files.writeString(staging.resolve("0.new"), NEW); // staged, no journal yet: the writer is still staging
        Process holder = holdLockInAnotherProcess();
        try {
            BankStore reader = new BankStore(bank);
            assertThat(reader.readManifest().name()).isEqualTo("kept");
            assertThat(reader.questionFiles()).isEmpty();
            reader.recover();
            assertThat(Files.readString(staging.resolve("0.new"))).isEqualTo(NEW);
        } finally {
            release(holder);
        }
    }

    @Test
    void withNoLockHeldAReaderRecoversTheCrashAndReleasesTheLock() throws Exception {
        Path staging = stageJournalledChange();
        new BankStore(bank).readManifest();
        assertThat(staging).doesNotExist();
        assertThat(Files.readString(bank.resolve("questions/q/q-1.yaml"))).isEqualTo(NEW);
        try (BankLock writer = BankLock.acquire(bank)) {
            assertThat(writer).isNotNull(); // the reader did not keep the lock
        }
    }

    @Test
    void aWriterRecoversACrashedChangeUnderItsOwnLock() throws Exception {
        Path staging = stageJournalledChange();
        try (BankLock writer = BankLock.acquire(bank)) {
            new BankStore(bank).recover();
            assertThat(staging).doesNotExist();
            assertThat(Files.readString(bank.resolve("questions/q/q-1.yaml"))).isEqualTo(NEW);
        }
    }

    private Process holdLockInAnotherProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldBankLock.class.getName(), bank.toString()).redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(line).as("the child holding the lock").isEqualTo("locked");
        return child;
    }

    private static void release(Process holder) throws Exception {
        holder.getOutputStream().close();
        assertThat(holder.waitFor()).isZero();
    }
}
