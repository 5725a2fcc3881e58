package dev.qbank.importers;

import dev.qbank.importers.dedup.Deduplication;
import dev.qbank.importers.dedup.DuplicateIndex;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Questions of one bank that the import would have merged: the same concepts asked the same way, in other words
 * ("什么是Dropout？" and "Dropout是什么"). A contributor who adds a question file by hand bypasses the import's
 * deduplication, so {@code qbank validate} runs the import's own sure-duplicate rule over the bank, with the bank's
 * glossary and a curator's decisions ({@code keep-apart} pairs are never reported), and warns on the later file of
 * each pair. Pairs only similar enough for review are left to {@code qbank dedup}.
 *
 * <p>One pass in file order: profiles are made on every core a chunk ahead ({@link DuplicateIndex#prepare}); the
 * lookups, which depend on what came before, run in order. Nothing is compared with the whole bank.
 */
public final class ParaphraseCheck {
    /** The warning's code in {@code qbank validate}'s output. */
    public static final String CODE = "paraphrase";
    private static final int CHUNK = 2048;
    private static final String QUESTION_KEY = "question:";

    private ParaphraseCheck() {
    }

    /** One reported pair: the later question and the earlier one it duplicates. */
    private record Pair(String laterId, String earlierId, String reason) {
    }

    /**
     * Warnings for the bank at {@code bankRoot}, whose question files must all read (the caller checks them first:
     * a file that does not read is an error of its own, and is not looked at here).
     */
    public static List<Diagnostic> check(Path bankRoot) {
        BankStore store = new BankStore(bankRoot);
        List<Path> files = store.questionFiles();
        DuplicateIndex index = Deduplication.forBank(bankRoot);
        List<Pair> pairs = new ArrayList<>();
        try (Stream<Question> questions = store.stream(files)) {
            Iterator<Question> it = questions.iterator();
            List<Question> chunk = new ArrayList<>(CHUNK);
            while (it.hasNext()) {
                chunk.clear();
                while (it.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(it.next());
                }
                index.prepare(chunk);
                for (Question q : chunk) {
                    index.findDuplicate(q).ifPresent(m -> pairs.add(new Pair(q.id(), m.id(), m.reason())));
                    // added even when it duplicates another: a third phrasing may match either, and is reported once
                    index.add(q);
                }
            }
        }
        return pairs.isEmpty() ? List.of() : warnings(pairs, files, bankRoot);
    }

    private static List<Diagnostic> warnings(List<Pair> pairs, List<Path> files, Path bankRoot) {
        // the commands to run name the bank unless it is the default one
        String dedup = "qbank dedup" + (bankRoot.normalize().equals(Path.of("bank")) ? "" : " --bank " + bankRoot);
        Map<String, Path> fileOf = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            fileOf.putIfAbsent(name.substring(0, name.length() - BankStore.EXTENSION.length()), f);
        }
        List<Diagnostic> out = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            Path later = fileOf.get(p.laterId());
            Path earlier = fileOf.get(p.earlierId());
            if (later == null || earlier == null) {
                continue; // a question whose file is not named after its id: validate reports that as an error
            }
            int line = questionLine(later);
            String merge = "'" + dedup + " --merge " + p.earlierId() + " " + p.laterId() + "'";
            Source shared = sharedSource(bankRoot, later, earlier);
            out.add(Diagnostic.warning(CODE, later.toString(), line, line > 0 ? QUESTION_KEY.length() + 2 : 0,
                    shared != null
                            ? "likely the same question as " + earlier + " in other words (both cite the source question"
                                    + " " + shared.citation() + ": a copy of that file?); if this is a new question,"
                                    + " delete the sources and aliases it copied, which are " + p.earlierId() + "'s;"
                                    + " if it is the same question, merge them with " + merge
                            : "likely the same question as " + earlier + " in other words (" + p.reason() + "); merge"
                                    + " them with " + merge + ", or, if they differ, record it with '" + dedup
                                    + " --keep-apart " + p.earlierId() + " " + p.laterId() + "'"));
        }
        return out;
    }

    /**
     * A source question both files cite (same file, line and wording), or null. Two bank questions never cite one
     * source question unless a file was copied with its sources: a contributor's template for a new question, whose
     * copied sources (and aliases) then make it look like the question it was copied from. Read for reported pairs
     * only.
     */
    private static Source sharedSource(Path bankRoot, Path later, Path earlier) {
        try {
            BankStore store = new BankStore(bankRoot);
            List<Source> theirs = store.read(earlier).sources();
            for (Source s : store.read(later).sources()) {
                if (theirs.stream().anyMatch(t -> t.line() == s.line() && t.key().equals(s.key()))) {
                    return s;
                }
            }
        } catch (RuntimeException e) {
            // a file changed since it was checked: the plain warning still holds
        }
        return null;
    }

    /** The line of the {@code question:} key, where the warning points (0 when the file reads differently now). */
    private static int questionLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(QUESTION_KEY)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the file changed since it was read: the warning still names it, without a line
        }
        return 0;
    }
}
