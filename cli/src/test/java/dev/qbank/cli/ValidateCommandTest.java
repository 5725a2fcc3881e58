package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {
    @TempDir
    Path tmp;
    Path bank;
    String questions;

    @BeforeEach
    void writeBank() {
        bank = tmp.resolve("bank");
        Question q = Question.builder("什么是RNN？").id("q-1").answer("循环神经网络")
                .source(new Source("seeds/a.txt", 3, "什么是RNN？", "numbered", "3", null, null)).build();
        new BankStore(bank).commit(List.of(q), List.of(), BankManifest.empty());
        questions = bank.resolve("questions").toString().replace('\\', '/');
    }

    @Test
    void aCleanBankExitsZeroWithASummary() {
        MainTest.Result r = MainTest.run("validate", bank.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("2 files checked, 0 errors, 0 warnings" + System.lineSeparator());
    }

    @Test
    void theSummaryCountsInTheSingularForOne() throws Exception {
        Path file = tmp.resolve("one.yaml");
        Files.writeString(file, "id: one\nquestion: x\ndifficulty: extreme\n");
        MainTest.Result r = MainTest.run("validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("1 file checked, 1 error, 0 warnings" + System.lineSeparator());
    }

    /** The broken files of issue 2's done criteria: each exits 1 quickly, naming file and line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing question | id: q-2\\nanswer: x\\n                         | 1:1  | schema         | missing required field 'question'
            bad difficulty   | id: q-2\\nquestion: x\\ndifficulty: 难\\n     | 3:13 | schema         | difficulty: '难' is not one of easy, medium, hard
            unknown field    | id: q-2\\nquestion: x\\nqustion: y\\n         | 3:1  | schema         | unknown field 'qustion' (did you mean 'question'?)
            wrong type       | id: q-2\\nquestion: x\\ntags: {a: 1}\\n       | 3:7  | schema         | tags: expected a list, found a mapping
            syntax error     | id: q-2\\nquestion: "x\\n                      | 2:11 | yaml           | invalid YAML: a quoted value is never closed; add the closing quote
            duplicate id     | id: q-1\\nquestion: y\\n                       | 1:5  | duplicate-id   | id 'q-1' is already used by
            duplicate key    | id: q-2\\nquestion: x\\nid: q-3\\n             | 3:1  | duplicate-key  | duplicate key 'id'
            alias bomb       | id: q-2\\nquestion: x\\naliases: &a [*a]\\n   | 3:10 | alias          | anchor '&a'
            """)
    void eachBrokenFileExitsOneNamingFileAndLine(String name, String yaml, String at, String code, String message)
            throws Exception {
        Files.writeString(bank.resolve("questions/q-2.yaml"), yaml.replace("\\n", "\n"));
        long start = System.nanoTime();
        MainTest.Result r = MainTest.run("validate", bank.toString());
        assertThat(System.nanoTime() - start).as("seconds, not minutes").isLessThan(10_000_000_000L);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains(questions + "/q-2.yaml:" + at + ": error[" + code + "]: " + message);
        assertThat(r.err()).doesNotContain("Exception").contains("3 files checked, ");

        MainTest.Result gh = MainTest.run("validate", "--format", "github", bank.toString());
        assertThat(gh.code()).isEqualTo(ExitCodes.FINDINGS);
        String[] lineCol = at.split(":");
        assertThat(gh.out()).contains("::error file=" + questions + "/q-2.yaml,line=" + lineCol[0] + ",col="
                + lineCol[1] + ",title=qbank " + code + "::");
    }

    /** What the next import would refuse in the bank's side files, validate reports first, one line each. */
    @Test
    void brokenDecisionsGlossaryAndDeletedFilesAreFindings() throws Exception {
        Files.writeString(bank.resolve("decisions.yaml"), "decisions: {a: 1}\n");
        Files.writeString(bank.resolve("glossary.yaml"), "terms: [oops\n");
        Files.writeString(bank.resolve("deleted.yaml"), "deleted:\n  - file: a.txt\n    line: two\n    text: t\n");
        MainTest.Result r = MainTest.run("validate", bank.toString());
        assertThat(r.code()).isEqualTo(1);
        String b = bank.toString().replace('\\', '/');
        assertThat(r.out().lines().toList()).containsExactly(
                b + "/decisions.yaml:1:12: error[decisions]: decisions: not the kind of value this field holds "
                        + "(expected a list); the file holds decisions: a list of entries with action (merge or "
                        + "keep-apart), a and b (fix the file by hand or restore it from git)",
                b + "/glossary.yaml:1:8: error[glossary]: the '[' here is never closed; add the closing ']', or, if "
                        + "the value is text, put the whole value in single quotes (a ' inside written as '') (fix the "
                        + "glossary file; see the README section on qbank dedup)",
                b + "/deleted.yaml:3:11: error[deleted]: deleted[0].line: not the kind of value this field holds "
                        + "(expected a whole number); the file holds deleted: a list of entries with file, line and "
                        + "text (fix the file by hand or restore it from git)");
    }

    @Test
    void hugeScalarIsAFindingNotACrash() throws Exception {
        Files.writeString(bank.resolve("questions/q-2.yaml"), "id: q-2\nquestion: " + "长".repeat(1_000_001) + "\n");
        MainTest.Result r = MainTest.run("validate", bank.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains(questions + "/q-2.yaml:2:11: error[too-large]: String value length (1000001)");
    }

    @Test
    void warningsAloneExitZeroAndBecomeGithubWarnings() throws Exception {
        Files.createDirectories(bank.resolve("questions/2"));
        Files.writeString(bank.resolve("questions/2/q-2.yaml"), "id: q-2\nquestion: 什么是 RNN?\n");
        MainTest.Result r = MainTest.run("validate", "--format", "github", bank.toString());
        assertThat(r.code()).isZero();
        // on both files, each naming the other: the new file is marked in the pull request's diff whichever sorts first
        assertThat(r.out().lines().toList()).containsExactly(
                "::warning file=" + questions + "/1/q-1.yaml,line=2,col=11,title=qbank duplicate-question::likely the "
                        + "same question as " + questions + "/2/q-2.yaml:2:11 (same text ignoring case, width, accents, "
                        + "spaces and punctuation); merge them or reword one",
                "::warning file=" + questions + "/2/q-2.yaml,line=2,col=11,title=qbank duplicate-question::likely the "
                        + "same question as " + questions + "/1/q-1.yaml:2:11 (same text ignoring case, width, accents, "
                        + "spaces and punctuation); merge them or reword one");
        assertThat(r.err()).contains("3 files checked, 0 errors, 2 warnings");
    }

    /**
     * A question added by hand that the import would have merged with one already in the bank, in other words: a
     * warning on the later file naming the earlier one and the two commands that settle it; a keep-apart decision
     * silences it; a question on the same concept asking something else is not reported.
     */
    @Test
    void aParaphraseOfABankQuestionIsAWarningUntilACuratorDecides() throws Exception {
        Files.createDirectories(bank.resolve("questions/2"));
        Files.writeString(bank.resolve("questions/2/q-2.yaml"), "id: q-2\nquestion: RNN是什么\n");
        Files.writeString(bank.resolve("questions/2/q-3.yaml"), "id: q-3\nquestion: RNN有什么缺点？\n");
        String b = bank.toString();
        MainTest.Result r = MainTest.run("validate", b);
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList()).singleElement().asString()
                .startsWith(questions + "/2/q-2.yaml:2:11: warning[paraphrase]: likely the same question as "
                        + questions + "/1/q-1.yaml in other words (same concepts ")
                .endsWith("both ask definition); merge them with 'qbank dedup --bank " + b + " --merge q-1 q-2', or, "
                        + "if they differ, record it with 'qbank dedup --bank " + b + " --keep-apart q-1 q-2'");
        assertThat(r.err()).contains("4 files checked, 0 errors, 1 warning" + System.lineSeparator());

        assertThat(MainTest.run("validate", "--paraphrases", "never", b).out()).isEmpty();

        assertThat(MainTest.run("dedup", "--bank", b, "--keep-apart", "q-1", "q-2").code()).isZero();
        MainTest.Result decided = MainTest.run("validate", b);
        assertThat(decided.out()).isEmpty();
        assertThat(decided.err()).contains("0 errors, 0 warnings");
    }

    /**
     * The same-text check and the paraphrase check do not report one pair twice, but only that pair: a file with the
     * same text as a later one is still told it is another file's paraphrase.
     */
    @Test
    void aSameTextPairIsReportedOnceAndItsFilesOtherParaphrasesStill() throws Exception {
        Files.createDirectories(bank.resolve("questions/2"));
        Files.writeString(bank.resolve("questions/2/q-2.yaml"), "id: q-2\nquestion: RNN是什么\n");
        Files.writeString(bank.resolve("questions/2/q-3.yaml"), "id: q-3\nquestion: RNN是什么？\n");
        MainTest.Result r = MainTest.run("validate", bank.toString());
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.contains("warning[duplicate-question]")).hasSize(2);
        // q-2 and q-3 are the same text: no paraphrase warning between them; q-2 is q-1's paraphrase: that one stays
        assertThat(lines).filteredOn(l -> l.contains("warning[paraphrase]")).singleElement().asString()
                .startsWith(questions + "/2/q-2.yaml:2:11: warning[paraphrase]: likely the same question as "
                        + questions + "/1/q-1.yaml in other words");
    }

    @Test
    void aDuplicateWarningsPairIsItsFileAndTheFileItNames() {
        Diagnostic same = Diagnostic.warning("duplicate-question", "b/2.yaml", 2, 11,
                "likely the same question as b/1.yaml:2:11 (same text ignoring case); merge them or reword one");
        Diagnostic paraphrase = Diagnostic.warning("paraphrase", "b/2.yaml", 2, 11,
                "likely the same question as b/1.yaml in other words (same concepts); merge them");
        Diagnostic other = Diagnostic.warning("paraphrase", "b/2.yaml", 2, 11,
                "likely the same question as b/0.yaml in other words (same concepts); merge them");
        assertThat(ValidateCommand.pair(same)).isEqualTo(ValidateCommand.pair(paraphrase)).isEqualTo("b/2.yaml\nb/1.yaml");
        assertThat(ValidateCommand.pair(other)).isEqualTo("b/2.yaml\nb/0.yaml");
    }

    /** Errors come first: with a file that does not read, paraphrases are not looked for (nor does it crash). */
    @Test
    void paraphrasesWaitForErrorsAndHugeBanksNeedAskingFor() throws Exception {
        Files.createDirectories(bank.resolve("questions/2"));
        Files.writeString(bank.resolve("questions/2/q-2.yaml"), "id: q-2\nquestion: RNN是什么\n");
        Files.writeString(bank.resolve("questions/2/q-3.yaml"), "id: q-3\nquestion: [\n");
        MainTest.Result r = MainTest.run("validate", bank.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("q-3.yaml:").doesNotContain("paraphrase");
        assertThat(r.err()).doesNotContain("Exception");

        int limit = ValidateCommand.AUTO_PARAPHRASE_LIMIT;
        assertThat(ValidateCommand.paraphrasesWanted(ValidateCommand.Paraphrases.auto, limit)).isTrue();
        assertThat(ValidateCommand.paraphrasesWanted(ValidateCommand.Paraphrases.auto, limit + 1)).isFalse();
        assertThat(ValidateCommand.paraphrasesWanted(ValidateCommand.Paraphrases.always, limit + 1)).isTrue();
        assertThat(ValidateCommand.paraphrasesWanted(ValidateCommand.Paraphrases.never, 1)).isFalse();
    }

    @Test
    void githubAnnotationsEscapeWhatWouldBreakThem() {
        String line = ValidateCommand.githubAnnotation(dev.qbank.model.Diagnostic.error("schema", "a,b:c.yaml", 2, 0,
                "100% wrong\nsecond line"));
        assertThat(line).isEqualTo("::error file=a%2Cb%3Ac.yaml,line=2,title=qbank schema::100%25 wrong%0Asecond line");
    }

    @Test
    void jsonFormatIsOneDocumentWithCountsAndDiagnostics() throws Exception {
        Files.writeString(bank.resolve("questions/q-2.yaml"), "id: q-2\nquestion: x\ndifficulty: 9\n");
        MainTest.Result r = MainTest.run("validate", "--format", "json", bank.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode doc = QbankMapper.json().readTree(r.out());
        assertThat(doc.get("filesChecked").asInt()).isEqualTo(3);
        assertThat(doc.get("errors").asInt()).isEqualTo(1);
        JsonNode d = doc.get("diagnostics").get(0);
        assertThat(d.get("severity").asString()).isEqualTo("error");
        assertThat(d.get("code").asString()).isEqualTo("schema");
        assertThat(d.get("file").asString()).isEqualTo(questions + "/q-2.yaml");
        assertThat(d.get("line").asInt()).isEqualTo(3);
        assertThat(d.get("column").asInt()).isEqualTo(13);
        assertThat(d.propertyNames()).containsExactly("severity", "code", "file", "line", "column", "message");
    }

    @Test
    void missingPathOrBadFormatIsAUsageError() {
        MainTest.Result r = MainTest.run("validate", tmp.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("nope: error[io]: no such file or folder").doesNotContain("Exception");

        MainTest.Result dflt = MainTest.run("validate");
        assertThat(dflt.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(dflt.err()).contains("bank: error[io]: no such file or folder (run 'qbank import' first");

        MainTest.Result fmt = MainTest.run("validate", "--format", "xml", bank.toString());
        assertThat(fmt.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(fmt.err()).contains("xml");
    }

    @Test
    void helpListsTheCommand() {
        assertThat(MainTest.run("--help").out()).contains("validate");
        MainTest.Result r = MainTest.run("validate", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--format").contains("--verbose").contains("Exit codes");
    }

    /**
     * curator41 (audit 5b): validate after an import was killed mid-write finishes the journalled change first, as
     * import, export and dedup do, instead of checking a bank that is half old and half new.
     */
    @Test
    void aBankLeftMidChangeByAKilledImportIsFinishedBeforeItIsValidated() throws Exception {
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, "1. What is a mutex?\n");
        Path bank = tmp.resolve("bank");
        assertThat(MainTest.run("import", "--bank", bank.toString(), list.toString()).code()).isZero();
        Path staging = Files.createDirectories(bank.resolve(".staging"));
        Files.writeString(staging.resolve("0.new"), "id: q-staged\nquestion: What is a futex?\n");
        Files.writeString(staging.resolve("journal"), "M\t0.new\tquestions/s/q-staged.yaml");

        MainTest.Result r = MainTest.run("validate", bank.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(bank.resolve("questions/s/q-staged.yaml")).exists();
        assertThat(staging).doesNotExist();
    }
}
