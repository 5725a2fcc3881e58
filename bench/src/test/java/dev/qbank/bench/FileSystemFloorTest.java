package dev.qbank.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor creates and reads what the bank holds: one file per question file, of the same size, nothing else. */
class FileSystemFloorTest {
    @TempDir
    Path dir;

    @Test
    void createsOneFileOfTheSameSizePerQuestionFileAndReadsThemAll() throws Exception {
        Path bank = dir.resolve("bank");
        Files.createDirectories(bank.resolve("questions/0"));
        Files.createDirectories(bank.resolve("questions/f"));
        Files.writeString(bank.resolve("bank.yaml"), "not a question file\n");
        Files.writeString(bank.resolve("questions/0/q-0a.yaml"), "abc");
        Files.writeString(bank.resolve("questions/f/q-f1.yaml"), "什么");
        Files.writeString(bank.resolve("questions/f/notes.txt"), "ignored");

        List<Path> files = FileSystemFloor.questionFiles(bank.resolve("questions"));
        assertThat(files).hasSize(2);
        assertThat(FileSystemFloor.read(files)).isEqualTo(3 + 6);

        Path target = dir.resolve("floor");
        assertThat(FileSystemFloor.create(files, target)).isEqualTo(9);
        try (Stream<Path> made = Files.walk(target)) {
            assertThat(made.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.size(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList()).containsExactly(3L, 6L);
        }
    }
}
