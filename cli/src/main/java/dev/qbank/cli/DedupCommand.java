package dev.qbank.cli;

import dev.qbank.importers.PhrasingSplit;
import dev.qbank.importers.dedup.Decision;
import dev.qbank.importers.dedup.Decisions;
import dev.qbank.importers.dedup.Glossary;
import dev.qbank.importers.dedup.QuestionAnalyzer;
import dev.qbank.importers.dedup.QuestionMerger;
import dev.qbank.importers.dedup.ReviewQueue;
import dev.qbank.model.BankLock;
import dev.qbank.model.BankStore;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import dev.qbank.schema.Suggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code qbank dedup}: the review band of deduplication. Without an action it lists the pairs of questions that
 * may be duplicates but were not merged, best first; {@code --merge}, {@code --keep-apart} and {@code --split}
 * record a curator's decision in {@code bank/decisions.yaml}, which every later import honours.
 */
@Command(name = "dedup",
        versionProvider = VersionProvider.class,
        description = {"List likely duplicate questions that were not merged, best first, or record a decision.",
                "Decisions go to BANK/decisions.yaml and every later import honours them."},
        footer = {"", "Examples:",
                "  qbank dedup                     the 50 best candidate pairs",
                "  qbank dedup --json --limit 200  as a JSON array of {a, b, score, reason,",
                "                                  question-a, question-b}",
                "  qbank dedup --merge A B         merge question B into A now, and remember it",
                "  qbank dedup --merge A B --merge C D   several decisions of one kind, in order",
                "  qbank dedup --keep-apart A B    never merge A and B",
                "  qbank dedup --split A B         undo that merge: B comes back as it was",
                "  qbank dedup --split A 'What is RNN?'  pull out a phrasing import merged in",
                "  qbank dedup --split A seeds/x.md:12   the same, named by its source"})
