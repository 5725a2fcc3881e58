package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostMarkupTest {
    @Test
    void aChatHeadWithoutBracketsAndCustomEmojiGo() {
        assertThat(PostMarkup.strip("omar — 23:05 | what is dropout? <:thonk:123>").strip())
                .isEqualTo("what is dropout?");
        assertThat(PostMarkup.strip("kim - 9:14 pm: why relu?")).isEqualTo("why relu?");
    }

    @Test
    void aNameAndATimeInsideAQuestionStay() {
        assertThat(PostMarkup.strip("Why is GPT — 3:1 odds | a bet?")).isEqualTo("Why is GPT — 3:1 odds | a bet?");
    }

    @Test
    void trailingHashtagsGoButCSharpAndAnIssueNumberStay() {
        assertThat(PostMarkup.strip("What is dropout? #DeepLearning #ml-interviews")).isEqualTo("What is dropout?");
        assertThat(PostMarkup.strip("Why is C# garbage collected")).isEqualTo("Why is C# garbage collected");
        assertThat(PostMarkup.strip("NaN loss after step 400 #412")).isEqualTo("NaN loss after step 400 #412");
    }

    @Test
    void aWikiLinkIsItsTermOrItsShownText() {
        assertThat(PostMarkup.strip("[[Kernel trick]] — how does it work?")).isEqualTo("Kernel trick — how does it work?");
        assertThat(PostMarkup.strip("[[PCA|Principal components]] vs [[t-SNE]]"))
                .isEqualTo("Principal components vs t-SNE");
    }

    @Test
    void aQuotedQuestionIsTheQuestionAndItsReportASetting() {
        assertThat(PostMarkup.strip("Q from my onsite 🚀: \"Explain the CAP theorem.\" Loved it #SystemDesign"))
                .isEqualTo("Q from my onsite\nExplain the CAP theorem.");
        assertThat(PostMarkup.strip("They asked: “Why does dropout help?”")).isEqualTo("They asked\nWhy does dropout help?");
    }

    @Test
    void aQuotedTitleOrAQuestionAroundAQuotationStays() {
        String title = "What does \"Attention is all you need\" propose?";
        assertThat(PostMarkup.strip(title)).isEqualTo(title);
        String around = "Why did the interviewer say \"use L2.\"?";
        assertThat(PostMarkup.strip(around)).isEqualTo(around);
    }

    @Test
    void aThreadsPostNumberGoesButAFractionOrANumberInTheQuestionStays() {
        // dedup21: an X thread numbers its posts ("1/", "12/")
        assertThat(PostMarkup.strip("2/ what is SSA form?")).isEqualTo("what is SSA form?");
        assertThat(PostMarkup.strip("12/ how does TCP slow start work?")).isEqualTo("how does TCP slow start work?");
        assertThat(PostMarkup.strip("1/2 of the cache is cold: why?")).isEqualTo("1/2 of the cache is cold: why?");
        assertThat(PostMarkup.strip("Why is 2/3 of the heap young?")).isEqualTo("Why is 2/3 of the heap young?");
    }

    @Test
    void aLatexExamsMarkupAndMarksGoButBracketsInTheQuestionStay() {
        // dedup22: an exam written in LaTeX; its marks, in LaTeX or not
        assertThat(PostMarkup.strip("\\question Explain \\textbf{RAII} in C++. \\hfill [4 marks]").strip())
                .isEqualTo("Explain RAII in C++.");
        assertThat(PostMarkup.strip("What is $O(n \\log n)$ sorting? (5 pts)").replaceAll("\\s+", " ").strip())
                .isEqualTo("What is O(n n) sorting?");
        assertThat(PostMarkup.strip("Why is arr[3] slow?")).isEqualTo("Why is arr[3] slow?");
        assertThat(PostMarkup.strip("What does f(2) return?")).isEqualTo("What does f(2) return?");
    }

    @Test
    void aScreeningFormsHeadAndTickBoxesGo() {
        // dedup22: a recruiter's screening form
        assertThat(PostMarkup.strip("Java screen Q1: Ask the candidate to explain DI. ☐ yes ☐ no"))
                .isEqualTo("Ask the candidate to explain DI.");
        assertThat(PostMarkup.strip("Screening Q3 (Python backend): What is the GIL?")).isEqualTo("What is the GIL?");
        assertThat(PostMarkup.strip("Tech screen — ask: What is a decorator?")).isEqualTo("What is a decorator?");
        assertThat(PostMarkup.strip("Why screen: what is a screen reader?")).isEqualTo("what is a screen reader?");
        assertThat(PostMarkup.strip("Is ☐ a checkbox?")).isEqualTo("Is ☐ a checkbox?");
    }
}
