package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a learner sees of the questions that are awkward to show, read back from the package's SQLite collection:
 * raw HTML written as text, topics with levels, closed ATX headings.
 */
class AwkwardBankAnkiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private ApkgContents export(List<Question> questions) throws Exception {
        BankStore store = TestBanks.write(tmp.resolve("bank"), questions);
        return ApkgContents.read(TestBanks.export(store, tmp.resolve("out.apkg"), Map.of()), tmp);
    }

    private static String[] fields(ApkgContents apkg, String id) throws Exception {
        for (Map<String, Object> n : apkg.rows("SELECT flds FROM notes")) {
            String[] f = ((String) n.get("flds")).split("\u001f", -1);
            if (f[f.length - 1].equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no note " + id);
    }

    /**
     * A question that is only {@code <script>…</script>} showed an empty front (the sanitiser dropped the element and
     * its content), and {@code List<String>} lost {@code <String>}: tags of elements a card does not keep are
     * shown as the text they were written as; what cards keep ({@code <sup>}) stays markup, and nothing runs.
     */
    @Test
    void rawHtmlACardDoesNotKeepIsShownAsText() throws Exception {
        ApkgContents apkg = export(List.of(
                Question.builder("<script>alert(1)</script>").id("q-script").build(),
                Question.builder("What does List<String> mean, and vector<int>?").id("q-generic")
                        .answer("E = mc<sup>2</sup>\n\n<style>\np { color: red }\n</style>\n\n<iframe src=x></iframe>")
                        .build()));
        String[] script = fields(apkg, "q-script");
        assertThat(script[0]).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(apkg.rows("SELECT sfld FROM notes").stream().map(r -> String.valueOf(r.get("sfld"))))
                .allMatch(s -> !s.isBlank());
        String[] generic = fields(apkg, "q-generic");
        assertThat(generic[0]).isEqualTo("What does List&lt;String&gt; mean, and vector&lt;int&gt;?");
        assertThat(generic[2]).contains("mc<sup>2</sup>").contains("&lt;style&gt;<br />p { color: red }<br />"
                + "&lt;/style&gt;").contains("&lt;iframe src=x&gt;&lt;/iframe&gt;");
        for (String f : List.of(script[0], generic[0], generic[2])) {
            CardHtmlSafetyTest.assertSafe(f);
        }
    }

    /**
     * A topic's levels ({@code 编程 / Java}, the way qbank's Anki import writes a nested deck) become nested decks,
     * with every parent; a slash inside a name ({@code CV/检测}, {@code TCP/IP}) stays in one deck's name.
     */
    @Test
    void aTopicWithSpacedSlashesIsNestedDecks() throws Exception {
        ApkgContents apkg = export(List.of(
                Question.builder("What is a JVM?").id("q-jvm").topic("编程 / Java").build(),
                Question.builder("什么是 NMS？").id("q-nms").topic("CV/检测").build(),
                Question.builder("What is a SYN?").id("q-syn").topic("网络 / TCP/IP").build()));
        JsonNode decks = JSON.readTree((String) apkg.rows("SELECT decks FROM col").get(0).get("decks"));
        Map<String, String> nameById = new HashMap<>();
        decks.forEach(d -> nameById.put(d.get("id").asString(), d.get("name").asString()));
        assertThat(nameById.values()).contains("qbank::编程", "qbank::编程::Java", "qbank::CV/检测")
                .noneMatch(n -> n.contains(" / "));
        Map<String, String> deckOfNote = new HashMap<>();
        for (Map<String, Object> row : apkg.rows("SELECT n.flds, c.did FROM notes n JOIN cards c ON c.nid = n.id")) {
            String[] f = ((String) row.get("flds")).split("\u001f", -1);
            deckOfNote.put(f[f.length - 1], nameById.get(String.valueOf(row.get("did"))));
        }
        assertThat(deckOfNote).containsEntry("q-jvm", "qbank::编程::Java").containsEntry("q-nms", "qbank::CV/检测")
                .containsEntry("q-syn", "qbank::网络::TCP/IP");
    }

    /** Closed ATX headings ({@code ## 概述 ##}, {@code ### 小结 #}) lose their closing hashes on the card. */
    @Test
    void closedHeadingsShowWithoutTheirClosingHashes() throws Exception {
        ApkgContents apkg = export(List.of(Question.builder("什么是 BN？").id("q-bn")
                .answer("## 概述 ##\n\n归一化。\n\n### 小结 #\n训练与推理不同。").build()));
        assertThat(fields(apkg, "q-bn")[2]).contains("<h2>概述</h2>", "<h3>小结</h3>").doesNotContain("#");
    }
}
