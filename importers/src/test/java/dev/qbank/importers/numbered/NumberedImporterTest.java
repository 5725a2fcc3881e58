package dev.qbank.importers.numbered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Golden;
import dev.qbank.importers.RepositorySections;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every numbered line is a question, or a warning says why not; nothing is folded into an answer unseen. */
class NumberedImporterTest {
    private final NumberedImporter importer = new NumberedImporter();

    private Golden.Result fixture(String name) {
        return Golden.readFixture(importer, "numbered", name);
    }

    private Golden.Result read(String text) {
        return Golden.readText(importer, text);
    }

    /**
     * fix43 (importer audit 42's "Left"): a short plain line after a blank line was a section title whenever items
     * followed, so an unnumbered question over its numbered points ({@code 简述梯度消失的原因}) or a note
     * ({@code 注意区分这两个概念}) filed every later question under it. A title names a subject: it neither asks nor
     * notes. Both directions: a subject's name is still the section of the items under it.
     */
    @Test
    void aLineThatAsksOrNotesIsNoSectionTitle() {
        for (String line : List.of("简述梯度消失的原因", "为什么要做归一化", "L1 与 L2 正则的区别", "How does dropout work",
                "What is a closure", "注意区分这两个概念", "以下是二面的题目", "Explain batch normalization")) {
            Golden.Result r = read("1. 什么是过拟合？\n训练好测试差。\n\n" + line + "\n1. 什么是 BN？\n批归一化。\n");
            assertThat(r.questions()).as(line).extracting(Question::topic).containsOnlyNulls();
        }
        for (String title : List.of("循环神经网络", "机器学习基础", "Transformer 相关", "Deep learning basics", "数据库与缓存")) {
            Golden.Result r = read("1. 什么是过拟合？\n训练好测试差。\n\n" + title + "\n1. 什么是 BN？\n批归一化。\n");
            assertThat(r.questions()).as(title).extracting(Question::question, Question::topic)
                    .containsExactly(tuple("什么是过拟合？", null), tuple("什么是 BN？", title));
        }
    }

