package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where question files live: qbank files new ones by id, and reads and keeps them wherever they are. */
class BankLayoutTest {
    private static Question q(String id, String text) {
        return QuestionYamlTest.sample().toBuilder().id(id).question(text).build();
    }

    private static List<String> relative(BankStore store, List<Path> files) {
        return files.stream().map(f -> store.root().relativize(f).toString().replace('\\', '/')).toList();
    }

    @Test
    void newQuestionsAreFiledInAFolderNamedByTheFirstCharacterOfTheirId(@TempDir Path dir) {
        assertThat(BankStore.shard("q-3f9a0c21d4")).isEqualTo("3");
        assertThat(BankStore.shard("batch-norm")).isEqualTo("b");
        assertThat(BankStore.shard("q")).isEqualTo("q");
        assertThat(BankStore.defaultRelativePath("q-3f9a0c21d4")).isEqualTo("questions/3/q-3f9a0c21d4.yaml");

        BankStore store = new BankStore(dir.resolve("bank"));
        store.commit(List.of(q("q-3f9a0c21d4", "一"), q("q-a000000001", "二"), q("pool-1", "三")), List.of(),
                BankManifest.empty());
        assertThat(store.root().resolve("questions/3/q-3f9a0c21d4.yaml")).isRegularFile();
        assertThat(store.root().resolve("questions/a/q-a000000001.yaml")).isRegularFile();
        assertThat(store.root().resolve("questions/p/pool-1.yaml")).isRegularFile();
        assertThat(store.readAll()).extracting(Question::id).containsExactly("pool-1", "q-3f9a0c21d4", "q-a000000001");
    }

    @Test
    void filesAnywhereUnderQuestionsAreReadInIdOrderAndStayWhereTheyAre(@TempDir Path dir) throws Exception {
        BankStore store = new BankStore(dir.resolve("bank"));
        store.commit(List.of(q("q-2000000000", "filed")), List.of(), BankManifest.empty());
        Path questions = store.questionsDir();
        // a bank written before questions were filed in folders, and a curator's own folder
        Files.writeString(questions.resolve("q-1000000000.yaml"), BankStore.toYaml(q("q-1000000000", "flat")));
        Files.createDirectories(questions.resolve("cnn/deep"));
        Files.writeString(questions.resolve("cnn/deep/q-3000000000.yaml"),
                BankStore.toYaml(q("q-3000000000", "curated")));

        BankStore reopened = new BankStore(store.root());
        assertThat(relative(reopened, reopened.questionFiles())).containsExactly("questions/q-1000000000.yaml",
                "questions/2/q-2000000000.yaml", "questions/cnn/deep/q-3000000000.yaml");
        assertThat(reopened.relativeFile("q-3000000000")).isEqualTo("questions/cnn/deep/q-3000000000.yaml");

        // changing them rewrites each in its place; a new question is filed by its id
        int written = reopened.commit(List.of(q("q-1000000000", "flat, edited"), q("q-3000000000", "curated, edited"),
                q("q-4000000000", "new")), List.of("q-2000000000"), null);
        assertThat(written).isEqualTo(4);
        assertThat(Files.readString(questions.resolve("q-1000000000.yaml"))).contains("flat, edited");
        assertThat(Files.readString(questions.resolve("cnn/deep/q-3000000000.yaml"))).contains("curated, edited");
        assertThat(questions.resolve("1")).doesNotExist();
        assertThat(questions.resolve("3")).doesNotExist();
        assertThat(questions.resolve("2/q-2000000000.yaml")).doesNotExist();
        assertThat(relative(reopened, new BankStore(store.root()).questionFiles())).containsExactly(
                "questions/q-1000000000.yaml", "questions/cnn/deep/q-3000000000.yaml", "questions/4/q-4000000000.yaml");
    }

    @Test
    void aQuestionFileIsFoundWithoutListingTheBankFirst(@TempDir Path dir) throws Exception {
        BankStore store = new BankStore(dir.resolve("bank"));
        store.commit(List.of(q("q-2000000000", "filed")), List.of(), BankManifest.empty());
        Files.createDirectories(store.questionsDir().resolve("mine"));
        Files.writeString(store.questionsDir().resolve("mine/q-5000000000.yaml"),
                BankStore.toYaml(q("q-5000000000", "mine")));
        BankStore fresh = new BankStore(store.root());
        assertThat(fresh.questionFile("q-2000000000")).isEqualTo(store.root().resolve("questions/2/q-2000000000.yaml"));
        assertThat(fresh.questionFile("q-5000000000")).isEqualTo(store.root().resolve("questions/mine/q-5000000000.yaml"));
        assertThat(fresh.questionFile("q-9000000000")).isEqualTo(store.root().resolve("questions/9/q-9000000000.yaml"));
    }

