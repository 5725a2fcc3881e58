package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Dedup on questions it was not tuned on (docs/dedup-report.md, "Held-out evaluation"): each half of
 * heldout-questions.tsv imported on its own. Only the dev half's errors are written out (to
 * target/heldout-dev.txt), for improving the glossary; the test half prints its figures only.
 */
class HeldOutDedupEvaluationTest {
    @Test
    void devHalf() throws IOException {
        DedupEvaluation.Result r = DedupEvaluation.runHeldOut(Glossary.builtIn(), "dev");
        System.out.println("held-out dev: " + r.summary() + "; false merges " + r.falseMerges().size());
        StringBuilder out = new StringBuilder(r.summary()).append('\n');
        r.falseMerges().forEach(s -> out.append("false merge: ").append(s).append('\n'));
        r.missedAuto().forEach(s -> out.append("not merged:  ").append(s).append('\n'));
        r.missedWithReview().forEach(s -> out.append("not in review: ").append(s).append('\n'));
        int rank = 0;
        for (ReviewQueue.Candidate c : r.review()) {
            out.append(++rank).append('\t').append(c.score()).append('\t').append(c.textA()).append("  <->  ")
                    .append(c.textB()).append('\t').append(c.reason()).append('\n');
        }
        Files.writeString(Path.of("target", "heldout-dev.txt"), out);
    }

    @Test
    void testHalf() {
        DedupEvaluation.Result r = DedupEvaluation.runHeldOut(Glossary.builtIn(), "test");
        System.out.println("held-out test: " + r.summary() + "; false merges " + r.falseMerges().size());
    }
}
