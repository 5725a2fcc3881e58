package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Banks read line by line keep a code block's lines as code (a numbered line, a {@code #} comment, a {@code Q:}
 * few-shot prompt, a URL) and read setext headings as headings, through the format detection the CLI uses.
 */
class CodeAndSetextImportTest {
    private record Read(String format, List<Question> questions, List<Diagnostic> warnings) {
    }

    private static Read read(String text) {
        SourceDocument doc = SourceDocument.of(Path.of("bank.md"), "bank.md", text.getBytes(StandardCharsets.UTF_8));
        Importer importer = new FormatDetector(ImporterRegistry.standard()).detect(doc).importer();
        List<Question> questions = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        importer.read(doc, questions::add, warnings::add);
        return new Read(importer.name(), questions, warnings);
    }

    @Test
    void aNumberedLineOrACommentInCodeStaysInTheNumberedAnswer() {
        Read r = read("""
                1. Python 里如何实现 softmax？
                   ```python
                   # 数值稳定：先减去最大值
                   1. e = np.exp(x - x.max())
                   2. return e / e.sum()
                   ```
                2. 什么是 dropout？
                   训练时随机丢弃神经元。
                """);
        assertThat(r.format()).isEqualTo("numbered");
        assertThat(r.questions()).extracting(Question::question)
                .containsExactly("Python 里如何实现 softmax？", "什么是 dropout？");
        assertThat(r.questions().get(0).answer()).contains("# 数值稳定：先减去最大值", "1. e = np.exp(x - x.max())",
                "2. return e / e.sum()").startsWith("```python").endsWith("```");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aFewShotPromptInAnAnswerIsNoQuestionLabel() {
        Read r = read("""
                ## 什么是 few-shot prompting？

                在提示里给出几个示例：

                ```text
                Q: 1+1=?
                A: 2
                Q: 2+3=?
                A:
                ```

                ## 什么是 chain-of-thought？

                让模型先写出推理步骤。
                """);
        assertThat(r.format()).isEqualTo("qa");
        assertThat(r.questions()).extracting(Question::question)
                .containsExactly("什么是 few-shot prompting？", "什么是 chain-of-thought？");
        assertThat(r.questions().get(0).answer()).contains("Q: 1+1=?\nA: 2");
    }

    @Test
    void aNumberedLineInCodeUnderAChapterIsCode() {
        Read r = read("""
                第一章 基础

                1. 什么是 BN？
                ```
                1. 计算均值
                2. 计算方差
                ```
                2. 什么是 LN？

                第二章 优化

                1. 什么是 Adam？
                """);
        assertThat(r.questions()).extracting(Question::question)
                .containsExactly("什么是 BN？", "什么是 LN？", "什么是 Adam？");
        assertThat(r.questions().get(0).answer()).contains("1. 计算均值", "2. 计算方差");
    }

    /** A forgotten closing fence would make every later question code; it is read as text instead. */
    @Test
    void aFenceNeverClosedLosesNoQuestion() {
        Read r = read("""
                1. 如何读取文件？
                   ```python
                   open("a.txt")
                2. 什么是 GIL？
                3. 什么是装饰器？
                """);
        assertThat(r.questions()).extracting(Question::question)
                .containsExactly("如何读取文件？", "什么是 GIL？", "什么是装饰器？");
    }

    @Test
    void setextHeadingsAreSectionsOfANumberedBank() {
        Read r = read("""
                卷积网络
                --------

                1. 什么是池化？
                2. 什么是感受野？

                循环网络
                --------

                1. 什么是 LSTM？
                """);
        assertThat(r.format()).isEqualTo("numbered");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("什么是池化？", "卷积网络"), tuple("什么是感受野？", "卷积网络"), tuple("什么是 LSTM？", "循环网络"));
        assertThat(r.questions()).extracting(q -> q.sources().get(0).line()).containsExactly(4, 5, 10);
    }

    /** A rule under an answer's last line, as plain-text banks separate questions, is no heading. */
    @Test
    void aRuleUnderAnAnswerKeepsTheAnswer() {
        Read r = read("""
                1. 什么是过拟合？

                训练集好、测试集差。
                ---

                2. 什么是欠拟合？

                两者都差。
                ---
                """);
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是过拟合？", "什么是欠拟合？");
        assertThat(r.questions().get(0).answer()).startsWith("训练集好、测试集差。");
        assertThat(r.questions().get(1).answer()).startsWith("两者都差。");
    }
}
