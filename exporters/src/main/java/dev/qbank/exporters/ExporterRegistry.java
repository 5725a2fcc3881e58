package dev.qbank.exporters;

import dev.qbank.model.QbankException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every export format qbank knows. Adding a format is one line here plus its package. */
public final class ExporterRegistry {
    private final Map<String, Exporter> exporters = new LinkedHashMap<>();

    private ExporterRegistry() {
    }

    public static ExporterRegistry standard() {
        ExporterRegistry r = new ExporterRegistry();
        // Registration lines, one per format:
        r.register(new dev.qbank.exporters.anki.AnkiExporter());
        r.register(new dev.qbank.exporters.xlsx.XlsxExporter());
        r.register(new dev.qbank.exporters.markdown.MarkdownExporter());
        r.register(new dev.qbank.exporters.json.JsonExporter());
        r.register(new dev.qbank.exporters.json.JsonLinesExporter());
        return r;
    }

    ExporterRegistry register(Exporter exporter) {
        if (exporters.putIfAbsent(exporter.name(), exporter) != null) {
            throw new IllegalStateException("two exporters named " + exporter.name());
        }
        return this;
    }

    public Map<String, Exporter> all() {
        return Collections.unmodifiableMap(exporters);
    }

    public Optional<Exporter> find(String name) {
        return Optional.ofNullable(exporters.get(name));
    }

    public Exporter require(String name) {
        return find(name).orElseThrow(() -> QbankException.usage("format", "",
                "unknown export format '" + name + "'; known formats: " + String.join(", ", exporters.keySet())));
    }
}
