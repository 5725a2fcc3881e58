package dev.qbank.model;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;

/**
 * A bank on disk:
 * <pre>
 * bank/
 *   bank.yaml            manifest: schema version, name, source banks
 *   questions/C/ID.yaml  one question per file, named by its id, in a folder named by the id's first character
 *                        after "q-" (see {@link #shard}); files anywhere else under questions/ are read too
 *   decisions.yaml       remembered dedup decisions (written by qbank dedup)
 *   deleted.yaml         source questions deleted from the bank by hand, kept out by import (written by import)
 *   glossary.yaml        the bank's own synonyms for dedup (optional, curated by hand)
 *   media/               images and other files the questions refer to
 * </pre>
 * Files are UTF-8 YAML with a fixed key order, so git diffs show only what changed. Every write is atomic.
 */
public final class BankStore {
    public static final String MANIFEST = "bank.yaml";
    public static final String QUESTIONS = "questions";
    public static final String DECISIONS = "decisions.yaml";
    public static final String GLOSSARY = "glossary.yaml";
    /** Source questions a curator deleted from the bank, which import keeps out (see the importers' DeletedSources). */
    public static final String DELETED = "deleted.yaml";
    public static final String MEDIA = "media";
    public static final String EXTENSION = ".yaml";

    /** Questions serialised at a time when committing (bounds the bytes held in memory). */
    private static final int WRITE_CHUNK = 4096;

    private final Path root;
    /**
     * From the last listing: id to bank-relative file, for question files not at their default path (empty for a
     * bank qbank wrote). Null until the bank is listed.
     */
    private volatile Map<String, String> elsewhere;

    public BankStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path questionsDir() {
        return root.resolve(QUESTIONS);
    }

    /**
     * The folder under {@code questions/} that qbank files a new question in: the id's first character after its
     * {@code q-} prefix (a hex digit for generated ids), else its first character. Sixteen folders for generated
     * ids: creating a million files in one folder serialises every creation on that folder's lock in the kernel
     * (two threads creating 800k files: 28 s in one folder, 11-17 s in 16 or 256 folders, measured with a bare C
     * loop), and a few dozen files per folder keep a small bank easy to browse. Git shards its objects the same way.
     */
    public static String shard(String id) {
        int at = id.startsWith("q-") && id.length() > 2 ? 2 : 0;
        return id.substring(at, at + 1);
    }

    /** Where qbank files a new question with this id, relative to the bank: {@code questions/C/ID.yaml}. */
    public static String defaultRelativePath(String id) {
        return QUESTIONS + "/" + shard(id) + "/" + id + EXTENSION;
    }

    /**
     * The file of question {@code id}, relative to the bank ({@code questions/C/ID.yaml}, or wherever a curator put
     * it): a question keeps its file wherever it is, so banks written before the questions were fanned out into
     * folders, and folders a curator made, stay as they are. A new question gets {@link #defaultRelativePath}.
     */
    public String relativeFile(String id) {
        String placed = placedElsewhere(id);
        return placed != null ? placed : defaultRelativePath(id);
    }

    /** {@link #relativeFile} as a path. */
    public Path questionFile(String id) {
        return root.resolve(relativeFile(id));
    }

    /**
     * Where the question is if not at its default path, else null. Looks first at the default path (one stat), so
     * a bank qbank wrote is never listed just to find a file; otherwise the bank is listed once and remembered.
     */
    private String placedElsewhere(String id) {
        Map<String, String> known = elsewhere;
        if (known == null) {
            if (Files.isRegularFile(root.resolve(defaultRelativePath(id)))) {
                return null;
            }
            listQuestionFiles();
            known = elsewhere;
        }
        return known.get(id);
    }

    public Path manifestFile() {
        return root.resolve(MANIFEST);
    }

    /** True when the folder holds a bank (a manifest or a questions folder). */
    public boolean exists() {
        return Files.isRegularFile(manifestFile()) || Files.isDirectory(questionsDir());
    }

    public BankManifest readManifest() {
        recover();
        Path file = manifestFile();
        if (!Files.isRegularFile(file)) {
            return BankManifest.empty();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw QbankException.usage("io", file.toString(), "cannot read the bank manifest: " + e.getMessage());
        }
        try {
            return SafeYamlParser.read(text, BankManifest.class);
        } catch (JacksonException e) {
            throw BankFileProblem.of(file, text, e);
        }
    }

