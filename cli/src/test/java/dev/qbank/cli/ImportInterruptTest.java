package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.qbank.model.BankStore;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * curator42 (audit 41, 5): Ctrl-C during an import. A real child JVM is sent SIGINT with {@code kill -INT} once it
 * holds the bank's lock: it exits with 130 and says on standard error that the import was interrupted and what
 * that left, and what it says is true of the bank the next command finds. It used to stop without a word.
 */
@EnabledOnOs(OS.LINUX)
class ImportInterruptTest {
    private static final int QUESTIONS = 40_000;

    @TempDir
    Path tmp;

    @Test
    @Timeout(300)
    void ctrlCDuringAnImportSaysWhatItLeftOfTheBank() throws Exception {
        Path big = tmp.resolve("big.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= QUESTIONS; i++) {
            text.append(i).append(". Generated question number ").append(i).append(" about pooling?\n");
        }
        Files.writeString(big, text);
        Path bank = tmp.resolve("bank");
        Path err = tmp.resolve("err.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", "--bank", bank.toString(), big.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        // a child started with SIGINT ignored (a background job of a shell without job control) cannot be told
        assumeTrue(!sigintIgnored(child.pid()), "the test runs with SIGINT ignored, and so does its child");
        while (!Files.exists(bank.resolve(".lock")) && child.isAlive()) {
            Thread.sleep(20); // the lock is taken once the JVM runs the import, its signal handlers set up
        }
        new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
        assertThat(child.waitFor(240, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(err, StandardCharsets.UTF_8);
        assumeTrue(child.exitValue() != 0 || !said.isEmpty(), "the import was over before the signal came");

        assertThat(child.exitValue()).as(said).isEqualTo(130);
        assertThat(said.lines().toList()).as(said).singleElement().asString()
                .startsWith(bank + ": error[interrupted]: the import was interrupted ")
                .doesNotContain("\tat ");
        // the next command finishes or discards the change; the bank is then as the line said
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        assertThat(Main.run(quiet, quiet, "validate", "--paraphrases", "never", bank.toString())).isIn(0, 1);
        int held = new BankStore(bank).questionFiles().size();
        if (said.contains("before it changed the bank")) {
            assertThat(held).isZero();
        } else {
            assertThat(held).isEqualTo(QUESTIONS);
        }
        assertThat(bank.resolve(".staging")).doesNotExist();
    }

    private static boolean sigintIgnored(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0x2) != 0;
            }
        }
        return false;
    }
}
