package dev.qbank.importers.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.importers.ImportPipeline;
import dev.qbank.importers.ImportReport;
import dev.qbank.importers.ImportRequest;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.model.BankStore;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook through the whole import: detected, read, merged and recorded like any source file. */
class XlsxImportPipelineTest {
    @TempDir
    Path dir;

    private ImportReport run(String format, Path... inputs) {
        List<String> names = java.util.Arrays.stream(inputs).map(Path::toString).toList();
        return new ImportPipeline(ImporterRegistry.standard())
                .run(new ImportRequest(names, dir.resolve("bank"), format));
    }

    @Test
    void aWorkbookImportsAndReimportsUnchanged() throws IOException {
        Path book = XlsxFixtures.userBook(dir.resolve("book.xlsx"));
        ImportReport first = run(null, book);
        assertThat(first.files()).singleElement().satisfies(f -> {
            assertThat(f.format()).isEqualTo("xlsx");
            assertThat(f.questions()).isEqualTo(4);
        });
        List<Question> bank = new BankStore(dir.resolve("bank")).readAll();
        assertThat(bank).hasSize(4);
        assertThat(bank).allSatisfy(q -> assertThat(q.sources().get(0).file()).endsWith("book.xlsx"));
        assertThat(Files.readString(dir.resolve("bank/bank.yaml"))).contains("book.xlsx", "format: xlsx");
        ImportReport again = run(null, book);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
    }

    /** A folder walk takes workbooks like any bank, and leaves out the lock file Excel keeps beside an open one. */
    @Test
    void aFolderWalkImportsWorkbooksAndSkipsOfficeLockFiles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        XlsxFixtures.userBook(in.resolve("book.xlsx"));
        Files.write(in.resolve("~$book.xlsx"), new byte[] {8, 0, 'm', 'e', 0, 0});
        Files.writeString(in.resolve("list.txt"), "1. What is a tensor?\n", StandardCharsets.UTF_8);
        ImportReport report = run(null, in);
        assertThat(report.files()).extracting(ImportReport.FileSummary::file, ImportReport.FileSummary::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(in.toString().replace('\\', '/') + "/book.xlsx", "xlsx"),
                        org.assertj.core.groups.Tuple.tuple(in.toString().replace('\\', '/') + "/list.txt", "numbered"));
        assertThat(report.notices()).isEmpty();
    }

    @Test
    void aFormatThatDoesNotFitTheFileIsRefused() throws IOException {
        Path book = XlsxFixtures.userBook(dir.resolve("book.xlsx"));
        assertThatThrownBy(() -> run("csv", book)).isInstanceOf(QbankException.class).hasMessage(
                book.toString().replace('\\', '/') + ": error[format]: this is a binary file, not a text question"
                        + " bank (import takes UTF-8 text: Markdown, plain lists, JSON, CSV; Excel .xlsx"
                        + " workbooks, Word .docx documents and Anki .apkg decks); --format csv reads text");
        Path csv = dir.resolve("q.csv");
        Files.writeString(csv, "question,answer\nq,a\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> run("xlsx", csv)).isInstanceOf(QbankException.class).hasMessage(
                csv.toString().replace('\\', '/') + ": error[format]: --format xlsx reads a binary file, and this"
                        + " is a text file");
        assertThat(dir.resolve("bank")).doesNotExist();
    }
}
