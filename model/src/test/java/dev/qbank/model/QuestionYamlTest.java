package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;

class QuestionYamlTest {
    static Question sample() {
        return Question.builder("什么是RNN？")
                .id("q-0123456789")
                .answer("RNN 是循环神经网络。\n\n- 有记忆\n- 梯度消失")
                .difficulty(Difficulty.MEDIUM)
                .topic("循环神经网络")
                .tags(List.of("深度学习", "RNN"))
                .language("zh-CN")
                .references(List.of(new Reference("https://example.org/rnn", "RNN")))
                .source(new Source("seeds/004.txt", 30, "什么是RNN？", "numbered", "30", null, null))
                .build();
    }

    /** exp29: a bank's text ends its lines in \n, however it came in (JSON with \r\n, an old Mac's \r). */
    @Test
    void lineEndsAreUnixOnes() {
        Question q = Question.builder("a\r\nb").prompt("c\rd").answer("e\r\n\r\nf").explanation("g\n").build();
        assertThat(List.of(q.question(), q.prompt(), q.answer(), q.explanation()))
                .containsExactly("a\nb", "c\nd", "e\n\nf", "g\n");
    }

    @Test
    void writesKeysInFixedOrderWithoutNullsAndReadsBack() {
        String yaml = BankStore.toYaml(sample());
        assertThat(yaml).startsWith("id: q-0123456789\nquestion: 什么是RNN？\nanswer: |");
        assertThat(yaml).doesNotContain("null").doesNotContain("prompt").doesNotContain("---");
        Question back = QbankMapper.yaml().readValue(yaml, Question.class);
        assertThat(back).isEqualTo(sample());
        assertThat(BankStore.toYaml(back)).isEqualTo(yaml);
    }

    @Test
    void repeatedTagsAndPhrasingsAreKeptOnceInFirstOrder() {
        Question q = Question.builder("什么是RNN？").id("q-1").tags(List.of("rnn", "序列", "rnn"))
                .aliases(List.of("RNN是什么", "RNN是什么")).build();
        assertThat(q.tags()).containsExactly("rnn", "序列");
        assertThat(q.aliases()).containsExactly("RNN是什么");
        assertThat(BankStore.toYaml(q)).containsOnlyOnce("- rnn").containsOnlyOnce("RNN是什么");
    }

    @Test
    void unknownFieldIsAnError() {
        assertThatThrownBy(() -> QbankMapper.yaml().readValue("question: x\nanswr: y\n", Question.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("answr");
    }

    @Test
    void duplicateKeyIsAnError() {
        assertThatThrownBy(() -> QbankMapper.yaml().readValue("question: x\nquestion: y\n", Question.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void commitWritesOnlyChangedFilesAtomically(@TempDir Path dir) throws Exception {
        BankStore store = new BankStore(dir.resolve("bank"));
        assertThat(store.commit(List.of(sample()), List.of(), BankManifest.empty())).isEqualTo(2);
        Path file = store.questionFile("q-0123456789");
        long before = Files.getLastModifiedTime(file).toMillis();
        assertThat(store.commit(List.of(sample()), List.of(), BankManifest.empty())).isZero();
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(before);
        assertThat(store.readAll()).containsExactly(sample());
        assertThat(Files.exists(store.root().resolve(".staging"))).isFalse();
    }

    @Test
    void idsAreStableAndAvoidCollisions() {
        Source s = sample().sources().get(0);
        String id = QuestionIds.assign(s, java.util.Set.of());
        assertThat(id).matches("q-[0-9a-f]{10}");
        assertThat(QuestionIds.assign(s, java.util.Set.of())).isEqualTo(id);
        assertThat(QuestionIds.assign(s, java.util.Set.of(id))).isNotEqualTo(id).startsWith(id);
        assertThat(QuestionIds.isValid(id)).isTrue();
        assertThat(QuestionIds.isValid("Q_1")).isFalse();
    }

    @Test
    void emptyOptionalStringsReadBackAsAbsent() {
        Question q = Question.builder("q").id("q-1").topic("").answer("")
                .source(new Source("f.txt", 1, "q", "numbered", "", "", "")).build();
        assertThat(q.topic()).isNull();
        assertThat(q.sources().get(0).section()).isNull();
        assertThat(QbankMapper.yaml().readValue(BankStore.toYaml(q), Question.class)).isEqualTo(q);
    }
}
