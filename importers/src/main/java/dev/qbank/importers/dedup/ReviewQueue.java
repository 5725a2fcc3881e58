package dev.qbank.importers.dedup;

import dev.qbank.model.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The review band: pairs of questions in a bank that may be the same question but were not merged, best first.
 *
 * <p>Candidates come from an inverted index over features of every phrasing (each concept, the profile key, and
 * for questions the glossary knows nothing about, their residual words). Each question looks at the holders of
 * its rarest features first and stops after {@value #CANDIDATES_PER_QUESTION} candidates, and a feature held by
 * more than {@value #MAX_POSTINGS} phrasings is skipped (it says "same topic", not "same question"), so the work
 * grows linearly with the bank, never with the number of pairs.
 *
 * <p>What the glossary does not know leaves those features little to go on, so each question also looks, after
 * them, at up to {@value #GRAM_CANDIDATES_PER_QUESTION} holders of its rarest text pieces ({@link RareGramIndex}:
 * character pairs of Chinese, stems of Latin words, weighted by rarity in the bank; a piece held by more than
 * {@value #GRAM_MAX_POSTINGS} phrasings is skipped), for pairs where one side names no concept the glossary knows.
 * For such a pair the scorer has little to say, so its score is blended with how much rare text the two share:
 * rare words in common lift it, none lower it (never into the automatic-merge band). Other pairs keep the score.
 */
public final class ReviewQueue {
    static final int CANDIDATES_PER_QUESTION = 60;
    static final int MAX_POSTINGS = 2000;
    static final int GRAM_CANDIDATES_PER_QUESTION = 20;
    static final int GRAM_MAX_POSTINGS = 100;
    /**
     * Share of a little-known pair's score that comes from its shared rare text (the rest from the scorer):
     * on the held-out fixtures 0.2-0.8 all found more pairs within 2×N; 0.5 is the weight at which none found
     * fewer than the scorer alone, within either 2×N or N (docs/dedup-report.md, review14).
     */
    static final double GRAM_WEIGHT = 0.5;
    /** How many shared rare words a reason names. */
    private static final int SHOWN_WORDS = 4;

    /** One pair for a curator: both ids and texts, how alike, and why. */
    public record Candidate(String a, String b, double score, String reason, String textA, String textB) {
    }

    private ReviewQueue() {
    }

    /**
     * The best {@code limit} pairs of distinct questions that are not decided already (kept apart), best first;
     * pairs the index would merge on import are included too (they show up when a bank was built without dedup).
     */
    public static List<Candidate> candidates(List<Question> questions, QuestionAnalyzer analyzer,
            Decisions decisions, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<String> owner = new ArrayList<>();
        List<QuestionProfile> profiles = new ArrayList<>();
        List<Integer> questionOf = new ArrayList<>();
        List<Boolean> reading = new ArrayList<>();
        for (int qi = 0; qi < questions.size(); qi++) {
            Question q = questions.get(qi);
            List<String> phrasings = analyzer.phrasings(q);
            int own = Decisions.phrasings(q).size();
            for (int k = 0; k < phrasings.size(); k++) {
                owner.add(q.id());
                profiles.add(analyzer.profile(phrasings.get(k)));
                questionOf.add(qi);
                reading.add(k >= own);
            }
        }
        int n = profiles.size();
        // a reading of a declared name (DeclaredNames) is the question's own words again: counted in the rare pieces,
        // it would make each of them look half as rare as it is
        RareGramIndex grams = new RareGramIndex(profiles, reading);
        List<List<String>> features = new ArrayList<>(n);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> fs = features(profiles.get(i));
            features.add(fs);
            for (String f : fs) {
                postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
        }

        Comparator<Candidate> worstFirst = Comparator.comparingDouble(Candidate::score)
                .thenComparing(Candidate::a, Comparator.reverseOrder())
                .thenComparing(Candidate::b, Comparator.reverseOrder());
        PriorityQueue<Candidate> top = new PriorityQueue<>(worstFirst);
        Map<String, Candidate> inTop = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> fs = new ArrayList<>(features.get(i));
            fs.removeIf(f -> postings.get(f).size() > MAX_POSTINGS);
            fs.sort(Comparator.comparingInt(f -> postings.get(f).size()));
            Set<Integer> seen = new HashSet<>();
            for (String f : fs) {
                for (int j : postings.get(f)) {
                    if (seen.size() >= CANDIDATES_PER_QUESTION) {
                        break;
                    }
                    if (j <= i || questionOf.get(j).equals(questionOf.get(i)) || !seen.add(j)) {
                        continue;
                    }
                    consider(i, j, owner, profiles, grams, questions, questionOf, decisions, limit, top, inTop);
                }
            }
            int fromText = 0;
            for (int g : grams.rarestFirst(i)) {
                List<Integer> holders = grams.holders(g);
                if (holders.size() > GRAM_MAX_POSTINGS || fromText >= GRAM_CANDIDATES_PER_QUESTION) {
                    break;
                }
                for (int j : holders) {
                    if (fromText >= GRAM_CANDIDATES_PER_QUESTION) {
                        break;
                    }
                    if (j <= i || questionOf.get(j).equals(questionOf.get(i)) || !seen.add(j)) {
                        continue;
                    }
                    fromText++;
                    if (!DuplicateScorer.knowsLittle(profiles.get(i), profiles.get(j))) {
                        continue; // the concept index already found the pairs the glossary can judge
                    }
                    consider(i, j, owner, profiles, grams, questions, questionOf, decisions, limit, top, inTop);
                }
            }
        }
        List<Candidate> out = new ArrayList<>(top);
        out.sort(worstFirst.reversed());
        return out;
    }

    private static void consider(int i, int j, List<String> owner, List<QuestionProfile> profiles,
            RareGramIndex grams, List<Question> questions, List<Integer> questionOf, Decisions decisions, int limit,
            PriorityQueue<Candidate> top, Map<String, Candidate> inTop) {
        String idI = owner.get(i);
        String idJ = owner.get(j);
        if (idI.equals(idJ) || decisions.keptApart(idI, profiles.get(i).normalized(), idJ,
                profiles.get(j).normalized())) {
            return;
        }
        DuplicateScorer.Verdict v = DuplicateScorer.compare(profiles.get(i), profiles.get(j));
        double score = v.score();
        boolean blended = !v.sure() && DuplicateScorer.knowsLittle(profiles.get(i), profiles.get(j));
        if (blended) {
            score = DuplicateScorer.round((1 - GRAM_WEIGHT) * score
                    + GRAM_WEIGHT * grams.similarity(i, j) * DuplicateScorer.UNSURE_MAX);
        }
        boolean iFirst = idI.compareTo(idJ) < 0;
        String a = iFirst ? idI : idJ;
        String b = iFirst ? idJ : idI;
        String pair = a + "\n" + b;
        Candidate old = inTop.get(pair);
        if (old != null && old.score() >= score) {
            return;
        }
        if (old == null && top.size() >= limit && top.peek().score() >= score) {
            return;
        }
        Question qa = questions.get(questionOf.get(iFirst ? i : j));
        Question qb = questions.get(questionOf.get(iFirst ? j : i));
        String reason = v.reason();
        if (blended) {
            List<String> shared = grams.sharedRare(i, j, SHOWN_WORDS);
            reason += shared.isEmpty() ? "; no rare words shared" : "; shared rare words: " + String.join(", ", shared);
        }
        Candidate c = new Candidate(a, b, score, reason, qa.question(), qb.question());
        if (old != null) {
            top.remove(old);
        } else if (top.size() >= limit) {
            Candidate worst = top.peek();
            if (worst.score() >= c.score()) {
                return;
            }
            top.poll();
            inTop.remove(worst.a() + "\n" + worst.b());
        }
        top.add(c);
        inTop.put(pair, c);
    }

    /** What a phrasing can be found by: its key, each concept, and when it names no concept its residual words. */
    private static List<String> features(QuestionProfile p) {
        List<String> fs = new ArrayList<>();
        fs.add("k:" + p.key());
        for (String c : p.concepts()) {
            fs.add("c:" + c);
        }
        if (p.core().isEmpty()) {
            for (String r : p.residual()) {
                fs.add("r:" + r);
            }
        }
        return fs;
    }
}
