package dev.qbank.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. Run with {@code -Dqbank.updateGolden=true} to rewrite them
 * after an intended change, then review the diff.
 */
public final class Golden {
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    public static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("qbank.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s (create it with -Dqbank.updateGolden=true)", file).exists();
        assertThat(actual).as("output differs from golden file %s; if intended, rerun with "
                + "-Dqbank.updateGolden=true and review the diff", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
