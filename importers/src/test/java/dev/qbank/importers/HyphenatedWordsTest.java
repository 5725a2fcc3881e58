package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Question;
import org.junit.jupiter.api.Test;

/**
 * A word a PDF hyphenated across a line break ({@code net-} over {@code work}) is joined back in English prose; the
 * writer's own hyphens, lists and code stay as written.
 */
class HyphenatedWordsTest {
    private static final ImporterRegistry REGISTRY = ImporterRegistry.standard();

    @Test
    void aWordBrokenAtTheEndOfAProseLineIsJoinedBack() {
        assertThat(HyphenatedWords.join("A recurrent net-\nwork keeps a hidden state.", ""))
                .isEqualTo("A recurrent network keeps a hidden state.");
        // several in a row, each joined onto the line before
        assertThat(HyphenatedWords.join("regu-\nlarization with drop-\nout helps", ""))
                .isEqualTo("regularization with dropout helps");
        // the rest of the next line comes along; lines after it stay
        assertThat(HyphenatedWords.join("the gradi-\nent vanishes.\nThen", "")).isEqualTo("the gradient vanishes.\nThen");
    }

    @Test
    void theWritersHyphensStay() {
        // broken at a compound's hyphen: joined, the hyphen kept
        assertThat(HyphenatedWords.join("a state-of-the-\nart tagger", "")).isEqualTo("a state-of-the-art tagger");
        // a half shorter than a typesetter leaves
        assertThat(HyphenatedWords.join("an x-\nray image", "")).isEqualTo("an x-ray image");
        // the document spells it with its hyphen elsewhere
        assertThat(HyphenatedWords.join("a well-\nknown trick", "a well-known trick")).isEqualTo("a well-known trick");
        // an open hyphen before "and": the line stays
        assertThat(HyphenatedWords.join("both pre-\nand post-training", "")).isEqualTo("both pre-\nand post-training");
        // a list's next point, a capital, a number, Chinese: no continuation of the word
        assertThat(HyphenatedWords.join("- pre-\n- post-", "")).isEqualTo("- pre-\n- post-");
        assertThat(HyphenatedWords.join("Encoder-\nDecoder models", "")).isEqualTo("Encoder-\nDecoder models");
        assertThat(HyphenatedWords.join("GPT-\n4 is larger", "")).isEqualTo("GPT-\n4 is larger");
        assertThat(HyphenatedWords.join("注意力-\n机制", "")).isEqualTo("注意力-\n机制");
        // code, fenced or indented, is as written
        String fenced = "```\nx = a -\nb\n```";
        assertThat(HyphenatedWords.join(fenced, "")).isEqualTo(fenced);
        assertThat(HyphenatedWords.join("text:\n\n    total = a-\n    bias", "")).isEqualTo("text:\n\n    total = a-\n    bias");
    }

    @Test
    void qaAndChaptersAnswersAreJoinedToo() {
        Golden.Result qa = Golden.readText(REGISTRY.require("qa"), """
                ## Q: What is an embedding?

                A: A dense vector that repre-
                sents a token.

                ## Q: What is attention?

                A: A weighted sum of values.
                """);
        assertThat(qa.questions()).extracting(Question::answer)
                .containsExactly("A dense vector that represents a token.", "A weighted sum of values.");
        Golden.Result chapters = Golden.readText(REGISTRY.require("chapters"), """
                Chapter 1 Basics
                1. What does a convolu-
                tional layer share?
                Its weights, across every posi-
                tion of the input.
                2. What is pooling?
                """);
        assertThat(chapters.questions()).extracting(Question::question)
                .containsExactly("What does a convolutional layer share?", "What is pooling?");
        assertThat(chapters.questions().get(0).answer()).isEqualTo("Its weights, across every position of the input.");
    }
}
