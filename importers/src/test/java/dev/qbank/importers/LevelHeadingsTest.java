package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One list of level words for every importer: each word names its level in a Notion page's headings and in the
 * level sections of a numbered or Q&A document; section lines that name a level ({@code 二、进阶},
 * {@code 第一部分 基础题}, {@code Part 3: Advanced}) set the difficulty as level headings do, while a topic that
 * merely begins with a level word ({@code 基础知识}) stays a topic.
 */
class LevelHeadingsTest {
    private static final ImporterRegistry REGISTRY = ImporterRegistry.standard();
    private static final Map<String, Difficulty> WORDS = Map.ofEntries(
            Map.entry("初级", Difficulty.EASY), Map.entry("简单", Difficulty.EASY), Map.entry("入门", Difficulty.EASY),
            Map.entry("基础", Difficulty.EASY), Map.entry("Easy", Difficulty.EASY), Map.entry("Beginner", Difficulty.EASY),
            Map.entry("Basic", Difficulty.EASY), Map.entry("Basics", Difficulty.EASY),
            Map.entry("中级", Difficulty.MEDIUM), Map.entry("中等", Difficulty.MEDIUM), Map.entry("进阶", Difficulty.MEDIUM),
            Map.entry("Medium", Difficulty.MEDIUM), Map.entry("Intermediate", Difficulty.MEDIUM),
            Map.entry("高级", Difficulty.HARD), Map.entry("困难", Difficulty.HARD), Map.entry("Hard", Difficulty.HARD),
            Map.entry("Advanced", Difficulty.HARD));

    /** A plain level word other than {@code level}'s, so that the document plainly groups by level. */
    private static String other(Difficulty level) {
        return level == Difficulty.HARD ? "Easy" : "Hard";
    }

    @Test
    void everyLevelWordNamesItsLevelInEveryImporter() {
        WORDS.forEach((word, level) -> {
            Golden.Result notion = Golden.readText(REGISTRY.require("notion"), "# " + word + "\n\nQ1：**何为栈？**\n\n"
                    + "- 后进先出\n\n# " + other(level) + "\n\nQ2：**何为队列？**\n\n- 先进先出\n");
            // "基础" / "Basics" too: beside another level they are one (a part only over levels, see below)
            assertThat(notion.questions()).extracting(Question::difficulty).as("notion " + word)
                    .containsExactly(level, other(level).equals("Easy") ? Difficulty.EASY : Difficulty.HARD);
            Golden.Result numbered = Golden.readText(REGISTRY.require("numbered"), "## " + word + "\n\n1. 何为栈？\n\n"
                    + "后进先出。\n\n## " + other(level) + "\n\n2. 何为队列？\n\n先进先出。\n");
            assertThat(numbered.questions().get(0).difficulty()).as("numbered " + word).isEqualTo(level);
            Golden.Result qa = Golden.readText(REGISTRY.require("qa"), "## " + word + "\n\n### Q: What is a stack?\n\n"
                    + "A: Last in, first out.\n\n## " + other(level) + "\n\n### Q: What is a queue?\n\n"
                    + "A: First in, first out.\n");
            assertThat(qa.questions().get(0).difficulty()).as("qa " + word).isEqualTo(level);
        });
    }

    @Test
    void sectionLinesNamingLevelsSetTheDifficulty() throws Exception {
        Golden.Result numbered = Golden.check(REGISTRY.require("numbered"),
                Golden.FIXTURES.resolve("numbered/level-sections.txt"));
        assertThat(numbered.questions()).extracting(Question::difficulty)
                .containsExactly(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD, null);
        assertThat(numbered.questions().get(3).topic()).isEqualTo("基础知识回顾");
        Golden.Result chapters = Golden.check(REGISTRY.require("chapters"),
                Golden.FIXTURES.resolve("chapters/level-parts.txt"));
        assertThat(chapters.questions()).extracting(Question::difficulty).containsExactly(
                Difficulty.EASY, Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD, null);
        assertThat(chapters.questions().get(4).topic()).isEqualTo("基础知识");
        // as a plain title line over the items, numbered by part
        Golden.Result titled = Golden.readText(REGISTRY.require("numbered"),
                "Go 面试题\n\n第一部分 基础题\n1. 什么是进程？\n\n第二部分 高级题\n2. 什么是协程？\n");
        assertThat(titled.questions()).extracting(Question::difficulty).containsExactly(Difficulty.EASY, Difficulty.HARD);
        // a qa document's part headings, numbered the same ways
        Golden.Result qa = Golden.readText(REGISTRY.require("qa"), "## Part 1: Basics\n\n### Q: What is a process?\n\n"
                + "A: A running program.\n\n## Part 2: Advanced\n\n### Q: What is a coroutine?\n\nA: A function that can "
                + "pause.\n");
        assertThat(qa.questions()).extracting(Question::difficulty).containsExactly(Difficulty.EASY, Difficulty.HARD);
    }

