package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ConceptIndexTest {
    private static final List<SeedFixture.SeedQuestion> SEEDS = SeedFixture.questions();
    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(Glossary.builtIn());

    private static Question q(String id, String text) {
        return Question.builder(text).id(id).source(new Source("x.md", 1, text, null, null, null, null)).build();
    }

    private static DuplicateIndex indexOf(Decisions decisions, Question... questions) {
        DuplicateIndex index = Deduplication.index(Glossary.builtIn(), decisions);
        for (Question x : questions) {
            index.add(x);
        }
        return index;
    }

    @Test
    void findsRephrasingsAndNotLookAlikes() {
        DuplicateIndex index = indexOf(Decisions.none(), q("rnn", "什么是RNN？"), q("overfit", "什么是过拟合"));
        assertThat(index.findDuplicate(q(null, "什么是深度学习中的循环神经网络？"))).map(DuplicateIndex.Match::id)
                .contains("rnn");
        assertThat(index.findDuplicate(q(null, "如何解决过拟合"))).isEmpty();
    }

    @Test
    void aWordSwappedForAnotherNamesADifferentQuestion() {
        DuplicateIndex index = indexOf(Decisions.none(),
                q("dyn", "什么是图像分类中的动态多层感知机？"),
                q("local", "图像分类中的局部随机梯度下降存在哪些问题，如何解决？"),
                q("cnn", "什么是图像分类中的动态卷积神经网络？"));
        assertThat(index.findDuplicate(q(null, "什么是图像分类中的静态多层感知机？"))).isEmpty();
        assertThat(index.findDuplicate(q(null, "图像分类中的全局随机梯度下降存在哪些问题，如何解决？"))).isEmpty();
        assertThat(index.findDuplicate(q(null, "什么是图像分类中的动态区域卷积网络？"))).isEmpty();
        // adding words on one side is still a rephrasing
        assertThat(index.findDuplicate(q(null, "请简述图像分类中的动态多层感知机的定义。")))
                .map(DuplicateIndex.Match::id).contains("dyn");
    }

    @Test
    void aliasesAreFindableToo() {
        Question merged = q("bn", "Batch Normalization 的作用是什么？").toBuilder()
                .aliases(List.of("批量归一化BN到底解决了什么问题？")).build();
        DuplicateIndex index = indexOf(Decisions.none(), merged);
        assertThat(index.findDuplicate(q(null, "批量归一化BN到底解决了什么问题？"))).map(DuplicateIndex.Match::id)
                .contains("bn");
    }

    @Test
    void keepApartDecisionsAreHonoured() {
        Question a = q("a", "什么是RNN？");
        Question b = q("b", "什么是循环神经网络？");
        Decisions apart = new Decisions(List.of(new Decision(Decision.KEEP_APART, "a", "b",
                List.of(a.question()), List.of(b.question()), null, null)));
        // b comes in again from its source (no id yet): it must not join a
        assertThat(indexOf(apart, a).findDuplicate(q(null, b.question()))).isEmpty();
        assertThat(indexOf(Decisions.none(), a).findDuplicate(q(null, b.question()))).isPresent();
    }

    @Test
    void mergeDecisionsAreHonouredEvenForUnlikeTexts() {
        Question a = q("a", "什么是卷积？");
        Decisions merged = new Decisions(List.of(new Decision(Decision.MERGE, "a", "b",
                List.of(a.question()), List.of("卷积究竟在做什么事情"), null, null)));
        assertThat(indexOf(Decisions.none(), a).findDuplicate(q(null, "卷积究竟在做什么事情"))).isEmpty();
        Optional<DuplicateIndex.Match> m = indexOf(merged, a).findDuplicate(q(null, "卷积究竟在做什么事情"));
        assertThat(m).map(DuplicateIndex.Match::id).contains("a");
    }

    @Test
    void aMergeDecisionIntoAQuestionNotInTheIndexIsIgnored() {
        // The decision names "gone" (deleted from the bank since, say) as the question to merge into: the text is
        // then judged on its own, not sent to an id the bank does not have.
        Question a = q("a", "什么是卷积？");
        Decisions merged = new Decisions(List.of(new Decision(Decision.MERGE, "gone", "b",
                List.of("卷积是什么"), List.of("卷积究竟在做什么事情"), null, null)));
        assertThat(indexOf(merged, a).findDuplicate(q(null, "卷积究竟在做什么事情"))).isEmpty();
    }

    /**
     * Imports profile questions on several threads ahead of the in-order merge ({@link DuplicateIndex#prepare}):
     * that must not change a single answer. The seeds, their traditional twins and a keep-apart decision are
     * offered in order as an import would, once with and once without preparing.
     */
    @Test
    void preparingAheadOnSeveralThreadsChangesNoAnswer() {
        List<Question> incoming = new ArrayList<>();
        for (SeedFixture.SeedQuestion s : SEEDS) {
            incoming.add(q(null, s.text()));
        }
        for (SeedFixture.SeedQuestion s : SEEDS) {
            incoming.add(q(null, ZhConverterUtil.toTraditional(s.text())));
        }
        Decisions apart = new Decisions(List.of(new Decision(Decision.KEEP_APART, "q0", "q" + SEEDS.size(),
                List.of(incoming.get(0).question()), List.of(incoming.get(SEEDS.size()).question()), null, null)));
        List<String> prepared = mergeInOrder(incoming, apart, true);
        assertThat(prepared).isEqualTo(mergeInOrder(incoming, apart, false));
        // the seeds hold real rephrasings, merged by the scorer (not by equal text)
        assertThat(prepared).anySatisfy(o -> assertThat(o).contains(" -> ").doesNotEndWith("same text"));
        assertThat(prepared).doesNotContain("q" + SEEDS.size() + " -> q0 1.0 same text");
    }

    /** What an import would do with each question, in order: "qN -> qM" for a merge, "qN" for a new question. */
    private static List<String> mergeInOrder(List<Question> incoming, Decisions decisions, boolean prepare) {
        DuplicateIndex index = Deduplication.index(Glossary.builtIn(), decisions);
        List<String> outcome = new ArrayList<>();
        for (int start = 0; start < incoming.size(); start += 50) {
            List<Question> chunk = incoming.subList(start, Math.min(incoming.size(), start + 50));
            if (prepare) {
                index.prepare(chunk);
            }
            for (int i = 0; i < chunk.size(); i++) {
                String id = "q" + (start + i);
                Optional<DuplicateIndex.Match> m = index.findDuplicate(chunk.get(i));
                if (m.isPresent()) {
                    outcome.add(id + " -> " + m.get().id() + " " + m.get().score() + " " + m.get().reason());
                } else {
                    index.add(chunk.get(i).withId(id));
                    outcome.add(id);
                }
            }
        }
        return outcome;
    }

    /** Profiles made on several threads at once are the profiles made one by one. */
    @Test
    void profilingIsThreadSafe() {
        List<String> texts = new ArrayList<>();
        for (SeedFixture.SeedQuestion s : SEEDS) {
            texts.add(s.text());
            texts.add(ZhConverterUtil.toTraditional(s.text()));
            texts.add(toFullWidth(s.text()));
        }
        QuestionAnalyzer analyzer = new QuestionAnalyzer(Glossary.builtIn());
        List<String> parallel = texts.parallelStream().map(t -> analyzer.profile(t).toString()).toList();
        QuestionAnalyzer fresh = new QuestionAnalyzer(Glossary.builtIn());
        assertThat(parallel).isEqualTo(texts.stream().map(t -> fresh.profile(t).toString()).toList());
    }

    /** Keep-apart decisions are looked up by the ids and texts they name, so many of them stay cheap and exact. */
    @Test
    void manyKeepApartDecisionsOnlyAffectThePairsTheyName() {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            decisions.add(new Decision(Decision.KEEP_APART, "x" + i, "y" + i, List.of("什么是第" + i + "种网络"),
                    List.of("第" + i + "种网络是什么"), null, null));
        }
        decisions.add(new Decision(Decision.KEEP_APART, "a", "other", List.of("什么是RNN？"),
                List.of("什么是循环神经网络？"), null, null));
        Decisions many = new Decisions(decisions);
        Question a = q("a", "什么是RNN？");
        // kept apart by the text on side B, whatever id the bank question has
        assertThat(indexOf(many, q("z", "什么是RNN？")).findDuplicate(q(null, "什么是循环神经网络？"))).isEmpty();
        assertThat(indexOf(many, a).findDuplicate(q(null, "什么是循环神经网络？"))).isEmpty();
        // a pair no decision names still merges
        assertThat(indexOf(many, a).findDuplicate(q(null, "RNN是什么？"))).map(DuplicateIndex.Match::id).contains("a");
        assertThat(indexOf(many, q("c", "什么是过拟合")).findDuplicate(q(null, "过拟合是什么")))
                .map(DuplicateIndex.Match::id).contains("c");
    }

    @Provide
    Arbitrary<SeedFixture.SeedQuestion> seeds() {
        return Arbitraries.of(SEEDS);
    }

    /** Issue 4: questions written in traditional characters or full-width forms join their twins. */
    @Property(tries = 200)
    void traditionalAndFullWidthRewritesAreDuplicates(@ForAll("seeds") SeedFixture.SeedQuestion seed) {
        DuplicateIndex index = indexOf(Decisions.none(), q("twin", seed.text()));
        String traditional = ZhConverterUtil.toTraditional(seed.text());
        String fullWidth = toFullWidth(seed.text());
        assertThat(index.findDuplicate(q(null, traditional))).as(traditional).map(DuplicateIndex.Match::id)
                .contains("twin");
        assertThat(index.findDuplicate(q(null, fullWidth))).as(fullWidth).map(DuplicateIndex.Match::id)
                .contains("twin");
    }

    @Property(tries = 300)
    void comparisonIsSymmetric(@ForAll("seeds") SeedFixture.SeedQuestion x,
            @ForAll("seeds") SeedFixture.SeedQuestion y) {
        DuplicateScorer.Verdict xy = DuplicateScorer.compare(ANALYZER.profile(x.text()), ANALYZER.profile(y.text()));
        DuplicateScorer.Verdict yx = DuplicateScorer.compare(ANALYZER.profile(y.text()), ANALYZER.profile(x.text()));
        assertThat(xy.sure()).isEqualTo(yx.sure());
        assertThat(xy.score()).isEqualTo(yx.score());
    }

    @Property(tries = 100)
    void aQuestionIsNeverItsOwnDuplicate(@ForAll("seeds") SeedFixture.SeedQuestion seed) {
        Question self = q("self", seed.text());
        assertThat(indexOf(Decisions.none(), self).findDuplicate(self)).isEmpty();
    }

    private static String toFullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c > 0x20 && c < 0x7f ? (char) (c + 0xFEE0) : c == ' ' ? '\u3000' : c);
        }
        return sb.toString();
    }
}
