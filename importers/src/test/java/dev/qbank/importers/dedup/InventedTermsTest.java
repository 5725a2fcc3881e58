package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How dedup does on terms no glossary holds (docs/dedup-report.md, "dedup33"): every labelled pair of the
 * development fixtures (the seeds and heldout..heldout27) whose two questions both spell a concept they share the same
 * way gets that spelling replaced, in both, by an invented term (Chinese for a Chinese spelling, English for a Latin
 * one; some wholly unknown, some with a known word inside, as new jargon is written). A same pair that was a sure
 * duplicate should stay one: what the two ask does not depend on knowing the term. A related pair must not become
 * one. The pairs that break are written to target/invented-terms.txt.
 */
class InventedTermsTest {
    /** Invented names, as a new field's jargon comes: wholly unknown, or a known word beside unknown ones. */
    static final String[] CHINESE = {"门控残差融合", "块状量化缩放", "翠鸟折叠法"};
    static final String[] LATIN = {"quantile dropout", "gated residual fusion", "blorft scaling"};
    /**
     * Sure same pairs that stay sure with an invented term (all names together): 6603/8787 = 0.751 before dedup33,
     * 7218/8799 = 0.8203 after it (the declared names' readings, a lone unknown abbreviation, the pros and cons);
     * 7236/8817 = 0.8207 after dedup34 (its glossary entries changed which pairs the probe rewrites); 7273/8841 =
     * 0.8226 after dedup37 (a comparison with an unknown side reads its follow-on as a detail, "残差" judges nothing).
     */
    static final double SURVIVING_FLOOR = 0.822;
    /**
     * Related pairs that an invented term makes sure duplicates: 31 before dedup33, 33 after it (a declared name's
     * reading of one seeds pair, two names), 32 after dedup34 (of 20709: the probe's pairs changed with the glossary,
     * no rule of dedup34 aims at them), 14 after dedup35 ({@link ContrastWords}: a numeral swapped, "不用", "除了" or
     * "增大" on one side only). Not yet zero: an unknown Chinese name is read as its characters, which outnumber the
     * words that tell two asks of it apart ("X 实时更新" / "X 定义", "X的区别" / "X什么时候等价"); see
     * docs/dedup-report.md, "dedup35". A change may lower it, never raise it.
     */
    static final int MAX_FALSE_MERGES = 14;

    static final String[] SPLITS = {"dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8",
        "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19",
        "test20", "test21", "test22", "test23", "test24", "test25", "test26", "test27"};

    private final Glossary glossary = Glossary.builtIn();
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(glossary);

    record Probe(int sure, int surviving, int related, int falseMerges, List<String> broken, List<String> wrong) {
    }

    @Test
    void aSharedTermReplacedByAnInventedOneKeepsTheVerdict() throws IOException {
        Map<String, List<SeedFixture.Label>> labels = new LinkedHashMap<>();
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        Map<String, String> seedTexts = new LinkedHashMap<>();
        SeedFixture.byKey().forEach((k, q) -> seedTexts.put(k, q.text()));
        texts.put("seeds", seedTexts);
        labels.put("seeds", SeedFixture.labels());
        for (String split : SPLITS) {
            Map<String, String> t = new LinkedHashMap<>();
            SeedFixture.heldOutQuestions(split).forEach(q -> t.put(q.key(), q.text()));
            texts.put(split, t);
            labels.put(split, SeedFixture.heldOutLabels(split));
        }
        int sure = 0;
        int surviving = 0;
        int related = 0;
        int falseMerges = 0;
        StringBuilder out = new StringBuilder();
        List<String> wrong = new ArrayList<>();
        for (String fixture : labels.keySet()) {
            for (SeedFixture.Label l : labels.get(fixture)) {
                String a = texts.get(fixture).get(l.a());
                String b = texts.get(fixture).get(l.b());
                if (a == null || b == null) {
                    continue;
                }
                boolean before = sure(a, b);
                if (l.same() && !before) {
                    continue;
                }
                for (String spelling : sharedSpellings(a, b)) {
                    for (String name : TextNormalizer.isLatin(spelling.charAt(0)) ? LATIN : CHINESE) {
                        String a2 = replaced(a, spelling, name);
                        String b2 = replaced(b, spelling, name);
                        if (a2 == null || b2 == null) {
                            continue;
                        }
                        boolean after = sure(a2, b2);
                        if (l.same()) {
                            sure++;
                            if (after) {
                                surviving++;
                            } else {
                                out.append("broken\t").append(fixture).append('\t').append(spelling).append('\t')
                                        .append(a2).append("  <->  ").append(b2).append("\n\t")
                                        .append(analyzer.profile(a2)).append("\n\t").append(analyzer.profile(b2))
                                        .append('\n');
                            }
                        } else if (!before) {
                            related++;
                            if (after) {
                                falseMerges++;
                                wrong.add(fixture + " " + a2 + "  <->  " + b2);
                            }
                        }
                    }
                }
            }
        }
        String summary = String.format(Locale.ROOT, "invented terms: %d of %d sure same pairs survive (%.3f); %d false"
                + " merges of %d related pairs", surviving, sure, (double) surviving / sure, falseMerges, related);
        System.out.println(summary);
        wrong.forEach(w -> out.append("false merge\t").append(w).append('\n'));
        Files.writeString(Path.of("target", "invented-terms.txt"), summary + "\n" + out);
        assertThat(wrong.size()).as(summary + "\n" + String.join("\n", wrong)).isLessThanOrEqualTo(MAX_FALSE_MERGES);
        assertThat((double) surviving / sure).as(summary).isGreaterThanOrEqualTo(SURVIVING_FLOOR);
    }

    /** As the import compares two questions: every reading of one (its text, the names it declares) with the other's. */
    private boolean sure(String a, String b) {
        return SurePairs.sure(analyzer, a, b);
    }

    /** The glossary spellings of concepts both texts name, written the same way in both (as normalised). */
    private List<String> sharedSpellings(String a, String b) {
        List<String> inA = spellings(TextNormalizer.normalize(a));
        List<String> out = new ArrayList<>();
        for (String s : spellings(TextNormalizer.normalize(b))) {
            if (inA.contains(s) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private List<String> spellings(String norm) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < norm.length(); ) {
            PhraseTrie.Hit<String> hit = glossary.terms().longestAt(norm, i);
            if (hit == null) {
                i++;
                continue;
            }
            String s = norm.substring(hit.start(), hit.end());
            if (!glossary.isBroad(hit.value()) && allOneScript(s)) {
                out.add(s);
            }
            i = hit.end();
        }
        return out;
    }

    /** Only wholly Chinese or wholly Latin spellings (a mixed one has no one invented counterpart). */
    private static boolean allOneScript(String s) {
        boolean latin = TextNormalizer.isLatin(s.charAt(0));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-' && TextNormalizer.isLatin(c) != latin) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with every whole-word, case-insensitive {@code spelling} replaced by {@code name}; null if none. */
    static String replaced(String text, String spelling, String name) {
        String edge = TextNormalizer.isLatin(spelling.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String end = TextNormalizer.isLatin(spelling.charAt(spelling.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
        Matcher m = Pattern.compile(edge + Pattern.quote(spelling).replace(" ", "\\E[ -]\\Q") + end,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.replaceAll(Matcher.quoteReplacement(name));
    }
}
