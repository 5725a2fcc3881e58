package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuestionTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # what a reader sees | canonical
            什么是ＬＳＴＭ？ | 什么是LSTM？
            ＶＧＧ１６和ResNet－50的区别 | VGG16和ResNet-50的区别
            学习率设为１．５会怎样？ | 学习率设为1.5会怎样？
            ＴＣＰ／ＩＰ与Ｃ＋＋ | TCP/IP与C++
            "Adam，SGD（动量）：哪个好？" | "Adam，SGD（动量）：哪个好？"
            "什么是\u200bDropout\uFEFF？" | 什么是Dropout？
            "什么是\u00a0BN\u3000层？" | 什么是 BN 层？
            "为什么要用<br>残差连接<BR/>？" | 为什么要用 残差连接 ？
            "  多个   空格\t的问题  " | 多个 空格 的问题
            "代码 `a  <br>  b` 输出什么" | "代码 `a  <br>  b` 输出什么"
            "未闭合 `a  b" | "未闭合 `a b"
            "[ ] What is the bias-variance tradeoff?" | What is the bias-variance tradeoff?
            "[x] Explain L1 vs L2." | Explain L1 vs L2.
            "[X]　什么是BN？" | 什么是BN？
            "[x]Explain" | "[x]Explain"
            "\u3000[ ] [x] 什么是BN？" | 什么是BN？
            "[1] 什么是BN？" | "[1] 什么是BN？"
            """)
    void questionTextIsCanonical(String raw, String canonical) {
        assertThat(QuestionText.question(unescape(raw))).isEqualTo(canonical);
    }

    @Test
    void answersLoseOnlyInvisibleCharactersAndEmojiKeepTheirJoiners() {
        Question q = Question.builder("什么是\u200bＢＮ？").answer("全角ＢＮ\u00a0保留\u200b。\n\n程序员：👨\u200d💻")
                .aliases(List.of("ＢＮ是什么", "BN是什么")).source(new Source("a.md", 3, "什么是\u200bＢＮ？", null, null, null, null)).build();
        Question c = QuestionText.canonical(q);
        assertThat(c.question()).isEqualTo("什么是BN？");
        assertThat(c.answer()).isEqualTo("全角ＢＮ\u00a0保留。\n\n程序员：👨\u200d💻");
        assertThat(c.aliases()).containsExactly("BN是什么");
    }

    /**
     * A {@code <br>} ending a line of an answer, prompt or explanation ({@code …不收敛。<br>}, as CSDN saves every
     * line) is dropped: the line end after it is already the break, and kept it broke the line twice on an Anki card.
     * One inside a line, a line that is only a break, and code are kept as written.
     */
    @Test
    void anHtmlBreakEndingALineIsThatLineEnd() {
        String answer = "梯度消失：越来越小；<br>梯度爆炸：不收敛。<br>\n常见原因：<BR/>\n1. 饱和 <br />\n<br>\n"
                + "```html\n<p>a<br>\nb</p>\n```\n    <td>x<br>\n最后一行<br>";
        Question q = Question.builder("什么是梯度消失？").answer(answer).prompt("什么是梯度消失？<br>\n请举例。")
                .explanation("见上。<br>").source(new Source("a.md", 3, "什么是梯度消失？", null, null, null, null)).build();
        Question c = QuestionText.canonical(q);
        assertThat(c.answer()).isEqualTo("梯度消失：越来越小；<br>梯度爆炸：不收敛。\n常见原因：\n1. 饱和\n<br>\n"
                + "```html\n<p>a<br>\nb</p>\n```\n    <td>x<br>\n最后一行");
        assertThat(c.prompt()).isEqualTo("什么是梯度消失？\n请举例。");
        assertThat(c.explanation()).isEqualTo("见上。");
        assertThat(LineEndBreaks.dropped("no break\n")).isEqualTo("no break\n");
    }

    /** A question from qbank's own export carries its id: it is a curator's text and is not rewritten. */
    @Test
    void questionsWithAnIdAreLeftAsTheBankHasThem() {
        Question q = Question.builder("什么是ＢＮ？").id("q-0123456789").source(new Source("a.json", 1, "什么是ＢＮ？", null, null, null, null)).build();
        assertThat(QuestionText.canonical(q)).isSameAs(q);
    }

    @Property
    void canonicalTextIsAFixedPoint(@ForAll String text) {
        String once = QuestionText.question(text);
        assertThat(QuestionText.question(once)).isEqualTo(once);
    }

    private static String unescape(String s) {
        return s.replace("\\u200b", "\u200b").replace("\\uFEFF", "\uFEFF").replace("\\u00a0", "\u00a0")
                .replace("\\u3000", "\u3000").replace("\\t", "\t");
    }

    /**
     * Frequency marks leave the question and its aliases for one tag per meaning; a mark's word inside the sentence,
     * stars (a level) and a text that is only a mark stay as they are.
     */
    @Test
    void frequencyMarksBecomeTags() {
        Question q = QuestionText.canonical(Question.builder("什么是BN？（高频）").tags(List.of("归一化"))
                .aliases(List.of("【必问】BN 的作用？", "🔥 Batch Norm 是什么？")).build());
        assertThat(q.question()).isEqualTo("什么是BN？");
        assertThat(q.aliases()).containsExactly("BN 的作用？", "Batch Norm 是什么？");
        assertThat(q.tags()).containsExactly("归一化", "高频", "必考");
        for (String kept : List.of("高频交易是什么？", "Why is the hot path slow?", "什么是过拟合？⭐⭐⭐", "🔥",
                "What is (hot) reload?")) {
            Question same = Question.builder(kept).build();
            assertThat(QuestionText.canonical(same)).isSameAs(same);
        }
    }
}
