package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path tmp;

    private Path bank(Question... questions) {
        Path root = tmp.resolve("bank");
        new BankStore(root).commit(List.of(questions), List.of(),
                new BankManifest(BankManifest.SCHEMA_VERSION, "t", List.of()));
        return root;
    }

    private static Question q(String id, String topic, Difficulty d, String... tags) {
        return Question.builder("Question " + id).id(id).topic(topic).difficulty(d).tags(List.of(tags))
                .answer("answer " + id).source(new Source("seeds/s.txt", 1, "Question " + id, null, null, null, null))
                .build();
    }

    private Path sampleBank() {
        return bank(q("a", "CNN", Difficulty.EASY, "conv"), q("b", "CNN", Difficulty.HARD, "conv", "pooling"),
                q("c", "RNN", Difficulty.MEDIUM, "lstm"), q("d", "RNN", Difficulty.HARD));
    }

    /** The question ids in an exported package, read back with zip + SQL. */
    private List<String> idsIn(Path apkg) throws Exception {
        Path db = tmp.resolve("read-" + System.nanoTime() + ".anki2");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("collection.anki2")) {
                    Files.write(db, zip.readAllBytes());
                }
            }
        }
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT flds FROM notes ORDER BY id")) {
            while (rs.next()) {
                String[] f = rs.getString(1).split("\u001f", -1);
                ids.add(f[f.length - 1]);
            }
        }
        return ids;
    }

    @Test
    void exportsTheWholeBankAndSaysWhere() throws Exception {
        Path bank = sampleBank();
        Path out = tmp.resolve("deck.apkg");
        MainTest.Result r = MainTest.run("export", "--format", "anki", "--bank", bank.toString(), "--out",
                out.toString(), "--deck", "Interview", "--verbose");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("wrote 4 questions to " + out + System.lineSeparator());
        assertThat(idsIn(out)).containsExactly("a", "b", "c", "d");
    }

    /** '-o' and '--output', the spellings other tools use, name the output file as '--out' does. */
    @Test
    void theOutputFileHasTheUsualShortAndLongNames() throws Exception {
        Path bank = sampleBank();
        for (String option : List.of("-o", "--output")) {
            Path out = tmp.resolve("deck" + option.length() + ".md");
            MainTest.Result r = MainTest.run("export", "--format", "markdown", "--bank", bank.toString(), option,
                    out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(out).isRegularFile();
        }
    }

    @Test
    void filtersAreAndAcrossKindsAndOrWithinOne() throws Exception {
        Path bank = sampleBank();
        Path out = tmp.resolve("f.apkg");
        String[] base = {"export", "--format", "anki", "--bank", bank.toString(), "--out", out.toString()};
        assertThat(MainTest.run(concat(base, "--topic", "cnn")).code()).isZero();
        assertThat(idsIn(out)).containsExactly("a", "b");
        assertThat(MainTest.run(concat(base, "--topic", "CNN", "--difficulty", "hard")).code()).isZero();
        assertThat(idsIn(out)).containsExactly("b");
        assertThat(MainTest.run(concat(base, "--difficulty", "easy", "--difficulty", "medium")).code()).isZero();
        assertThat(idsIn(out)).containsExactly("a", "c");
        assertThat(MainTest.run(concat(base, "--tag", "pooling", "--tag", "lstm")).code()).isZero();
        assertThat(idsIn(out)).containsExactly("b", "c");
        MainTest.Result none = MainTest.run(concat(base, "--topic", "GAN"));
        assertThat(none.code()).isZero();
        assertThat(none.err().strip()).doesNotContain("\n").startsWith(bank + ": warning[filter]: none of the bank's 4");
        assertThat(none.out()).startsWith("wrote 0 questions to ");
        assertThat(idsIn(out)).isEmpty();
        MainTest.Result bad = MainTest.run(concat(base, "--difficulty", "extreme"));
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown difficulty 'extreme'");
    }

    /** A question with no difficulty (most imported ones) fails a difficulty filter; it never stops the export. */
    @Test
    void aDifficultyFilterPassesOverQuestionsWithoutOne() throws Exception {
        Path bank = bank(q("a", "CNN", null), q("b", "CNN", Difficulty.HARD), q("c", null, null));
        Path out = tmp.resolve("d.apkg");
        MainTest.Result r = MainTest.run("export", "--format", "anki", "--bank", bank.toString(), "--out",
                out.toString(), "--difficulty", "medium", "--difficulty", "hard");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(idsIn(out)).containsExactly("b");
    }

    /** A topic takes its branch, as a deck takes its subdecks in Anki: 编程 selects 编程 / Java, not 编程语言. */
    @Test
    void aTopicFilterTakesTheTopicsBelowIt() throws Exception {
        Path bank = bank(q("a", "编程", Difficulty.EASY), q("b", "编程 / Java", Difficulty.EASY),
                q("c", "编程 / Java / 集合", Difficulty.EASY), q("d", "编程语言", Difficulty.EASY),
                q("e", "TCP/IP", Difficulty.EASY), q("f", "TCP", Difficulty.EASY));
        Path out = tmp.resolve("t.apkg");
        String[] base = {"export", "--format", "anki", "--bank", bank.toString(), "--out", out.toString()};
        assertThat(MainTest.run(concat(base, "--topic", "编程")).code()).isZero();
        assertThat(idsIn(out)).containsExactly("a", "b", "c");
        assertThat(MainTest.run(concat(base, "--topic", "编程 / java")).code()).isZero();
        assertThat(idsIn(out)).containsExactly("b", "c");
        assertThat(MainTest.run(concat(base, "--topic", "TCP")).code()).isZero();
        assertThat(idsIn(out)).containsExactly("f");
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        MainTest.Result r = MainTest.run("export", "--format", "pdf", "--bank", sampleBank().toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("unknown export format 'pdf'").contains("anki");
    }

    @Test
    void missingOrEmptyBankIsOneClearLine() throws Exception {
        MainTest.Result missing = MainTest.run("export", "--format", "anki", "--bank", tmp.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("qbank import");
        Path empty = bank();
        MainTest.Result e = MainTest.run("export", "--format", "anki", "--bank", empty.toString(), "--out",
                tmp.resolve("e.apkg").toString());
        assertThat(e.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(e.err().strip()).doesNotContain("\n").contains("no questions");
        assertThat(tmp.resolve("e.apkg")).doesNotExist();
    }

    @Test
    void failedExportLeavesThePreviousOutputUntouched() throws Exception {
        Path bank = sampleBank();
        Path out = tmp.resolve("keep.apkg");
        Files.writeString(out, "previous export");
        // a question whose media climbs out of the bank makes the exporter refuse the whole export
        new BankStore(bank).commit(List.of(q("e", "CNN", Difficulty.EASY).toBuilder()
                .media(List.of("../outside.png")).build()), List.of(), null);
        MainTest.Result r = MainTest.run("export", "--format", "anki", "--bank", bank.toString(), "--out",
                out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").contains("e.yaml").contains("../outside.png");
        assertThat(Files.readString(out)).isEqualTo("previous export");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bank", "keep.apkg");
        }
    }

    /** An output that cannot be written is named, with what to do, in one line; nothing is left behind. */
    @Test
    void anOutputThatCannotBeWrittenIsNamed() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("plain-file"), "x");
        Path out = notAFolder.resolve("q.apkg");
        MainTest.Result r = MainTest.run("export", "--format", "anki", "--bank", sampleBank().toString(), "--out",
                out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith(out.toString())
                .contains("cannot write the export").contains("choose another --out");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bank", "plain-file");
        }
    }

    @Test
    void refusesToNameAnAnkiPackageCollectionApkg() {
        Path out = tmp.resolve("collection.apkg");
        MainTest.Result r = MainTest.run("export", "--format", "anki", "--bank", sampleBank().toString(), "--out",
                out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("collection.apkg");
        assertThat(out).doesNotExist();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
