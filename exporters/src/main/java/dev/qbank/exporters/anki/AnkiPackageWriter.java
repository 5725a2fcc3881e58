package dev.qbank.exporters.anki;

import dev.qbank.exporters.SourceOrder;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Futures;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.schema.MediaPaths;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes an Anki package: a zip holding {@code collection.anki2} (an SQLite database in Anki's schema 11), the
 * {@code media} map ({@code {"0": "name.png"}}) and the media files named by number. Questions are streamed into
 * the database in batches, so memory stays bounded by the number of decks, tags and media files.
 *
 * <p>Everything is derived from the bank: note and card ids from a fixed epoch plus the note's position, GUIDs from
 * the question id, {@code notes.mod} from the question file's modification time (in seconds, as Anki stores it;
 * never older than {@link AnkiIds#FIELDS_RENDERED_SINCE}), so two exports of one bank hold the same rows and an
 * edited question gets a newer {@code mod}, which is what makes Anki update the note on re-import.
 */
final class AnkiPackageWriter {
    /** Fixed time stamp of every zip entry, so the archive depends only on its content. */
    private static final long ZIP_TIME = AnkiIds.COLLECTION_CRT * 1000;
    private static final int BATCH = 2_000;
    private static final int MAX_REPORTED = 200;

    static {
        // sqlite-jdbc logs through SLF4J when it is on the class path; qbank ships no SLF4J binding, and SLF4J's
        // "no providers" notice on stderr would break the one-line-per-problem output of the CLI.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private final Path bankRoot;
    private final BankStore store;
    private final AnkiNoteBuilder notes;
    private final ThreadLocal<AnkiNoteBuilder> builders;
    /** Problems found while rendering (from several threads); reported together at the end. */
    private final List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());

    AnkiPackageWriter(Path bankRoot, String rootDeck) {
        this.bankRoot = bankRoot;
        this.store = new BankStore(bankRoot);
        this.notes = new AnkiNoteBuilder(rootDeck);
        this.builders = ThreadLocal.withInitial(() -> new AnkiNoteBuilder(rootDeck));
    }

    /** Writes the package to {@code target} and returns how many notes it holds. */
    long write(Stream<Question> questions, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path db = Files.createTempFile(dir, "." + target.getFileName() + ".", ".anki2");
        try {
            MediaPackager media = new MediaPackager(bankRoot);
            long count;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                count = fillCollection(c, questions, media);
            } catch (SQLException e) {
                throw new IOException("cannot write the Anki collection: " + e.getMessage(), e);
            }
            zip(db, media.files(), target);
            return count;
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private long fillCollection(Connection c, Stream<Question> questions, MediaPackager media)
            throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            // A scratch file: durability comes from the atomic move of the finished package, not from SQLite.
            // 16 KiB pages instead of SQLite's 4 KiB: a rendered note is about 1 KiB, and with four times the rows
            // per page the single writer thread splits and links a quarter of the pages (1M: its CPU 17.3-18.1 s ->
            // 13.6-14.6 s, package 117 -> 112 MB; rows identical). Anki opens any page size; it only chooses one
            // for collections it creates itself.
            s.execute("PRAGMA page_size = 16384");
            s.execute("PRAGMA journal_mode = OFF");
            s.execute("PRAGMA synchronous = OFF");
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("PRAGMA cache_size = -65536");
            // tables first; their indexes are built after the rows are in, one sort each instead of a B-tree
            // update per row (the schema lists them in the same order, so sqlite_master reads as before)
            for (String ddl : AnkiCollectionSchema.DDL) {
                if (!isIndex(ddl)) {
                    s.execute(ddl);
                }
            }
        }
        c.setAutoCommit(false);
        SortedMap<String, Long> decks = new TreeMap<>();
        Map<Long, String> deckNames = new HashMap<>();
        // looked up once per question on the single writer thread: a hash lookup instead of a tree walk; the
        // sorted map and set are only needed (and only built) for the collection's deck and tag lists
        Map<String, Long> deckIds = new HashMap<>();
        Set<String> allTags = new HashSet<>();
        long now = Instant.now().getEpochSecond();
        long newest = AnkiIds.COLLECTION_CRT;
        long position = 0;
        // Cards are written after the notes: a new card's due (its place in the new queue) follows the questions'
        // sources, known only once the last question has streamed past; its deck and time wait here meanwhile.
        SourceOrder order = new SourceOrder();
        long[] cardDeck = new long[1024];
        long[] cardMod = new long[1024];
        addDeck(notes.rootDeck(), decks, deckNames);
        try (PreparedStatement note = c.prepareStatement(
                     "INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)"
                             + " VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
             PreparedStatement card = c.prepareStatement(
                     "INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps,"
                             + " lapses, left, odue, odid, flags, data)"
                             + " VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
             Stream<Question> qs = questions) {
            Iterator<Question> it = qs.iterator();
            // A pipeline: the next chunk renders on the pool while this thread writes the previous one to SQLite,
            // so the single writer no longer leaves a core idle. Chunks start in order, one after the other, so
            // media are still numbered in bank order.
            CompletableFuture<List<Rendered>> pending = renderAsync(nextChunk(it), media);
            while (pending != null) {
                List<Rendered> rendered = Futures.join(pending);
                pending = renderAsync(nextChunk(it), media);
                for (Rendered r : rendered) {
                    Question q = r.question();
                    long id = AnkiIds.NOTE_EPOCH_MS + position;
                    long mod = Math.min(Math.max(r.modified(), AnkiIds.FIELDS_RENDERED_SINCE), now);
                    newest = Math.max(newest, mod);
                    Long known = deckIds.get(r.content().deck());
                    long deckId = known != null ? known : addDeck(r.content().deck(), decks, deckNames);
                    if (known == null) {
                        deckIds.put(r.content().deck(), deckId);
                    }
                    allTags.addAll(r.content().tags());

                    note.setLong(1, id);
                    note.setString(2, r.guid());
                    note.setLong(3, AnkiIds.NOTETYPE_ID);
                    note.setLong(4, mod);
                    note.setString(5, r.joinedTags());
                    note.setString(6, r.joinedFields());
                    note.setString(7, r.sortField());
                    note.setLong(8, r.checksum());
                    note.addBatch();

                    if (position == cardDeck.length) {
                        cardDeck = Arrays.copyOf(cardDeck, cardDeck.length * 2);
                        cardMod = Arrays.copyOf(cardMod, cardMod.length * 2);
                    }
                    cardDeck[(int) position] = deckId;
                    cardMod[(int) position] = mod;
                    order.add(q);
                    position++;
                }
                note.executeBatch();
            }
            // New cards are shown in their sources' order, not the bank's hash-id order; a card's id is its note's,
            // as before, so ids and guids (a learner's review history) do not depend on this order.
            int[] sorted = order.sorted();
            int[] rank = new int[sorted.length];
            for (int k = 0; k < sorted.length; k++) {
                rank[sorted[k]] = k;
            }
            for (int i = 0; i < rank.length; i++) {
                long id = AnkiIds.NOTE_EPOCH_MS + i;
                card.setLong(1, id);
                card.setLong(2, id);
                card.setLong(3, cardDeck[i]);
                card.setLong(4, cardMod[i]);
                card.setLong(5, rank[i] + 1);
                card.addBatch();
                if (i % BATCH == BATCH - 1 || i == rank.length - 1) {
                    card.executeBatch();
                }
            }
        }
        refuseIfProblems();
        try (PreparedStatement col = c.prepareStatement(
                "INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)"
                        + " VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)")) {
            long rootId = decks.get(notes.rootDeck());
            col.setLong(1, AnkiIds.COLLECTION_CRT);
            col.setLong(2, newest * 1000);
            col.setLong(3, AnkiIds.COLLECTION_CRT * 1000);
            col.setInt(4, AnkiCollectionSchema.SCHEMA_VERSION);
            col.setString(5, AnkiCollectionSchema.config(rootId, position + 1));
            col.setString(6, AnkiCollectionSchema.models(rootId));
            col.setString(7, AnkiCollectionSchema.decks(decks));
            col.setString(8, AnkiCollectionSchema.deckConfig());
            col.setString(9, AnkiCollectionSchema.tags(new TreeSet<>(allTags)));
            col.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            // Each index reads the whole table back; through a memory map instead of a read() copy per page
            // (1M: the five indexes 4.0-4.3 s -> 2.6-2.9 s on the one thread, while the other core waits).
            s.execute("PRAGMA mmap_size = " + (1L << 31));
            for (String ddl : AnkiCollectionSchema.DDL) {
                if (isIndex(ddl)) {
                    s.execute(ddl);
                }
            }
        }
        c.commit();
        return position;
    }

    private static boolean isIndex(String ddl) {
        return ddl.startsWith("CREATE INDEX");
    }

    private List<Question> nextChunk(Iterator<Question> it) {
        List<Question> chunk = new ArrayList<>(BATCH);
        try {
            while (it.hasNext() && chunk.size() < BATCH) {
                chunk.add(it.next());
            }
        } catch (QbankException e) {
            // the bank's own refusal once every question was read (a broken file, a media path out of the bank):
            // reported with this writer's findings, so one run still names every problem
            problems.addAll(e.diagnostics());
        }
        return chunk;
    }

    private CompletableFuture<List<Rendered>> renderAsync(List<Question> chunk, MediaPackager media) {
        return chunk.isEmpty() ? null : CompletableFuture.supplyAsync(() -> render(chunk, media));
    }


    /**
     * A question with its note content and every derived column (GUID, joined fields and tags, sort field,
     * first-field checksum), computed off the single writer thread, which only binds them.
     */
    private record Rendered(Question question, AnkiNoteBuilder.NoteContent content, String guid, String joinedFields,
                            String joinedTags, String sortField, long checksum, long modified) {
    }

    /** Renders one question; the file's time stamp is read here too, since a stat per question adds up. */
    private Rendered render(Question q, Map<String, String> refs) {
        AnkiNoteBuilder.NoteContent content = builders.get().build(q, refs);
        String sortField = AnkiText.stripHtmlPreservingMediaFilenames(content.fields().get(0));
        return new Rendered(q, content, AnkiIds.guid(q.id()), content.joinedFields(), content.joinedTags(),
                sortField, AnkiText.checksumOfStripped(sortField), modified(q.id()));
    }

    /**
     * Renders a chunk of questions on every core (Markdown and sanitising dominate the export), each thread with its
     * own builder; media are assigned first and in order, so names and numbers do not depend on scheduling.
     */
    private List<Rendered> render(List<Question> chunk, MediaPackager media) {
        List<Map<String, String>> refs = new ArrayList<>(chunk.size());
        for (Question q : chunk) {
            if (q.id() == null) {
                throw new IllegalArgumentException("question without an id: " + q.question());
            }
            try {
                refs.add(media.add(q));
            } catch (QbankException e) {
                problems.addAll(e.diagnostics());
                refs.add(Map.of());
            }
        }
        return IntStream.range(0, chunk.size()).parallel()
                .mapToObj(i -> {
                    try {
                        return render(chunk.get(i), refs.get(i));
                    } catch (QbankException e) {
                        // the note builder knows the question, not where its file is in the bank; named as every
                        // other export message names a question file (the bank's path joined with the file's)
                        String file = store.questionFile(chunk.get(i).id()).toString();
                        e.diagnostics().forEach(d -> problems.add(new Diagnostic(d.severity(), d.code(), file,
                                d.line(), d.column(), d.message())));
                        return null;
                    }
                })
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * Bad content (a media path out of the bank, Markdown nested too deep) refuses the whole export, but only after
     * every question was looked at, so one run names every problem, in file order.
     */
    private void refuseIfProblems() {
        if (problems.isEmpty()) {
            return;
        }
        List<Diagnostic> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Diagnostic::file).thenComparing(Diagnostic::message));
        if (sorted.size() > MAX_REPORTED) {
            int more = sorted.size() - MAX_REPORTED;
            sorted = new ArrayList<>(sorted.subList(0, MAX_REPORTED));
            sorted.add(Diagnostic.error("export", "", 0, 0, "... and " + more + " more problems like these"));
        }
        throw new QbankException(sorted, QbankException.EXIT_FINDINGS);
    }

    /** Registers a deck and its parents (Anki needs every level of {@code a::b::c}); returns the deck's id. */
    private static long addDeck(String name, Map<String, Long> decks, Map<Long, String> names) {
        Long known = decks.get(name);
        if (known != null) {
            return known;
        }
        int cut = name.lastIndexOf("::");
        if (cut > 0) {
            addDeck(name.substring(0, cut), decks, names);
        }
        long id;
        int attempt = 0;
        do {
            id = AnkiIds.deckId(name, attempt++);
        } while (names.containsKey(id));
        names.put(id, name);
        decks.put(name, id);
        return id;
    }

    /** Seconds since the epoch when the question's file last changed: a newer edit gives a newer note. */
    private long modified(String id) {
        try {
            // the default place first: one stat for a bank qbank filed, where questionFile would cost two
            return Files.getLastModifiedTime(store.root().resolve(BankStore.defaultRelativePath(id)))
                    .toInstant().getEpochSecond();
        } catch (IOException notThere) {
            try {
                return Files.getLastModifiedTime(store.questionFile(id)).toInstant().getEpochSecond();
            } catch (IOException e) {
                return AnkiIds.COLLECTION_CRT;
            }
        }
    }

    /**
     * The collection is most of the package: it is deflated on every core ({@link ParallelDeflate}, level 1: SQLite
     * pages of text compress well either way) into a scratch file beside the package, and copied into the zip as
     * it is. The media map and files are deflated as usual. Fixed times keep the bytes deterministic.
     */
    private static void zip(Path db, List<MediaPackager.MediaFile> media, Path target) throws IOException {
        Path deflated = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".",
                ".deflate");
        try {
            ParallelDeflate.Result packed;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(deflated), 1 << 16)) {
                packed = ParallelDeflate.deflate(db, out);
            }
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target)) {
                zip.setLevel(Deflater.BEST_SPEED);
                ZipArchiveEntry collection = entry("collection.anki2");
                collection.setMethod(ZipArchiveEntry.DEFLATED);
                collection.setCrc(packed.crc());
                collection.setSize(packed.size());
                collection.setCompressedSize(packed.compressedSize());
                try (InputStream raw = Files.newInputStream(deflated)) {
                    zip.addRawArchiveEntry(collection, raw);
                }
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < media.size(); i++) {
                    map.put(String.valueOf(i), media.get(i).name());
                }
                zip.putArchiveEntry(entry("media"));
                zip.write(AnkiCollectionSchema.json(map).getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
                for (int i = 0; i < media.size(); i++) {
                    try {
                        putFile(zip, String.valueOf(i), media.get(i).file());
                    } catch (IOException e) {
                        throw QbankException.usage(MediaPaths.MISSING, media.get(i).file().toString(),
                                "cannot read media file: " + e.getMessage());
                    }
                }
            }
        } finally {
            Files.deleteIfExists(deflated);
        }
    }

    private static void putFile(ZipArchiveOutputStream zip, String name, Path file) throws IOException {
        zip.putArchiveEntry(entry(name));
        Files.copy(file, zip);
        zip.closeArchiveEntry();
    }

    private static ZipArchiveEntry entry(String name) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setTime(ZIP_TIME);
        return e;
    }
}
