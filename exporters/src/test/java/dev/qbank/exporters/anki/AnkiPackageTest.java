package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankStore;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The written .apkg read back with java.util.zip and plain SQL, checked against Anki's schema 11 and invariants. */
class AnkiPackageTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private ApkgContents exportSample(Map<String, String> options) throws Exception {
        BankStore store = TestBanks.write(tmp.resolve("bank"), TestBanks.sample());
        Path apkg = TestBanks.export(store, tmp.resolve("out.apkg"), options);
        return ApkgContents.read(apkg, tmp);
    }

    @Test
    void archiveHoldsCollectionMediaMapAndPlainEntryNames() throws Exception {
        ApkgContents apkg = exportSample(Map.of());
        assertThat(apkg.entries()).containsKeys("collection.anki2", "media");
        assertThat(apkg.entries().keySet()).allMatch(n -> n.matches("collection\\.anki2|media|[0-9]+"));
        assertThat(apkg.mediaJson()).isEqualTo("{}");
    }

    @Test
    void tablesColumnsAndIndexesAreAnkiSchema11() throws Exception {
        ApkgContents apkg = exportSample(Map.of());
        Map<String, List<String>> expected = Map.of(
                "col", List.of("id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks",
                        "dconf", "tags"),
                "notes", List.of("id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags",
                        "data"),
                "cards", List.of("id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor",
                        "reps", "lapses", "left", "odue", "odid", "flags", "data"),
                "revlog", List.of("id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"),
                "graves", List.of("usn", "oid", "type"));
        for (var e : expected.entrySet()) {
            List<String> cols = apkg.rows("PRAGMA table_info(" + e.getKey() + ")").stream()
                    .map(r -> (String) r.get("name")).toList();
            assertThat(cols).as(e.getKey()).isEqualTo(e.getValue());
        }
        List<String> indexes = apkg.rows("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
                .stream().map(r -> (String) r.get("name")).toList();
        assertThat(indexes).containsExactlyInAnyOrder("ix_notes_usn", "ix_cards_usn", "ix_revlog_usn",
                "ix_cards_nid", "ix_cards_sched", "ix_revlog_cid", "ix_notes_csum");
        List<Map<String, Object>> col = apkg.rows("SELECT * FROM col");
        assertThat(col).hasSize(1);
        assertThat(col.get(0)).containsEntry("id", 1).containsEntry("ver", 11);
    }

    @Test
    void everyNoteMatchesItsNoteTypeDeckAndAnkiChecksum() throws Exception {
        ApkgContents apkg = exportSample(Map.of("deck", "Interview"));
        Map<String, Object> col = apkg.rows("SELECT * FROM col").get(0);
        JsonNode models = JSON.readTree((String) col.get("models"));
        JsonNode decks = JSON.readTree((String) col.get("decks"));
        JSON.readTree((String) col.get("dconf"));
        JSON.readTree((String) col.get("conf"));
        assertThat(models.size()).isEqualTo(1);
        String mid = models.propertyNames().iterator().next();
        int fieldCount = models.get(mid).get("flds").size();
        assertThat(fieldCount).isGreaterThanOrEqualTo(5);

        long nowMs = Instant.now().toEpochMilli();
        List<Map<String, Object>> notes = apkg.rows("SELECT * FROM notes ORDER BY id");
        assertThat(notes).hasSize(4);
        Set<String> guids = new HashSet<>();
        for (Map<String, Object> n : notes) {
            String flds = (String) n.get("flds");
            String[] fields = flds.split("\u001f", -1);
            assertThat(fields).hasSize(fieldCount);
            assertThat(String.valueOf(n.get("mid"))).isEqualTo(mid);
            String stripped = fields[0].replaceAll("<[^>]*>", "");
            assertThat(String.valueOf(n.get("sfld"))).isEqualTo(stripped);
            assertThat(((Number) n.get("csum")).longValue()).isEqualTo(sha1Prefix(stripped));
            assertThat(guids.add((String) n.get("guid"))).isTrue();
            long id = ((Number) n.get("id")).longValue();
            assertThat(id).isBetween(1_000_000_000_000L, nowMs);
            long mod = ((Number) n.get("mod")).longValue();
            assertThat(mod).as("notes.mod is in seconds").isBetween(1_000_000_000L, nowMs / 1000);
            String tags = (String) n.get("tags");
            assertThat(tags).matches("|( [^\\s\\u3000]+)+ ");
        }
        assertThat(decks.propertyNames()).doesNotContain("0");
        Set<String> deckNames = new HashSet<>();
        decks.forEach(d -> deckNames.add(d.get("name").asString()));
        assertThat(deckNames).contains("Default", "Interview", "Interview::深度学习基础", "Interview::神经网络");

        List<Map<String, Object>> cards = apkg.rows("SELECT * FROM cards ORDER BY id");
        assertThat(cards).hasSize(notes.size());
        Set<Object> nids = cards.stream().map(c -> c.get("nid")).collect(Collectors.toSet());
        assertThat(nids).containsExactlyInAnyOrderElementsOf(notes.stream().map(n -> n.get("id")).toList());
        for (Map<String, Object> c : cards) {
            String did = String.valueOf(c.get("did"));
            assertThat(decks.has(did)).as("deck %s exists", did).isTrue();
            assertThat(did).isNotEqualTo("1");
            assertThat(c).containsEntry("ord", 0).containsEntry("type", 0).containsEntry("queue", 0);
            assertThat(((Number) c.get("mod")).longValue()).isLessThan(10_000_000_000L);
        }
        assertThat(apkg.rows("SELECT * FROM revlog")).isEmpty();
        assertThat(apkg.rows("SELECT * FROM graves")).isEmpty();
    }

    @Test
    void tagsComeFromTagsDifficultyAndSourceWithoutSpaces() throws Exception {
        ApkgContents apkg = exportSample(Map.of());
        String tags = (String) apkg.rows("SELECT tags FROM notes WHERE flds LIKE 'ReLU%'").get(0).get("tags");
        assertThat(tags.strip().split(" ")).contains("激活函数_ReLU", "difficulty::hard", "source::000_bank_one");
        String bn = (String) apkg.rows("SELECT tags FROM notes WHERE flds LIKE 'Batch%'").get(0).get("tags");
        assertThat(bn.strip().split(" ")).contains("Batch_Normalization", "difficulty::medium");
    }

    @Test
    void fieldsAreRenderedMarkdown() throws Exception {
        ApkgContents apkg = exportSample(Map.of());
        String flds = (String) apkg.rows("SELECT flds FROM notes WHERE flds LIKE 'Batch%'").get(0).get("flds");
        String[] f = flds.split("\u001f", -1);
        assertThat(f[0]).isEqualTo("Batch Normalization 的作用是什么？");
        assertThat(f[2]).contains("<strong>Answer</strong>");
        assertThat(f).contains("batch-norm", "medium", "神经网络");
        assertThat(String.join("", f)).contains("href=\"https://example.com/ref\"");
    }

    @Test
    void aBareReferenceIsShownAsHostAndPathAndLinksToTheWholeUrl() throws Exception {
        String url = "https://zhuanlan.zhihu.com/p/93643523#:~:text=" + "%E6%98%AF".repeat(200);
        Question q = Question.builder("什么是BN？").id("bn").answer("归一化")
                .references(List.of(Reference.of(url))).build();
        BankStore store = TestBanks.write(tmp.resolve("bank"), List.of(q));
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("r.apkg"), Map.of()), tmp);
        String flds = (String) apkg.rows("SELECT flds FROM notes").get(0).get("flds");
        assertThat(flds).contains("<a href=\"" + url + "\" " + CardHtml.REL + ">zhuanlan.zhihu.com/p/93643523</a>");
    }

    @Test
    void twoExportsOfOneBankHoldTheSameRows() throws Exception {
        BankStore store = TestBanks.write(tmp.resolve("bank"), TestBanks.sample());
        Path a = TestBanks.export(store, tmp.resolve("a.apkg"), Map.of());
        Path b = TestBanks.export(store, tmp.resolve("b.apkg"), Map.of());
        ApkgContents ra = ApkgContents.read(a, tmp);
        ApkgContents rb = ApkgContents.read(b, tmp);
        for (String table : List.of("col", "notes", "cards")) {
            assertThat(ra.rows("SELECT * FROM " + table + " ORDER BY id"))
                    .isEqualTo(rb.rows("SELECT * FROM " + table + " ORDER BY id"));
        }
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void editedQuestionKeepsItsGuidAndGetsANewerMod() throws Exception {
        BankStore store = TestBanks.write(tmp.resolve("bank"), TestBanks.sample());
        Path file = store.questionFile("batch-norm");
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(AnkiIds.FIELDS_RENDERED_SINCE + 60)));
        ApkgContents before = ApkgContents.read(TestBanks.export(store, tmp.resolve("1.apkg"), Map.of()), tmp);

        List<Question> edited = new ArrayList<>(TestBanks.sample());
        edited.set(1, edited.get(1).toBuilder().answer("A better answer").build());
        TestBanks.write(store.root(), edited);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(AnkiIds.FIELDS_RENDERED_SINCE + 120)));
        ApkgContents after = ApkgContents.read(TestBanks.export(store, tmp.resolve("2.apkg"), Map.of()), tmp);

        String q = "SELECT guid, mod, flds FROM notes WHERE flds LIKE '%batch-norm'";
        Map<String, Object> n1 = before.rows(q).get(0);
        Map<String, Object> n2 = after.rows(q).get(0);
        assertThat(n2.get("guid")).isEqualTo(n1.get("guid"));
        assertThat(((Number) n2.get("mod")).longValue()).isGreaterThan(((Number) n1.get("mod")).longValue());
        assertThat((String) n2.get("flds")).contains("A better answer");
        // the other notes are unchanged
        assertThat(after.rows("SELECT guid FROM notes ORDER BY id")).isEqualTo(before.rows("SELECT guid FROM notes ORDER BY id"));
    }

    /**
     * A learner's notes from an export made before the fields were rendered as they are now carry their question
     * file's time; Anki updates a note only from a newer one, so a question file unchanged since then still gives
     * a note at least {@link AnkiIds#FIELDS_RENDERED_SINCE} new, and the learner gets the new rendering.
     */
    @Test
    void aQuestionUnchangedSinceAnOlderRenderingStillUpdatesItsNote() throws Exception {
        BankStore store = TestBanks.write(tmp.resolve("bank"), TestBanks.sample());
        long fileTime = Instant.parse("2025-03-01T00:00:00Z").getEpochSecond();
        Files.setLastModifiedTime(store.questionFile("batch-norm"), FileTime.from(Instant.ofEpochSecond(fileTime)));
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("r.apkg"), Map.of()), tmp);
        long mod = ((Number) apkg.rows("SELECT mod FROM notes WHERE flds LIKE '%batch-norm'").get(0).get("mod"))
                .longValue();
        assertThat(mod).isGreaterThan(fileTime).isEqualTo(AnkiIds.FIELDS_RENDERED_SINCE);
    }

    @Test
    void guidDependsOnlyOnTheQuestionId() {
        assertThat(AnkiIds.guid("batch-norm")).isEqualTo(AnkiIds.guid("batch-norm"))
                .isNotEqualTo(AnkiIds.guid("batch-norm-2"))
                .matches("[a-zA-Z0-9!#$%&()*+,\\-./:;<=>?@\\[\\]^_`{|}~]{1,10}");
    }

    @Test
    void checksumIsAnkiFieldChecksum() {
        // sha1("test") = a94a8fe5..., Anki keeps the first 32 bits as an unsigned integer
        assertThat(AnkiText.fieldChecksum("test")).isEqualTo(0xa94a8fe5L);
        assertThat(AnkiText.stripHtmlPreservingMediaFilenames("<b>a</b>&amp;<img src=\"x.png\">"))
                .isEqualTo("a& x.png ");
    }

    @Test
    void rootDeckWithLevelsCreatesEveryParent() throws Exception {
        ApkgContents apkg = exportSample(Map.of("deck", "DL::面试"));
        JsonNode decks = JSON.readTree((String) apkg.rows("SELECT decks FROM col").get(0).get("decks"));
        Set<String> names = new HashSet<>();
        decks.forEach(d -> names.add(d.get("name").asString()));
        assertThat(names).contains("DL", "DL::面试", "DL::面试::神经网络");
    }

    @Test
    void manyQuestionsSpanSeveralBatchesInBankOrderAndAreDueInSourceOrder() throws Exception {
        int n = 4_500;
        Path apkg = tmp.resolve("many.apkg");
        // the source lists them backwards: note ids follow the bank, new cards' due the source
        new AnkiExporter().export(new dev.qbank.exporters.ExportRequest(tmp, () -> java.util.stream.IntStream
                .range(0, n).mapToObj(i -> Question.builder("Q" + i).id(String.format("q-%05d", i))
                        .topic("t" + (i % 7)).sources(List.of(new dev.qbank.model.Source("list.md", n - i, "Q" + i,
                                null, null, null, null))).build()), Map.of()), apkg);
        ApkgContents read = ApkgContents.read(apkg, tmp);
        List<Map<String, Object>> rows = read.rows(
                "SELECT n.id, n.flds, c.due FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id");
        assertThat(rows).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat((String) rows.get(i).get("flds")).startsWith("Q" + i + "\u001f");
            assertThat(((Number) rows.get(i).get("due")).intValue()).isEqualTo(n - i);
        }
        assertThat(read.rows("SELECT count(DISTINCT guid) AS g FROM notes").get(0).get("g")).isEqualTo(n);
    }

    /** New cards come up in their sources' order; note ids and guids stay what the bank order and ids make them. */
    @Test
    void newCardsAreDueInSourceOrderWhileNoteIdsKeepBankOrder() throws Exception {
        List<Question> bank = dev.qbank.exporters.SourceOrderedBank.questions();
        Path apkg = tmp.resolve("ordered.apkg");
        new AnkiExporter().export(new dev.qbank.exporters.ExportRequest(tmp, () -> bank.stream(), Map.of()), apkg);
        ApkgContents read = ApkgContents.read(apkg, tmp);
        List<Map<String, Object>> byDue = read.rows(
                "SELECT n.flds FROM notes n JOIN cards c ON c.nid = n.id ORDER BY c.due");
        assertThat(byDue).extracting(r -> ((String) r.get("flds")).split("\u001f")[0]).containsExactly(
                "Question q8?", "Question q9?", "Question q7?", "Question q6?", "Question q2?", "Question q4?",
                "Question q1?", "Question q5?", "Question q3?");
        List<Map<String, Object>> byId = read.rows("SELECT id, guid FROM notes ORDER BY id");
        for (int i = 0; i < bank.size(); i++) {
            assertThat(((Number) byId.get(i).get("id")).longValue()).isEqualTo(AnkiIds.NOTE_EPOCH_MS + i);
            assertThat(byId.get(i).get("guid")).isEqualTo(AnkiIds.guid(bank.get(i).id()));
        }
    }

    @Test
    void emptySelectionIsAValidPackageWithoutNotes() throws Exception {
        Path apkg = tmp.resolve("empty.apkg");
        new AnkiExporter().export(new dev.qbank.exporters.ExportRequest(tmp.resolve("no-bank"), Stream::empty,
                Map.of()), apkg);
        ApkgContents read = ApkgContents.read(apkg, tmp);
        assertThat(read.rows("SELECT * FROM notes")).isEmpty();
        assertThat(read.rows("SELECT * FROM cards")).isEmpty();
        assertThat(read.rows("SELECT ver FROM col").get(0)).containsEntry("ver", 11);
        assertThat(read.mediaJson()).isEqualTo("{}");
    }

    static long sha1Prefix(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
        return Long.parseLong(String.format("%02x%02x%02x%02x", d[0], d[1], d[2], d[3]), 16);
    }

    static Question plain(String id, String text) {
        return TestBanks.question(id, text, null, Difficulty.EASY);
    }
}
