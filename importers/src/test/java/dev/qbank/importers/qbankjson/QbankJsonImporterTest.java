package dev.qbank.importers.qbankjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.importers.SourceDocument;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QbankJsonImporterTest {
    private final QbankJsonImporter importer = new QbankJsonImporter();

    private static SourceDocument doc(String name, String text) {
        return SourceDocument.of(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Question> read(SourceDocument doc) {
        List<Question> out = new ArrayList<>();
        importer.read(doc, out::add, w -> { });
        return out;
    }

    private static String firstError(Runnable r) {
        try {
            r.run();
        } catch (QbankException e) {
            return e.diagnostics().get(0).format();
        }
        throw new AssertionError("expected a QbankException");
    }

    @Test
    void readsTheDocumentFormKeepingIdsAndSources() {
        SourceDocument d = doc("bank.json", """
                {
                  "schemaVersion" : 1,
                  "questions" : [ {
                    "id" : "a-1",
                    "question" : "什么是 RNN？",
                    "sources" : [ { "file" : "seeds/x.txt", "line" : 3, "text" : "什么是 RNN？" } ]
                  }, {
                    "question" : "no id yet"
                  } ]
                }
                """);
        assertThat(importer.sniff(d)).isGreaterThanOrEqualTo(0.9);
        List<Question> qs = read(d);
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).id()).isEqualTo("a-1");
        assertThat(qs.get(0).sources().get(0).citation()).isEqualTo("seeds/x.txt:3");
        assertThat(qs.get(1).id()).isNull();
    }

    @Test
    void readsJsonLinesSkippingBlankLines() {
        SourceDocument d = doc("bank.jsonl", "{\"id\":\"a\",\"question\":\"one\"}\n\n{\"id\":\"b\",\"question\":\"two\"}\n");
        assertThat(importer.sniff(d)).isGreaterThanOrEqualTo(0.9);
        assertThat(read(d)).extracting(Question::id).containsExactly("a", "b");
    }

    /**
     * A question a curator wrote into the bank has no sources; exported and read back, its source is the export, at
     * its line (before, the pipeline refused the file: "the qbankjson importer produced a question without a source").
     */
    @Test
    void aQuestionWithoutSourcesComesFromTheExport() {
        SourceDocument d = doc("bank.jsonl", "{\"id\":\"a\",\"question\":\"one\",\"sources\":[{\"file\":\"s.md\","
                + "\"line\":3,\"text\":\"one\",\"format\":\"numbered\"}]}\n{\"id\":\"b\",\"question\":\"two\"}\n");
        assertThat(read(d)).extracting(q -> q.sources().get(0).file(), q -> q.sources().get(0).line(),
                q -> q.sources().get(0).format()).containsExactly(org.assertj.core.groups.Tuple.tuple("s.md", 3, "numbered"),
                org.assertj.core.groups.Tuple.tuple("bank.jsonl", 2, "qbankjson"));
    }

    @Test
    void unknownFieldInAQuestionNamesItsLine() {
        String msg = firstError(() -> read(doc("bank.json", """
                {
                  "schemaVersion": 1,
                  "questions": [
                    {"question": "ok"},
                    {"question": "bad",
                     "anwser": "typo"}
                  ]
                }
                """)));
        assertThat(msg).startsWith("bank.json:6:").contains("anwser");
    }

    @Test
    void unknownTopLevelFieldWrongVersionAndTrailingContentAreErrors() {
        assertThat(firstError(() -> read(doc("b.json", "{\"schemaVersion\": 1,\n\"extra\": 2, \"questions\": []}"))))
                .startsWith("b.json:2:").contains("unknown field \"extra\"");
        assertThat(firstError(() -> read(doc("b.json", "{\"schemaVersion\": 2, \"questions\": []}"))))
                .contains("unsupported schemaVersion 2");
        assertThat(firstError(() -> read(doc("b.json", "{\"schemaVersion\": 1}"))))
                .contains("missing \"questions\"");
        assertThat(firstError(() -> read(doc("b.json", "{\"schemaVersion\": 1, \"questions\": []}\n{}"))))
                .startsWith("b.json:2:").contains("after the end");
    }

    @Test
    void badJsonLineNamesItsLine() {
        String msg = firstError(() -> read(doc("b.jsonl",
                "{\"question\":\"one\"}\n{\"question\":\"two\",\"tag\":[]}\n")));
        assertThat(msg).startsWith("b.jsonl:2:").contains("tag");
        assertThat(firstError(() -> read(doc("b.jsonl", "{\"question\":\"one\"}\n{\"question\": \n"))))
                .startsWith("b.jsonl:2:");
    }

    @Test
    void invalidIdIsRefused() {
        assertThat(firstError(() -> read(doc("b.jsonl", "{\"id\":\"Not Valid\",\"question\":\"q\"}\n"))))
                .startsWith("b.jsonl:1:").contains("invalid id");
    }

    @Test
    void recognisesJsonLinesWhoseFirstLineIsLongerThanTheSniffWindow() {
        String longAnswer = "答".repeat(10_000);
        SourceDocument d = doc("big.jsonl", "{\"id\":\"a\",\"question\":\"q\",\"answer\":\"" + longAnswer + "\"}\n");
        assertThat(importer.sniff(d)).isGreaterThanOrEqualTo(0.9);
        assertThat(read(d).get(0).answer()).hasSize(10_000);
    }

    /**
     * exp29: qbank's own JSON Lines export whose first question cites a titled link ({@code {"url", "title"}}: a
     * question field's name) was taken for another tool's records, and its import warned "no question field" and
     * read nothing; whole, or cut by the sniff window inside the reference.
     */
    @Test
    void jsonLinesWhoseFirstQuestionCitesATitledLinkAreQbanks() {
        String line = "{\"id\":\"q-a\",\"question\":\"What is a DOI?\",\"references\":[{\"url\":\"doi:10.1000/9\","
                + "\"title\":\"The DOI Handbook\"}],\"sources\":[{\"file\":\"x.md\",\"line\":1,\"text\":\"q\"}]}\n";
        for (String text : List.of(line, line.replace("The DOI Handbook", "长".repeat(20_000)))) {
            SourceDocument d = doc("export.jsonl", text);
            var detected = new dev.qbank.importers.FormatDetector(dev.qbank.importers.ImporterRegistry.standard())
                    .detect(d);
            assertThat(detected.importer().name()).isEqualTo("qbankjson");
            assertThat(read(d)).singleElement().extracting(q -> q.references().get(0).url()).isEqualTo("doi:10.1000/9");
        }
    }

    @Test
    void otherTextIsNotRecognised() {
        assertThat(importer.sniff(doc("a.md", "# Questions\n\n1. What?\n"))).isZero();
        assertThat(importer.sniff(doc("a.json", "{\"name\": \"package\"}"))).isZero();
    }

    @Test
    void errorsAreQbankExceptionsNotStackTraces() {
        assertThatThrownBy(() -> read(doc("b.json", "{\"schemaVersion\": 1, \"questions\": [1]}")))
                .isInstanceOf(QbankException.class).hasMessageContaining("must be an object");
    }
}