    /**
     * imp32: an item keeps its code spans, as a table's question cell and a qa question do; before, the backticks
     * went ("How does @staticmethod differ…"), and the source's wording with them.
     */
    @Test
    void anItemKeepsItsCodeSpans() {
        Golden.Result r = read("1. How does `@staticmethod` differ from `@classmethod`?\n"
                + "2. **What does `__init__` do?**\n3. 什么是 `volatile`？ 答：保证可见性。\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly(
                "How does `@staticmethod` differ from `@classmethod`?", "What does `__init__` do?", "什么是 `volatile`？");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).text()).containsExactly(
                "How does `@staticmethod` differ from `@classmethod`?", "What does `__init__` do?", "什么是 `volatile`？");
        assertThat(r.questions().get(2).answer()).isEqualTo("保证可见性。");
    }

    /**
     * imp32: a URL at the end of an item's line is its reference, as a chapter list reads it (the same code); before,
     * a list with too few of them to be read as chapters kept the URL in the question.
     */
    @Test
    void aUrlAtTheEndOfAnItemIsItsReference() {
        Golden.Result r = read("[1] 什么是过拟合？ https://zhuanlan.zhihu.com/p/1\n[2] 什么是欠拟合？\n"
                + "[3] 什么是正则化？[讲解](https://example.org/reg)\n[4] 什么是早停？\n[5] 什么是 Dropout？\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是过拟合？", "什么是欠拟合？",
                "什么是正则化？", "什么是早停？", "什么是 Dropout？");
        assertThat(r.questions().get(0).references()).extracting(Reference::url)
                .containsExactly("https://zhuanlan.zhihu.com/p/1");
        assertThat(r.questions().get(2).references()).extracting(Reference::url, Reference::title)
                .containsExactly(tuple("https://example.org/reg", "讲解"));
        assertThat(r.questions()).extracting(q -> q.references().size()).containsExactly(1, 0, 1, 0, 0);
    }

    /**
     * imp31: items citing notes ({@code …？[1]}) listed under {@code 参考文献} at the end get them as references, without
     * the marker; before, the {@code [1] https://…} notes were read as items numbered {@code [1]} or as the last
     * item's answer.
     */
    @Test
    void notesAnItemCitesAreItsReferences() {
        Golden.Result r = read("1. 什么是残差连接？[1]\n残差连接让梯度直接流过。\n\n2. 什么是 BN？ [2]\n\n"
                + "3. 什么是 Dropout？\n\n参考文献：\n[1] https://arxiv.org/abs/1512.03385\n"
                + "[2] Ioffe, Szegedy https://arxiv.org/abs/1502.03167\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是残差连接？", "什么是 BN？",
                "什么是 Dropout？");
        assertThat(r.questions()).extracting(q -> q.references().size()).containsExactly(1, 1, 0);
        assertThat(r.questions().get(1).references().get(0).title()).isEqualTo("Ioffe, Szegedy");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("残差连接让梯度直接流过。", null, null);
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * A legend of the levels repeated between a numbered bank's items ({@code 🟢 Easy 🟡 Medium 🔴 Hard}) stayed in
     * the answer above it: it is the bank's key, no answer text. A line of the answer that names levels among other
     * words, or one circle and a word, is the answer's.
     */
    @Test
    void aLegendBetweenTheItemsIsNoAnswerText() {
        Golden.Result r = read("""
                1. What is a closure? 🟢
                   A function with the variables it closes over.

                🟢 Easy 🟡 Medium 🔴 Hard

                2. What is the event loop? 🟡
                   It runs the tasks queued.
                   🟢 Easy tasks run first, then 🟡 Medium ones.
                   🔴 Hard

                > **难度：** 🟢 简单 · 🟡 中等 · 🔴 困难

                3. What is hoisting? 🔴
                   Declarations move to the top.
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("What is a closure?", "A function with the variables it closes over."),
                tuple("What is the event loop?", "It runs the tasks queued.\n🟢 Easy tasks run first, then 🟡 Medium ones.\n🔴 Hard"),
                tuple("What is hoisting?", "Declarations move to the top."));
    }

    /**
     * The numbered answer label that matches a {@code Q1)} or {@code 问题1：} question, {@code A1)} or {@code 答案1：},
     * stayed at the start of every answer.
     */
    @Test
    void numberedAnswerLabelsAreNoPartOfTheAnswer() {
        Golden.Result r = read("Q1) What is a deadlock?\nA1) Two threads wait for each other's lock.\n\n"
                + "Q2) What is starvation?\nA2）A thread never gets the resource.\n");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("Two threads wait for each other's lock.",
                "A thread never gets the resource.");
        List<Question> notion = Golden.readText(ImporterRegistry.standard().require("notion"),
                "问题1：什么是索引？\n答案1：加速查询的数据结构。\n\n问题2：什么是回表？\n答案2：再查一次聚簇索引。\n").questions();
        assertThat(notion).extracting(Question::answer).containsExactly("加速查询的数据结构。", "再查一次聚簇索引。");
    }

    /**
     * An outliner's page (Logseq, Workflowy) whose questions all sit under one title bullet was refused as
     * unrecognised: the title bullet is now the page's title (a bank's name: no topic), the nested questions the
     * items, their children the answers, and page and block properties bookkeeping or tags.
     */
    @Test
    void questionsUnderATitleBulletAreTheItems() {
        Golden.Result r = fixture("outline-title-bullet.md");
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).line(), Question::topic)
                .containsExactly(tuple("Kafka 为什么吞吐量高？", 6, null), tuple("消费者组里的分区怎么分配？", 9, null),
                        tuple("ISR 是什么？", 12, null));
        assertThat(r.questions().get(1).answer()).isEqualTo("- Range、RoundRobin 和 Sticky 三种策略。");
        assertThat(r.questions().get(2).tags()).containsExactly("消息队列", "副本", "可靠性"); // the page's tags first
        assertThat(r.questions().get(2).answer()).isEqualTo("- 与 leader 保持同步的副本集合。\n  落后太多的副本会被移出。");
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * A Logseq page's {@code tags::} property above its first bullet tags every question of the page (a page reference
     * as its name), before a question's own {@code tags::}; its other page properties are dropped, and so is a
     * {@code tags:} line that is no page property (one colon, or below the first bullet).
     */
    @Test
    void aPagesTagsTagEveryQuestion() {
        Golden.Result r = fixture("outline-page-tags.md");
        assertThat(r.questions()).extracting(Question::question, Question::tags).containsExactly(
                tuple("什么是 TCP 的 TIME_WAIT？", List.of("网络", "传输层")),
                tuple("为什么 TCP 握手是三次？", List.of("网络", "传输层", "握手")),
                tuple("拥塞窗口和接收窗口有什么区别？", List.of("网络", "传输层")));
        assertThat(r.questions().get(0).answer()).doesNotContain("::");
        assertThat(r.warnings()).isEmpty();
        assertThat(fixture("outline-title-bullet.md").questions()).allMatch(q -> q.tags().contains("消息队列"));
        // a page reference is one tag, its spaces kept; so under a question, and on a line of hashtags
        String references = "tags:: [[传输 层]], #[[machine learning]]\n\n- 什么是 TCP 的慢启动？\n"
                + "  tags:: [[拥塞 控制]]\n  - 窗口从小开始指数增长。\n- 什么是快重传？\n  #[[重复 确认]] #TCP\n"
                + "  - 收到三个重复 ACK 立即重传。\n";
        assertThat(read(references).questions()).extracting(Question::tags).containsExactly(
                List.of("传输 层", "machine learning", "拥塞 控制"), List.of("传输 层", "machine learning", "重复 确认", "TCP"));
        String margin = "tags:: 数据库, [[索引]]\n\n- 什么是聚簇索引？\n- 什么是回表？\n";
        assertThat(Golden.detect(margin)).isEqualTo("numbered"); // not Anki's legacy "tags:a b" first line
        assertThat(Golden.readText(importer, margin).questions()).allMatch(q -> q.tags().equals(List.of("数据库", "索引")));
        assertThat(PageTags.of("Tags: 网络\n- 什么是 TCP？\n")).isEmpty();
        assertThat(PageTags.of("- 什么是 TCP？\ntags:: 网络\n")).isEmpty();
    }

    /**
     * Logseq's cloze ({@code {{cloze Eden}}}) in a bullet makes it a question that hides each deletion as
     * {@code [...]}, as an Anki cloze reads; what it hides is the answer's first part, the source keeps it as written.
     */
    @Test
    void logseqClozeBulletsAreClozeQuestions() {
        Golden.Result r = fixture("outline-logseq-cloze.md");
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是双亲委派模型？",
                "对象默认在 [...] 区分配，大对象直接进入 [...]。", "G1 把堆划分为大小相等的 [...]。",
                "为什么要有 Metaspace？");
        assertThat(r.questions().get(1).answer()).isEqualTo("Eden\n老年代");
        assertThat(r.questions().get(2).answer()).isEqualTo("Region\n\n- 每个 Region 可以扮演 Eden、Survivor 或 Old。");
        assertThat(r.questions().get(1).sources().get(0).text()).contains("{{cloze Eden}}");
        assertThat(r.warnings()).isEmpty();
    }

    /** Topic bullets nest to any depth, indented with tabs or spaces; the nearest one over a question is its topic. */
    @Test
    void nestedTopicBulletsAreTopics() {
        Golden.Result r = fixture("outline-nested-topics.md");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("B+ 树为什么适合做索引？", "索引"), tuple("覆盖索引是什么？", "索引"), tuple("什么是幻读？", "事务"),
                tuple("手撕：快速排序", "编程"), tuple("Java 的 HashMap 扩容时做了什么？", "编程"));
        assertThat(r.questions().get(2).answer()).contains("```sql\n  SELECT * FROM t WHERE id > 5;\n\n  SELECT");
        String single = """
                - 网络
                  - TCP 为什么要三次握手？
                    - 确认双方的收发能力。
                  - TIME_WAIT 有什么用？
                    - 让迟到的报文消失。
                """;
        assertThat(read(single).questions()).extracting(Question::topic).containsExactly("网络", "网络");
    }

    /**
     * Only a page of bullets is an outline: text at the margin between them (a document with a list in it), or
     * nested bullets of which too few ask, is not rewritten; questions at the margin are read as they stand.
     */
    @Test
    void aDocumentWithTextAtTheMarginIsNoOutline() {
        String withText = """
                - 网络
                  - TCP 为什么要三次握手？
                  - TIME_WAIT 有什么用？
                这两点常考。
                """;
        assertThat(OutlinePage.flattened(doc(withText))).isEmpty();
        String notAsking = """
                - 网络
                  - TCP
                    - 面向连接
                  - UDP
                    - 无连接
                """;
        assertThat(OutlinePage.flattened(doc(notAsking))).isEmpty();
        assertThat(OutlinePage.flattened(doc("- 什么是 TCP？\n  - 协议\n- 什么是 UDP？\n  - 协议\n"))).isEmpty();
        String outline = "- 网络\n  - 什么是 TCP？\n    - 协议\n  - 什么是 UDP？\n";
        assertThat(OutlinePage.flattened(doc(outline)).orElseThrow().text())
                .isEqualTo("# 网络\n- 什么是 TCP？\n  - 协议\n- 什么是 UDP？\n");
    }

    /** Logseq's card tag after a question ({@code #card}, {@code [[card]]}) is taken off it, nested or at the margin. */
    @Test
    void logseqCardTagsAreNoPartOfTheQuestion() {
        String nested = """
                - Redis
                  - 什么是缓存穿透？ #card
                    - 查询不存在的数据。
                  - 什么是缓存雪崩？ [[card]]
                    - 大量 key 同时过期。
                """;
        assertThat(read(nested).questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("什么是缓存穿透？", "Redis"), tuple("什么是缓存雪崩？", "Redis"));
        String margin = """
                - 什么是 CAP？ #card
                  - 一致性、可用性、分区容错。
                - BASE 是什么？ #card
                  - 基本可用、软状态、最终一致。
                """;
        assertThat(read(margin).questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是 CAP？", "- 一致性、可用性、分区容错。"), tuple("BASE 是什么？", "- 基本可用、软状态、最终一致。"));
    }

    /**
     * A card beside topic bullets (Logseq's {@code - Redis 为什么快？ #card} over its points, next to {@code - 持久化}
     * over more cards), and a bullet that asks over points none of which asks, is a question: it became a heading
     * filing nothing, and its answer was lost without a warning.
     */
    @Test
    void aCardBesideTopicBulletsIsAQuestion() {
        String page = """
                - Redis 为什么快？ #card
                  card-last-score:: 5
                  card-repeats:: 2
                	- 纯内存操作
                	- I/O 多路复用
                - Redis 有哪些数据类型？
                	- String、List、Hash
                - 持久化
                	- RDB 和 AOF 有什么区别？ #card
                		- 快照和命令日志。
                - 集群
                	- 哨兵的作用？ #card
                		- 自动故障转移。
                """;
        assertThat(read(page).questions()).extracting(Question::question, Question::answer, Question::topic)
                .containsExactly(tuple("Redis 为什么快？", "- 纯内存操作\n- I/O 多路复用", null),
                        tuple("Redis 有哪些数据类型？", "- String、List、Hash", null),
                        tuple("RDB 和 AOF 有什么区别？", "- 快照和命令日志。", "持久化"),
                        tuple("哨兵的作用？", "- 自动故障转移。", "集群"));
        String topicsOnly = """
                - 网络
                  - TCP 为什么要三次握手？
                    - 确认双方收发能力
                  - TIME_WAIT 有什么用？
                - 为什么要学这些？
                  - 数据库
                    - 索引是什么？
                """;
        assertThat(read(topicsOnly).questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("TCP 为什么要三次握手？", "网络"), tuple("TIME_WAIT 有什么用？", "网络"), tuple("索引是什么？", "数据库"));
    }

    private static SourceDocument doc(String text) {
        return new SourceDocument("page.md", java.nio.file.Path.of("page.md"), text, text.length(), "0");
    }

    /** A line of hashtags under a question, as notes apps tag a note, is its tags; one hashtag stays text. */
    @Test
    void aLineOfHashtagsUnderAQuestionIsItsTags() {
        Golden.Result r = Golden.readText(importer, """
                1. 什么是池化？
                #CNN #池化
                降低特征图的尺寸。
                2. Python 里怎么写注释？
                #注释
                以井号开头。
                3. 第 12 号 issue 说了什么？
                #12 #CNN
                """);
        assertThat(r.questions()).extracting(Question::tags).containsExactly(List.of("CNN", "池化"), List.of(),
                List.of());
        assertThat(r.questions().get(0).answer()).isEqualTo("降低特征图的尺寸。");
        assertThat(r.questions().get(1).answer()).isEqualTo("#注释\n以井号开头。");
        assertThat(r.questions().get(2).answer()).isEqualTo("#12 #CNN");
    }

    /**
     * A blog's questions as paragraphs wholly in bold, each over its answer ({@code **什么是过拟合？**}, also with a
     * {@code Q:} label): such files were refused as unrecognised. A bold word inside an answer, or a bold line in
     * code, stays answer text.
     */
    @Test
    void boldParagraphsThatAskAreQuestions() {
        Golden.Result r = fixture("bold-paragraph-questions.md");
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).line()).containsExactly(
                tuple("什么是过拟合？", 3), tuple("What is dropout?", 9), tuple("BN 的作用是什么？", 17));
        assertThat(r.questions()).extracting(Question::answer).containsExactly(
                "模型在训练集上表现好，在测试集上表现差。\n\n**注意**：验证集用来发现它。",
                "Randomly zeroing units during training.\n\n```python\n**not a question?**\n```",
                "- 加速收敛\n- 允许更大的学习率");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(SourceDocument.load(
                Golden.FIXTURES.resolve("numbered/bold-paragraph-questions.md"), "x")).importer().name())
                .isEqualTo("numbered");
    }

    /**
     * imp40: bold questions whose answers hold lists numbered from 1 ({@code **Q: Why use momentum?**} over
     * {@code 1. damps …}, as a Google Docs export writes them): the answers' points were read as the questions and
     * the bold questions lost. A list that goes on across the bold lines, or whose items ask, still numbers questions.
     */
    @Test
    void boldQuestionsKeepTheirAnswersNumberedPoints() {
        String text = "# **Prep notes**\n\n**Q: Why use momentum?**\n\nIt averages past gradients, which:\n\n"
                + "1. damps oscillations;\n2. speeds up shallow directions.\n\n**Q: What is weight decay?**\n\n"
                + "A penalty on the squared weights:\n\n1. shrinks them;\n2. acts as an L2 prior.\n";
        Golden.Result r = read(text);
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("Why use momentum?", "It averages past gradients, which:\n\n1. damps oscillations;\n"
                        + "2. speeds up shallow directions."),
                tuple("What is weight decay?", "A penalty on the squared weights:\n\n1. shrinks them;\n"
                        + "2. acts as an L2 prior."));
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(SourceDocument.of(java.nio.file.Path.of(
                "x.md"), "x.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).importer().name())
                .isEqualTo("numbered");
        Golden.Result asking = read("**Q: Why use momentum?**\n\n1. What is a gradient?\n2. What is an epoch?\n\n"
                + "**Q: What is decay?**\n");
        assertThat(asking.questions()).extracting(Question::question)
                .contains("What is a gradient?", "What is an epoch?");
    }

    /**
     * imp40: a WeChat article's questions behind an emoji marker ({@code 🔥 **1. …？**}, {@code ✅ 2. …}) were no
     * items (an answer's own {@code 1.} list was read as the questions instead), and the account's footer after
     * {@code — END —} (往期推荐 and its links, 扫码关注) was the last answer and its references.
     */
    @Test
    void emojiMarkedItemsAndTheFooterAfterAnEndMark() {
        Golden.Result r = read("点击上方蓝字关注我们\n\n🔥 **1. 什么是梯度消失？**\n\n梯度逐层变小。\n\n"
                + "✅ **2. Adam 的原理是什么？**\n\n结合了两种方法：\n\n1. 一阶矩；\n2. 二阶矩。\n\n"
                + "🔥 **3. 1×1 卷积有什么作用？**\n\n降维。\n\n— END —\n\n**往期推荐**\n\n"
                + "[一文搞懂 LoRA](https://mp.weixin.qq.com/s/x)\n\n扫码关注我们\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是梯度消失？", "梯度逐层变小。"), tuple("Adam 的原理是什么？", "结合了两种方法：\n\n1. 一阶矩；\n2. 二阶矩。"),
                tuple("1×1 卷积有什么作用？", "降维。"));
        assertThat(r.questions().get(2).references()).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.toString()).contains("footer").contains("— END —"));
        // a level's circle is no marker: the line stays what it was
        assertThat(dev.qbank.importers.ListItemLine.parse("🟢 1. What is JSX?")).isEmpty();
    }

    /**
     * imp40: a Zhihu answer copied whole ends in its dates and action bar ({@code 发布于 …}, {@code 编辑于 …},
     * {@code 赞同 1.2k}, {@code 48 条评论}, {@code 分享}, {@code 收藏}) after a sign-off ({@code 以上，祝各位面试顺利。}): all of
     * it was the last answer, which also kept the indentation it had under its item.
     */
    @Test
    void aZhihuActionBarAndSignOffAreTheFooter() {
        Golden.Result r = read("1. 什么是 anchor？\n\n    预设的参考框。\n\n2. 如何处理类别不平衡？\n\n    - 重采样\n    - 损失加权\n\n"
                + "以上，祝各位面试顺利。\n\n发布于 2023-10-30 09:12・IP 属地上海\n\n赞同\u00a01.2k\n\n48 条评论\n\n分享\n\n收藏\n");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("预设的参考框。", "- 重采样\n- 损失加权");
        assertThat(r.warnings()).filteredOn(w -> w.toString().contains("footer")).hasSize(2);
    }

    /** An explanation after the answer ({@code 解析：}, {@code **解析：**}, {@code Explanation:}) is the explanation. */
    @Test
    void anExplanationAfterTheAnswerIsTheExplanation() {
        List<Question> qs = read("1. 什么是 BN？\n答：对每个 batch 做归一化。\n**解析：** 缓解协变量偏移，\n也允许更大的学习率。\n"
                + "2. What is LN?\nNormalises over features.\nExplanation: it does not depend on the batch.\n"
                + "3. 解析器是什么？\n解析器的作用是把文本变成语法树。\n").questions();
        assertThat(qs).extracting(Question::answer, Question::explanation).containsExactly(
                tuple("对每个 batch 做归一化。", "缓解协变量偏移，\n也允许更大的学习率。"),
                tuple("Normalises over features.", "it does not depend on the batch."),
                tuple("解析器的作用是把文本变成语法树。", null));
    }

    /**
     * Numbered questions each behind a bullet ({@code - 1. 什么是BN？}) with the answer's points as sub-bullets:
     * such files were refused as unrecognised. In a list numbered plainly, an answer's {@code - 1. step} stays text.
     */
    @Test
    void numberedItemsBehindBulletsAreQuestions() {
        Golden.Result r = read("# 面试题\n\n- 1. 什么是BN？\n  - 对每个 batch 归一化\n  - 加速收敛\n- 2. 什么是LN？\n"
                + "  - 按特征归一化\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer, q -> q.sources().get(0).number())
                .containsExactly(tuple("什么是BN？", "- 对每个 batch 归一化\n- 加速收敛", "1"),
                        tuple("什么是LN？", "- 按特征归一化", "2"));
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(SourceDocument.of(java.nio.file.Path.of(
                "x.md"), "x.md", "- 1. 什么是BN？\n  - 归一化\n- 2. 什么是LN？\n  - 按特征\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).importer().name()).isEqualTo("numbered");
        Golden.Result plain = read("1. 如何训练？\n- 1. 准备数据\n- 2. 训练\n2. 如何部署？\n");
        assertThat(plain.questions()).extracting(Question::question).containsExactly("如何训练？", "如何部署？");
        assertThat(plain.questions().get(0).answer()).isEqualTo("- 1. 准备数据\n- 2. 训练");
    }

    @Test
    void chineseNumeralLinesAreSectionsNotAnswerText() {
        Golden.Result r = fixture("chinese-sections.txt");
        assertThat(r.questions()).extracting(Question::topic, Question::question).containsExactly(
                tuple("图像分类", "AlexNet 相比 LeNet 有哪些改进？"), tuple("图像分类", "ResNet 解决了什么问题？"),
                tuple("目标检测", "两阶段检测器和单阶段检测器的区别？"), tuple("目标检测", "什么是 anchor-free 检测？"),
                tuple("图像分割", "FCN 的核心思想是什么？"));
        assertThat(r.questions().get(1).answer()).isEqualTo("- 退化问题\n- 梯度消失");
        assertThat(r.questions().get(3).answer()).isNull();
    }

    @Test
    void boldAroundAnItemOrItsNumberIsNotPartOfTheQuestion() {
        Golden.Result r = fixture("bold-items.md");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                tuple("1", "什么是 ROC 曲线？"), tuple("2", "什么是 AUC？"), tuple("3", "SVM 的核函数有哪些？"),
                tuple("4", "什么是 Bagging？"));
        assertThat(r.warnings()).isEmpty();
        // bold that does not close stays as written
        assertThat(read("**1. a\n2. b\n").questions()).extracting(Question::question).containsExactly("b");
    }

    @Test
    void aNumberedListIndentedUnderAnItemIsItsAnswerNotQuestions() {
        Golden.Result r = fixture("nested-lists.md");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                tuple("1", "什么是 RLHF？"), tuple("2", "LoRA 的原理是什么？"), tuple("3", "什么是 KV Cache？"),
                tuple("4", "如何缓解大模型幻觉？"));
        assertThat(r.questions().get(0).answer()).isEqualTo("1. 监督微调\n2. 训练奖励模型\n3. PPO 强化学习");
        assertThat(r.questions().get(2).answer()).isEqualTo("1) 缓存历史 token 的 key 和 value");
        assertThat(r.warnings()).isEmpty();
        // a list indented as a whole is still a list of questions
        assertThat(read("  1. a？\n  2. b？\n").questions()).extracting(Question::question).containsExactly("a？", "b？");
    }

    @Test
    void theAnswerLabelBeforeTheFirstAnswerLineIsNotPartOfTheAnswer() {
        assertThat(read("1. 什么是 mAP？\n答：各类别 AP 的平均值。\n\n2. 什么是 anchor？\n答案：\n预设的参考框。\n"
                + "答：这一行不是第一行，保留。\n3. What is NMS?\nAnswer: suppression of overlapping boxes.\n")
                .questions()).extracting(Question::answer).containsExactly("各类别 AP 的平均值。",
                        "预设的参考框。\n答：这一行不是第一行，保留。", "suppression of overlapping boxes.");
    }

    @Test
    void markdownEscapedAndFullWidthNumbersAreItems() {
        Golden.Result r = fixture("wrapped-escaped-fullwidth.md");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question).contains(
                tuple("4", "什么是 Actor-Critic 方法？"), tuple("5", "PPO 中的 clip 操作有什么作用？"));
        assertThat(r.questions()).hasSize(7).extracting(Question::answer).containsOnlyOnce("- 提示：从 REINFORCE 讲起");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aWrappedQuestionLineJoinsTheQuestionNotTheAnswer() {
        Question q2 = fixture("wrapped-escaped-fullwidth.md").questions().get(1);
        assertThat(q2.question()).isEqualTo("解释 Q-learning 与 SARSA 的区别，并说明各自属于 on-policy 还是 off-policy。");
        assertThat(q2.sources().get(0).text()).isEqualTo(q2.question());
        assertThat(q2.answer()).isNull();
        assertThat(read("1. What is the difference between batch, mini-batch\n   and stochastic gradient descent?\n")
                .questions()).singleElement().extracting(Question::question)
                .isEqualTo("What is the difference between batch, mini-batch and stochastic gradient descent?");
        // the next line ends the sentence with the question mark the item lacks
        assertThat(read("1) 什么是梯度下降？\n2) 学习率过大\n   会怎样？\n3) Why does the loss\n   Explode?\n")
                .questions()).extracting(Question::question, Question::answer).containsExactly(
                        tuple("什么是梯度下降？", null), tuple("学习率过大会怎样？", null),
                        tuple("Why does the loss Explode?", null));
    }

    @Test
    void anEllipsisEndingThePageMarksAListCutOffNotAnAnswer() {
        for (String marker : List.of("......", "……", "  。。。", "…")) {
            Golden.Result r = read("1. 什么是梯度下降？\n沿负梯度方向更新。\n2. 什么是动量？\n" + marker + "\n\n");
            assertThat(r.questions()).extracting(Question::answer).containsExactly("沿负梯度方向更新。", null);
            assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("truncated", 4));
        }
        // an ellipsis inside an answer is text
        assertThat(read("1. 列举常见的激活函数？\nSigmoid、tanh\n……\nReLU\n").questions().get(0).answer())
                .isEqualTo("Sigmoid、tanh\n……\nReLU");
    }

    @Test
    void aFinishedQuestionABlankLineOrABulletStartsTheAnswer() {
        Golden.Result r = read("1. 什么是策略梯度？\n   从 REINFORCE 讲起\n2. 解释下列概念：\n   - on-policy\n"
                + "3. 比较 A 与 B，\n\n   并说明原因\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是策略梯度？", "从 REINFORCE 讲起"), tuple("解释下列概念：", "- on-policy"),
                tuple("比较 A 与 B，", "并说明原因"));
    }

    @Test
    void bracketedNumbersAreItems() {
        assertThat(fixture("bracketed.txt").questions()).extracting(q -> q.sources().get(0).number())
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void subNumbersThatContinueTheListAreQuestionsAndKeepTheirNumber() {
        List<Question> qs = fixture("sub-numbered.txt").questions();
        assertThat(qs).hasSize(8).allSatisfy(q -> assertThat(q.answer()).isNull());
        assertThat(qs.subList(6, 8)).extracting(q -> q.sources().get(0).number(), q -> q.sources().get(0).line(),
                Question::question).containsExactly(tuple("7.1", 7, "什么是 FP16？"), tuple("7.2", 8, "什么是 BF16？"));
    }

    @Test
    void aLineThatOnlyLooksNumberedIsKeptInTheAnswerWithAWarningNamingItsLine() {
        Golden.Result r = fixture("variants.txt");
        assertThat(r.questions().get(5).answer()).isEqualTo("7.5 倍学习率是什么意思");
        assertThat(r.warnings().get(0).code()).isEqualTo("preamble"); // its title line
        assertThat(r.warnings().subList(1, r.warnings().size())).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("not-an-item");
            assertThat(w.line()).isEqualTo(10);
            assertThat(w.message()).contains("7.5 倍学习率是什么意思", "item 6");
        });
        assertThat(read("1. a?\n3.1 b?\n2. c?\n2.2 d?\n").warnings()).extracting(Diagnostic::line).containsExactly(2, 4);
    }

    @Test
    void questionsCountedInWordsAreItems() {
        Golden.Result r = fixture("nth-questions.txt");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                tuple("1", "什么是反向传播？"), tuple("2", "为什么需要激活函数？"),
                tuple("3", "Dropout 在训练和测试时有什么不同？"), tuple("11", "BN 和 LN 的区别？"));
        assertThat(read("第1题：a？\n第 2 题、b？\n").questions()).extracting(Question::question).containsExactly("a？", "b？");
        // a sentence that merely starts with 第 is no item
        assertThat(read("1. a？\n第一步是什么\n").questions()).extracting(Question::answer).containsExactly("第一步是什么");
    }

    @Test
    void aSectionLinesQuestionCountIsNotPartOfTheTopic() {
        Golden.Result r = fixture("section-counts.txt");
        assertThat(r.questions()).extracting(Question::topic).containsExactly("词向量", "词向量", "词向量", "预训练模型",
                "预训练模型");
        assertThat(read("## CNN (3 questions)\n1. a？\n2. b？\n").questions()).extracting(Question::topic)
                .containsOnly("CNN");
    }

    /**
     * A line numbered as a part ({@code Section 1: Basics}, {@code Part II – Intermediate}, {@code 第二部分：进阶}) is a
     * section line with its colon or dash, and even as the first line (it was kept out: a colon is a sentence's, and
     * the first line a preamble); level words set the difficulty, other names the topic, a sibling topic not
     * reaching a level part after it.
     */
    @Test
    void aPartLineIsASectionWithAColonAndAsTheFirstLine() {
        Golden.Result r = fixture("part-lines.txt");
        assertThat(r.questions()).extracting(Question::difficulty, Question::topic).containsExactly(
                tuple(Difficulty.EASY, null), tuple(Difficulty.EASY, null), tuple(null, "Optimisation"),
                tuple(Difficulty.HARD, null));
        // "Section 3.2 of …" numbers no part: it stays in the answer
        assertThat(r.questions().get(3).answer()).endsWith("Section 3.2 of the Adam paper discusses the bias correction.");
        assertThat(r.warnings()).isEmpty();
        Golden.Result bulleted = fixture("part-lines-bulleted.md");
        assertThat(bulleted.questions()).extracting(Question::difficulty).containsExactly(Difficulty.EASY,
                Difficulty.EASY, Difficulty.MEDIUM, Difficulty.MEDIUM, Difficulty.HARD, null);
        assertThat(bulleted.questions().get(5).topic()).isEqualTo("工程实践");
        assertThat(read("Part 1 Basics\n1. What is a tensor?\n2. What is a gradient?\n").questions())
                .extracting(Question::topic).containsOnly("Basics");
        // a part's number followed by a sentence, or indented, is an answer's line
        assertThat(read("1. a？\nPart 2 of the proof is short, the rest is not.\n  第二部分：略\n").questions())
                .extracting(Question::answer).containsExactly("Part 2 of the proof is short, the rest is not.\n  第二部分：略");
        // "第一类：" numbers a point of the answer, not a part
        assertThat(read("1. 分词方法有哪些？\n第一类：基于词典的方法\n第二类：基于统计的方法\n2. 何为 BPE？\n").questions())
                .extracting(Question::answer).containsExactly("第一类：基于词典的方法\n第二类：基于统计的方法", null);
    }

    @Test
    void aShortPlainLineAboveItemsNamesTheirSection() {
        Golden.Result r = fixture("plain-titles.txt");
        assertThat(r.questions()).extracting(Question::topic, Question::question).containsExactly(
                tuple("卷积神经网络", "卷积核为什么一般是奇数？"), tuple("卷积神经网络", "什么是感受野？"),
                tuple("循环神经网络", "RNN 为什么会出现梯度消失？"), tuple("循环神经网络", "GRU 和 LSTM 的区别？"),
                tuple("循环神经网络", "LSTM 有几个门？"),
                tuple("Transformer", "为什么要除以根号 d_k？"), tuple("Transformer", "Multi-Head Attention 的作用？"));
        // a short line between blank lines whose numbering goes on is the answer above it, not a title
        assertThat(r.questions().get(3).answer()).isEqualTo("更新门和重置门");
        assertThat(r.questions().get(1).answer()).isNull();
        // the document's title right above the first item is a preamble, as before
        assertThat(read("面试题\n1. a？\n2. b？\n").questions()).extracting(Question::topic).containsOnlyNulls();
    }

    @Test
    void answersKeepTheirCodeIndentationParagraphsAndTablesButNotARule() {
        Golden.Result r = fixture("answer-blocks.md");
        assertThat(r.questions()).extracting(Question::answer).containsExactly(
                "按置信度排序，依次保留最高框，去掉 IoU 大于阈值的框。\n\n```python\ndef nms(boxes, thr):\n    keep = []\n"
                        + "    return keep\n```",
                "解决正负样本不均衡。\n\n| 参数 | 作用 |\n| --- | --- |\n| alpha | 平衡正负 |\n| gamma | 聚焦难样本 |",
                null, "双线性插值取值，\n不做量化。");
        // an answer table is no reason to take the list for a table bank
        assertThat(new dev.qbank.importers.FormatDetector(dev.qbank.importers.ImporterRegistry.standard())
                .detect(dev.qbank.importers.SourceDocument.load(
                        Golden.FIXTURES.resolve("numbered/answer-blocks.md"), "a.md")).importer().name())
                .isEqualTo("numbered");
    }

    @Test
    void aLevelInBracketsAfterTheQuestionIsItsDifficulty() {
        Golden.Result r = fixture("trailing-levels.txt");
        assertThat(r.questions()).extracting(Question::question, Question::difficulty).containsExactly(
                tuple("什么是 ResNet？", dev.qbank.model.Difficulty.EASY),
                tuple("残差连接为什么有效？", dev.qbank.model.Difficulty.MEDIUM),
                tuple("DenseNet 和 ResNet 的区别？", dev.qbank.model.Difficulty.HARD),
                tuple("What is a GAN?", dev.qbank.model.Difficulty.HARD),
                tuple("解释 softmax 函数(1)", null), tuple("什么是 BN（基础）", null),
                tuple("如何选择学习率？", dev.qbank.model.Difficulty.MEDIUM));
    }

    @Test
    void referenceLinesUnderAQuestionAreItsReferencesNotAnswerText() {
        Golden.Result r = fixture("reference-lines.txt");
        assertThat(r.questions().get(2).answer()).isEqualTo("相当于集成多个子网络。");
        assertThat(r.questions().get(2).references()).extracting(dev.qbank.model.Reference::url,
                dev.qbank.model.Reference::title).containsExactly(tuple("https://zhuanlan.zhihu.com/p/38200980", null),
                tuple("https://jmlr.org/papers/v15/srivastava14a.html", "原论文"));
        assertThat(r.questions()).extracting(q -> q.references().size()).containsExactly(0, 0, 2, 0, 0, 0);
    }

    @Test
    void anItemIndentedByAStrayTabButNumberedNextIsAQuestion() {
        Golden.Result r = fixture("stray-indent.txt");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                tuple("1", "什么是卷积？"), tuple("2", "什么是池化？"), tuple("3", "什么是全连接层？"),
                tuple("4", "什么是 padding？"), tuple("5", "什么是 stride？"));
        assertThat(r.questions()).extracting(Question::answer).containsOnlyNulls();
    }

    @Test
    void linesNumberedInChineseNumeralsAreTheQuestionsWhenNoArabicNumbersFollow() {
        Golden.Result r = fixture("chinese-numbered-items.txt");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                tuple("1", "什么是深度学习？"), tuple("2", "深度学习和机器学习的区别？"), tuple("3", "什么是神经元？"),
                tuple("4", "什么是激活函数？"));
        assertThat(r.questions()).extracting(Question::topic).containsOnlyNulls();
    }

    /**
     * A list numbered another way right under a question ('1.' then '(1)', '（1）', '①') is that question's parts:
     * its sub-questions (its full prompt) when they all ask, else the first points of its answer. Before, '(1)'
     * lines were questions of their own, cut off from what they asked about, and numbered 1, 2, 3 again.
     */
    @Test
    void aListNumberedAnotherWayUnderAQuestionIsItsParts() {
        Golden.Result r = fixture("question-parts.txt");
        assertThat(r.questions()).extracting(Question::question).containsExactly("请解释 BatchNorm 的原理。", "请解释 Dropout。",
                "什么是残差连接？", "Transformer 相关问题", "BN 的作用是什么？", "什么是 LN？");
        assertThat(r.questions().get(0).prompt()).isEqualTo("请解释 BatchNorm 的原理。\n(1) 训练时如何计算均值和方差？\n"
                + "(2) 推理时用什么统计量？\n(3) BN 放在激活函数前还是后？");
        assertThat(r.questions().get(1).prompt()).endsWith("（2）测试时如何处理？");
        assertThat(r.questions().get(3).prompt()).endsWith("② 为什么要除以 √d_k？");
        assertThat(r.questions().get(4).prompt()).isNull();
        assertThat(r.questions().get(4).answer()).isEqualTo("(1) 加速收敛\n(2) 有正则效果");
        assertThat(r.questions().get(5).answer()).isEqualTo("① 对单个样本归一化\n② 不依赖 batch");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("preamble", 1)); // its title line
    }

    /**
     * Lower-case letters or Roman numerals under a {@code 1.} question ({@code a)}, {@code (a)}, {@code a.},
     * {@code i.}), indented or at the margin right under it, are its parts, as {@code (1)} and {@code ①} are: its
     * sub-questions when they ask (a question mark, or an instruction such as {@code Explain}), else its answer's
     * first points. Before, they were always its answer. A lettered list after answer text stays the answer, and
     * capital {@code A.}/{@code B.} lines stay a choice question's options.
     */
    @Test
    void lettersUnderAQuestionAreItsParts() {
        Golden.Result r = fixture("lettered-parts.txt");
        assertThat(r.questions()).extracting(Question::question).containsExactly("Explain the bias-variance trade-off.",
                "Consider L1 and L2 regularisation.", "Dropout", "What are the two steps of k-means?",
                "Which of these is an activation function?", "Name the kinds of machine learning.");
        assertThat(r.questions().get(0).prompt()).isEqualTo("Explain the bias-variance trade-off.\n"
                + "a) What does high bias look like on the training curve?\nb) What does high variance look like?\n"
                + "c) How does adding training data affect each?");
        assertThat(r.questions().get(0).answer()).isNull();
        assertThat(r.questions().get(1).prompt()).endsWith("\n(a) Which one tends to give sparse weights?\n"
                + "(b) Which penalty is differentiable at zero?");
        assertThat(r.questions().get(1).answer()).startsWith("L1 puts a corner at zero");
        assertThat(r.questions().get(2).prompt()).isEqualTo("Dropout\ni. Explain why dropout reduces overfitting.\n"
                + "ii. Describe what changes at inference time.");
        assertThat(r.questions().get(3).prompt()).isNull();
        assertThat(r.questions().get(3).answer()).endsWith(":\na) assign each point to its nearest centroid;\n"
                + "b) move each centroid to the mean of its points.");
        assertThat(r.questions().get(4).prompt()).endsWith("\n\nA. Adam\nB. ReLU\nC. SGD");
        assertThat(r.questions().get(5).prompt()).isNull();
        assertThat(r.questions().get(5).answer()).isEqualTo("a) supervised\nb) unsupervised\nc) reinforcement learning");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("preamble", 1)); // its title line
        // "i)" after "h)" is the ninth letter, first it is the first Roman numeral; "e.g." opens no part
        Golden.Result letters = read("1. Which layers?\n" + "abcdefghi".chars().mapToObj(c -> "  " + (char) c + ") Layer?")
                .collect(java.util.stream.Collectors.joining("\n")) + "\n2. What is L2?\ne.g. weight decay\n");
        assertThat(letters.questions().get(0).prompt()).endsWith("h) Layer?\ni) Layer?");
        assertThat(letters.questions().get(1).prompt()).isNull();
        assertThat(letters.questions().get(1).answer()).isEqualTo("e.g. weight decay");
    }

    /**
     * imp23: an exam paper's parts written as instructions outside the glossary ({@code (a) Write the update rule.},
     * {@code (i) Compute …}, {@code （1）写出…}) are the question's sub-questions when the question does not ask
     * itself; before, only the glossary's imperatives or a question mark made parts ask, and these were the answer's
     * first points. Under a question that asks, such lines are the steps of its answer, and a part that opens with
     * one of the verbs as a noun ({@code List of edges}) keeps the block an answer.
     */
    @Test
    void examInstructionsUnderAQuestionThatDoesNotAskAreItsParts() {
        Golden.Result r = fixture("exam-parts.txt");
        assertThat(r.questions()).extracting(Question::question).containsExactly(
                "Consider linear regression with the squared loss L(w) = ||Xw - y||^2.", "Support vector machines",
                "已知逻辑回归的损失为交叉熵。", "How does k-nearest neighbours classify a point?", "Two ways to store a graph",
                "Which of these is convex?");
        assertThat(r.questions().get(0).prompt()).endsWith("\n(a) Write the update rule of gradient descent.\n"
                + "(b) Derive the gradient of L with respect to w.\n(c) Show that L is convex.");
        assertThat(r.questions().get(0).answer()).startsWith("The gradient is 2X^T(Xw - y)");
        assertThat(r.questions().get(1).prompt()).endsWith("\n(i) Compute the margin of the hyperplane w·x + b = 0.\n"
                + "(ii) Sketch the decision boundary for two linearly separable classes.");
        assertThat(r.questions().get(1).answer()).isNull();
        assertThat(r.questions().get(2).prompt()).endsWith("\n（1）写出损失函数的表达式；\n（2）推导其梯度；\n（3）证明它是凸函数。");
        assertThat(r.questions().get(2).answer()).startsWith("损失为");
        assertThat(r.questions().get(3).prompt()).isNull();
        assertThat(r.questions().get(3).answer()).startsWith("(1) Compute the distance").endsWith("majority label of those k.");
        assertThat(r.questions().get(4).prompt()).isNull();
        assertThat(r.questions().get(4).answer()).startsWith("a) List of edges");
        assertThat(r.questions().get(5).prompt()).endsWith("\n\nA. Hinge loss\nB. 0-1 loss");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("preamble", 1)); // its title line
    }

    /**
     * The questions first, then a part of answers numbered like them ('## 参考答案' then '1. answer'): each answer
     * is its question's. Before, the answers were questions of their own, under the topic '参考答案'.
     */
    @Test
    void aPartOfAnswersAfterTheQuestionsAnswersThem() {
        Golden.Result r = fixture("answers-part.md");
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是卷积？", "什么是池化？", "什么是全连接层？",
                "什么是感受野？");
        assertThat(r.questions()).extracting(Question::answer).containsExactly(
                "卷积是用卷积核在输入上滑动做加权求和。\n常用于提取局部特征。", "池化是下采样操作：\n- 最大池化\n- 平均池化",
                "全连接层每个输入与每个输出相连。", null);
        assertThat(r.questions()).extracting(q -> q.sources().get(0).line()).containsExactly(3, 4, 5, 6);
    }

    /**
     * Numbered part headings over sub-numbered questions ('## 1. 基础' then '1.1 question'): the parts are topics and
     * the '1.1' lines questions. Before, the Q&A reading took each part for one question whose answer held every
     * question and answer of the part.
     */
    @Test
    void numberedPartHeadingsOverSubNumberedQuestions() {
        Golden.Result r = fixture("numbered-parts.md");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::topic).containsExactly(
                tuple("1.1", "神经网络基础"), tuple("1.2", "神经网络基础"), tuple("3.1", "优化"), tuple("3.2", "优化"));
        assertThat(r.questions().get(1).answer()).startsWith("- Sigmoid").endsWith("- Softmax：多分类输出层");
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("numbered/numbered-parts.md"), "x");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("numbered");
    }

    /** Numbered Q-lines ({@code 1. Q1：question}) kept the "Q1：" in the question. */
    @Test
    void aQNumberAfterTheItemsNumberIsNotPartOfTheQuestion() {
        List<Question> qs = fixture("q-numbers-in-items.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly("什么是 epoch？", "什么是 batch？", "Q3 是什么意思？");
        assertThat(qs).extracting(q -> q.sources().get(0).number()).containsExactly("1", "2", "3");
    }

    /** A bracketed answer label ({@code 【答案】}), as Chinese blogs write it, stayed at the start of the answer. */
    @Test
    void aBracketedAnswerLabelIsNotPartOfTheAnswer() {
        List<Question> qs = fixture("bracket-answer-labels.md").questions();
        assertThat(qs).extracting(Question::answer).containsExactly("对每个 batch 做归一化。", "对每个样本的特征做归一化。");
        assertThat(qs.get(0).explanation()).isEqualTo("缓解内部协变量偏移。");
        assertThat(read("1. 什么是 BN？\n[参考答案]: 归一化\n").questions().get(0).answer()).isEqualTo("归一化");
    }

    /**
     * A README's table of contents ('* [Basics](#basics)', nested '1. [Q](#anchor)', Obsidian's '[[#…]]') and its
     * 'back to top' links: neither questions nor answers, one warning for them. Before, the file was refused as
     * unrecognised (the contents' numbered links counted as questions against the headings); forced to numbered,
     * its contents were two more questions and the links answer text. Links to other pages stay references, and
     * an in-page link inside a sentence stays in the answer.
     */
    @Test
    void aTableOfContentsIsNeitherQuestionsNorAnswers() {
        Golden.Result r = fixture("table-of-contents.md");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("What is batch normalization?", "Basics"), tuple("什么是 Dropout？", "Basics"),
                tuple("为什么会梯度消失？", "优化"));
        assertThat(r.questions()).extracting(Question::answer).containsExactly(
                "It normalises each mini-batch, then scales and shifts.", "训练时随机丢弃神经元，测试时按保留概率缩放。",
                "连乘的导数小于 1。\n详见 [第 1 题](#1-what-is-batch-normalization) 的归一化。");
        assertThat(r.questions().get(1).references()).extracting(dev.qbank.model.Reference::url)
                .containsExactly("https://jmlr.org/papers/v15/srivastava14a.html");
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly("fixtures/numbered/table-of-contents.md:7: "
                + "warning[table-of-contents]: links within the page (a table of contents, 'back to top') are neither "
                + "questions nor answers: 7 lines not imported (lines 7-11, 19, 25); the questions are read where the "
                + "page asks them");
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("numbered/table-of-contents.md"), "x");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("numbered");
    }

    /**
     * Full-width numbering ('１．', '２、', '（３）', '４)', '５）', part headings '## １. 基础' over '１.１', '１．２'):
     * numbered like ASCII digits, the number dropped from the question. (Already so; kept as a guard.)
     */
    @Test
    void fullWidthNumbersNumberItemsAndParts() {
        Golden.Result r = read("１．什么是BN？\n标准化。\n２、什么是Dropout？\n（３）什么是Adam？\n４)什么是SGD？\n５）什么是动量？\n");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                tuple("1", "什么是BN？"), tuple("2", "什么是Dropout？"), tuple("3", "什么是Adam？"), tuple("4", "什么是SGD？"),
                tuple("5", "什么是动量？"));
        Golden.Result parts = read("## １. 基础\n\n１.１ 什么是BN？\nBN 标准化。\n１．２ 什么是Dropout？\n\n## ２. 优化\n\n"
                + "２.１ 什么是Adam？\n");
        assertThat(parts.questions()).extracting(q -> q.sources().get(0).number(), Question::question, Question::topic)
                .containsExactly(tuple("1.1", "什么是BN？", "基础"), tuple("1.2", "什么是Dropout？", "基础"),
                        tuple("2.1", "什么是Adam？", "优化"));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * Bold labels ('**答：**', '**答案：**', '**A:**', '**Answer:**', '__答__：', '**答**：', '**回答**:', '**答案**' alone,
     * '**问：**', '**Q:**', '**问题**：') open the answer or the question as the plain ones do, and their markup stays in
     * neither. Before, every bold answer label stayed in its answer, '**答**：' under a question ending with '：' was
     * glued to the question, the inline '**答：**' stayed in the question with the answer, and question labels, bold
     * or plain, stayed in the question. '**答案**是…' is prose and stays.
     */
    @Test
    void boldLabelsOpenTheAnswerOrQuestionAndLeaveNoMarkup() {
        Golden.Result r = fixture("bold-labels.md");
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是 BN？", "什么是 Dropout？",
                "What is Adam?", "What is the difference between SGD and", "什么是动量？", "解释以下概念：", "什么是 L1 正则？",
                "什么是早停？", "什么是梯度裁剪？", "What is label smoothing?", "为什么要归一化输入？");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("BN 对每个 mini-batch 做标准化。",
                "训练时随机丢弃神经元。", "Adaptive moment estimation.", "SGD uses one mini-batch per step.", "累积历史梯度。",
                "L2 正则即权重衰减。", "使权重稀疏。", "验证集误差不再下降时停止。", "限制梯度的范数。", "Softening one-hot targets.",
                "**答案**是不唯一的：加快收敛、稳定训练。");
        assertThat(read("1. 问：什么是 BN？\n答：标准化。\n").questions()).extracting(Question::question)
                .containsExactly("什么是 BN？");
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * A Zhihu answer numbering its questions '【问题1】' with '【答案】' labels, one answer a '1. 2. 3.' list. Before, the
     * five questions were lost and the answer's three points were the questions, the last holding questions 4 and 5.
     */
    @Test
    void zhihuBracketedQuestionsAndAnswerLabels() {
        Golden.Result r = fixture("zhihu-bracketed.md");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                tuple("1", "什么是 Batch Normalization？"), tuple("2", "Dropout 为什么能防止过拟合？"), tuple("3", "梯度消失怎么解决？"),
                tuple("4", "Adam 和 SGD 哪个好？"), tuple("5", "为什么要用交叉熵而不是 MSE 做分类？"));
        assertThat(r.questions().get(0).answer()).isEqualTo("对每个 mini-batch 的激活做标准化，再做可学习的缩放和平移。");
        assertThat(r.questions().get(2).answer()).isEqualTo("1. 使用 ReLU 激活\n2. 残差连接\n3. BN");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("preamble", 1)); // its title line
    }

    /** Keycap emoji numbering ('1️⃣ 什么是 Transformer？', '🔟'): before, the file was refused as unrecognised. */
    @Test
    void keycapEmojiNumberQuestions() {
        Golden.Result r = fixture("keycap-emoji.md");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question).containsExactly(
                tuple("1", "什么是 Transformer？"), tuple("2", "为什么要用多头注意力？"), tuple("3", "位置编码有哪些？"),
                tuple("10", "什么是 KV Cache？"));
        assertThat(r.questions().get(3).answer()).isEqualTo("缓存历史 token 的 K 和 V，加速自回归解码。");
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("numbered/keycap-emoji.md"), "x");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("numbered");
    }

    /** An answer written as a block quote loses its '>' (before, it kept them); a quote within an answer stays. */
    @Test
    void anAnswerWrittenAsABlockQuoteIsItsText() {
        Golden.Result r = read("1. 什么是过拟合？\n> 训练好、测试差。\n> - 数据少\n2. 什么是欠拟合？\n   > **答：** 都不好。\n"
                + "3. 注意什么？\n> 引用一句\n\n正文。\n");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("训练好、测试差。\n- 数据少", "都不好。",
                "> 引用一句\n\n正文。");
    }

    /**
     * A line after the last rule of the page ('---' then '> 欢迎关注公众号'), is its footer, not the last answer
     * (before, it was that answer's last line); a rule between a question and its answer is no footer's.
     */
    @Test
    void aFooterAfterTheLastRuleIsNotTheLastAnswer() {
        Golden.Result r = fixture("footer.md");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("训练好、测试差。", "都不好。");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("footer", 11));
        assertThat(read("1. 什么是 X？\n\n---\n\nx 是 y。\n").questions()).extracting(Question::answer)
                .containsExactly("x 是 y。");
    }

    /** 'Question 1: q' then 'Answer: a' (plain-text English notes): before, refused as unrecognised. */
    @Test
    void questionWordNumbersAndAnswerLabels() {
        Golden.Result r = fixture("question-answer-words.txt");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).number(), Question::question, Question::answer)
                .containsExactly(tuple("1", "What is bias?", "Error from wrong assumptions."),
                        tuple("2", "What is variance?", "Error from sensitivity to the training set."),
                        tuple("3", "What is the bias-variance trade-off?", "Lowering one tends to raise the other."));
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("numbered/question-answer-words.txt"), "x");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("numbered");
    }

    /**
     * A write-up that lists the questions asked, none answered, then signs off after a blank line ("祝大家offer多多！",
     * "Good luck!"): the sign-off was the last question's answer. When the other items have answers, a paragraph
     * after the last one is its answer; right under it, with no blank line, it goes on with it; code is no sign-off.
     */
    @Test
    void aSignOffAfterAListOfUnansweredQuestionsIsThePagesFooter() {
        Golden.Result r = read("# 某厂一面\n\n1、自我介绍\n2、LayerNorm 和 BatchNorm 的区别？\n3、手撕 LIS\n\n"
                + "祝大家offer多多！\n评论区见～\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("LayerNorm 和 BatchNorm 的区别？", null), tuple("手撕 LIS", null));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("interview-step", 3), tuple("footer", 7));
        assertThat(read("1. What is dropout?\r\n2. What is L2?\r\n\r\nGood luck!\r\n").questions())
                .extracting(Question::answer).containsExactly(null, null);

        assertThat(read("1. 什么是梯度消失？\n梯度逐层变小。\n\n2. Dropout 的作用？\n\n防止过拟合。\n").questions())
                .extracting(Question::answer).containsExactly("梯度逐层变小。", "防止过拟合。");
        assertThat(read("1. 什么是 X？\n2. 什么是 Y？\nY 是 Z。\n").questions()).extracting(Question::answer)
                .containsExactly(null, "Y 是 Z。");
        assertThat(read("1. 什么是 X？\n2. 下面的代码输出什么？\n\n```python\nprint(1)\n```\n").questions())
                .extracting(Question::answer).containsExactly(null, "```python\nprint(1)\n```");
    }

    /**
     * readme40: a write-up whose last item has its own answer, then, after a blank line, its closing words and the
     * post's hashtags ("许愿 offer！求好运～", "#面经 #字节跳动"): the words stayed in the answer and the hashtags became
     * the last question's tags. They are the post's footer now, both said; a last paragraph that answers stays.
     */
    @Test
    void closingWordsUnderTheLastAnswerAreThePostsFooter() {
        Golden.Result r = read("# 某厂一面\n\n1. 讲一下 Transformer 的结构\n答：编码器和解码器堆叠。\n2. BN 和 LN 的区别？\n"
                + "答：归一化的维度不同。\n\n许愿 offer！求好运～\n\n#面经 #字节跳动\n");
        assertThat(r.questions()).extracting(Question::answer, Question::tags).containsExactly(
                tuple("编码器和解码器堆叠。", List.of()), tuple("归一化的维度不同。", List.of()));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("footer", 8), tuple("footer", 10));
        assertThat(read("1. 什么是 X？\n答：X 是 Y。\n2. 什么是 Z？\n答：Z 是 W。\n\n另外，Z 也可以看作 W 的特例。\n")
                .questions()).extracting(Question::answer)
                .containsExactly("X 是 Y。", "Z 是 W。\n\n另外，Z 也可以看作 W 的特例。");
    }

    /**
     * Numbered questions grouped under four or more section headings (## 基础, ## CNN, ...): the headings halved
     * the score, as a Q&amp;A document's question headings should, and the file was refused as unrecognised.
     */
    @Test
    void manySectionHeadingsOverNumberedQuestionsAreSections() {
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("numbered/section-headings.md"), "x");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("numbered");
        assertThat(fixture("section-headings.md").questions()).extracting(Question::topic)
                .containsExactly("Basics", "Basics", "Trees", "Trees", "Neural nets", "Evaluation", "Evaluation");
    }

    /**
     * An interview write-up: the rounds as "###" headings over numbered questions, a follow-up under one
     * ("- 追问：…"), a sign-off under a rule. It was refused as unrecognised ("###" headings were taken for a Q&amp;A
     * document's questions); the follow-up was an answer, so the sign-off was the last question's answer.
     */
    @Test
    void interviewRoundsUnderDeepHeadingsWithFollowUpsAndASignOff() {
        SourceDocument doc = SourceDocument.load(Golden.FIXTURES.resolve("numbered/interview-rounds.md"), "x");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(doc).importer().name()).isEqualTo("numbered");
        Golden.Result r = fixture("interview-rounds.md");
        assertThat(r.questions()).extracting(Question::question, Question::topic, Question::answer).containsExactly(
                tuple("介绍一下实习项目", "一面（技术面）", null), tuple("YOLOv5 和 YOLOv8 的区别？", "一面（技术面）", null),
                tuple("讲讲 FPN 的结构", "一面（技术面）", null), tuple("代码题：岛屿数量", "一面（技术面）", null),
                tuple("为什么 BN 在小 batch 下效果差？", "二面（交叉面）", null),
                tuple("Focal Loss 解决了什么问题", "二面（交叉面）", null));
        assertThat(r.questions().get(1).prompt()).isEqualTo("YOLOv5 和 YOLOv8 的区别？\n- 追问：anchor-free 的好处是什么？");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("preamble", 3),
                tuple("footer", 21), tuple("interview-step", 17));
    }

    /**
     * Follow-ups written as plain bullets under a question, with no 追问： label ("- 为什么不是两次？", "- What if
     * …?"), were its answer: a list every item of which asks is the question's prompt, and text under it after a
     * blank line its answer. A list of points one of which happens to end with a question mark stays the answer.
     */
    @Test
    void bulletsThatAllAskUnderAQuestionAreItsFollowUps() {
        Golden.Result r = read("1. TCP 三次握手的过程？\n   - 为什么不是两次？\n   - 那如果第三次握手丢了呢？\n"
                + "2. HTTP/2 有哪些改进？\n   - 多路复用\n   - 头部压缩，为什么？\n   - 服务端推送\n"
                + "3. What is a hash map?\n   - What if two keys collide?\n\n   A table of buckets indexed by the hash.\n");
        assertThat(r.questions()).extracting(Question::question, Question::prompt, Question::answer).containsExactly(
                tuple("TCP 三次握手的过程？", "TCP 三次握手的过程？\n- 为什么不是两次？\n- 那如果第三次握手丢了呢？", null),
                tuple("HTTP/2 有哪些改进？", null, "- 多路复用\n- 头部压缩，为什么？\n- 服务端推送"),
                tuple("What is a hash map?", "What is a hash map?\n- What if two keys collide?",
                        "A table of buckets indexed by the hash."));
    }

    /**
     * An answer's own list at the margin, numbered from 1 again under the line that introduces it ("包括四个算法："):
     * its points were read as questions (慢启动, 拥塞避免, …). The list goes on while its numbers do; the next
     * question follows the item's number and asks.
     */
    @Test
    void aListNumberedAgainUnderAnIntroducingAnswerLineIsTheAnswers() {
        Golden.Result r = read("1. 什么是 TCP 拥塞控制？\n拥塞控制包括四个算法：\n1. 慢启动\n2. 拥塞避免\n3. 快重传\n\n"
                + "2. 什么是流量控制？\n滑动窗口。\n\n3. What are the ACID properties?\nThey are:\n1. Atomicity\n"
                + "2. Consistency\n4. 没有答案的一题\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是 TCP 拥塞控制？", "拥塞控制包括四个算法：\n1. 慢启动\n2. 拥塞避免\n3. 快重传"),
                tuple("什么是流量控制？", "滑动窗口。"),
                tuple("What are the ACID properties?", "They are:\n1. Atomicity\n2. Consistency"),
                tuple("没有答案的一题", null));
    }

    /**
     * A README's sections after the last question ("## Contributing", "## License") were dropped without a word:
     * each section's text is now said, by its first line; the introduction above the first item once, as the preamble.
     */
    @Test
    void sectionsAfterTheLastQuestionAreSaid() {
        Golden.Result r = fixture("readme-sections-after.md");
        assertThat(r.questions()).extracting(Question::topic).containsExactly("JavaScript", "JavaScript", "CSS");
        assertThat(r.questions().get(2).answer()).isEqualTo("Content, padding, border and margin, from the inside out.");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("preamble", 3), tuple("outside-item", 19), tuple("outside-item", 24));
        assertThat(r.warnings().get(1).message()).contains("under 'Contributing'");
    }

    /**
     * A README's "## 贡献指南" (or "## 🤝 Contributing") over numbered steps, "1. Fork 本仓库", "2. 提交 PR", after
     * the questions: the steps were imported as questions (imp33). A section named for the repository in which
     * nothing asks is said and left out, its sub-headings and code too; a "## 参考资料" whose items ask stays read.
     */
    @Test
    void aContributingSectionsStepsAreNoQuestions() {
        Golden.Result r = read("# Redis 面试题\n\n## 基础\n\n1. 什么是缓存穿透？\n2. 如何保证缓存一致性？\n\n"
                + "## 🤝 贡献指南（Contributing）\n\n1. Fork 本仓库\n2. 新建分支 `git checkout -b add`\n\n"
                + "### 提交规范\n\n1. 一题一行\n\n## License\n\n1. MIT\n\n## 参考资料\n\n1. 什么是布隆过滤器？\n");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("什么是缓存穿透？", "基础"), tuple("如何保证缓存一致性？", "基础"), tuple("什么是布隆过滤器？", "参考资料"));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("outside-item", 10), tuple("outside-item", 19)); // one for 贡献指南 and its 提交规范
        assertThat(RepositorySections.names("5. Star History")).isTrue();
        assertThat(RepositorySections.names("贡献者")).isTrue();
        assertThat(RepositorySections.names("贡献度分析")).isFalse();
        assertThat(RepositorySections.names("Licensing models")).isFalse();
    }

    /**
     * A numbered list whose second section's heading skips a level ({@code ## 基础} over 1-3, then {@code #### 并发}
     * over 4-5) was refused as unrecognised: one deep heading over a list read as a Q&A question over its answer's
     * points (imp33). When the items under it go on with the numbers above it, it is a section; one deep heading over
     * a list numbered from 1 is still no numbered bank.
     */
    @Test
    void aSectionHeadingOneLevelTooDeepOverItemsThatGoOnIsASection() {
        String text = "# Go 面试题\n\n## 基础\n\n1. slice 和 array 的区别？\n2. map 是线程安全的吗？\n"
                + "3. defer 的执行顺序是怎样的？\n\n#### 并发\n\n4. goroutine 和线程有什么区别？\n"
                + "5. channel 的底层实现是什么？\n";
        assertThat(Golden.detect(text)).isEqualTo(NumberedImporter.NAME);
        assertThat(read(text).questions()).extracting(Question::topic).containsExactly("基础", "基础", "基础", "并发", "并发");
        assertThat(importer.sniff(doc("# 笔记\n\n1. 什么是 TCP？\n\n### 什么是 TCP 拥塞控制\n\n1. 慢启动\n2. 拥塞避免\n")))
                .isZero(); // numbered from 1 under it: as before, maybe a Q&A question over its answer's points
    }

    /**
     * A star-history chart after a rule under a last question with no answer became its answer: a rule with nothing
     * above it parts a question from its answer (imp33). A repository's badges are never an answer: they are the
     * page's footer; other text after such a rule is still the answer.
     */
    @Test
    void aStarHistoryChartAfterTheLastRuleIsTheFooter() {
        Golden.Result r = read("1. 什么是 goroutine？\n2. context 包的作用？\n\n---\n\n"
                + "![Star History Chart](https://api.star-history.com/svg?repos=a/b&type=Date)\n\n本文持续更新，欢迎 Star ⭐\n");
        assertThat(r.questions()).extracting(Question::answer).containsExactly(null, null);
        assertThat(r.warnings()).extracting(Diagnostic::code).contains("footer");
        assertThat(read("1. 什么是 goroutine？\n轻量线程。\n2. context 包的作用？\n\n---\n\n传递取消信号和截止时间。\n")
                .questions()).extracting(Question::answer).containsExactly("轻量线程。", "传递取消信号和截止时间。");
    }

    /**
     * An answer of points indented under its question ({@code "   * buf"}), over a paragraph at the margin, lost the
     * first point's indentation only, so the other points nested under it (imp33); the first keeps it now.
     */
    @Test
    void anAnswersFirstIndentedPointKeepsItsIndentation() {
        Golden.Result r = read("1. channel 的底层实现是什么？\n   * 环形队列 buf\n   * sendq / recvq 等待队列\n\n"
                + "常考，注意细节。\n2. 什么是 context？\n答：  传递取消信号。\n");
        assertThat(r.questions()).extracting(Question::answer).containsExactly(
                "   * 环形队列 buf\n   * sendq / recvq 等待队列\n\n常考，注意细节。", "传递取消信号。");
    }

    /**
     * A write-up's steps of the interview listed as items ("自我介绍", "反问环节", "你有什么想问我的", also with a
     * duration) are no question to study: left out with a warning naming each. A task ("手撕代码：反转链表"), a
     * reverse question that says what was asked, a step with an answer under it, stay.
     */
    @Test
    void interviewStepsAreLeftOutWithAWarning() {
        Golden.Result r = read("# 字节 一面\n\n1. 自我介绍（5min）\n2. Transformer 为什么要除以根号 d_k？\n"
                + "3. 手撕代码：反转链表\n4. 反问：部门做什么业务\n5. 反问环节\n6. Self-introduction\n"
                + "7. 你有什么想问我的？\n8. 自我介绍\n   讲了两个项目，面试官追问了细节。\n9. 项目深挖\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly("Transformer 为什么要除以根号 d_k？",
                "手撕代码：反转链表", "反问：部门做什么业务", "自我介绍");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("interview-step", 3), tuple("interview-step", 7), tuple("interview-step", 8),
                tuple("interview-step", 9), tuple("interview-step", 12));
        assertThat(r.warnings().get(0).message()).isEqualTo("item 1 '自我介绍（5min）' is a step of the interview, not a "
                + "question to study; not imported");
    }

    /**
     * imp36: an exam review pasted from a PDF: "一、简答题（共 4 题，每题 10 分）" filed its questions under the whole
     * line, and "1．（10分）简述…" kept the marks in the question. The count and marks are the paper's, as a
     * section's question count is.
     */
    @Test
    void anExamPapersCountsAndMarksAreNoPartOfTopicOrQuestion() {
        Golden.Result r = read("一、简答题（共 2 题，每题 10 分）\n\n1．（10分）简述池化层的作用。\n答：降维。\n"
                + "2. [5 points] Explain dropout.\n\n二、计算题（每题15分，共30分）\n\n3．（15 分）求输出大小。\n答：28。\n"
                + "4. (10) 个样本的均值是多少？\n");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("简述池化层的作用。", "简答题"), tuple("Explain dropout.", "简答题"), tuple("求输出大小。", "计算题"),
                tuple("(10) 个样本的均值是多少？", "计算题"));
    }

    /**
     * imp36: a write-up's rounds as plain lines ("一面（60min）：", "二面：", "**三面**", "【HR面】视频面，约 20 分钟").
     * The colon, bold or brackets made them no title: a round went into the answer of the item above it, and the
     * round's items, numbered from 1 again, into that answer's list (questions lost), and no item had a topic.
     */
    @Test
    void interviewRoundLinesAreTheSectionsOfTheirItems() {
        Golden.Result r = read("腾讯 算法实习 面经\n\n一面（60min）：\n1、RoPE 的原理是什么？\n2、反问：部门做什么业务\n\n"
                + "二面：\n1、Flash Attention 为什么快？\n2、算法题：最长递增子序列\n\n**三面**\n\n- 如何解决幻觉问题？\n\n"
                + "【HR面】视频面，约 20 分钟\n\n1、为什么选择腾讯？\n");
        assertThat(r.questions()).extracting(Question::question, Question::topic, Question::answer).containsExactly(
                tuple("RoPE 的原理是什么？", "一面", null), tuple("反问：部门做什么业务", "一面", null),
                tuple("Flash Attention 为什么快？", "二面", null), tuple("算法题：最长递增子序列", "二面", null),
                tuple("如何解决幻觉问题？", "三面", null), tuple("为什么选择腾讯？", "HR面", null));
        assertThat(r.questions().get(0).sources().get(0).section()).isEqualTo("一面（60min）");
        // a round named inside a sentence, or indented under an item, is text
        assertThat(read("1. 什么是 BN？\n   二面：\n2. 一面：问了 BN\n").questions()).extracting(Question::question,
                Question::answer).containsExactly(tuple("什么是 BN？", "二面："), tuple("一面：问了 BN", null));
    }

    /**
     * imp36: a step of the interview followed by how it went ("自我介绍，讲了二十分钟项目", "反问，面试官说我基础不太扎实")
     * is still only the step; a remark that asks or names a task keeps the item.
     */
    @Test
    void aStepWithARemarkOnHowItWentIsAStep() {
        Golden.Result r = read("1. 自我介绍，讲了二十分钟项目\n2. 梯度消失的原因？\n3. 项目经历，讲讲召回怎么做\n"
                + "4. 介绍项目，为什么用 CLIP 而不是 BLIP\n5. 反问，面试官说我基础不太扎实\n6. 介绍实习经历\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly("梯度消失的原因？",
                "项目经历，讲讲召回怎么做", "介绍项目，为什么用 CLIP 而不是 BLIP");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("interview-step", 1), tuple("interview-step", 5), tuple("interview-step", 6));
    }

    /**
     * imp36: a write-up whose candidate answered some items ("答：…") ends with its closing words after the last
     * item ("面试体验很好…有消息再更新。", "许愿 offer！" under a rule): they were the last item's answer (and kept a
     * last "反问" as a question), since a paragraph after the last item of a list with answers is read as its answer.
     * Closing words of a write-up are the page's; other prose there stays the answer.
     */
    @Test
    void aWriteUpsClosingWordsAreItsFooterEvenWhenItemsHaveAnswers() {
        Golden.Result r = read("1. 什么是 Focal Loss？\n答：降低易分样本的权重。\n2. 反问\n\n面试体验很好，目前等结果中。\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer)
                .containsExactly(tuple("什么是 Focal Loss？", "降低易分样本的权重。"));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("footer", 5), tuple("interview-step", 3));
        assertThat(read("1. 什么是 BN？\n\n答：批归一化。\n\n2. 为什么想来百度\n\n---\n\n三面结束两周了，许愿 offer！\n")
                .questions()).extracting(Question::answer).containsExactly("批归一化。", null);
        assertThat(read("1. 什么是 BN？\n答：批归一化。\n2. Dropout 的作用？\n\n防止过拟合，面试常考。\n").questions())
                .extracting(Question::answer).containsExactly("批归一化。", "防止过拟合，面试常考。");
    }

    /**
     * imp36: a 小红书 post ends with a sign-off, then its hashtags ("#面经 #大模型"): the sign-off was left out, but
     * the hashtags became the last question's tags. Below the page's footer they are the post's; below an answer, the
     * question's.
     */
    @Test
    void hashtagsBelowThePagesFooterAreThePostsOwn() {
        Golden.Result r = read("1、RoPE 的原理？\n2、期望薪资\n\n面试官都很好，许愿 offer🙏\n\n#面经 #大模型\n");
        assertThat(r.questions()).extracting(Question::question, Question::tags).containsExactly(
                tuple("RoPE 的原理？", List.of()), tuple("期望薪资", List.of()));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("footer", 4), tuple("footer", 6));
        assertThat(read("1. 什么是池化？\n降低分辨率。\n\n#CNN #池化\n2. 什么是 BN？\n").questions().get(0).tags())
                .containsExactly("CNN", "池化");
    }

    /**
     * A CSDN post (BOM, CRLF, full-width spaces after the numbers) ends with the platform's copyright lines; a Zhihu
     * post with its edit date: they were the end of the last answer, and are left out with a warning.
     */
    @Test
    void aBlogPlatformsLinesAtTheEndAreNoAnswer() {
        Golden.Result r = fixture("csdn-copyright.txt");
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是进程？", "什么是线程？",
                "进程间通信方式有哪些？");
        assertThat(r.questions().get(2).answer()).isEqualTo("```\n管道、消息队列、共享内存、信号量、socket\n```");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("footer", 18));
        Golden.Result zhihu = read("**1. Self-Attention 的复杂度？**\n\n$O(n^2 d)$\n\n**2. 多头注意力为什么有效？**\n\n"
                + "不同的头关注不同子空间。\n\n编辑于 2023-08-12 18:20・IP 属地北京\n");
        assertThat(zhihu.questions()).extracting(Question::answer).containsExactly("$O(n^2 d)$", "不同的头关注不同子空间。");
        assertThat(zhihu.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("footer", 9));
    }

    /**
     * A write-up's bulleted list: its interview steps (自我介绍, 反问) made too few bullets ask for a list of
     * questions, and the file was refused as unrecognised. Steps no longer count, and a coding task (手撕：…) asks.
     */
    @Test
    void aBulletedWriteUpWithStepsAndTasksIsAListOfQuestions() {
        String text = "## 美团 后端 二面\n\n- 自我介绍\n- 聊项目，问得很细\n- Redis 为什么快？\n"
                + "- MySQL 的索引为什么用 B+ 树？\n- 手撕：LRU 缓存\n- 反问\n";
        assertThat(Golden.detect(text)).isEqualTo("numbered");
        // "聊项目，问得很细" is a step and how it went, no question (imp36)
        assertThat(read(text).questions()).extracting(Question::question).containsExactly(
                "Redis 为什么快？", "MySQL 的索引为什么用 B+ 树？", "手撕：LRU 缓存");
    }

    /** A label alone over reference URLs ("参考资料：") labels nothing once they are references: not left in the answer. */
    @Test
    void aReferenceLabelOverTheUrlsIsNotLeftInTheAnswer() {
        Golden.Result r = read("1. 什么是 Dropout？\n\n训练时随机丢弃神经元。\n\n2. 什么是 BN？\n\n按批归一化。\n\n"
                + "**References:**\n\n- https://arxiv.org/abs/1502.03167\n");
        assertThat(r.questions().get(1).answer()).isEqualTo("按批归一化。");
        assertThat(r.questions().get(1).references()).extracting(dev.qbank.model.Reference::url)
                .containsExactly("https://arxiv.org/abs/1502.03167");
        // a label with text after it is the answer's sentence
        assertThat(read("1. 什么是 A？\n\n参考资料：见下文。\n\n2. 什么是 B？\n\nb\n").questions().get(0).answer())
                .isEqualTo("参考资料：见下文。");
    }

    /**
     * A short line standing alone in an answer ("优点", then a blank line, then its paragraph) keeps the blank line
     * after it: it was re-added below that blank line, glued to the next paragraph ("优点 查询快。" on the page).
     */
    @Test
    void aShortLineInAnAnswerKeepsTheBlankLineAfterIt() {
        Golden.Result r = read("1. 什么是索引？\n\n一种数据结构。\n\n优点\n\n查询快。\n\n缺点\n\n写入慢。\n\n2. 什么是事务？\n\n一组操作。\n");
        assertThat(r.questions().get(0).answer()).isEqualTo("一种数据结构。\n\n优点\n\n查询快。\n\n缺点\n\n写入慢。");
        // as the answer's first line too
        assertThat(read("1. 什么是 A？\n\n答案如下\n\n- 一点\n- 另一点\n\n2. 什么是 B？\n\nb\n").questions().get(0).answer())
                .isEqualTo("答案如下\n\n- 一点\n- 另一点");
    }

    /**
     * A list numbered with circled numbers ({@code ① 什么是条件概率？}), as word processors' list styles number it, was
     * read as three questions, its Chinese-numbered section lines ({@code 一、概率论}), each holding its section's
     * questions as sub-questions; a list numbered only so was refused as unrecognised. The circled lines are the
     * questions, the section lines their topics; under a {@code 1.} question they stay its parts.
     */
    @Test
    void circledNumbersNumberTheQuestions() {
        String text = "统计学面试题\n\n一、概率论\n① 什么是条件概率？\n② 独立和互斥有什么区别？\n\n二、数理统计\n"
                + "① 样本方差为什么除以 n-1？\n② 什么是无偏估计？\n";
        assertThat(Golden.detect(text)).isEqualTo("numbered");
        Golden.Result r = read(text);
        assertThat(r.questions()).extracting(Question::question, Question::topic, q -> q.sources().get(0).number())
                .containsExactly(tuple("什么是条件概率？", "概率论", "1"), tuple("独立和互斥有什么区别？", "概率论", "2"),
                        tuple("样本方差为什么除以 n-1？", "数理统计", "1"), tuple("什么是无偏估计？", "数理统计", "2"));
        assertThat(r.questions()).extracting(Question::prompt).containsOnlyNulls();
        // parenthesized ⑴ and the dingbat ❶ are the same list style
        assertThat(Golden.detect("⑴ 什么是过拟合？\n⑵ 什么是欠拟合？\n⑶ 如何防止过拟合？\n")).isEqualTo("numbered");
        assertThat(read("❶ 什么是过拟合？\n❷ 什么是欠拟合？\n").questions()).extracting(Question::question)
                .containsExactly("什么是过拟合？", "什么是欠拟合？");
        // under "1." questions, circled lines are still a question's parts
        Golden.Result parts = read("1. BN 怎么用？\n① 训练时如何计算？\n② 推理时如何计算？\n2. 什么是 LN？\n");
        assertThat(parts.questions()).extracting(Question::question).containsExactly("BN 怎么用？", "什么是 LN？");
        assertThat(parts.questions().get(0).prompt()).isEqualTo("BN 怎么用？\n① 训练时如何计算？\n② 推理时如何计算？");
    }
    /**
     * A line of 200,000 blanks (an indented list gone wrong, a fuzzed page) inside an answer, and a collapsed answer's
     * {@code <details>} line with as many blanks after it: the collapsed-answer pattern split such a run every way
     * before failing (quadratic: seconds at a few thousand blanks). They import as the short lines do.
     */
    @Test
    void aLongLineOfBlanksImportsAsAShortOne() {
        String blanks = " \t".repeat(100_000);
        String text = "1. What is overfitting?\nThe model fits noise.\n" + blanks + "(its training error keeps falling)\n"
                + "2. What is dropout?\n<details>" + blanks + "\n<summary>Answer</summary>\n\n"
                + "Units are dropped at random.\n</details>" + blanks + "\n";
        assertThat(Golden.detect(text)).isEqualTo(NumberedImporter.NAME);
        Golden.Result r = read(text);
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("What is overfitting?", "The model fits noise.\n" + blanks + "(its training error keeps falling)"),
                tuple("What is dropout?", "Units are dropped at random."));
    }

    /**
     * A remark between two items about the questions as a group ({@code 这两题几乎每场都会问。},
     * {@code 下面几题是二面问的：}, {@code The next three were asked on-site:}) became the answer of the item above it
     * (imp33's banks 14 and 15). It is said, by its line, and imported nowhere; an answer's own last paragraph
     * ({@code 以上。}, {@code 注：这题常考。}, a summary) stays the answer, and so does a remark that is no paragraph
     * of its own.
     */
    @Test
    void aRemarkBetweenItemsAboutTheQuestionsIsNoAnswer() {
        Golden.Result r = read("# 面试题\n\n## 操作系统\n\n1. 进程和线程的区别？\n2. 什么是死锁？\n\n这两题面试官问得很细。\n\n"
                + "3. 虚拟内存的作用？\n按需调页。\n\n以上。\n4. 什么是页表？\n映射虚拟页到物理页。\n\n注：这题常考。\n\n"
                + "下面几题是二面问的：\n\n5. 什么是零拷贝？\n减少内核和用户态之间的拷贝。\n\n"
                + "下面几题来自字节一面\n6. 什么是协程？\n\n## Network\n\n1. What is TCP?\nA reliable stream.\n\n"
                + "The next three were asked on-site:\n\n2. What is UDP?\nDatagrams.\n\nThese are the key points.\n\n"
                + "3. What is QUIC?\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("进程和线程的区别？", null, "操作系统"), tuple("什么是死锁？", null, "操作系统"),
                tuple("虚拟内存的作用？", "按需调页。\n\n以上。", "操作系统"),
                tuple("什么是页表？", "映射虚拟页到物理页。\n\n注：这题常考。", "操作系统"),
                tuple("什么是零拷贝？", "减少内核和用户态之间的拷贝。", "操作系统"), tuple("什么是协程？", null, "操作系统"),
                tuple("What is TCP?", "A reliable stream.", "Network"),
                tuple("What is UDP?", "Datagrams.\n\nThese are the key points.", "Network"),
                tuple("What is QUIC?", null, "Network"));
        assertThat(r.warnings()).filteredOn(w -> w.code().equals("remark")).extracting(Diagnostic::line)
                .containsExactly(8, 19, 24, 32);
    }

    /**
     * The text above the first question (a title line, an introduction) was dropped without a word, as qa and notion
     * never did: it is said once, at its first line a reader sees. A title heading (the bank's title or a section),
     * a table of contents (named by its own warning), badges, comments and front matter show no text left out.
     */
    @Test
    void textAboveTheFirstQuestionIsSaidOnceAtItsFirstLine() {
        String questions = "1. 什么是 TCP？\n三次握手建立连接。\n2. 什么是 UDP？\n无连接的传输。\n";
        Golden.Result intro = read("# 网络面试题\n\n[![stars](https://img.shields.io/github/stars/x/y)](https://github.com/x/y)\n"
                + "<!-- draft -->\n\n这份清单是我秋招时整理的。\n第二行介绍。\n\n另一段说明。\n\n" + questions);
        assertThat(intro.questions()).hasSize(2);
        assertThat(intro.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("preamble", 6));
        assertThat(intro.warnings().get(0).message()).contains("above the first question").contains("not imported");
        assertThat(read("# 网络面试题\n\n" + questions).warnings()).isEmpty();
        assertThat(read("## 网络\n\n" + questions).warnings()).isEmpty();
        assertThat(read("## 目录\n- [TCP](#tcp)\n- [UDP](#udp)\n\n" + questions).warnings())
                .extracting(Diagnostic::code).containsExactly("table-of-contents");
        // front matter is named as the qa and notion importers name it (it went unsaid), and is no preamble
        assertThat(read("---\ntitle: 网络\ndate: 2024-01-01\n---\n\n" + questions).warnings())
                .extracting(Diagnostic::code, Diagnostic::line).containsExactly(tuple("front-matter", 1));
        // after the first question such text is the outside-item warning's, not the preamble's
        assertThat(read(questions + "\n## License\n\nMIT\n").warnings()).extracting(Diagnostic::code)
                .containsExactly("outside-item");
    }

    /**
     * A frequency mark before or after a question ({@code 🔥}, {@code （高频）}, {@code 【必问】}, before the number as a
     * WeChat post puts it) is a tag in one spelling, not text of the card; the same word inside the question stays,
     * and stars after the mark are still the level.
     */
    @Test
    void frequencyMarksAreTagsNotText() {
        Golden.Result r = Golden.readTextAsImported(importer, """
                # 深度学习面试题

                1. 🔥 什么是过拟合？
                训练好测试差。

                2. 什么是BN？（高频）
                批归一化。

                3. 高频交易是什么？
                一种交易方式。

                🔥 4. Dropout 为什么有效？
                集成效果。

                5. 【必问】Adam 的原理？（常考）⭐⭐
                一阶矩和二阶矩。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::tags, Question::difficulty).containsExactly(
                tuple("什么是过拟合？", List.of("高频"), null),
                tuple("什么是BN？", List.of("高频"), null),
                tuple("高频交易是什么？", List.of(), null),
                tuple("Dropout 为什么有效？", List.of("高频"), null),
                tuple("Adam 的原理？", List.of("高频", "必考"), Difficulty.MEDIUM));
        assertThat(r.questions()).extracting(Question::answer).containsExactly("训练好测试差。", "批归一化。", "一种交易方式。",
                "集成效果。", "一阶矩和二阶矩。");
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * On an outliner's page whose bullets mostly ask, a bullet over bullets that all ask is their heading, not a
     * question with them as its answer, even when it asks itself; one over its own answer points stays a question.
     */
    @Test
    void anOutlineBulletOverQuestionsIsTheirHeading() {
        Golden.Result r = Golden.readText(importer, """
                - Redis 面试题
                  - 什么是缓存穿透？
                    - 查询不存在的数据。
                  - 为什么 Redis 快？
                    - 内存操作
                    - 单线程无锁
                  - 持久化有哪些方式？
                    - RDB 和 AOF 各有什么优缺点？
                      - RDB 快照，AOF 日志。
                    - 怎么选持久化方式？
                      - 看能丢多少数据。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("什么是缓存穿透？", "- 查询不存在的数据。", null),
                tuple("为什么 Redis 快？", "- 内存操作\n- 单线程无锁", null),
                tuple("RDB 和 AOF 各有什么优缺点？", "- RDB 快照，AOF 日志。", "持久化有哪些方式？"),
                tuple("怎么选持久化方式？", "- 看能丢多少数据。", "持久化有哪些方式？"));
    }

    /**
     * imp42: a heading bullet among sibling questions heads its own children only; the siblings after them are in
     * the part over it (before, every one of them was filed under the heading bullet, as its topic).
     */
    @Test
    void theSiblingsAfterAnOutlineHeadingBulletAreNotUnderIt() {
        Golden.Result r = Golden.readText(importer, """
                - Redis 面试题
                  - 缓存
                    - 什么是缓存穿透？
                      - 查询不存在的数据。
                    - 持久化有哪些方式？
                      - RDB 和 AOF 各有什么优缺点？
                        - RDB 快照，AOF 日志。
                      - 怎么选持久化方式？
                        - 看能丢多少数据。
                    - 为什么 Redis 快？
                      - 内存操作
                    - 什么是缓存雪崩？
                      - 大量 key 同时过期。
                  - 集群
                    - 什么是哨兵？
                      - 监控主从。
                    - 什么是分片？
                      - 按槽分数据。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("什么是缓存穿透？", "缓存"),
                tuple("RDB 和 AOF 各有什么优缺点？", "持久化有哪些方式？"),
                tuple("怎么选持久化方式？", "持久化有哪些方式？"),
                tuple("为什么 Redis 快？", "缓存"),
                tuple("什么是缓存雪崩？", "缓存"),
                tuple("什么是哨兵？", "集群"),
                tuple("什么是分片？", "集群"));
    }
}
