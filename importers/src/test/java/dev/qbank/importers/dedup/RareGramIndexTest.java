package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RareGramIndexTest {
    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(Glossary.builtIn());

    private static RareGramIndex index(String... texts) {
        List<QuestionProfile> profiles = new ArrayList<>();
        for (String t : texts) {
            profiles.add(ANALYZER.profile(t));
        }
        return new RareGramIndex(profiles);
    }

    /** Sixty filler questions that all say "what is the use of", so those words are common in the bank. */
    private static String[] withFillers(String... texts) {
        List<String> all = new ArrayList<>(List.of(texts));
        for (int i = 0; i < 60; i++) {
            all.add("what is the use of module " + Integer.toString(i * 7919 + 100_000, 36));
        }
        return all.toArray(String[]::new);
    }

    @Test
    void sharedRareWordsWeighMoreThanSharedCommonOnes() {
        RareGramIndex index = index(withFillers(
                "what is the use of the Quenti cache",
                "Quenti cache: what is it for",
                "what is the use of the Frimble queue"));
        assertThat(index.similarity(0, 1)).isGreaterThan(index.similarity(0, 2));
        assertThat(index.similarity(0, 1)).isGreaterThan(0.3);
        assertThat(index.similarity(0, 2)).isLessThan(0.1);
    }

    @Test
    void noSharedPieceIsNoSimilarity() {
        RareGramIndex index = index("Zorblax缓存", "Frimble队列", "Plorvex协议");
        assertThat(index.similarity(0, 1)).isZero();
        assertThat(index.sharedRare(0, 1, 4)).isEmpty();
    }

    @Test
    void sharedRareWordsAreShownAsWrittenRarestFirstAndCharacterPairsJoined() {
        RareGramIndex index = index(withFillers(
                "what is the use of Quenti 贝叶斯学派的",
                "Quenti: 贝叶斯学派 explained",
                "Quenti explained"));
        // "贝叶斯学派" is one run, not four character pairs, and held by two it comes before "quenti" (held by three),
        // although the text names it second; the fillers' words are too common to be shown
        assertThat(index.sharedRare(0, 1, 4)).containsExactly("贝叶斯学派", "quenti");
        assertThat(index.sharedRare(0, 1, 1)).hasSize(1);
    }

    @Test
    void aRunOfSharedPiecesIsShownWholeWhenACommonPieceIsInside() {
        // "什么" is in every question, "为什" and "么会" in two: the run reads "为什么会", not "为什, 么会"
        RareGramIndex index = index("Zorblax的Frimble队列为什么会堵塞", "Zorblax的Quenti缓存为什么会雪崩", "Plorvex是什么协议",
                "Grelwick是什么面板");
        assertThat(index.sharedRare(0, 1, 4)).containsExactly("zorblax", "为什么会");
    }
}
