package dev.qbank.importers.anki;

import dev.qbank.importers.Importer;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.UnpackedMedia;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Anki package ({@code .apkg}): one question per note. The collection ({@code collection.anki21}, else
 * {@code collection.anki2}: SQLite, Anki's schema 11) is copied out of the zip into a temporary file of qbank's own
 * naming, never bigger than {@link #MAX_COLLECTION_BYTES}, and read with sqlite-jdbc, read-only. Each note becomes a
 * question as {@link AnkiNote} reads it (fields by their note type's names, HTML as Markdown, tags, the deck as
 * topic). A question's line is its note's position in the collection (1 for the first note) and its source's
 * section the deck. The pictures the notes show are unpacked for the import to bring into the bank ({@link PackageMedia}, {@link #extractedMedia}).
 */
public final class AnkiImporter implements Importer {
    public static final String NAME = "anki";
    static final String LEGACY = "collection.anki2";
    static final String ANKI21 = "collection.anki21";
    static final String ZSTD = "collection.anki21b";
    /** A collection bigger than this is refused rather than copied out (a zip bomb inflates without bound). */
    static final long MAX_COLLECTION_BYTES = 1L << 30;
    private final long maxCollectionBytes;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public AnkiImporter() {
        this(MAX_COLLECTION_BYTES);
    }

    /** For tests: a smaller limit on the unpacked collection. */
    AnkiImporter(long maxCollectionBytes) {
        this.maxCollectionBytes = maxCollectionBytes;
    }

    /** Lists the package's pictures each note shows, and warns about those it leaves out. */
    @Override
    public boolean listsMedia() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Anki package (.apkg): one question per note, Front/Question as the question, Back/Answer as the answer, "
                + "deck as topic";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public double sniff(SourceDocument doc) {
        if (doc.hasZipEntry(LEGACY) || doc.hasZipEntry(ANKI21) || doc.hasZipEntry(ZSTD)) {
            return 0.95;
        }
        // a broken file named as a deck: read() says it cannot be read, rather than "binary file"
        return doc.binary() && doc.file().toLowerCase(Locale.ROOT).endsWith(".apkg") ? 0.5 : 0;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        if (!doc.binary()) {
            throw error(doc, "not an Anki package: an .apkg file is a zip archive, and this is text");
        }
        Path collection = null;
        try (ZipFile zip = open(doc)) {
            PackageMedia media = PackageMedia.of(zip, JSON, doc.file(), warnings);
            collection = extract(doc, zip);
            readCollection(doc, collection, media, questions, warnings);
            media.unpack(zip, mediaFolder(doc), maxCollectionBytes, doc);
        } catch (IOException e) {
            throw error(doc, "not a readable Anki package (" + e.getMessage() + "); export the deck from Anki again");
        } finally {
            if (collection != null) {
                try {
                    Files.deleteIfExists(collection);
                } catch (IOException e) {
                    collection.toFile().deleteOnExit();
                }
            }
        }
    }

    @Override
    public Path extractedMedia(SourceDocument doc) {
        return UnpackedMedia.ifUnpacked(NAME, doc);
    }

    private static Path mediaFolder(SourceDocument doc) {
        return UnpackedMedia.folder(NAME, doc);
    }

    private static ZipFile open(SourceDocument doc) {
        try {
            return new ZipFile(doc.path().toFile());
        } catch (IOException e) {
            throw error(doc, "not a readable Anki package (" + e.getMessage() + "); export the deck from Anki again");
        }
    }

    /** Copies the collection out of the package into a temporary file named by qbank, within the size limit. */
    private Path extract(SourceDocument doc, ZipFile zip) {
        try {
            ZipEntry entry = zip.getEntry(ANKI21);
            if (zip.getEntry(ZSTD) != null) {
                throw error(doc, "this deck was exported by Anki 2.1.50 or later in its new format "
                        + "(collection.anki21b, compressed with zstd), which qbank does not read; in Anki export it "
                        + "again with \"Support older Anki versions\" ticked");
            }
            if (entry == null) {
                entry = zip.getEntry(LEGACY);
            }
            if (entry == null) {
                throw error(doc, "not an Anki package: it holds no collection.anki2 or collection.anki21; export "
                        + "the deck from Anki again (File > Export, Anki Deck Package)");
            }
            if (entry.getSize() > maxCollectionBytes) {
                throw tooBig(doc);
            }
            Path target = Files.createTempFile("qbank-anki-", ".sqlite");
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxCollectionBytes) {
                        throw tooBig(doc);
                    }
                    out.write(buffer, 0, n);
                }
            } catch (QbankException | IOException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            return target;
        } catch (IOException e) {
            throw error(doc, "not a readable Anki package (" + e.getMessage() + "); export the deck from Anki again");
        }
    }

    private QbankException tooBig(SourceDocument doc) {
        return error(doc, "refused: the deck's collection is larger than " + (maxCollectionBytes >> 20)
                + " MB once unpacked (or inflates like a zip bomb); export a smaller deck");
    }

    private static void readCollection(SourceDocument doc, Path collection, PackageMedia media,
                                       Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + collection.toAbsolutePath(), readOnly)) {
            Map<Long, NoteType> types = new HashMap<>();
            Map<Long, String> decks = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT models, decks FROM col");
                 ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw error(doc, "the deck's collection has no col row; export the deck from Anki again");
                }
                readModels(r.getString(1), types);
                readDecks(r.getString(2), decks);
            }
            int line = 0;
            UnreadFields unread = new UnreadFields();
            try (PreparedStatement s = c.prepareStatement("SELECT n.mid, n.tags, n.flds, "
                    + "(SELECT did FROM cards WHERE nid = n.id ORDER BY ord LIMIT 1) FROM notes n ORDER BY n.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    line++;
                    NoteType type = types.get(r.getLong(1));
                    String deck = decks.get(r.getLong(4));
                    AnkiNote note = note(type, r.getString(2), r.getString(3), deck);
                    Question q = question(doc, line, note, media, warnings);
                    if (q != null) {
                        questions.accept(q);
                        unread.add(note, line);
                    }
                }
            }
            unread.warn(doc.file(), "name the field Answer, Explanation, Tags or Source in the note type, or move its "
                    + "text into one of those", warnings);
            if (line == 0) {
                throw error(doc, "this deck has no notes");
            }
        } catch (SQLException e) {
            throw error(doc, "not a readable Anki collection (" + e.getMessage().lines().findFirst().orElse("")
                    + "); export the deck from Anki again");
        } catch (JacksonException e) {
            throw error(doc, "the deck's note types or decks are not valid JSON; export the deck from Anki again");
        }
    }

    /** A note type: its name and its fields' names in order. */
    private record NoteType(String name, List<String> fields) {
    }

    private static void readModels(String json, Map<Long, NoteType> types) {
        JsonNode models = JSON.readTree(json == null ? "{}" : json);
        for (Map.Entry<String, JsonNode> e : models.properties()) {
            JsonNode m = e.getValue();
            List<JsonNode> flds = new ArrayList<>();
            m.path("flds").forEach(flds::add);
            flds.sort((a, b) -> Integer.compare(a.path("ord").asInt(0), b.path("ord").asInt(0)));
            try {
                types.put(Long.parseLong(e.getKey()), new NoteType(m.path("name").asString(""),
                        flds.stream().map(f -> f.path("name").asString("")).toList()));
            } catch (NumberFormatException notAnId) {
                // a key that is not a note type id is nothing a note can refer to
            }
        }
    }

    private static void readDecks(String json, Map<Long, String> decks) {
        JsonNode all = JSON.readTree(json == null ? "{}" : json);
        for (Map.Entry<String, JsonNode> e : all.properties()) {
            try {
                decks.put(Long.parseLong(e.getKey()), e.getValue().path("name").asString(""));
            } catch (NumberFormatException notAnId) {
                // as for note types
            }
        }
    }

    private static AnkiNote note(NoteType type, String tags, String flds, String deck) {
        List<String> values = List.of((flds == null ? "" : flds).split("\u001f", -1));
        return new AnkiNote(type == null ? "" : type.name(), type == null ? List.of() : type.fields(), values,
                tags, deck);
    }

    private static Question question(SourceDocument doc, int line, AnkiNote note, PackageMedia media,
                                     Consumer<Diagnostic> warnings) {
        List<String> images = new ArrayList<>();
        Question q = note.question(doc, line, line, NAME, images, warnings);
        if (q == null) {
            return null;
        }
        List<String> inPackage = new ArrayList<>();
        for (String image : new LinkedHashSet<>(images)) {
            if (PackageMedia.plainName(image) && media.take(image)) {
                inPackage.add(image);
            } else {
                warnings.accept(Diagnostic.warning("media-missing", doc.file(), line, 0, "note " + line + ": image '"
                        + image + "' is not in the package; its link stays in the text"));
            }
        }
        return inPackage.isEmpty() ? q : q.toBuilder().media(inPackage).build();
    }

    private static QbankException error(SourceDocument doc, String message) {
        return new QbankException(Diagnostic.error(NAME, doc.file(), 0, 0, message));
    }
}
