package dev.qbank.importers.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Golden;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decks made here as Anki makes them (not by qbank's exporter: that round trip is in the exporters' tests). */
class AnkiImporterTest {
    @TempDir
    Path dir;

    private static Golden.Result read(Path file) {
        return Golden.read(new AnkiImporter(), file, "deck.apkg");
    }

    /** A Basic deck in two decks, HTML fields, tags, a picture and a script a card should never have held. */
    @Test
    void aBasicDeckGivesFrontAsQuestionAndBackAsAnswer() throws Exception {
        Path deck = basicDeck("collection.anki2",
                new String[] {"什么是过拟合？", "<div>训练集好，测试集差。</div><div><b>对策</b>：正则化<br>"
                        + "<img src=\"fit.png\"></div><script>alert(1)</script>", " 正则化 difficulty::easy "},
                new String[] {"What is&nbsp;<i>dropout</i>?", "Randomly zeroing activations.", ""},
                new String[] {"", "an answer without its question", ""});
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(SourceDocument.load(deck, "deck.apkg"))
                .importer().name()).isEqualTo("anki");
        Golden.Result r = read(deck);
        // the question is plain text, as in every format: the card's italics are how it looked
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是过拟合？",
                "What is dropout?");
        Question fit = r.questions().get(0);
        assertThat(fit.answer()).isEqualTo("训练集好，测试集差。\n**对策**：正则化\n![](fit.png)");
        assertThat(fit.tags()).containsExactly("正则化");
        assertThat(fit.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(fit.topic()).isEqualTo("深度学习");
        assertThat(fit.sources()).singleElement().isEqualTo(
                new Source("deck.apkg", 1, "什么是过拟合？", "anki", null, null, "面试::深度学习"));
        assertThat(r.questions().get(1).topic()).isNull(); // the top-level Default deck names no topic
        assertThat(fit.media()).containsExactly("fit.png");
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "deck.apkg:3: warning[empty-question]: note 3 has an empty question field; skipped");
        Path unpacked = new AnkiImporter().extractedMedia(SourceDocument.load(deck, "deck.apkg"));
        assertThat(unpacked).isNotNull();
        assertThat(Files.readAllBytes(unpacked.resolve("fit.png"))).containsExactly(0x89, 'P', 'N', 'G');
    }

    /**
     * A hierarchical tag ({@code 机器学习::树模型}) is how many shared decks file their cards: with no Topic field and
     * no deck below the top, a note's one such tag is its topic, levels as a nested deck's ({@code 机器学习 / 树模型}),
     * and no tag; a sub-deck still comes first, and two such tags choose none (they were tags as written). A card's
     * {@code <sup>} keeps its meaning ({@code O(n²)}, it was {@code O(n2)}), its bold and italics their Markdown.
     */
    @Test
    void aHierarchicalTagIsTheTopicWhenNoDeckGivesOne() throws Exception {
        Path deck = basicDeck("collection.anki2",
                new String[] {"什么是过拟合？", "训练集好，测试集差。", "面试::深度学习 重要"},
                new String[] {"GBDT 和随机森林的区别？", "<b>Boosting</b> 串行、<i>Bagging</i> 并行；建树 O(n<sup>2</sup>)",
                        " 机器学习::树模型::GBDT  重要 difficulty::hard"},
                new String[] {"什么是 KNN？", "最近的 k 个邻居投票。", "机器学习::KNN 面试::高频"});
        List<Question> qs = read(deck).questions();
        assertThat(qs).extracting(Question::topic).containsExactly("深度学习", "机器学习 / 树模型 / GBDT", null);
        assertThat(qs).extracting(Question::tags).containsExactly(List.of("面试::深度学习", "重要"), List.of("重要"),
                List.of("机器学习::KNN", "面试::高频"));
        assertThat(qs.get(1).answer()).isEqualTo("**Boosting** 串行、*Bagging* 并行；建树 O(n²)");
        assertThat(qs.get(1).difficulty()).isEqualTo(Difficulty.HARD);
    }

    /**
     * A Source field's link keeps the text it shows as the reference's title (it kept the address only); a link that
     * shows its own address, as qbank's export writes a link without a title, has none; text is a citation.
     */
    @Test
    void aSourceLinkKeepsItsAddressAndItsTitle() throws Exception {
        Path deck = basicDeck("collection.anki2",
                new String[] {"What is attention?", "Weights over the inputs.", "",
                        "<a href=\"https://arxiv.org/abs/1706.03762\">Attention Is All You Need</a><br>"
                                + "<a href=\"https://x.org/p/%E4%B8%AD\">x.org/p/中</a><br>CLRS, chapter 7"});
        assertThat(read(deck).questions().get(0).references()).containsExactly(
                new Reference("https://arxiv.org/abs/1706.03762", "Attention Is All You Need"),
                Reference.of("https://x.org/p/%E4%B8%AD"), new Reference(null, "CLRS, chapter 7"));
    }

    /**
     * exp26: a line break inside a link is its title's (qbank's export writes one so); the field's lines are split
     * only at breaks outside links.
     */
    @Test
    void aLineBreakInsideALinkIsItsTitles() throws Exception {
        Path deck = basicDeck("collection.anki2", new String[] {"What is a heap?", "A tree.", "",
                "<a href=\"https://x.org/a\">two<br>lines</a><br />CLRS,<br>chapter 7<BR><a href=\"https://x.org/b\">b</a>"});
        assertThat(read(deck).questions().get(0).references()).containsExactly(
                new Reference("https://x.org/a", "two\nlines"), new Reference(null, "CLRS,"),
                new Reference(null, "chapter 7"), new Reference("https://x.org/b", "b"));
    }

    /** Through a whole import the deck's picture lands in the bank's media and the answer links there. */
    @Test
    void aDecksPicturesComeIntoTheBank() throws Exception {
        Path deck = basicDeck("collection.anki21",
                new String[] {"什么是过拟合？", "<img src=\"fit.png\"> and <img src=\"gone.png\">", ""});
        Path bank = dir.resolve("bank"); // in the test's own folder, removed after it
        dev.qbank.importers.ImportReport report = new dev.qbank.importers.ImportPipeline(ImporterRegistry.standard())
                .run(new dev.qbank.importers.ImportRequest(List.of(deck.toString()), bank, null));
        assertThat(report.files().get(0).warnings()).extracting(Diagnostic::code).containsExactly("media-missing");
        Question q = new dev.qbank.model.BankStore(bank).readAll().get(0);
        assertThat(q.media()).singleElement().satisfies(m -> assertThat(m).startsWith("media/").endsWith("-fit.png"));
        assertThat(q.answer()).contains("![](" + q.media().get(0) + ")", "![](gone.png)");
        assertThat(Files.readAllBytes(bank.resolve(q.media().get(0)))).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(new AnkiImporter().extractedMedia(SourceDocument.load(deck, "deck.apkg"))).isNull();
    }

    @Test
    void unsafeMediaNamesAreNeverPaths() {
        assertThat(PackageMedia.plainName("fit.png")).isTrue();
        assertThat(PackageMedia.plainName("图 1.png")).isTrue();
        assertThat(List.of("../x.png", "a/b.png", "a\\b.png", ".hidden", "", "c:x.png", "a\u0000b"))
                .noneMatch(PackageMedia::plainName);
    }

    @Test
    void aNewFormatDeckSaysToExportForOlderVersions() throws Exception {
        Path deck = dir.resolve("new.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(deck))) {
            zip.putNextEntry(new ZipEntry("collection.anki2")); // Anki's stub asking to update
            zip.write(new byte[] {1, 2, 3});
            zip.putNextEntry(new ZipEntry("collection.anki21b"));
            zip.write(new byte[] {(byte) 0x28, (byte) 0xB5, (byte) 0x2F, (byte) 0xFD});
        }
        assertThatThrownBy(() -> read(deck)).isInstanceOf(QbankException.class).hasMessage(
                "deck.apkg: error[anki]: this deck was exported by Anki 2.1.50 or later in its new format "
                        + "(collection.anki21b, compressed with zstd), which qbank does not read; in Anki export it "
                        + "again with \"Support older Anki versions\" ticked");
    }

    @Test
    void brokenPackagesAreRefusedWithWhatToDo() throws Exception {
        Path notSqlite = zip("bad.apkg", "collection.anki2",
                "not a database".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(notSqlite)).isInstanceOf(QbankException.class)
                .hasMessageStartingWith("deck.apkg: error[anki]: not a readable Anki collection (")
                .hasMessageEndingWith("); export the deck from Anki again");
        Path corrupt = dir.resolve("corrupt.apkg");
        Files.write(corrupt, "PK\3\4 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(SourceDocument.load(corrupt, "c.apkg"))
                .importer().name()).isEqualTo("anki");
        assertThatThrownBy(() -> read(corrupt)).isInstanceOf(QbankException.class)
                .hasMessageStartingWith("deck.apkg: error[anki]: not a readable Anki package (")
                .hasMessageEndingWith("); export the deck from Anki again");
        Path empty = basicDeck("collection.anki21");
        assertThatThrownBy(() -> read(empty)).isInstanceOf(QbankException.class)
                .hasMessage("deck.apkg: error[anki]: this deck has no notes");
    }

    @Test
    void aCollectionBeyondTheLimitIsNotUnpacked() throws Exception {
        Path deck = basicDeck("collection.anki2", new String[] {"q", "a", ""});
        assertThatThrownBy(() -> new AnkiImporter(1 << 20 >> 8).read(SourceDocument.load(deck, "deck.apkg"),
                q -> { }, w -> { })).isInstanceOf(QbankException.class).hasMessage("deck.apkg: error[anki]: "
                + "refused: the deck's collection is larger than 0 MB once unpacked (or inflates like a zip bomb); "
                + "export a smaller deck");
    }

    @Test
    void aPackageWithoutACollectionOrWithBrokenJsonIsRefused() throws Exception {
        Path media = zip("media-only.apkg", "media", "{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(media)).isInstanceOf(QbankException.class).hasMessage("deck.apkg: error[anki]: "
                + "not an Anki package: it holds no collection.anki2 or collection.anki21; export the deck from Anki "
                + "again (File > Export, Anki Deck Package)");
        Path deck = basicDeck("collection.anki2", new String[] {"q", "a", ""});
        Path db = dir.resolve("broken-json");
        try (var zip = new java.util.zip.ZipFile(deck.toFile())) {
            Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE col SET models = '{not json'");
        }
        Path broken = zip("broken.apkg", "collection.anki2", Files.readAllBytes(db));
        assertThatThrownBy(() -> read(broken)).isInstanceOf(QbankException.class).hasMessage("deck.apkg: error[anki]:"
                + " the deck's note types or decks are not valid JSON; export the deck from Anki again");
    }

    @Test
    void textIsNotADeck() {
        SourceDocument text = SourceDocument.of(Path.of("x.txt"), "x.txt", "1. q\n".getBytes(StandardCharsets.UTF_8));
        assertThat(new AnkiImporter().sniff(text)).isZero();
        assertThatThrownBy(() -> new AnkiImporter().read(text, q -> { }, w -> { }))
                .isInstanceOf(QbankException.class).hasMessage("x.txt: error[anki]: not an Anki package: an .apkg "
                        + "file is a zip archive, and this is text");
    }

    /** A zip of one entry. */
    private Path zip(String name, String entry, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return file;
    }

    /**
     * A package holding a schema-11 collection of Basic notes with a Source field, as shared decks add one (front,
     * back, tags, and the source if given); the first in a nested deck.
     */
    private Path basicDeck(String entry, String[]... notes) throws IOException, SQLException {
        Path db = dir.resolve("collection-" + System.nanoTime());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE col (id integer PRIMARY KEY, models text, decks text)");
            s.execute("CREATE TABLE notes (id integer PRIMARY KEY, mid integer, tags text, flds text)");
            s.execute("CREATE TABLE cards (id integer PRIMARY KEY, nid integer, did integer, ord integer)");
            try (PreparedStatement col = c.prepareStatement("INSERT INTO col VALUES (1, ?, ?)")) {
                col.setString(1, "{\"1342697561419\": {\"name\": \"Basic\", \"type\": 0, \"flds\": ["
                        + "{\"name\": \"Back\", \"ord\": 1}, {\"name\": \"Front\", \"ord\": 0}, "
                        + "{\"name\": \"Source\", \"ord\": 2}]}}");
                col.setString(2, "{\"1\": {\"name\": \"Default\"}, \"7\": {\"name\": \"面试::深度学习\"}}");
                col.execute();
            }
            try (PreparedStatement note = c.prepareStatement("INSERT INTO notes VALUES (?, 1342697561419, ?, ?)");
                 PreparedStatement card = c.prepareStatement("INSERT INTO cards VALUES (?, ?, ?, 0)")) {
                for (int i = 0; i < notes.length; i++) {
                    note.setLong(1, 100 + i);
                    note.setString(2, notes[i][2]);
                    note.setString(3, notes[i][0] + "\u001f" + notes[i][1] + "\u001f" + (notes[i].length > 3 ? notes[i][3] : ""));
                    note.execute();
                    card.setLong(1, 500 + i);
                    card.setLong(2, 100 + i);
                    card.setLong(3, i == 0 ? 7 : 1);
                    card.execute();
                }
            }
        }
        Path deck = dir.resolve("deck-" + System.nanoTime() + ".apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(deck))) {
            zip.putNextEntry(new ZipEntry(entry));
            Files.copy(db, zip);
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{\"0\": \"fit.png\"}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("0"));
            zip.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        return deck;
    }
}
