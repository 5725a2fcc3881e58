package dev.qbank.schema;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.CanonicalQuestionYaml;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.NameSort;
import dev.qbank.model.Futures;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.QuestionIds;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Checks question files and banks and reports every problem in one run: YAML syntax, anchors/aliases/tags,
 * duplicate keys, size limits, the JSON Schema, and the rules no schema can express (ids unique in a bank, id
 * matches the file name, media exist inside the bank, likely duplicate questions).
 *
 * <p>Built for a million files on two cores: folders are listed as names only, files are read once each, in
 * parallel batches, and cross-file rules use hash maps (one entry per id and per folded question text), never
 * comparisons of all pairs. A file in the exact shape qbank writes whose content certainly passes (by far the most
 * common case) skips the general YAML parser and the schema walk (see {@link SchemaShortcut}); any other file gets
 * the full check, which is what writes findings.
 */
public final class BankValidator {
    static final String DUPLICATE_ID = "duplicate-id";
    static final String ID_FILENAME = "id-filename";
    public static final String DUPLICATE_QUESTION = "duplicate-question";
    static final String TOO_LARGE = "too-large";
    static final String STRAY_FILE = "stray-file";
    static final String NO_QUESTIONS = "no-questions";
    static final String SOURCE_MISSING = "source-missing";

    /** Files per task: scheduling costs nothing next to the checks, and results stay few in memory. */
    private static final int BATCH = 512;

    private enum Kind { QUESTION, MANIFEST }

    /** Files of one folder, all of one kind and one bank: names only, so a million files stay small. */
    private record Folder(Path dir, String display, Path bankRoot, Kind kind, List<String> names) {
    }

    /**
     * What one file contributes to the cross-file rules, plus its own findings. {@code located} is false for a file
     * that took the shortcut (no findings of its own): its id and question locations are then unknown, and looked up
     * with the full check in the rare case a cross-file finding needs them.
     */
    private record FileResult(String name, String file, String id, TokenStreamLocation idAt,
            QuestionText.Key textKey, TokenStreamLocation questionAt, List<Diagnostic> diagnostics, boolean located) {
        static FileResult only(String name, String file, List<Diagnostic> diagnostics) {
            return new FileResult(name, file, null, null, null, null, diagnostics, true);
        }
    }

    private final MediaCheck media = new MediaCheck();
    /** False only in tests, to compare the full check with the shortcut. */
    private final boolean shortcuts;

    public BankValidator() {
        this(true);
    }

    BankValidator(boolean shortcuts) {
        this.shortcuts = shortcuts;
    }

    /**
     * Validates {@code paths}: question files, bank folders ({@code bank.yaml} plus the {@code .yaml} files anywhere
     * under {@code questions/}) or plain folders of question files.
     *
     * @throws QbankException (exit code 2) when a path does not exist or a folder cannot be listed
     */
    public ValidationReport validate(List<Path> paths) {
        // Compiling the schemas takes most of a second: do it while the folders are listed, not after.
        CompletableFuture<?> schemas = CompletableFuture.runAsync(() -> {
            SchemaCheck.question();
            SchemaCheck.bank();
        });
        List<Diagnostic> out = new ArrayList<>();
        List<Folder> folders = expand(paths, out);
        Futures.join(schemas);
        int[] firstOrdinal = new int[folders.size() + 1];
        for (int f = 0; f < folders.size(); f++) {
            firstOrdinal[f + 1] = firstOrdinal[f] + folders.get(f).names().size();
        }
        Map<Path, Integer> filesPerBank = new HashMap<>();
        for (Folder folder : folders) {
            filesPerBank.merge(bankKey(folder), folder.names().size(), Integer::sum);
        }
        Map<Path, BankIndex> banks = new HashMap<>();
        IntFunction<String> fileName = ordinal -> fileName(folders, firstOrdinal, ordinal);
        IntFunction<FileResult> checkedAgain = ordinal -> fullCheck(folders.get(folderOf(firstOrdinal, folders, ordinal)),
                name(folders, firstOrdinal, ordinal));
        // each file's findings by its ordinal, so that a later file can add one to an earlier file's (the first of a
        // duplicate question learns of its copy only when the copy is read); files without findings take no room
        TreeMap<Integer, List<Diagnostic>> byFile = new TreeMap<>();
        try (FileChecks checks = new FileChecks(folders)) {
            for (int f = 0; f < folders.size(); f++) {
                Folder folder = folders.get(f);
                BankIndex bank = banks.computeIfAbsent(bankKey(folder),
                        k -> new BankIndex(filesPerBank.get(k), ordinal -> name(folders, firstOrdinal, ordinal)));
                for (int i = 0; i < folder.names().size(); i++) {
                    List<Diagnostic> found = bank.crossFileFindings(checks.next(), firstOrdinal[f] + i, folder,
                            fileName, checkedAgain, r -> fullCheck(folder, r.name()),
                            (d, earlier) -> byFile.compute(earlier, (k, had) -> {
                                List<Diagnostic> now = had == null ? new ArrayList<>() : new ArrayList<>(had);
                                now.add(d);
                                return BankIndex.sorted(now); // rare: a copy each time is cheap
                            }));
                    if (!found.isEmpty()) {
                        byFile.put(firstOrdinal[f] + i, found);
                    }
                }
            }
        }
        byFile.values().forEach(out::addAll);
        return new ValidationReport(firstOrdinal[folders.size()], out);
    }

