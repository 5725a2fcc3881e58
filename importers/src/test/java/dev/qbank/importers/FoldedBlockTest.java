package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedBlockTest {
    @Test
    void theSummaryLosesItsTagsAndBecomesABoldLine() {
        assertThat(FoldedBlock.asMarkdown("<details><summary>🔴 <b>Answer</b></summary>\n\nIt is x.\n</details>"))
                .isEqualTo("**🔴 Answer**\n\nIt is x.");
    }

    /** A summary of 200,000 {@code <} (untrusted input): each was searched to the end of the line for its tag's end. */
    @Test
    void aLongRunOfOpeningBracketsInTheSummaryStaysText() {
        String run = "<".repeat(200_000);
        assertThat(FoldedBlock.asMarkdown("<details><summary>" + run + "<b>Answer</b></summary>It is x.</details>"))
                .isEqualTo("**" + run + "Answer**\n\nIt is x.");
    }
}
