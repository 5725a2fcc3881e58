package dev.qbank.cli;

import dev.qbank.importers.BankSideFiles;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankMapper;
import dev.qbank.schema.BankValidator;
import dev.qbank.schema.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
                        + "name, media files, and likely duplicate questions (a warning)."},
        footerHeading = "%nExamples:%n",
        footer = {"  qbank validate                          check bank/",
                "  qbank validate bank/questions/q-1.yaml  check one file",
                "  qbank validate --format github          annotations for a GitHub pull request",
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

    @Override
    public Integer call() {
        List<Path> targets = paths == null || paths.isEmpty() ? List.of(Path.of("bank")) : paths;
        ValidationReport report = withSideFiles(new BankValidator().validate(targets), targets);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> report.diagnostics().forEach(d -> out.println(d.format()));
            case github -> report.diagnostics().forEach(d -> out.println(githubAnnotation(d)));
            case json -> out.println(QbankMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(json(report)));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(report.filesChecked() + " files checked, " + report.errors() + " errors, " + report.warnings()
                + " warnings");
        err.flush();
        if (report.hasIoErrors()) {
            return ExitCodes.USAGE;
        }
        return report.errors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * The report plus what the bank's side files (decisions, glossary, deleted questions) would make import or
     * dedup refuse, for every target that is a bank folder.
     */
    private static ValidationReport withSideFiles(ValidationReport report, List<Path> targets) {
        List<Diagnostic> all = new ArrayList<>(report.diagnostics());
        int files = report.filesChecked();
        for (Path target : targets) {
            if (Files.isRegularFile(target.resolve(BankStore.MANIFEST))) {
                all.addAll(BankSideFiles.check(target));
            }
        }
        return all.size() == report.diagnostics().size() ? report : new ValidationReport(files, all);
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