    /**
     * The checks of every file, handed out in order while later files are checked ahead on a small pool: the
     * cross-file rules run on the caller's thread, in file order, overlapping the checks of the next batches. At
     * most {@code IN_FLIGHT} batches wait, so memory stays bounded however large the bank.
     */
    private final class FileChecks implements AutoCloseable {
        private final List<Folder> folders;
        private final ExecutorService pool;
        private final int inFlight;
        private final Deque<CompletableFuture<FileResult[]>> pending = new ArrayDeque<>();
        private int folder;
        private int from;
        private FileResult[] current = new FileResult[0];
        private int index;

        FileChecks(List<Folder> folders) {
            this.folders = folders;
            // One thread per core: with the bank in the page cache the checks are CPU-bound, and two threads per
            // core measured slower at 1M (9.3-9.5 s against 7.7-8.7 s), not faster.
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            this.inFlight = threads * 2;
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "qbank-validate-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        FileResult next() {
            while (index == current.length) {
                fill();
                current = Futures.join(pending.remove());
                index = 0;
            }
            return current[index++];
        }

        private void fill() {
            while (pending.size() < inFlight && folder < folders.size()) {
                Folder f = folders.get(folder);
                int to = Math.min(f.names().size(), from + BATCH);
                int start = from;
                pending.add(CompletableFuture.supplyAsync(() -> {
                    FileResult[] results = new FileResult[to - start];
                    for (int i = start; i < to; i++) {
                        results[i - start] = checkFile(f, f.names().get(i));
                    }
                    return results;
                }, pool));
                from = to;
                if (from == f.names().size()) {
                    folder++;
                    from = 0;
                }
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    private static Path bankKey(Folder folder) {
        return folder.bankRoot().toAbsolutePath().normalize();
    }

    /** The displayed path of the file with this run-wide ordinal. */
    private static String fileName(List<Folder> folders, int[] firstOrdinal, int ordinal) {
        Folder folder = folders.get(folderOf(firstOrdinal, folders, ordinal));
        return displayName(folder, name(folders, firstOrdinal, ordinal));
    }

    /** The name (in its folder) of the file with this run-wide ordinal. */
    private static String name(List<Folder> folders, int[] firstOrdinal, int ordinal) {
        int f = folderOf(firstOrdinal, folders, ordinal);
        return folders.get(f).names().get(ordinal - firstOrdinal[f]);
    }

    private static int folderOf(int[] firstOrdinal, List<Folder> folders, int ordinal) {
        int f = Arrays.binarySearch(firstOrdinal, ordinal);
        f = f >= 0 ? f : -f - 2;
        while (folders.get(f).names().size() <= ordinal - firstOrdinal[f]) {
            f++; // skip empty folders that share the same first ordinal
        }
        return f;
    }

    /**
     * The cross-file rules of one bank: the first file seen with each id and each folded question text. Values
     * are file ordinals, not paths, so a million-question bank costs a few dozen bytes per question.
     */
    private static final class BankIndex {
        private final FirstOrdinals.ByString firstById;
        private final FirstOrdinals.ByDigest firstByText;
        /** The ids of files not named after their id; any other file's id is its name without the extension. */
        private final Map<Integer, String> otherIds = new HashMap<>();
        private final IntFunction<String> nameOf;

        /** Sized for {@code files} up front; {@code nameOf} gives the name of the file with an ordinal. */
        BankIndex(int files, IntFunction<String> nameOf) {
            this.nameOf = nameOf;
            firstById = new FirstOrdinals.ByString(files, this::idOf);
            firstByText = new FirstOrdinals.ByDigest(files);
        }

        private String idOf(int ordinal) {
            String id = otherIds.get(ordinal);
            if (id != null) {
                return id;
            }
            String name = nameOf.apply(ordinal);
            return name.substring(0, name.length() - BankStore.EXTENSION.length());
        }

        /**
         * {@code located} gives the full check of a file that took the shortcut, for the lines and columns, and
         * {@code checkedAgain} that of an earlier file by its ordinal; {@code earlier} takes a finding for an earlier
         * file (the first of two files asking the same question).
         */
        List<Diagnostic> crossFileFindings(FileResult r, int ordinal, Folder folder, IntFunction<String> fileName,
                IntFunction<FileResult> checkedAgain, UnaryOperator<FileResult> located,
                ObjIntConsumer<Diagnostic> earlier) {
            if (r.id() == null && r.textKey() == null) {
                return r.diagnostics();
            }
            String owner = r.id() != null ? ownerOf(r, folder, ordinal, fileName) : null;
            int first = r.textKey() != null ? firstByText.putIfAbsent(r.textKey(), ordinal) : -1;
            if (owner == null && first < 0) {
                return r.diagnostics().size() < 2 ? r.diagnostics() : sorted(new ArrayList<>(r.diagnostics()));
            }
            if (!r.located()) {
                r = located.apply(r);
            }
            List<Diagnostic> all = new ArrayList<>(r.diagnostics());
            if (owner != null) {
                // A copied file keeps the id of the one it was copied from: renaming it after that id (what
                // id-filename says) would collide too, so only this finding stays, naming the id to write.
                String stem = r.name().substring(0, r.name().length() - BankStore.EXTENSION.length());
                boolean ownName = !r.name().equals(r.id() + BankStore.EXTENSION) && QuestionIds.isValid(stem);
                if (ownName) {
                    all.removeIf(d -> d.code().equals(ID_FILENAME));
                }
                all.add(Diagnostic.error(DUPLICATE_ID, r.file(), YamlDocument.line(r.idAt()),
                        YamlDocument.column(r.idAt()), "id '" + r.id() + "' is already used by " + owner
                                + "; ids must be unique in a bank (" + (ownName ? "write 'id: " + stem
                                        + "', the file's name" : "give this question a new id and file name") + ")"));
            }
            if (first >= 0) {
                // on both files, each naming the other's line: sorting decides which is first, not which one a pull
                // request adds, and the new one is the file its author acts on (and the one CI marks in the diff)
                FileResult copied = checkedAgain.apply(first);
                all.add(sameQuestion(r, copied));
                earlier.accept(sameQuestion(copied, r), first);
            }
            return sorted(all);
        }

        private static Diagnostic sameQuestion(FileResult at, FileResult other) {
            return Diagnostic.warning(DUPLICATE_QUESTION, at.file(), YamlDocument.line(at.questionAt()),
                    YamlDocument.column(at.questionAt()), "likely the same question as " + other.file()
                            + (other.questionAt() == null ? "" : ":" + YamlDocument.line(other.questionAt()) + ":"
                                    + YamlDocument.column(other.questionAt())) // null: the file changed meanwhile
                            + " (same text ignoring case, width, accents, spaces and punctuation); merge them or "
                            + "reword one");
        }

        static List<Diagnostic> sorted(List<Diagnostic> all) {
            all.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            return all;
        }

        /**
         * The other file that already holds {@code r}'s id, or {@code null}. The file named after the id owns it,
         * even when a misnamed file claiming the same id sorts first: the misnamed one is told to change, never the
         * rightful owner.
         */
        private String ownerOf(FileResult r, Folder folder, int ordinal, IntFunction<String> fileName) {
            String ownName = r.id() + BankStore.EXTENSION;
            boolean rightful = r.file().endsWith("/" + ownName) || r.file().equals(ownName);
            if (!rightful && Collections.binarySearch(folder.names(), ownName) >= 0) {
                return folder.display().isEmpty() ? ownName : folder.display() + "/" + ownName;
            }
            if (!rightful) {
                String filed = filedOwner(folder, r.id());
                if (filed != null) {
                    return filed;
                }
            }
            if (!r.name().equals(ownName)) {
                otherIds.put(ordinal, r.id());
            }
            int first = firstById.putIfAbsent(r.id(), ordinal);
            return first < 0 ? null : fileName.apply(first);
        }
    }

    /**
     * The displayed path of the file qbank files question {@code id} under ({@code questions/C/ID.yaml}) when it
     * exists in the folder's bank, else null. Asked only for a misnamed file, so the look on disk is rare.
     */
    private static String filedOwner(Folder folder, String id) {
        if (!QuestionIds.isValid(id)) {
            return null; // the id itself is wrong (the schema says so); it names no file
        }
        Path bank = folder.bankRoot().toAbsolutePath().normalize();
        Path dir = folder.dir().toAbsolutePath().normalize();
        String rel = BankStore.defaultRelativePath(id);
        if (!dir.startsWith(bank) || !Files.isRegularFile(bank.resolve(rel))) {
            return null;
        }
        // climb the folder's displayed path up to the bank, then down to the owner
        String shown = folder.display();
        for (int up = bank.relativize(dir).getNameCount(); up > 0 && !shown.isEmpty(); up--) {
            int slash = shown.lastIndexOf('/');
            shown = slash < 0 ? "" : shown.substring(0, slash);
        }
        return shown.isEmpty() ? rel : shown + "/" + rel;
    }

    private FileResult checkFile(Folder folder, String name) {
        String file = displayName(folder, name);
        List<Diagnostic> out = new ArrayList<>();
        String text = FileText.read(folder.dir().resolve(name), folder.bankRoot(), file, out);
        if (text == null) {
            return FileResult.only(name, file, out);
        }
        if (shortcuts && folder.kind() == Kind.QUESTION) {
            FileResult quick = shortcut(folder, name, file, text);
            if (quick != null) {
                return quick;
            }
        }
        return fullCheck(folder, name, file, text, out);
    }

    private static String displayName(Folder folder, String name) {
        return folder.display().isEmpty() ? name : folder.display() + "/" + name;
    }

    /**
     * The result of a question file in the shape qbank writes whose content certainly passes every check of its
     * own: no findings, its id and folded question for the cross-file rules. {@code null} when the file needs the
     * full check (which then also finds what is wrong).
     */
    private FileResult shortcut(Folder folder, String name, String file, String text) {
        Map<String, Object> tree = CanonicalQuestionYaml.parse(text);
        if (tree == null || !SchemaCheck.question().certainlyPasses(tree)
                || !(tree.get("id") instanceof String id) || !name.equals(id + BankStore.EXTENSION)
                || !(tree.get("question") instanceof String question)
                || tree.get("media") instanceof List<?> files && !media.allFine(folder.bankRoot(), files)
                || !imageLinksFine(folder.bankRoot(), tree)) {
            return null;
        }
        // No model binding here, unlike the full check (modelCheck): a value the schema passes binds to Question
        // (the schema states every constraint of the records, which SchemaAgreementTest keeps true), and the
        // binding would cost as much as everything else here together. ShortcutAgreementTest checks both.
        QuestionText.Key key = question.isBlank() ? null : QuestionText.key(question);
        return new FileResult(name, file, id, null, key, null, List.of(), false);
    }

    /** Re-reads a file that took the shortcut, with the full check: only for files with a cross-file finding. */
    private FileResult fullCheck(Folder folder, String name) {
        String file = displayName(folder, name);
        List<Diagnostic> out = new ArrayList<>();
        String text = FileText.read(folder.dir().resolve(name), folder.bankRoot(), file, out);
        return text == null ? FileResult.only(name, file, out) : fullCheck(folder, name, file, text, out);
    }

    /** Every check of one file: the general YAML parser, the JSON Schema, the model, the id and the media. */
    private FileResult fullCheck(Folder folder, String name, String file, String text, List<Diagnostic> out) {
        YamlDocument doc = YamlDocument.read(file, text);
        out.addAll(doc.diagnostics());
        JsonNode tree = doc.tree();
        if (tree == null) {
            return FileResult.only(name, file, out);
        }
        boolean manifest = folder.kind() == Kind.MANIFEST;
        List<Diagnostic> schemaErrors = (manifest ? SchemaCheck.bank() : SchemaCheck.question()).check(doc);
        out.addAll(schemaErrors);
        if (out.isEmpty()) {
            modelCheck(tree, manifest ? BankManifest.class : Question.class, file, out);
        }
        if (manifest && out.isEmpty()) {
            sourcesExist(folder.bankRoot(), tree.get("sources"), file, out);
        }
        if (manifest || !tree.isObject()) {
            return FileResult.only(name, file, out);
        }
        JsonNode id = tree.get("id");
        String idText = id != null && id.isString() ? id.asString() : null;
        TokenStreamLocation idAt = YamlDocument.locationOf(id);
        if (idText != null && !name.equals(idText + BankStore.EXTENSION)) {
            out.add(Diagnostic.error(ID_FILENAME, file, YamlDocument.line(idAt), YamlDocument.column(idAt),
                    "id '" + idText + "' does not match the file name " + name + "; "
                            + renameAdvice(idText, name)));
        }
        media.check(folder.bankRoot(), tree.get("media"), file, out);
        checkImageLinks(folder.bankRoot(), tree, file, text, out);
        JsonNode question = tree.get("question");
        QuestionText.Key key = question != null && question.isString() && !question.asString().isBlank()
                ? QuestionText.key(question.asString()) : null;
        return new FileResult(name, file, idText, idAt, key, YamlDocument.locationOf(question), out, true);
    }

    /**
     * Each manifest entry's {@code file} (a path from the folder holding the bank, as import records it) must still
     * exist: an entry whose file was deleted or moved without importing keeps a digest nothing will match again. A
     * warning, not an error: a source moved in the same change as the bank is normal until the next import, which
     * takes the new name (a renamed file is recognised by its bytes). Only a file-system lookup, never a read.
     */
    private static void sourcesExist(Path bankRoot, JsonNode sources, String file, List<Diagnostic> out) {
        if (sources == null || !sources.isArray()) {
            return;
        }
        for (JsonNode entry : sources) {
            JsonNode name = entry.get("file");
            if (name == null || !name.isString()) {
                continue; // the schema reports it
            }
            if (BankManifest.sourceGone(bankRoot, name.asString())) {
                TokenStreamLocation at = YamlDocument.locationOf(name);
                out.add(Diagnostic.warning(SOURCE_MISSING, file, YamlDocument.line(at), YamlDocument.column(at),
                        "source '" + name.asString() + "' does not exist (paths are from the folder holding the bank)"
                                + "; if it moved, import it under its new path (the import takes the new name), and if"
                                + " it was deleted, remove this entry"));
            }
        }
    }

    /** The image links of the question's Markdown fields (see {@link ImageLinks}), each a warning where written. */
    private static void checkImageLinks(Path bankRoot, JsonNode tree, String file, String text, List<Diagnostic> out) {
        Path root = bankRoot.toAbsolutePath().normalize();
        Set<String> listed = null;
        for (String field : ImageLinks.FIELDS) {
            JsonNode value = tree.get(field);
            if (value == null || !value.isString() || !ImageLinks.mayHaveLinks(value.asString())) {
                continue;
            }
            TokenStreamLocation at = YamlDocument.locationOf(value);
            int from = lineStart(text, YamlDocument.line(at));
            for (ImageLinks.Link link : ImageLinks.links(value.asString())) {
                if (listed == null) {
                    JsonNode media = tree.get("media");
                    List<Object> entries = new ArrayList<>();
                    if (media != null && media.isArray()) {
                        media.forEach(e -> entries.add(e.isString() ? e.asString() : null));
                    }
                    listed = ImageLinks.listed(root, entries);
                }
                String problem = ImageLinks.problem(root, link.target(), listed);
                if (problem != null) {
                    out.add(ImageLinks.warning(file, text, from, YamlDocument.line(at), YamlDocument.column(at), link,
                            problem));
                    from = Math.max(from, text.indexOf(link.target(), from) + 1); // the next link, further on
                }
            }
        }
    }

    private static boolean imageLinksFine(Path bankRoot, Map<String, Object> tree) {
        List<String> texts = new ArrayList<>(3);
        for (String field : ImageLinks.FIELDS) {
            if (tree.get(field) instanceof String value && ImageLinks.mayHaveLinks(value)) {
                texts.add(value);
            }
        }
        return texts.isEmpty() || ImageLinks.allFine(bankRoot.toAbsolutePath().normalize(), texts,
                tree.get("media") instanceof List<?> l ? l : List.of());
    }

    /** The offset where 1-based {@code line} starts in {@code text} (0 for line 0 or 1). */
    private static int lineStart(String text, int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        return Math.max(0, offset);
    }

    /** Belt and braces: whatever the schema accepts, the model must read too. */
    private static void modelCheck(JsonNode tree, Class<?> type, String file, List<Diagnostic> out) {
        try {
            QbankMapper.yaml().treeToValue(tree, type);
        } catch (JacksonException | IllegalArgumentException e) {
            String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
            out.add(Diagnostic.error("schema", file, 1, 1, "qbank cannot read this file: " + message));
        }
    }

    /** Turns the arguments into folders of files to check; each file once, even if named twice. */
    private static List<Folder> expand(List<Path> paths, List<Diagnostic> notes) {
        List<Diagnostic> missing = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                missing.add(Diagnostic.error(ValidationReport.IO, display(p), 0, 0,
                        "no such file or folder" + (p.toString().equals("bank") || p.toString().equals("bank/")
                                ? " (run 'qbank import' first, or name the bank folder to check)" : "")));
            }
        }
        if (!missing.isEmpty()) {
            throw new QbankException(missing, QbankException.EXIT_USAGE);
        }
        List<Folder> folders = new ArrayList<>();
        SeenFiles seen = new SeenFiles();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                expandFolder(p, folders, seen, notes);
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                Path parent = p.toAbsolutePath().normalize().getParent();
                String name = p.getFileName().toString();
                Kind kind = name.equals(BankStore.MANIFEST) ? Kind.MANIFEST : Kind.QUESTION;
                String display = display(p);
                int slash = display.lastIndexOf('/');
                String folder = slash < 0 ? "" : display.substring(0, slash);
                Path bankRoot = bankRootOf(parent);
                if (bankRoot.equals(parent) || insideBank(parent, bankRoot, folder, notes)) {
                    folders.add(new Folder(parent, folder, bankRoot, kind, List.of(name)));
                }
            }
        }
        return folders;
    }

    private static void expandFolder(Path dir, List<Folder> folders, SeenFiles seen, List<Diagnostic> notes) {
        BankStore store = new BankStore(dir);
        String display = display(dir);
        if (store.exists()) {
            // any bank.yaml, not only a plain file: a link, a folder or a named pipe of that name is a finding
            if (Files.exists(store.manifestFile(), LinkOption.NOFOLLOW_LINKS)
                    && seen.add(store.manifestFile().toAbsolutePath().normalize())) {
                folders.add(new Folder(dir, display, dir, Kind.MANIFEST, List.of(BankStore.MANIFEST)));
            }
            if (Files.isDirectory(store.questionsDir())) {
                String shown = display.isEmpty() ? BankStore.QUESTIONS : display + "/" + BankStore.QUESTIONS;
                if (insideBank(store.questionsDir(), dir, shown, notes)) {
                    addQuestionTree(store.questionsDir(), shown, dir, folders, seen, notes);
                }
            }
            misplacedQuestions(dir, display, notes);
        } else {
            Path bankRoot = bankRootOf(dir.toAbsolutePath().normalize());
            if (!bankRoot.equals(dir.toAbsolutePath().normalize())) {
                // a bank's questions folder, or a folder inside it: its files and folders, as for the whole bank
                if (insideBank(dir, bankRoot, display, notes)) {
                    addQuestionTree(dir, display, bankRoot, folders, seen, notes);
                }
            } else if (addPlainTree(dir, display, bankRoot, folders, seen, notes) == 0) {
                nothingToCheck(dir, display, notes);
            }
        }
    }

    /**
     * A folder of question files that is no bank (contributions, {@code contrib/}), and its folders at any depth, as
     * a bank's questions/ is read: a contributor who files a question in {@code contrib/cnn/} must have it checked,
     * not passed over while CI says the folder held nothing. A folder in it that is a bank is checked as a bank;
     * hidden folders and links to folders are not entered. Returns how many question files it holds.
     */
    private static int addPlainTree(Path dir, String display, Path root, List<Folder> folders, SeenFiles seen,
            List<Diagnostic> notes) {
        List<String> subfolders = new ArrayList<>();
        List<String> names = yamlNames(dir, display, seen, null, subfolders);
        folders.add(new Folder(dir, display, root, Kind.QUESTION, names));
        int found = names.size();
        for (String sub : subfolders) {
            Path folder = dir.resolve(sub);
            String shown = display.isEmpty() ? sub : display + "/" + sub;
            if (new BankStore(folder).exists()) {
                int before = folders.size();
                expandFolder(folder, folders, seen, notes);
                found += folders.subList(before, folders.size()).stream().mapToInt(f -> f.names().size()).sum();
            } else {
                found += addPlainTree(folder, shown, root, folders, seen, notes);
            }
        }
        return found;
    }

    /**
     * A folder named on the command line that is no bank and holds no question file: CI would pass on it whatever
     * the pull request holds (a mistyped or moved folder, the bank folder of an import killed before its first
     * bank.yaml), so say so. A warning, not an error: a folder of contributions may be empty on purpose.
     * {@code .yml} files are named: question files end in {@code .yaml}, and no command reads the others.
     */
    private static void nothingToCheck(Path dir, String display, List<Diagnostic> notes) {
        List<String> yml = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".yml")) {
                    yml.add(name);
                }
            }
        } catch (IOException e) {
            // listed a moment ago by yamlNames; the warning below still holds
        }
        yml.sort(null);
        String shown = display.isEmpty() ? "." : display;
        notes.add(Diagnostic.warning(NO_QUESTIONS, shown, 0, 0, yml.isEmpty()
                ? "no question files here (a bank folder holds bank.yaml and questions/, a folder of questions "
                        + "holds ID.yaml files): nothing was checked; name the bank folder or the question files "
                        + "to check"
                : "no question files here: qbank reads ID.yaml files, not " + String.join(", ",
                        yml.subList(0, Math.min(3, yml.size()))) + (yml.size() > 3 ? " and " + (yml.size() - 3)
                        + " more .yml files" : "") + "; rename " + (yml.size() == 1 ? "it" : "them") + " to .yaml"));
    }

    /**
     * Whether a folder of question files really is in its bank; if a symbolic link leads it elsewhere, a
     * {@code link} finding instead (links in {@code questions/} are never followed, but {@code questions/} itself
     * could be one).
     */
    private static boolean insideBank(Path dir, Path bankRoot, String display, List<Diagnostic> notes) {
        String problem = BankStore.outsideProblem(dir, bankRoot);
        if (problem != null) {
            notes.add(Diagnostic.error(FileText.LINK, display, 0, 0, problem));
        }
        return problem == null;
    }

    /** The files a bank folder holds besides questions, which are not question files whatever their extension. */
    private static final Set<String> BANK_FILES = Set.of(BankStore.MANIFEST, BankStore.DECISIONS, BankStore.GLOSSARY,
            BankStore.DELETED);

    /**
     * YAML files a contributor put in the bank folder, or in a folder of it other than questions/ and media/: no
     * reader looks there, so the question would pass CI and never reach the bank. One warning per file in the bank
     * folder and per other folder holding any (its files are not listed: it may be a large folder of something else).
     */
    private static void misplacedQuestions(Path bank, String display, List<Diagnostic> notes) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(bank)) {
            List<String> names = new ArrayList<>();
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && !BANK_FILES.contains(name) && !name.equals(BankStore.QUESTIONS)
                        && !name.equals(BankStore.MEDIA)) {
                    names.add(name);
                }
            }
            names.sort(null);
            for (String name : names) {
                Path entry = bank.resolve(name);
                String shown = display.isEmpty() ? name : display + "/" + name;
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? holdsYaml(entry) : isYaml(name)) {
                    notes.add(Diagnostic.warning(STRAY_FILE, shown, 0, 0, "not read: question files go in "
                            + BankStore.QUESTIONS + "/ (as questions/C/ID.yaml); move "
                            + (Files.isDirectory(entry) ? "the .yaml files of this folder" : "it") + " there"));
                }
            }
        } catch (IOException e) {
            // the bank folder was listed a moment ago; questions/ itself is what validate reads
        }
    }

    /** Entries {@link #holdsYaml} looks at, at most, in a folder that is not the bank's: it may be a big one. */
    private static final int YAML_SEARCH_LIMIT = 100_000;

    /**
     * Whether {@code dir} holds a YAML file at any depth (a question filed in {@code bank/question/c/}, a typo of
     * questions/, is as lost as one in {@code bank/question/}); hidden folders and links are not entered.
     */
    private static boolean holdsYaml(Path dir) throws IOException {
        boolean[] found = {false};
        int[] seen = {0};
        Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), 32,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d,
                            BasicFileAttributes attrs) {
                        return !d.equals(dir) && d.getFileName().toString().startsWith(".")
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f,
                            BasicFileAttributes attrs) {
                        found[0] = isYaml(f.getFileName().toString());
                        return found[0] || ++seen[0] >= YAML_SEARCH_LIMIT ? FileVisitResult.TERMINATE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
        return found[0];
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(BankStore.EXTENSION) || lower.endsWith(".yml"));
    }

    /** A bank's question folder and every folder in it (questions may sit at any depth; qbank files them by id). */
    private static void addQuestionTree(Path dir, String display, Path bankRoot, List<Folder> folders, SeenFiles seen,
            List<Diagnostic> notes) {
        List<String> subfolders = new ArrayList<>();
        folders.add(new Folder(dir, display, bankRoot, Kind.QUESTION, yamlNames(dir, display, seen, notes, subfolders)));
        for (String sub : subfolders) {
            addQuestionTree(dir.resolve(sub), display.isEmpty() ? sub : display + "/" + sub, bankRoot, folders, seen,
                    notes);
        }
    }

    /**
     * The {@code .yaml} file names in {@code dir}, sorted. Hidden files and folders (temporary files,
     * {@code .gitkeep}) are skipped; in a bank's questions folder ({@code strays != null}) folders go to
     * {@code subfolders}, sorted, and any other file, or a link to a folder, is reported as a warning, never
     * silently ignored.
     */
    private static List<String> yamlNames(Path dir, String display, SeenFiles seen, List<Diagnostic> strays,
            List<String> subfolders) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (name.endsWith(BankStore.EXTENSION)) {
                    names.add(name);
                } else if (subfolders != null && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    subfolders.add(name);
                } else if (strays != null) {
                    String shown = display.isEmpty() ? name : display + "/" + name;
                    if (Files.isDirectory(entry)) {
                        strays.add(Diagnostic.warning(STRAY_FILE, shown, 0, 0, "a link to a folder: qbank does not "
                                + "follow links in questions/ (they could lead out of the bank, or in a circle); "
                                + "move the folder here instead"));
                    } else {
                        strays.add(Diagnostic.warning(STRAY_FILE, shown, 0, 0, "not a question file "
                                + "(questions/ holds ID.yaml files and folders of them only); " + (isYaml(name)
                                ? "qbank reads .yaml files only: rename it to "
                                        + name.substring(0, name.length() - ".yml".length()) + BankStore.EXTENSION
                                : "move it elsewhere or rename it")));
                    }
                }
            }
        } catch (IOException e) {
            throw QbankException.usage(ValidationReport.IO, display(dir), "cannot list the folder: " + e.getMessage());
        }
        if (subfolders != null) {
            subfolders.sort(null);
        }
        String[] sorted = names.toArray(String[]::new);
        NameSort.sort(sorted);
        return seen.addListing(dir.toAbsolutePath().normalize(), Arrays.asList(sorted));
    }

    /**
     * The files already taken for checking, so that a file named twice (itself and through its folder) is checked
     * once. A folder's listing is kept as its sorted list of names, not as a million paths in a hash set.
     */
    private static final class SeenFiles {
        private final Map<Path, List<List<String>>> listings = new HashMap<>();
        /** Files taken one by one (named as arguments, or a bank's manifest), by folder. */
        private final Map<Path, Set<String>> files = new HashMap<>();

        /** Takes one file (absolute, normalised); false if it was already taken. */
        boolean add(Path file) {
            Path dir = file.getParent();
            Path name = file.getFileName();
            if (dir == null || name == null) {
                return files.computeIfAbsent(file, k -> new HashSet<>()).add(""); // the root itself
            }
            return !listed(dir, name.toString()) && files.computeIfAbsent(dir, k -> new HashSet<>()).add(name.toString());
        }

        /** Takes the files of a listing of {@code dir} (sorted names); returns those not taken before, in order. */
        List<String> addListing(Path dir, List<String> sortedNames) {
            List<String> fresh = sortedNames;
            Set<String> single = files.getOrDefault(dir, Set.of());
            if (listings.containsKey(dir) || !single.isEmpty()) {
                fresh = new ArrayList<>();
                for (String name : sortedNames) {
                    if (!listed(dir, name) && !single.contains(name)) {
                        fresh.add(name);
                    }
                }
            }
            listings.computeIfAbsent(dir, k -> new ArrayList<>()).add(fresh);
            return fresh;
        }

        private boolean listed(Path dir, String name) {
            for (List<String> names : listings.getOrDefault(dir, List.of())) {
                if (Collections.binarySearch(names, name) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A question file's bank: the folder holding the {@code questions/} folder it is in (at any depth), else its
     * own folder.
     */
    private static Path bankRootOf(Path dir) {
        for (Path d = dir; d != null && d.getParent() != null; d = d.getParent()) {
            Path name = d.getFileName();
            if (name != null && name.toString().equals(BankStore.QUESTIONS)) {
                return d.getParent();
            }
        }
        return dir;
    }

    /** The path as the user gave it, with forward slashes and without {@code ./}: what editors and CI expect. */
    static String display(Path p) {
        String s = p.normalize().toString().replace('\\', '/');
        return s.equals(".") ? "" : s;
    }

    /**
     * What to do about an id that is not its file's name. A valid id was assigned and is kept, so the file is
     * renamed; an id that is no id at all (a contributor's {@code q-Bad_Id}, also refused by the schema) must be
     * fixed instead, and naming the file after it would only move the error: the file's own name is offered when it
     * is a valid id.
     */
    private static String renameAdvice(String id, String fileName) {
        if (QuestionIds.isValid(id)) {
            return "rename the file to " + id + BankStore.EXTENSION + " (ids are never changed once assigned)";
        }
        String stem = fileName.endsWith(BankStore.EXTENSION)
                ? fileName.substring(0, fileName.length() - BankStore.EXTENSION.length()) : "";
        return QuestionIds.isValid(stem) ? "write a valid id, e.g. the file's name: id: " + stem
                : "write a valid id and name the file after it";
    }
}
