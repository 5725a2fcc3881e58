package dev.qbank.importers.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled fixtures: the 216 seed question texts and the hand labels of their pairs, and the held-out
 * questions (written in the style of other banks, split into a dev and a test half) and their labels.
 */
final class SeedFixture {
    record SeedQuestion(String key, String file, int line, String text) {
    }

    record Label(String a, String b, boolean same, String note) {
    }

    private SeedFixture() {
    }

    static List<SeedQuestion> questions() {
        List<SeedQuestion> out = new ArrayList<>();
        for (String line : lines("/dedup/seed-questions.tsv")) {
            String[] f = line.split("\t", 3);
            out.add(new SeedQuestion(f[0].substring(0, 3) + ":" + f[1], f[0], Integer.parseInt(f[1]), f[2]));
        }
        return out;
    }

    static Map<String, SeedQuestion> byKey() {
        Map<String, SeedQuestion> m = new LinkedHashMap<>();
        for (SeedQuestion q : questions()) {
            m.put(q.key(), q);
        }
        return m;
    }

    static List<Label> labels() {
        List<Label> out = new ArrayList<>();
        for (String line : lines("/dedup/labels.tsv")) {
            String[] f = line.split("\t", 4);
            out.add(new Label(f[0], f[1], f[2].equals("same"), f.length > 3 ? f[3] : ""));
        }
        return out;
    }

    /**
     * The held-out questions of one part ("dev" or "test" of heldout-questions.tsv, "test2", the second fixture
     * heldout2-questions.tsv, "test3", the third, heldout3-questions.tsv, "test4", the fourth,
     * heldout4-questions.tsv, "test5", the fifth, heldout5-questions.tsv, "test6", the sixth,
     * heldout6-questions.tsv, "test7", the seventh, heldout7-questions.tsv, "test8", the eighth,
     * heldout8-questions.tsv, "test9", the ninth, heldout9-questions.tsv, "test10", the tenth,
     * heldout10-questions.tsv, "test11", the eleventh, heldout11-questions.tsv, "test12", the twelfth,
     * heldout12-questions.tsv, "test13", the thirteenth, heldout13-questions.tsv, "test14", the fourteenth,
     * heldout14-questions.tsv, "test15", the fifteenth, heldout15-questions.tsv, "test16", the sixteenth,
     * heldout16-questions.tsv, "test17", the seventeenth, heldout17-questions.tsv, "test18", the eighteenth,
     * heldout18-questions.tsv, "test19", the nineteenth, heldout19-questions.tsv, "test20", the twentieth,
     * heldout20-questions.tsv, "test21", the twenty-first, heldout21-questions.tsv, "test22", the twenty-second,
     * heldout22-questions.tsv, "test23", the twenty-third, heldout23-questions.tsv, "test24", the twenty-fourth,
     * heldout24-questions.tsv, "test25", the twenty-fifth, heldout25-questions.tsv, "test26", the twenty-sixth,
     * heldout26-questions.tsv, "test27", the twenty-seventh, heldout27-questions.tsv, "test28", the
     * twenty-eighth, heldout28-questions.tsv, "test29", the twenty-ninth, heldout29-questions.tsv, "test30", the
     * thirtieth, heldout30-questions.tsv, or "test31", the thirty-first, heldout31-questions.tsv), in import order.
     */
    static List<SeedQuestion> heldOutQuestions(String split) {
        List<SeedQuestion> out = new ArrayList<>();
        for (String line : lines("/dedup/" + fixture(split) + "-questions.tsv")) {
            String[] f = line.split("\t", 5); // key, split, bank, cluster, text
            if (f[1].equals(split)) {
                out.add(new SeedQuestion(f[0], f[2], Integer.parseInt(f[0].substring(f[0].indexOf(':') + 1)), f[4]));
            }
        }
        return out;
    }

    /** The labels of the held-out pairs of one part. */
    static List<Label> heldOutLabels(String split) {
        List<Label> out = new ArrayList<>();
        for (String line : lines("/dedup/" + fixture(split) + "-labels.tsv")) {
            String[] f = line.split("\t", 4);
            if (f[0].startsWith(split + ":")) {
                out.add(new Label(f[0], f[1], f[2].equals("same"), f.length > 3 ? f[3] : ""));
            }
        }
        return out;
    }

    private static String fixture(String split) {
        return switch (split) {
            case "test2" -> "heldout2";
            case "test3" -> "heldout3";
            case "test4" -> "heldout4";
            case "test5" -> "heldout5";
            case "test6" -> "heldout6";
            case "test7" -> "heldout7";
            case "test8" -> "heldout8";
            case "test9" -> "heldout9";
            case "test10" -> "heldout10";
            case "test11" -> "heldout11";
            case "test12" -> "heldout12";
            case "test13" -> "heldout13";
            case "test14" -> "heldout14";
            case "test15" -> "heldout15";
            case "test16" -> "heldout16";
            case "test17" -> "heldout17";
            case "test18" -> "heldout18";
            case "test19" -> "heldout19";
            case "test20" -> "heldout20";
            case "test21" -> "heldout21";
            case "test22" -> "heldout22";
            case "test23" -> "heldout23";
            case "test24" -> "heldout24";
            case "test25" -> "heldout25";
            case "test26" -> "heldout26";
            case "test27" -> "heldout27";
            case "test28" -> "heldout28";
            case "test29" -> "heldout29";
            case "test30" -> "heldout30";
            case "test31" -> "heldout31";
            default -> "heldout";
        };
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SeedFixture.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String l : text.split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