public final class DedupCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean versionRequested;

    @Option(names = "--bank", paramLabel = "DIR", defaultValue = "bank",
            description = "The bank folder (default: ${DEFAULT-VALUE}).")
    Path bank;

    @Option(names = "--json", description = {"Print the candidates as a JSON array; with a decision, what each"
            + " pair did: [{action, a, b, message, ...}]."})
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "How many candidate pairs to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--merge", arity = "2", paramLabel = "ID",
            description = "Merge question B into A (B's file is removed) and remember the decision.")
    List<String> merge;

    @Option(names = "--keep-apart", arity = "2", paramLabel = "ID",
            description = "Remember that A and B are different questions: never merge them.")
    List<String> keepApart;

    @Option(names = "--split", arity = "2", paramLabel = "ID",
            description = {"Undo the merge of B into A: restore B and keep the two apart from now on.",
                    "B may also be a phrasing that import merged into A (its text under aliases, or its source as "
                            + "file:line): it becomes a question of its own, re-read from its source file."})
    List<String> split;

    /** With --json, one row per pair decided, printed when the pairs are done (or one fails). */
    private final List<Map<String, Object>> decided = new ArrayList<>();

    @Override
    public Integer call() {
        int actions = (merge != null ? 1 : 0) + (keepApart != null ? 1 : 0) + (split != null ? 1 : 0);
        if (actions > 1) {
            throw new ParameterException(spec.commandLine(), "choose one of --merge, --keep-apart, --split");
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit);
        }
        BankStore store = new BankStore(bank);
        if (!store.exists()) {
            throw QbankException.usage("bank", bank.toString(),
                    "no bank here (run 'qbank import' first, or pass --bank DIR)");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> ids = merge != null ? merge : keepApart != null ? keepApart : split;
        if (ids == null) {
            store.recover();
            return list(store, out);
        }
        // A decision writes the bank as an import does, so it takes the import's lock: without it, a decision made
        // while an import runs is undone by what the import writes (it read decisions.yaml and the questions
        // before), and recovering "an interrupted change" would roll back the import's change in flight.
        try (BankLock lock = BankLock.acquire(bank)) {
            store.recover();
            return decide(store, ids, out);
        }
    }

    private int decide(BankStore store, List<String> ids, PrintWriter out) {
        try {
            decidePairs(ids, store, out);
        } finally {
            if (json) {
                out.println(QbankMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(decided));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private void decidePairs(List<String> ids, BankStore store, PrintWriter out) {
        // Each option holds one pair; repeated, the pairs follow one another (--merge A B --merge C D: A B C D).
        // Each pair is applied, in its own change, on the bank as the pair before left it (so a chain works); should
        // one fail, the ones before it stay done, as their printed lines say.
        for (int i = 0; i < ids.size(); i += 2) {
            distinct(ids.get(i), ids.get(i + 1));
        }
        for (int i = 0; i < ids.size(); i += 2) {
            String a = ids.get(i);
            String b = ids.get(i + 1);
            if (merge != null) {
                merge(store, a, b, out);
            } else if (keepApart != null) {
                keepApart(store, a, b, out);
            } else {
                split(store, a, b, out);
            }
        }
    }

    /**
     * Says what one pair's decision did: its line (and notes) as text, or with --json a row of {@code fields}
     * (action, a, b, ...) with the line as its message and the notes as a list.
     */
    private void report(PrintWriter out, Map<String, Object> fields, String line, List<String> notes) {
        if (json) {
            Map<String, Object> row = new LinkedHashMap<>(fields);
            row.put("message", line);
            if (!notes.isEmpty()) {
                row.put("notes", notes);
            }
            decided.add(row);
            return;
        }
        out.println(line);
        notes.forEach(n -> out.println("note: " + n));
        out.flush();
    }

    private static Map<String, Object> row(String action, String a, String b) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("action", action);
        row.put("a", a);
        row.put("b", b);
        return row;
    }

    private int list(BankStore store, PrintWriter out) {
        List<Question> questions = store.readAll();
        QuestionAnalyzer analyzer = new QuestionAnalyzer(Glossary.forBank(bank));
        List<ReviewQueue.Candidate> candidates = ReviewQueue.candidates(questions, analyzer,
                Decisions.read(bank), limit);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ReviewQueue.Candidate c : candidates) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("a", c.a());
                row.put("b", c.b());
                row.put("score", c.score());
                row.put("reason", c.reason());
                row.put("question-a", c.textA());
                row.put("question-b", c.textB());
                rows.add(row);
            }
            out.println(QbankMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } else if (candidates.isEmpty()) {
            out.println("no candidate duplicates in " + bank);
        } else {
            int rank = 0;
            for (ReviewQueue.Candidate c : candidates) {
                out.printf(Locale.ROOT, "%d. %.3f  %s  %s%n", ++rank, c.score(), c.a(), c.b());
                out.println("   a: " + oneLine(c.textA()));
                out.println("   b: " + oneLine(c.textB()));
                out.println("   why: " + c.reason());
            }
            out.println();
            out.println("Decide with: qbank dedup --merge A B | --keep-apart A B (repeat the option for more pairs)");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void merge(BankStore store, String a, String b, PrintWriter out) {
        Decisions decisions = Decisions.read(bank);
        Question qa = question(store, a, decisions);
        Question qb = question(store, b, decisions);
        Decision d = new Decision(Decision.MERGE, a, b, phrasings(qa), phrasings(qb), qa, qb);
        Question merged = QuestionMerger.merge(qa, qb);
        commit(store, decisions.with(d), List.of(merged), List.of(b));
        report(out, row(Decision.MERGE, a, b), "merged " + b + " into " + a + " (undo with: qbank dedup --split " + a
                + " " + b + ")" + replaces(decisions, a, b), List.of());
    }

    private void keepApart(BankStore store, String a, String b, PrintWriter out) {
        Decisions decisions = Decisions.read(bank);
        Question qa = question(store, a, decisions);
        Question qb = question(store, b, decisions);
        Decision d = new Decision(Decision.KEEP_APART, a, b, phrasings(qa), phrasings(qb), null, null);
        commit(store, decisions.with(d), List.of(), List.of());
        report(out, row(Decision.KEEP_APART, a, b), "kept apart: " + a + " and " + b + " will not be merged"
                + replaces(decisions, a, b), List.of());
    }

    /**
     * {@code --split A B}: B is a question merged into A with {@code --merge} (restored as it was), or a phrasing of A
     * that an import merged in, named by its text or its source's {@code file:line} (pulled out as a question of its
     * own). A phrasing that reads like an id (a lower-case word) is taken for one only when a decision or a question
     * file knows that id.
     */
    private void split(BankStore store, String a, String b, PrintWriter out) {
        Decisions decisions = Decisions.read(bank);
        boolean anId = Question.ID_PATTERN.matcher(b).matches();
        if (anId && (decisions.about(a, b).isPresent() || Files.exists(store.questionFile(b)))) {
            splitMerge(store, decisions, a, b, out);
            return;
        }
        Question qa = question(store, a, decisions);
        String where = store.questionFile(a).toString();
        PhrasingSplit.Choice choice = PhrasingSplit.find(bank, qa, b, where);
        if (choice == null) {
            // what reads like one of qbank's ids (q-1a2b) is answered as an id, anything else as a phrasing
            throw anId && b.startsWith("q-") ? noMergeToSplit(decisions, a, b) : PhrasingSplit.unknown(qa, b, where);
        }
        PhrasingSplit.Result split = PhrasingSplit.split(bank, qa, choice, id -> Files.exists(store.questionFile(id)));
        String pulled = split.pulled().id();
        // kept apart by both phrasings, so the next import neither merges them again nor makes a second copy
        Decision apart = new Decision(Decision.KEEP_APART, a, pulled, phrasings(split.kept()),
                phrasings(split.pulled()), null, null);
        commit(store, decisions.with(apart), List.of(split.kept(), split.pulled()), List.of());
        List<String> notes = new ArrayList<>();
        if (split.note() != null) {
            notes.add(split.note());
        }
        if (!split.taken().isEmpty()) {
            notes.add(a + " keeps its " + String.join(" and ", split.taken()) + ", which the merge took"
                    + " from that phrasing's source (no source of its own gave them): edit or delete what is not"
                    + " its own");
        }
        Map<String, Object> fields = row("split", a, pulled);
        fields.put("phrasing", choice.phrasing());
        fields.put("sources", choice.sources().stream().map(Source::citation).toList());
        report(out, fields, "split '" + oneLine(choice.phrasing()) + "' ("
                + String.join(", ", choice.sources().stream().map(Source::citation).toList()) + ") from " + a
                + " as " + pulled + "; they are kept apart from now on", notes);
    }

    private void splitMerge(BankStore store, Decisions decisions, String a, String b, PrintWriter out) {
        Decision d = decisions.mergeOf(a, b).orElseThrow(() -> noMergeToSplit(decisions, a, b));
        if (d.removed() == null) {
            throw QbankException.usage("dedup", Decisions.file(bank).toString(), "the merge of " + b + " into " + a
                    + " does not keep question " + b + ", so it cannot be restored (restore it from git)");
        }
        if (Files.exists(store.questionFile(b))) {
            throw QbankException.usage("dedup", store.questionFile(b).toString(), "question " + b
                    + " exists already; remove or rename it before splitting");
        }
        Question qa = question(store, a, decisions);
        Question restoredA = d.aBefore() == null ? qa : QuestionMerger.unmerge(qa, d.aBefore(), d.removed());
        Question restoredB = d.removed();
        // A split is a decision too: without it the next import would merge the two again.
        Decision apart = new Decision(Decision.KEEP_APART, a, b, phrasings(restoredA), phrasings(restoredB),
                null, null);
        commit(store, decisions.with(apart), List.of(restoredA, restoredB), List.of());
        report(out, row("split", a, b), "split " + b + " from " + a + "; they are kept apart from now on", List.of());
    }

    /** Why {@code --split A B} finds nothing to undo, and what the decisions file records about the pair instead. */
    private QbankException noMergeToSplit(Decisions decisions, String a, String b) {
        Decision other = decisions.about(a, b).orElse(null);
        String why;
        if (other != null && other.isMerge()) {
            why = "; the merge recorded is of " + a + " into " + b + ": split it with 'qbank dedup --split " + b
                    + " " + a + "'";
        } else if (other != null) {
            why = "; the two are kept apart already (split before, or never merged)";
        } else {
            why = " (an id names a question merged with 'qbank dedup --merge'; name a phrasing that import merged by"
                    + " its text or its source as file:line)";
        }
        return QbankException.usage("dedup", where(decisions, other), "no merge of " + b + " into " + a
                + " is recorded" + why);
    }

    /** A note when a new decision about A and B takes the place of an earlier, different one (a change of mind). */
    private String replaces(Decisions decisions, String a, String b) {
        Decision old = decisions.about(a, b).orElse(null);
        if (old == null || old.isKeepApart() == (merge == null)) {
            return "";
        }
        return "; this replaces the earlier decision at " + where(decisions, old) + " ("
                + (old.isMerge() ? "merge " + old.b() + " into " + old.a() : "keep apart") + ")";
    }

    /** decisions.yaml, with the line of {@code d} when there is one. */
    private String where(Decisions decisions, Decision d) {
        int line = d == null ? 0 : decisions.lineOf(d);
        return Decisions.file(bank) + (line > 0 ? ":" + line : "");
    }

    private void commit(BankStore store, Decisions decisions, List<Question> upserts, List<String> deletions) {
        var tx = store.change();
        for (Question q : upserts) {
            tx.write(store.relativeFile(q.id()), BankStore.toYaml(q));
        }
        for (String id : deletions) {
            tx.delete(store.relativeFile(id));
        }
        tx.write(BankStore.DECISIONS, decisions.toYaml());
        try {
            tx.commit();
        } catch (IOException e) {
            throw QbankException.usage("io", bank.toString(), "cannot write the bank: " + e.getMessage()
                    + " (nothing was changed; rerun the command)");
        }
    }

    private void distinct(String a, String b) {
        if (a.equals(b)) {
            throw new ParameterException(spec.commandLine(), "A and B must be two different question ids");
        }
    }

    private Question question(BankStore store, String id, Decisions decisions) {
        if (!Question.ID_PATTERN.matcher(id).matches()) {
            throw QbankException.usage("dedup", id, "not a question id (ids look like q-1a2b; list candidates "
                    + "with 'qbank dedup')");
        }
        Path file = store.questionFile(id);
        if (Files.isRegularFile(file)) {
            return store.read(file);
        }
        // A curator deciding on a pair listed before an earlier merge, or on a chain (B into A, then A into C),
        // meets an id that is gone: say where it went, which the decisions file knows.
        Decision away = decisions.mergedAway(id).orElse(null);
        if (away != null) {
            throw QbankException.usage("dedup", where(decisions, away), "question " + id + " was merged into "
                    + away.a() + "; decide on " + away.a() + " instead, or bring " + id + " back first with "
                    + "'qbank dedup --split " + away.a() + " " + id + "'");
        }
        List<String> ids = new ArrayList<>();
        for (Path p : store.questionFiles()) {
            String name = p.getFileName().toString();
            ids.add(name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name);
        }
        String close = Suggestions.closest(id, ids);
        throw QbankException.usage("dedup", bank.toString(), "no question with id " + id + " in the bank"
                + (close != null ? " (did you mean " + close + "?)" : " (deleted, or a typo: 'qbank dedup' lists ids)"));
    }

    private static List<String> phrasings(Question q) {
        List<String> out = new ArrayList<>();
        out.add(q.question());
        out.addAll(q.aliases());
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
