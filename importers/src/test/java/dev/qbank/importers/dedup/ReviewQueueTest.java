package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Question;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review queue on questions whose vocabulary the glossary does not know (invented product names, a language
 * it lacks): the rare text two phrasings share finds and ranks them (docs/dedup-report.md, review14).
 */
class ReviewQueueTest {
    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(Glossary.builtIn());

    /** Questions about invented things, so every piece of text but the ask is unknown to the glossary. */
    private static final List<String> OTHERS = List.of(
            "Plorvex的Trindle协议握手流程是什么？",
            "Why does Kelmora's snapshot scheduler skip weekends?",
            "Dravik引擎里的冷启动预热怎么配置？",
            "How is a Wuzzet ledger reconciled at month end?",
            "Snorbit里的栅栏令牌有什么作用？",
            "What limits the Tovrin mesh to sixty nodes?",
            "Grelwick仪表盘的刷新频率怎么设置？",
            "Miten Haltio-palvelun lokitiedostot kierrätetään?",
            "Кто отвечает за ротацию ключей в Фалтоне?",
            "Quibbly的灰度开关放在哪一层？");

    private static List<Question> bank(String... texts) {
        List<Question> questions = new ArrayList<>();
        List<String> all = new ArrayList<>(List.of(texts));
        all.addAll(OTHERS);
        for (int i = 0; i < all.size(); i++) {
            questions.add(Question.builder(all.get(i)).id("q" + i).build());
        }
        return questions;
    }

    private static List<ReviewQueue.Candidate> review(List<Question> questions) {
        return ReviewQueue.candidates(questions, ANALYZER, Decisions.none(), 10);
    }

    private static boolean isPair(ReviewQueue.Candidate c, String a, String b) {
        return (c.a().equals(a) && c.b().equals(b)) || (c.a().equals(b) && c.b().equals(a));
    }

    /** The first two questions of the bank are its first candidate, and its reason names these shared words. */
    private static void assertFirstPair(List<Question> questions, String... sharedWords) {
        List<ReviewQueue.Candidate> review = review(questions);
        assertThat(review).isNotEmpty();
        assertThat(isPair(review.get(0), "q0", "q1")).as(review.toString()).isTrue();
        assertThat(review.get(0).reason()).contains("shared rare words: ").contains(sharedWords);
    }

    @Test
    void twoPhrasingsSharingOnlyUnknownNamesComeFirst() {
        assertFirstPair(bank("Zorblax的Quenti缓存为什么会雪崩？", "Zorblax Quenti cache: 雪崩的原因"),
                "zorblax", "quenti", "雪崩");
    }

    @Test
    void aLanguageTheGlossaryLacksIsFoundByItsOwnRareWords() {
        assertFirstPair(bank("Miten Vrolli-välimuisti tyhjennetään turvallisesti?",
                "Kuinka tyhjennän Vrollin välimuistin turvallisesti?"), "vrolli", "turvallisesti");
    }

    @Test
    void anAlphabetWhoseSpacesTheNormaliserDropsIsFoundToo() {
        assertFirstPair(bank("Почему кэш Зорблакса теряет записи?",
                "Зорблакс: из-за чего в кэше пропадают записи"), "зорблакс");
    }

    @Test
    void aLookAlikeWithOtherUnknownWordsRanksBelowTheRealPair() {
        // q2 shares the product name and the ask with q0, but asks about another part of it
        List<ReviewQueue.Candidate> review = review(bank(
                "Zorblax的Quenti缓存为什么会雪崩？",
                "为什么Zorblax里Quenti缓存容易雪崩？",
                "Zorblax的Frimble队列为什么会堵塞？"));
        ReviewQueue.Candidate real = review.stream().filter(c -> isPair(c, "q0", "q1")).findFirst().orElseThrow();
        List<ReviewQueue.Candidate> lookAlikes = review.stream()
                .filter(c -> isPair(c, "q0", "q2") || isPair(c, "q1", "q2")).toList();
        assertThat(lookAlikes).as("the look-alike is a candidate too: %s", review).isNotEmpty();
        lookAlikes.forEach(lookAlike -> assertThat(lookAlike.score()).as(review.toString())
                .isLessThan(real.score()));
        assertThat(review.get(0)).isEqualTo(real);
    }

    @Test
    void sharingOnlyCommonWordsGivesNoLift() {
        // every question in the bank asks "what is … for": those words are not rare, so they are no evidence
        List<Question> questions = new ArrayList<>();
        String[] names = {"Zorblax", "Quenti", "Frimble", "Plorvex", "Trindle", "Kelmora", "Dravik", "Wuzzet"};
        for (int i = 0; i < names.length; i++) {
            questions.add(Question.builder(names[i] + "模块有什么作用？").id("q" + i).build());
        }
        for (ReviewQueue.Candidate c : review(questions)) {
            assertThat(c.reason()).as(c.toString()).doesNotContain("shared rare words");
        }
    }

    @Test
    void pairsTheGlossaryKnowsKeepTheScorersScore() {
        List<Question> questions = bank("什么是过拟合？", "如何解决过拟合？");
        ReviewQueue.Candidate known = review(questions).stream().filter(c -> isPair(c, "q0", "q1")).findFirst()
                .orElseThrow();
        double scorer = DuplicateScorer.compare(ANALYZER.profile("什么是过拟合？"), ANALYZER.profile("如何解决过拟合？"))
                .score();
        assertThat(known.score()).isEqualTo(scorer);
        assertThat(known.reason()).doesNotContain("rare words");
    }

    @Test
    void aCommonPieceHeldByMoreThanTheCapFindsNoCandidates() {
        // every question holds "通用" and nothing else in common: past the postings cap, so no pair is found by it
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i <= ReviewQueue.GRAM_MAX_POSTINGS; i++) {
            questions.add(Question.builder("通用 " + Integer.toString(i * 7919, 36) + "x 起什么作用").id("q" + i)
                    .build());
        }
        assertThat(review(questions)).allSatisfy(c -> assertThat(c.reason()).doesNotContain("通用"));
    }
}
