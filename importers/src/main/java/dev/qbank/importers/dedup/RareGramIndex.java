package dev.qbank.importers.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary-free pieces ({@link TextGrams}) of every phrasing in a bank, each weighted by how rare it is in
 * that bank: a piece most phrasings hold ("什么", "what") weighs nothing, one that two phrasings share is the best
 * sign that they speak of the same thing, known to the glossary or not. The weights come from the bank itself, so
 * no word list is involved and a bank in a new field or language weighs its own words.
 */
final class RareGramIndex {
    /** A run whose rarest piece is held by more than this share of the phrasings (and more than two) is not shown. */
    private static final double SHOWN_MAX_SHARE = 0.05;

    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<List<Integer>> holders = new ArrayList<>();
    private final int[][] gramsOf;
    private final double[] weight;
    private final double[] norm;
    private final int phrasings;
    /** The phrasings whose pieces are counted (all but the skipped ones). */
    private final int counted;

    RareGramIndex(List<QuestionProfile> profiles) {
        this(profiles, Collections.nCopies(profiles.size(), false));
    }

    /** The index of {@code profiles}, without the pieces of those {@code skipped} marks (they hold none). */
    RareGramIndex(List<QuestionProfile> profiles, List<Boolean> skipped) {
        phrasings = profiles.size();
        counted = (int) skipped.stream().filter(x -> !x).count();
        gramsOf = new int[phrasings][];
        for (int i = 0; i < phrasings; i++) {
            String text = profiles.get(i).normalized();
            List<TextGrams.Gram> pieces = skipped.get(i) ? List.of() : TextGrams.of(text);
            texts.add(text);
            gramsOf[i] = pieces.stream().mapToInt(g -> id(g.key())).distinct().sorted().toArray();
            for (int g : gramsOf[i]) {
                holders.get(g).add(i);
            }
        }
        // tf-idf with one count per piece: the square of the inverse document frequency, so that one rare piece
        // shared outweighs several common ones
        weight = new double[holders.size()];
        for (int g = 0; g < weight.length; g++) {
            double idf = Math.log((double) counted / holders.get(g).size());
            weight[g] = idf * idf;
        }
        norm = new double[phrasings];
        for (int i = 0; i < phrasings; i++) {
            double sum = 0;
            for (int g : gramsOf[i]) {
                sum += weight[g];
            }
            norm[i] = Math.sqrt(sum);
        }
    }

    private int id(String key) {
        return ids.computeIfAbsent(key, k -> {
            holders.add(new ArrayList<>());
            return holders.size() - 1;
        });
    }

    /** The pieces of phrasing {@code i}, each once, rarest first. */
    int[] rarestFirst(int i) {
        return Arrays.stream(gramsOf[i]).boxed().sorted((x, y) -> Integer.compare(holders.get(x).size(),
                holders.get(y).size())).mapToInt(Integer::intValue).toArray();
    }

    /** The phrasings holding piece {@code gram}, in bank order. */
    List<Integer> holders(int gram) {
        return holders.get(gram);
    }

    /** Cosine of the two phrasings' rarity-weighted pieces: 1 for the same pieces, 0 when they share no rare one. */
    double similarity(int i, int j) {
        if (norm[i] == 0 || norm[j] == 0) {
            return 0.0;
        }
        return sharedWeight(gramsOf[i], gramsOf[j]) / (norm[i] * norm[j]);
    }

    private double sharedWeight(int[] a, int[] b) {
        double sum = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                sum += weight[a[x]];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return sum;
    }

    /**
     * The rare pieces phrasing {@code i} shares with {@code j}, as they read in {@code i}'s text (overlapping
     * character pairs joined back into one run: "贝叶斯派", not "贝叶, 叶斯, 斯派"), rarest first, at most
     * {@code limit}.
     */
    List<String> sharedRare(int i, int j, int limit) {
        String text = texts.get(i);
        Map<String, Integer> heldBy = new LinkedHashMap<>();
        int runStart = -1;
        int runEnd = -1;
        int runHeld = 0;
        // cut again rather than kept: only the few pairs shown to a curator need the pieces' places
        // a run is every shared piece in a row (so "为什么会" is not shown as "为什, 么会" when "什么" is common), shown
        // when its rarest piece is rare
        for (TextGrams.Gram g : TextGrams.of(text)) {
            Integer id = ids.get(g.key()); // null for a piece only a skipped phrasing (a reading) holds
            if (id == null || Arrays.binarySearch(gramsOf[j], id) < 0) {
                continue;
            }
            int held = holders.get(id).size();
            if (runStart >= 0 && g.start() < runEnd) {
                runEnd = Math.max(runEnd, g.end());
                runHeld = Math.min(runHeld, held);
                continue;
            }
            if (runStart >= 0) {
                heldBy.merge(text.substring(runStart, runEnd), runHeld, Math::min);
            }
            runStart = g.start();
            runEnd = g.end();
            runHeld = held;
        }
        if (runStart >= 0) {
            heldBy.merge(text.substring(runStart, runEnd), runHeld, Math::min);
        }
        return heldBy.entrySet().stream().filter(e -> e.getValue() <= 2 || e.getValue() <= SHOWN_MAX_SHARE * counted)
                .sorted(Map.Entry.comparingByValue()).limit(limit).map(Map.Entry::getKey).toList();
    }
}
