package dev.qbank.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBankGeneratorTest {
    @Test
    void sameSeedGivesSameBytesInAllFiveShapes(@TempDir Path a, @TempDir Path b) throws Exception {
        List<Path> first = new SyntheticBankGenerator(1000, 7, 100).write(a);
        List<Path> second = new SyntheticBankGenerator(1000, 7, 100).write(b);
        assertThat(first).hasSize(10);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(first.get(i))).isEqualTo(Files.readAllBytes(second.get(i)));
        }
        assertThat(first).extracting(p -> p.getFileName().toString().replaceAll("^\\d+_|\\.txt$", ""))
                .contains("table", "chapters", "qa", "notion", "numbered");
    }

    @Test
    void numberedFileHasOneQuestionPerLine(@TempDir Path dir) throws Exception {
        List<Path> files = new SyntheticBankGenerator(500, 1, 100).write(dir);
        Path numbered = files.stream().filter(p -> p.toString().endsWith("numbered.txt")).findFirst().orElseThrow();
        assertThat(Files.readAllLines(numbered)).hasSize(100).allMatch(l -> l.matches("\\d+\\. .+？?.*"));
    }
}
