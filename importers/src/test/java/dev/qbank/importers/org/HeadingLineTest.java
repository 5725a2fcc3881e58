package dev.qbank.importers.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An org heading's parts, and the shapes that are no heading. */
class HeadingLineTest {
    @Test
    void starsKeywordTitleAndTagsAreApart() {
        HeadingLine h = HeadingLine.parse("** TODO [#A] 什么是 goroutine？        :drill:go:  ");
        assertThat(h.level()).isEqualTo(2);
        assertThat(h.keyword()).isEqualTo("TODO");
        assertThat(h.title()).isEqualTo("什么是 goroutine？");
        assertThat(h.tags()).isEqualTo(":drill:go:");
    }

    @Test
    void aTitleWithColonsInsideIsNoTagList() {
        HeadingLine h = HeadingLine.parse("* What does std::move do?");
        assertThat(h.title()).isEqualTo("What does std::move do?");
        assertThat(h.tags()).isNull();
        assertThat(HeadingLine.parse("* Ratio :a:b: of x").tags()).isNull();
    }

    @Test
    void aHeadingThatIsOnlyATagKeepsItAsItsTitle() {
        HeadingLine h = HeadingLine.parse("* :drill:");
        assertThat(h.title()).isEqualTo(":drill:");
        assertThat(h.tags()).isNull();
    }

    @Test
    void starsWithoutABlankAreNoHeading() {
        assertThat(HeadingLine.parse("**bold** text")).isNull();
        assertThat(HeadingLine.parse("text * star")).isNull();
    }

    /**
     * Untrusted input: long runs of blanks inside a title, before its tags and at its end. The single pattern this
     * replaced backtracked over each run once per position (seconds at 16k blanks, growing with the square).
     */
    @Test
    void longRunsOfBlanksKeepTheirParts() {
        String blanks = " ".repeat(200_000);
        HeadingLine h = HeadingLine.parse("* a" + blanks + "b" + blanks + ":drill:" + blanks);
        assertThat(h.title()).isEqualTo("a" + blanks + "b");
        assertThat(h.tags()).isEqualTo(":drill:");
    }

    /** Org's code marks on a long line (untrusted input): each opening mark was searched to the line's end. */
    @Test
    void codeMarksOnALongLineReadAsAShortOne() {
        String marks = "~a ".repeat(70_000);
        assertThat(OrgMarkup.inline("x " + marks + "=v= y")).endsWith("`v` y");
    }
}
