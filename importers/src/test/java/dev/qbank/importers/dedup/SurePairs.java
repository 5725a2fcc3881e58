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
            if (DuplicateScorer.compare(a, b).sure() != sure) {
                wrong.add(pair[0] + " / " + pair[1] + "   " + a + " " + b);
            }
        }
        return wrong;
    }
}
