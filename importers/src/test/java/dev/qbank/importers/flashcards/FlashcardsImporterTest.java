package dev.qbank.importers.flashcards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Obsidian Spaced Repetition cards are questions; properties, fields and prose beside them are not. */
class FlashcardsImporterTest {
    private final FlashcardsImporter importer = new FlashcardsImporter();

    private static SourceDocument doc(String text) {
        return SourceDocument.of(Path.of("note.md"), "note.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private Golden.Result fixture(String name) {
        return Golden.readFixture(importer, "flashcards", name);
    }

    /**
     * One-line cards, reversible ones once, under a {@code #flashcards/…} deck: headings are their topics, a tag
     * line right above a card its tags, the plugin's schedule comments and the note's Dataview fields are dropped,
     * and a sentence holding {@code std::shared_ptr} is no card but text left out with a warning.
     */
    @Test
    void oneLineCardsInADeck() {
        Golden.Result r = fixture("deck-one-line.md");
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("进程和线程有什么区别？", "进程是资源分配的单位，线程是调度的单位。", "进程"),
                tuple("什么是僵尸进程？", "子进程已退出，父进程还没有调用 wait 回收它。", "进程"),
                tuple("PCB", "进程控制块，内核描述进程的数据结构。", "进程"),
                tuple("为什么需要虚拟内存？", "隔离进程的地址空间，并让程序用上比物理内存更大的空间。", "内存"));
        assertThat(r.questions().get(3).tags()).containsExactly("虚拟内存", "分页");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).line()).containsExactly(10, 11, 12, 17);
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("outside-card", 20));
    }

    /**
     * Multi-line cards: question lines over {@code ?} or {@code ??} over answer lines, a code block's blank line kept
     * in the answer; a cloze paragraph is read as the anki format reads a cloze note; prose and a card with no answer
     * are warnings.
     */
    @Test
    void multiLineAndClozeCards() {
        Golden.Result r = fixture("multi-line.md");
        assertThat(r.questions()).extracting(Question::question).containsExactly("TCP 为什么需要三次握手？",
                "给出一个用 curl 看握手耗时的命令", "HTTP/2 用 [...] 实现多路复用，头部用 [一种算法] 压缩。");
        assertThat(r.questions().get(0).answer()).isEqualTo("确认双方都能发送和接收，\n并同步初始序列号。");
        assertThat(r.questions().get(1).prompt()).isEqualTo("（只看连接阶段）");
        assertThat(r.questions().get(1).answer()).contains("-s https://example.org\n\n# 输出以秒为单位");
        assertThat(r.questions().get(2).answer()).isEqualTo("二进制分帧\nHPACK");
        assertThat(r.questions().get(2).sources().get(0).text()).contains("{{c1::二进制分帧}}");
        assertThat(r.questions()).extracting(Question::topic).containsOnly("计算机网络");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("outside-card", 20), tuple("empty-card", 23));
    }

    /** A deck named in the front matter ({@code tags: [flashcards/java/集合]}) is the cards' topic. */
    @Test
    void aDeckInTheFrontMatterIsTheTopic() {
        Golden.Result r = fixture("front-matter-deck.md");
        assertThat(r.questions()).extracting(Question::question).containsExactly("HashMap 的默认容量",
                "ConcurrentHashMap 怎么保证线程安全？", "ArrayList");
        assertThat(r.questions()).extracting(Question::topic).containsOnly("java / 集合");
    }

    /**
     * The front matter's other tags ({@code tags: [flashcards/网络, 面试]}, or a YAML list) are the cards' tags, and the
     * warning says they were read; a wiki link or highlight in a question reads as its words ({@code [[TCP]] 的…}).
     */
    @Test
    void frontMatterTagsAndWikiLinks() {
        Golden.Result r = Golden.readText(importer, """
                ---
                tags: [flashcards/网络, 面试, "#八股"]
                created: 2024-03-02
                ---

                [[TCP]] 的拥塞控制有哪几个阶段？::慢启动、拥塞避免、快重传、快恢复。
                [[HTTP 协议|HTTP]] 和 ==HTTPS== 的区别？::多了 TLS。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::topic, Question::tags).containsExactly(
                tuple("TCP 的拥塞控制有哪几个阶段？", "网络", List.of("面试", "八股")),
                tuple("HTTP 和 HTTPS 的区别？", "网络", List.of("面试", "八股")));
        assertThat(r.warnings()).extracting(Diagnostic::message).containsExactly(
                "the front matter (lines 1-4, the note's metadata) is not imported, except its tags");
        Golden.Result listed = Golden.readText(importer, "---\ntags:\n  - flashcards\n  - redis\n---\n\n"
                + "Redis 为什么快？::纯内存。\n");
        assertThat(listed.questions()).extracting(Question::tags).containsExactly(List.of("redis"));
    }

    /**
     * RemNote's separators ({@code question >> answer}, {@code concept ;; descriptor}) split a card as {@code ::}
     * does, and Mochi's cards written apart by {@code ---} (a question line over answer paragraphs) are cards: the
     * rules are no text left out. A shift ({@code a>>b}), a quote ({@code >> x}) or code is no separator.
     */
    @Test
    void remNoteSeparatorsAndMochiCards() {
        Golden.Result r = Golden.readText(importer, """
                # JVM

                JVM 运行时数据区有哪些 >> 程序计数器、虚拟机栈、堆、方法区。

                ---

                强引用 ;; GC 永远不会回收。

                ---

                ## 垃圾回收

                如何判断一个对象可以被回收？

                可达性分析：从 GC Roots 出发，不可达的就可以回收。

                - 引用计数法处理不了循环引用

                ---

                What triggers a Full GC? >> Old generation full, or System.gc().
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("JVM 运行时数据区有哪些", "程序计数器、虚拟机栈、堆、方法区。", "JVM"),
                tuple("强引用", "GC 永远不会回收。", "JVM"),
                tuple("如何判断一个对象可以被回收？", "可达性分析：从 GC Roots 出发，不可达的就可以回收。\n\n- 引用计数法处理不了循环引用", "垃圾回收"),
                tuple("What triggers a Full GC?", "Old generation full, or System.gc().", "垃圾回收"));
        assertThat(r.warnings()).isEmpty();
        assertThat(CardLine.of("x = a>>b 是右移")).isEmpty();
        assertThat(CardLine.of(">> 引用里的引用")).isEmpty();
        assertThat(CardLine.of("`a >> b` 是什么")).isEmpty();
        assertThat(CardLine.of("a >>> b")).isEmpty();
        assertThat(CardLine.of("std::cin >> x 会怎样？::读到空白为止")).map(CardLine::question).contains("std::cin >> x 会怎样？");
    }

    /**
     * RemNote's other cards: {@code <<} (backward: the right side is shown, so it is the question), {@code <>} (both
     * ways, one question) and {@code question >>>} over its child bullets. Code that writes the same characters is
     * content: shifts and comparisons ({@code x << 2}, {@code a <> b}, {@code cout << a << b}), {@code List<>}, a
     * Python prompt ({@code >>> print(x)}) and {@code a >>> 2}.
     */
    @Test
    void remNoteBackwardBothWaysAndMultiLineCards() {
        Golden.Result r = Golden.readText(importer, """
                # JVM

                - Metaspace << JDK 8 起取代永久代的是什么？
                - 强引用 <> 只要引用还在就不会被回收的引用
                - 类加载的过程 >>>
                    - 加载、验证、准备
                    - 解析、初始化
                - Kafka >> 分布式消息队列
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("JDK 8 起取代永久代的是什么？", "Metaspace"),
                tuple("强引用", "只要引用还在就不会被回收的引用"),
                tuple("类加载的过程", "- 加载、验证、准备\n- 解析、初始化"),
                tuple("Kafka", "分布式消息队列"));
        assertThat(r.questions().get(2).sources().get(0).line()).isEqualTo(5);
        assertThat(r.warnings()).isEmpty();
        assertThat(CardLine.of("x << 2 等于多少？")).isEmpty();
        assertThat(CardLine.of("a <> b 和 != 有区别吗？")).isEmpty();
        assertThat(CardLine.of("Java 的 List<> 怎么写？")).isEmpty();
        assertThat(CardLine.of("cout << a << b 输出什么？")).isEmpty();
        assertThat(CardLine.of("cin >> x 会读到哪里？")).isEmpty();
        assertThat(CardLine.multiLineQuestion(">>> print(x)")).isEmpty();
        assertThat(CardLine.multiLineQuestion("x = a >>> 2")).isEmpty();
        assertThat(CardLine.multiLineQuestion("`a >>>`")).isEmpty();
        Golden.Result prose = Golden.readText(importer, """
                什么是 TCP？::传输控制协议

                什么是 UDP？::用户数据报协议

                Python 里这样试：
                >>> print(1 << 3)
                8
                """);
        assertThat(prose.questions()).extracting(Question::question).containsExactly("什么是 TCP？", "什么是 UDP？");
        assertThat(prose.warnings()).extracting(Diagnostic::code).containsExactly("outside-card");
    }

    /**
     * Mochi writes a card as its sides apart by a {@code ---} line ({@code 什么是光合作用？} / {@code ---} / the answer,
     * a third side after another {@code ---}); a front that does not ask (a term) is a card when the note holds two
     * such cards or is tagged. A lone Setext heading over its text ({@code Intro} / {@code ---} / text) stays text.
     */
    @Test
    void mochiCardsAreSidesApartByARule() {
        Golden.Result r = Golden.readText(importer, """
                # JVM

                Metaspace
                ---
                JDK 8 起取代永久代，放在本地内存。

                双亲委派
                ---
                先委派父加载器。
                ---
                避免重复加载核心类。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("Metaspace", "JDK 8 起取代永久代，放在本地内存。"), tuple("双亲委派", "先委派父加载器。\n\n避免重复加载核心类。"));
        assertThat(r.warnings()).isEmpty();
        Golden.Result one = Golden.readText(importer, "什么是 GC Roots？\n---\n栈中引用、静态变量。\n```yaml\na: 1\n---\nb: 2\n```"
                + "\n\n什么是 TCP？::协议\n");
        assertThat(one.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是 GC Roots？", "栈中引用、静态变量。\n```yaml\na: 1\n---\nb: 2\n```"), tuple("什么是 TCP？", "协议"));
        Golden.Result setext = Golden.readText(importer, """
                Intro
                ---
                These are my cards.

                什么是 TCP？::传输控制协议
                什么是 UDP？::用户数据报协议
                """);
        assertThat(setext.questions()).extracting(Question::question).containsExactly("什么是 TCP？", "什么是 UDP？");
        assertThat(setext.warnings()).extracting(Diagnostic::code).containsExactly("outside-card");
    }

    /**
     * In a note tagged {@code #flashcards}, a paragraph in no other card whose words are highlighted
     * ({@code ==301 永久重定向==}, the plugin's default cloze) is a cloze card; without the tag it stays text.
     */
    @Test
    void highlightsInADeckAreClozes() {
        Golden.Result r = Golden.readText(importer, """
                #flashcards/http

                状态码 ==301== 是永久重定向，==302== 是临时重定向。

                GET 和 POST 的区别？::语义不同。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("状态码 [...] 是永久重定向，[...] 是临时重定向。", "301\n302"), tuple("GET 和 POST 的区别？", "语义不同。"));
        assertThat(r.questions().get(0).sources().get(0).text()).isEqualTo("状态码 ==301== 是永久重定向，==302== 是临时重定向。");
        Golden.Result untagged = Golden.readText(importer, "状态码 ==301== 是永久重定向。\n\nGET 和 POST 的区别？::语义不同。\n\n"
                + "PUT 幂等吗？::幂等。\n");
        assertThat(untagged.questions()).extracting(Question::question).containsExactly("GET 和 POST 的区别？", "PUT 幂等吗？");
    }

    /**
     * With the plugin's "convert bold text to clozes" on, a deck's paragraph in no other card with {@code **bold**}
     * words is a cloze card; bold that labels ({@code **注意**：…}, {@code - **Note:** …}) or titles (a line wholly
     * bold) is content, so a paragraph with no other bold stays text; highlights win over bold; code is no deletion.
     */
    @Test
    void boldInADeckIsACloze() {
        Golden.Result r = Golden.readText(importer, """
                #flashcards/mysql

                InnoDB 的默认隔离级别是 **可重复读**，
                它用 **MVCC** 和间隙锁避免幻读。

                **注意**：面试前把 `**kwargs**` 和 **索引下推** 都复习一遍。

                **第二章 索引**

                - **Note:** review before the interview

                ==B+ 树== 的叶子节点用 **链表** 相连。

                GET 和 POST 的区别？::语义不同。
                """);
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("InnoDB 的默认隔离级别是 [...]， 它用 [...] 和间隙锁避免幻读。", "可重复读\nMVCC"),
                tuple("注意：面试前把 kwargs 和 [...] 都复习一遍。", "索引下推"),
                tuple("[...] 的叶子节点用 链表 相连。", "B+ 树"),
                tuple("GET 和 POST 的区别？", "语义不同。"));
        assertThat(r.questions().get(0).sources().get(0).text())
                .isEqualTo("InnoDB 的默认隔离级别是 **可重复读**， 它用 **MVCC** 和间隙锁避免幻读。");
        assertThat(r.warnings()).extracting(Diagnostic::message).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("第二章 索引")).anySatisfy(m -> assertThat(m).contains("Note:"));
        Golden.Result untagged = Golden.readText(importer, "InnoDB 默认是 **可重复读**。\n\nGET 和 POST 的区别？::语义不同。\n\n"
                + "PUT 幂等吗？::幂等。\n");
        assertThat(untagged.questions()).extracting(Question::question).containsExactly("GET 和 POST 的区别？", "PUT 幂等吗？");
    }

    /**
     * {@code key:: value} is also Logseq's block property and Dataview's inline field: a note of those is no deck,
     * and without a {@code #flashcards} tag a card must ask, or most of the note's cards must.
     */
    @Test
    void propertiesAndFieldsAreNoCards() {
        String dataview = """
                # 读书笔记
                author:: 周志明
                rating:: 9
                Status:: reading
                第三章讲了垃圾回收 [pages:: 40]。
                """;
        assertThat(importer.sniff(doc(dataview))).isZero();
        String logseq = """
                - 读书
                  id:: 650a1b2c-0000-4000-8000-000000000001
                  collapsed:: true
                  - 第一章
                """;
        assertThat(importer.sniff(doc(logseq))).isZero();
        String terms = "TCP::传输控制协议\nUDP::用户数据报协议\n";
        assertThat(importer.sniff(doc(terms))).isZero(); // two terms, no question, no deck tag
        assertThat(importer.sniff(doc("#flashcards\n\n" + terms))).isGreaterThan(0.9);
        String asking = "什么是 TCP？::传输控制协议\n什么是 UDP？::用户数据报协议\nIP::网际协议\n";
        assertThat(Golden.detect(asking)).isEqualTo("flashcards");
        assertThat(Golden.readText(importer, asking).questions()).hasSize(3); // mostly cards: the term is one too
    }

    /**
     * A note of nothing but one-line cards needs no {@code #flashcards} tag, even with one card, as long as one of
     * them is more than a field's name (it asks, or is a phrase); a note of {@code Word:: value} lines only is a
     * note's fields (Dataview, Logseq), and one card in a note of other text is no deck either.
     */
    @Test
    void aNoteOfNothingButCardsIsADeck() {
        Golden.Result r = fixture("only-cards.md");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("Explain weight decay", "Regularisation"), tuple("解释早停", "Regularisation"));
        assertThat(r.warnings()).isEmpty();
        for (String single : List.of("什么是梯度消失？::反向传播时梯度越来越小\n", "Explain dropout:: Randomly zero activations.\n",
                "解释过拟合:::训练集上好，测试集上差。\n", "- What does ReLU return for negatives:: Zero\n")) {
            assertThat(Golden.detect(single)).as(single).isEqualTo("flashcards");
            assertThat(Golden.readText(importer, single).questions()).as(single).hasSize(1);
        }
        // fields: one word (a Han one of four characters at most), no question mark
        for (String fields : List.of("Status:: Read\nAuthor:: Lin\n", "作者:: 张三\n阅读状态:: 在读\n", "Rating:: 9\n",
                "过拟合::训练好测试差\n", "title:: Kafka\nalias:: 消息队列\n")) {
            assertThat(importer.sniff(doc(fields))).as(fields).isZero();
        }
        // one card beside prose: a sentence that happens to hold a field, or a note about something else
        assertThat(importer.sniff(doc("今天复习了网络。\n\n什么是 TCP？::传输控制协议\n"))).isZero();
    }

    /** A {@code #flashcards/…} tag inside a sentence tags the whole note, as the plugin reads it. */
    @Test
    void aDeckTagInASentenceTagsTheNote() {
        Golden.Result r = Golden.readText(importer, "Redis 复习，每天过一遍 #flashcards/redis\n\n"
                + "AOF::追加写命令的日志\nRDB::某一时刻的快照\n");
        assertThat(r.questions()).extracting(Question::question, Question::topic)
                .containsExactly(tuple("AOF", "redis"), tuple("RDB", "redis"));
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("outside-card");
    }

    /**
     * Cards written as list items ({@code - q::a}, {@code * q::a}, {@code + q:::a}, nested ones too) are read without
     * their marker; a page's property bullets ({@code - tags:: …}, {@code - id:: …}) are no cards and no stray text.
     */
    @Test
    void cardsAsListItems() {
        Golden.Result r = fixture("list-items.md");
        assertThat(r.questions()).extracting(Question::question, Question::topic).containsExactly(
                tuple("什么是消费者组？", "Kafka"), tuple("分区副本里谁负责读写？", "Kafka"), tuple("ISR", "Kafka"),
                tuple("为什么消息在分区内有序？", "Kafka"), tuple("交换机有哪几种类型？", "RabbitMQ"));
        assertThat(r.questions().get(1).answer()).isEqualTo("leader 副本，follower 只同步数据。");
        assertThat(r.questions()).extracting(q -> q.sources().get(0).line()).containsExactly(6, 7, 8, 9, 13);
        assertThat(r.warnings()).isEmpty();
        assertThat(CardLine.of("- 什么是X？::答案")).get().extracting(CardLine::question).isEqualTo("什么是X？");
        assertThat(CardLine.of("- tags:: redis, cache")).get().extracting(CardLine::propertyKey).isEqualTo(true);
        String logseq = "- tags:: redis\n- id:: 650a1b2c\n- 缓存\n  - 什么是缓存穿透？\n    - 查不存在的数据。\n";
        assertThat(importer.sniff(doc(logseq))).isZero();
    }

    /** {@code ::} in code or in a C++ name inside a sentence is no separator; the next one is. */
    @Test
    void scopeOperatorsAndCodeSpansAreNoSeparators() {
        assertThat(CardLine.of("为什么 std::move 不移动任何东西？::它只是转换成右值引用。")).get()
                .extracting(CardLine::question).isEqualTo("为什么 std::move 不移动任何东西？");
        assertThat(CardLine.of("`a::b` 是什么？::作用域解析。")).get()
                .extracting(CardLine::answer).isEqualTo("作用域解析。");
        assertThat(CardLine.of("用 std::vector 存放结果")).isEmpty();
        assertThat(CardLine.of("什么是反转卡片？:::正反都考。")).get().extracting(CardLine::reversed).isEqualTo(true);
        assertThat(CardLine.of("  tags:: redis")).isEmpty();
        assertThat(List.of("author", "due-date")).allMatch(k -> CardLine.of(k + ":: x").orElseThrow().propertyKey());
    }

    /**
     * imp40: a study set exported as {@code term - definition} lines (Quizlet with a custom separator, a course's word
     * list) was refused as unrecognised; each line is a card, the term its front. Only a file of nothing else reads so.
     */
    @Test
    void aTermDefinitionListIsOneCardALine() {
        String text = "Epoch - one full pass over the data\nMini-batch gradient descent - updates on a small subset\n"
                + "Dropout – zeroing activations at random\n";
        Golden.Result r = Golden.readText(importer, text);
        assertThat(r.questions()).extracting(Question::question, Question::answer, q -> q.sources().get(0).line())
                .containsExactly(tuple("Epoch", "one full pass over the data", 1),
                        tuple("Mini-batch gradient descent", "updates on a small subset", 2),
                        tuple("Dropout", "zeroing activations at random", 3));
        assertThat(new dev.qbank.importers.FormatDetector(dev.qbank.importers.ImporterRegistry.standard()).detect(
                SourceDocument.of(Path.of("t.txt"), "t.txt", text.getBytes(StandardCharsets.UTF_8))).importer().name())
                .isEqualTo("flashcards");
        assertThat(TermLine.list("Epoch - a pass\nDropout - noise\nThe list goes on below.\nSoftmax - probabilities\n"))
                .isEmpty();
        assertThat(TermLine.list("1. Epoch - a pass\n2. Dropout - noise\n3. Softmax - probabilities\n")).isEmpty();
    }

    /** A card's front loses its frequency mark to a tag. */
    @Test
    void frequencyMarksOnFrontsAreTags() {
        Golden.Result r = Golden.readTextAsImported(importer, """
                什么是BN？（高频）::批归一化
                (frequently asked) What is dropout?::Random zeroing.
                """);
        assertThat(r.questions()).extracting(Question::question, Question::tags, Question::answer).containsExactly(
                tuple("什么是BN？", List.of("高频"), "批归一化"),
                tuple("What is dropout?", List.of("高频"), "Random zeroing."));
    }
}
