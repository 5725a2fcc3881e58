package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.Importer;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A second reader for the writer: questions read by real importers and written by the bank store pass
 * {@code qbank validate} with no error (the done criterion "validate on a bank written by import exits 0").
 */
class ImportedBankValidatesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"qbankjson, qbank-export.json", "qbankmd, qbank-export.md"})
    void aBankWrittenFromImportedQuestionsValidates(String format, String sample) throws Exception {
        Path source = Path.of("..", "importers", "src", "test", "resources", "fuzz-corpus", sample);
        Importer importer = ImporterRegistry.standard().require(format);
        List<Question> questions = new ArrayList<>();
        importer.read(SourceDocument.load(source, sample), questions::add, w -> { });
        assertThat(questions).isNotEmpty();

        Path bank = tmp.resolve("bank");
        new BankStore(bank).commit(questions, List.of(), BankManifest.empty());
        Files.createDirectories(bank.resolve("media"));
        Files.writeString(bank.resolve("media/dropout.png"), "png");

        MainTest.Result r = MainTest.run("validate", bank.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).doesNotContain("error[");
        assertThat(r.err()).contains((questions.size() + 1) + " files checked, 0 errors");
    }
}
