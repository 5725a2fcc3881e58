package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Conflict;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class QuestionMergerTest {
    private static Question q(String text, String answer, String file, int line) {
        return Question.builder(text).id("t").answer(answer)
                .source(new Source(file, line, text, null, null, null, null)).build();
    }

    @Test
    void keepsEverySourceAndPhrasingAndTheFullestAnswer() {
        Question a = q("什么是RNN？", "循环神经网络。", "a.md", 1);
        Question b = q("什么是循环神经网络？", "循环神经网络。它按时间展开，共享参数。", "b.md", 7);
        Question m = QuestionMerger.merge(a, b);
        assertThat(m.aliases()).containsExactly("什么是循环神经网络？");
        assertThat(m.sources()).extracting(Source::file).containsExactly("a.md", "b.md");
        assertThat(m.answer()).isEqualTo(b.answer());
        assertThat(m.conflicts()).isEmpty();
    }

    @Test
    void aQuestionRepeatedWordForWordInOneFileKeepsBothLinesThroughLaterMerges() {
        // seed 002 asks its Q7 again as Q34: one key (file + wording), two lines
        Question q7 = q("什么是梯度消失？", "梯度变小。", "002.txt", 40);
        Question q34 = q("什么是梯度消失？", "梯度变小。", "002.txt", 300);
        Question repeated = QuestionMerger.merge(q7, q34);
        assertThat(repeated.sources()).extracting(Source::line).containsExactly(40, 300);
        Question other = q("梯度消失是什么？", "梯度变小。", "004.txt", 9);
        assertThat(QuestionMerger.merge(other, repeated).sources()).extracting(Source::citation)
                .containsExactly("004.txt:9", "002.txt:40", "002.txt:300");
        assertThat(QuestionMerger.merge(repeated, other).sources()).extracting(Source::citation)
                .containsExactly("002.txt:40", "002.txt:300", "004.txt:9");
        // the same place twice is still one source
        assertThat(QuestionMerger.merge(repeated, q34).sources()).hasSize(2);
        // splitting the repeat off again takes its line, not the first one
        assertThat(QuestionMerger.unmerge(repeated, q7, q34).sources()).extracting(Source::line).containsExactly(40);
    }

    @Test
    void differentAnswersAreKeptAsConflicts() {
        Question a = q("什么是RNN？", "循环神经网络。", "a.md", 1);
        Question b = q("什么是循环神经网络？", "一种处理序列的网络。", "b.md", 7);
        Question m = QuestionMerger.merge(a, b);
        assertThat(m.answer()).isEqualTo(a.answer());
        assertThat(m.conflicts()).extracting(Conflict::field, Conflict::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answer", "一种处理序列的网络。"));
    }

    @Provide
    Arbitrary<Question> questions() {
        Arbitrary<String> word = Arbitraries.of("卷积", "池化", "RNN", "BN", "过拟合", "梯度");
        Arbitrary<String> text = word.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        Arbitrary<String> maybe = Arbitraries.oneOf(text, Arbitraries.just(null));
        Arbitrary<List<String>> tags = Arbitraries.of("cnn", "rnn", "basic", "hard").list().uniqueElements()
                .ofMaxSize(3);
        Arbitrary<Difficulty> difficulty = Arbitraries.of(Difficulty.EASY, Difficulty.HARD, null);
        Arbitrary<List<Reference>> refs = Arbitraries.of("https://a", "https://b", "https://c")
                .list().uniqueElements().ofMaxSize(2).map(us -> us.stream().map(u -> new Reference(u, null)).toList());
        Arbitrary<Source> source = Combinators.combine(Arbitraries.of("a.md", "b.md", "c.md"),
                Arbitraries.integers().between(1, 5), text).as((f, l, t) -> new Source(f, l, t, null, null, null, null));
        return Combinators.combine(text, maybe, maybe, difficulty, tags, refs, source.list().ofMinSize(1).ofMaxSize(2),
                text.list().ofMaxSize(2).uniqueElements())
                .as((question, answer, topic, diff, tg, rf, src, aliases) -> Question.builder(question).id("x")
                        .answer(answer).topic(topic).difficulty(diff).tags(tg).references(rf).sources(
                                distinctByKey(src))
                        .aliases(aliases.stream().filter(x -> !x.equals(question)).toList()).build());
    }

    /** A question never holds two sources with the same key (same file, same wording). */
    private static List<Source> distinctByKey(List<Source> sources) {
        java.util.Map<String, Source> byKey = new java.util.LinkedHashMap<>();
        for (Source s : sources) {
            byKey.putIfAbsent(s.key(), s);
        }
        return List.copyOf(byKey.values());
    }

    /** --split relies on this: taking back what a merged question brought restores the target exactly. */
    @Property(tries = 500)
    void unmergeUndoesMerge(@ForAll("questions") Question target, @ForAll("questions") Question duplicate) {
        Question merged = QuestionMerger.merge(target, duplicate);
        assertThat(QuestionMerger.unmerge(merged, target, duplicate)).isEqualTo(target);
    }

    @Property(tries = 300)
    void mergeLosesNoSourceOrPhrasing(@ForAll("questions") Question target, @ForAll("questions") Question duplicate) {
        Question merged = QuestionMerger.merge(target, duplicate);
        assertThat(merged.sources().stream().map(Source::key).toList())
                .containsAll(duplicate.sources().stream().map(Source::key).toList());
        List<String> phrasings = new java.util.ArrayList<>(merged.aliases());
        phrasings.add(merged.question());
        assertThat(phrasings).contains(duplicate.question()).containsAll(duplicate.aliases());
        assertThat(merged.tags()).containsAll(duplicate.tags()).containsAll(target.tags());
    }
}
