package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Fifteen banks written blind in the five seed shapes, three per shape, by other authors' habits (other topics, CRLF,
 * BOM, other numbering and heading levels, missing answers, code, tables and images in answers, English): each is
 * detected as its shape and read whole (docs/importer-audit-20.md, fixtures/audit20/README.md).
 */
class Audit20Test {
    /** Fixture, the shape it imitates and the questions a reader counts in it. */
    private static final String TABLE = """
            t1_java_table.md          table     20
            t2_sql_table.md           table     18
            t3_stats_table.md         table     16
            c1_java_chapters.txt      chapters  18
            c2_ml_chapters.txt        chapters  18
            c3_stats_chapters.txt     chapters  16
            q1_java_qa.md             qa        15
            q2_sql_qa.md              qa        16
            q3_nlp_qa.md              qa        15
            n1_cv_notion.md           notion    15
            n2_nlp_notion_en.md       notion    16
            n3_java_notion.md         notion    15
            l1_java_numbered.txt      numbered  30
            l2_sql_numbered.md        numbered  20
            l3_stats_numbered.txt     numbered  22
            """;
    private static final AuditFolder AUDIT = AuditFolder.of("audit20", TABLE);

    private static List<Question> read(String name) {
        return AUDIT.read(name);
    }

    @TestFactory
    Stream<DynamicTest> everyBankIsDetectedAsItsShapeAndReadWhole() throws IOException {
        return AUDIT.detectedAndReadWhole((file, q) -> {
            // no question keeps its number or label, and no answer holds a heading or the next question
            assertThat(q.question()).as(file).doesNotMatch("^(?:[0-9０-９]+[.．、)）]|[一二三四五六七八九十]+[、．.]|[①-⑳]|[QＱ][0-9]|#|\\[).*")
                    .doesNotContain("\r", "\uFEFF", "**");
            if (q.answer() != null) {
                assertThat(q.answer()).as(q.question()).doesNotContain("\r", "Chapter ", "第2章", "Q1", "# 中级");
            }
        });
    }

    @Test
    void tablesKeepLinksLevelsAndTags() {
        List<Question> t1 = read("t1_java_table.md");
        assertThat(t1.get(2)).extracting(Question::question, Question::difficulty, Question::tags).containsExactly(
                "ConcurrentHashMap 在 JDK 1.7 和 1.8 中的实现有何不同？", Difficulty.HARD, List.of("Java", "并发", "集合"));
        assertThat(t1.get(0).sources().get(0).url())
                .isEqualTo("https://www.mianshiya.com/bank/1787463103423897602/question/1780933295484203009");
        List<Question> t2 = read("t2_sql_table.md");
        // a question cell keeps its code spans, as its answer cell does (imp21)
        assertThat(t2).extracting(Question::question).contains("What is the difference between `WHERE` and `HAVING`?",
                "How would you shard a table that has outgrown a single server?");
        assertThat(t2.get(0).tags()).containsExactly("SQL", "Aggregation");
        assertThat(t2).extracting(Question::difficulty).doesNotContainNull();
        List<Question> t3 = read("t3_stats_table.md");
        assertThat(t3.get(4).question()).isEqualTo("P(A|B) 与 P(B|A) 有什么区别？请用贝叶斯公式说明");
        assertThat(t3.get(10).difficulty()).isNull(); // its difficulty cell is empty
    }

    @Test
    void chaptersAreTopicsAndUrlsReferences() {
        List<Question> c1 = read("c1_java_chapters.txt");
        assertThat(c1).extracting(Question::topic).containsSequence("Java基础", "并发编程").contains("JVM", "数据库");
        assertThat(c1.get(1).references()).extracting(Reference::url).containsExactly(
                "https://blog.csdn.net/javazejian/article/details/51348320", "https://zhuanlan.zhihu.com/p/50206657");
        List<Question> c2 = read("c2_ml_chapters.txt");
        assertThat(c2).extracting(Question::topic).containsOnly("The Machine Learning Landscape",
                "End-to-End Machine Learning Project", "Classification", "Training Models", "Support Vector Machines");
        assertThat(c2).extracting(Question::answer).containsOnlyNulls();
        List<Question> c3 = read("c3_stats_chapters.txt");
        assertThat(c3).extracting(Question::question, Question::topic).contains(
                tuple("生成模型与判别模型各有什么特点？", "统计学习及监督学习概论"), tuple("为什么感知机不能表示异或（XOR）？", "感知机"),
                tuple("最大熵原理是什么？", "逻辑斯谛回归与最大熵模型"));
        assertThat(c3.get(3).references()).isEmpty();
    }

