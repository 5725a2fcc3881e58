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
import tools.jackson.databind.ObjectWriter;

/**
 * One question per line (JSON Lines), for tools that stream: {@code jq -c}, {@code grep}, line-by-line loaders. JSON
 * escapes newlines inside strings, so a multi-line answer never spans lines.
 */
public final class JsonLinesExporter implements Exporter {
    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "JSON Lines: one question object per line";
    }

    @Override
    public void export(ExportRequest request, Path target) throws IOException {
        ObjectWriter writer = QbankMapper.json().writer();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
             Stream<Question> questions = request.questions().get()) {
            for (Question q : (Iterable<Question>) questions::iterator) {
                out.write(writer.writeValueAsBytes(q));
                out.write('\n');
            }
        }
    }
}