    /**
     * A heading with level headings under it is a part holding levels, not a level ({@code ## 一、基础篇} over
     * {@code ### 初级}): its name is the topic of the questions in it, in every importer that reads level headings.
     */
    @Test
    void aPartOverLevelHeadingsIsATopic() {
        String doc = "## 一、基础篇\n\n### 初级\n\n1. 何为张量？\n\n多维数组。\n\n### 高级\n\n2. 何为自动微分？\n\n"
                + "计算图求导。\n\n## 二、进阶篇\n\n### 初级\n\n3. 何为动量？\n\n梯度的滑动平均。\n";
        Golden.Result numbered = Golden.readText(REGISTRY.require("numbered"), doc);
        assertThat(numbered.questions()).extracting(Question::topic, Question::difficulty).containsExactly(
                tuple("基础篇", Difficulty.EASY), tuple("基础篇", Difficulty.HARD), tuple("进阶篇", Difficulty.EASY));
        Golden.Result notion = Golden.readText(REGISTRY.require("notion"), doc.replace("1. ", "Q1：").replace("2. ", "Q2：")
                .replace("3. ", "Q3："));
        assertThat(notion.questions()).extracting(Question::topic, Question::difficulty).containsExactly(
                tuple("基础篇", Difficulty.EASY), tuple("基础篇", Difficulty.HARD), tuple("进阶篇", Difficulty.EASY));
    }

    @Test
    void aTopicBeginningWithALevelWordOrBesideNoPlainLevelIsNoLevel() {
        Golden.Result r = Golden.readText(REGISTRY.require("numbered"),
                "一、基础知识\n1. 什么是进程？\n进程是资源分配的单位。\n\n二、网络\n2. 什么是 TCP？\n面向连接的协议。\n");
        assertThat(r.questions()).extracting(Question::difficulty).containsOnlyNulls();
        assertThat(r.questions()).extracting(Question::topic).containsExactly("基础知识", "网络");
        // "基础" and "进阶" name parts as often: beside no plain level word they are topics
        Golden.Result parts = Golden.readText(REGISTRY.require("numbered"),
                "一、基础\n1. 什么是进程？\n进程是资源分配的单位。\n\n二、进阶\n2. 什么是协程？\n可暂停的函数。\n");
        assertThat(parts.questions()).extracting(Question::difficulty).containsOnlyNulls();
        assertThat(parts.questions()).extracting(Question::topic).containsExactly("基础", "进阶");
    }

    /**
     * Levels written as ranks, {@code ## L1} / {@code ## L2} / {@code ## L3} (also {@code Lv2}, {@code Level 3}), were
     * topics named {@code L1}, {@code L2} and {@code L3}, and no question had a difficulty (imp43's Notion page). A
     * rank is a level beside another rank, in every importer that reads level headings; alone it may be anything
     * ({@code ## L1} over questions on L1 regularisation) and stays a topic.
     */
    @Test
    void ranksBesideEachOtherAreLevels() {
        String ranks = "# 推荐系统面试笔记\n\n## L1\n\n问题1：**什么是协同过滤？**\n\n> 相似用户或物品。\n\n"
                + "## Lv2\n\n问题2：**什么是召回？**\n\n> 选出候选。\n\n## Level 3\n\n问题3：**如何解决冷启动？**\n\n> 内容特征。\n";
        assertThat(read("notion", ranks)).extracting(Question::difficulty, Question::topic).containsExactly(
                tuple(Difficulty.EASY, null), tuple(Difficulty.MEDIUM, null), tuple(Difficulty.HARD, null));
        assertThat(read("numbered", "## L1\n\n1. 何为栈？\n\n后进先出。\n\n## L3\n\n2. 何为队列？\n\n先进先出。\n"))
                .extracting(Question::difficulty).containsExactly(Difficulty.EASY, Difficulty.HARD);
        assertThat(read("qa", "## L2\n\n### Q: What is a stack?\n\nA: Last in, first out.\n\n## L3\n\n"
                + "### Q: What is a queue?\n\nA: First in, first out.\n"))
                .extracting(Question::difficulty).containsExactly(Difficulty.MEDIUM, Difficulty.HARD);
        // one rank alone names no level: "## L1" over L1 regularisation is its topic
        assertThat(read("numbered", "## L1\n\n1. L1 正则化为什么能产生稀疏解？\n\n2. L1 和 L2 的区别？\n"))
                .extracting(Question::difficulty, Question::topic).containsOnly(tuple(null, "L1"));
        assertThat(LevelHeadings.plainly("L1")).isEmpty();
        assertThat(LevelHeadings.of("L1")).isEmpty();
    }

    private static List<Question> read(String format, String text) {
        return Golden.readText(REGISTRY.require(format), text).questions();
    }

    /** A heading's decoration around its level word was stripped by a lazy pattern, cubic in a long run of blanks. */
    @Test
    void aLongHeadingIsNoLevelAndReadsAtOnce() {
        assertThat(LevelHeadings.plainly("Hard questions (3):")).contains(Difficulty.HARD);
        assertThat(LevelHeadings.plainly("Hard" + " \t".repeat(100_000) + "x")).isEmpty();
        assertThat(LevelHeadings.plainly("Hard" + " ".repeat(200_000))).contains(Difficulty.HARD); // stripped first
    }
}
