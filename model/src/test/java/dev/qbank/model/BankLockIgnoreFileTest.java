package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * curator42 (audit 41, 5): {@code bank/.lock} was committed by a maintainer's {@code git add -A}. The lock file must
 * stay (see {@link BankLock}), so the command that creates a bank folder writes the folder's own .gitignore listing
 * it and the staging folder; a bank that already exists is left as it is.
 */
class BankLockIgnoreFileTest {
    @TempDir
    Path tmp;

    @Test
    void aNewBankFolderIgnoresItsLockAndStagingFolder() throws Exception {
        Path bank = tmp.resolve("bank");
        try (BankLock lock = BankLock.acquire(bank)) {
            assertThat(bank.resolve(BankLock.FILE)).exists();
        }
        assertThat(Files.readAllLines(bank.resolve(".gitignore"))).contains(".lock", ".staging/");
        assertThat(bank.resolve(BankLock.FILE)).exists();
    }

    @Test
    void anExistingBankFolderGetsNoIgnoreFile() throws Exception {
        Path bank = Files.createDirectories(tmp.resolve("bank"));
        try (BankLock lock = BankLock.acquire(bank)) {
            lock.removeNewBankIfEmpty(); // not made by this lock: stays
        }
        assertThat(bank.resolve(".gitignore")).doesNotExist();
        assertThat(bank).exists();
    }

    @Test
    void aNewBankFolderLeftEmptyIsRemovedByItsHolderOnly() throws Exception {
        Path bank = tmp.resolve("bank");
        try (BankLock lock = BankLock.acquire(bank)) {
            lock.removeNewBankIfEmpty();
        }
        assertThat(bank).doesNotExist();

        try (BankLock lock = BankLock.acquire(bank)) {
            Files.writeString(bank.resolve(BankStore.MANIFEST), "schemaVersion: 1\n");
            lock.removeNewBankIfEmpty(); // something was written: kept, lock and ignore file with it
        }
        assertThat(bank.resolve(".gitignore")).exists();
        assertThat(bank.resolve(BankLock.FILE)).exists();
    }
}