    /**
     * The question files of the bank: every {@code .yaml} file in {@code questions/} and its folders, at any depth,
     * sorted by file name (so by id, whatever folder each is in: exports come out in the same order for any layout).
     * Hidden files and folders are skipped, and links to folders are not followed (no loops, nothing outside the
     * bank); {@code qbank validate} warns about both. Two files with the same name are two questions with one id:
     * refused, naming both files.
     */
    public List<Path> questionFiles() {
        recover();
        return listQuestionFiles();
    }

    /**
     * {@link #questionFiles()} without recovering first: safe while a change of this store is being staged (a
     * recovery would discard what it staged so far).
     */
    private List<Path> listQuestionFiles() {
        Path dir = questionsDir();
        if (!Files.isDirectory(dir)) {
            elsewhere = Map.of();
            return List.of();
        }
        String outside = outsideProblem(dir, root);
        if (outside != null) {
            throw new QbankException(Diagnostic.error("link", dir.toString(), 0, 0, outside));
        }
        // Names, not paths, are listed and sorted: a comparator that derived each name from its path did it twice
        // per comparison (about 30 million times for a million files), and each listed path was parsed again;
        // this runs on one thread before the first question can be read. A file in a folder is listed as
        // "NAME<NUL>FOLDER/": NUL sorts before any character of a name, so the entries sort by name first.
        List<String> listed = new ArrayList<>();
        listInto(dir.toFile(), "", listed);
        String[] entries = listed.toArray(String[]::new);
        NameSort.sort(entries);
        Map<String, String> placed = new HashMap<>();
        // no string is made for a file where qbank files it (nearly all of a million): this runs on one thread
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i];
            int nameEnd = nameEnd(entry);
            if (i > 0 && nameEnd(entries[i - 1]) == nameEnd && entries[i - 1].regionMatches(0, entry, 0, nameEnd)) {
                throw duplicateId(entries[i - 1], relative(entry));
            }
            if (!atDefaultPlace(entry, nameEnd)) {
                placed.put(entry.substring(0, nameEnd - EXTENSION.length()), relative(entry));
            }
        }
        elsewhere = placed;
        // each path is made when asked for, which for a stream is on the read-ahead threads, not on this one
        return new AbstractList<>() {
            @Override
            public Path get(int index) {
                String entry = entries[index];
                int nul = entry.indexOf('\0');
                return nul < 0 ? dir.resolve(entry)
                        : dir.resolve(entry.substring(nul + 1)).resolve(entry.substring(0, nul));
            }

            @Override
            public int size() {
                return entries.length;
            }
        };
    }

    /**
     * Why the folder {@code dir} of the bank at {@code root} must not be read: a symbolic link on its path leads out
     * of the bank (a pull request that makes {@code questions/} a link to {@code /home/ci} would otherwise have every
     * YAML file there validated and exported). Null when it stays inside; links within the bank are fine.
     */
    public static String outsideProblem(Path dir, Path root) {
        Path real;
        try {
            real = dir.toRealPath();
            if (real.startsWith(root.toRealPath())) {
                return null;
            }
        } catch (IOException e) {
            return "cannot tell where it leads (" + e.getMessage() + "), so it is not read";
        }
        return "a symbolic link leading outside the bank folder (to " + real + "), so no question file in it is read; "
                + "make " + QUESTIONS + "/ a real folder of the bank";
    }

    /** Adds the {@code .yaml} files of {@code dir} and its folders, as entries described in {@link #questionFiles}. */
    private static void listInto(File dir, String folder, List<String> out) {
        String[] names = dir.list();
        if (names == null) {
            throw QbankException.usage("io", dir.toString(),
                    "cannot list the bank's questions; check that the folder is readable");
        }
        for (String name : names) {
            if (name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(EXTENSION)) {
                out.add(folder.isEmpty() ? name : name + '\0' + folder);
            } else {
                // only names that are not question files cost a look at what they are (16 folders in a million)
                Path child = dir.toPath().resolve(name);
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    listInto(child.toFile(), folder + name + "/", out);
                }
            }
        }
    }

    /** Where the file name ends in a listing entry ({@code NAME} or {@code NAME<NUL>FOLDER/}). */
    private static int nameEnd(String entry) {
        int nul = entry.indexOf('\0');
        return nul < 0 ? entry.length() : nul;
    }

    /** Whether the entry's folder is {@link #shard} of its id, the one {@link #defaultRelativePath} names. */
    private static boolean atDefaultPlace(String entry, int nameEnd) {
        int shardAt = entry.startsWith("q-") && nameEnd - EXTENSION.length() > 2 ? 2 : 0;
        return entry.length() == nameEnd + 3 && entry.charAt(nameEnd + 1) == entry.charAt(shardAt)
                && entry.charAt(nameEnd + 2) == '/';
    }

    /** The bank-relative path of a listing entry: {@code questions/FOLDER/NAME}. */
    private static String relative(String entry) {
        int nameEnd = nameEnd(entry);
        return QUESTIONS + "/" + (nameEnd == entry.length() ? "" : entry.substring(nameEnd + 1))
                + entry.substring(0, nameEnd);
    }

    private QbankException duplicateId(String firstEntry, String secondRel) {
        return new QbankException(List.of(Diagnostic.error("duplicate-id", root.resolve(secondRel).toString(), 0, 0,
                "this file and " + root.resolve(relative(firstEntry))
                + " hold questions with one id (the file name); keep one of them, or give one a new id and file name")),
                QbankException.EXIT_FINDINGS);
    }

    /**
     * Reads every question, in file-name order. Files are parsed in parallel (parsing dominates for large banks);
     * any unreadable or invalid file fails the whole read with a diagnostic naming it.
     */
    public List<Question> readAll() {
        List<Path> files = questionFiles();
        Question[] out = new Question[files.size()];
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                out[i] = read(files.get(i));
            } catch (QbankException e) {
                problems.addAll(e.diagnostics());
            }
        });
        if (!problems.isEmpty()) {
            List<Diagnostic> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(Diagnostic::file));
            throw new QbankException(sorted, QbankException.EXIT_FINDINGS);
        }
        return Arrays.asList(out);
    }

    /**
     * Streams every question in file-name order without holding the bank in memory: files are read and parsed in
     * batches on a few background threads, at most a bounded number of batches ahead of the consumer, so memory stays
     * bounded however large the bank is. Parsing (not the disk) dominates for large banks, which is why it runs
     * ahead in parallel while the caller works on earlier questions.
     *
     * <p>An unreadable or invalid file does not stop the stream at once: every file is looked at, and when the
     * stream is exhausted one {@link QbankException} names every bad file (the same diagnostics as
     * {@link #readAll()}), so one run reports every problem. Close the stream to stop the read-ahead early.
     */
    public Stream<Question> stream() {
        return stream(questionFiles());
    }

    /** {@link #stream()} over files the caller already listed with {@link #questionFiles()}. */
    public Stream<Question> stream(List<Path> files) {
        return QuestionReadAhead.stream(this, files);
    }

    public Question read(Path file) {
        byte[] bytes;
        try {
            bytes = bytesInside(file);
        } catch (NoSuchFileException e) {
            throw QbankException.usage("io", file.toString(), "no such file");
        } catch (IOException e) {
            throw QbankException.usage("io", file.toString(), "cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(file, bytes);
        }
        Question q = readCanonical(text);
        if (q == null) {
            try {
                q = SafeYamlParser.read(text, Question.class);
            } catch (JacksonException e) {
                throw BankFileProblem.of(file, text, e);
            }
        }
        return namedForItsId(file, q);
    }

    /**
     * The question, if its file is named by its id. The file name is how every command finds a question and how
     * two files with one id are caught before anything is written; a file renamed by hand, or a copy of a file
     * under a new name, would otherwise go into an export (two notes with one id) or an import as if it were right.
     */
    private static Question namedForItsId(Path file, Question q) {
        String name = file.getFileName().toString();
        if (q.id() != null && !name.equals(q.id() + EXTENSION)) {
            throw new QbankException(Diagnostic.error("id-filename", file.toString(), 1, 1, "id '" + q.id()
                    + "' does not match the file name " + name + "; rename the file to " + q.id() + EXTENSION
                    + " (ids are never changed once assigned), or, if it is a copy, delete it"));
        }
        return q;
    }

    /** A question file that is not UTF-8, pointed at its first bad byte like every other reader of text does. */
    private QbankException notUtf8(Path file, byte[] bytes) {
        Utf8Errors.BadByte bad = Utf8Errors.firstBad(bytes, 0);
        return new QbankException(Diagnostic.error("yaml", file.toString(), bad == null ? 0 : bad.line(),
                bad == null ? 0 : bad.column(), "not valid UTF-8" + (bad == null ? "" : " at " + bad.where()) + "; "
                        + Utf8Errors.ADVICE));
    }

    /**
     * The file's bytes, read without following a symbolic link out of the bank: a question file linked to any file of
     * the machine (a pull request can add one) would put that file into the exports. A link is read only when it
     * leads inside the bank. Anything but a plain file (a named pipe called {@code q-1.yaml} would block the open for
     * ever) is refused before it is opened.
     */
    private byte[] bytesInside(Path file) throws IOException {
        var attributes = Files.readAttributes(file, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        Path target = file;
        if (attributes.isSymbolicLink()) {
            try {
                target = file.toRealPath();
            } catch (IOException gone) {
                throw new QbankException(Diagnostic.error("link", file.toString(), 0, 0, "a symbolic link to "
                        + "nothing; put the question file itself here"));
            }
            if (!target.startsWith(root.toRealPath())) {
                throw new QbankException(Diagnostic.error("link", file.toString(), 0, 0, "a symbolic link out of "
                        + "the bank (to " + target + "); put the question file itself here"));
            }
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        }
        String notPlain = PlainFiles.problem(attributes);
        if (notPlain != null) {
            throw QbankException.usage("io", file.toString(), notPlain);
        }
        // a plain file is opened without following links, so one swapped for a link meanwhile fails (ELOOP)
        try (var in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }

    /**
     * The question, when the file has the shape qbank writes and binds cleanly; otherwise null, and the general
     * parser reads the file (and reports whatever is wrong with it, with its line).
     */
    static Question readCanonical(String text) {
        Map<String, Object> tree = CanonicalQuestionYaml.parse(text);
        if (tree == null) {
            return null;
        }
        Question bound = CanonicalQuestionBinder.bind(tree);
        if (bound != null) {
            return bound;
        }
        try {
            return QbankMapper.yaml().convertValue(tree, Question.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The exact bytes qbank writes for a question: the same question always gives the same text. The fast canonical
     * writer gives it for nearly every question; for the rest (control characters and the like) Jackson does, and
     * the two agree byte for byte wherever the fast one answers (a property test checks it).
     */
    public static String toYaml(Question q) {
        String fast = CanonicalQuestionWriter.write(q);
        return fast != null ? fast : QbankMapper.yaml().writeValueAsString(q);
    }

    public static String toYaml(Object value) {
        return QbankMapper.yaml().writeValueAsString(value);
    }

    /** Starts an all-or-nothing change to this bank (see {@link BankTransaction}). */
    public BankTransaction change() {
        return new BankTransaction(root);
    }

    /**
     * Finishes or discards a change that a crash interrupted; every reader of the bank calls this first. A staging
     * folder is only touched under the bank's {@link BankLock}: held by this process (a writer reading its bank), or
     * taken here without waiting and released. When another process holds it, a writer is staging its change right
     * now, not crashed: the folder is left alone and the bank is read as it is (recovering would delete the
     * writer's staged files under it, or replay a journal still being written).
     */
    public void recover() {
        if (!Files.exists(root.resolve(BankTransaction.STAGING))) {
            return; // the common case, one stat
        }
        try {
            if (BankLock.heldHere(root)) {
                BankTransaction.recover(root);
                return;
            }
            try (BankLock lock = BankLock.tryAcquire(root)) {
                if (lock != null) {
                    BankTransaction.recover(root);
                }
            }
        } catch (IOException e) {
            throw QbankException.usage("io", root.toString(), "cannot recover an interrupted change: " + e.getMessage());
        }
    }

    /**
     * Applies one change to the bank: writes {@code upserts}, deletes {@code deletions}, replaces the manifest, all
     * or nothing (see {@link BankTransaction}). Files whose content would not change are not touched at all, so a
     * re-import leaves timestamps and git alone.
     *
     * @return how many files were written or deleted (the manifest included)
     */
    public int commit(Collection<Question> upserts, Collection<String> deletions, BankManifest manifest) {
        return commit(upserts, deletions, manifest, Map.of());
    }

    /**
     * As {@link #commit(Collection, Collection, BankManifest)}, and in the same change copies each file of
     * {@code copies} (bank-relative path, e.g. {@code media/NAME}, to the file to copy there).
     */
    public int commit(Collection<Question> upserts, Collection<String> deletions, BankManifest manifest,
            Map<String, Path> copies) {
        return commit(upserts, deletions, manifest, copies, Map.of());
    }

    /**
     * As {@link #commit(Collection, Collection, BankManifest, Map)}, and in the same change writes each text of
     * {@code texts} to its bank-relative path (e.g. {@link #DELETED}).
     */
    public int commit(Collection<Question> upserts, Collection<String> deletions, BankManifest manifest,
            Map<String, Path> copies, Map<String, String> texts) {
        List<Question> questions = new ArrayList<>(upserts);
        for (Question q : questions) {
            if (q.id() == null || !QuestionIds.isValid(q.id())) {
                throw new IllegalArgumentException("question without a valid id: " + q.question());
            }
        }
        BankTransaction tx = change();
        try {
            copies.forEach(tx::copy);
            // Serialising and creating files overlap: while the files of one chunk are created (mostly time in the
            // kernel), the next chunk is serialised in the background. At most two chunks' bytes are held. Files are
            // created from both cores: two threads creating files in one folder partly wait for each other in the
            // kernel, but at 1M this phase is the kernel on one core otherwise (1M import: 68-70 s with one thread,
            // 55-58 s with two, runs alternated; a bare loop creating 800k files: 34 s vs 29 s).
            CompletableFuture<List<byte[]>> next = serialise(questions, 0);
            for (int from = 0; from < questions.size(); from += WRITE_CHUNK) {
                List<byte[]> bytes = Futures.join(next);
                int to = Math.min(questions.size(), from + WRITE_CHUNK);
                next = to < questions.size() ? serialise(questions, to) : null;
                int base = from;
                // Every write finishes before a failure is reported, so none is still running when the caller
                // cleans up; the first failure is the one reported.
                List<RuntimeException> failed = IntStream.range(from, to).parallel()
                        .mapToObj(i -> {
                            try {
                                tx.write(relativeFile(questions.get(i).id()), bytes.get(i - base));
                                return null;
                            } catch (RuntimeException e) {
                                return e;
                            }
                        }).filter(Objects::nonNull).toList(); // not findFirst: that would not wait for the rest
                if (!failed.isEmpty()) {
                    throw failed.get(0);
                }
            }
            for (String id : deletions) {
                tx.delete(relativeFile(id));
            }
            if (manifest != null) {
                tx.write(MANIFEST, toYaml(manifest));
            }
            texts.forEach(tx::write);
            return tx.commit();
        } catch (IOException | UncheckedIOException e) {
            String message = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw QbankException.usage("io", root.toString(), "cannot write the bank: " + message
                    + " (nothing was changed; rerun the command)");
        }
    }

    /** The file bytes of the chunk of questions starting at {@code from}, serialised in the background. */
    private static CompletableFuture<List<byte[]>> serialise(List<Question> questions, int from) {
        if (from >= questions.size()) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Question> chunk = questions.subList(from, Math.min(questions.size(), from + WRITE_CHUNK));
        return CompletableFuture.supplyAsync(() -> chunk.parallelStream().map(BankStore::toYamlBytes).toList());
    }

    private static byte[] toYamlBytes(Question q) {
        String yaml = toYaml(q);
        // Never write a file the bank's own bounded reader would refuse: the bank would then be unreadable for
        // every later command. Single fields are bounded where they are imported; this catches a question that
        // merging made too big as a whole (many sources, several long conflicting answers).
        if (yaml.length() > QbankMapper.MAX_DOCUMENT_CHARS) {
            Source first = q.sources().isEmpty() ? null : q.sources().get(0);
            throw new QbankException(Diagnostic.error("too-long", first == null ? q.id() : first.file(),
                    first == null ? 0 : first.line(), 0, "question " + q.id() + " would be a file of " + yaml.length()
                            + " characters, more than a bank accepts (" + QbankMapper.MAX_DOCUMENT_CHARS
                            + "); shorten its answers or split it into several questions"));
        }
        return yaml.getBytes(StandardCharsets.UTF_8); // exactly the text toYaml gives
    }
}
