package dev.qbank.importers.dedup;

import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs dedup over a labelled fixture (the seeds, or one half of the held-out questions) the way an import does (questions in file order, each either merged
 * into an earlier one or added) and measures it against the hand labels.
 */
final class DedupEvaluation {
    record Result(int labelledDuplicates, int autoPairs, int autoCorrect, int reviewLimit, int foundWithReview,
            int foundWithFirstN, List<String> falseMerges, List<String> missedAuto, List<String> missedWithReview,
            List<ReviewQueue.Candidate> review) {
        double precision() {
            return autoPairs == 0 ? 1.0 : (double) autoCorrect / autoPairs;
        }

        double recall() {
            return (double) autoCorrect / labelledDuplicates;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double recallWithReview() {
            return (double) foundWithReview / labelledDuplicates;
        }

        /** Recall with only the first N review candidates (N = labelled duplicate pairs): how high they rank. */
        double recallWithFirstN() {
            return (double) foundWithFirstN / labelledDuplicates;
        }

        String summary() {
            return String.format(Locale.ROOT, "automatic merges: %d pairs, %d correct of %d labelled duplicate pairs: "
                    + "precision %.3f, recall %.3f, F1 %.3f; with the first %d review candidates: recall %.3f"
                    + " (first %d: %.3f)",
                    autoPairs, autoCorrect, labelledDuplicates, precision(), recall(), f1(), reviewLimit,
                    recallWithReview(), labelledDuplicates, recallWithFirstN());
        }
    }

    private DedupEvaluation() {
    }

    static String id(String key) {
        return "q" + key.replace(':', '-');
    }

    static Result run(Glossary glossary) {
        return run(glossary, SeedFixture.questions(), SeedFixture.labels());
    }

    /** The held-out half {@code split} ("dev" or "test"), imported on its own. */
    static Result runHeldOut(Glossary glossary, String split) {
        return run(glossary, SeedFixture.heldOutQuestions(split), SeedFixture.heldOutLabels(split));
    }

    static Result run(Glossary glossary, List<SeedFixture.SeedQuestion> seeds, List<SeedFixture.Label> labels) {
        Map<String, SeedFixture.SeedQuestion> byId = new HashMap<>();
        QuestionAnalyzer analyzer = new QuestionAnalyzer(glossary);
        DuplicateIndex index = Deduplication.index(glossary, Decisions.none());
        Map<String, Question> bank = new LinkedHashMap<>();
        Map<String, String> clusterOf = new HashMap<>();
        for (SeedFixture.SeedQuestion s : seeds) {
            String id = id(s.key());
            byId.put(id, s);
            Question q = Question.builder(s.text()).source(new Source(s.file(), s.line(), s.text(), null, null, null,
                    null)).build();
            var match = index.findDuplicate(q);
            if (match.isPresent()) {
                String target = match.get().id();
                Question merged = QuestionMerger.merge(bank.get(target), q);
                bank.put(target, merged);
                // as the import does (BankMerge): a phrasing merged in is findable from the next import on, not
                // within this one; indexing it here measured chains the import never makes (session 38: 3 pairs)
                clusterOf.put(id, target);
            } else {
                Question withId = q.withId(id);
                bank.put(id, withId);
                index.add(withId);
                clusterOf.put(id, id);
            }
        }
        Set<String> same = new HashSet<>();
        for (SeedFixture.Label l : labels) {
            if (l.same()) {
                same.add(pair(id(l.a()), id(l.b())));
            }
        }
        Map<String, List<String>> clusters = new LinkedHashMap<>();
        clusterOf.forEach((q, c) -> clusters.computeIfAbsent(c, k -> new ArrayList<>()).add(q));
        Set<String> auto = new HashSet<>();
        for (List<String> members : clusters.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    auto.add(pair(members.get(i), members.get(j)));
                }
            }
        }
        List<String> falseMerges = new ArrayList<>();
        int correct = 0;
        for (String p : auto) {
            if (same.contains(p)) {
                correct++;
            } else {
                falseMerges.add(describe(p, byId));
            }
        }
        int limit = 2 * same.size();
        List<ReviewQueue.Candidate> review = ReviewQueue.candidates(new ArrayList<>(bank.values()), analyzer,
                Decisions.none(), limit);
        Set<String> reviewed = pairsIn(review, clusters);
        Set<String> reviewedFirstN = pairsIn(review.subList(0, Math.min(same.size(), review.size())), clusters);
        List<String> missedAuto = new ArrayList<>();
        List<String> missedReview = new ArrayList<>();
        int withReview = 0;
        int withFirstN = 0;
        for (String p : same) {
            if (auto.contains(p) || reviewedFirstN.contains(p)) {
                withFirstN++;
            }
            if (!auto.contains(p)) {
                missedAuto.add(describe(p, byId));
            }
            if (auto.contains(p) || reviewed.contains(p)) {
                withReview++;
            } else {
                missedReview.add(describe(p, byId));
            }
        }
        return new Result(same.size(), auto.size(), correct, limit, withReview, withFirstN, falseMerges, missedAuto,
                missedReview, review);
    }

    /** Every labelled pair the candidates show a curator: a candidate stands for all members of both clusters. */
    private static Set<String> pairsIn(List<ReviewQueue.Candidate> candidates, Map<String, List<String>> clusters) {
        Set<String> pairs = new HashSet<>();
        for (ReviewQueue.Candidate c : candidates) {
            for (String x : clusters.get(c.a())) {
                for (String y : clusters.get(c.b())) {
                    pairs.add(pair(x, y));
                }
            }
        }
        return pairs;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static String describe(String pair, Map<String, SeedFixture.SeedQuestion> byId) {
        String[] ids = pair.split(" ");
        return byId.get(ids[0]).text() + "  <->  " + byId.get(ids[1]).text();
    }
}
