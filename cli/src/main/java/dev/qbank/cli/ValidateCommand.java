package dev.qbank.cli;

import dev.qbank.importers.BankSideFiles;
import dev.qbank.importers.ParaphraseCheck;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankMapper;
import dev.qbank.schema.BankValidator;
import dev.qbank.schema.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qbank validate [PATHS...]}: every problem in question files and banks, in one run, for CI. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Checks question files and banks; reports every problem in one run.",
                "Each finding is 'file:line:column: error[CODE]: message': YAML syntax, anchors/aliases/tags, "
                        + "duplicate keys, size limits, the question JSON Schema, ids unique in the bank, id = file "
                        + "name, media files, and likely duplicate questions (warnings: the same text, or the same question in other words "
                        + "that the import would have merged)."},
        footerHeading = "%nExamples:%n",
        footer = {"  qbank validate                            check bank/",
                "  qbank validate bank/questions/1/q-1.yaml  check one file",
                "  qbank validate --format github            GitHub workflow annotations",
                "%nExit codes: 0 no errors (warnings allowed), 1 findings, 2 usage or I/O error."})
public final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, github }

    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Question files, bank folders (bank.yaml plus questions/) or folders of question files "
                    + "(default: bank/).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text (default), json, or github (workflow annotations).")
    Format format;

    /** When to look for questions that the import would have merged (see {@link ParaphraseCheck}). */
    enum Paraphrases { auto, always, never }

    /**
     * Above this many question files, {@code --paraphrases=auto} skips the check: it profiles every question again
     * (tens of microseconds each), which would double a million-question validate. Contributors' banks are far
     * smaller; a maintainer of a huge bank runs {@code qbank dedup} or asks for it.
     */
    static final int AUTO_PARAPHRASE_LIMIT = 100_000;

    /** The other file a duplicate warning names, in both checks' wording (see {@link #pair}). */
    private static final Pattern NAMED_FILE = Pattern.compile(
            "likely the same question as (.+?)(?::[0-9]+:[0-9]+)?(?: in other words)? \\(");

    @Option(names = "--paraphrases", paramLabel = "WHEN", defaultValue = "auto",
            description = "Also warn about questions that ask the same as another in other words, as the import "
                    + "would merge them: auto (default: banks of up to 100,000 questions), always, never.")
    Paraphrases paraphrases;

    @Override
    public Integer call() {
        List<Path> targets = paths == null || paths.isEmpty() ? List.of(Path.of("bank")) : paths;
        // A bank an import or a decision was killed in the middle of writing is finished or rolled back first, as
        // every other reader does: validated as it lies, it is half the old bank and half the new (a killed import
        // of 30,000 questions showed 11,164 files), and CI would judge a bank no command will ever read.
        targets.stream().filter(t -> Files.isRegularFile(t.resolve(BankStore.MANIFEST)))
                .forEach(t -> new BankStore(t).recover());
        ValidationReport report = withBankChecks(new BankValidator().validate(targets), targets);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> report.diagnostics().forEach(d -> out.println(d.format()));
            case github -> report.diagnostics().forEach(d -> out.println(githubAnnotation(d)));
            case json -> out.println(QbankMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(json(report)));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(count(report.filesChecked(), "file") + " checked, " + count(report.errors(), "error") + ", "
                + count(report.warnings(), "warning"));
        err.flush();
        if (report.hasIoErrors()) {
            return ExitCodes.USAGE;
        }
        return report.errors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** "1 warning", "2 warnings": the summary line reads as English at every count. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * The report plus, for every target that is a bank folder, what the bank's side files (decisions, glossary,
     * deleted questions) would make import or dedup refuse, and the questions the import would have merged
     * ({@link ParaphraseCheck}). The latter only once nothing is in error: a file that does not read cannot be
     * compared, and errors come first.
     */
    static boolean paraphrasesWanted(Paraphrases when, int files) {
        return when == Paraphrases.always || when == Paraphrases.auto && files <= AUTO_PARAPHRASE_LIMIT;
    }

    private ValidationReport withBankChecks(ValidationReport report, List<Path> targets) {
        List<Diagnostic> all = new ArrayList<>(report.diagnostics());
        int files = report.filesChecked();
        List<Path> banks = targets.stream().filter(t -> Files.isRegularFile(t.resolve(BankStore.MANIFEST))).toList();
        for (Path bank : banks) {
            all.addAll(BankSideFiles.check(bank));
        }
        boolean wanted = paraphrasesWanted(paraphrases, files);
        if (!wanted && paraphrases == Paraphrases.auto && !banks.isEmpty()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "note: %,d files, more than %,d: not looking for paraphrased "
                    + "duplicates (--paraphrases=always does; 'qbank dedup' lists candidates)%n", files,
                    AUTO_PARAPHRASE_LIMIT);
        }
        if (wanted && !banks.isEmpty() && all.stream().noneMatch(Diagnostic::isError)) {
            // a pair the validator already reports as the same text is not reported twice; by pair, not by file: a
            // file with the same text as one file may still be another's paraphrase
            Set<String> sameText = new HashSet<>();
            for (Diagnostic d : all) {
                if (d.code().equals(BankValidator.DUPLICATE_QUESTION)) {
                    sameText.add(pair(d));
                }
            }
            for (Path bank : banks) {
                ParaphraseCheck.check(bank).stream().filter(d -> !sameText.contains(pair(d))).forEach(all::add);
            }
        }
        return all.size() == report.diagnostics().size() ? report : new ValidationReport(files, all);
    }

    /**
     * The file a duplicate warning is on and the file it names ("likely the same question as FILE[:line:column] …",
     * the wording of both checks), as one key.
     */
    static String pair(Diagnostic d) {
        Matcher m = NAMED_FILE.matcher(d.message());
        return d.file() + "\n" + (m.lookingAt() ? m.group(1) : d.message());
    }

    private static Map<String, Object> json(ValidationReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("filesChecked", report.filesChecked());
        doc.put("errors", report.errors());
        doc.put("warnings", report.warnings());
        doc.put("diagnostics", report.diagnostics());
        return doc;
    }

    /**
     * A GitHub Actions workflow command ({@code ::error file=...,line=...,col=...,title=...::message}), which
     * GitHub shows on the pull request's changed line.
     */
    static String githubAnnotation(Diagnostic d) {
        StringBuilder sb = new StringBuilder("::").append(d.isError() ? "error" : "warning");
        sb.append(" file=").append(escapeProperty(d.file()));
        if (d.line() > 0) {
            sb.append(",line=").append(d.line());
            if (d.column() > 0) {
                sb.append(",col=").append(d.column());
            }
        }
        sb.append(",title=").append(escapeProperty("qbank " + d.code()));
        return sb.append("::").append(escapeData(d.message())).toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