    /** For any id, the listing finds a file where qbank files it, and one in any other folder, where it is. */
    @Property(tries = 60)
    void everyFileIsFoundWhereverItIs(@ForAll @StringLength(min = 1, max = 12) @NumericChars @AlphaChars String raw,
            @ForAll boolean prefixed, @ForAll boolean filed) throws Exception {
        String id = (prefixed ? "q-" : "") + raw.toLowerCase(java.util.Locale.ROOT);
        Path dir = Files.createTempDirectory("layout");
        try {
            BankStore store = new BankStore(dir.resolve("bank"));
            String rel = filed ? BankStore.defaultRelativePath(id) : "questions/mine/" + id + BankStore.EXTENSION;
            Path file = store.root().resolve(rel);
            Files.createDirectories(file.getParent());
            Files.writeString(file, BankStore.toYaml(q(id, "问题")));
            BankStore listed = new BankStore(store.root());
            assertThat(relative(listed, listed.questionFiles())).containsExactly(rel);
            assertThat(listed.relativeFile(id)).isEqualTo(rel);
            assertThat(new BankStore(store.root()).relativeFile(id)).isEqualTo(rel); // not listed first
        } finally {
            BankTransaction.deleteTree(dir);
        }
    }

    @Test
    void twoFilesWithOneIdAreRefusedNamingBoth(@TempDir Path dir) throws Exception {
        BankStore store = new BankStore(dir.resolve("bank"));
        store.commit(List.of(q("q-2000000000", "filed")), List.of(), BankManifest.empty());
        Files.writeString(store.questionsDir().resolve("q-2000000000.yaml"), BankStore.toYaml(q("q-2000000000", "x")));
        assertThatThrownBy(() -> new BankStore(store.root()).readAll())
                .isInstanceOfSatisfying(QbankException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(QbankException.EXIT_FINDINGS);
                    assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                        String flat = store.questionsDir().resolve("q-2000000000.yaml").toString();
                        String filed = store.questionsDir().resolve("2/q-2000000000.yaml").toString();
                        assertThat(d.code()).isEqualTo("duplicate-id");
                        assertThat(d.file()).isIn(flat, filed);
                        assertThat(d.message()).contains(d.file().equals(flat) ? filed : flat).contains("keep one");
                    });
                });
    }

    @Test
    void hiddenFoldersAndLinksToFoldersAreNotRead(@TempDir Path dir) throws Exception {
        BankStore store = new BankStore(dir.resolve("bank"));
        store.commit(List.of(q("q-2000000000", "filed")), List.of(), BankManifest.empty());
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("q-7000000000.yaml"), BankStore.toYaml(q("q-7000000000", "out")));
        Files.createSymbolicLink(store.questionsDir().resolve("link"), outside);
        Files.createDirectories(store.questionsDir().resolve(".trash"));
        Files.writeString(store.questionsDir().resolve(".trash/q-8000000000.yaml"), "not: read\n");
        assertThat(new BankStore(store.root()).readAll()).extracting(Question::id).containsExactly("q-2000000000");
    }

    /**
     * A question the bank's own reader would refuse is never written: the bank would be unreadable for every later
     * command. The change is refused whole, naming the question's source, and the bank stays as it was.
     */
    @Test
    void aQuestionTooBigForABankFileIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        BankStore store = new BankStore(dir);
        store.commit(List.of(q("q-2000000000", "filed")), List.of(), BankManifest.empty());
        String longAnswer = "答".repeat(QbankMapper.MAX_STRING_LENGTH - 10);
        List<Conflict> conflicts = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> new Conflict("answer", i + longAnswer, "b.md:" + i)).toList();
        Question huge = q("q-3000000000", "huge").toBuilder().answer(longAnswer).conflicts(conflicts).build();
        assertThatThrownBy(() -> store.commit(List.of(q("q-1000000000", "small"), huge), List.of(),
                BankManifest.empty()))
                .isInstanceOfSatisfying(QbankException.class, e -> assertThat(e.diagnostics())
                        .singleElement().satisfies(d -> {
                            assertThat(d.code()).isEqualTo("too-long");
                            assertThat(d.file()).isEqualTo(huge.sources().get(0).file());
                            assertThat(d.message()).contains("q-3000000000");
                        }));
        assertThat(new BankStore(dir).questionFiles()).hasSize(1);
        assertThat(dir.resolve(BankTransaction.STAGING)).doesNotExist();
    }
}
