package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.model.Question;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Eight banks written blind in the shapes learners keep interview questions in note-taking and spaced-repetition
 * tools (Obsidian Spaced Repetition, Logseq cards, Mochi/RemNote, Quizlet exports, Anki's notes in plain text,
 * org-drill, a phone's Q:/A: notes): each is detected and read whole (docs/importer-audit-22.md,
 * fixtures/audit22/README.md).
 */
class Audit22Test {
    /** Fixture, the format it is detected as and the questions a reader counts in it. */
    private static final String TABLE = """
            a1_obsidian_sr_network.md     flashcards  15
            a2_logseq_redis.md            numbered    16
            a3_mochi_remnote_jvm.md       flashcards  15
            a4_quizlet_os.txt             ankitext    16
            a5_quizlet_custom_ml.txt      ankitext    14
            a6_anki_notes_mysql.txt       ankitext    18
            a7_org_drill_go.org           org         13
            a8_phone_notes_frontend.txt   qa          15
            """;
    private static final AuditFolder AUDIT = AuditFolder.of("audit22", TABLE);

    private static List<Question> read(String name) {
        return AUDIT.read(name);
    }

    @TestFactory
    Stream<DynamicTest> everyBankIsDetectedAndReadWhole() throws IOException {
        return AUDIT.detectedAndReadWhole((file, q) -> {
            // no tool's bookkeeping (schedules, review properties, drawers, separators, wiki links) in any text
            assertThat(q.question()).as(file).doesNotContain("<!--", "[[", "::", ">>", ";;", ":drill:", "#card", "\r",
                    "\uFEFF", "<b>").isNotBlank();
            String rest = String.join("\n", q.answer() == null ? "" : q.answer(), q.prompt() == null ? "" : q.prompt());
            assertThat(rest).as(q.question()).doesNotContain("<!--SR", "card-last", "card-repeats", "card-ease",
                    "card-next", ":PROPERTIES:", ":END:", "DRILL_", "SCHEDULED:", "\r", "<br>", "<li>", "\n---");
        });
    }

    @Test
    void obsidianCardsKeepTheirDeckTagsAndClozes() {
        List<Question> a1 = read("a1_obsidian_sr_network.md");
        assertThat(a1).extracting(Question::question).contains("TCP 三次握手的过程是什么？", "TCP 的拥塞控制有哪几个阶段？",
                "拥塞控制", "TCP 用 [...] 实现流量控制，用 [...] 保证可靠传输。",
                "HTTP 状态码 301 和 302 的区别是 [...]，浏览器会缓存 301。");
        assertThat(a1).allSatisfy(q -> assertThat(q.tags()).contains("面试")); // the front matter's tag
        assertThat(a1).extracting(Question::topic).containsOnly("TCP", "HTTP", "DNS");
        Question timeWait = a1.stream().filter(q -> q.question().startsWith("TIME_WAIT")).findFirst().orElseThrow();
        assertThat(timeWait.answer()).startsWith("1. 保证最后一个 ACK").endsWith("新连接。");
        assertThat(a1).filteredOn(q -> q.question().startsWith("HTTP 状态码")).extracting(Question::answer)
                .containsExactly("301 永久重定向，302 临时重定向");
    }

    @Test
    void logseqCardsBesideTopicBulletsAreQuestions() {
        List<Question> a2 = read("a2_logseq_redis.md");
        assertThat(a2).extracting(Question::question, Question::topic).startsWith(
                tuple("Redis 为什么这么快？", null), tuple("Redis 有哪些数据类型？", null),
                tuple("RDB 和 AOF 有什么区别？", "持久化"));
        assertThat(a2.get(0).answer()).startsWith("- 纯内存操作").contains("- I/O 多路复用（epoll）处理大量连接");
        assertThat(a2).allSatisfy(q -> assertThat(q.tags()).containsExactly("redis", "缓存", "面试"));
        assertThat(a2).extracting(Question::question).contains("Redis 4.0 的混合持久化在 AOF 重写时先写入 [...] 的快照，再追加增量命令");
    }

