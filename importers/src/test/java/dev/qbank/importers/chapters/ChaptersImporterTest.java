package dev.qbank.importers.chapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaptersImporterTest {
    private final ChaptersImporter importer = new ChaptersImporter();

    private Golden.Result read(String text) {
        return Golden.readText(importer, text);
    }

    /**
     * imp36: a book pasted as plain text numbers its questions by its chapters' sections, "第1章 …" over
     * "1.1 question" with the answer below. "1.1" is no list item, so the file was refused as unrecognised. A section
     * number whose chapter is another, or that does not follow the last (a decimal in an answer), stays answer text.
     */
    @Test
    void questionsNumberedByTheirChaptersSections() {
        String text = "深度学习面试宝典\n\n第1章 神经网络基础\n\n1.1 为什么需要非线性激活函数？\n否则多层等价于一层。\n\n"
                + "1.2 什么是反向传播？\n链式法则逐层求梯度。\n1.5 倍的学习率也能收敛。\n2.1 不是本章的编号。\n\n"
                + "第二章 优化\n\n2.1 Adam 的原理\nAdam 结合动量和 RMSProp。\n2.1.1 偏差修正有什么用？\n修正初期的估计。\n";
        assertThat(Golden.detect(text)).isEqualTo("chapters");
        Golden.Result r = read(text);
        assertThat(r.questions()).extracting(Question::question, Question::topic, Question::answer).containsExactly(
                tuple("为什么需要非线性激活函数？", "神经网络基础", "否则多层等价于一层。"),
                tuple("什么是反向传播？", "神经网络基础", "链式法则逐层求梯度。\n1.5 倍的学习率也能收敛。\n2.1 不是本章的编号。"),
                tuple("Adam 的原理", "优化", "Adam 结合动量和 RMSProp。"),
                tuple("偏差修正有什么用？", "优化", "修正初期的估计。"));
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number()).containsExactly("1.1", "1.2", "2.1", "2.1.1");
    }

    /**
     * imp36: a book's Markdown whose questions are numbered headings under chapter headings ("# 第三章 …" over
     * "### 3.1.1 神经网络组成？" with its answer below) was taken for a chapter list: the points of the answers
     * ("1. 前馈网络") became the questions and the questions their topics. It is a Q&amp;A document.
     */
    @Test
    void numberedQuestionHeadingsUnderChapterHeadingsAreNoChapterList() {
        String text = "# 第三章 深度学习基础\n\n### 3.1.1 神经网络有哪些常用结构？\n\n1. 前馈网络；\n2. 记忆网络。\n\n"
                + "### 3.1.2 为什么需要非线性激活函数？\n\n1. 线性组合还是线性；\n2. 无法拟合复杂函数。\n\n"
                + "### 3.1.3 Softmax 如何用于多分类？\n\n把输出归一化为概率。\n";
        assertThat(importer.sniff(dev.qbank.importers.SourceDocument.of(java.nio.file.Path.of("x.md"), "x.md",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isZero();
        assertThat(Golden.detect(text)).isEqualTo("qa");
        // a 百面-like section: its answer's points "（1）…" were the questions; none asks and no reference follows
        String book = "# 第1章 特征工程\n\n## 01 特征归一化\n\n> **问题** 为什么要做归一化？\n\n**分析与解答**\n\n"
                + "（1）线性函数归一化。\n\n（2）零均值归一化。\n";
        assertThat(importer.sniff(dev.qbank.importers.SourceDocument.of(java.nio.file.Path.of("x.md"), "x.md",
                book.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isZero();
    }

    /** imp32: a chapter list's question keeps its code spans, as a table's question cell does. */
    @Test
    void aQuestionKeepsItsCodeSpans() {
        Golden.Result r = read("第一章 Python\n1. How does `@staticmethod` differ from `@classmethod`? https://x.org/a\n"
                + "2. *`yield` 和 `return` 有什么区别？*\nhttps://x.org/b\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly(
                "How does `@staticmethod` differ from `@classmethod`?", "`yield` 和 `return` 有什么区别？");
        assertThat(r.questions()).extracting(q -> q.references().size()).containsExactly(1, 1);
    }

    /**
     * imp31: questions that cite notes ({@code … squares? [1]}) listed under {@code References} at the end get the
     * notes as references, without the marker; before, every question kept its {@code [1]} and the notes were left
     * out as the last question's "footer", so no question had its reference.
     */
    @Test
    void notesAQuestionCitesAreItsReferences() {
        Golden.Result r = read("Chapter 1: Algebra\n1. What is the rank of a matrix? [1]\n2. Explain SVD. [2][3]\n"
                + "Chapter 2: Optimization\n3. Why warm up the learning rate?[^4]\n4. What is a saddle point?\n\n"
                + "References\n[1] https://en.wikipedia.org/wiki/Rank\n[2] Gundersen, SVD https://example.org/svd\n"
                + "[3] [SVD notes](https://example.org/notes)\n[^4]: https://arxiv.org/abs/1706.02677\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly("What is the rank of a matrix?",
                "Explain SVD.", "Why warm up the learning rate?", "What is a saddle point?");
        assertThat(r.questions()).extracting(Question::references).containsExactly(
                List.of(Reference.of("https://en.wikipedia.org/wiki/Rank")),
                List.of(new Reference("https://example.org/svd", "Gundersen, SVD"),
                        new Reference("https://example.org/notes", "SVD notes")),
                List.of(Reference.of("https://arxiv.org/abs/1706.02677")), List.of());
        assertThat(r.questions()).extracting(Question::answer).containsOnlyNulls();
        assertThat(r.warnings()).isEmpty();
        // a [1] nothing cites stays as written
        assertThat(read("第一章 基础\n1. 什么是 SVD？ [9]\nhttps://example.org/a\n").questions().get(0).question())
                .isEqualTo("什么是 SVD？ [9]");
    }

    /**
     * Parts written as 第N部分 / 第N篇 / Part N, also in brackets ({@code 【第一部分 机器学习基础】}), are chapter lines:
     * before, only 第N章 and Chapter N were, and a bracketed part line was the answer of the question above it.
     */
    @Test
    void partLinesInOrOutOfBracketsAreChapters() {
        Golden.Result r = read("【第一部分 机器学习基础】\n1. 什么是监督学习？\nhttps://zhuanlan.zhihu.com/p/11\n"
                + "2. 什么是无监督学习？\n【第二部分 深度学习】\n1. 什么是反向传播？\nhttps://zhuanlan.zhihu.com/p/12\n"
                + "第三篇：优化\n1. 什么是动量法？\nPart 4: Trees\n1. How does a decision tree split?\n"
                + "Part V – Ensembles\n1. Why does bagging reduce variance?\n");
        assertThat(r.questions()).extracting(Question::topic, Question::answer).containsExactly(
                tuple("机器学习基础", null), tuple("机器学习基础", null), tuple("深度学习", null), tuple("优化", null),
                tuple("Trees", null), tuple("Ensembles", null)); // the dash after the number is no part of the name
        assertThat(r.questions().get(0).sources().get(0).section()).isEqualTo("【第一部分 机器学习基础】");
    }

    /**
     * imp23: an exam's parts written as instructions ({@code (a) Derive …}, {@code （1）写出…}) under a question that
     * does not ask are its sub-questions, as in numbered; under one that asks they are its answer's steps.
     */
    @Test
    void examInstructionsUnderAStatementAreItsParts() {
        Golden.Result r = read("第一章 线性模型\n1. 已知线性回归的平方损失。\n（1）写出梯度下降的更新公式；\n（2）推导闭式解。\n"
                + "闭式解为 w = (XᵀX)⁻¹Xᵀy。\n2. 梯度下降的流程？\n(1) 计算梯度\n(2) 给出步长后更新参数\n"
                + "Chapter 2: Trees\n1. Consider a decision tree on two features.\n(a) Sketch its decision boundary.\n"
                + "(b) Compute the Gini impurity of the root.\n");
        assertThat(r.questions()).extracting(Question::prompt).containsExactly(
                "已知线性回归的平方损失。\n（1）写出梯度下降的更新公式；\n（2）推导闭式解。", null,
                "Consider a decision tree on two features.\n(a) Sketch its decision boundary.\n"
                        + "(b) Compute the Gini impurity of the root.");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("闭式解为 w = (XᵀX)⁻¹Xᵀy。",
                "(1) 计算梯度\n(2) 给出步长后更新参数", null);
    }

    @Test
    void aLabelledUrlLineIsAReferenceNotAnswerText() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "labelled-references.txt");
        assertThat(r.questions()).hasSize(4);
        assertThat(r.questions().get(0).references()).extracting(Reference::url)
                .containsExactly("https://github.com/scutan90/DeepLearning-500-questions");
        assertThat(r.questions().get(1).references()).extracting(Reference::url, Reference::title).containsExactly(
                tuple("https://zhuanlan.zhihu.com/p/48982978", null), tuple("https://example.com/tensors", "Tensors explained"));
        assertThat(r.questions().subList(0, 3)).extracting(Question::answer).containsOnlyNulls();
        assertThat(r.questions().get(3).answer()).isEqualTo("偏差是期望预测与真实值的差，方差是预测的波动。");
    }

    @Test
    void qNumberedQuestionsUnderChapterLinesAreQuestionsOfTheirChapter() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "q-numbered.md");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::topic).containsExactly(
                tuple("1", "Signal Processing"), tuple("2", "Signal Processing"), tuple("3", "Acoustic Models"),
                tuple("4", "Acoustic Models"));
        assertThat(r.questions()).extracting(Question::answer).containsOnlyNulls();
        assertThat(r.questions().get(3).references()).extracting(Reference::url)
                .containsExactly("https://arxiv.org/abs/1508.01211");
    }

    @Test
    void aUrlAtTheEndOfTheQuestionLineIsAReferenceNotPartOfTheQuestion() {
        Question q1 = Golden.readFixture(importer, "chapters", "inline-url.txt").questions().get(0);
        assertThat(q1.question()).isEqualTo("什么是动量法?");
        assertThat(q1.sources().get(0).text()).isEqualTo("什么是动量法?");
        assertThat(q1.references()).extracting(Reference::url).containsExactly("https://zhuanlan.zhihu.com/p/3000001");
    }

    @Test
    void trailingUrlsComeBeforeTheUrlLinesUnderTheQuestionAndAUrlInsideTheTextStays() {
        Golden.Result r = read("第1章 优化\n1.什么是动量法？https://a.org/1 <https://a.org/2> [博客](https://a.org/3)\n"
                + "https://a.org/4\n2.What does https://a.org/5 say about SGD?\n");
        assertThat(r.questions().get(0).question()).isEqualTo("什么是动量法？");
        assertThat(r.questions().get(0).references()).extracting(Reference::url, Reference::title).containsExactly(
                tuple("https://a.org/1", null), tuple("https://a.org/2", null), tuple("https://a.org/3", "博客"),
                tuple("https://a.org/4", null));
        assertThat(r.questions().get(1).question()).isEqualTo("What does https://a.org/5 say about SGD?");
        assertThat(r.questions().get(1).references()).isEmpty();
    }

    @Test
    void anEllipsisBetweenQuestionsIsNotACutOffTail() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "mid-ellipsis.txt");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number()).containsExactly("1", "2", "3", "4", "5");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("preamble", 1)); // its title line, as plain text
    }

    @Test
    void anEllipsisOverSkippedNumbersSaysWhichAreMissingAndOneAtTheEndSaysTheListIsCutOff() {
        assertThat(read("第1章 A\n1.a?\n  ........\n4.d?\n").warnings())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::message)
                .containsExactly(tuple("gap", 3, "questions 2 to 3 are left out here ('........'); the list goes on with 4"));
        assertThat(read("第1章 A\n1.a?\n........\n\n(end)\n").warnings())
                .extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("truncated", 3));
        // the Chinese ellipsis, two of them as Chinese writes it, or one: the same mark
        for (String marker : List.of("……", "…", "。。。")) {
            Golden.Result r = read("第1章 A\n1.a?\n2.b?\n" + marker + "\n");
            assertThat(r.questions()).extracting(Question::answer).containsOnlyNulls();
            assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("truncated", 4));
        }
    }

    @Test
    void questionsCountedInWordsAreQuestionsOfTheirChapter() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "nth-questions.txt");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question, Question::topic)
                .containsExactly(tuple("1", "简述卷积的基本操作", "卷积神经网络"), tuple("2", "如何计算感受野？", "卷积神经网络"),
                        tuple("1", "RNN为什么会梯度消失？", "循环神经网络"), tuple("2", "LSTM 的门结构", "循环神经网络"));
        assertThat(r.questions()).allSatisfy(q -> assertThat(q.references()).hasSize(1));
    }

    @Test
    void aChapterTitlesQuestionCountIsNotPartOfTheTopic() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "chapter-counts.txt");
        assertThat(r.questions()).extracting(Question::topic).containsExactly("数学基础", "数学基础", "数学基础",
                "机器学习基础", "机器学习基础");
        assertThat(r.questions().get(0).sources().get(0).section()).isEqualTo("第一章 数学基础（共3题）");
    }

    @Test
    void answersKeepTheirCodeIndentationButNotARule() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "answer-blocks.txt");
        assertThat(r.questions()).extracting(Question::answer).containsExactly(
                "```python\nfor p in params:\n    p -= lr * p.grad\n```", null);
    }

    @Test
    void aLevelInBracketsAfterTheQuestionIsItsDifficulty() {
        Golden.Result r = read("第1章 CNN\n1. 什么是池化？【简单】\nhttps://a.org/1\n2. 什么是卷积？\n");
        assertThat(r.questions()).extracting(Question::question, Question::difficulty).containsExactly(
                tuple("什么是池化？", dev.qbank.model.Difficulty.EASY), tuple("什么是卷积？", null));
    }

    /**
     * A contents list of the chapters ('1. [第1章 优化](#第1章-优化)') and a '[返回目录](#目录)' line: before, the
     * contents were two questions ('第1章 优化', '第2章 正则化') and the link the answer of question 2.
     */
    @Test
    void aTableOfContentsIsNeitherQuestionsNorAnswers() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "table-of-contents.md");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("什么是动量法？", "优化"), tuple("什么是 Adam？", "优化"), tuple("什么是 Dropout？", "正则化"));
        assertThat(r.questions()).extracting(Question::answer).containsOnlyNulls();
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("table-of-contents", 4));
    }

    /**
     * A GitHub list whose questions carry links to read ('1. q' then '- [CS231n](https://…)') under '## CNN' /
     * '## RNN' headings, after badge-like links and a contents list: the headings end the question above and name the
     * part below, as chapters do. Before, '## RNN' was the answer of question 2 and no question had a topic.
     */
    @Test
    void aHeadingBetweenQuestionsNamesThePartBelowAndIsNoAnswer() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "headings-between-questions.md");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("卷积层的参数量怎么算？", "CNN"), tuple("什么是感受野？", "CNN"), tuple("LSTM 为什么能缓解梯度消失？", "RNN"));
        assertThat(r.questions()).extracting(Question::answer).containsOnlyNulls();
        assertThat(r.questions()).extracting(q -> q.references().size()).containsExactly(2, 1, 1);
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("preamble", "table-of-contents");
    }

    /**
     * Chapters and questions numbered in full-width digits ('第１章', '（１）', 'Chapter ３', '１)'). Before, '第２章' was
     * no chapter: it and the three questions after it were the answer of question 2 of chapter 1.
     */
    @Test
    void fullWidthNumbersNumberChaptersAndQuestions() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "full-width-numbers.txt");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question, Question::topic)
                .containsExactly(tuple("1", "什么是动量法？", "优化"), tuple("2", "什么是 Adam？", "优化"),
                        tuple("1", "什么是 Dropout？", "正则化"), tuple("2", "什么是 L2 正则？", "正则化"),
                        tuple("1", "What is layer normalisation?", "Normalisation"));
        assertThat(r.questions()).extracting(Question::answer).containsOnlyNulls();
        assertThat(r.questions()).allSatisfy(q -> assertThat(q.references()).hasSize(1));
    }

    /** '1. **问：** q' then '**答：** a': neither label's markup stays (before, both did). */
    @Test
    void boldLabelsOpenTheAnswerOrQuestionAndLeaveNoMarkup() {
        Golden.Result r = read("第1章 优化\n1. **问：** 什么是动量法？\n**答：** 累积历史梯度。\nhttps://a.org/1\n"
                + "2. 什么是 Adam？\n**Answer:** adaptive.\nhttps://a.org/2\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是动量法？", "累积历史梯度。"), tuple("什么是 Adam？", "adaptive."));
    }

    /**
     * A blog's sign-off after the last rule of the page (以上就是… 欢迎关注公众号…, Thanks for reading) is its footer,
     * left out with a warning, as in the numbered shape (it was glued onto the last answer); a rule between
     * questions, or between a question and its answer, is a separator.
     */
    @Test
    void aSignOffAfterTheLastRuleIsThePagesFooter() {
        Golden.Result r = Golden.readFixture(importer, "chapters", "blog-footer.md");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("模型在训练集上表现好，在测试集上表现差。",
                "反向传播时梯度越来越小。", "Adam 为每个参数自适应学习率。", "训练初期避免大梯度破坏初始化。");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("footer", 23));
        assertThat(r.warnings().get(0).message()).contains("not the answer of question 2");
    }

    /** Chapters of questions with no answers, then a sign-off: it was the last question's answer. */
    @Test
    void aSignOffAfterUnansweredQuestionsIsThePagesFooter() {
        Golden.Result r = read("第1章 基础\n1. 什么是监督学习？\n2. 解释 KNN\n\n第2章 深度学习\n3. 什么是反向传播？\n"
                + "4. 激活函数有哪些？\n\n以上题目整理自网络，侵删。\n");
        assertThat(r.questions()).extracting(Question::answer).containsExactly(null, null, null, null);
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("footer", 9));
        assertThat(read("第1章 基础\n1. 什么是 X？\nX 是 Y。\n2. 什么是 Z？\n\nZ 是 W。\n").questions())
                .extracting(Question::answer).containsExactly("X 是 Y。", "Z 是 W。");
    }

    /** An answer's list numbered from 1 again under "常见的有：" was read as questions (先来先服务, 短作业优先). */
    @Test
    void aListNumberedAgainUnderAnIntroducingAnswerLineIsTheAnswers() {
        List<Question> qs = read("第一章 操作系统\n1. 进程调度算法有哪些？\n常见的有：\n1. 先来先服务\n2. 短作业优先\n"
                + "2. 什么是死锁？\n互相等待。\n").questions();
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).answer()).isEqualTo("常见的有：\n1. 先来先服务\n2. 短作业优先");
        assertThat(qs.get(1).question()).isEqualTo("什么是死锁？");
    }

    /**
     * A book's question list pasted from a PDF, indented, its long questions wrapped onto the next line: the rest
     * of the question (no question mark yet, and the next line ends with it) was taken for its answer.
     */
    @Test
    void aQuestionWrappedOntoTheNextLineIsOneQuestion() {
        List<Question> qs = Golden.readFixture(importer, "chapters", "pdf-wrapped.txt").questions();
        assertThat(qs).extracting(Question::question).containsExactly(
                "支持向量机中，如果数据线性不可分，怎样通过核函数把它映射到高维空间使其线性可分？",
                "逻辑回归相比线性回归，有何异同？", "决策树有哪些常用的启发函数？",
                "从最大方差的角度，怎样理解主成分分析（PCA）的目标函数？", "线性判别分析（LDA）和 PCA 的区别与联系？");
        assertThat(qs).extracting(Question::answer).containsExactly(null, null,
                "ID3 用信息增益，C4.5 用信息增益比，CART 用基尼指数。", null, null);
        assertThat(qs).extracting(Question::topic).containsExactly("经典算法", "经典算法", "经典算法", "降维", "降维");
    }

    /**
     * A chapter numbered in words ({@code Chapter One: The Machine Learning Landscape}), as English books title them,
     * was no chapter line: its questions had no topic and the line was the answer of the question above it.
     */
    @Test
    void chaptersNumberedInWordsAreChapters() {
        Golden.Result r = read("Hands-On ML questions\n\nChapter One: The Landscape\n\n1. What is ML?\n"
                + "https://example.com/ml\n\nChapter Two: End-to-End Project\n\n2. What is data snooping?\n"
                + "https://example.com/snoop\nCHAPTER SEVENTEEN - Autoencoders\n3. What is an autoencoder?\n"
                + "https://example.com/ae\n");
        assertThat(r.questions()).extracting(Question::question, Question::topic, Question::answer).containsExactly(
                tuple("What is ML?", "The Landscape", null), tuple("What is data snooping?", "End-to-End Project", null),
                tuple("What is an autoencoder?", "Autoencoders", null));
        // a word that only starts like a number is no chapter's number
        assertThat(read("Chapter Oneness\n1. What is ML?\nhttps://example.com/ml\n").questions().get(0).topic())
                .isNull();
    }

    /**
     * A chapter titled with a level word ({@code Chapter 1: Basics}, {@code Part 2: Advanced}, {@code 第一章 基础})
     * beside another level gives its questions that difficulty; its line stays the source's section (which the
     * Markdown export cites), and the topic is the grouping over it, a heading naming a subject, never the level
     * word: a topic is a deck, a book's section and a {@code --topic} filter, and {@code Basics} there would file
     * questions of every subject together and stand in a merge's topic conflicts, while the level is already the
     * difficulty (a tag, a column, {@code --difficulty}). As a Notion page's {@code ## 基础} / {@code ## 进阶} are.
     */
    @Test
    void chaptersNamedForLevelsGiveTheLevelAndKeepTheChapterAsTheSection() {
        Golden.Result r = read("# Interview Questions\n\n## Machine Learning\n\nChapter 1: Basics\n"
                + "1. What is overfitting?\nhttps://example.com/overfit\nChapter 2: Advanced\n2. What is the kernel trick?\n"
                + "https://example.com/kernel\n\n## Deep Learning\n\nPart 3: Intermediate\n3. What is batch norm?\n"
                + "https://example.com/bn\n");
        assertThat(r.questions()).extracting(Question::difficulty, Question::topic, q -> q.sources().get(0).section())
                .containsExactly(tuple(Difficulty.EASY, "Machine Learning", "Chapter 1: Basics"),
                        tuple(Difficulty.HARD, "Machine Learning", "Chapter 2: Advanced"),
                        tuple(Difficulty.MEDIUM, "Deep Learning", "Part 3: Intermediate"));
        Golden.Result zh = read("深度学习面试题\n\n第一章 基础\n1. 什么是神经网络？\n多层加权求和与非线性。\n\n"
                + "第二章 进阶\n2. 什么是批归一化？\n按批标准化每层输入。\n\n第三章 高级\n3. 什么是注意力？\n按相似度加权。\n");
        assertThat(zh.questions()).extracting(Question::difficulty, Question::topic, q -> q.sources().get(0).section())
                .containsExactly(tuple(Difficulty.EASY, null, "第一章 基础"), tuple(Difficulty.MEDIUM, null, "第二章 进阶"),
                        tuple(Difficulty.HARD, null, "第三章 高级"));
        // 基础 and 进阶 name parts as often: beside no plain level word (高级, Advanced) they are topics, as in numbered
        assertThat(read("第一章 基础\n1. 什么是神经网络？\nhttps://example.com/nn\n第二章 进阶\n2. 什么是BN？\n"
                + "https://example.com/bn\n").questions()).extracting(Question::difficulty, Question::topic)
                .containsExactly(tuple(null, "基础"), tuple(null, "进阶"));
        // one level word among subjects names no level: the chapter is a topic like the others
        Golden.Result mixed = read("Chapter 1: Basics\n1. What is ML?\nhttps://example.com/ml\nChapter 2: Trees\n"
                + "2. How does a tree split?\nhttps://example.com/tree\n");
        assertThat(mixed.questions()).extracting(Question::difficulty, Question::topic)
                .containsExactly(tuple(null, "Basics"), tuple(null, "Trees"));
    }

    /**
     * A last question with only a reference line, then the page's References notes, a rule and a copyright line:
     * the copyright became its answer, as if the rule parted the question from its answer (imp33). A rule under a
     * question's reference line closes the question; a rule right under the question still parts it from its answer.
     */
    @Test
    void aCopyrightAfterTheLastQuestionsReferenceAndARuleIsTheFooter() {
        Golden.Result r = read("Chapter 6 Networks\n\n4. Why is ReLU easy to optimize? [1]\n"
                + "https://example.com/relu\n\nReferences\n\n[1] https://example.com/notes\n\n---\n\n"
                + "Copyright © 2024 Zhao Liu. Licensed under MIT.\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer)
                .containsExactly(tuple("Why is ReLU easy to optimize?", null));
        assertThat(r.questions().get(0).references()).extracting(Reference::url)
                .containsExactly("https://example.com/relu", "https://example.com/notes");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("footer", 10));
        assertThat(read("第1章 基础\n\n1.什么是过拟合？\n\n---\n\n模型记住了噪声。\n").questions())
                .extracting(Question::answer).containsExactly("模型记住了噪声。");
    }

    /**
     * A README's sections after the last question of a chaptered list ({@code ## 贡献指南}, a licence line), after a
     * rule, were left out without a word (imp33's bank 04): text under a heading no question follows is an
     * {@code outside-item} warning at its first line, once per heading, as in a numbered list; the page's
     * introduction above the first question is said once, as the preamble (its title heading is not).
     */
    @Test
    void sectionsAfterTheLastQuestionAreNamedWhereTheyStart() {
        Golden.Result r = read("# 推荐系统问题整理\n\n读书时整理的问题。\n\n第1章 概述\n\n1.什么是冷启动？\n"
                + "https://example.com/cold\n\n---\n\n## 贡献指南\n\n发现错误请提 [Issue](https://example.com/issues)。\n\n"
                + "本文采用 CC BY-NC 4.0 许可。\n\n## 致谢\n\nhttps://example.com/thanks\n\n第2章 召回\n\n"
                + "<!-- moved question 2 to chapter 3 -->\n3.什么是双塔模型？\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer)
                .containsExactly(tuple("什么是冷启动？", null), tuple("什么是双塔模型？", null));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("preamble", 3), tuple("outside-item", 14),
                        tuple("outside-item", 20)); // the comment shows nothing
        assertThat(r.warnings().get(1).message()).contains("'贡献指南'");
    }

    /**
     * imp40: a review sheet's closing line ({@code -- End of review sheet. Good luck on Thursday! --}) under the last
     * answer was part of it; an end mark ends the article, and it and what follows are the page's footer.
     */
    @Test
    void anEndMarkEndsTheLastAnswer() {
        Golden.Result r = read("Part 1: Basics\n\nQ1. What does softmax output?\nA1. A distribution.\n\n"
                + "Q2. What is a bias?\nA2. A shift.\n\n-- End of review sheet. Good luck on Thursday! --\n");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("A distribution.", "A shift.");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.toString()).contains("footer").contains("End of review"));
    }

    /**
     * A chapter list's title line and introduction above the first chapter ("百面深度学习所有问题带答案整理", "参考资料：")
     * were dropped without a word: said once, at the first of them. A title heading, a table of contents (named by
     * its own warning) and an HTML comment show no text left out.
     */
    @Test
    void textAboveTheFirstQuestionIsSaidOnceAtItsFirstLine() {
        String chapter = "第1章 特征工程\n1.为什么要对数值特征归一化?\nhttps://example.com/norm\n"
                + "2.怎样处理类别型特征?\nhttps://example.com/cat\n";
        Golden.Result intro = read("<!-- notes -->\n百面机器学习问题整理\n\n参考资料：\nhttps://example.com/book\n" + chapter);
        assertThat(intro.questions()).hasSize(2);
        assertThat(intro.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("preamble", 2));
        assertThat(intro.warnings().get(0).message()).contains("above the first question").contains("not imported");
        assertThat(read("# 百面机器学习问题整理\n\n" + chapter).warnings()).isEmpty();
        assertThat(read("---\ntitle: 百面\n---\n" + chapter).warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("front-matter", 1)); // named, as qa and notion name it
        assertThat(read("## 目录\n1. [第1章 特征工程](#第1章-特征工程)\n\n" + chapter).warnings())
                .extracting(Diagnostic::code).containsExactly("table-of-contents");
        // a link alone above the questions is text a reader sees too
        assertThat(read("https://github.com/x/y\n\n" + chapter).warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("preamble", 1));
    }

    /** Frequency marks after a chapter's questions are tags ({@code 高频}, {@code 必考}), the stars after one its level. */
    @Test
    void frequencyMarksAreTagsNotText() {
        Golden.Result r = Golden.readTextAsImported(importer, """
                第1章 深度学习基础

                1. 什么是梯度消失？【必问】
                链式法则连乘。

                2. [hot] What is the hot path?
                The code that runs most.

                3. 什么是残差连接？（常考）★★★
                跳连。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::tags, Question::topic, Question::difficulty)
                .containsExactly(
                        tuple("什么是梯度消失？", List.of("必考"), "深度学习基础", null),
                        tuple("What is the hot path?", List.of("高频"), "深度学习基础", null),
                        tuple("什么是残差连接？", List.of("高频"), "深度学习基础", Difficulty.HARD));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * A chapter that numbers {@code Q1.}-{@code Q3.} and then {@code 第一题 …？} after a blank line asks that too: a line
     * numbered as only questions are that asks is a question however the ones above are numbered. An answer's own
     * points ({@code 1.}, {@code (1)}, even one that asks after a blank line) stay in it.
     */
    @Test
    void aQuestionNumberedAnotherWayAfterABlankLineIsAQuestion() {
        Golden.Result r = Golden.readText(importer, """
                第1章 基础

                Q1. 什么是欠拟合？
                训练也差。
                1. 模型太简单；
                2. 特征不足。

                Q2. 什么是正则化？
                约束参数。

                1. 为什么能防止过拟合？
                限制了模型容量。

                第一题 什么是 Dropout？
                随机丢弃。

                第二题 解释 BatchNorm
                批归一化。

                第2章 优化

                Q3. 什么是 Adam？
                自适应。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("什么是欠拟合？", "训练也差。\n1. 模型太简单；\n2. 特征不足。", "基础"),
                tuple("什么是正则化？", "约束参数。\n\n1. 为什么能防止过拟合？\n限制了模型容量。", "基础"),
                tuple("什么是 Dropout？", "随机丢弃。", "基础"),
                tuple("解释 BatchNorm", "批归一化。", "基础"),
                tuple("什么是 Adam？", "自适应。", "优化"));
    }
}
