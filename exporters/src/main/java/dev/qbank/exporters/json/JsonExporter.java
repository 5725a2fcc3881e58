package dev.qbank.exporters.json;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.exporters.Exporter;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;

/**
 * The whole bank as one JSON document, {@code {"schemaVersion": 1, "questions": [...]}}. Questions are written one
 * at a time through a streaming generator, so a million of them never sit in memory together. Each element is the
 * same object a question's YAML file holds, so it validates against the same JSON Schema.
 */
public final class JsonExporter implements Exporter {
    /** Version of the document layout; the qbankjson importer refuses any other. */
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String description() {
        return "the whole bank as one JSON document {\"schemaVersion\": 1, \"questions\": [...]}";
    }

    @Override
    public void export(ExportRequest request, Path target) throws IOException {
        // Indented for people and diffs, with "\n" line ends on every platform so exports are byte-identical.
        ObjectWriter writer = QbankMapper.json().writer()
                .with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
             JsonGenerator gen = writer.createGenerator(out);
             Stream<Question> questions = request.questions().get()) {
            gen.writeStartObject();
            gen.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
            gen.writeName("questions");
            gen.writeStartArray();
            questions.forEachOrdered(gen::writePOJO);
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }
}
