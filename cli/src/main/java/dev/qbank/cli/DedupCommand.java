package dev.qbank.cli;

import dev.qbank.importers.dedup.Decision;
import dev.qbank.importers.dedup.Decisions;
import dev.qbank.importers.dedup.Glossary;
import dev.qbank.importers.dedup.QuestionAnalyzer;
import dev.qbank.importers.dedup.QuestionMerger;
import dev.qbank.importers.dedup.ReviewQueue;
import dev.qbank.model.BankStore;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
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
        description = {"List likely duplicate questions that were not merged, best first, or record a decision.",
                "Decisions go to BANK/decisions.yaml and every later import honours them."},
        footer = {"", "Examples:",
                "  qbank dedup                     the 50 best candidate pairs",
                "  qbank dedup --json --limit 200  as a JSON array of {a, b, score, reason}",
                "  qbank dedup --merge A B         merge question B into A now, and remember it",
                "  qbank dedup --keep-apart A B    never merge A and B",
                "  qbank dedup --split A B         undo that merge: B comes back as it was"})
public final class DedupCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--bank", paramLabel = "DIR", defaultValue = "bank",
            description = "The bank folder (default: ${DEFAULT-VALUE}).")
    Path bank;

    @Option(names = "--json", description = "Print the candidates as a JSON array.")
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
            description = "Undo the merge of B into A: restore B and keep the two apart from now on.")
    List<String> split;

    @Override
    public Integer call() {
        int actions = (merge != null ? 1 : 0) + (keepApart != null ? 1 : 0) + (split != null ? 1 : 0);
        if (actions > 1) {
            throw new ParameterException(spec.commandLine(), "choose one of --merge, --keep-apart, --split");
        }
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more, not " + limit);
        }
        BankStore store = new BankStore(bank);
        if (!store.exists()) {
            throw QbankException.usage("bank", bank.toString(),
                    "no bank here (run 'qbank import' first, or pass --bank DIR)");
        }
        store.recover();
        PrintWriter out = spec.commandLine().getOut();
        if (merge != null) {
            return merge(store, merge.get(0), merge.get(1), out);
        }
        if (keepApart != null) {
            return keepApart(store, keepApart.get(0), keepApart.get(1), out);
        }
        if (split != null) {
            return split(store, split.get(0), split.get(1), out);
        }
        return list(store, out);
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
            out.println("Decide with: qbank dedup --merge A B | --keep-apart A B");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int merge(BankStore store, String a, String b, PrintWriter out) {
        distinct(a, b);
        Question qa = question(store, a);
        Question qb = question(store, b);
        Decisions decisions = Decisions.read(bank);
        Decision d = new Decision(Decision.MERGE, a, b, phrasings(qa), phrasings(qb), qa, qb);
        Question merged = QuestionMerger.merge(qa, qb);
        commit(store, decisions.with(d), List.of(merged), List.of(b));
        out.println("merged " + b + " into " + a + " (undo with: qbank dedup --split " + a + " " + b + ")");
        out.flush();
        return ExitCodes.OK;
    }

    private int keepApart(BankStore store, String a, String b, PrintWriter out) {
        distinct(a, b);
        Question qa = question(store, a);
        Question qb = question(store, b);
        Decisions decisions = Decisions.read(bank);
        Decision d = new Decision(Decision.KEEP_APART, a, b, phrasings(qa), phrasings(qb), null, null);
        commit(store, decisions.with(d), List.of(), List.of());
        out.println("kept apart: " + a + " and " + b + " will not be merged");
        out.flush();
        return ExitCodes.OK;
    }

    private int split(BankStore store, String a, String b, PrintWriter out) {
        distinct(a, b);
        Decisions decisions = Decisions.read(bank);
        Decision d = decisions.mergeOf(a, b).orElseThrow(() -> QbankException.usage("dedup",
                Decisions.file(bank).toString(), "no merge of " + b + " into " + a
                        + " is recorded (only merges made with 'qbank dedup --merge' can be split)"));
        if (d.removed() == null) {
            throw QbankException.usage("dedup", Decisions.file(bank).toString(), "the merge of " + b + " into " + a
                    + " does not keep question " + b + ", so it cannot be restored (restore it from git)");
        }
        if (Files.exists(store.questionFile(b))) {
            throw QbankException.usage("dedup", store.questionFile(b).toString(), "question " + b
                    + " exists already; remove or rename it before splitting");
        }
        Question qa = question(store, a);
        Question restoredA = d.aBefore() == null ? qa : QuestionMerger.unmerge(qa, d.aBefore(), d.removed());
        Question restoredB = d.removed();
        // A split is a decision too: without it the next import would merge the two again.
        Decision apart = new Decision(Decision.KEEP_APART, a, b, phrasings(restoredA), phrasings(restoredB),
                null, null);
        commit(store, decisions.with(apart), List.of(restoredA, restoredB), List.of());
        out.println("split " + b + " from " + a + "; they are kept apart from now on");
        out.flush();
        return ExitCodes.OK;
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

    private static Question question(BankStore store, String id) {
        if (!Question.ID_PATTERN.matcher(id).matches()) {
            throw QbankException.usage("dedup", id, "not a question id (ids look like q-1a2b; list candidates "
                    + "with 'qbank dedup')");
        }
        Path file = store.questionFile(id);
        if (!Files.isRegularFile(file)) {
            throw QbankException.usage("dedup", file.toString(), "no question with id " + id + " in the bank");
        }
        return store.read(file);
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
