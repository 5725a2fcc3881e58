package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error paths of docs/cli-audit-27.md: a bank a curator broke by hand must stop export (and import, dedup)
 * with one line naming the file, the line and what is wrong in the user's words, as validate does, never the
 * parser's several-line excerpt or the binder's Java type names; and the previous output stays as it was.
 */
class Audit27Test {
    @TempDir
    Path tmp;

    /** A bank of one question, whose file then gets {@code edit} applied to its text. */
    private Path brokenBank(java.util.function.UnaryOperator<String> edit) throws Exception {
        Path root = tmp.resolve("bank");
        Question q = Question.builder("What is a mutex?").id("q-1").language("en")
                .source(new Source("seeds/s.txt", 1, "What is a mutex?", null, null, null, null)).build();
        new BankStore(root).commit(List.of(q), List.of(), new BankManifest(BankManifest.SCHEMA_VERSION, "t", List.of()));
        Path file;
        try (var files = Files.walk(root.resolve("questions"))) {
            file = files.filter(p -> p.toString().endsWith(".yaml")).findFirst().orElseThrow();
        }
        Files.writeString(file, edit.apply(Files.readString(file)));
        return root;
    }

    /** Exports the bank over an existing output file; asserts the failure shape every case shares. */
    private String exportFails(Path bank) throws Exception {
        Path out = tmp.resolve("old.json");
        Files.writeString(out, "OLD");
        MainTest.Result r = MainTest.run("export", "--format", "json", "--bank", bank.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("q-1.yaml:").doesNotContain("java.").doesNotContain("Jackson")
                .doesNotContain("Exception").doesNotContain("StreamReadConstraints").doesNotContain("JsonToken");
        assertThat(Files.readString(out)).isEqualTo("OLD");
        return r.err();
    }

    @Test
    void aTabIndentedLineIsOneLineAtItsPlace() throws Exception {
        String err = exportFails(brokenBank(t -> t.replace("language: en", "\tlanguage: en")));
        assertThat(err).contains("q-1.yaml:3:1: error[yaml]: a tab character; YAML indents with spaces only: replace the tab "
                + "with spaces");
    }

    @Test
    void anUnclosedQuoteIsOneLine() throws Exception {
        String err = exportFails(brokenBank(t -> t.replace("question: What", "question: \"What")));
        assertThat(err).contains("error[yaml]:").doesNotContain("in reader");
    }

    @Test
    void anAnswerWrittenAsAListNamesTheFieldAndWhatItHolds() throws Exception {
        String err = exportFails(brokenBank(t -> t.replace("language: en", "answer:\n  - one\n  - two\nlanguage: en")));
        assertThat(err).contains("q-1.yaml:4:").contains("answer: not the kind of value this field holds (expected text)");
    }

    @Test
    void anUnknownFieldIsNamedAtItsLine() throws Exception {
        String err = exportFails(brokenBank(t -> t.replace("language: en", "language: en\nnotes: mine")));
        assertThat(err).contains("q-1.yaml:4:1: error[yaml]: unknown field 'notes'");
    }

    @Test
    void aDuplicateKeyIsADuplicateKey() throws Exception {
        String err = exportFails(brokenBank(t -> t.replace("language: en", "language: en\nlanguage: zh")));
        assertThat(err).contains("error[duplicate-key]: duplicate key 'language'");
    }

    @Test
    void aFileOverTheLimitIsTooLargeInPlainWords() throws Exception {
        String big = "x".repeat(4_100_000);
        String err = exportFails(brokenBank(t -> t.replace("language: en", "answer: " + big + "\nlanguage: en")));
        assertThat(err).contains("q-1.yaml: error[too-large]: file has 41").contains("split the text")
                .doesNotContain("StreamReadConstraints");
    }

    /** Export names the value over a limit where validate does, at its line and column, in the same words. */
    @Test
    void aValueOverTheLimitIsNamedAtItsLine() throws Exception {
        String big = "x".repeat(1_000_001);
        Path bank = brokenBank(t -> t.replace("language: en", "language: en\nanswer: " + big));
        String err = exportFails(bank);
        assertThat(err).contains("q-1.yaml:4:9: error[too-large]: String value length (1000001) exceeds the maximum "
                + "allowed (1000000) (qbank's limit for untrusted input; split the text or link to it)")
                .doesNotContain("StreamReadConstraints").doesNotContain("qbank validate");
    }

    @Test
    void aMissingQuestionIsNamed() throws Exception {
        String err = exportFails(brokenBank(t -> "id: q-1\nlanguage: en\n"));
        assertThat(err).contains("missing required field 'question'");
    }

    /** A broken bank.yaml stops an import with one line, not the parser's excerpt of the file. */
    @Test
    void aBrokenManifestStopsTheImportInOneLine() throws Exception {
        Path bank = brokenBank(t -> t);
        Files.writeString(bank.resolve("bank.yaml"), "schema: [unclosed\n");
        Path source = tmp.resolve("more.txt");
        Files.writeString(source, "1. What is a semaphore?\n");
        MainTest.Result r = MainTest.run("import", "--bank", bank.toString(), source.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("bank.yaml:").doesNotContain("in reader");
    }

    @Test
    void anEmptyFileIsCalledEmpty() throws Exception {
        String err = exportFails(brokenBank(t -> ""));
        assertThat(err).contains("q-1.yaml:").contains("the file is empty");
    }

    /** A copy of a question under another name: before, the export wrote both, two notes with one id. */
    @Test
    void aCopyUnderAnotherNameStopsTheExportAndTheImport() throws Exception {
        Path bank = brokenBank(t -> t);
        Path original;
        try (var files = Files.walk(bank.resolve("questions"))) {
            original = files.filter(p -> p.toString().endsWith("q-1.yaml")).findFirst().orElseThrow();
        }
        Files.copy(original, original.resolveSibling("q-2.yaml"));
        Path out = tmp.resolve("old.apkg");
        Files.writeString(out, "OLD");
        MainTest.Result r = MainTest.run("export", "--format", "anki", "--bank", bank.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains("q-2.yaml:1:1: error[id-filename]: id 'q-1' does not match the file name q-2.yaml");
        assertThat(Files.readString(out)).isEqualTo("OLD");

        Path source = tmp.resolve("more.txt");
        Files.writeString(source, "1. What is a semaphore?\n");
        MainTest.Result i = MainTest.run("import", "--bank", bank.toString(), source.toString());
        assertThat(i.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(i.err()).contains("error[id-filename]");
        try (var files = Files.walk(bank.resolve("questions"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".yaml")).count()).isEqualTo(2);
        }
    }

    /** A text file named .apkg: before, "no importer recognises this file's format", which sent one to --format. */
    @Test
    void aPackageThatIsNotAZipSaysSo() throws Exception {
        Path bank = brokenBank(t -> t);
        for (String name : List.of("deck.apkg", "book.XLSX", "notes.docx")) {
            Path fake = tmp.resolve(name);
            Files.writeString(fake, "not a zip at all\n");
            MainTest.Result r = MainTest.run("import", "--bank", bank.toString(), fake.toString());
            assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(r.err()).contains(name + ": error[not-zip]: its name says").contains("it is not a zip file")
                    .doesNotContain("no importer recognises");
        }
    }

    /** A folder one may not read: one line saying why, not a second one saying it holds nothing to import. */
    @Test
    void anUnreadableFolderIsOneLineSayingWhy() throws Exception {
        Path bank = brokenBank(t -> t);
        Path dir = Files.createDirectories(tmp.resolve("locked"));
        Files.writeString(dir.resolve("a.txt"), "1. What is a semaphore?\n");
        Files.setPosixFilePermissions(dir, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(dir), "root reads any folder");
            MainTest.Result r = MainTest.run("import", "--bank", bank.toString(), dir.toString());
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).contains("permission denied");
        } finally {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
