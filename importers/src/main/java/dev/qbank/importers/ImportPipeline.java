package dev.qbank.importers;

import dev.qbank.importers.dedup.Decisions;
import dev.qbank.importers.dedup.Deduplication;
import dev.qbank.importers.dedup.Glossary;
import dev.qbank.model.BankLock;
import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.SourceBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code qbank import}: reads every input, merging their questions into the bank as they are read, and only if all
 * of them read cleanly writes the bank, in one commit. All or nothing: any error in any file is reported (every
 * error, one line each) and the bank is not touched; a bank that did not exist is not left behind.
 *
 * <ol>
 *   <li>collect the input files ({@link InputCollector});</li>
 *   <li>lock the bank ({@link BankLock}), recover an interrupted change, read its questions;</li>
 *   <li>load, detect (or force) the format and read each file, a file with no questions being an error, and merge
 *       each file's questions ({@link BankMerge}) as soon as it and every file before it are read; media the
 *       sources refer to are resolved and named for the bank first ({@link MediaIntake}); a file the bank holds as
 *       it is (same digest as recorded, every question still cited: {@link BankMerge#heldWhole}) is not parsed, and
 *       the bank is indexed for duplicates only once a question needs it;</li>
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
        InputCollector collector = new InputCollector(request.bank());
        List<InputFile> inputs = collector.collect(request.inputs(), errors);
        if (inputs.isEmpty() && errors.isEmpty()) {
            throw QbankException.usage("no-input", "", "nothing to import: name files or folders");
        }
        if (!errors.isEmpty()) {
            // only errors are reported here: the built-in ask words read them as well as the bank's would
            FileReader reader = new FileReader(registry, forced, Map.of(), request.encoding(), Glossary.builtIn());
            // Report the missing paths and every unreadable file together, so one run shows all there is to fix.
            List<Diagnostic> all = new ArrayList<>(errors);
            int exit = QbankException.EXIT_USAGE;
            try {
                reader.readAll(inputs);
            } catch (QbankException e) {
                all.addAll(e.diagnostics());
                exit = Math.max(exit, e.exitCode());
            }
            throw new QbankException(all, exit);
        }
        try (BankLock lock = BankLock.acquire(request.bank())) {
            try {
                return mergeAndWrite(request, forced, inputs, collector.skipped());
            } catch (RuntimeException e) {
                // A failed import leaves no trace, so the next run starts from the same place: a bank folder this
                // import made is removed again, by the process that holds its lock (never by one that found it
                // locked, which would pull the lock file from under the import that made the folder).
                lock.removeNewBankIfEmpty();
                throw e;
            }
        }
    }

    /**
     * Steps 2 to 4. Files are merged as they are read, in input order, while later files are still being read
     * (at 1M questions reading and merging overlap instead of taking turns); a failure in any file is thrown
     * before anything is written.
     */
    private ImportReport mergeAndWrite(ImportRequest request, Importer forced, List<InputFile> inputs,
            List<Diagnostic> notices) {
        BankStore store = new BankStore(request.bank());
        // A change a crash interrupted is finished or discarded before the bank is read (under the lock).
        store.recover();
        MediaIntake media = new MediaIntake(request.bank());
        DeletedSources deleted = DeletedSources.read(request.bank());
        BankManifest before = store.readManifest();
        Map<String, SourceBank> recordedBefore = new HashMap<>();
        before.sources().forEach(s -> recordedBefore.put(s.file(), s));
        // one glossary for the merge's dedup and for the ask words the files are read with ({@link AskWords})
        Glossary glossary = Glossary.forBank(request.bank());
        BankMerge merge = new BankMerge(store.readAll(), Deduplication.index(glossary, Decisions.read(request.bank())),
                deleted, request.restoreDeleted());
        merge.willOffer(inputs.stream().map(InputFile::recordedName).toList());
        // Files the bank holds whole as they are need not be read again (a re-run over a million questions
        // would otherwise parse every source to find nothing new); --restore-deleted must see every question,
        // and a --format other than the one recorded may read a file differently.
        Map<String, SourceBank> whole = new HashMap<>();
        if (!request.restoreDeleted()) {
            merge.heldWhole(before.sources()).forEach((file, s) -> {
                if (forced == null || forced.name().equals(s.format())) {
                    whole.put(file, s);
                }
            });
        }
        FileReader reader = new FileReader(registry, forced, whole, request.encoding(), glossary);
        String glossaryDigest = reader.glossaryDigest();
        List<String> rereadForGlossary = new ArrayList<>(); // unchanged files read again for other ask words
        List<Path> unpacked = new ArrayList<>();
        List<ImportReport.FileSummary> files = new ArrayList<>();
        List<SourceBank> read = new ArrayList<>();
        Set<String> renamedAway = new HashSet<>(); // old names of files moved since the last import
        Set<String> readAsBefore = new HashSet<>(); // files read again as the last import read them
        // manifest entries whose file is gone (a file-system lookup each): where a moved and edited file came from
        List<SourceBank> goneBefore = before.sources().stream()
                .filter(s -> BankManifest.sourceGone(request.bank(), s.file())).toList();
        int written;
        int gone;
        try {
            reader.readInOrder(inputs, parsed -> {
                if (parsed.asLastImported()) {
                    SourceBank last = whole.get(parsed.recordedName());
                    files.add(new ImportReport.FileSummary(parsed.document().file(), last.format(), parsed.forced(),
                            last.questions(), List.of(), true));
                    read.add(last);
                    merge.asLastImported(last);
                    return;
                }
                if (parsed.mediaFolder() != null) {
                    unpacked.add(parsed.mediaFolder());
                }
                ParsedFile f = media.resolve(parsed);
                files.add(new ImportReport.FileSummary(f.document().file(), f.format(), f.forced(),
                        f.questions().size(), f.warnings(), false));
                SourceDocument d = f.document();
                read.add(new SourceBank(f.recordedName(), f.format(), d.sha256(), d.encoding(), glossaryDigest,
                        f.questions().size()));
                // Each file is let go once merged: the questions that merge into others need not stay in memory.
                // The same bytes read in another encoding, or with other ask words, are other questions: none of
                // them was deleted by hand.
                SourceBank last = recordedBefore.get(f.recordedName());
                if (last == null) {
                    last = renamedFrom(request.bank(), before, d, renamedAway);
                    boolean edited = last == null;
                    if (edited) {
                        last = movedAndEdited(goneBefore, f, merge, renamedAway);
                    }
                    if (last != null) {
                        int moved = merge.renameFile(last.file(), f.recordedName());
                        deleted.renameFile(last.file(), f.recordedName());
                        renamedAway.add(last.file());
                        files.set(files.size() - 1, withWarning(files.get(files.size() - 1), Diagnostic.warning(
                                "renamed", f.document().file(), 0, 0, "the bank last imported this file as "
                                + asTheUserReachesIt(request.bank(), last.file()) + ", which is gone: " + moved
                                + (moved == 1 ? " question now cites" : " questions now cite") + " it as "
                                + f.recordedName()
                                + (edited ? " (most of its questions are the ones the bank cited from there;"
                                        + " its changes are read as any file's)" : " (nothing else changes)"))));
                    }
                }
                if (last != null && last.sameBytes(d.sha256(), d.encoding())
                        && !Objects.equals(last.glossary(), glossaryDigest)) {
                    rereadForGlossary.add(f.document().file());
                }
                boolean sameRead = last != null && last.sameRead(d.sha256(), d.encoding(), glossaryDigest);
                if (sameRead) {
                    readAsBefore.add(f.recordedName());
                }
                merge.offerAll(f.questions(), sameRead, last != null && last.sameBytes(d.sha256(), d.encoding()));
            });
            merge.settleMovedQuestions();
            gone = noteQuestionsGoneFromTheirFile(merge, files, read, readAsBefore);
            BankManifest manifest = manifest(before, read, renamedAway);
            Map<String, String> texts = deleted.changed() ? Map.of(BankStore.DELETED, deleted.toYaml()) : Map.of();
            written = store.commit(merge.changed(), List.of(), manifest, media.copiesFor(merge.changed()), texts);
        } finally {
            unpacked.forEach(ImportPipeline::deleteFolder); // media a package held are in the bank by now
        }
        List<Diagnostic> said = withSharedSources(withMissingSources(notices, request.bank(), goneBefore, renamedAway,
                inputs), store, merge.sharedSources());
        return new ImportReport(files, merge.added(), merge.unchanged(), merge.merged(), merge.reworded(),
                merge.moved(), merge.keptOut(), gone, written, request.bank(),
                withGlossaryNotice(said, request.bank(), rereadForGlossary));
    }

    /**
     * The notices, and one line saying why files unchanged since the last import were read again when the bank's
     * glossary now gives other ask words ({@link Glossary#readingDigest}) than they were read with: otherwise a
     * re-import seems to read files for nothing.
     */
    private static List<Diagnostic> withGlossaryNotice(List<Diagnostic> notices, Path bank, List<String> reread) {
        if (reread.isEmpty()) {
            return notices;
        }
        List<Diagnostic> all = new ArrayList<>(notices);
        all.add(Diagnostic.warning("glossary-changed", bank.resolve(BankStore.GLOSSARY).toString(), 0, 0,
                "the imperatives (ask words) of the bank's glossary changed since the last import, so "
                        + (reread.size() == 1 ? "1 unchanged file was" : reread.size() + " unchanged files were")
                        + " read again with them (" + reread.get(0) + (reread.size() > 1 ? ", ..." : "") + ")"));
        return all;
    }

    /**
     * The notices, and one {@code warning[source-missing]} per file the bank imported from a folder this import read
     * that is gone from it and was not found renamed: a source deleted upstream (git rm) otherwise leaves its
     * questions and its manifest entry behind without a word from the import that was run over its folder.
     */
    private static List<Diagnostic> withMissingSources(List<Diagnostic> notices, Path bank, List<SourceBank> gone,
            Set<String> renamedAway, List<InputFile> inputs) {
        if (gone.isEmpty()) {
            return notices;
        }
        Set<String> folders = new HashSet<>();
        inputs.forEach(in -> folders.add(folderOf(in.recordedName())));
        List<Diagnostic> all = new ArrayList<>(notices);
        for (SourceBank s : gone) {
            if (renamedAway.contains(s.file()) || !folders.contains(folderOf(s.file()))) {
                continue;
            }
            all.add(Diagnostic.warning("source-missing", asTheUserReachesIt(bank, s.file()), 0, 0,
                    "the bank imported this file before and it is gone; the " + s.questions()
                    + (s.questions() == 1 ? " question" : " questions") + " it gave stay in the bank, and so does its"
                    + " entry in " + bank.resolve(BankStore.MANIFEST) + ": if it was deleted,"
                    + " delete them and the entry; if it moved, import it under its new path"));
        }
        return all;
    }

    /**
     * The notices, and one {@code warning[shared-source]} per bank question that cites a source question another
     * already cites (see {@link BankMerge#sharedSources}), at the copy's file.
     */
    private static List<Diagnostic> withSharedSources(List<Diagnostic> notices, BankStore store,
            List<BankMerge.SharedSource> shared) {
        if (shared.isEmpty()) {
            return notices;
        }
        // one warning per pair of questions, naming every source question they share
        Map<String, List<String>> citations = new LinkedHashMap<>();
        for (BankMerge.SharedSource s : shared) {
            citations.computeIfAbsent(s.id() + ' ' + s.firstId(), k -> new ArrayList<>()).add(s.source().citation());
        }
        List<Diagnostic> all = new ArrayList<>(notices);
        citations.forEach((pair, cited) -> {
            String id = pair.substring(0, pair.indexOf(' '));
            String first = pair.substring(pair.indexOf(' ') + 1);
            all.add(Diagnostic.warning("shared-source", store.questionFile(id).toString(), 0, 0,
                    id + " cites the source question" + (cited.size() == 1 ? " " : "s ") + String.join(", ", cited)
                    + ", which " + first + " cites too: one file copied from the other with its sources? The import"
                    + " matches " + (cited.size() == 1 ? "it" : "them") + " to " + first + "; delete the sources (and"
                    + " aliases) the new question copied, or, if the two are one question, merge them with"
                    + " 'qbank dedup --merge " + first + " " + id + "'"));
        });
        return all;
    }

    /** The folder part of a recorded file name ({@code seeds} for {@code seeds/x.txt}; empty for a bare name). */
    private static String folderOf(String recorded) {
        int slash = recorded.lastIndexOf('/');
        return slash < 0 ? "" : recorded.substring(0, slash);
    }

    /**
     * A file name the bank records (from the folder holding the bank) as the user reaches it: from where they run,
     * as they named the bank. A bank copied elsewhere records {@code seeds/x.txt} for what is now
     * {@code ../copy/seeds/x.txt}; the recorded name alone reads like the file just imported.
     */
    static String asTheUserReachesIt(Path bank, String recorded) {
        Path base = bank.toAbsolutePath().normalize().getParent();
        Path file = base == null ? Path.of(recorded) : base.resolve(recorded).normalize();
        if (!bank.isAbsolute()) {
            try {
                file = Path.of("").toAbsolutePath().relativize(file);
            } catch (IllegalArgumentException otherRoot) {
                // another drive: the absolute path
            }
        }
        String shown = file.toString().replace('\\', '/');
        return shown.isEmpty() ? recorded : shown;
    }

    /** Deletes a folder an importer unpacked media into (its files only: importers make it flat). */
    static void deleteFolder(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder: what cannot be deleted now is left to the system's cleaning of its temp folder
        }
    }

    /**
     * Adds to each file's warnings the bank questions that cite it but that it no longer holds, the bank questions
     * whose text it now gives otherwise, and its questions found deleted from the bank; returns how many bank
     * questions are gone from their files. A question gone from a file is named by the import that first reads the
     * file without it; a file read again as that import read it ({@code readAsBefore}: it is read again because the
     * bank still cites the question) has nothing new to say, and only the summary's count keeps the fact in view,
     * instead of the same warning in every later import's log.
     */
    private static int noteQuestionsGoneFromTheirFile(BankMerge merge, List<ImportReport.FileSummary> files,
            List<SourceBank> read, Set<String> readAsBefore) {
        int goneInAll = 0;
        for (int i = 0; i < files.size(); i++) {
            String file = read.get(i).file();
            int goneHere = merge.goneCount(file);
            goneInAll += goneHere;
            read.set(i, read.get(i).withGone(goneHere)); // the manifest keeps it: such a file is not held whole
            String gone = readAsBefore.contains(file) ? null : merge.gone(file);
            String deleted = merge.foundDeleted(file);
            String reworded = merge.reworded(file);
            String changed = merge.sourceChanged(file);
            String moved = merge.movedAway(file);
            if (moved != null) {
                files.set(i, withWarning(files.get(i), Diagnostic.warning("moved", files.get(i).file(), 0, 0, moved)));
            }
            if (reworded != null) {
                files.set(i, withWarning(files.get(i),
                        Diagnostic.warning("reworded", files.get(i).file(), 0, 0, reworded)));
            }
            if (changed != null) {
                files.set(i, withWarning(files.get(i),
                        Diagnostic.warning("source-changed", files.get(i).file(), 0, 0, changed)));
            }
            if (gone != null) {
                files.set(i, withWarning(files.get(i), Diagnostic.warning("gone", files.get(i).file(), 0, 0, gone)));
            }
            if (deleted != null) {
                files.set(i, withWarning(files.get(i),
                        Diagnostic.warning("deleted", files.get(i).file(), merge.firstFoundDeletedLine(file), 0,
                                deleted)));
            }
        }
        return goneInAll;
    }

    /**
     * The manifest entry of the file {@code read} was before it was moved or renamed: an entry with the same bytes
     * (and encoding) whose file no longer exists and that no other file of this import took; null when there is
     * none. A copy (the old file still there) or a renamed file that was also edited is not told from a new file.
     */
    private static SourceBank renamedFrom(Path bank, BankManifest before, SourceDocument read, Set<String> taken) {
        for (SourceBank s : before.sources()) {
            if (s.sha256() != null && s.sameBytes(read.sha256(), read.encoding()) && !taken.contains(s.file())
                    && BankManifest.sourceGone(bank, s.file())) {
                return s;
            }
        }
        return null;
    }

    /**
     * The manifest entry of a file moved (or renamed) and edited in one step: gone from its path, read as the same
     * format, not taken by another file of this import, and most of whose questions {@code read} still holds word
     * for word (at least half of the larger of the two counts); null when there is none. A file split in two, or a
     * new file that shares a few questions with a gone one, is no such move.
     */
    private static SourceBank movedAndEdited(List<SourceBank> gone, ParsedFile read, BankMerge merge,
            Set<String> taken) {
        for (SourceBank s : gone) {
            if (!taken.contains(s.file()) && Objects.equals(s.format(), read.format())) {
                int common = merge.citedUnder(s.file(), read.questions());
                if (common > 0 && 2 * common >= Math.max(read.questions().size(), s.questions())) {
                    return s;
                }
            }
        }
        return null;
    }

    private static ImportReport.FileSummary withWarning(ImportReport.FileSummary f, Diagnostic warning) {
        List<Diagnostic> warnings = new ArrayList<>(f.warnings());
        warnings.add(warning);
        return new ImportReport.FileSummary(f.file(), f.format(), f.forced(), f.questions(), warnings,
                f.asLastImported());
    }

    /**
     * The manifest with one entry per imported file, replacing that file's earlier entry, keeping the others but
     * those of files renamed since ({@code renamedAway}), which the new name's entry replaces.
     */
    static BankManifest manifest(BankManifest old, List<SourceBank> imported, Set<String> renamedAway) {
        Map<String, SourceBank> sources = new LinkedHashMap<>();
        for (SourceBank s : old.sources()) {
            if (!renamedAway.contains(s.file())) {
                sources.put(s.file(), s);
            }
        }
        for (SourceBank s : imported) {
            sources.put(s.file(), s);
        }
        return new BankManifest(BankManifest.SCHEMA_VERSION, old.name(), List.copyOf(sources.values()));
    }
}
