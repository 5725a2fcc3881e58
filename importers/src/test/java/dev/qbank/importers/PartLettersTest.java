package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The marks English lists number a question's parts with, read as their style and number. */
class PartLettersTest {
    @Test
    void lettersAndRomanNumeralsAreReadWithTheirBrackets() {
        assertThat(PartLetters.leading("  b) What is variance?")).containsExactly(new PartLetters.Mark("a)", 2));
        assertThat(PartLetters.leading("(c)Compare them.")).containsExactly(new PartLetters.Mark("(a)", 3));
        assertThat(PartLetters.leading("i. Explain it.")).containsExactly(new PartLetters.Mark("a.", 9),
                new PartLetters.Mark("i.", 1));
        assertThat(PartLetters.leading("(iv) Why?")).containsExactly(new PartLetters.Mark("(i)", 4));
        assertThat(PartLetters.leading("ix） Why?")).containsExactly(new PartLetters.Mark("i)", 9));
        assertThat(PartLetters.leading("xii. Why?")).containsExactly(new PartLetters.Mark("i.", 12));
        // no blank after the mark, a word, a capital (an option): no part
        assertThat(PartLetters.leading("e.g. weight decay")).isEmpty();
        assertThat(PartLetters.leading("so) what")).isEmpty();
        assertThat(PartLetters.leading("A. Adam")).isEmpty();
        assertThat(PartLetters.withoutMark("  (ii) Describe inference.")).isEqualTo("Describe inference.");
    }

    /**
     * imp23: an exam paper's instruction ({@code Derive}, {@code Sketch}, {@code 写出}) makes a part ask only under a
     * question that does not ask itself, and only as an instruction, not as a sentence's subject.
     */
    @Test
    void examInstructionsAskUnderAStemThatDoesNotAsk() {
        // exam verbs outside the glossary ("derive" and "show that" are the glossary's, which ask under any
        // question, see the last lines)
        List<String> exam = List.of("(a) Compute the gradient.", "(b) Sketch the loss curve.");
        assertThat(ItemParts.ask("Consider logistic regression.", exam)).isTrue();
        assertThat(ItemParts.ask("Logistic regression", exam)).isTrue();
        // under a question that asks, they are its answer's steps
        assertThat(ItemParts.ask("How is it trained?", exam)).isFalse();
        assertThat(ItemParts.ask("Explain logistic regression.", exam)).isFalse(); // a glossary imperative asks
        assertThat(ItemParts.ask("已知损失函数 L", List.of("(1) 写出梯度", "(2) 试证明其收敛", "(3) 计算 Hessian"))).isTrue();
        assertThat(ItemParts.ask("KNN 的流程？", List.of("(1) 计算距离", "(2) 取最近的 k 个"))).isFalse();
        // the verb as a noun, lower case, or one part that is no instruction: the answer's points
        assertThat(ItemParts.ask("Graphs", List.of("a) List of edges", "b) Name resolution"))).isFalse();
        assertThat(ItemParts.ask("States", List.of("(i) State machines are finite.", "(ii) State is kept."))).isFalse();
        assertThat(ItemParts.ask("Regression", List.of("(a) derive the gradient", "(b) show it converges"))).isFalse();
        assertThat(ItemParts.ask("Grid search", List.of("(a) Compute cost is high.", "(b) State space is large.")))
                .isFalse();
        assertThat(ItemParts.ask("全连接层的缺点", List.of("(1) 计算量大", "(2) 计算复杂度高"))).isFalse();
        assertThat(ItemParts.ask("BN 的作用", List.of("(1) 说明：加速收敛", "(2) 说明：有正则效果"))).isFalse();
        assertThat(ItemParts.ask("Regression", List.of("(a) Derive the gradient.", "(b) Mean squared error"))).isFalse();
        // a question mark or the glossary's imperatives ask under any question, as before
        assertThat(ItemParts.ask("How is it trained?", List.of("(a) Explain the loss.", "(b) Why log?"))).isTrue();
        assertThat(ItemParts.ask("Explain logistic regression.",
                List.of("(a) Derive the gradient.", "(b) Show that it is convex."))).isTrue();
    }
}
