package dev.qbank.importers.notion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.LevelHeadings;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.Golden;
import dev.qbank.importers.qa.QaImporter;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotionImporterTest {
    private static final String SEED = "003_ebb4cdbd02d21701.txt";
    private final NotionImporter importer = new NotionImporter();

    @Test
    void seedGolden() {
        Golden.Result result = Golden.readSeed(importer, SEED);
        assertThat(result.questions()).hasSize(46);
        Golden.assertMatches("notion", "seed-003.expected.yaml", result.toYaml());
    }

    @Test
    void seedNumbersAreOneToFortySevenWithoutSix() {
        List<Question> qs = Golden.readSeed(importer, SEED).questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 47).filter(n -> n != 6).mapToObj(n -> "Q" + n).toList());
        assertThat(qs).allSatisfy(q -> {
            assertThat(q.question()).doesNotStartWith("*").doesNotEndWith("*");
            assertThat(q.sources().get(0).text()).isEqualTo(q.question());
            assertThat(q.sources().get(0).format()).isEqualTo("notion");
            assertThat(q.language()).isEqualTo("zh-CN");
        });
    }

    @Test
    void seedTrickyQuestionsAreExact() {
        Map<String, Question> byNumber = Golden.readSeed(importer, SEED).questions().stream()
                .collect(Collectors.toMap(q -> q.sources().get(0).number(), Function.identity()));
        assertThat(byNumber.get("Q15").question()).isEqualTo("解释1*1卷积操作的意义？");
        assertThat(byNumber.get("Q42").question())
                .isEqualTo("基于区域的目标检测神经网络(R-CNN)、Fast R-CNN和Faster R-CNN之间有什么区别？");
        assertThat(byNumber.get("Q4").question()).isEqualTo("深度学习中，如何选择激活函数？");
        assertThat(byNumber.get("Q41").question()).isEqualTo("什么是Deep Recurrent Q-Network?");
        assertThat(byNumber.get("Q1").sources().get(0).line()).isEqualTo(5);
        assertThat(byNumber.get("Q1").answer()).startsWith("- 机器学习依赖于人类的因素更多")
                .contains("\n- 机器学习对数据量的依赖程度低，**深度学习**需要大量数据");
        assertThat(byNumber.get("Q11").references())
                .containsExactly(new Reference("https://link.springer.com/", null));
        assertThat(byNumber.get("Q4").media())
                .containsExactly("Deep Learning Fundamental f3253e927eb9461c9738fbc1e8ca2339/Untitled.png");
        // the picture stays where the page shows it; import rewrites the link to the bank's copy
        assertThat(byNumber.get("Q4").answer()).endsWith(
                "\n\n![Untitled](Deep%20Learning%20Fundamental%20f3253e927eb9461c9738fbc1e8ca2339/Untitled.png)");
        assertThat(byNumber.get("Q13").answer()).isNull();
    }

    @Test
    void seedLevelsBecomeDifficulties() {
        List<Question> qs = Golden.readSeed(importer, SEED).questions();
        Map<Difficulty, Long> counts = qs.stream()
                .collect(Collectors.groupingBy(Question::difficulty, Collectors.counting()));
        assertThat(counts).containsEntry(Difficulty.EASY, 11L).containsEntry(Difficulty.MEDIUM, 9L)
                .containsEntry(Difficulty.HARD, 26L);
        assertThat(qs.get(0).sources().get(0).section()).isEqualTo("初级");
        assertThat(qs.get(45).sources().get(0).section()).isEqualTo("高级");
    }

    @Test
    void seedMissingImagesAreWarningsNotFailures() {
        List<Diagnostic> warnings = Golden.readSeed(importer, SEED).warnings();
        assertThat(warnings).hasSize(2).allSatisfy(w -> {
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.code()).isEqualTo("media-missing");
            assertThat(w.file()).isEqualTo("seeds/" + SEED);
        });
        assertThat(warnings).extracting(Diagnostic::line).containsExactly(25, 64);
    }

    @Test
    void levelsVariantsCrlfBomGolden() {
        Golden.Result result = Golden.readFixture(importer, "notion", "levels-crlf-bom.md");
        Golden.assertMatches("notion", "levels-crlf-bom.expected.yaml", result.toYaml());
        List<Question> qs = result.questions();
        assertThat(qs).extracting(Question::question).containsExactly(
                "What does a 3*3 kernel see?",
                "Why use ReLU?",
                "什么是Deep Q-Network?",
                "基于 __init__ 的构造与 x_i 的区别？",
                "同一题号下 Q5 只有问题，没有答案",
                "*literal star* and `code *span*`",
                "深度学习中，如何选择激活函数？",
                "紧跟在列表后面的问题",
                "紧跟在上一题后面的问题");
        assertThat(qs).extracting(Question::difficulty).containsExactly(Difficulty.EASY, Difficulty.EASY,
                Difficulty.MEDIUM, Difficulty.MEDIUM, Difficulty.MEDIUM, Difficulty.HARD, Difficulty.HARD,
                Difficulty.HARD, Difficulty.HARD);
        assertThat(qs).extracting(q -> q.sources().get(0).number())
                .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q7", "Q8", "Q9", "Q10");
        // Q-lines with no blank line before them still start questions (not lazy continuation lines)
        assertThat(qs.get(6).answer()).isEqualTo("- 一条答案");
        assertThat(qs.get(7).answer()).isNull();
        assertThat(qs.get(8).answer()).isEqualTo("- 第十题的答案");
        assertThat(qs.get(8).sources().get(0).line()).isEqualTo(57);
        assertThat(qs.get(0).language()).isEqualTo("en");
        assertThat(qs.get(0).answer()).isEqualTo("- A 3*3 neighbourhood of the input\n"
                + "- Stacking two gives a 5*5 receptive field\n\n"
                + "![kernel](Interview%20Notes%20abc123/kernel%20one.png)");
        assertThat(qs.get(0).media()).containsExactly("Interview Notes abc123/kernel one.png");
        assertThat(qs.get(1).answer()).contains("1. Cheap to compute", "```python\nimport torch\n",
                "# Q3: not a question line, inside code\n```");
        assertThat(qs.get(1).references()).containsExactly(new Reference("https://example.org/relu", "ReLU paper"),
                new Reference("https://example.org/more", null));
        // a missing file is kept (and warned about); '..' and absolute paths are dropped; remote images stay text
        assertThat(qs.get(2).media()).containsExactly("Interview Notes abc123/missing.png");
        assertThat(qs.get(2).answer()).contains("![remote](https://example.org/remote.png)");
        assertThat(qs.get(3).references()).containsExactly(Reference.of("https://example.org/bare-url"));
        assertThat(qs.get(4).answer()).isNull();
        assertThat(qs.get(5).answer()).contains("| a | b |");
        assertThat(result.warnings()).extracting(Diagnostic::code)
                .containsExactly("media-missing", "media-unsafe", "media-unsafe");
        assertThat(result.warnings()).extracting(Diagnostic::line).containsExactly(30, 31, 32);
    }

    @Test
    void sniffClaimsNotionPagesOnly() {
        assertThat(importer.sniff(seed(SEED))).isGreaterThan(0.9);
        assertThat(importer.sniff(seed("002_574ce3207053ca75.txt"))).isZero();
        assertThat(importer.sniff(seed("000_19ee16e00da61554.txt"))).isZero();
        assertThat(importer.sniff(seed("004_0c49a7a0fc5058d2.txt"))).isZero();
        assertThat(new QaImporter().sniff(seed(SEED))).isZero();
        FormatDetector detector = new FormatDetector(ImporterRegistry.standard());
        assertThat(detector.detect(seed(SEED)).importer().name()).isEqualTo("notion");
        SourceDocument fixture = SourceDocument.load(Golden.FIXTURES.resolve("notion/levels-crlf-bom.md"), "f.md");
        assertThat(detector.detect(fixture).importer().name()).isEqualTo("notion");
    }

    @Test
    void englishAndChineseLevelWordsAreRecognised() {
        List<Question> qs = read("## Beginner\n\nQ1: a?\n\n## Intermediate\n\nQ2: b?\n\n## 困难\n\nQ3: c?\n\n"
                + "# Appendix\n\nQ4: d?\n");
        assertThat(qs).extracting(Question::difficulty)
                .containsExactly(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD, null);
        assertThat(qs.get(3).sources().get(0).section()).isEqualTo("Appendix");
    }

    @Test
    void aQuestionLineWithoutTextIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> read("# 初级\n\nQ1：***a***\n\nQ2：\n"))
                .isInstanceOf(QbankException.class)
                .satisfies(e -> {
                    Diagnostic d = ((QbankException) e).diagnostics().get(0);
                    assertThat(d.line()).isEqualTo(5);
                    assertThat(d.message()).contains("Q2");
                });
    }

    @Test
    void aPageWithoutQuestionsIsAnError() {
        assertThatThrownBy(() -> read("# 初级\n\n- just notes\n"))
                .isInstanceOf(QbankException.class).hasMessageContaining("n.md").hasMessageContaining("--format");
    }

    @Test
    void deeplyNestedListsAreRefusedWithTheLineInsteadOfParsedForMinutes() {
        StringBuilder text = new StringBuilder("# 初级\n\nQ1：***a***\n\n");
        for (int i = 0; i < 300; i++) {
            text.append("  ".repeat(i)).append("- ").append(i).append('\n');
        }
        assertThatThrownBy(() -> read(text.toString()))
                .isInstanceOf(QbankException.class)
                .satisfies(e -> assertThat(((QbankException) e).diagnostics().get(0).line()).isEqualTo(106));
    }

    @Test
    void percentDecodingKeepsPlusAndMalformedEscapes() {
        assertThat(MediaLinks.percentDecode("a%20b+c%2")).isEqualTo("a b+c%2");
        assertThat(MediaLinks.percentDecode("%E5%9B%BE.png")).isEqualTo("图.png");
    }

    @Test
    void starsThatAreContentSurviveEmphasisAroundTheQuestion() {
        List<Question> qs = Golden.readFixture(importer, "notion", "nested-bold.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly(
                "什么是Deep Q-Network?",
                "基于区域的目标检测网络(R-CNN)与Fast R-CNN有什么区别？",
                "a*b 与 a**b 在 Python 中有何区别？",
                "__init__ 方法的作用是什么？");
    }

    @Test
    void aQuestionLineInEmphasisFromEndToEndIsAQuestion() {
        Golden.Result result = Golden.readFixture(importer, "notion", "bold-question-lines.md");
        assertThat(result.warnings()).isEmpty();
        List<Question> qs = result.questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number())
                .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q10", "Q11");
        assertThat(qs.get(0).question()).isEqualTo("什么是分词？中文分词有哪些难点？");
        assertThat(qs.get(0).answer()).isEqualTo("- 歧义切分、未登录词");
        assertThat(qs.get(0).difficulty()).isEqualTo(Difficulty.EASY);

        // the number alone in bold goes with the number; a bullet before the Q is a list item, not emphasis
        List<Question> more = read("**Q1：**什么是 A？\n\n**Q2**：什么是 B？\n\n*Q3：什么是 C？*\n\n* Q4：一条答案\n");
        assertThat(more).extracting(Question::question).containsExactly("什么是 A？", "什么是 B？", "什么是 C？");
        assertThat(more.get(2).answer()).isEqualTo("* Q4：一条答案");
    }

    @Test
    void linkLinesBelowAnEmptyReferenceLabelAreItsReferences() {
        Golden.Result result = Golden.readFixture(importer, "notion", "reference-on-later-line.md");
        assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly("media-missing");
        Question q9 = result.questions().get(8);
        assertThat(q9.sources().get(0).number()).isEqualTo("Q9");
        assertThat(q9.references()).containsExactly(Reference.of("https://example.com/ml-basics"));
        assertThat(q9.answer()).isNull();

        List<Diagnostic> warnings = new ArrayList<>();
        List<Question> qs = read("Q1：a\n\n引用：\n\n- https://x.org/1\n- [Two](https://x.org/2)\n\n"
                + "<https://x.org/3>\n\n正文\n\nhttps://x.org/after-text\n\nQ2：b\n\n引用：\n\n不是链接\n\n"
                + "Q3：c\n\n引用：\n", warnings::add);
        assertThat(qs.get(0).references()).containsExactly(Reference.of("https://x.org/1"),
                new Reference("https://x.org/2", "Two"), Reference.of("https://x.org/3"));
        assertThat(qs.get(0).answer()).isEqualTo("正文\n\nhttps://x.org/after-text"); // the list ended at 正文
        // a label that no link follows is still reported and kept, as before
        assertThat(qs.get(1).answer()).isEqualTo("引用：\n\n不是链接");
        assertThat(qs.get(2).answer()).isEqualTo("引用：");
        assertThat(warnings).extracting(Diagnostic::code).containsExactly("reference-empty", "reference-empty");
        assertThat(warnings).extracting(Diagnostic::line).containsExactly(16, 22);
    }

    /**
     * A page's closing reference line after a rule ({@code ---} then {@code References: …} or {@code 引用：…}) is
     * the page's list of sources, left out with a warning; it was the last question's reference. Without the rule it
     * stays the last question's, as the seed's {@code 引用：} under its question is (the shape cannot tell them apart),
     * and under a heading ({@code ## References}) it already was no question's.
     */
    @Test
    void aClosingReferenceAfterARuleIsThePagesNotTheLastQuestions() {
        String page = "Q1: ***What is attention?***\n\n- A weighted sum of values\n\nQ2: ***What is RLHF?***\n\n"
                + "- Fine-tuning with a reward model\n\n引用：[https://x.org/q2](https://x.org/q2)\n\n";
        String closing = "References: [https://arxiv.org/abs/2203.02155](https://arxiv.org/abs/2203.02155)\n";
        List<Diagnostic> warnings = new ArrayList<>();
        List<Question> ruled = read(page + "---\n\n" + closing, warnings::add);
        assertThat(ruled.get(1).references()).containsExactly(Reference.of("https://x.org/q2"));
        assertThat(ruled.get(1).answer()).isEqualTo("- Fine-tuning with a reward model");
        assertThat(warnings).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("footer", 11));
        assertThat(read(page + closing).get(1).references()).containsExactly(Reference.of("https://x.org/q2"),
                Reference.of("https://arxiv.org/abs/2203.02155"));
        assertThat(read(page + "## References\n\n" + closing).get(1).references())
                .containsExactly(Reference.of("https://x.org/q2"));
    }

    @Test
    void fullWidthQAndQuestionWordsStartQuestions() {
        Golden.Result result = Golden.readFixture(importer, "notion", "question-marks-and-levels.md");
        List<Question> qs = result.questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number() + "/" + q.question()).containsExactly(
                "Q1/卷积层的参数量怎么计算？", "Q2/什么是感受野？", "Q3/BN 层在训练和推理时有什么区别？",
                "Q4/Focal Loss 解决了什么问题？", "Q5/What does ViT do with an image?");
        assertThat(qs.get(1).answer()).isEqualTo("- 输出特征图上一个点对应输入图像上的区域大小");
        assertThat(qs.get(3).answer()).isEqualTo("- 一阶段检测器中正负样本极度不平衡");
        assertThat(result.warnings()).isEmpty();
        SourceDocument doc = SourceDocument.load(
                Golden.FIXTURES.resolve("notion/question-marks-and-levels.md"), "question-marks-and-levels.md");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("notion");
    }

    @Test
    void levelHeadingsWithANumberASuffixOrACountAreLevels() {
        List<Question> qs = Golden.readFixture(importer, "notion", "question-marks-and-levels.md").questions();
        assertThat(qs).extracting(Question::difficulty).containsExactly(Difficulty.EASY, Difficulty.EASY,
                Difficulty.MEDIUM, Difficulty.MEDIUM, Difficulty.HARD);
        assertThat(LevelHeadings.of("初级：")).contains(Difficulty.EASY);
        assertThat(LevelHeadings.of("问题")).isEmpty();
        assertThat(LevelHeadings.of("高级技巧")).isEmpty();
    }

    @Test
    void togglesExportedAsBulletsAreQuestionsWithTheirContentAsAnswer() {
        Golden.Result result = Golden.readFixture(importer, "notion", "toggles.md");
        List<Question> qs = result.questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number() + "/" + q.question() + "/" + q.difficulty())
                .containsExactly("Q1/What is data augmentation?/EASY", "Q2/What is a pooling layer?/EASY",
                        "Q3/Why does Swin Transformer use shifted windows?/HARD");
        assertThat(qs.get(0).answer()).isEqualTo("- Random transformations of training images:\n    - flip, crop\n"
                + "    - colour jitter");
        assertThat(qs.get(1).answer()).isEqualTo("It downsamples feature maps.\n\n"
                + "![pool](Computer%20Vision%20Cheatsheet%20ab12/pool.png)");
        assertThat(qs.get(1).references()).extracting(Reference::url)
                .containsExactly("https://cs231n.github.io/convolutional-networks/");
        assertThat(qs.get(1).media()).containsExactly("Computer Vision Cheatsheet ab12/pool.png");
        assertThat(qs.get(2).answer()).isEqualTo("- To connect neighbouring windows while keeping attention local.");
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("notion/toggles.md"), "toggles.md");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("notion");
    }

    @Test
    void toggleHeadingsAreQuestionsUnderTheirLevel() {
        Golden.Result result = Golden.readFixture(importer, "notion", "toggle-headings.md");
        assertThat(result.questions()).extracting(q -> q.sources().get(0).number() + "/" + q.question() + "/"
                + q.difficulty() + "/" + q.answer()).containsExactly("Q1/什么是梯度消失？/EASY/- 反向传播中梯度逐层变小",
                "Q2/什么是 Dropout？/EASY/- 训练时随机置零部分神经元",
                "Q3/为什么 Transformer 用 LayerNorm 不用 BatchNorm？/HARD/- 序列长度可变，batch 统计量不稳定");
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("notion/toggle-headings.md"), "t.md");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("notion");
    }

    /**
     * A Feishu or Word document labels each question with its number alone on a line ({@code **问题 1**}) and writes
     * the question in the paragraph below: it was refused (or read as the numbered list of an answer).
     */
    @Test
    void aNumberAloneOnItsLineAsksTheParagraphBelow() {
        String page = "# 后端\n\n**问题 1**\n\nRedis 为什么快？\n\n1. 内存\n2. 单线程\n\n**问题 2**\n什么是 MVCC？\n"
                + "多版本并发控制。\n\n**Q3：**\n\n什么是死锁？\n\n> 四个必要条件。\n";
        assertThat(Golden.detect(page)).isEqualTo("notion");
        List<Question> qs = read(page);
        assertThat(qs).extracting(Question::question).containsExactly("Redis 为什么快？", "什么是 MVCC？", "什么是死锁？");
        assertThat(qs).extracting(Question::answer).containsExactly("1. 内存\n2. 单线程", "多版本并发控制。",
                "四个必要条件。"); // an answer that is one quote loses its '>', as under any question
        assertThat(qs).extracting(q -> q.sources().get(0).number()).containsExactly("Q1", "Q2", "Q3");
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactly(5, 11, 16); // the question's line
        // the number as a heading of its own, as a Yuque or Feishu page has it
        String headings = "# Redis\n\n### 问题 1\n\nRedis 为什么快？\n\n纯内存。\n\n### 问题 2\n\n什么是缓存穿透？\n\n布隆过滤器。\n";
        assertThat(Golden.detect(headings)).isEqualTo("notion");
        assertThat(read(headings)).extracting(Question::question, Question::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Redis 为什么快？", "纯内存。"),
                org.assertj.core.groups.Tuple.tuple("什么是缓存穿透？", "布隆过滤器。"));
        // nothing to ask under the number: refused at its line, saying where the question goes
        assertThatThrownBy(() -> read("**问题 1**\n\n- 内存\n\n**问题 2**\n\n什么是 MVCC？\n"))
                .isInstanceOf(QbankException.class)
                .satisfies(e -> {
                    Diagnostic d = ((QbankException) e).diagnostics().get(0);
                    assertThat(d.file()).isEqualTo("n.md");
                    assertThat(d.line()).isEqualTo(1);
                    assertThat(d.message()).contains("Q1 has no question text", "paragraph right under it");
                });
    }

    @Test
    void anImagePathWrittenWithItsSpacesIsAnImageOfTheQuestion() {
        // as a maintainer types the export's path, or Typora saves it: no image to CommonMark as written
        String page = "# Easy\n\nQ1: ***What does a 3*3 kernel see?***\n\n"
                + "![kernel](Interview Notes abc123/kernel one.png)\n\n- Its neighbourhood.\n";
        List<Diagnostic> warnings = new ArrayList<>();
        List<Question> out = new ArrayList<>();
        importer.read(SourceDocument.of(Path.of("src/test/resources/fixtures/notion/spaced.md"), "spaced.md",
                page.getBytes(StandardCharsets.UTF_8)), out::add, warnings::add);
        assertThat(out).singleElement().satisfies(q -> {
            assertThat(q.media()).containsExactly("Interview Notes abc123/kernel one.png");
            assertThat(q.answer()).startsWith("![kernel](Interview%20Notes%20abc123/kernel%20one.png)");
        });
        assertThat(warnings).isEmpty();
        // a title or angle brackets make the link an image as it is: left as written
        assertThat(dev.qbank.importers.SpacedImageLinks.encoded("![a](<x y.png>) ![b](x.png \"t u.png\")"))
                .isEqualTo("![a](<x y.png>) ![b](x.png \"t u.png\")");
    }

    @Test
    void aToggleSummarisedAsTheAnswerIsTheAnswerWithoutItsSummary() {
        List<Question> qs = read("## 基础篇\n\n问题1：***什么是感受野？***\n\n<details>\n<summary>答案</summary>\n\n"
                + "输出上一个像素对应的输入区域。\n\n</details>\n\n问题2：***池化的作用？***\n\n"
                + "<details><summary>点击查看答案</summary>降维。</details>\n\n问题3：***卷积怎么算？***\n\n"
                + "<details>\n<summary>代码</summary>\n\n```python\nconv(x)\n```\n\n</details>\n");
        assertThat(qs).extracting(Question::answer).containsExactly("输出上一个像素对应的输入区域。", "降维。",
                "**代码**\n\n```python\nconv(x)\n```");
    }

    /**
     * A question wrapped inside its emphasis, {@code Q2：***…是什么？} over {@code 和 … 有什么区别？***} in one
     * paragraph, was cut at the line: the question kept the opening stars and the answer opened with the rest and
     * the closing ones (imp33). It is one question now; a Q-line whose emphasis closes on its line, or whose next
     * line closes nothing, keeps that line as its answer.
     */
    @Test
    void aQuestionWrappedInsideItsEmphasisIsOneQuestion() {
        List<Question> qs = read("# 中级\n\nQ2：***Adam 的更新公式是什么？\n和 SGD 有什么区别？***\n\n- 自适应学习率\n\n"
                + "Q3：***什么是 BN？***\n训练时用 batch 统计量。\n\nQ4：**什么是 LN\n按特征维归一化。\n");
        assertThat(qs).extracting(Question::question, Question::answer).containsExactly(
                tuple("Adam 的更新公式是什么？和 SGD 有什么区别？", "- 自适应学习率"),
                tuple("什么是 BN？", "训练时用 batch 统计量。"),
                tuple("**什么是 LN", "按特征维归一化。"));
    }

    /**
     * A link that only moves about the site ({@code [返回首页](../Home.md)}, {@code [下一篇 ➡](b.md)}) after a last
     * question with no answer became its answer (imp33): like a "back to top" link, it is no answer; a link to
     * another page with other words stays.
     */
    @Test
    void aLinkBackToTheHomePageIsNoAnswer() {
        List<Diagnostic> warnings = new ArrayList<>();
        List<Question> qs = read("# 初级\n\nQ1：什么是 AUC？\n\n- 排序能力\n\n[⬅ 上一篇](a.md) | [下一篇 ➡](b.md)\n\n"
                + "Q2：为什么 GBDT 用负梯度？\n\n---\n\n[返回首页](../Home%2033cc.md)\n", warnings::add);
        assertThat(qs).extracting(Question::answer).containsExactly("- 排序能力", null);
        assertThat(warnings).extracting(Diagnostic::code).containsExactly("table-of-contents");
        assertThat(read("Q1：什么是 AUC？\n\n[AUC 的定义](auc.md)\n")).extracting(Question::answer)
                .containsExactly("[AUC 的定义](auc.md)");
    }

    private List<Question> read(String text) {
        return read(text, w -> { });
    }

    private List<Question> read(String text, java.util.function.Consumer<Diagnostic> warnings) {
        List<Question> out = new ArrayList<>();
        importer.read(SourceDocument.of(Path.of("n.md"), "n.md", text.getBytes(StandardCharsets.UTF_8)),
                out::add, warnings);
        return out;
    }

    private static SourceDocument seed(String name) {
        return SourceDocument.load(Golden.SEEDS.resolve(name), "seeds/" + name);
    }

    @Test
    void questionsCountedInWordsStartQuestions() throws Exception {
        Path fixture = Path.of("src/test/resources/fixtures/notion/nth-questions.md");
        SourceDocument doc = SourceDocument.load(fixture, "nth-questions.md");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("notion");
        List<Question> qs = Golden.readFixture(importer, "notion", "nth-questions.md").questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number(), Question::question, Question::answer,
                Question::difficulty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Q1", "什么是过拟合？", "- 训练集好、测试集差", Difficulty.EASY),
                org.assertj.core.groups.Tuple.tuple("Q2", "什么是欠拟合？", "- 训练集也差", Difficulty.EASY));
    }

    @Test
    void tagAndDifficultyLinesAreTheQuestionsTagsAndDifficultyNotAnswerText() {
        Golden.Result r = Golden.readFixture(importer, "notion", "metadata-lines.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::tags).containsExactly(List.of("正则化", "dropout"), List.of("BN", "归一化"),
                List.of("optimizer", "adam"));
        assertThat(qs).extracting(Question::difficulty).containsExactly(Difficulty.MEDIUM, Difficulty.HARD,
                Difficulty.MEDIUM);
        assertThat(qs).extracting(Question::answer).containsExactly("- 训练时随机失活", "- 训练用 batch 统计量\n- 推理用滑动平均",
                "Combines momentum and RMSProp; the tags: are below.");
        assertThat(qs.get(1).references()).extracting(Reference::url).containsExactly("https://arxiv.org/abs/1502.03167");
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("difficulty");
    }

    @Test
    void aMarkerBeforeALevelWordStillNamesTheLevel() {
        List<Question> qs = Golden.readText(importer,
                "# 🟢 简单\n\nQ1：什么是张量？\n\n- 多维数组\n\n# 🔴 困难\n\nQ2：解释自动微分\n\n# ⭐ Medium\n\nQ3：q\n")
                .questions();
        assertThat(qs).extracting(Question::difficulty).containsExactly(Difficulty.EASY, Difficulty.HARD,
                Difficulty.MEDIUM);
    }

    /**
     * Notion callouts ({@code <aside>💡 ...</aside>}) kept their HTML tags in the answer, and a callout asking a
     * question ({@code <aside>❓ Q3：...}) was glued onto the answer before it.
     */
    @Test
    void calloutsAreQuotesAndACalloutAskingAQuestionIsOne() {
        Golden.Result r = Golden.readFixture(importer, "notion", "callouts.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Q1", "什么是过拟合？"),
                org.assertj.core.groups.Tuple.tuple("Q2", "什么是 Batch Normalization？"),
                org.assertj.core.groups.Tuple.tuple("Q3", "Dropout 为什么有效？"),
                org.assertj.core.groups.Tuple.tuple("Q4", "LayerNorm 和 BatchNorm 的区别？"),
                org.assertj.core.groups.Tuple.tuple("Q5", "Notion 的 callout 怎么导出？"));
        assertThat(qs).extracting(q -> q.sources().get(0).line()).containsExactly(10, 19, 32, 39, 43);
        assertThat(qs.get(0).answer()).isEqualTo("> 💡 过拟合指模型在训练集上表现很好，在测试集上表现差。\n\n- 解决办法：正则化、数据增强");
        assertThat(qs.get(1).answer()).isEqualTo("> ⚠️ **注意**：BN 在小 batch 上效果差。\n>\n> - 训练时用 batch 统计量\n"
                + "> - 推理时用滑动平均\n>\n> ![kernel](Interview%20Notes%20abc123/kernel%20one.png)");
        assertThat(qs.get(1).media()).containsExactly("Interview Notes abc123/kernel one.png");
        assertThat(qs.get(2).answer()).isEqualTo("相当于训练了许多子网络的集成。");
        assertThat(qs.get(3).answer()).isEqualTo("LayerNorm 在特征维上归一化。");
        // in a toggle too; an <aside> shown in a code block is code
        assertThat(qs.get(4).answer()).contains("```html\n<aside>\n💡 text\n</aside>\n```")
                .endsWith("\n\n> 🔥 toggle 里的 callout 也是引用。");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("preamble", 4));
    }

    /** An English page: level headings, a table in an answer, a callout, toggles and a reference line. */
    @Test
    void anEnglishPageWithTogglesCalloutsAndATable() {
        Golden.Result r = Golden.readFixture(importer, "notion", "english-levels-callouts.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::question, Question::difficulty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("What is a feature?", Difficulty.EASY),
                org.assertj.core.groups.Tuple.tuple("What is a label?", Difficulty.EASY),
                org.assertj.core.groups.Tuple.tuple("Why does batch norm help optimisation?", Difficulty.HARD),
                org.assertj.core.groups.Tuple.tuple("What is the lottery ticket hypothesis?", Difficulty.HARD));
        assertThat(qs.get(0).answer()).endsWith("| numeric | age |");
        assertThat(qs.get(1).answer()).isEqualTo("> 💡 Also called the target.");
        assertThat(qs.get(3).references()).extracting(Reference::url).containsExactly("https://arxiv.org/abs/1803.03635");
        assertThat(r.warnings()).isEmpty();
    }

    /** A collapsed block in an answer ({@code <details><summary>代码</summary>}) kept its HTML tags. */
    @Test
    void aCollapsedBlockInAnAnswerIsMarkdownUnderItsSummary() {
        List<Question> qs = Golden.readFixture(importer, "notion", "folded-code.md").questions();
        assertThat(qs).extracting(Question::answer).containsExactly(
                "随机丢弃。\n\n**代码**\n\n```python\nnn.Dropout(0.5)\n```",
                "归一化。\n\n**Show the formula**\n\nBN(x) = γ·x̂ + β");
    }

    /**
     * A contents list under '# 目录' and a '[回到目录](#目录)' line: before, the link was answer text and the
     * contents went unmentioned in a preamble warning. A list that mixes an in-page link with text is answer.
     */
    @Test
    void aTableOfContentsIsNeitherQuestionsNorAnswers() {
        Golden.Result r = Golden.readFixture(importer, "notion", "table-of-contents.md");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("- BN 对每个 mini-batch 做标准化。",
                "- 随机丢弃神经元。\n- 与 [Q1](#q1什么是bn) 一样能正则化。");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).section()).containsExactly("初级", "初级");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("table-of-contents", 5));
    }

    /**
     * An answer label opening the answer ('**答：**', '答案：' alone over a list, '**Answer:**') says what follows and
     * is not its text; '**答案**是…' is prose. Before, every label, plain or bold, stayed in the answer.
     */
    @Test
    void anAnswerLabelOpeningTheAnswerIsNotItsText() {
        Golden.Result r = Golden.readFixture(importer, "notion", "answer-labels.md");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("对每个 mini-batch 的激活做标准化。",
                "- 训练时随机丢弃神经元\n- 测试时按保留概率缩放", "adaptive learning rates.", "**答案**是扩充数据：提高泛化。");
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * '**Q1. question**' lines answered by 'A1. answer', and '第1题：' lines answered by '【答案】': the numbered and the
     * bracketed label are no part of the answer (before, both stayed).
     */
    @Test
    void numberedAndBracketedAnswerLabelsAreNotAnswerText() {
        Golden.Result numbered = Golden.readFixture(importer, "notion", "numbered-answers.md");
        assertThat(numbered.questions()).extracting(Question::answer).containsExactly(
                "Splitting text into units such as words or subwords.",
                "Byte-pair encoding merges the most frequent symbol pairs.", "A dense vector representing a token.");
        Golden.Result bracketed = Golden.readFixture(importer, "notion", "bracketed-answers.txt");
        assertThat(bracketed.questions()).extracting(Question::answer).containsExactly(
                "交叉熵是凸的，梯度形式简单。\n【解析】MSE 配合 sigmoid 非凸。", "线性核、多项式核、高斯核。", "样本和特征都随机采样，再做投票。");
    }

    /**
     * 'Q1: question' lines answered in block quotes ('> answer', a list inside): the quote sets the answer apart, its
     * text is the answer (before, every line kept its '>').
     */
    @Test
    void anAnswerWrittenAsBlockQuotesIsItsText() {
        Golden.Result r = Golden.readFixture(importer, "notion", "quoted-answers.md");
        assertThat(r.questions()).extracting(Question::answer).containsExactly(
                "The model fits noise in the training data and generalises poorly.",
                "Compare training and validation loss:\n- training keeps falling\n- validation rises",
                "Adding a penalty on model complexity, e.g. L2.");
    }

    /**
     * A 【解析】 / **解析：** / Explanation: paragraph after a question's answer is its explanation (it stayed in the
     * answer), as in the numbered shape; and such lines do not make a Notion page a Q&A document (the whole page
     * was read as one question titled 初级).
     */
    @Test
    void anExplanationLineAfterTheAnswerIsTheExplanation() throws Exception {
        Path fixture = Golden.FIXTURES.resolve("notion/explanation-lines.md");
        SourceDocument doc = SourceDocument.load(fixture, "f.md");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("notion");
        Golden.Result r = Golden.readFixture(importer, "notion", "explanation-lines.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::answer).containsExactly(
                "模型在训练集上表现好，在测试集上表现差。",
                "- 反向传播时梯度越来越小。",
                "Randomly zeroes activations during training.",
                "解析器: builds a tree; 分词器 splits text.");
        assertThat(qs).extracting(Question::explanation).containsExactly(
                "训练数据太少或模型太复杂时容易出现。",
                "链式法则连乘小于 1 的数。\n\n可以用残差连接缓解。",
                "it prevents co-adaptation of units.",
                null);
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * Option paragraphs under a Q-line (A. ReLU / B. Adam, or (A)/(B) lines in one paragraph) are the question's
     * prompt, and the 答：/Answer: label under them is no part of the answer (both stayed in the answer); a lone
     * "A." paragraph is an answer as written.
     */
    @Test
    void optionParagraphsUnderAQuestionAreItsPrompt() {
        Golden.Result r = Golden.readFixture(importer, "notion", "choice-options.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::prompt).containsExactly("以下哪个是激活函数？\n\nA. ReLU\nB. Adam",
                "Which layer normalises over the batch?\n\n(A) BatchNorm\n(B) LayerNorm", null);
        assertThat(qs).extracting(Question::answer).containsExactly("A", "(A)", "A. 训练集好、测试集差。");
        assertThat(qs.get(1).explanation()).isEqualTo("BatchNorm 用 batch 的统计量。");
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * Part headings that are neither the bank's title nor a level name the questions' topic, as in Q&A documents
     * (before, only the source's section kept them); text after the last rule at the end of the page is its footer,
     * not the last answer, and its reference line is not reported as kept.
     */
    @Test
    void partHeadingsAreTopicsAndTheTextAfterTheLastRuleIsTheFooter() {
        Golden.Result r = Golden.readFixture(importer, "notion", "part-headings-footer.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::topic).containsExactly("Transformer", "Transformer", "BERT");
        assertThat(qs).extracting(Question::difficulty).containsExactly(null, null, Difficulty.EASY);
        assertThat(qs).extracting(Question::answer).containsExactly("防止点积过大导致 softmax 梯度消失。",
                "1. 让模型在不同子空间关注不同信息；\n2. 增强表达能力。", "MLM 和 NSP。\n\n参考：原论文第 3 节");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("footer", 27),
                org.assertj.core.groups.Tuple.tuple("reference-empty", 25));
    }

    /**
     * A page titled with the bank's name, a subject's questions of a level or kind ({@code # Deep Learning 进阶题}) or
     * its N questions ({@code # 机器学习 100 问}), gave every question that title as its topic (imp33's bank 12): it
     * names the collection, as {@code # 面试题合集} does, so it is no topic; a page titled with a subject
     * ({@code # 卷积神经网络}) keeps it as the topic, and part headings under the bank's name are still topics.
     */
    @Test
    void aPageTitleNamingTheBankIsNoTopic() {
        String questions = "\n\nQ1：**梯度消失的原因是什么？**\n\n- 导数连乘\n\nQ2：**什么是残差连接？**\n\n- 恒等映射\n";
        assertThat(read("# Deep Learning 进阶题" + questions)).extracting(Question::topic).containsOnlyNulls();
        assertThat(read("# 机器学习 100 问" + questions)).extracting(Question::topic).containsOnlyNulls();
        assertThat(read("# 面试题合集" + questions)).extracting(Question::topic).containsOnlyNulls();
        assertThat(read("# 卷积神经网络" + questions)).extracting(Question::topic).containsOnly("卷积神经网络");
        assertThat(read("# Deep Learning 进阶题\n\n## 优化" + questions)).extracting(Question::topic)
                .containsOnly("优化");
    }

    /**
     * The basics ({@code # 基础}, {@code # Basics}) beside other level headings are a level like {@code # 初级}; they
     * were the questions' topic. Alone, or over level headings ({@code ## 一、基础篇} over {@code ### 初级}, see
     * below), they name a part; {@code # 进阶} beside {@code # 基础} is a level without any plain level word.
     */
    @Test
    void theBasicsBesideOtherLevelsAreALevel() {
        String page = "# 基础\n\nQ1：**何为过拟合？**\n\n- 训练好，测试差\n\n# 进阶\n\nQ2：**何为权重衰减？**\n\n"
                + "- L2 惩罚\n\n# 高级\n\nQ3：**何为谱归一化？**\n\n- 约束 Lipschitz 常数\n";
        assertThat(read(page)).extracting(Question::topic, Question::difficulty).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, dev.qbank.model.Difficulty.EASY),
                org.assertj.core.groups.Tuple.tuple(null, dev.qbank.model.Difficulty.MEDIUM),
                org.assertj.core.groups.Tuple.tuple(null, dev.qbank.model.Difficulty.HARD));
        assertThat(read("# Basics\n\nQ1：**What is overfitting?**\n\n- Fits noise\n\n# Advanced\n\n"
                + "Q2：**What is spectral normalisation?**\n\n- Bounds the Lipschitz constant\n"))
                .extracting(Question::difficulty).containsExactly(dev.qbank.model.Difficulty.EASY,
                        dev.qbank.model.Difficulty.HARD);
        assertThat(read("# 基础\n\nQ1：**何为过拟合？**\n\n- 训练好\n\n# 进阶\n\nQ2：**何为权重衰减？**\n\n- L2\n"))
                .extracting(Question::difficulty).containsExactly(dev.qbank.model.Difficulty.EASY,
                        dev.qbank.model.Difficulty.MEDIUM);
        // alone among topics, the basics are a part: its topic
        assertThat(read("# 基础\n\nQ1：**何为过拟合？**\n\n- 训练好\n\n# 优化\n\nQ2：**何为动量？**\n\n- 惯性\n"))
                .extracting(Question::topic, Question::difficulty).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("基础", null), org.assertj.core.groups.Tuple.tuple("优化", null));
    }

    /**
     * A Zhihu-style page of Q-lines under part headings (## 一、基础篇): the heading is the questions' topic, as in
     * the other Markdown formats (they had none); a level heading gives the difficulty and no topic, a heading over
     * the whole bank (# 深度学习面试100问) none, and a part heading ends the part above at its level.
     */
    @Test
    void partHeadingsAreTheTopicsOfTheQuestionsUnderThem() {
        List<Question> qs = read("""
                # 深度学习面试100问

                ## 一、基础篇

                **Q1：为什么需要激活函数？**

                A：引入非线性。

                ### 初级

                Q2：Sigmoid 的缺点？

                梯度消失。

                ## 二、优化篇（2题）

                Q3：Adam 的原理？

                一阶矩和二阶矩。

                ## 高级

                Q4：推导反向传播

                链式法则。
                """);
        assertThat(qs).extracting(Question::topic, Question::difficulty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("基础篇", null),
                org.assertj.core.groups.Tuple.tuple("基础篇", dev.qbank.model.Difficulty.EASY),
                org.assertj.core.groups.Tuple.tuple("优化篇", null),
                org.assertj.core.groups.Tuple.tuple(null, dev.qbank.model.Difficulty.HARD));
    }

    /**
     * imp40: a Juejin post's {@code ## Q1：…} headings after {@code ## 前言} and its introduction were all filed under
     * 前言 (a sibling heading, no part over them), and the text under {@code ## 写在最后} after them was dropped without
     * a word (the page's introduction had used up the one preamble warning).
     */
    @Test
    void aQuestionHeadingEndsItsSiblingPartAndClosingTextIsNamed() {
        Golden.Result r = Golden.readText(importer, "## 前言\n最近面了几家。\n\n## Q1：什么是自注意力？\n加权求和。\n\n"
                + "## Q2：多头有什么好处？\n关注不同关系。\n\n## 写在最后\n码字不易，点赞收藏！\n");
        assertThat(r.questions()).extracting(Question::question, Question::topic, Question::answer).containsExactly(
                tuple("什么是自注意力？", null, "加权求和。"), tuple("多头有什么好处？", null, "关注不同关系。"));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("preamble", 2), tuple("outside-question", 11));
        Golden.Result nested = Golden.readText(importer, "# CNN\n\n## Q1：什么是池化？\n降采样。\n");
        assertThat(nested.questions()).extracting(Question::topic).containsExactly("CNN");
    }

    /** A Notion page's {@code Q1：} lines lose their frequency marks to tags; {@code 高频交易} is asked about. */
    @Test
    void frequencyMarksAreTagsNotText() {
        Golden.Result r = Golden.readTextAsImported(importer, """
                # 面试题

                ## Q1：什么是BN？（高频）
                批归一化。

                ## Q2：🔥 什么是LN？
                层归一化。

                ## Q3：高频交易是什么？
                一种交易。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::tags, Question::answer).containsExactly(
                tuple("什么是BN？", List.of("高频"), "批归一化。"),
                tuple("什么是LN？", List.of("高频"), "层归一化。"),
                tuple("高频交易是什么？", List.of(), "一种交易。"));
    }

    /**
     * An introduction's heading ({@code ## 一、前言：}, as a 掘金 post opens) ends where the question headings begin at
     * its level: the questions are in the heading above it, not in the introduction; another heading stays theirs.
     */
    @Test
    void anIntroductionHeadingIsNoQuestionsSection() {
        Golden.Result r = Golden.readText(importer, """
                # Transformer 面试
                ## 一、前言：
                最近面了几家大模型岗位，这些问题几乎必问。

                ## Q1：什么是自注意力机制？
                加权求和。

                ## 基础

                ## Q2：什么是 LayerNorm？
                层归一化。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::topic, q -> q.sources().get(0).section())
                .containsExactly(
                        tuple("什么是自注意力机制？", null, "Transformer 面试"),
                        tuple("什么是 LayerNorm？", null, "基础"));
        Golden.Result untitled = Golden.readText(importer, "## 前言\n最近面了几家。\n\n## Q1：什么是BN？\n批归一化。\n");
        assertThat(untitled.questions()).extracting(q -> q.sources().get(0).section()).containsOnlyNulls();
        assertThat(untitled.warnings()).extracting(Diagnostic::message).containsExactly(
                "text outside any question (before the first 'QN：' line or under a heading) is not imported");
    }
}
