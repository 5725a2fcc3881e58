package dev.qbank.importers.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import org.junit.jupiter.api.Test;

/**
 * imp37: a book's problem pages, the 《百面机器学习》 layout many Chinese banks copy, were refused as unrecognised
 * (plain text) or read as made-up questions (Markdown: an answer's "（1）" points). Invented pages of that shape.
 */
class ProblemsImporterTest {
    private final ProblemsImporter importer = new ProblemsImporter();

    @Test
    void aMarkdownProblemPageGivesEachProblemItsAnswerLevelTopicAndTheSectionsSceneAndPoints() {
        String text = "# 第3章 经典算法\n\n## 01 支持向量机\n\n**场景描述**\n\nSVM 是一种二分类模型，面试中常被问到。\n\n"
                + "**知识点**\n\n间隔最大化，核函数\n\n> **问题1** SVM 的间隔是什么？\n\n难度：★★☆☆☆\n\n**分析与解答**\n\n"
                + "间隔是样本到超平面的最小距离。\n\n$$\n\\gamma = \\frac{2}{\\|w\\|}\n$$\n\n"
                + "![间隔](img/margin.png)\n\n- 硬间隔\n- 软间隔\n\n> **问题2** 核函数的作用是什么？\n\n难度：★★★★☆\n\n"
                + "**分析与解答**\n\n把样本映射到高维空间。\n\n## 02 逻辑回归\n\n> **问题** 逻辑回归为什么用交叉熵？\n\n"
                + "难度：★★★☆☆\n\n**分析与解答**\n\n平方损失非凸。\n\n**总结与扩展**\n\n本节介绍了两种经典模型。\n";
        assertThat(Golden.detect(text)).isEqualTo("problems");
        Golden.Result r = Golden.readText(importer, text);
        assertThat(r.questions()).extracting(Question::question, Question::topic, Question::difficulty).containsExactly(
                tuple("SVM 的间隔是什么？", "支持向量机", Difficulty.EASY),
                tuple("核函数的作用是什么？", "支持向量机", Difficulty.HARD),
                tuple("逻辑回归为什么用交叉熵？", "逻辑回归", Difficulty.MEDIUM));
        Question first = r.questions().get(0);
        assertThat(first.answer()).startsWith("间隔是样本到超平面的最小距离。").contains("$$\n\\gamma")
                .contains("![间隔](img/margin.png)").endsWith("- 硬间隔\n- 软间隔");
        // the scene sets the section's problems: their explanation; the knowledge points their tags
        assertThat(r.questions()).extracting(Question::explanation).containsExactly(
                "SVM 是一种二分类模型，面试中常被问到。", "SVM 是一种二分类模型，面试中常被问到。", null);
        assertThat(first.tags()).containsExactly("间隔最大化", "核函数");
        assertThat(r.questions().get(2).tags()).isEmpty();
        // the closing summary is no answer of the last problem: left out, said at its line
        assertThat(r.questions().get(2).answer()).isEqualTo("平方损失非凸。");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("outside-item", 48));
    }

    @Test
    void aPlainTextProblemPageReadsTheSameWithPlainSectionLines() {
        String text = "第4章 降维\n\n01 主成分分析\n\n场景描述\n数据维度高时需要降维。\n\n知识点：PCA，特征值\n\n"
                + "问题1 PCA 的目标是什么？\n难度：★☆☆☆☆\n分析与解答\n最大化投影方差。\n\n1 中心化\n2 求协方差矩阵\n\n"
                + "问题2 PCA 和 LDA 有何不同？\n难度：★★★★★\n分析与解答\nPCA 无监督，LDA 有监督。\n\n"
                + "02 线性判别分析\n\n问题 LDA 的目标是什么？\n难度：★★★☆☆\n分析与解答\n类间距离大、类内距离小。\n";
        assertThat(Golden.detect(text)).isEqualTo("problems");
        Golden.Result r = Golden.readText(importer, text);
        assertThat(r.questions()).extracting(Question::question, Question::topic, Question::difficulty, Question::answer)
                .containsExactly(
                        tuple("PCA 的目标是什么？", "主成分分析", Difficulty.EASY, "最大化投影方差。\n\n1 中心化\n2 求协方差矩阵"),
                        tuple("PCA 和 LDA 有何不同？", "主成分分析", Difficulty.HARD, "PCA 无监督，LDA 有监督。"),
                        tuple("LDA 的目标是什么？", "线性判别分析", Difficulty.MEDIUM, "类间距离大、类内距离小。"));
        assertThat(r.questions().get(0).tags()).containsExactly("PCA", "特征值");
        assertThat(r.questions().get(0).explanation()).isEqualTo("数据维度高时需要降维。");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number()).containsExactly("1", "2", null);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void englishLabelsAndTextNoProblemHoldsAreReadOrSaid() {
        String text = "Some words about this book,\nover two lines.\n\n"
                + "Question 1: Why normalise features?\nDifficulty: ★★☆☆☆\nAnalysis and answer\nGradient descent converges faster.\n";
        assertThat(Golden.detect(text)).isEqualTo("problems");
        Golden.Result r = Golden.readText(importer, text);
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::difficulty)
                .containsExactly(tuple("Why normalise features?", "Gradient descent converges faster.", Difficulty.EASY));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("outside-item", 1));
    }

    @Test
    void aProblemHeadingAsksAboutTheCodeUnderItAndAProblemWithoutTheLabelKeepsItsTextAsAnswer() {
        String text = "## 01 排序\n\n### 问题1 下面的代码有什么问题？\n\n```python\nsorted(x, key=None)\n```\n\n"
                + "### 分析与解答\n\n没有问题。\n\n### 问题2 快速排序的复杂度？\n\n平均 O(n log n)。\n";
        Golden.Result r = Golden.readText(importer, text);
        assertThat(r.questions()).extracting(Question::question, Question::prompt, Question::answer).containsExactly(
                tuple("下面的代码有什么问题？", "下面的代码有什么问题？\n\n```python\nsorted(x, key=None)\n```", "没有问题。"),
                tuple("快速排序的复杂度？", null, "平均 O(n log n)。"));
        assertThat(r.questions()).extracting(Question::topic).containsOnly("排序");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aHeadingDeeperThanTheSectionsStaysInTheAnswerAndASummaryUnderNoSectionIsSaid() {
        String text = "## 01 归一化\n\n问题1 有哪些归一化方法？\n\n分析与解答\n\n#### 线性函数归一化\n\n映射到 [0, 1]。\n\n"
                + "#### 零均值归一化\n\n均值 0、方差 1。\n\n## 02 编码\n\n问题1 什么是独热编码？\n\n分析与解答\n\n一位有效。\n";
        Golden.Result r = Golden.readText(importer, text);
        assertThat(r.questions()).extracting(Question::topic, Question::answer).containsExactly(
                tuple("归一化", "#### 线性函数归一化\n\n映射到 [0, 1]。\n\n#### 零均值归一化\n\n均值 0、方差 1。"),
                tuple("编码", "一位有效。"));
        assertThat(r.warnings()).isEmpty();

        Golden.Result page = Golden.readText(importer, "问题 什么是 F1？\n分析与解答\nP 与 R 的调和平均。\n\n总结与扩展\n本节小结。\n");
        assertThat(page.questions()).extracting(Question::answer).containsExactly("P 与 R 的调和平均。");
        assertThat(page.warnings()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(tuple(5,
                "'总结与扩展' sums up the page, no one problem, and is not imported"));
    }

    @Test
    void aQuestionAnswerListWithoutTheAnswerLabelIsNoProblemPage() {
        String text = "问题：什么是过拟合？\n答案：训练集好、测试集差。\n\n问题：什么是欠拟合？\n答案：训练集也差。\n";
        assertThat(importer.sniff(dev.qbank.importers.SourceDocument.of(java.nio.file.Path.of("x.md"), "x.md",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isZero();
    }
}
