package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of an import: the bank is afterwards either exactly as before or holds the whole
 * import, never part of it. The import runs in a child JVM killed after various delays; the next command recovers.
 */
class ImportKillTest {
    private static final int BIG = 4000;

    @TempDir
    Path tmp;

    /** A second process importing into a bank this process is importing into fails at once, naming the bank. */
    @Test
    @Timeout(120)
    void importIntoABankLockedByAnotherProcessFailsClearly() throws Exception {
        Path bank = tmp.resolve("bank");
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, "1. What is a tensor?\n");
        try (dev.qbank.model.BankLock held = dev.qbank.model.BankLock.acquire(bank)) {
            Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "import", "--bank", bank.toString(), list.toString())
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(child.waitFor()).as(output).isEqualTo(ExitCodes.USAGE);
            assertThat(output).contains(bank.toString(), "error[locked]").doesNotContain("\tat ");
        }
        assertThat(new BankStore(bank).questionFiles()).isEmpty();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    @Timeout(300)
    void killedImportLeavesTheBankAsBeforeOrAsAfter() throws Exception {
        Path big = tmp.resolve("big.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= BIG; i++) {
            text.append(i).append(". Generated question number ").append(i).append(" about convolution?\n");
        }
        Files.writeString(big, text);
        String java = java();
        for (int delayMs : new int[] {400, 1500, 5000}) {
            Path bank = tmp.resolve("bank-" + delayMs);
            assertThat(ImportCommandTestSupport.importSeeds(bank).code()).isZero();
            Map<String, byte[]> before = ImportCommandTest.snapshot(bank);

            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "import", "--bank", bank.toString(), big.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean finished = child.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly();
                child.waitFor();
            }

            // The next import recovers the interrupted change first; the seeds themselves are unchanged.
            MainTest.Result next = ImportCommandTestSupport.importSeeds(bank);
            assertThat(next.code()).as(next.err()).isZero();
            // Either none of big.txt's questions is in the bank (and nothing else changed) or all of them are.
            long fromBig = new BankStore(bank).readAll().stream().flatMap(q -> q.sources().stream())
                    .filter(s -> s.file().endsWith("big.txt")).count();
            assertThat(fromBig).as("sources from big.txt after a kill at %d ms", delayMs).isIn(0L, (long) BIG);
            if (fromBig == 0) {
                ImportCommandTest.assertSameBytes(before, ImportCommandTest.snapshot(bank));
            } else {
                assertThat(Files.readString(bank.resolve("bank.yaml"))).contains("big.txt");
            }
            assertThat(bank.resolve(".staging")).doesNotExist();
        }
    }
}
