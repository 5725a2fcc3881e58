package dev.qbank.importers.anki;

import dev.qbank.importers.DifficultyWords;
import dev.qbank.importers.Importer;
import dev.qbank.importers.LanguageGuess;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.TagList;
import dev.qbank.importers.table.Column;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
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
 * naming, never bigger than {@link #MAX_COLLECTION_BYTES}, and read with sqlite-jdbc, read-only. Each note's fields
 * are named by its note type ({@code col.models}): a field whose name is a column name ({@link Column}: Question,
 * Answer, Explanation, Difficulty, Topic, Tags, References, 题目, 答案, ...) fills that part of the question; a note
 * type naming no question field (Basic's Front/Back, Cloze's Text) gives its first field as the question and its
 * second as the answer. Fields are HTML, read as Markdown by {@link HtmlText} (nothing of the HTML is kept).
 * Tags are the note's, less qbank's own {@code difficulty::} and {@code source::} tags (a {@code difficulty::} tag
 * gives the difficulty when no field does; in qbank's note type {@code _} is a space again, as its export wrote it); the topic is a Topic field, else the card's deck below the top one
 * ({@code qbank::深度学习} files under 深度学习, {@code Default} under none). A question's line is its note's
 * position in the collection (1 for the first note) and its source's section the deck. The pictures the notes show
 * are unpacked for the import to bring into the bank ({@link PackageMedia}, {@link #extractedMedia}).
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
    /** qbank's own note type, whose Topic field is the topic and whose deck adds nothing. */
    private static final String QBANK_NOTETYPE = "qbank question";

    public AnkiImporter() {
        this(MAX_COLLECTION_BYTES);
    }

    /** For tests: a smaller limit on the unpacked collection. */
    AnkiImporter(long maxCollectionBytes) {
        this.maxCollectionBytes = maxCollectionBytes;
    }

    /** Lists the pictures its pages (decks) hold, and warns about those it leaves out. */
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
            PackageMedia media = PackageMedia.of(zip, JSON);
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
        return dev.qbank.importers.UnpackedMedia.ifUnpacked(NAME, doc);
    }

    private static Path mediaFolder(SourceDocument doc) {
        return dev.qbank.importers.UnpackedMedia.folder(NAME, doc);
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
            try (PreparedStatement s = c.prepareStatement("SELECT n.mid, n.tags, n.flds, "
                    + "(SELECT did FROM cards WHERE nid = n.id ORDER BY ord LIMIT 1) FROM notes n ORDER BY n.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    line++;
                    NoteType type = types.get(r.getLong(1));
                    String deck = decks.get(r.getLong(4));
                    Question q = note(doc, line, type, r.getString(2), r.getString(3), deck, media, warnings);
                    if (q != null) {
                        questions.accept(q);
                    }
                }
            }
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

    private static Question note(SourceDocument doc, int line, NoteType type, String tags, String flds, String deck,
                                 PackageMedia media, Consumer<Diagnostic> warnings) {
        String[] values = (flds == null ? "" : flds).split("\u001f", -1);
        List<String> names = type == null ? List.of() : type.fields();
        Map<Column, String> byColumn = new HashMap<>();
        for (int i = 0; i < values.length && i < names.size(); i++) {
            int at = i;
            Column.of(names.get(i)).ifPresent(c -> byColumn.putIfAbsent(c, values[at]));
        }
        if (!byColumn.containsKey(Column.QUESTION)) {
            // Basic (Front/Back), Cloze (Text/Back Extra) and other note types: first field asks, second answers
            byColumn.put(Column.QUESTION, values[0]);
            if (values.length > 1) {
                byColumn.putIfAbsent(Column.ANSWER, values[1]);
            }
        }
        List<String> images = new ArrayList<>();
        String text = oneLine(markdown(byColumn.get(Column.QUESTION), images));
        if (text == null) {
            warnings.accept(Diagnostic.warning("empty-question", doc.file(), line, 0,
                    "note " + line + " has an empty question field; skipped"));
            return null;
        }
        List<String> noteTags = new ArrayList<>();
        Difficulty difficulty = null;
        boolean qbank = type != null && type.name().equals(QBANK_NOTETYPE);
        for (String tag : (tags == null ? "" : tags).strip().split("[ \\u3000]+")) {
            String lower = tag.toLowerCase(Locale.ROOT);
            if (lower.startsWith("difficulty::")) {
                difficulty = DifficultyWords.parse(tag.substring("difficulty::".length())).orElse(difficulty);
            } else if (!tag.isEmpty() && !lower.startsWith("source::")) {
                // qbank's export writes a space inside a tag as '_' (Anki splits tags at spaces)
                noteTags.add(qbank ? tag.replace('_', ' ') : tag);
            }
        }
        String level = oneLine(markdown(byColumn.get(Column.DIFFICULTY), images));
        if (level != null) {
            Difficulty d = DifficultyWords.parse(level).orElse(null);
            if (d == null) {
                warnings.accept(Diagnostic.warning("difficulty", doc.file(), line, 0, "note " + line
                        + ": unknown difficulty '" + level + "' (use 简单/中等/困难, easy/medium/hard, 1-3 or stars); "
                        + "left unset"));
            }
            difficulty = d != null ? d : difficulty;
        }
        String topicField = byColumn.containsKey(Column.TOPIC) ? oneLine(markdown(byColumn.get(Column.TOPIC), images))
                : null;
        String topic = topicField != null || qbank ? topicField : topicOfDeck(deck);
        LinkedHashSet<String> allTags = new LinkedHashSet<>(noteTags);
        String tagField = oneLine(markdown(byColumn.get(Column.TAGS), images));
        if (tagField != null) {
            allTags.addAll(TagList.split(tagField));
        }
        Question q = Question.builder(text)
                .prompt(markdown(byColumn.get(Column.PROMPT), images))
                .answer(markdown(byColumn.get(Column.ANSWER), images))
                .explanation(markdown(byColumn.get(Column.EXPLANATION), images))
                .difficulty(difficulty)
                .topic(topic)
                .tags(List.copyOf(allTags))
                .references(references(byColumn.get(Column.REFERENCES)))
                .language(LanguageGuess.of(text))
                .source(new Source(doc.file(), line, text, NAME, null, null, deck == null || deck.isEmpty() ? null
                        : deck))
                .build();
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

    private static String markdown(String html, List<String> images) {
        if (html == null || html.isBlank()) {
            return null;
        }
        HtmlText.Result r = HtmlText.of(html);
        images.addAll(r.images());
        return r.text().isEmpty() ? null : r.text();
    }

    /** References, one a line: links keep their address (qbank writes a link per reference), text stays text. */
    private static List<Reference> references(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        List<Reference> refs = new ArrayList<>();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>")
                .matcher("");
        for (String part : html.split("(?i)<br\\s*/?>")) {
            link.reset(part);
            if (link.find()) {
                refs.add(Reference.of(HtmlText.of("<a href=\"" + link.group(1) + "\">x</a>").text()
                        .replaceFirst("^\\[x\\]\\((.*)\\)$", "$1")));
            } else {
                String text = HtmlText.of(part).text().strip();
                if (!text.isEmpty()) {
                    refs.add(Reference.of(text));
                }
            }
        }
        return refs;
    }

    /** The deck below the top one ({@code qbank::深度学习} is 深度学习), or none for a top-level deck. */
    private static String topicOfDeck(String deck) {
        if (deck == null) {
            return null;
        }
        int sep = deck.indexOf("::");
        String below = sep < 0 ? null : deck.substring(sep + 2).replace("::", " / ").strip();
        return below == null || below.isEmpty() ? null : below;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    private static QbankException error(SourceDocument doc, String message) {
        return new QbankException(Diagnostic.error(NAME, doc.file(), 0, 0, message));
    }
}
