package dev.qbank.importers;

import dev.qbank.importers.dedup.Deduplication;
import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.SourceBank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code qbank import}: reads every input, and only if all of them read cleanly merges their questions into the
 * bank and writes it in one commit. All or nothing: any error in any file is reported (every error, one line each)
 * and the bank is not touched, not even created.
 *
 * <ol>
 *   <li>collect the input files ({@link InputCollector});</li>
 *   <li>load, detect (or force) the format and read each file; a file with no questions is an error;</li>
 *   <li>lock the bank ({@link BankLock}), recover an interrupted change, read its questions, merge
 *       ({@link BankMerge}); media the sources refer to are resolved and named for the bank first
 *       ({@link MediaIntake});</li>
 *   <li>write new and changed questions, the manifest and the media files those questions list with
 *       {@link BankStore#commit}, which stages every file first and leaves files whose bytes would not change
 *       alone: re-importing the same input writes nothing.</li>
 * </ol>
 */
public final class ImportPipeline {
    private final ImporterRegistry registry;

    public ImportPipeline(ImporterRegistry registry) {
        this.registry = registry;
    }

    public ImportReport run(ImportRequest request) {
        Importer forced = request.format() == null ? null : registry.require(request.format());
        List<Diagnostic> errors = new ArrayList<>();
        List<InputFile> inputs = new InputCollector(request.bank()).collect(request.inputs(), errors);
        if (inputs.isEmpty() && errors.isEmpty()) {
            throw QbankException.usage("no-input", "", "nothing to import: name files or folders");
        }
        List<ParsedFile> parsed;
        try {
            parsed = new FileReader(registry, forced).readAll(inputs);
        } catch (QbankException e) {
            // Report the missing paths and every unreadable file together, so one run shows all there is to fix.
            List<Diagnostic> all = new ArrayList<>(errors);
            all.addAll(e.diagnostics());
            throw new QbankException(all, errors.isEmpty() ? e.exitCode() : Math.max(e.exitCode(), QbankException.EXIT_USAGE));
        }
        if (!errors.isEmpty()) {
            throw new QbankException(errors, QbankException.EXIT_USAGE);
        }

        BankStore store = new BankStore(request.bank());
        try (BankLock lock = BankLock.acquire(request.bank())) {
            // A change a crash interrupted is finished or discarded before the bank is read (under the lock).
            store.recover();
            MediaIntake media = new MediaIntake(request.bank());
            parsed = parsed.stream().map(media::resolve).toList();
            List<ImportReport.FileSummary> files = new ArrayList<>();
            for (ParsedFile f : parsed) {
                files.add(new ImportReport.FileSummary(f.document().file(), f.format(), f.forced(),
                        f.questions().size(), f.warnings()));
            }
            BankMerge merge = new BankMerge(store.readAll(), Deduplication.forBank(request.bank()));
            BankManifest manifest = manifest(store.readManifest(), parsed);
            List<ParsedFile> pending = new ArrayList<>(parsed);
            parsed = null;
            for (int i = 0; i < pending.size(); i++) {
                // Each file is let go once merged: the questions that merge into others need not stay in memory.
                merge.offerAll(pending.set(i, null).questions());
            }
            int written = store.commit(merge.changed(), List.of(), manifest, media.copiesFor(merge.changed()));
            return new ImportReport(files, merge.added(), merge.unchanged(), merge.merged(), written, request.bank());
        }
    }

    /** The manifest with one entry per imported file, replacing that file's earlier entry, keeping the others. */
    static BankManifest manifest(BankManifest old, List<ParsedFile> parsed) {
        Map<String, SourceBank> sources = new LinkedHashMap<>();
        for (SourceBank s : old.sources()) {
            sources.put(s.file(), s);
        }
        for (ParsedFile f : parsed) {
            SourceDocument d = f.document();
            sources.put(d.file(), new SourceBank(d.file(), f.format(), d.sha256(), f.questions().size()));
        }
        return new BankManifest(BankManifest.SCHEMA_VERSION, old.name(), List.copyOf(sources.values()));
    }
}
