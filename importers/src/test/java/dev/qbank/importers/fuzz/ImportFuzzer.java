package dev.qbank.importers.fuzz;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Importer;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.BankStore;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one input through everything an import does with an untrusted file - decoding, detection, and every
 * importer forced on it - and checks the contract: either questions that satisfy the model's invariants come out,
 * or a {@link QbankException} naming the file. Anything else (another exception, a StackOverflowError, an
 * OutOfMemoryError) is a bug; the input is saved under {@code target/fuzz-failures/} so it can join the corpus.
 */
final class ImportFuzzer {
    static final String FILE = "fuzz/input.txt";
    /** Importers of qbank's own exports, which keep ids and sources instead of making one new source. */
    private static final java.util.Set<String> ROUND_TRIP = java.util.Set.of("qbankjson", "qbankmd");
    private final ImporterRegistry registry = ImporterRegistry.standard();

    /** Returns a description of the contract violation, or null when the input was handled properly. */
    String check(byte[] data) {
        SourceDocument doc;
        Path container = null;
        try {
            doc = SourceDocument.of(Path.of(FILE), FILE, data);
            if (doc.binary()) {
                // binary importers read the file itself (a workbook is a zip they open), so it must exist
                container = Files.createTempFile("qbank-fuzz-", ".bin");
                Files.write(container, data);
                doc = SourceDocument.load(container, FILE);
            }
        } catch (QbankException e) {
            return namesFile(e);
        } catch (Throwable t) {
            return "decoding threw " + describe(t);
        }
        try {
            return check(doc);
        } finally {
            if (container != null) {
                try {
                    Files.deleteIfExists(container);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            }
        }
    }

    private String check(SourceDocument doc) {
        try {
            new FormatDetector(registry).detect(doc);
        } catch (QbankException e) {
            String bad = namesFile(e);
            if (bad != null) {
                return bad;
            }
        } catch (Throwable t) {
            return "detection threw " + describe(t);
        }
        // a workbook's line is its row: at most Excel's 1,048,576
        int lines = doc.binary() ? 1 << 20 : (int) doc.text().chars().filter(c -> c == '\n').count() + 1;
        for (Importer importer : registry.all().values()) {
            if (importer.binary() != doc.binary()) {
                continue; // as in an import: text importers never see a container, binary ones never see text
            }
            List<String> problems = new ArrayList<>();
            try {
                // bounded as FileReader bounds every question an importer emits, before it goes anywhere
                importer.read(doc, q -> checkQuestion(importer, dev.qbank.importers.QuestionLimits.check(doc, q),
                        lines, problems), w -> { });
            } catch (QbankException e) {
                String bad = namesFile(e);
                if (bad != null) {
                    return importer.name() + ": " + bad;
                }
            } catch (Throwable t) {
                return importer.name() + " threw " + describe(t);
            }
            if (!problems.isEmpty()) {
                return importer.name() + ": " + problems.get(0);
            }
        }
        return null;
    }

    private static void checkQuestion(Importer importer, Question q, int lines, List<String> problems) {
        if (q.question().isBlank()) {
            problems.add("emitted a blank question");
        }
        if (ROUND_TRIP.contains(importer.name())) {
            // qbank's own exports read back as they were written: ids and all sources kept, not one new source
            checkYaml(q, problems);
            return;
        }
        if (q.id() != null) {
            problems.add("emitted an id (ids are assigned by the pipeline)");
        }
        if (q.sources().size() != 1) {
            problems.add("emitted " + q.sources().size() + " sources instead of one");
            return;
        }
        Source s = q.sources().get(0);
        if (!s.file().equals(FILE) || s.line() < 1 || s.line() > lines) {
            problems.add("source " + s.citation() + " does not point into the input (" + lines + " lines)");
        }
        if (!importer.name().equals(s.format())) {
            problems.add("source format " + s.format() + " is not the importer's name");
        }
        checkYaml(q, problems);
    }

    private static void checkYaml(Question q, List<String> problems) {
        Question withId = q.id() == null ? q.withId("q-fuzz") : q;
        String yaml = BankStore.toYaml(withId);
        if (!QbankMapper.yaml().readValue(yaml, Question.class).equals(withId)) {
            problems.add("question does not survive a YAML round trip: " + yaml);
        }
    }

    private static String namesFile(QbankException e) {
        if (e.diagnostics().isEmpty()) {
            return "QbankException without diagnostics";
        }
        for (var d : e.diagnostics()) {
            if (!d.file().equals(FILE)) {
                return "diagnostic does not name the file: " + d.format();
            }
        }
        return null;
    }

    private static String describe(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return t + (st.length > 0 ? " at " + st[0] : "");
    }

    static void save(byte[] data, String why) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            String name = dev.qbank.model.Sha256.hex(data).substring(0, 16);
            Files.write(dir.resolve(name + ".bin"), data);
            Files.writeString(dir.resolve(name + ".why.txt"), why);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
