package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.QbankMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which signals matter: the evaluation rerun with one part of the glossary taken away at a time, next to the
 * baseline the issue measured (character-bigram Jaccard at its best threshold). Printed for
 * docs/dedup-report.md; the asserts only check that each signal earns its place.
 */
class SignalAblationTest {
    @Test
    void everySignalEarnsItsPlace() {
        Map<String, DedupEvaluation.Result> runs = new LinkedHashMap<>();
        runs.put("full model", DedupEvaluation.run(Glossary.builtIn()));
        runs.put("no kinds of ask (every question a definition)", DedupEvaluation.run(without("asks")));
        runs.put("no synonyms (every spelling its own concept)", DedupEvaluation.run(noSynonyms()));
        runs.put("no broad concepts (深度学习 counts like any concept)", DedupEvaluation.run(without("broad")));
        runs.put("no boilerplate removal", DedupEvaluation.run(without("boilerplate")));
        runs.put("no fillers (every leftover word counts)", DedupEvaluation.run(without("fillers")));
        runs.forEach((name, r) -> System.out.println(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |",
                name, r.precision(), r.recall(), r.f1(), r.recallWithReview())));
        System.out.println(bigramBaseline());

        DedupEvaluation.Result full = runs.get("full model");
        for (Map.Entry<String, DedupEvaluation.Result> e : runs.entrySet()) {
            if (e.getKey().equals("full model")) {
                continue;
            }
            DedupEvaluation.Result r = e.getValue();
            assertThat(r.f1() < full.f1() || r.recallWithReview() < full.recallWithReview())
                    .as(e.getKey() + " should be worse than the full model").isTrue();
        }
    }

    private static Glossary without(String section) {
        ObjectNode root = (ObjectNode) QbankMapper.yaml().readTree(Glossary.builtInText());
        root.remove(section);
        return withFraming(Glossary.fromText(QbankMapper.yaml().writeValueAsString(root), "ablation"), section);
    }

    /** {@code g} plus the built-in framing file (without {@code section}, the one ablated, if it has it). */
    private static Glossary withFraming(Glossary g, String section) {
        ObjectNode framing = (ObjectNode) QbankMapper.yaml().readTree(Glossary.resourceText(Glossary.BUILT_IN_FRAMING));
        framing.remove(section);
        return g.extendedWith(QbankMapper.yaml().writeValueAsString(framing), Glossary.BUILT_IN_FRAMING);
    }

    private static Glossary noSynonyms() {
        ObjectNode root = (ObjectNode) QbankMapper.yaml().readTree(Glossary.builtInText());
        ArrayNode split = root.arrayNode();
        for (JsonNode group : root.get("terms").values()) {
            for (JsonNode spelling : group.values()) {
                split.add(root.arrayNode().add(spelling.asString()));
            }
        }
        root.set("terms", split);
        root.remove("broad"); // its names are no longer single concepts
        return withFraming(Glossary.fromText(QbankMapper.yaml().writeValueAsString(root), "ablation"), "terms");
    }

    /** Best F1 over thresholds of character-bigram Jaccard on normalised text, over all pairs. */
    private static String bigramBaseline() {
        List<SeedFixture.SeedQuestion> seeds = SeedFixture.questions();
        Set<String> same = new HashSet<>();
        for (SeedFixture.Label l : SeedFixture.labels()) {
            if (l.same()) {
                same.add(l.a() + " " + l.b());
                same.add(l.b() + " " + l.a());
            }
        }
        List<Set<String>> grams = new ArrayList<>();
        for (SeedFixture.SeedQuestion s : seeds) {
            String n = TextNormalizer.normalize(s.text());
            Set<String> g = new HashSet<>();
            for (int i = 0; i + 1 < n.length(); i++) {
                g.add(n.substring(i, i + 2));
            }
            grams.add(g);
        }
        double bestF1 = 0;
        double bestT = 0;
        int positives = same.size() / 2;
        for (int step = 1; step < 20; step++) {
            double t = step / 20.0;
            int tp = 0;
            int predicted = 0;
            for (int i = 0; i < seeds.size(); i++) {
                for (int j = i + 1; j < seeds.size(); j++) {
                    if (jaccard(grams.get(i), grams.get(j)) >= t) {
                        predicted++;
                        if (same.contains(seeds.get(i).key() + " " + seeds.get(j).key())) {
                            tp++;
                        }
                    }
                }
            }
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = (double) tp / positives;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestT = t;
            }
        }
        return String.format(Locale.ROOT, "baseline: character-bigram Jaccard, best threshold %.2f: F1 %.3f", bestT,
                bestF1);
    }

    /** Jaccard index of two sets (0 for two empty sets): the character-bigram baseline's similarity. */
    private static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0.0;
        }
        int inter = 0;
        for (T t : a) {
            if (b.contains(t)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }
}
