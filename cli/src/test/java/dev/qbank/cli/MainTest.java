package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsExitCodes() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: qbank").contains("Exit codes");
    }

    /** A folder walk reads Word documents (README, the docx format), so import's help must not say it skips them. */
    @Test
    void importHelpNamesEveryOfficeFileAFolderWalkReads() {
        Result r = run("import", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("other than Excel workbooks, Word documents and Anki decks");
    }

    @Test
    void versionPrintsProjectVersion() {
        Result r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("qbank ").doesNotContain("${");
    }

    /** Every command whose help lists -V prints the version with it, not an empty line. */
    @Test
    void everySubcommandThatOffersVersionPrintsIt() {
        for (String command : List.of("import", "export", "validate", "dedup")) {
            Result r = run(command, "--version");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("qbank ").contains("question schema version");
        }
    }

    @Test
    void unknownOptionIsUsageErrorWithoutStackTrace() {
        Result r = run("--no-such-option");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no-such-option").doesNotContain("at dev.qbank");
    }
}
