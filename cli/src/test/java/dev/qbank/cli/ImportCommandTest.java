package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankLock;
import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final String TABLE = ImportCommandTestSupport.TABLE;
    private static final String CHAPTERS = ImportCommandTestSupport.CHAPTERS;
    private static final String NUMBERED = ImportCommandTestSupport.NUMBERED;

    @TempDir
    Path tmp;

    MainTest.Result importSeeds(Path bank, String... extra) {
        String[] args = Stream.concat(Stream.of("import", "--bank", bank.toString(), TABLE, CHAPTERS, NUMBERED),
                Stream.of(extra)).toArray(String[]::new);
        return MainTest.run(args);
    }

    /** Every file of the bank and its bytes. */
    static Map<String, byte[]> snapshot(Path bank) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(bank)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(bank)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(bank.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void assertSameBytes(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void questionsKeptOutBecauseTheyWereDeletedAreCountedInTheSummary() throws IOException {
        Path list = Files.writeString(tmp.resolve("list.txt"), "1. What is a tensor?\n2. What is a graph?\n");
        Path bank = tmp.resolve("bank");
        assertThat(MainTest.run("import", "--bank", bank.toString(), list.toString()).code()).isZero();
        Question graph = new BankStore(bank).readAll().stream().filter(q -> q.question().contains("graph"))
                .findFirst().orElseThrow();
        Files.delete(new BankStore(bank).questionFile(graph.id()));

        MainTest.Result r = MainTest.run("import", "--bank", bank.toString(), list.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("warning[deleted]: 1 question of this file is in no bank question",
                "new 0, unchanged 1, merged 0, kept out 1 (deleted from the bank by hand, see "
                        + bank.resolve("deleted.yaml") + ")");
        MainTest.Result restored = MainTest.run("import", "--bank", bank.toString(), "--restore-deleted",
                list.toString());
        assertThat(restored.out()).contains("new 1, unchanged 1, merged 0\n");
    }

    /**
     * A CSV saved as GBK by Excel on a Chinese Windows: refused with the option that reads it, read with it, and
     * the bank records the encoding, so the same bytes read another way are read again rather than taken for the
     * questions already in the bank (or for questions deleted from it).
     */
    @Test
    void aGbkFileIsReadWithEncodingAndReReadWhenTheEncodingChanges() throws IOException {
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GB18030");
        Path csv = Files.write(tmp.resolve("题库.csv"), ("question,answer\n什么是正则化？,限制模型复杂度以减少过拟合。\n"
                + "什么是学习率？,每一步沿梯度方向更新参数的步长。\n").getBytes(gbk));
        Path bank = tmp.resolve("bank");
        MainTest.Result refused = MainTest.run("import", "--bank", bank.toString(), csv.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("re-run with --encoding gb18030");
        assertThat(bank).doesNotExist();

        MainTest.Result mojibake = MainTest.run("import", "--bank", bank.toString(), "--encoding", "iso-8859-1",
                csv.toString());
        assertThat(mojibake.code()).as(mojibake.err()).isZero();
        MainTest.Result read = MainTest.run("import", "--bank", bank.toString(), "--encoding", "gb18030",
                csv.toString());
        assertThat(read.code()).as(read.err()).isZero();
        assertThat(read.out()).contains("csv (detected), 2 questions").contains("new 2, unchanged 0")
                .doesNotContain("kept out").as("the mojibake questions are the ones the file no longer holds")
                .contains("warning[gone]: 2 bank questions cite this file but are no longer in it");
        assertThat(new BankStore(bank).readAll()).extracting(Question::question).contains("什么是正则化？");
        assertThat(Files.readString(bank.resolve(BankStore.MANIFEST))).contains("encoding: GB18030");

        MainTest.Result again = MainTest.run("import", "--bank", bank.toString(), "--encoding", "GB18030",
                csv.toString());
        assertThat(again.out()).contains("new 0, unchanged 2, merged 0", "(0 files written)");
        assertThat(MainTest.run("import", "--bank", bank.toString(), csv.toString()).err())
                .as("without --encoding it is refused as before, not passed over as unchanged")
                .contains("re-run with --encoding gb18030");
    }

    @Test
    void anUnknownEncodingIsAUsageError() throws IOException {
        Path list = Files.writeString(tmp.resolve("list.txt"), "1. What is a tensor?\n");
        MainTest.Result r = MainTest.run("import", "--bank", tmp.resolve("bank").toString(), "--encoding", "gbk2",
                list.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown encoding 'gbk2'", "gb18030");
    }

    @Test
    void filesAFolderWalkSkipsAreNamedBeforeTheFiles() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("list.txt"), "1. What is a tensor?\n");
        Files.write(in.resolve("figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        MainTest.Result r = MainTest.run("import", "--bank", tmp.resolve("bank").toString(), in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence(
                "warning[skipped]: 1 file is not text by its extension and not imported (figure.png)",
                "list.txt: numbered (detected), 1 question", "new 1, unchanged 0, merged 0");

        Files.write(in.resolve("slides.pdf"), new byte[] {'%', 'P', 'D', 'F', 0});
        MainTest.Result two = MainTest.run("import", "--bank", tmp.resolve("bank").toString(), in.toString());
        assertThat(two.out()).contains(
                "warning[skipped]: 2 files are not text by their extension and not imported (figure.png, slides.pdf)");
    }

    @Test
    void importsTheThreeSeedsTracingEveryQuestionToItsLine() throws IOException {
        Path bank = tmp.resolve("bank");
        MainTest.Result r = importSeeds(bank);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(
                "seeds/000_19ee16e00da61554.txt: table (detected), 41 questions",
                "seeds/001_268a4c925a43aea4.txt: chapters (detected), 13 questions",
                "seeds/004_0c49a7a0fc5058d2.txt: numbered (detected), 76 questions",
                "warning[truncated]",
                "unchanged 0",
                "bank: " + bank);
        java.util.regex.Matcher totals = java.util.regex.Pattern.compile("new (\\d+), unchanged 0, merged (\\d+)")
                .matcher(r.out());
        assertThat(totals.find()).isTrue();
        int added = Integer.parseInt(totals.group(1));
        int merged = Integer.parseInt(totals.group(2));
        assertThat(added + merged).isEqualTo(130);
        List<Question> questions = new BankStore(bank).readAll();
        assertThat(questions).hasSize(added);
        // Every one of the 130 source questions is traced to its file and line with its own wording.
        int sources = 0;
        for (Question q : questions) {
            assertThat(q.id()).matches("q-[0-9a-f]{10,}");
            for (var s : q.sources()) {
                sources++;
                // recorded from the folder holding the bank, which resolves to the file whatever the working folder
                Path file = bank.toAbsolutePath().getParent().resolve(s.file()).normalize();
                assertThat(file).isEqualTo(Path.of("../seeds").toAbsolutePath().normalize()
                        .resolve(Path.of(s.file()).getFileName()));
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                assertThat(lines.get(s.line() - 1)).contains(s.text().substring(0, Math.min(6, s.text().length())));
            }
        }
        assertThat(sources).isEqualTo(130);
        assertThat(Files.readString(bank.resolve("bank.yaml")))
                .contains("format: table", "questions: 41", "format: chapters", "questions: 13", "questions: 76");
    }

    @Test
    void reimportChangesNoByte() throws IOException {
        Path bank = tmp.resolve("bank");
        assertThat(importSeeds(bank).code()).isZero();
        Map<String, byte[]> before = snapshot(bank);
        MainTest.Result again = importSeeds(bank);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("new 0, unchanged 130, merged 0", "(0 files written)");
        // every seed is byte for byte as imported and wholly in the bank: none is parsed again
        assertThat(again.out().lines().filter(l -> l.contains(".txt: ")))
                .isNotEmpty().allMatch(l -> l.endsWith("unchanged since the last import (not read again)"));
        assertSameBytes(before, snapshot(bank));
    }

    @Test
    void curatorEditSurvivesReimport() throws IOException {
        Path bank = tmp.resolve("bank");
        assertThat(importSeeds(bank).code()).isZero();
        BankStore store = new BankStore(bank);
        Path file = store.questionFiles().get(0);
        Question edited = store.read(file).toBuilder().question("A curator's better wording?")
                .answer("A curator's answer.").tags(List.of("curated")).build();
        Files.writeString(file, BankStore.toYaml(edited));
        byte[] editedBytes = Files.readAllBytes(file);

        MainTest.Result r = importSeeds(bank);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("new 0, unchanged 130");
        assertThat(Files.readAllBytes(file)).isEqualTo(editedBytes);
    }

    @Test
    void unrecognisedFileFailsTheWholeImportAndLeavesTheBankAsItWas() throws IOException {
        Path bank = tmp.resolve("bank");
        assertThat(MainTest.run("import", "--bank", bank.toString(), TABLE).code()).isZero();
        Map<String, byte[]> before = snapshot(bank);
        Path prose = tmp.resolve("prose.txt");
        Files.writeString(prose, "Just a paragraph of prose,\nwith no questions in any shape qbank knows.\n");

        MainTest.Result r = importSeeds(bank, prose.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains(prose.toString().replace('\\', '/') + ": error[unrecognised]")
                .contains("--format").doesNotContain("at dev.qbank");
        assertThat(r.out()).doesNotContain("new ");
        assertSameBytes(before, snapshot(bank));
    }

    @Test
    void failedImportDoesNotCreateTheBank() throws IOException {
        Path bank = tmp.resolve("bank");
        Path binary = tmp.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path gbk = tmp.resolve("gbk.txt");
        Files.write(gbk, "1. 什么是卷积？\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        Path empty = tmp.resolve("empty.txt");
        Files.writeString(empty, "  \n\n");

        MainTest.Result r = MainTest.run("import", "--bank", bank.toString(), binary.toString(), gbk.toString(),
                empty.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        String err = r.err().replace('\\', '/');
        // the column counts what a UTF-8 reader makes of the first bytes: 什么 in GBK happen to be two valid pairs
        assertThat(err).contains("image.png: error[binary]",
                "gbk.txt:1:6: error[encoding]: not valid UTF-8 at line 1, column 6 (byte 0xCA)", "empty.txt: error[empty]");
        assertThat(err.lines()).hasSize(3);
        assertThat(bank).doesNotExist();
    }

    @Test
    void missingPathIsAUsageErrorReportedWithTheOtherErrors() throws IOException {
        Path empty = tmp.resolve("empty.md");
        Files.writeString(empty, "");
        MainTest.Result r = MainTest.run("import", "--bank", tmp.resolve("bank").toString(), "no/such/file.md",
                empty.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no/such/file.md: error[no-input]: no such file or folder", "error[empty]");
    }

    @Test
    void crlfAndBomInputReadsLikeAnyOther() throws IOException {
        Path file = tmp.resolve("list.txt");
        Files.write(file, "\uFEFF1. 什么是卷积？  \r\n\r\n2、什么是池化？\r\n".getBytes(StandardCharsets.UTF_8));
        Path bank = tmp.resolve("bank");
        MainTest.Result r = MainTest.run("import", "--bank", bank.toString(), file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("list.txt: numbered (detected), 2 questions", "new 2, unchanged 0, merged 0");
        List<Question> qs = new BankStore(bank).readAll();
        assertThat(qs).extracting(Question::question).containsExactlyInAnyOrder("什么是卷积？", "什么是池化？");
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactlyInAnyOrder(1, 3);
    }

    @Test
    void folderArgumentImportsItsFilesSortedSkippingHiddenManifestAndReadme() throws IOException {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b.txt"), "1. Second file question?\n");
        Files.writeString(dir.resolve("sub/a.txt"), "1. Nested question?\n");
        Files.writeString(dir.resolve("a.txt"), "1. First file question?\n");
        Files.writeString(dir.resolve(".hidden.txt"), "not a bank");
        Files.writeString(dir.resolve(".git/config"), "not a bank");
        Files.writeString(dir.resolve("README.md"), "not a bank");
        Files.writeString(dir.resolve("manifest.yaml"), "banks: []\n");
        Path bank = tmp.resolve("bank");

        MainTest.Result r = MainTest.run("import", "--bank", bank.toString(), dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String d = dir.toString().replace('\\', '/');
        assertThat(r.out().lines().filter(l -> l.contains("(detected)")).toList()).containsExactly(
                d + "/a.txt: numbered (detected), 1 question",
                d + "/b.txt: numbered (detected), 1 question",
                d + "/sub/a.txt: numbered (detected), 1 question");
    }

    @Test
    void forcedFormatIsReported() throws IOException {
        Path file = tmp.resolve("list.md");
        Files.writeString(file, "1. Only question?\n");
        MainTest.Result r = MainTest.run("import", "--bank", tmp.resolve("bank").toString(), "--format", "chapters",
                file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("list.md: chapters (forced), 1 question");
        MainTest.Result bad = MainTest.run("import", "--format", "nope", file.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown format 'nope'", "table, csv, chapters, numbered");
    }

    @Test
    void duplicatesAcrossFilesAreMerged() throws IOException {
        Path a = tmp.resolve("a.txt");
        Path b = tmp.resolve("b.txt");
        Files.writeString(a, "1. What is dropout?\n2. What is a CNN?\n");
        Files.writeString(b, "1. what is Dropout\n");
        Path bank = tmp.resolve("bank");
        MainTest.Result r = MainTest.run("import", "--bank", bank.toString(), a.toString(), b.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("new 2, unchanged 0, merged 1");
        Question dropout = new BankStore(bank).readAll().stream()
                .filter(q -> q.question().equals("What is dropout?")).findFirst().orElseThrow();
        assertThat(dropout.aliases()).containsExactly("what is Dropout");
        assertThat(dropout.sources()).hasSize(2);
        MainTest.Result again = MainTest.run("import", "--bank", bank.toString(), a.toString(), b.toString());
        assertThat(again.out()).contains("new 0, unchanged 3, merged 0");
    }

    @Test
    void lockedBankFailsClearly() {
        Path bank = tmp.resolve("bank");
        try (BankLock held = BankLock.acquire(bank)) {
            MainTest.Result r = importSeeds(bank);
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains(bank.toString()).contains("locked");
        }
        assertThat(importSeeds(bank).code()).isZero();
    }

    @Test
    void bankThatIsAFileIsAUsageError() throws IOException {
        Path file = tmp.resolve("bank.txt");
        Files.writeString(file, "not a bank");
        MainTest.Result r = MainTest.run("import", "--bank", file.toString(), TABLE);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(file.toString(), "must be a folder").doesNotContain("Exception");
    }

    @Test
    void withoutArgumentsImportsSeedsFolder() {
        // The tests run in cli/, which has no seeds/ folder: the default shows up in the error.
        MainTest.Result r = MainTest.run("import", "--bank", tmp.resolve("bank").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("seeds: error[no-input]: no seeds/ folder here", "qbank import FILE|DIR")
                .doesNotContain("Exception");
        assertThat(tmp.resolve("bank")).doesNotExist();
    }

    /** curator41 (audit 2a): the summary counts a reworded question apart, not as "merged 1". */
    @Test
    void theSummaryCountsARewordedQuestionApart() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. What is dropout?\n2. What is a CNN?\n");
        Path bank = tmp.resolve("bank");
        assertThat(MainTest.run("import", "--bank", bank.toString(), a.toString()).code()).isZero();
        Files.writeString(a, "1. What is dropout, exactly?\n2. What is a CNN?\n");
        MainTest.Result r = MainTest.run("import", "--bank", bank.toString(), a.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("warning[reworded]", "new 0, unchanged 1, merged 0, reworded 1\n");
    }
}
