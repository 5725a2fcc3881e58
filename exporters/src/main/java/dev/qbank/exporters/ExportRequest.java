package dev.qbank.exporters;

import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.schema.MediaPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What to export.
 *
 * @param bankRoot  the bank folder (media paths in questions are relative to it; exporters must not read outside)
 * @param questions the selected questions, in bank order; a supplier so an exporter can stream them more than once
 *                  instead of holding a million questions in memory
 * @param options   format-specific options from the command line ({@code deck=Interview}, ...)
 */
public record ExportRequest(Path bankRoot, Supplier<Stream<Question>> questions, Map<String, String> options) {
    public ExportRequest {
        options = Map.copyOf(options);
        questions = insideTheBank(bankRoot, questions);
    }

    /** At most this many media findings are listed; a bank with thousands says enough with these. */
    private static final int MAX_REPORTED = 50;

    /**
     * The questions, each checked for a media path that leaves the bank: every format refuses such a bank whole, in
     * validate's words at the entry's line (the JSON formats only list the path, but whoever reads the export may
     * follow it, and validate rejects the bank). As for a broken question file, the refusal comes once the stream
     * is exhausted, so one run names every such entry.
     */
    private static Supplier<Stream<Question>> insideTheBank(Path bankRoot, Supplier<Stream<Question>> questions) {
        if (bankRoot == null) {
            return questions;
        }
        BankStore store = new BankStore(bankRoot);
        return () -> {
            List<Diagnostic> found = Collections.synchronizedList(new ArrayList<>());
            Stream<Question> checked = questions.get().peek(q -> found.addAll(
                    MediaPaths.outside(bankRoot, q, x -> store.questionFile(x.id()))));
            // flatMap runs only when the questions are used up: the end of the stream is where to refuse
            Stream<Question> end = Stream.of(found).flatMap(listed -> {
                if (listed.isEmpty()) {
                    return Stream.empty();
                }
                List<Diagnostic> all = List.copyOf(listed);
                listed.clear(); // said once, though a reader that caught it may ask for the end again
                List<Diagnostic> said = new ArrayList<>();
                for (Diagnostic d : all.subList(0, Math.min(all.size(), MAX_REPORTED))) {
                    said.add(refusal(d));
                }
                if (all.size() > MAX_REPORTED) {
                    said.add(Diagnostic.error(MediaPaths.CODE, "", 0, 0, "... and " + (all.size() - MAX_REPORTED)
                            + " more media entries like these"));
                }
                throw new QbankException(said, QbankException.EXIT_FINDINGS);
            });
            return Stream.concat(checked, end);
        };
    }

    /** validate's finding {@code d} as the error that refuses an export over it: its words, nothing exported. */
    public static Diagnostic refusal(Diagnostic d) {
        return Diagnostic.error(d.code(), d.file(), d.line(), d.column(), d.message() + " (nothing was exported)");
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
