package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DuplicateScorerTest {
    /**
     * The reason's percentage is rounded without a Formatter: it must be written as "%.0f" wrote it for every
     * ratio of word counts a Jaccard index can be (half-up ties such as 1/8 = 12.5% included).
     */
    @Test
    void percentIsWrittenAsFormatWroteIt() {
        for (int union = 1; union <= 400; union++) {
            for (int shared = 0; shared <= union; shared++) {
                double residual = (double) shared / union;
                assertThat(Long.toString(DuplicateScorer.percent(residual))).as(shared + "/" + union)
                        .isEqualTo(String.format(Locale.ROOT, "%.0f", residual * 100));
            }
        }
    }
}
