package dev.qbank.exporters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.qbank.exporters.ExporterRegistry;
import dev.qbank.exporters.Golden;
import dev.qbank.exporters.SampleBank;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.qbankjson.QbankJsonImporter;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class JsonExporterTest {
    @TempDir
    Path dir;

    @Test
    void documentMatchesGoldenFileAndParsesBackWithTheMapper() throws IOException {
        Path out = dir.resolve("bank.json");
        new JsonExporter().export(SampleBank.request(SampleBank.questions()), out);
        String text = Files.readString(out);
        Golden.check("sample.json", text);

        JsonNode root = QbankMapper.json().readTree(text);
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("questions").size()).isEqualTo(SampleBank.questions().size());
        List<Question> parsed = new ArrayList<>();
        root.get("questions").forEach(n -> parsed.add(QbankMapper.json().treeToValue(n, Question.class)));
        assertThat(parsed).isEqualTo(SampleBank.questions());
    }

    @Test
    void linesMatchGoldenFileOneQuestionPerLine() throws IOException {
        Path out = dir.resolve("bank.jsonl");
        new JsonLinesExporter().export(SampleBank.request(SampleBank.questions()), out);
        String text = Files.readString(out);
        Golden.check("sample.jsonl", text);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(SampleBank.questions().size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(QbankMapper.json().readValue(lines.get(i), Question.class))
                    .isEqualTo(SampleBank.questions().get(i));
        }
    }

    @Test
    void bothFormsImportBackAsTheSameQuestionsWithIdsAndSources() throws IOException {
        for (String format : List.of("json", "jsonl")) {
            Path out = dir.resolve("bank." + format);
            ExporterRegistry.standard().require(format).export(SampleBank.request(SampleBank.questions()), out);
            SourceDocument doc = SourceDocument.load(out, "bank." + format);
            QbankJsonImporter importer = new QbankJsonImporter();
            assertThat(importer.sniff(doc)).as(format).isGreaterThanOrEqualTo(0.9);
            List<Question> back = new ArrayList<>();
            importer.read(doc, back::add, w -> { });
            assertThat(back).as(format).isEqualTo(SampleBank.questions());
        }
    }

    @Test
    void everyExportedQuestionIsValidAgainstTheJsonSchema() throws IOException {
        InputStream schemaText = getClass().getResourceAsStream("/dev/qbank/schema/question.schema.json");
        assumeTrue(schemaText != null, "question.schema.json is not on the classpath yet");
        Schema schema;
        try (schemaText) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
        }
        Path out = dir.resolve("bank.json");
        new JsonExporter().export(SampleBank.request(SampleBank.questions()), out);
        JsonNode root = QbankMapper.json().readTree(Files.readString(out));
        for (JsonNode question : root.get("questions")) {
            List<Error> errors = schema.validate(question);
            assertThat(errors).as(question.get("id").asString()).isEmpty();
        }
    }

    @Test
    void manyQuestionsStreamWithoutBeingCollected() throws IOException {
        Question template = SampleBank.questions().get(0);
        int n = 20_000;
        Path out = dir.resolve("big.jsonl");
        new JsonLinesExporter().export(new dev.qbank.exporters.ExportRequest(dir,
                () -> IntStream.range(0, n).mapToObj(i -> template.withId("q" + i)), java.util.Map.of()), out);
        try (var lines = Files.lines(out, StandardCharsets.UTF_8)) {
            assertThat(lines.count()).isEqualTo(n);
        }
    }
}
