package dev.qbank.importers.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Golden;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.LevelLabels;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.notion.NotionImporter;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QaImporterTest {
    private static final String SEED = "002_574ce3207053ca75.txt";
    private final QaImporter importer = new QaImporter();

    @Test
    void seedGolden() {
        Golden.Result result = Golden.readSeed(importer, SEED);
        assertThat(result.questions()).hasSize(40);
        assertThat(result.warnings()).isEmpty();
        Golden.assertMatches("qa", "seed-002.expected.yaml", result.toYaml());
    }

    @Test
    void seedQuestionsAreNumberedOneToFortyWithTheirLines() {
        List<Question> qs = Golden.readSeed(importer, SEED).questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 40).mapToObj(String::valueOf).toList());
        Question first = qs.get(0);
        assertThat(first.question()).isEqualTo("什么是深度学习？");
        assertThat(first.sources().get(0).line()).isEqualTo(3);
        assertThat(first.sources().get(0).file()).isEqualTo("seeds/" + SEED);
        assertThat(first.sources().get(0).format()).isEqualTo("qa");
        assertThat(first.language()).isEqualTo("zh-CN");
        assertThat(first.prompt()).isEqualTo("请简述深度学习的定义和基本原理。");
        assertThat(first.answer()).startsWith("深度学习是一种人工智能的子领域").doesNotContain("**答案");
        assertThat(first.explanation()).startsWith("深度学习模型通常由多个层级组成").endsWith("sigmoid、ReLU 和 tanh 等。");
        assertThat(qs).allSatisfy(q -> {
            assertThat(q.prompt()).isNotBlank();
            assertThat(q.answer()).isNotBlank();
        });
        assertThat(qs.stream().filter(q -> q.explanation() != null)).hasSize(1);
    }

    @Test
    void answersKeepTheirMarkdownListsAndBoldSubheadings() {
        Question q3 = Golden.readSeed(importer, SEED).questions().get(2);
        assertThat(q3.answer()).isEqualTo("""
                在深度学习中，前向传播和反向传播是训练神经网络的两个关键步骤。

                **前向传播（Forward Propagation）：**
                1. 从输入层开始，逐层计算每个神经元的输入和输出值。
                2. 通过激活函数，将每个神经元的输出传递到下一层。
                3. 最终，在输出层得到模型的预测结果。

                **反向传播（Back Propagation）：**
                1. 从输出层开始，计算每个神经元的输出误差。
                2. 通过误差信号，反向传播计算各层神经元的误差梯度。
                3. 利用梯度下降或其他优化算法，更新各神经元的权重和偏置项。
                4. 重复前向传播和反向传播过程，直到模型收敛。""");
    }

    @Test
    void variantsWithCrlfAndBomGolden() {
        Golden.Result result = Golden.readFixture(importer, "qa", "variants-crlf-bom.md");
        Golden.assertMatches("qa", "variants-crlf-bom.expected.yaml", result.toYaml());
        List<Question> qs = result.questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是批归一化？", "梯度下降有哪些变体？",
                "什么是 dropout？", "没有编号的问题：什么是早停？", "只有题目没有答案的题？", "What is a learning rate?");
        assertThat(qs.get(0).prompt()).isEqualTo("请解释 Batch Normalization 的作用。");
        assertThat(qs.get(0).answer()).isEqualTo("BN 对每个 mini-batch 的激活做标准化，\n再用可学习的缩放和平移恢复表达能力。");
        assertThat(qs.get(1).sources().get(0).number()).isEqualTo("2");
        assertThat(qs.get(1).answer()).contains("- 批量梯度下降\n  - 每次使用全部数据");
        assertThat(qs.get(3).sources().get(0).number()).isNull();
        assertThat(qs.get(3).answer()).isEqualTo("训练到验证集误差不再下降时停止。");
        assertThat(qs.get(3).explanation()).isEqualTo("一种隐式正则化。");
        assertThat(qs.get(4).answer()).isNull();
        assertThat(qs.get(5).language()).isEqualTo("en");
        assertThat(qs.get(5).explanation()).isEqualTo("Too large diverges, too small is slow.");
        assertThat(qs).allSatisfy(q -> assertThat(q.sources().get(0).section()).isEqualTo("面试题精选（变体）"));
    }

    @Test
    void codeBlocksTablesAndSectionsGolden() {
        Golden.Result result = Golden.readFixture(importer, "qa", "rich-answers.md");
        Golden.assertMatches("qa", "rich-answers.expected.yaml", result.toYaml());
        List<Question> qs = result.questions();
        assertThat(qs).hasSize(4);
        assertThat(qs.get(0).answer()).contains("```python\nimport torch.nn as nn\n\n# **答案：** inside code",
                "| kernel_size | 卷积核大小，如 3*3 |", "> 注意：padding=1 时输出尺寸不变。");
        assertThat(qs.get(0).explanation()).isEqualTo("卷积核大小为 k 时，padding=(k-1)/2 保持尺寸。");
        assertThat(qs.get(0).sources().get(0).section()).isEqualTo("卷积网络");
        assertThat(qs.get(1).answer()).endsWith("    这是一个缩进代码块\n    second line").doesNotContain("---");
        assertThat(qs.get(1).explanation()).isNull();
        assertThat(qs.get(2).prompt()).isEqualTo("LSTM 中的门结构有哪些？");
        assertThat(qs.get(2).answer()).isEqualTo("三个：输入门、遗忘门、输出门。");
        assertThat(qs.get(2).sources().get(0).section()).isEqualTo("循环网络");
        assertThat(qs.get(3).prompt()).startsWith("GRU 把遗忘门");
        assertThat(qs.get(3).answer()).startsWith("GRU 参数更少。\n\n#### 公式\n\n$$h_t = (1 - z_t) * h_{t-1}");
        assertThat(qs.get(3).explanation()).isEqualTo("小标题属于答案，之后的解析仍属于本题。");
        // the introduction under 循环网络, between questions, is named where it stands
        assertThat(result.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("preamble", 1), tuple("outside-question", 45));
    }

    @Test
    void sniffClaimsOnlyQaDocuments() {
        assertThat(importer.sniff(seed(SEED))).isGreaterThan(0.9);
        assertThat(importer.sniff(seed("003_ebb4cdbd02d21701.txt"))).isZero();
        assertThat(importer.sniff(seed("000_19ee16e00da61554.txt"))).isLessThan(FormatDetector.MIN_CONFIDENCE);
        assertThat(importer.sniff(seed("004_0c49a7a0fc5058d2.txt"))).isZero();
        assertThat(importer.sniff(text("| 题目 | 答案 |\n| --- | --- |\n| **答案：** x | y |\n"))).isZero();
        assertThat(importer.sniff(text("1. 什么是答案？\n2. **答案** 是什么？\n"))).isZero();
    }

    @Test
    void detectionPicksQaForTheSeedAndFixtures() {
        FormatDetector detector = new FormatDetector(ImporterRegistry.standard());
        assertThat(detector.detect(seed(SEED)).importer().name()).isEqualTo("qa");
        assertThat(new NotionImporter().sniff(seed(SEED))).isZero();
        for (String f : List.of("variants-crlf-bom.md", "rich-answers.md")) {
            SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("qa").resolve(f), f);
            assertThat(detector.detect(doc).importer().name()).as(f).isEqualTo("qa");
        }
    }

    @Test
    void labelBeforeAnyQuestionIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> read("intro\n\n**答案：** 42\n\n### 1. q\n\n**答案：** a\n"))
                .isInstanceOf(QbankException.class)
                .satisfies(e -> {
                    Diagnostic d = ((QbankException) e).diagnostics().get(0);
                    assertThat(d.file()).isEqualTo("x.md");
                    assertThat(d.line()).isEqualTo(3);
                    assertThat(d.message()).contains("答案", "heading");
                });
    }

    @Test
    void aDocumentWithoutQuestionsIsAnError() {
        assertThatThrownBy(() -> read("# Title\n\njust prose\n"))
                .isInstanceOf(QbankException.class).hasMessageContaining("x.md").hasMessageContaining("--format");
    }

    @Test
    void boldProseStartingWithALabelWordIsNotALabel() {
        List<Question> qs = read("### 1. q\n\n**答案：** a\n\n**答案**是这样得出的。\n");
        assertThat(qs.get(0).answer()).isEqualTo("a\n\n**答案**是这样得出的。");
    }

    @Test
    void aLabelRightUnderAListOrQuoteStillOpensASection() {
        List<Question> qs = read("### 1. q\n**题目：** p\n1. a\n**答案：** b\n> quoted\n**解析：** c\n\n  **答案：** d\n");
        assertThat(qs.get(0).prompt()).isEqualTo("p\n1. a");
        assertThat(qs.get(0).answer()).isEqualTo("b\n> quoted\n\nd"); // an indented label is still a label
        assertThat(qs.get(0).explanation()).isEqualTo("c");
    }

    @Test
    void repeatedSectionsAreJoinedInOrder() {
        List<Question> qs = read("## 1. q\n\n**Answer:** one\n\n**解释：** why\n\n**答案：** two\n");
        assertThat(qs.get(0).answer()).isEqualTo("one\n\ntwo");
        assertThat(qs.get(0).explanation()).isEqualTo("why");
    }

    @Test
    void plainLabelsAtTheStartOfALineOpenSectionsLikeBoldOnes() {
        Golden.Result result = Golden.readFixture(importer, "qa", "plain-labels.md");
        assertThat(result.warnings()).isEmpty();
        Question q2 = result.questions().get(1);
        assertThat(q2.question()).isEqualTo("解释残差连接");
        assertThat(q2.prompt()).isEqualTo("残差连接解决了什么问题？");
        assertThat(q2.answer()).isEqualTo("缓解深层网络的退化问题，使梯度能直接传回浅层。");
        assertThat(q2.explanation()).isEqualTo("ResNet 首次提出。");

        List<Question> qs = read("## 1. q\n\nQuestion: p\nAnswer: a\n解析:e\n答案是这样得出的。\n");
        assertThat(qs.get(0).prompt()).isEqualTo("p");
        assertThat(qs.get(0).answer()).isEqualTo("a");
        assertThat(qs.get(0).explanation()).isEqualTo("e\n答案是这样得出的。"); // no colon: prose, not a label
    }

    /**
     * A SQL or LeetCode-style bank: headings that state a task ("Find …", "Reverse …", "实现 …") over their solution's
     * code are questions, the code the answer. Before, such a file was refused as unrecognised. A README's headings
     * over shell blocks (no task verb, or a lone one) stay sections.
     */
    @Test
    void headingsStatingATaskOverCodeAreQuestions() {
        String bank = """
                # Coding drills

                ### Reverse a singly linked list

                ```python
                def reverse(head):
                    prev = None
                    return prev
                ```

                ### Given a sorted array, return the index of a target

                Binary search.

                ```java
                int search(int[] a, int t) { return -1; }
                ```

                ### 实现一个 LRU 缓存

                ```java
                class Lru {}
                ```
                """;
        SourceDocument doc = text(bank);
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("qa");
        List<Question> qs = read(bank);
        assertThat(qs).extracting(Question::question).containsExactly("Reverse a singly linked list",
                "Given a sorted array, return the index of a target", "实现一个 LRU 缓存");
        assertThat(qs.get(0).answer()).startsWith("```python\ndef reverse(head):");
        assertThat(qs.get(1).answer()).startsWith("Binary search.");

        String readme = """
                # Tool

                ### Installation

                ```bash
                pip install tool
                ```

                ### Usage

                ```bash
                tool --help
                ```

                ### Find the config file

                ```bash
                tool --where
                ```
                """;
        assertThat(importer.sniff(text(readme))).isZero();
        // a task heading over prose, not code, is no question either
        assertThat(importer.sniff(text("### Find the median\n\nSort, then take the middle.\n\n"
                + "### Merge two lists\n\nWalk both.\n"))).isZero();
    }

    @Test
    void plainLabelWordsOutsideQuestionsAreProse() {
        // before the first question, and under a heading of the document: no error, no question made of it
        List<Question> qs = read("说明：本题库整理自网络。\n\n## 第一部分\n\n问题：以下各题\n\n### 1. q\n\n答案：a\n");
        assertThat(qs).extracting(Question::question).containsExactly("q");
        assertThat(qs.get(0).answer()).isEqualTo("a");
        assertThat(qs.get(0).sources().get(0).section()).isEqualTo("第一部分");
    }

    @Test
    void plainLabelsUnderNumberedHeadingsAreDetectedAsQa() {
        SourceDocument plain = text("### 1. a\n\n题目：p\n\n答案：x\n\n### 2. b\n\n答案：y\n");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(plain).importer().name()).isEqualTo("qa");
        assertThat(importer.sniff(text("# 笔记\n\n答案：x\n\n说明：y\n"))).isZero();
    }

    @Test
    void qNumberedHeadingsAreNumberedLikeTheOthers() {
        List<Question> qs = Golden.readFixture(importer, "qa", "mixed-numbering.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly(
                "什么是对比学习？", "什么是 SimCLR？", "什么是 MoCo？", "什么是 BYOL？", "什么是 DINO？");
        assertThat(qs).extracting(q -> q.sources().get(0).number()).containsExactly("1", "2", "3", "4", "5");
        assertThat(read("### Q6：a\n\n**答案：** x\n\n### q7. b\n\n**答案：** y\n"))
                .extracting(q -> q.question() + "/" + q.sources().get(0).number()).containsExactly("a/6", "b/7");
    }

    @Test
    void oneCharacterLabelsOpenSections() {
        Golden.Result result = Golden.readFixture(importer, "qa", "short-labels.md");
        List<Question> qs = result.questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是过拟合？", "如何缓解过拟合？",
                "What is early stopping?", "What is a learning rate?");
        assertThat(qs.get(0).answer()).isEqualTo("模型在训练集上表现好、在测试集上表现差。");
        assertThat(qs.get(1).prompt()).isEqualTo("有哪些常用方法？");
        assertThat(qs.get(1).answer()).isEqualTo("1. 增加数据\n2. 正则化");
        assertThat(qs.get(2).prompt()).isEqualTo("Explain early stopping.");
        assertThat(qs.get(2).answer()).isEqualTo("Stop training when the validation loss stops improving.");
        assertThat(qs.get(3).prompt()).isEqualTo("What does the learning rate control?");
        assertThat(qs.get(3).answer()).isEqualTo("The step size of each update.");
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("qa/short-labels.md"), "short-labels.md");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("qa");
        // a lower-case "a:" line is prose, not a label
        assertThat(read("### 1. t\n\n**答案：** x\na: y\n").get(0).answer()).isEqualTo("x\na: y");
    }

    @Test
    void subNumbersNthQuestionAndQuestionNHeadingsAreNumbers() {
        List<Question> qs = Golden.readFixture(importer, "qa", "heading-numbers.md").questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number() + "/" + q.question()).containsExactly(
                "1.1/卷积的输出尺寸怎么算？", "1.2/什么是空洞卷积？", "3/NMS 的缺点？", "4/What is an anchor box?",
                "null/2023 年的新方法");
    }

    @Test
    void theHeadingAQuestionIsFiledUnderIsItsTopic() {
        List<Question> qs = Golden.readFixture(importer, "qa", "heading-numbers.md").questions();
        assertThat(qs).extracting(Question::topic).containsExactly("卷积", "卷积", "检测", "检测", "检测");
        assertThat(read("### 1. a\n\n**答案：** x\n").get(0).topic()).isNull();
    }

    @Test
    void collapsedDetailsAnswersAreAnswers() {
        Golden.Result result = Golden.readFixture(importer, "qa", "details-answers.md");
        List<Question> qs = result.questions();
        assertThat(qs).extracting(Question::question).containsExactly("What is backpropagation?",
                "What is the purpose of an activation function?", "Why normalise inputs?");
        assertThat(qs.get(0).answer()).isEqualTo("Backpropagation applies the chain rule to compute the gradient of "
                + "the loss for every weight.\n\n```python\nloss.backward()\n```");
        assertThat(qs.get(1).answer()).isEqualTo("It adds non-linearity.");
        assertThat(qs.get(2).answer()).isEqualTo("加快收敛，让各特征尺度一致。");
        assertThat(qs).extracting(Question::prompt).containsOnlyNulls();
        assertThat(detectedFormat("details-answers.md")).isEqualTo("qa");
    }

    @Test
    void withoutAnyLabelTheTextUnderANumberedHeadingIsTheAnswer() {
        List<Question> qs = Golden.readFixture(importer, "qa", "unlabelled-answers.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是协同过滤？", "召回和排序的区别是什么？",
                "什么是冷启动问题？");
        assertThat(qs).extracting(Question::prompt).containsOnlyNulls();
        assertThat(qs.get(1).answer()).isEqualTo("召回从海量物品中快速选出候选集，排序对候选集精细打分。\n\n"
                + "- 召回：多路召回、向量召回\n- 排序：CTR 预估模型");
        assertThat(detectedFormat("unlabelled-answers.md")).isEqualTo("qa");
        // one numbered heading over prose is not enough to call a file a Q&A document
        assertThat(importer.sniff(text("# Notes\n\n## 1. Intro\n\nSome text.\n"))).isZero();
    }

    @Test
    void aNumberedHeadingRightAboveDeeperNumberedOnesIsAPartNotAQuestion() {
        List<Question> qs = Golden.readFixture(importer, "qa", "numbered-parts.md").questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number() + "/" + q.question() + "/" + q.topic())
                .containsExactly("1.1/什么是过拟合？/基础篇", "1.2/什么是正则化？/基础篇", "2.1/什么是 EM 算法？/进阶篇");
        // a question whose answer opens with a sub-heading is still a question
        assertThat(read("## 1. 什么是 X？\n\n### 定义\n\n**答案：** y\n")).extracting(Question::question)
                .containsExactly("什么是 X？");
    }

    /** Answer labels under list items, the items under section headings (a Word list's shape): a numbered list. */
    @Test
    void answeredListItemsUnderSectionHeadingsAreNotHeadingQuestions() {
        String text = "# 面试题整理\n## 一、卷积神经网络\n1、什么是感受野？\n**答：**输入区域。\n2、池化有什么用？\n"
                + "**答：**降维。\n## 二、循环神经网络\n1、LSTM 有几个门？\n**答：**三个。\n";
        SourceDocument doc = SourceDocument.of(java.nio.file.Path.of("x.md"), "x.md",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name())
                .isEqualTo("numbered");
        // one answer under each numbered heading stays a Q&A document
        assertThat(importer.sniff(SourceDocument.of(java.nio.file.Path.of("y.md"), "y.md",
                "## 1. 什么是 X？\n**答案：** x\n1. 第一点\n## 2. 什么是 Y？\n**答案：** y\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(0.95);
    }

    /**
     * English notes writing the dotted labels in bold, {@code **Q.** question} over {@code **Ans.** answer}, were
     * refused as unrecognised, or, when an answer held a numbered list, read as a numbered list of its points.
     */
    @Test
    void boldDottedLabelsArePairs() {
        String bank = "## OS\n\n**Q.** What is a race condition?\n\n**Ans.** Results depend on timing.\n\n"
                + "**Q.** What happens on a page fault?\n\n**Ans.**\n1. The MMU traps.\n2. The kernel loads the page.\n\n"
                + "**Q.** Which is an activation?\nA. Adam\nB. ReLU\n\n**Ans.** B\n";
        assertThat(Golden.detect(bank)).isEqualTo("qa");
        List<Question> qs = read(bank);
        assertThat(qs).extracting(Question::question).containsExactly("What is a race condition?",
                "What happens on a page fault?", "Which is an activation?");
        assertThat(qs).extracting(Question::answer).containsExactly("Results depend on timing.",
                "1. The MMU traps.\n2. The kernel loads the page.", "B");
        assertThat(qs.get(2).prompt()).isEqualTo("Which is an activation?\n\nA. Adam\nB. ReLU");
        assertThat(qs).extracting(Question::topic).containsOnly("OS");
        // a bold "**A.**" is a choice's letter, never the answer's label; bold letters are options as plain ones are
        // (they were joined into the question, "Pick one. A. Adam B. ReLU"), and so is a bold option (the right one)
        List<Question> bold = read("**Q.** Pick one.\n**A.** Adam\n**B.** ReLU\n\n**Ans.** B\n\n**Q.** x?\n\n**Ans.** y\n\n"
                + "**Q.** Which is an optimiser?\nA. ReLU\n**B. Adam**\nC. Tanh\n\n**Ans.** B\n");
        assertThat(bold).extracting(Question::question, Question::answer).containsExactly(tuple("Pick one.", "B"),
                tuple("x?", "y"), tuple("Which is an optimiser?", "B"));
        assertThat(bold.get(0).prompt()).isEqualTo("Pick one.\n\n**A.** Adam\n**B.** ReLU");
        assertThat(bold.get(2).prompt()).isEqualTo("Which is an optimiser?\n\nA. ReLU\n**B. Adam**\nC. Tanh");
    }

    /** A Yuque answer showing code kept the anchor of the next heading ({@code <a name="x"></a>}) after its code. */
    @Test
    void yuqueMarkupGoesAroundCodeToo() {
        List<Question> qs = read("<a name=\"a1\"></a>\n## 1. fork 之后呢？\n<font color=red>写时复制</font>：\n\n"
                + "```c\n<a name=\"kept\"></a>\nfork();\n```\n\n:::tips\n注意\n:::\n\n<a name=\"a2\"></a>\n"
                + "## 2. 什么是 DMA？\n直接内存访问。\n");
        assertThat(qs).extracting(Question::answer).containsExactly(
                "写时复制：\n\n```c\n<a name=\"kept\"></a>\nfork();\n```\n\n> 注意", "直接内存访问。");
    }

    @Test
    void aTableInALabelledAnswerLeavesTheDocumentAQaDocument() {
        // the answer's table has a 问题 column (its problems): it is no bank of questions
        String page = """
                # 面试题

                ### 1. 优化器对比

                **问题：** 比较 SGD 和 Adam。

                **参考答案：**

                | 优化器 | 问题 |
                | --- | --- |
                | SGD | 收敛慢 |
                | Adam | 泛化稍差 |

                ### 2. 什么是早停？

                **问题：** 说明早停的做法。

                **参考答案：** 验证集损失不再下降时停止训练。
                """;
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(text(page)).importer().name())
                .isEqualTo("qa");
        List<Question> qs = read(page);
        assertThat(qs).extracting(Question::question).containsExactly("优化器对比", "什么是早停？");
        assertThat(qs.get(0).answer()).startsWith("| 优化器 | 问题 |").contains("| Adam | 泛化稍差 |");
        // a table of questions under a heading of its own, after an answer, is still one
        String bank = "## 说明\n\n答：见下表。\n\n## 题目\n\n| 题目 | 难度 |\n| --- | --- |\n| 什么是过拟合？ | 简单 |\n";
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(text(bank)).importer().name())
                .isEqualTo("table");
    }

    @Test
    void anAnswerQuotedUnderItsLabelLosesTheQuoteAndTheLabel() {
        List<Question> qs = read("# 面试题\n\n### 1. 什么是 BPE？\n\n> 答案\n>\n> 反复合并最常见的相邻符号对。\n> 得到子词词表。\n\n"
                + "### 2. 为什么用 [MASK]？\n\n> **答案：** 为了双向地看上下文。\n\n"
                + "### 3. 什么是 Word2Vec？\n\n> Answer: CBOW and skip-gram.\n\n"
                + "### 4. 什么是 GloVe？\n\n**答案：** 见下。\n\n> 注意：一个引用，不是标签。\n");
        assertThat(qs).extracting(Question::answer).containsExactly("反复合并最常见的相邻符号对。\n得到子词词表。",
                "为了双向地看上下文。", "CBOW and skip-gram.", "见下。\n\n> 注意：一个引用，不是标签。");
    }

    private static String detectedFormat(String fixture) {
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("qa").resolve(fixture), fixture);
        return new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name();
    }

    @Test
    void questionsNumberedInChineseNumeralsAreNumbered() {
        List<Question> qs = read("### 第一题：什么是过拟合？\n\n**答案：** 训练好测试差\n\n"
                + "### 第十二题 什么是欠拟合？\n\n**答案：** 都不好\n");
        assertThat(qs).extracting(Question::question).containsExactly("什么是过拟合？", "什么是欠拟合？");
        assertThat(qs).extracting(q -> q.sources().get(0).number()).containsExactly("1", "12");
    }

    private List<Question> read(String text) {
        List<Question> out = new ArrayList<>();
        importer.read(text(text), out::add, w -> { });
        return out;
    }

    private static SourceDocument text(String s) {
        return SourceDocument.of(Path.of("x.md"), "x.md", s.getBytes(StandardCharsets.UTF_8));
    }

    private static SourceDocument seed(String name) {
        return SourceDocument.load(Golden.SEEDS.resolve(name), "seeds/" + name);
    }

    @Test
    void aPartHeadingsNumberAndQuestionCountAreNotPartOfTheTopic() {
        List<Question> qs = Golden.readFixture(importer, "qa", "part-counts.md").questions();
        assertThat(qs).extracting(Question::topic).containsExactly("基础篇", "基础篇", "微调篇", "微调篇");
        assertThat(qs.get(2).sources().get(0).section()).isEqualTo("第二部分：微调篇 (2题)");
    }

    @Test
    void difficultyAndTagLinesAreTheEntrysDifficultyAndTagsNotText() {
        Golden.Result r = Golden.readFixture(importer, "qa", "metadata-lines.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::difficulty).containsExactly(dev.qbank.model.Difficulty.MEDIUM,
                dev.qbank.model.Difficulty.HARD, null);
        assertThat(qs).extracting(Question::tags).containsExactly(List.of("RNN", "优化"), List.of("BN", "CNN"),
                List.of("cnn", "pooling"));
        assertThat(qs.get(0).prompt()).isEqualTo("请解释梯度消失现象及原因。");
        assertThat(qs.get(0).answer()).isEqualTo("梯度消失指反向传播时梯度逐层变小。\n\n- 激活函数饱和\n- 网络过深");
        // text under a metadata line goes on with the section above it
        assertThat(qs.get(1).answer()).isEqualTo("加速收敛。\n\n也能起到一定的正则化作用。");
        assertThat(qs.get(2).answer()).isEqualTo("Takes the maximum of each window.");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).contains(
                org.assertj.core.groups.Tuple.tuple("difficulty", 35));
    }

    @Test
    void qNumberedHeadingsEachWithAPlainLabelAreQaNotNotionToggleHeadings() {
        assertThat(detectedFormat("q-headings-plain-labels.md")).isEqualTo("qa");
        List<Question> qs = Golden.readFixture(importer, "qa", "q-headings-plain-labels.md").questions();
        assertThat(qs).extracting(Question::question, Question::answer, Question::explanation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是交叉熵？", "衡量两个分布差异。", null),
                org.assertj.core.groups.Tuple.tuple("为什么用交叉熵不用 MSE？", "MSE + sigmoid 梯度小。", "交叉熵的梯度与误差成正比。"));
    }

    @Test
    void aLevelInBracketsAfterAHeadingIsTheQuestionsDifficulty() {
        List<Question> qs = read("### 1. 什么是 ResNet？【简单】\n\n**答案：** x\n\n### 2. 什么是 GAN？（困难）\n\n"
                + "**难度：** 中等\n\n**答案：** y\n");
        assertThat(qs).extracting(Question::question, Question::difficulty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是 ResNet？", dev.qbank.model.Difficulty.EASY),
                org.assertj.core.groups.Tuple.tuple("什么是 GAN？", dev.qbank.model.Difficulty.MEDIUM));
    }

    @Test
    void anAnswerOfOnlyReferenceLinesIsTheQuestionsReferences() {
        List<Question> qs = Golden.readFixture(importer, "qa", "reference-answers.md").questions();
        assertThat(qs).extracting(Question::answer).containsOnlyNulls();
        assertThat(qs).extracting(q -> q.references().get(0).url()).containsExactly("https://zhuanlan.zhihu.com/p/1",
                "https://zhuanlan.zhihu.com/p/2");
        assertThat(qs).extracting(Question::topic).containsOnly("基础");
        // a link inside a sentence is answer text
        assertThat(read("### 1. q\n\n见 https://a.org/x 的说明\n\n### 2. r\n\nx\n").get(0).answer())
                .isEqualTo("见 https://a.org/x 的说明");
    }

    /**
     * Q/A pairs under section headings ("## 基础" over several bold Q and A labels): each pair is a question asked
     * by its prompt, filed under the heading, even under a heading that holds one pair. Before, the pairs of one
     * heading were glued into one question titled "基础".
     */
    @Test
    void qaPairsUnderASectionHeadingAreQuestionsOfThatSection() {
        List<Question> qs = read("# 面试题\n\n## 基础\n\n**Q：** 什么是过拟合？\n\n**A：** 训练集好测试集差。\n\n"
                + "**Q：** 什么是欠拟合？\n**A：** 都差。\n\n## 进阶\n\n**Q：** 什么是Dropout？\n\n**A：** 随机丢弃。\n");
        assertThat(qs).extracting(Question::question).containsExactly("什么是过拟合？", "什么是欠拟合？", "什么是Dropout？");
        assertThat(qs).extracting(Question::answer).containsExactly("训练集好测试集差。", "都差。", "随机丢弃。");
        assertThat(qs).extracting(Question::topic).containsExactly("基础", "基础", "进阶");
        assertThat(qs).extracting(q -> q.prompt()).containsOnlyNulls();
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactly(5, 9, 14);
        // one pair per numbered heading is the usual shape, and stays as it was: the heading asks, the label prompts
        Question numbered = read("### 1. 过拟合\n\n**题目：** 什么是过拟合？\n\n**答案：** x\n").get(0);
        assertThat(numbered.question()).isEqualTo("过拟合");
        assertThat(numbered.prompt()).isEqualTo("什么是过拟合？");
    }

    /**
     * GitHub's collapsed Q&A: the question in a {@code <summary>}, the answer inside its {@code <details>}. Such files
     * were refused as unrecognised; a summary that only asks to be opened ("点击查看答案") kept the HTML in the
     * prompt.
     */
    @Test
    void detailsWithTheQuestionInTheSummaryAreQuestions() {
        Golden.Result r = Golden.readFixture(importer, "qa", "details-questions.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("What is a receptive field?",
                "Why use 1x1 convolutions?", "什么是学习率预热？", "什么是梯度裁剪？");
        assertThat(qs).extracting(q -> q.sources().get(0).number()).containsExactly("1", "2", null, "3");
        assertThat(qs).extracting(Question::topic).containsExactly("CNN", "CNN", "训练", "训练");
        assertThat(qs.get(0).answer()).isEqualTo("The region of the input that affects one output unit.");
        assertThat(qs.get(1).answer()).isEqualTo("To change the number of channels cheaply.");
        assertThat(qs.get(2).answer()).startsWith("前几个 epoch").endsWith("```");
        assertThat(qs.get(2).difficulty()).isEqualTo(dev.qbank.model.Difficulty.MEDIUM);
        // a summary that only says to open it wraps the answer; another under a question is part of its answer
        assertThat(qs.get(3).answer()).startsWith("把梯度范数限制在阈值内。").contains("clip_grad_norm_")
                .doesNotContain("点击");
        assertThat(qs).extracting(Question::prompt).containsOnlyNulls();
        assertThat(detectedFormat("details-questions.md")).isEqualTo("qa");
    }

    /**
     * Notes written as 问：/答： or Q:/A: pairs (plain or bold labels) without any question heading: each prompt is a
     * question. Such files were refused as unrecognised, or failed with a label-outside-question error.
     */
    @Test
    void labelPairsWithoutHeadingsAreQuestions() {
        Golden.Result r = Golden.readFixture(importer, "qa", "label-pairs.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是过拟合？", "如何解决过拟合？", "什么是交叉验证？",
                "What is precision?", "What is recall?");
        assertThat(qs).extracting(Question::answer).containsExactly("模型在训练集上表现很好，但在测试集上表现差。",
                "- 增加数据\n- 正则化", "把数据分成 k 份，轮流做验证集。", "TP / (TP + FP).",
                "TP / (TP + FN).\nIt is also called sensitivity.");
        assertThat(qs).extracting(Question::topic).containsExactly(null, null, null, "Metrics", "Metrics");
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactly(3, 6, 13, 19, 22);
        assertThat(detectedFormat("label-pairs.md")).isEqualTo("qa");
    }

    /** '### Q1 title' (no mark after the number) over a bold label alone on its line was refused as unrecognised. */
    @Test
    void qNumberedHeadingsWithoutAMarkAndLabelsAloneOnTheirLine() {
        List<Question> qs = Golden.readFixture(importer, "qa", "q-number-headings.md").questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "BERT 的预训练任务有哪些？"),
                org.assertj.core.groups.Tuple.tuple("2", "为什么 BERT 用 [MASK] 替换只占 80%？"),
                org.assertj.core.groups.Tuple.tuple("3", "GPT 和 BERT 的区别？"));
        assertThat(qs.get(0).answer()).isEqualTo("MLM（掩码语言模型）和 NSP（下一句预测）。");
        assertThat(qs).extracting(Question::prompt).containsOnlyNulls();
        assertThat(detectedFormat("q-number-headings.md")).isEqualTo("qa");
    }

    /** Unnumbered headings that ask ('### 什么是梯度下降？') with answers under them: refused as unrecognised before. */
    @Test
    void unnumberedHeadingsThatAskAreQuestions() {
        List<Question> qs = Golden.readFixture(importer, "qa", "asking-headings.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是梯度下降？", "学习率太大会怎样?",
                "Dropout 为什么有效？");
        assertThat(qs).extracting(Question::topic).containsExactly("优化", "优化", "正则化");
        assertThat(qs.get(1).answer()).isEqualTo("- 震荡\n- 甚至发散");
        assertThat(qs.get(2).answer()).isEqualTo("相当于训练了许多子网络的集成。\n\n#### 补充\n\n测试时按保留概率缩放。");
        assertThat(detectedFormat("asking-headings.md")).isEqualTo("qa");
    }

    /**
     * Headings that ask with spaces (ideographic ones too) after the question mark, or with hashtags after it
     * ('## What is a CDN? #network'): questions, the hashtags their tags. The file was refused as unrecognised.
     */
    @Test
    void askingHeadingsWithTrailingSpacesOrHashtagsAreQuestions() {
        List<Question> qs = Golden.readFixture(importer, "qa", "asking-headings-trailing-spaces-and-tags.md")
                .questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是 TCP 三次握手？", "What is a CDN?",
                "HTTP 和 HTTPS 的区别？", "C# 里的委托是什么？");
        assertThat(qs).extracting(Question::tags).containsExactly(List.of(), List.of("network", "web-perf"),
                List.of(), List.of("dotnet"));
        assertThat(qs.get(1).answer()).isEqualTo("A distributed network of servers that caches content near users.");
        assertThat(detectedFormat("asking-headings-trailing-spaces-and-tags.md")).isEqualTo("qa");
    }

    /** An Obsidian callout titled by a label ('> [!note]- 答案') is that section, its lines without '>'. */
    @Test
    void calloutsTitledByALabelAreThatSection() {
        List<Question> qs = Golden.readFixture(importer, "qa", "callout-answers.md").questions();
        assertThat(qs).extracting(Question::answer).containsExactly(
                "注意力机制根据查询和键的相似度对值加权求和：\n\n- 缩放点积\n- 加性注意力",
                "让模型在不同子空间关注不同位置的信息。",
                "> [!warning] 注意\n> 这是一段不带标签的提示，属于答案。\n\n给 Transformer 注入位置信息。");
        assertThat(detectedFormat("callout-answers.md")).isEqualTo("qa");
    }

    /**
     * A collapsed block inside an answer ({@code <details><summary>代码</summary>} code {@code </details>}) and a
     * Notion callout ({@code <aside>💡 ...</aside>}) kept their HTML in the answer.
     */
    @Test
    void collapsedBlocksInAnAnswerAreMarkdownAndCalloutsAreQuotes() {
        Golden.Result r = Golden.readFixture(importer, "qa", "folded-code-and-callouts.md");
        List<Question> qs = r.questions();
        assertThat(qs.get(0).answer()).isEqualTo("训练好、测试差。\n\n> 💡 常见追问：如何判断过拟合？\n>\n> 看验证集损失是否回升。");
        assertThat(qs.get(0).explanation()).isEqualTo("与欠拟合对照理解。");
        assertThat(qs.get(1).answer()).isEqualTo("随机丢弃神经元。\n\n**代码**\n\n```python\nnn.Dropout(p=0.5)\n```\n\n"
                + "补充说明：推理时不丢弃。\n\n**PyTorch 实现**\n\nF.dropout(x, p, training)");
        assertThat(r.warnings()).isEmpty();
        // in a question asked by its <summary> too, and its own </details> still ends it
        Golden.Result questions = Golden.readFixture(importer, "qa", "details-questions.md");
        assertThat(questions.questions().get(3).answer())
                .isEqualTo("把梯度范数限制在阈值内。\n\n**Show the code**\n\ntorch.nn.utils.clip_grad_norm_(params, 1.0)");
    }

    /**
     * Between {@code <details><summary>question</summary>answer</details>} questions, a note, or text after the last
     * one, was glued onto the answer above, with the {@code </details>} tag; now it is outside any question, said in
     * a warning, and a heading still files the questions below it.
     */
    @Test
    void textAfterADetailsQuestionsClosingTagIsOutsideItWithAWarning() {
        Golden.Result r = Golden.readFixture(importer, "qa", "details-loose-text.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("What is a receptive field?",
                "Why use 1x1 convolutions?", "What is warmup?", "What is gradient clipping?");
        assertThat(qs).extracting(Question::answer).containsExactly(
                "The region of the input that affects one output unit.", "To change the number of channels cheaply.",
                "Start with a small learning rate.\n\n**代码**\n\n```python\nlr = base * step / warmup\n```",
                "Limit the gradient norm.");
        assertThat(qs).extracting(Question::topic).containsExactly(null, null, "Training", "Training");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("outside-question", 10),
                org.assertj.core.groups.Tuple.tuple("outside-question", 39));
        assertThat(detectedFormat("details-loose-text.md")).isEqualTo("qa");
    }

    /**
     * A README bank of collapsed questions with a legend at the top and a closing line under a rule: the legend is
     * no question, a summary marked with a level asks (🟠 is hard), and the closing line is the page's footer, not
     * text "outside the question" (imp27). Text after a rule with a question below it stays outside-question.
     */
    @Test
    void aReadmesClosingLineAfterARuleIsItsFooterAndItsLegendNoQuestion() {
        String page = "# Go\n\n🟢 Easy 🟡 Medium 🟠 Hard 🔴 Expert\n\n## Basics of Go\n\n"
                + "<details>\n<summary>🟢 <b>What is a goroutine?</b></summary>\n\nA light thread.\n\n</details>\n\n"
                + "<details>\n<summary>🟠 <b>Explain the GMP model.</b></summary>\n\nG, M and P.\n\n</details>\n\n";
        List<Diagnostic> warnings = new ArrayList<>();
        List<Question> qs = new ArrayList<>();
        importer.read(text(page + "---\n\nMade with ❤ by Lin\n\nLicensed under MIT.\n"), qs::add, warnings::add);
        assertThat(qs).extracting(Question::question).containsExactly("What is a goroutine?", "Explain the GMP model.");
        assertThat(qs).extracting(Question::difficulty).containsExactly(dev.qbank.model.Difficulty.EASY,
                dev.qbank.model.Difficulty.HARD);
        assertThat(qs).extracting(Question::answer).containsExactly("A light thread.", "G, M and P.");
        assertThat(qs).extracting(Question::topic).containsOnly("Basics of Go");
        assertThat(warnings).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("preamble", 3), org.assertj.core.groups.Tuple.tuple("footer", 21)); // the rule

        // a note under a rule with a question after it is no footer
        warnings.clear();
        qs.clear();
        importer.read(text(page + "---\n\nA note.\n\n<details>\n<summary>Why channels?</summary>\n\nTo talk."
                + "\n\n</details>\n"), qs::add, warnings::add);
        assertThat(qs).extracting(Question::answer).containsExactly("A light thread.", "G, M and P.", "To talk.");
        assertThat(warnings).extracting(Diagnostic::code).containsExactly("preamble", "outside-question");
        // nor a closing line without a rule above it
        warnings.clear();
        importer.read(text(page + "Made with ❤ by Lin\n"), q -> { }, warnings::add);
        assertThat(warnings).extracting(Diagnostic::code).containsExactly("preamble", "outside-question");
    }

    /**
     * A README whose question headings end in a level circle, not a question mark ({@code ### Explain closures 🟡}),
     * as its legend explains, was not recognised: such headings ask, the circle their level. A heading ending in a
     * circle with headings under it stays a section.
     */
    @Test
    void headingsEndingInALevelCircleAsk() {
        String page = "# JavaScript\n\n🟢 Easy 🟡 Medium 🔴 Hard\n\n## Functions\n\n### Explain closures 🟡\n\n"
                + "A function keeps the variables it closes over.\n\n### Explain hoisting 🟢\n\nDeclarations move up.\n\n"
                + "### What is the event loop? 🔴\n\nIt runs queued tasks.\n";
        assertThat(importer.sniff(text(page))).isGreaterThan(0);
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(text(page)).importer().name()).isEqualTo("qa");
        List<Question> qs = read(page);
        assertThat(qs).extracting(Question::question, Question::difficulty, Question::answer).containsExactly(
                tuple("Explain closures", dev.qbank.model.Difficulty.MEDIUM,
                        "A function keeps the variables it closes over."),
                tuple("Explain hoisting", dev.qbank.model.Difficulty.EASY, "Declarations move up."),
                tuple("What is the event loop?", dev.qbank.model.Difficulty.HARD, "It runs queued tasks."));
        assertThat(qs).extracting(Question::topic).containsOnly("Functions");
        assertThat(LevelLabels.headingCircle("Explain closures 🟡")).hasValue(
                new LevelLabels.Marks("Explain closures", dev.qbank.model.Difficulty.MEDIUM, List.of()));
        assertThat(LevelLabels.headingCircle("Traffic lights🔴")).isEmpty(); // glued: part of the title
        // headings over headings are sections, whatever they end in: the questions under them keep their topics
        List<Question> sections = read("# Board\n\n## Done 🟢\n\n### What is X?\n\nx\n\n## Todo 🔴\n\n"
                + "### What is Y?\n\ny\n");
        assertThat(sections).extracting(Question::question, Question::topic).containsExactly(
                tuple("What is X?", "Done 🟢"), tuple("What is Y?", "Todo 🔴"));
    }

    /** A README whose questions are HTML headings ({@code <h3>1. What is X?</h3>}) was refused as unrecognised. */
    @Test
    void htmlHeadingsOnTheirOwnLineAreHeadings() {
        Golden.Result r = Golden.readFixture(importer, "qa", "html-headings.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("What is a perceptron?",
                "Why do we need non-linear activations?", "How does Adam work?", "What is weight decay?",
                "Why does BatchNorm help?");
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactly(7, 11, 20, 24, 28);
        assertThat(qs).extracting(Question::topic).containsExactly("Neural Networks", "Neural Networks",
                "Optimisation", "Optimisation", "Optimisation");
        assertThat(qs.get(4).answer()).isEqualTo("It smooths the loss landscape.\n\n```html\n"
                + "<h3>6. Not a question: an example in code</h3>\n```");
        assertThat(detectedFormat("html-headings.md")).isEqualTo("qa");
    }

    /**
     * An Obsidian note asking in {@code > [!question] title} callouts, with front matter and {@code %%comments%%}, was
     * refused as unrecognised; the comments are hidden in Obsidian and are not imported.
     */
    @Test
    void obsidianQuestionCalloutsAreQuestions() {
        Golden.Result r = Golden.readFixture(importer, "qa", "obsidian-question-callouts.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是自注意力？", "为什么要除以 $\\sqrt{d_k}$？",
                "多头注意力的作用？", "位置编码有哪些？");
        assertThat(qs).extracting(Question::answer).containsExactly("每个位置对所有位置加权求和，权重来自 Q 与 K 的相似度。",
                "防止点积过大导致 softmax 梯度消失。", "让模型在多个子空间关注不同信息。", "- 正弦位置编码\n- 可学习位置编码");
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactly(9, 12, 16, 22);
        // the front matter is left out, and the tip callout after a question's callout is outside it, each said once
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("front-matter", 1),
                org.assertj.core.groups.Tuple.tuple("preamble", 7),
                org.assertj.core.groups.Tuple.tuple("outside-question", 19));
        assertThat(detectedFormat("obsidian-question-callouts.md")).isEqualTo("qa");
    }

    /** YAML front matter read as a setext heading ('tags: [dl]' over '---') and became the questions' topic. */
    @Test
    void frontMatterIsNoHeading() {
        List<Question> qs = read("---\ntags: [dl]\naliases: []\n---\n\n### 1. 什么是过拟合？\n\n答：训练好测试差\n\n"
                + "### 2. 什么是欠拟合？\n\n答：都差\n");
        assertThat(qs).extracting(Question::topic).containsOnlyNulls();
        assertThat(qs).extracting(q -> q.sources().get(0).section()).containsOnlyNulls();
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactly(6, 10);
    }

    /** English banks writing {@code Q. question} / {@code Ans. answer} (or {@code ANS:}) were refused as unrecognised. */
    @Test
    void qAndAnsWithFullStopsArePairs() {
        List<Question> qs = Golden.readFixture(importer, "qa", "q-ans-full-stops.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly("What is bias-variance trade-off?",
                "What is cross-validation?", "What does Q.E.D. mean in a proof?", "What is regularisation?");
        assertThat(qs).extracting(Question::answer).containsExactly("Bias is error from wrong assumptions; variance is "
                + "error from sensitivity to the training set.", "Split the data into k folds and rotate the validation fold.",
                "\"Which was to be demonstrated.\"", "A penalty on model complexity:\n- L1\n- L2");
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactly(3, 6, 9, 12);
        assertThat(detectedFormat("q-ans-full-stops.md")).isEqualTo("qa");
        // a choice "A. ..." is no answer label
        assertThat(read("Q: Which is a regulariser?\nA. Dropout\nB. ReLU\n\nA: Dropout.\n\nQ: x?\nA: y\n").get(0).answer())
                .isEqualTo("Dropout.");
    }

    /**
     * Question headings kept their markup: a link ({@code [What is X?](url)}), Obsidian's {@code [[wiki links]]},
     * {@code ==highlights==} and a block id ({@code ^q3}).
     */
    @Test
    void linkAndNoteMarkupInATitleIsItsWords() {
        List<Question> qs = Golden.readFixture(importer, "qa", "linked-and-marked-titles.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是 ResNet 的残差块？", "FPN 解决了什么问题？",
                "YOLO 和 Faster R-CNN 的区别？", "What is transfer learning?",
                "`np.array([[1, 2]])` 和 `a == b` 在代码里保持原样？");
        assertThat(qs.get(3).sources().get(0).url()).isEqualTo("https://example.com/tl");
        assertThat(qs.get(0).answer()).isEqualTo("把输入加到卷积的输出上，[[梯度消失|缓解梯度消失]]。"); // answers as written
    }

    /**
     * A Notion page exported with its toggles collapsed ({@code <details><summary>Q1：...}) under level headings
     * ({@code # 初级}): the levels were taken as topics, and the questions had no difficulty.
     */
    @Test
    void levelHeadingsGiveTheDifficultyNotTheTopic() {
        List<Question> qs = Golden.readFixture(importer, "qa", "notion-details-levels.md").questions();
        assertThat(qs).extracting(Question::question, Question::difficulty, Question::topic).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是卷积？", dev.qbank.model.Difficulty.EASY, null),
                org.assertj.core.groups.Tuple.tuple("池化的作用？", dev.qbank.model.Difficulty.EASY, null),
                org.assertj.core.groups.Tuple.tuple("解释空洞卷积", dev.qbank.model.Difficulty.HARD, null),
                org.assertj.core.groups.Tuple.tuple("什么是可分离卷积？", dev.qbank.model.Difficulty.MEDIUM, "卷积"));
        assertThat(qs).extracting(q -> q.sources().get(0).section()).containsExactly("初级", "初级", "高级", "卷积");
    }

    /**
     * A README's nested table of contents under '## 目录', a part heading's own contents ('## 1. 基础' then
     * '- [1.1 …](#11-…)') and 'back to top' links. Before, the part was a question ('基础') whose prompt was its
     * contents, every question was filed under '目录' or no part, and the links were answer text.
     */
    @Test
    void aTableOfContentsIsNeitherQuestionsNorAnswers() {
        Golden.Result r = Golden.readFixture(importer, "qa", "table-of-contents.md");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是BN", "基础"), org.assertj.core.groups.Tuple.tuple("什么是Dropout", "基础"),
                org.assertj.core.groups.Tuple.tuple("什么是Adam", "优化"));
        assertThat(r.questions()).extracting(Question::answer).containsExactly("BN 对每个 mini-batch 做标准化。",
                "随机丢弃神经元。\n\n- [论文](https://jmlr.org/papers/v15/srivastava14a.html) | [返回目录](#目录)", "自适应学习率。");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("table-of-contents", 5));
        assertThat(detectedFormat("table-of-contents.md")).isEqualTo("qa");
    }

    /**
     * Question headings numbered in full-width digits, as Chinese input methods type them ('### １．', '### ２、',
     * '### （３）', '### Ｑ４：', '### ５)', '### ５．１'): numbered like ASCII ones, the number not part of the question.
     * Before, none was numbered and each question began with its number.
     */
    @Test
    void fullWidthNumbersNumberQuestionHeadings() {
        List<Question> qs = Golden.readFixture(importer, "qa", "full-width-numbers.md").questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "什么是 BN？"), org.assertj.core.groups.Tuple.tuple("2", "什么是 Dropout？"),
                org.assertj.core.groups.Tuple.tuple("3", "为什么要做权重初始化？"),
                org.assertj.core.groups.Tuple.tuple("4", "Adam 和 SGD 的区别？"),
                org.assertj.core.groups.Tuple.tuple("5", "什么是学习率预热？"), org.assertj.core.groups.Tuple.tuple("5.1", "预热一般多少步？"));
        assertThat(qs).extracting(Question::topic).containsExactly("基础", "基础", "基础", "优化", "优化", "优化");
        assertThat(qs.get(3).answer()).isEqualTo("Adam 自适应地调整每个参数的学习率。");
        // ASCII parentheses number a heading too
        assertThat(read("### (1) 什么是 BN？\n\n**答案：** x\n\n### (2) 什么是 LN？\n\n**答案：** y\n"))
                .extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "什么是 BN？"), org.assertj.core.groups.Tuple.tuple("2", "什么是 LN？"));
        assertThat(detectedFormat("full-width-numbers.md")).isEqualTo("qa");
    }

    /** Bold question and answer labels in every spelling open their sections, markup removed (a guard). */
    @Test
    void boldLabelsInEverySpellingOpenTheirSections() {
        List<Question> qs = read("# 笔记\n\n**问：** 什么是BN？\n**答：** 标准化。\n\n**Q:** What is dropout?\n**A:** Dropping.\n\n"
                + "**问题**：什么是Adam？\n**回答**: 自适应。\n\n__问__：什么是SGD？\n__答__：随机。\n");
        assertThat(qs).extracting(Question::question, Question::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是BN？", "标准化。"),
                org.assertj.core.groups.Tuple.tuple("What is dropout?", "Dropping."),
                org.assertj.core.groups.Tuple.tuple("什么是Adam？", "自适应。"), org.assertj.core.groups.Tuple.tuple("什么是SGD？", "随机。"));
    }

    /** English viva notes, 'Q. question' then 'Ans. answer': before, refused as unrecognised. */
    @Test
    void qDotAndAnsDotPairsAreQuestionsAndAnswers() {
        Golden.Result r = Golden.readFixture(importer, "qa", "viva-q-ans.txt");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("What is a perceptron?", "A single-layer linear classifier with a step activation."),
                org.assertj.core.groups.Tuple.tuple("What is backpropagation?",
                        "The chain rule applied layer by layer to compute gradients of the loss."),
                org.assertj.core.groups.Tuple.tuple("Why do we need non-linear activations?",
                        "Without them a deep network collapses into one linear map."));
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("preamble");
        assertThat(detectedFormat("viva-q-ans.txt")).isEqualTo("qa");
    }

    /** Zhihu's bracketed labels, '【问题】' / '【答案】' / '【解析】'(：): before, refused as unrecognised. */
    @Test
    void bracketedLabelsOpenTheirSections() {
        Golden.Result r = Golden.readFixture(importer, "qa", "bracketed-labels.md");
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::explanation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是 Batch Normalization？", "对每个 mini-batch 的激活做标准化。",
                        "训练用 batch 统计量，推理用滑动平均。"),
                org.assertj.core.groups.Tuple.tuple("Dropout 为什么有效？", "相当于训练了很多子网络的集成。", null));
        assertThat(detectedFormat("bracketed-labels.md")).isEqualTo("qa");
    }

    /**
     * A CSDN blog post: '@[TOC](…)' marker, '# 前言', '# 1、question' headings, and a copyright line after a final
     * rule. Before, the marker went unmentioned and the copyright line was the last question's answer.
     */
    @Test
    void aBlogPostsTocMarkerAndFooterAreNotQuestionsOrAnswers() {
        Golden.Result r = Golden.readFixture(importer, "qa", "blog-post.md");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是过拟合", "模型在训练集上表现好，在测试集上表现差。"),
                org.assertj.core.groups.Tuple.tuple("如何防止过拟合", "- 增加数据\n- 正则化\n- 早停"),
                org.assertj.core.groups.Tuple.tuple("什么是交叉验证", "把数据分成 k 份轮流验证。"));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("preamble", 4), org.assertj.core.groups.Tuple.tuple("footer", 17),
                org.assertj.core.groups.Tuple.tuple("table-of-contents", 1));
        // a rule between the last question and its answer is no footer's
        assertThat(read("### 1. 什么是 X？\n\n---\n\nx 是 y。\n")).extracting(Question::answer).containsExactly("x 是 y。");
    }

    /**
     * Unnumbered headings that ask, each answered by a plain '答：' / 'A:' label (before, refused: plain labels under
     * a heading were taken for prose), and question headings opening with a prompt label ('## 问：…', '## Q: …'),
     * which is no part of the question (it stayed in it).
     */
    @Test
    void askingHeadingsWithPlainAnswerLabelsAndPromptLabelsInHeadings() {
        assertThat(read("## 什么是过拟合？\n\n答：训练好测试差。\n\n## 什么是欠拟合？\n\n答：都不好。\n"))
                .extracting(Question::question, Question::answer).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("什么是过拟合？", "训练好测试差。"),
                        org.assertj.core.groups.Tuple.tuple("什么是欠拟合？", "都不好。"));
        assertThat(read("## 问：什么是过拟合？\n\n训练好测试差。\n\n## 问题：什么是欠拟合？\n\n都不好。\n"))
                .extracting(Question::question).containsExactly("什么是过拟合？", "什么是欠拟合？");
        assertThat(read("## Q: What is a deadlock?\n\n**A:** Two threads wait on each other.\n\n"
                + "## Q: What is a race?\n\n**A:** An outcome that depends on timing.\n"))
                .extracting(Question::question).containsExactly("What is a deadlock?", "What is a race?");
        // a plain label that is no answer under a heading is prose: the heading stays a section
        assertThat(read("## 为什么要学这些？\n\n说明：以下题目来自面经。\n\n### 1. 什么是 BN？\n\n**答案：** 批归一化。\n"))
                .extracting(Question::question, q -> q.sources().get(0).section())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("什么是 BN？", "为什么要学这些？"));
    }

    /**
     * Answers folded in '<details>' blocks, then a rule and a 'star the repo' line: the block closed the answer, so
     * the text after the rule is the page's footer. Before, it was glued to the last answer (the footer rule only
     * looked at a section still open when the rule came).
     */
    @Test
    void aFooterAfterAFoldedAnswerIsNotTheAnswer() {
        List<Diagnostic> warnings = new ArrayList<>();
        List<Question> out = new ArrayList<>();
        importer.read(text("### 1. 什么是过拟合？\n\n<details><summary>答案</summary>\n\n训练好测试差。\n\n</details>\n\n"
                + "### 2. Why BN?\n\n<details><summary>答案</summary>\n\nIt stabilises layer inputs.\n\n</details>\n\n"
                + "---\n\n⭐ 如果对你有帮助，请 star 这个仓库！\n"), out::add, warnings::add);
        assertThat(out).extracting(Question::answer).containsExactly("训练好测试差。", "It stabilises layer inputs.");
        assertThat(warnings).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("footer", 17));
        // text after a rule under a last question that has no text yet is still that question's (here its prompt)
        assertThat(read("### 1. 什么是 X？\n\n<details><summary>答案</summary>\n\nx 是 y。\n\n</details>\n\n"
                + "### 2. 什么是 Z？\n\n---\n\nz 是 w。\n")).extracting(Question::prompt).containsExactly(null, "z 是 w。");
    }

    /**
     * An Obsidian note: YAML front matter, questions as callouts ('> [!question]- q', '> [!faq] q') answered inside
     * them, under a '## 优化' part. Before, the file was refused as unrecognised; and front matter over headings filed
     * every question under the heading 'tags: [interview, dl]…'.
     */
    @Test
    void obsidianQuestionCalloutsAndFrontMatter() {
        Golden.Result r = Golden.readFixture(importer, "qa", "obsidian-callouts.md");
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是梯度消失？", "反向传播时梯度逐层变小。", null),
                org.assertj.core.groups.Tuple.tuple("如何缓解梯度消失？", "- ReLU\n- 残差连接", null),
                org.assertj.core.groups.Tuple.tuple("Adam 的优点？", "自适应学习率。", "优化"));
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("front-matter");
        assertThat(detectedFormat("obsidian-callouts.md")).isEqualTo("qa");
        assertThat(read("---\ntags: [dl]\n---\n\n### 1. 什么是 BN？\n\n**答案：** 标准化。\n"))
                .extracting(Question::topic).containsExactly((String) null);
    }

    /**
     * The whole question line in bold with its label ('**问：什么是 BN？**', '**Q: …**', '__问：…__') over an answer
     * label: before, the file was detected as Q&A pairs and then refused, 'no questions'.
     */
    @Test
    void aQuestionLineInBoldWithItsLabelIsAPrompt() {
        Golden.Result r = Golden.readFixture(importer, "qa", "bold-question-lines.md");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("什么是 BN？", "对每个 mini-batch 做标准化。"),
                org.assertj.core.groups.Tuple.tuple("What is a convolution?", "A sliding weighted sum."),
                org.assertj.core.groups.Tuple.tuple("什么是 LN？", "按特征归一化。"));
        assertThat(detectedFormat("bold-question-lines.md")).isEqualTo("qa");
    }

    /**
     * Q:/A: pairs of multiple-choice questions: the option lines under the prompt ("A. ReLU", "(B) Adam") are the
     * prompt's, not the question's (they were joined into its one-line text), and "A." opens no answer.
     */
    @Test
    void choiceOptionsUnderAPromptStayInThePrompt() {
        Golden.Result r = Golden.readFixture(importer, "qa", "choice-options.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("以下哪个激活函数输出范围是 (0, 1)？",
                "Which optimizer adapts the learning rate per parameter?", "下列哪项可以缓解过拟合？");
        assertThat(qs.get(0).prompt()).isEqualTo("以下哪个激活函数输出范围是 (0, 1)？\n\nA. ReLU\nB. Sigmoid\nC. Tanh\nD. Leaky ReLU");
        assertThat(qs.get(1).prompt()).endsWith("\n\n(A) SGD\n(B) Adam\n(C) Momentum");
        assertThat(qs).extracting(Question::answer).containsExactly("B。Sigmoid 的输出在 0 到 1 之间。",
                "(B) Adam keeps per-parameter estimates of the moments.", "B");
    }

    /**
     * A question and its answer on one line (Q: …？ A: …, bold or 问：…？ 答：…): the answer label after the
     * question's mark opens the answer (such a file was refused as unrecognised, nothing pairing its prompts).
     */
    @Test
    void aQuestionAndItsAnswerOnOneLine() throws Exception {
        Path fixture = Golden.FIXTURES.resolve("qa/one-line-pairs.md");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(SourceDocument.load(fixture, "f.md"))
                .importer().name()).isEqualTo("qa");
        Golden.Result r = Golden.readFixture(importer, "qa", "one-line-pairs.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是过拟合？", "什么是 BN？",
                "What is an epoch?", "学习率太大会怎样？", "以下哪个是优化器？");
        assertThat(qs).extracting(Question::answer).containsExactly("训练集好、测试集差。",
                "批归一化，按 batch 统计均值方差。", "One pass over the training set.",
                "loss 震荡甚至发散。\n可以用 warmup 缓解。", "A");
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactly(3, 4, 6, 8, 11);
    }

    /**
     * An empty anchor before the first question heading (<a name="q1"></a>, as Typora or hand-written pages link
     * their questions) shows nothing: no warning that text before the first question was left out (there was one); the front
     * matter's warning stays.
     */
    @Test
    void anEmptyAnchorBeforeTheFirstHeadingIsNoLeftOutText() {
        Golden.Result r = Golden.readFixture(importer, "qa", "anchors-before-headings.md");
        assertThat(r.questions()).extracting(Question::question).containsExactly("进程和线程的区别？", "什么是死锁？");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("进程是资源分配的单位，线程是调度的单位。",
                "多个进程互相等待对方持有的资源。");
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("front-matter");
    }

    /** One-line cards with a bar between the sides (Q: …? | A: …, 问：…？ ｜ 答：…): refused as unrecognised before. */
    @Test
    void oneLinePairsWithABarBetweenTheSides() {
        List<Question> qs = Golden.readFixture(importer, "qa", "one-line-pairs-with-bars.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly("What is a closure?", "What is hoisting?",
                "什么是闭包？", "什么是事件循环？");
        assertThat(qs).extracting(Question::answer).containsExactly(
                "A function together with the variables it captured.", "Declarations act as if moved to the top.",
                "函数与其引用环境的组合。", "调度宏任务与微任务 | 的机制。");
        assertThat(detectedFormat("one-line-pairs-with-bars.md")).isEqualTo("qa");
    }

    /**
     * A Yuque export: an empty anchor before each heading (it ended the answer above), :::tips / :::info blocks
     * (kept as literal fences) and <font> tags (kept as HTML): anchors and tags go, the blocks become quotes.
     */
    @Test
    void aYuqueExportReadsAsItShows() {
        List<Question> qs = Golden.readFixture(importer, "qa", "yuque-export.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是梯度爆炸？", "如何缓解梯度爆炸？",
                "Adam 的偏差修正是什么？");
        assertThat(qs).extracting(Question::answer).containsExactly(
                "> **重点**：RNN 中常见。\n梯度在反向传播中指数增长，导致参数更新过大。",
                "> 梯度裁剪、合适的初始化、BN。", "对一阶、二阶矩估计除以 $1-\\beta^t$。");
    }

    /**
     * The bank's title over one labelled pair (# 面试题, then 问：/答：) asks nothing: the pair's prompt is the
     * question. It was the question 面试题, the real question its prompt.
     */
    @Test
    void theBanksTitleOverOnePairIsNoQuestion() {
        List<Question> qs = read("# 面试题\n\n**问：Docker 和虚拟机的区别？**\n答：Docker 共享宿主机内核。\n");
        assertThat(qs).extracting(Question::question, Question::prompt, Question::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Docker 和虚拟机的区别？", null, "Docker 共享宿主机内核。"));
        assertThat(read("# 过拟合\n\n**问：** 请解释过拟合。\n**答：** 训练好测试差。\n"))
                .extracting(Question::question).containsExactly("过拟合"); // a subject's heading is still the question
    }

    /**
     * A Zhihu answer copied with its copy button ends with the platform's block (作者, 链接, 来源：知乎, 著作权归作者所有):
     * it was the end of the last question's answer; now it is left out with a warning naming its first line.
     */
    @Test
    void aBlogPlatformsLinesAtTheEndAreNoAnswer() {
        Golden.Result r = Golden.readText(importer, "## 1. Redis 为什么快？\n\n**答：** 纯内存操作、IO 多路复用。\n\n"
                + "## 2. 缓存穿透怎么解决？\n\n**答：** 布隆过滤器，或者缓存空值。\n\n作者：小明\n"
                + "链接：https://www.zhihu.com/question/123/answer/456\n来源：知乎\n"
                + "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。\n");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("纯内存操作、IO 多路复用。",
                "布隆过滤器，或者缓存空值。");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("footer", 9));
        // an answer that only mentions where it comes from keeps it
        assertThat(read("## 1. 什么是 CAP？\n\n**答：** 一致性、可用性、分区容错性。\n\n来源：《分布式系统原理》\n"))
                .extracting(Question::answer).containsExactly("一致性、可用性、分区容错性。\n\n来源：《分布式系统原理》");
    }

    /** An Obsidian comment after the last callout question is hidden on the page: no text outside it is left out. */
    @Test
    void anObsidianCommentAfterACalloutQuestionIsNotOutsideText() {
        Golden.Result r = Golden.readText(importer, "> [!question] 什么是虚拟内存？\n> 独立的地址空间。\n\n"
                + "> [!faq] 死锁的四个必要条件？\n> 互斥、占有并等待、不可抢占、循环等待。\n\n%%TODO: 页面置换算法%%\n");
        assertThat(r.questions()).hasSize(2);
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * An Obsidian note mixing callout questions with the Spaced Repetition plugin's one-line cards between them
     * ({@code What is a Service?::answer}): each card asks a question of its own, none is left out as text outside
     * the callout above; a paragraph with a line that is no asking card stays outside, with its warning.
     */
    @Test
    void oneLineCardsBetweenCalloutQuestionsAreQuestions() {
        Golden.Result r = Golden.readText(importer, "# Redis\n\n> [!question] 什么是缓存穿透？\n> 查询不存在的数据，每次都打到数据库。\n\n"
                + "> [!tip] 记住\n> 布隆过滤器。\n\n什么是缓存击穿？::热点键过期的瞬间大量请求打到数据库。\n"
                + "What is cache avalanche?::Many keys expire at once.\n\n> [!faq] 什么是缓存预热？\n> 上线前先加载热点数据。\n\n"
                + "Redis 默认端口::6379\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是缓存穿透？", "查询不存在的数据，每次都打到数据库。"),
                tuple("什么是缓存击穿？", "热点键过期的瞬间大量请求打到数据库。"),
                tuple("What is cache avalanche?", "Many keys expire at once."),
                tuple("什么是缓存预热？", "上线前先加载热点数据。"));
        assertThat(r.questions()).extracting(q -> q.sources().get(0).line()).containsExactly(3, 9, 10, 12);
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("outside-question", 6), tuple("outside-question", 15));
    }

    /**
     * Headings that group the questions by level (## Basic / ## Intermediate / ## Advanced) give their difficulty,
     * "Basic" included beside the others; the topic is the heading over them.
     */
    @Test
    void levelHeadingsGiveTheDifficultyAndTheHeadingOverThemTheTopic() {
        List<Question> qs = read("# SQL Interview Questions\n\n## Joins\n\n### Basic\n\n#### What is an inner join?\n\n"
                + "Rows that match in both tables.\n\n### Intermediate\n\n#### What is a semi join?\n\nRows of one table "
                + "with a match in the other.\n\n### Advanced\n\n#### How does a hash join work?\n\nIt builds a hash "
                + "table on the smaller input.\n");
        assertThat(qs).extracting(q -> q.question() + "/" + q.difficulty() + "/" + q.topic()).containsExactly(
                "What is an inner join?/EASY/Joins", "What is a semi join?/MEDIUM/Joins",
                "How does a hash join work?/HARD/Joins");
    }

    /**
     * A heading that only counts the questions ("### Question 1", "## 第 2 题") over a labelled prompt: the prompt is
     * the question, the count its number. Before, the question was "Question 1", and "## 第 2 题" refused the file
     * as a heading without a title.
     */
    @Test
    void aHeadingThatOnlyCountsLeavesTheQuestionToItsPrompt() {
        Golden.Result r = Golden.readText(importer, "# Kafka 笔记\n\n### Question 1\n\n**Question:** What is a consumer "
                + "group?\n\n**Answer:** Consumers sharing a topic's partitions.\n\n## 第 2 题\n\n**题目：** 什么是 ISR？"
                + "\n\n**答案：** 与 leader 保持同步的副本。\n\n## 第 3 题\n\n**答案：** 没有题目的答案。\n");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number() + "/" + q.question() + "/" + q.prompt())
                .containsExactly("1/What is a consumer group?/null", "2/什么是 ISR？/null");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("empty-question", 15));
        // a heading with a title keeps it, and a numbered heading with nothing after it is still an error
        assertThat(read("## Question 1: What is a topic?\n\n**Answer:** A named stream.\n")).extracting(Question::question)
                .containsExactly("What is a topic?");
    }

    /**
     * A question heading numbered in Chinese numerals over its labels ({@code ## 三、单例模式} then
     * {@code **题目：**}) kept the numeral in the question ({@code 三、单例模式}); it is the question's number.
     */
    @Test
    void chineseNumeralOfAQuestionHeadingIsItsNumber() {
        List<Question> qs = read("# Java 面试题\n\n## 一、HashMap 的 put 流程\n\n**题目：** 请描述 put 的流程。\n\n"
                + "**答案：** 先算 hash。\n\n## 十二、零拷贝\n\n**题目：** 什么是零拷贝？\n\n**答案：** 少拷贝。\n");
        assertThat(qs).extracting(Question::question).containsExactly("HashMap 的 put 流程", "零拷贝");
        assertThat(qs).extracting(q -> q.sources().get(0).number()).containsExactly("1", "12");
        assertThat(qs).extracting(Question::prompt).containsExactly("请描述 put 的流程。", "什么是零拷贝？");
    }

    /**
     * Follow-ups written as plain bullets right under a question heading ("- 为什么不是两次？") were its answer: a
     * list every item of which asks is the question's prompt; a list of points is still the answer, even when one
     * of them ends with a question mark.
     */
    @Test
    void bulletsThatAllAskUnderAQuestionAreItsFollowUps() {
        List<Question> qs = Golden.readText(importer, "## 1. TCP 三次握手的过程？\n\n- 为什么不是两次？\n"
                + "- 那如果第三次握手丢了呢？\n\n确保双方的收发能力都正常。\n\n## 2. HTTP/2 有哪些改进？\n\n- 多路复用\n"
                + "- 头部压缩，为什么？\n- 服务端推送\n").questions();
        assertThat(qs).extracting(Question::question, Question::prompt, Question::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TCP 三次握手的过程？",
                        "TCP 三次握手的过程？\n- 为什么不是两次？\n- 那如果第三次握手丢了呢？", "确保双方的收发能力都正常。"),
                org.assertj.core.groups.Tuple.tuple("HTTP/2 有哪些改进？", null, "- 多路复用\n- 头部压缩，为什么？\n- 服务端推送"));
    }

    /**
     * A README's sections after the last question (贡献指南, License) were left out with only the warning at the top
     * of the page about its introduction: each is now named at its first line.
     */
    @Test
    void sectionsAfterTheLastQuestionAreNamedWhereTheyStart() {
        Golden.Result r = Golden.readText(importer, "# 面试题\n\n简介。\n\n### 1. 什么是 GIL？\n\n全局解释器锁。\n\n"
                + "## 贡献指南\n\n1. Fork 本仓库\n2. 提交 PR\n\n## License\n\nMIT\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer)
                .containsExactly(tuple("什么是 GIL？", "全局解释器锁。"));
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "x.txt:3: warning[preamble]: text outside any question (before the first question heading or under a "
                        + "section heading) is not imported",
                "x.txt:11: warning[outside-question]: this text under '贡献指南' belongs to no question (a note, "
                        + "references, a licence) and is not imported",
                "x.txt:16: warning[outside-question]: this text under 'License' belongs to no question (a note, "
                        + "references, a licence) and is not imported");
    }

    /**
     * imp40: a README's questions headed {@code ## Q. What is X?} over a collapsed answer whose summary varies
     * ({@code Answer}, {@code Solution}, {@code 👉 Click}, {@code 👉 Click to see the answer}), each followed by a
     * right-aligned {@code ↥ back to top} link: the summaries other than {@code Answer} became the questions (their
     * heading a topic), {@code Q. } stayed in the question and the {@code <div>} of the link in the answer.
     */
    @Test
    void collapsedAnswersWhateverTheirSummarySaysAndBackToTopDivs() {
        Golden.Result r = Golden.readText(importer, "# DL Questions\n\n## Table of Contents\n\n* [Basics](#basics)\n\n"
                + "## Q. What is backpropagation?\n\n<details><summary><b>Answer</b></summary>\n\nThe chain rule, backwards.\n\n"
                + "</details>\n\n<div align=\"right\">\n    <b><a href=\"#table-of-contents\">↥ back to top</a></b>\n</div>\n\n"
                + "## Q. Why not zero weights?\n\n<details><summary><b>Solution</b></summary>\n\nSymmetry.\n\n</details>\n\n"
                + "[↥ back to top](#table-of-contents)\n\n## Q. What is a stride?\n\n<details>\n<summary>👉 Click</summary>\n\n"
                + "The filter's step.\n\n</details>\n\n## Q. Why pad?\n\n<details><summary>👉 Click to see the answer</summary>\n\n"
                + "To keep the size.\n\n</details>\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("What is backpropagation?", "The chain rule, backwards."), tuple("Why not zero weights?", "Symmetry."),
                tuple("What is a stride?", "The filter's step."), tuple("Why pad?", "To keep the size."));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("table-of-contents"));
    }

    /**
     * imp40: a Medium post copied from the browser keeps its {@code Top highlight} label over the paragraph readers
     * highlighted, which was the first line of that answer; it is left out with a warning.
     */
    @Test
    void mediumsTopHighlightLabelIsNoAnswerText() {
        Golden.Result r = Golden.readText(importer, "## 1. Why non-linear activations?\n\nTop highlight\n\n"
                + "Linear layers collapse into one.\n\n## 2. What is transfer learning?\n\nReusing a model.\n");
        assertThat(r.questions()).extracting(Question::answer)
                .containsExactly("Linear layers collapse into one.", "Reusing a model.");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("page-furniture", 3));
    }

    /**
     * imp40: a README titles its parts {@code ## # 1. Basics} at the level of its {@code ## Q. …} questions; the
     * first question heading ended the part at once, so no question had a topic.
     */
    @Test
    void aHashedHeadingIsAPartOverQuestionsOfItsLevel() {
        Golden.Result r = Golden.readText(importer, "# DL\n\n## # 1. Neural network basics\n\n"
                + "## Q. What is backpropagation?\n\n**Answer:** The chain rule.\n\n## Q. What is an epoch?\n\n"
                + "**Answer:** A pass.\n\n## # 2. Convolutional networks\n\n## Q. What is a stride?\n\n**Answer:** A step.\n");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("What is backpropagation?", "Neural network basics"), tuple("What is an epoch?", "Neural network basics"),
                tuple("What is a stride?", "Convolutional networks"));
    }

    /**
     * A heading that asks before its frequency mark ({@code 什么是注意力机制？（高频）}) is a question, whose mark is a tag;
     * {@code hot} inside the sentence is what it asks.
     */
    @Test
    void frequencyMarksAreTagsNotText() {
        Golden.Result r = Golden.readTextAsImported(importer, """
                ## 什么是注意力机制？（高频）

                加权求和。

                ## Why is the hot path slow?

                Cache misses.

                ## ⭐重点 Transformer 为什么要除以根号 d？

                防止 softmax 饱和。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::tags, Question::answer).containsExactly(
                tuple("什么是注意力机制？", List.of("高频"), "加权求和。"),
                tuple("Why is the hot path slow?", List.of(), "Cache misses."),
                tuple("Transformer 为什么要除以根号 d？", List.of("必考"), "防止 softmax 饱和。"));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * A Feishu or Yuque export's inline HTML: a highlight ({@code <mark>}) stays emphasised, in bold; colour, style
     * and underline tags go and their words stay; a code span naming a tag keeps it.
     */
    @Test
    void highlightsAreBoldAndStyleTagsGo() {
        Golden.Result r = Golden.readText(importer, """
                # 1. 基础

                ## 1.1 什么是过拟合？如何判断？

                判断方法：<mark>训练损失持续下降而验证损失开始上升</mark>。

                - L1：产生<mark style="background: yellow"> 稀疏解 </mark>，<font color="#DF2A3F">可用于特征选择</font>；
                - L2：<span style="color: red">使权重整体变小</span>，<u>解更平滑</u>。

                ## 1.2 `<span>` 和 `<div>` 有什么区别？

                `<span>` 是行内元素，`<u>` 加下划线。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是过拟合？如何判断？", "判断方法：**训练损失持续下降而验证损失开始上升**。\n\n"
                        + "- L1：产生 **稀疏解** ，可用于特征选择；\n- L2：使权重整体变小，解更平滑。"),
                tuple("`<span>` 和 `<div>` 有什么区别？", "`<span>` 是行内元素，`<u>` 加下划线。"));
        assertThat(r.questions()).extracting(Question::topic).containsOnly("基础");
    }
}
