package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankStoreStreamTest {
    /** More files than the read-ahead holds at once, so batches are refilled while the stream is consumed. */
    private static final int MANY = QuestionReadAhead.BATCH * 12 + 7;

    private static BankStore bank(Path dir, int n) {
        BankStore store = new BankStore(dir.resolve("bank"));
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            qs.add(QuestionYamlTest.sample().toBuilder().id(String.format("q-%010d", i)).question("问题 " + i).build());
        }
        store.commit(qs, List.of(), BankManifest.empty());
        return store;
    }

    @Test
    void streamsEveryQuestionInFileOrderLikeReadAll(@TempDir Path dir) {
        BankStore store = bank(dir, MANY);
        try (Stream<Question> s = store.stream()) {
            assertThat(s.toList()).isEqualTo(store.readAll()).hasSize(MANY);
        }
    }

    @Test
    void aBadFileFailsAtTheEndNamingEveryBadFile(@TempDir Path dir) throws Exception {
        BankStore store = bank(dir, MANY);
        Files.writeString(store.questionFile("q-0000000005"), "question: [unclosed\n");
        Files.writeString(store.questionFile("q-0000002000"), "questoin: typo\n");
        List<Question> seen = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (Stream<Question> s = store.stream()) {
                s.forEach(seen::add);
            }
        }).isInstanceOfSatisfying(QbankException.class, e -> assertThat(e.diagnostics())
                .extracting(Diagnostic::file)
                .containsExactly(store.questionFile("q-0000000005").toString(),
                        store.questionFile("q-0000002000").toString()));
        assertThat(seen).hasSize(MANY - 2);
    }

    /**
     * A question file that is a symbolic link out of the bank is refused, naming it (before, its target's text was
     * read, so an export published any YAML file of the machine a pull request linked); a link inside the bank reads.
     */
    @Test
    void aQuestionFileLinkedOutOfTheBankIsRefused(@TempDir Path dir) throws Exception {
        BankStore store = bank(dir, 2);
        Path outside = dir.resolve("secret.yaml");
        Files.writeString(outside, "id: q-0000000001\nquestion: secret\n");
        Path linked = store.questionFile("q-0000000001");
        Files.delete(linked);
        Files.createSymbolicLink(linked, outside);
        assertThatThrownBy(() -> store.read(linked)).isInstanceOfSatisfying(QbankException.class, e -> assertThat(
                e.diagnostics()).extracting(Diagnostic::code, Diagnostic::file).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("link", linked.toString())));
        Path inside = store.root().resolve("kept.yaml.txt");
        Files.writeString(inside, "id: q-0000000001\nquestion: inside\n");
        Files.delete(linked);
        Files.createSymbolicLink(linked, inside);
        assertThat(store.read(linked).question()).isEqualTo("inside");
    }

    /**
     * {@code questions/} itself a symbolic link out of the bank: refused, naming it (before, every YAML file where it
     * led was exported); a link to a folder inside the bank is read.
     */
    @Test
    void aQuestionsFolderLinkedOutOfTheBankIsRefused(@TempDir Path dir) throws Exception {
        BankStore elsewhere = bank(dir.resolve("other"), 2);
        Path root = Files.createDirectories(dir.resolve("bank"));
        Files.createSymbolicLink(root.resolve(BankStore.QUESTIONS), elsewhere.questionsDir());
        BankStore store = new BankStore(root);
        assertThatThrownBy(store::questionFiles).isInstanceOfSatisfying(QbankException.class, e -> assertThat(
                e.diagnostics()).singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo("link");
                    assertThat(d.file()).isEqualTo(store.questionsDir().toString());
                    assertThat(d.message()).startsWith("a symbolic link leading outside the bank folder");
                }));
        Files.move(elsewhere.root(), root.resolve("kept"));
        Files.delete(root.resolve(BankStore.QUESTIONS));
        Files.createSymbolicLink(root.resolve(BankStore.QUESTIONS), root.resolve("kept/questions"));
        assertThat(store.readAll()).hasSize(2);
    }

    /** A named pipe called like a question file is refused before it is opened (opening it would wait for ever). */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsRefusedNotOpened(@TempDir Path dir) throws Exception {
        BankStore store = bank(dir, 2);
        Path pipe = store.questionFile("q-0000000001");
        Files.delete(pipe);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
        assertThatThrownBy(store::readAll).isInstanceOfSatisfying(QbankException.class, e -> assertThat(
                e.diagnostics()).singleElement().satisfies(d -> {
                    assertThat(d.file()).isEqualTo(pipe.toString());
                    assertThat(d.message()).startsWith("not a plain file but a named pipe");
                }));
    }

    /** A question file saved in another encoding is pointed at its first bad byte, as validate and import do. */
    @Test
    void aFileThatIsNotUtf8NamesTheLineAndColumn(@TempDir Path dir) throws Exception {
        BankStore store = bank(dir, 1);
        Path file = store.questionFile("q-0000000000");
        Files.write(file, new byte[] {'i', 'd', ':', ' ', 'q', '\n', 'q', ':', ' ', (byte) 0xC4, (byte) 0xE3, '\n'});
        assertThatThrownBy(() -> store.read(file)).isInstanceOfSatisfying(QbankException.class, e -> assertThat(
                e.diagnostics()).singleElement().satisfies(d -> {
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.column()).isEqualTo(4);
                    assertThat(d.message()).contains("byte 0xC4").contains("save the file as UTF-8");
                }));
    }

    @Test
    void closingEarlyStopsTheReadAhead(@TempDir Path dir) {
        BankStore store = bank(dir, MANY);
        try (Stream<Question> s = store.stream()) {
            assertThat(s.limit(3).map(Question::id).toList())
                    .containsExactly("q-0000000000", "q-0000000001", "q-0000000002");
        }
    }
}
