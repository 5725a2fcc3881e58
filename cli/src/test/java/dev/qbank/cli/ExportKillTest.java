package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code kill -9} in the middle of an export leaves the previous output intact: the export runs in a separate
 * JVM that is killed as soon as its temporary file appears beside the target.
 */
class ExportKillTest {
    @TempDir
    Path tmp;

    @Test
    void killedExportLeavesThePreviousOutput() throws Exception {
        Path bank = tmp.resolve("bank");
        List<Question> questions = IntStream.range(0, 3_000).mapToObj(i -> Question.builder("Question " + i)
                .id("q-" + i).topic("topic " + (i % 20)).difficulty(Difficulty.MEDIUM)
                .answer("**Answer** " + i + "\n\n" + "- point\n".repeat(20)).build()).toList();
        new BankStore(bank).commit(questions, List.of(),
                new BankManifest(BankManifest.SCHEMA_VERSION, "kill", List.of()));
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Path out = Files.writeString(outDir.resolve("deck.apkg"), "previous export");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.qbank.cli.Main",
                "export", "--format", "anki", "--bank", bank.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        boolean sawTemp = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(outDir)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"))) {
                    sawTemp = true;
                    break;
                }
            }
            Thread.sleep(5);
        }
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        assumeTrue(sawTemp, "the export finished before it could be interrupted");
        assertThat(Files.readString(out)).isEqualTo("previous export");
    }
}