    @Test
    void mochiAndRemNoteCardsAreSplitAtTheirSeparators() {
        List<Question> a3 = read("a3_mochi_remnote_jvm.md");
        assertThat(a3).extracting(Question::question, Question::answer).contains(
                tuple("JVM 运行时数据区有哪些", "程序计数器、虚拟机栈、本地方法栈、堆、方法区（JDK 8 起元空间）。前三个线程私有，堆和方法区线程共享。"),
                tuple("强引用", "只要引用还在，GC 永远不会回收被引用的对象。"),
                tuple("Minor GC", "A collection of the young generation only: Eden and one survivor space are copied "
                        + "into the other survivor space, and objects old enough are promoted."));
        Question gc = a3.stream().filter(q -> q.question().equals("常见的垃圾回收算法有哪些？")).findFirst().orElseThrow();
        assertThat(gc.answer()).isEqualTo("- 标记-清除：会产生内存碎片\n- 标记-复制：没有碎片，但浪费一半空间，适合新生代\n- 标记-整理：适合老年代");
        assertThat(gc.topic()).isEqualTo("垃圾回收");
    }

    @Test
    void quizletExportsAreCards() {
        assertThat(read("a4_quizlet_os.txt")).extracting(Question::question).startsWith("什么是进程", "什么是线程")
                .endsWith("Copy-on-write");
        List<Question> a5 = read("a5_quizlet_custom_ml.txt");
        assertThat(a5).extracting(Question::question).startsWith("什么是过拟合？", "L1 和 L2 正则化的区别")
                .endsWith("什么是 Teacher Forcing");
        assertThat(a5.get(0).answer()).isEqualTo(
                "模型在训练集上表现很好，在验证集/测试集上表现差。\n原因：模型太复杂、数据太少或噪声太多。\n对策：正则化、Dropout、数据增强、早停。");
        assertThat(a5.get(7).answer()).contains(";\nthe expected error"); // a ';' inside a definition stays
    }

    @Test
    void ankiNotesKeepTheirDecksTagsAndClozes() {
        List<Question> a6 = read("a6_anki_notes_mysql.txt");
        assertThat(a6.get(0)).extracting(Question::question, Question::topic, Question::tags).containsExactly(
                "MySQL 的 InnoDB 和 MyISAM 有什么区别？", "数据库 / MySQL", List.of("mysql", "存储引擎"));
        assertThat(a6.get(3).question()).isEqualTo("联合索引遵循 [...] 原则，遇到 [...] 后面的列就用不上索引了。");
        assertThat(a6.get(5).answer()).startsWith("| 级别 | 脏读 |");
    }

    @Test
    void orgDrillCardsAreQuestionsWithoutTheirBookkeeping() {
        List<Question> a7 = read("a7_org_drill_go.org");
        assertThat(a7).extracting(Question::question, Question::topic).startsWith(
                tuple("什么是 goroutine？和线程有什么区别？", "基础"), tuple("简述 Go 调度器的 GMP 模型。", "基础"));
        assertThat(a7).allSatisfy(q -> assertThat(q.tags()).containsExactly("go", "interview"));
        assertThat(a7.get(3)).extracting(Question::question, Question::answer).containsExactly(
                "Go 1.18 以后，cap 小于 [...] 时翻倍，之后按约 [...] 的公式平滑增长。", "256\n1.25 倍加上 192");
        // the cards' titles: 'slice 扩容规则' names what the cloze is about; 'GMP 模型' the question says already
        assertThat(a7.get(3).prompt()).isEqualTo("slice 扩容规则");
        assertThat(a7.get(1).prompt()).isNull();
        assertThat(a7.get(6).answer()).contains("`v, ok := <-ch` 中 ok 为 false");
        assertThat(a7).extracting(Question::question).doesNotContain("整理 pprof 的用法");
    }

    @Test
    void phoneNotesPairsAreQuestions() {
        List<Question> a8 = read("a8_phone_notes_frontend.txt");
        assertThat(a8).extracting(Question::question).contains("What is a closure?", "浏览器渲染页面的过程？",
                "跨域有哪些解决办法？", "Vue 的响应式原理？");
        assertThat(a8.get(7).answer()).startsWith("- 批量修改样式");
    }
}
