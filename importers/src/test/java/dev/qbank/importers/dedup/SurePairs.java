package dev.qbank.importers.dedup;

import java.util.ArrayList;
import java.util.List;

/** Checks lists of question pairs against the sure-duplicate test, naming each pair that fails with its profiles. */
final class SurePairs {
    private SurePairs() {
    }

    /** The pairs of {@code pairs} whose sure-duplicate verdict is not {@code sure}, each with both profiles. */
    static List<String> notJudged(QuestionAnalyzer analyzer, String[][] pairs, boolean sure) {
        List<String> wrong = new ArrayList<>();
        for (String[] pair : pairs) {
            QuestionProfile a = analyzer.profile(pair[0]);
            QuestionProfile b = analyzer.profile(pair[1]);
            if (sure(analyzer, pair[0], pair[1]) != sure) {
                wrong.add(pair[0] + " / " + pair[1] + "   " + a + " " + b);
            }
        }
        return wrong;
    }

    /**
     * Whether the import takes the two as one question: some reading of one (its text, or it with either name it
     * declares in brackets alone: {@link QuestionAnalyzer#phrasings}) is a sure duplicate of some reading of the other.
     */
    static boolean sure(QuestionAnalyzer analyzer, String a, String b) {
        List<String> readingsA = readings(analyzer, a);
        for (String rb : readings(analyzer, b)) {
            QuestionProfile pb = analyzer.profile(rb);
            for (String ra : readingsA) {
                if (DuplicateScorer.compare(analyzer.profile(ra), pb).sure()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> readings(QuestionAnalyzer analyzer, String text) {
        List<String> out = new ArrayList<>(List.of(text));
        out.addAll(analyzer.readings(text));
        return out;
    }
}
