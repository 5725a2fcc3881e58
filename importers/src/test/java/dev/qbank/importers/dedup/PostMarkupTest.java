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
}
