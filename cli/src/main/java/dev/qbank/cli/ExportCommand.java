package dev.qbank.cli;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.exporters.Exporter;
import dev.qbank.exporters.ExporterRegistry;
import dev.qbank.model.AtomicFiles;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qbank export}: writes the bank (or the questions the filters select) in one target format. The output is
 * written to a temporary file beside the target and moved into place only when the exporter finished, so a failed
 * or interrupted export leaves the previous output as it was.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Writes the bank as an Anki package, Excel workbook, Markdown book or JSON.",
        footer = {"", "Filters: repeat an option to accept any of its values; different options must all match.",
                "Example: qbank export --format anki --topic CNN --difficulty easy --difficulty medium"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.", completionCandidates = Formats.class)
    String format;

    @Option(names = "--bank", defaultValue = "bank", paramLabel = "DIR",
            description = "The bank folder (default: ${DEFAULT-VALUE}).")
    Path bank;

    @Option(names = {"-o", "--out", "--output"}, paramLabel = "FILE",
            description = "Output file (default: out/qbank.<extension>).")
    Path out;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only questions with this topic or one below it (编程 takes 编程 / Java; repeatable).")
    List<String> topics = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Only questions with this tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--difficulty", paramLabel = "LEVEL",
            description = "Only questions of this difficulty: easy, medium or hard (repeatable).")
    List<String> difficulties = new ArrayList<>();

    @Option(names = "--deck", defaultValue = "qbank", paramLabel = "NAME",
            description = "Anki: the root deck; questions go to NAME::topic (default: ${DEFAULT-VALUE}).")
    String deck;

    /** The registered format names, for the help text. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(ExporterRegistry.standard().all().keySet());
        }
    }

    @Override
    public Integer call() throws Exception {
        Exporter exporter = ExporterRegistry.standard().require(format);
        ExportFilter filter = ExportFilter.of(topics, tags, difficulties);
        BankStore store = openBank();
        List<Path> files = store.questionFiles();
        int inBank = files.size();
        if (inBank == 0) {
            throw QbankException.usage("bank", bank.toString(),
                    "the bank holds no questions; run 'qbank import' first");
        }
        Path target = out != null ? out : Path.of("out", "qbank." + exporter.extension());
        if (Files.isDirectory(target)) {
            throw QbankException.usage("out", target.toString(), "is a folder; give --out a file name");
        }
        Map<String, String> options = new LinkedHashMap<>();
        options.put("deck", deck);
        options.put("output", target.getFileName().toString());
        // The bank is streamed from disk (parsed ahead in parallel), never held whole: a million questions export
        // in bounded memory. The count is of the last pass an exporter made.
        AtomicLong written = new AtomicLong();
        Supplier<Stream<Question>> selection = () -> {
            written.set(0);
            Stream<Question> all = store.stream(files);
            return (filter.isEmpty() ? all : all.filter(filter)).peek(q -> written.incrementAndGet());
        };
        ExportRequest request = new ExportRequest(bank, selection, options);
        try {
            AtomicFiles.writePath(target, temp -> exporter.export(request, temp));
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } catch (UncheckedIOException e) {
            throw cannotWrite(target, e.getCause());
        }
        if (written.get() == 0 && !filter.isEmpty()) {
            // Still a valid (empty) file in every format, so scripts that export per topic keep working; but say so.
            spec.commandLine().getErr().println(Diagnostic.warning("filter", bank.toString(), 0, 0, "none of the bank's "
                    + inBank + " questions matches the filters; the export is empty").format());
            spec.commandLine().getErr().flush();
        }
        spec.commandLine().getOut().println("wrote " + written.get() + " questions to " + target);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * An output that cannot be written, in the user's terms: the --out they gave, its folder and why, and what to do;
     * never the temporary file beside it that Java's message names, nor the exception's class ("AccessDeniedException:
     * out/.x.json.1043617488.tmp"), and "free space" only when space is what ran out.
     */
    static QbankException cannotWrite(Path target, IOException cause) {
        String folder = target.getParent() == null ? "the current folder" : "the folder " + target.getParent();
        String why;
        if (cause instanceof AccessDeniedException) {
            why = folder + " cannot be written (permission denied): give yourself write access to it, or choose "
                    + "another --out";
        } else if (cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException) {
            why = folder + " cannot be made or used: a file of that name is in the way; choose another --out";
        } else {
            String reason = cause instanceof FileSystemException f ? f.getReason() : cause.getMessage();
            reason = reason == null || reason.isBlank() ? "an input/output error" : reason;
            why = reason + " (in " + folder.replaceFirst("^the ", "") + "): "
                    + (reason.toLowerCase(Locale.ROOT).contains("space") ? "free space or " : "")
                    + "choose another --out";
        }
        return QbankException.usage("io", target.toString(), "cannot write the export: " + why
                + "; nothing was written there, a previous file is unchanged");
    }

    private BankStore openBank() {
        BankStore store = new BankStore(bank);
        if (!Files.isDirectory(bank)) {
            throw QbankException.usage("bank", bank.toString(),
                    "no bank folder here; run 'qbank import' first or pass --bank DIR");
        }
        if (!store.exists()) {
            throw QbankException.usage("bank", bank.toString(),
                    "is not a bank (no bank.yaml or questions/); run 'qbank import' first or pass --bank DIR");
        }
        return store;
    }
}