    @Test
    void qaTitlesPromptsAnswersAndExplanations() {
        List<Question> q1 = read("q1_java_qa.md");
        assertThat(q1).extracting(Question::question).startsWith("HashMap 的 put 流程", "线程池的拒绝策略", "单例模式的双重检查锁");
        assertThat(q1.get(2).answer()).startsWith("```java\npublic class Singleton {").contains("volatile");
        assertThat(q1.get(2).explanation()).isEqualTo("volatile 通过内存屏障禁止了这种重排序。");
        assertThat(q1.get(3).answer()).contains("| REQUIRES_NEW | 总是新建事务，挂起当前事务 |");
        List<Question> q2 = read("q2_sql_qa.md");
        assertThat(q2.get(0)).extracting(Question::question, Question::prompt).containsExactly("Second highest salary",
                "Write a SQL query to get the second highest salary from the `Employee` table. If there is no second "
                        + "highest salary, return `NULL`.");
        assertThat(q2.get(6).answer()).startsWith("| Level | Dirty read |").contains("next-key locks");
        List<Question> q3 = read("q3_nlp_qa.md");
        assertThat(q3.get(0).prompt()).isEqualTo("请解释词向量（Word Embedding）的概念，以及它相比 One-hot 表示的优势。");
        assertThat(q3.get(0).explanation()).startsWith("经典的 king - man + woman");
        assertThat(q3.get(9)).extracting(Question::question, Question::answer).containsExactly("BERT 与 GPT 的区别", null);
    }

    @Test
    void notionLevelsAnswersAndMissingAnswers() {
        List<Question> n1 = read("n1_cv_notion.md");
        assertThat(n1).extracting(Question::difficulty).containsSequence(Difficulty.EASY, Difficulty.EASY)
                .contains(Difficulty.MEDIUM, Difficulty.HARD);
        assertThat(n1.get(2).question()).isEqualTo("IoU 是如何计算的？");
        assertThat(n1.get(7).answer()).isNull(); // Q8 has no answer
        assertThat(n1.get(9).references()).extracting(Reference::url).containsExactly("https://arxiv.org/abs/1708.02002");
        List<Question> n2 = read("n2_nlp_notion_en.md");
        assertThat(n2).extracting(Question::question, Question::difficulty).contains(
                tuple("What is TF-IDF?", Difficulty.EASY), tuple("What is RLHF?", Difficulty.HARD));
        assertThat(n2.get(5).answer()).contains("```python", "weights = scores.softmax(dim=-1)");
        assertThat(n2.get(3).answer()).isNull();
        List<Question> n3 = read("n3_java_notion.md");
        assertThat(n3.get(5).answer()).contains("  - 偏向锁：");
        assertThat(n3.get(9)).extracting(Question::question, Question::answer, Question::difficulty)
                .containsExactly("公平锁和非公平锁的区别？", null, Difficulty.MEDIUM);
    }

    @Test
    void numberedListsOfEveryStyle() {
        assertThat(read("l1_java_numbered.txt")).extracting(Question::question)
                .startsWith("说说 Java 中的自动装箱和拆箱", "Integer 缓存池的范围是多少？").endsWith("如何设计一个秒杀系统？");
        // an item keeps its code spans, as a table's question cell does (imp32; before, the backticks went, and the
        // same question read from a table and from a numbered list differed)
        assertThat(read("l2_sql_numbered.md").get(4).question())
                .isEqualTo("What is the difference between `DELETE`, `TRUNCATE` and `DROP`?");
        List<Question> l3 = read("l3_stats_numbered.txt");
        assertThat(l3).extracting(Question::question, Question::topic).startsWith(tuple("什么是条件概率？", "概率论"))
                .contains(tuple("样本方差为什么除以 n-1？", "数理统计")).endsWith(tuple("什么是 AA 测试？为什么要做？", "A/B 测试"));
        assertThat(l3).extracting(Question::prompt).containsOnlyNulls();
    }
}
