package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankTransactionTest {
    /**
     * {@code BankStore.commit} stages files from several threads. A folder of a new top-level folder must exist
     * before any thread writes into it (a race here once made imports fail with "no such file" now and then).
     */
    @Test
    void manyThreadsStagingIntoNewFoldersAtOnce(@TempDir Path root) throws Exception {
        for (int round = 0; round < 5; round++) {
            Path bank = root.resolve("bank" + round);
            BankTransaction tx = new BankTransaction(bank);
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(8);
            try {
                pool.submit(() -> java.util.stream.IntStream.range(0, 400).parallel().forEach(i ->
                        tx.write("questions/" + (i % 7) + "/q-" + i + ".yaml", "id: q-" + i + "\n"))).get();
            } finally {
                pool.shutdown();
            }
            assertThat(tx.commit()).isEqualTo(400);
            for (int i = 0; i < 400; i++) {
                assertThat(Files.readString(bank.resolve("questions/" + (i % 7) + "/q-" + i + ".yaml")))
                        .isEqualTo("id: q-" + i + "\n");
            }
            assertThat(bank.resolve(BankTransaction.STAGING)).doesNotExist();
        }
    }

    /** {@code qbank import --bank=.} run inside the bank: the root is ".", whose normal form is the empty path. */
    @Test
    void aBankGivenAsDotOrAsAPathBackToItsParentTakesItsFiles() {
        assertThat(BankTransaction.isInside(Path.of("."), "decisions.yaml")).isTrue();
        assertThat(BankTransaction.isInside(Path.of(""), "questions/q/q-1.yaml")).isTrue();
        assertThat(BankTransaction.isInside(Path.of("bank/.."), "bank.yaml")).isTrue();
        assertThat(BankTransaction.isInside(Path.of("."), "../bank.yaml")).isFalse();
    }

    @Test
    void stagedFilesWithoutJournalAreDiscardedOnRecovery(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("bank.yaml"), "old");
        Path staging = Files.createDirectories(root.resolve(".staging"));
        Files.writeString(staging.resolve("0.new"), "new");
        BankTransaction.recover(root);
        assertThat(Files.readString(root.resolve("bank.yaml"))).isEqualTo("old");
        assertThat(staging).doesNotExist();
    }

    @Test
    void journalledChangeIsRolledForwardOnRecovery(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("questions"));
        Files.writeString(root.resolve("questions/q-1.yaml"), "old");
        Files.writeString(root.resolve("questions/q-2.yaml"), "gone");
        Path staging = Files.createDirectories(root.resolve(".staging"));
        Files.writeString(staging.resolve("0.new"), "new");
        // as if killed right after the commit point, before any rename
        Files.write(staging.resolve("journal"),
                "M\t0.new\tquestions/q-1.yaml\nD\tquestions/q-2.yaml".getBytes(StandardCharsets.UTF_8));
        new BankStore(root).recover();
        assertThat(Files.readString(root.resolve("questions/q-1.yaml"))).isEqualTo("new");
        assertThat(root.resolve("questions/q-2.yaml")).doesNotExist();
        assertThat(staging).doesNotExist();
    }

    @Test
    void journalCannotWriteOutsideTheBank(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("bank"));
        Path staging = Files.createDirectories(root.resolve(".staging"));
        Files.writeString(staging.resolve("0.new"), "evil");
        Files.writeString(staging.resolve("journal"), "M\t0.new\t../outside.txt\nD\t../victim.txt");
        Files.writeString(dir.resolve("victim.txt"), "keep");
        BankTransaction.recover(root);
        assertThat(dir.resolve("outside.txt")).doesNotExist();
        assertThat(dir.resolve("victim.txt")).exists();
    }

    @Test
    void pathsOutsideTheBankAreRefused(@TempDir Path root) {
        BankTransaction tx = new BankStore(root).change();
        assertThatThrownBy(() -> tx.write("../x.yaml", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx.write("/etc/x", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commitWritesAndDeletesAndSkipsUnchangedBytes(@TempDir Path root) throws Exception {
        BankStore store = new BankStore(root);
        assertThat(store.change().write("decisions.yaml", "a").write("questions/q-1.yaml", "b").commit()).isEqualTo(2);
        assertThat(store.change().write("decisions.yaml", "a").delete("questions/q-1.yaml").commit()).isEqualTo(1);
        assertThat(root.resolve("questions/q-1.yaml")).doesNotExist();
        assertThat(Files.readString(root.resolve("decisions.yaml"))).isEqualTo("a");
        assertThat(root.resolve(".staging")).doesNotExist();
    }

    @Test
    void copyBringsBinaryFilesInWithTheChangeAndSkipsIdenticalOnes(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("bank"));
        Path image = dir.resolve("a.png");
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, '\r', '\n'};
        Files.write(image, bytes);
        int n = new BankStore(root).change().copy("media/abc-a.png", image).write("bank.yaml", "x").commit();
        assertThat(n).isEqualTo(2);
        assertThat(Files.readAllBytes(root.resolve("media/abc-a.png"))).isEqualTo(bytes);
        // the same bytes again: nothing is touched
        assertThat(new BankStore(root).change().copy("media/abc-a.png", image).commit()).isZero();
        assertThat(root.resolve(".staging")).doesNotExist();
        assertThatThrownBy(() -> new BankStore(root).change().copy("../x.png", image))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
