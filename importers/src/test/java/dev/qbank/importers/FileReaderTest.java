package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReaderTest {
    @TempDir
    Path tmp;

    private final FileReader reader = new FileReader(ImporterRegistry.standard(), null);

    /** Files of very different sizes finish out of order on the reader threads; they are handed on in order. */
    @Test
    void filesAreHandedOnInInputOrder() throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int count = i % 3 == 0 ? 3000 : 1 + i;
            inputs.add(numberedList("f" + i + ".txt", count));
        }
        List<String> seen = new ArrayList<>();
        reader.readInOrder(inputs, f -> seen.add(f.document().file() + ":" + f.questions().size()));
        assertThat(seen).containsExactlyElementsOf(inputs.stream()
                .map(in -> in.displayName() + ":" + (in.displayName().matches("f(0|3|6|9)\\.txt") ? 3000
                        : Integer.parseInt(in.displayName().replaceAll("\\D", "")) + 1))
                .toList());
    }

    /** After a failure nothing more is handed on (its work would be thrown away), but every error is reported. */
    @Test
    void afterAFailureLaterFilesAreReadForTheirErrorsButNotHandedOn() throws IOException {
        List<InputFile> inputs = List.of(numberedList("a.txt", 2), empty("bad1.txt"), numberedList("b.txt", 2),
                empty("bad2.txt"));
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> reader.readInOrder(inputs, f -> seen.add(f.document().file())))
                .isInstanceOfSatisfying(QbankException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::file).containsExactly("bad1.txt", "bad2.txt"));
        assertThat(seen).containsExactly("a.txt");
    }

    private InputFile numberedList(String name, int count) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(i).append(". What is question ").append(name).append(' ').append(i).append("?\n");
        }
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return new InputFile(file, name);
    }

    private InputFile empty(String name) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, "\n");
        return new InputFile(file, name);
    }
}
