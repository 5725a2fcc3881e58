package dev.qbank.cli;

import dev.qbank.importers.ImportPipeline;
import dev.qbank.importers.ImportReport;
import dev.qbank.importers.ImportRequest;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qbank import}: source banks into the canonical bank, all or nothing, with a summary. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Reads question banks (files, or folders of files) and merges them into the bank.",
                "Each file's format is detected from its content unless --format is given. If any file cannot be "
                        + "read, nothing is written. Re-importing the same input changes nothing (a file unchanged "
                        + "since the last import, all of its questions still in the bank, is not read again); edits "
                        + "made to bank questions survive re-import, and questions deleted from the bank stay "
                        + "deleted."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
            description = "Source files or folders (folders: every regular file inside, recursively, except hidden "
                    + "files, manifest.yaml, README*, LICENSE* and the like, and images, PDFs, archives and office "
                    + "files other than Excel workbooks, Word documents and Anki decks). "
                    + "Default: seeds/")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--bank", paramLabel = "DIR", defaultValue = "bank",
            description = "The bank folder to merge into (created if missing). Default: ${DEFAULT-VALUE}")
    Path bank;

    @Option(names = "--format", paramLabel = "NAME", completionCandidates = FormatNames.class,
            description = "Read every input with this importer instead of detecting each file's format: "
                    + "${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = "--restore-deleted",
            description = "Add again the questions of these files that were deleted from the bank by hand (import "
                    + "otherwise keeps them out, see BANK/deleted.yaml).")
    boolean restoreDeleted;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Read the text files (CSV, TXT, Markdown, JSON...) without a byte-order mark in this "
                    + "character set, e.g. gb18030 for files saved as GBK by Excel or Notepad on a Chinese Windows, "
                    + "big5, shift_jis. Default: UTF-8 (files with a byte-order mark are read by it).")
    String encoding;

    /** The registered formats, listed by {@code --help}. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ImporterRegistry.standard().all().keySet().iterator();
        }
    }

    /** What a bare {@code qbank import} reads: the bundled seed banks of a checkout. */
    static final String DEFAULT_INPUT = "seeds";

    @Override
    public Integer call() {
        if (inputs.isEmpty() && !Files.exists(Path.of(DEFAULT_INPUT))) {
            // Without arguments the command means "the project's bundled seeds"; elsewhere say what to pass instead.
            throw QbankException.usage("no-input", DEFAULT_INPUT, "no seeds/ folder here to import by default; name "
                    + "the files or folders to import (qbank import FILE|DIR...), or run qbank import where seeds/ is");
        }
        List<String> paths = inputs.isEmpty() ? List.of(DEFAULT_INPUT) : inputs;
        ImportReport report;
        try (InterruptNotice notice = InterruptNotice.whileImporting(bank, spec.commandLine().getErr())) {
            report = new ImportPipeline(ImporterRegistry.standard())
                    .run(new ImportRequest(paths, bank, format, restoreDeleted,
                            encoding == null ? StandardCharsets.UTF_8 : ImportRequest.encodingNamed(encoding)));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Diagnostic notice : report.notices()) {
            out.println(notice.format());
        }
        for (ImportReport.FileSummary f : report.files()) {
            if (f.asLastImported()) {
                out.printf("%s: %s, %d question%s, unchanged since the last import (not read again)%n", f.file(),
                        f.format(), f.questions(), f.questions() == 1 ? "" : "s");
                continue;
            }
            out.printf("%s: %s (%s), %d question%s%n", f.file(), f.format(), f.forced() ? "forced" : "detected",
                    f.questions(), f.questions() == 1 ? "" : "s");
            for (Diagnostic w : f.warnings()) {
                out.println("  " + w.format());
            }
        }
        out.printf("new %d, unchanged %d, merged %d%s%s%s%s%n", report.added(), report.unchanged(), report.merged(),
                report.reworded() == 0 ? "" : ", reworded " + report.reworded(),
                report.moved() == 0 ? "" : ", moved " + report.moved(),
                report.keptOut() == 0 ? "" : ", kept out " + report.keptOut() + " (deleted from the bank by hand, see "
                        + report.bank().resolve(BankStore.DELETED) + ")",
                // said in full (warning[gone]) once, by the import that found them; counted while the bank cites them
                report.gone() == 0 ? "" : ", gone " + report.gone() + " (bank questions kept though their file no"
                        + " longer holds them: edit or delete them; the import that found them named them)");
        out.printf("bank: %s (%d file%s written)%n", report.bank(), report.written(),
                report.written() == 1 ? "" : "s");
        out.flush();
        return ExitCodes.OK;
    }
}
