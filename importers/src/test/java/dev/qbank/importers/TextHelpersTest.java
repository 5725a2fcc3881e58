package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Difficulty;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextHelpersTest {
    @ParameterizedTest
    @CsvSource({"简单,EASY", "中等,MEDIUM", "困难,HARD", "初级,EASY", "中级,MEDIUM", "高级,HARD", "容易,EASY",
            "一般,MEDIUM", "难,HARD", "Easy,EASY", " MEDIUM ,MEDIUM", "hard,HARD", "1,EASY", "2,MEDIUM", "3,HARD",
            "★,EASY", "★★,MEDIUM", "★★★,HARD", "★★☆☆☆,EASY", "★★★☆☆,MEDIUM", "★★★★☆,HARD", "⭐⭐,MEDIUM", "**,MEDIUM"})
    void difficultyWords(String word, Difficulty expected) {
        assertThat(DifficultyWords.parse(word)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"🟢 Easy|EASY", "🟡 Medium|MEDIUM", "🔴 Hard|HARD", "(hard)|HARD", "3星|HARD",
            "1星|EASY", "2 stars|MEDIUM"})
    void difficultyWordsWithAMarkerOrCountedStarsAreRecognised(String word, Difficulty expected) {
        assertThat(DifficultyWords.parse(word)).contains(expected);
    }

    @Test
    void unknownDifficultyWordsAreNotGuessed() {
        assertThat(DifficultyWords.parse("very tricky")).isEmpty();
        assertThat(DifficultyWords.parse("")).isEmpty();
        assertThat(DifficultyWords.parse("4")).isEmpty();
        assertThat(DifficultyWords.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1. 问题|1|问题", "1.问题|1|问题", "12、问题|12|问题", "3) q|3|q", "(4) q|4|q",
            "（5）问题|5|问题", "  6．问题  |6|问题", "\t7 . q|7|q", "1000000. q|1000000|q",
            "4\\. 问题|4|问题", "5\\) q|5|q", "５．问题|5|问题", "１０、问题|10|问题", "[4] q|4|q", "【12】问题|12|问题"})
    void listItems(String line, String number, String text) {
        assertThat(ListItemLine.parse(line)).contains(new ListItemLine(number, text));
    }

    @Test
    void notListItems() {
        assertThat(ListItemLine.parse("7.5 倍学习率")).isEmpty();
        assertThat(ListItemLine.parse("1.")).isEmpty();
        assertThat(ListItemLine.parse("2015年")).isEmpty();
        assertThat(ListItemLine.parse("https://example.com/1.html")).isEmpty();
        assertThat(ListItemLine.parse("７．５ 倍学习率")).isEmpty();
        assertThat(ListItemLine.parse("[1](https://example.com) q")).isEmpty();
        assertThat(ListItemLine.parse("[1]: https://example.com")).isEmpty();
    }

    @Test
    void indentedLinesAreItemsOnlyWhenANumberFollowsTheIndentation() {
        // items after any indentation, in every way a number can start
        assertThat(ListItemLine.parse("        3. q")).contains(new ListItemLine("3", "q"));
        assertThat(ListItemLine.parse("\u3000\u3000（２）问题")).contains(new ListItemLine("2", "问题"));
        assertThat(ListItemLine.parse("  **1.** q")).contains(new ListItemLine("1", "q"));
        assertThat(ListItemLine.parse("\t第三题：问题")).contains(new ListItemLine("3", "问题"));
        assertThat(ListItemLine.parse("  Q4: q")).contains(new ListItemLine("4", "q"));
        assertThat(ListItemLine.parse("  1\uFE0F\u20E3 q")).contains(new ListItemLine("1", "q"));
        assertThat(ListItemLine.parse("  \uD83D\uDD1F q")).contains(new ListItemLine("10", "q"));
        assertThat(ListItemLine.parse(" 【问题7】 q")).contains(new ListItemLine("7", "q"));
        // a deep bullet, a blank line, text: none is an item, however far it is indented
        String indent = " ".repeat(100_000);
        assertThat(ListItemLine.parse(indent + "- 12")).isEmpty();
        assertThat(ListItemLine.parse(indent)).isEmpty();
        assertThat(ListItemLine.parse("")).isEmpty();
        assertThat(ListItemLine.parse(indent + "卷积 1. q")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**卷积** 是什么？|卷积 是什么？",
            "什么是*注意力*？|什么是注意力？",
            "计算 3*3 卷积和 1*1 卷积|计算 3*3 卷积和 1*1 卷积",
            "***解释1*1卷积操作的意义？***|解释1*1卷积操作的意义？",
            "batch_size_max 的作用|batch_size_max 的作用",
            "[What is an epoch?](https://x.org/e)|What is an epoch?",
            "介绍 `tf.function`|介绍 tf.function",
            "  a * b * c  |a * b * c",
            // session 39 (exp39): Python's special names are no bold; bold words between underscores still are
            "Python 中 __init__ 和 __new__ 的区别？|Python 中 __init__ 和 __new__ 的区别？",
            "if __name__ == '__main__' 有什么用？|if __name__ == '__main__' 有什么用？",
            "__重点__：什么是 GIL？|重点：什么是 GIL？",
            "__Why__ is the GIL needed?|Why is the GIL needed?"})
    void plainMarkupRemovesOnlyUnambiguousMarkup(String in, String out) {
        assertThat(PlainMarkup.strip(in)).isEqualTo(out);
    }

    /** imp32: a question keeps its code spans (as a table's question cell does); the markup around them goes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How does `@staticmethod` differ from `@classmethod`?|How does `@staticmethod` differ from `@classmethod`?",
            "**什么是** `__init__`？|什么是 `__init__`？",
            "***`a*b*c` 的结果？***|`a*b*c` 的结果？",
            "[`yield` 做什么？](https://x.org/y)|`yield` 做什么？",
            "用 ``a`b`` 写反引号|用 ``a`b`` 写反引号",
            "一个 ` 单独的反引号 **粗体**|一个 ` 单独的反引号 粗体",
            "介绍 tf.function|介绍 tf.function"})
    void aQuestionKeepsItsCodeSpans(String in, String out) {
        assertThat(PlainMarkup.question(in)).isEqualTo(out);
    }

    @Test
    void wholeLinkUrl() {
        assertThat(PlainMarkup.wholeLinkUrl("[q](https://x.org/q)")).isEqualTo("https://x.org/q");
        assertThat(PlainMarkup.wholeLinkUrl("see [q](https://x.org/q)")).isNull();
    }

    @Test
    void language() {
        assertThat(LanguageGuess.of("What is a CNN?")).isEqualTo("en");
        assertThat(LanguageGuess.of("什么是 CNN?")).isEqualTo("zh-CN");
    }

    @Property
    void plainMarkupNeverGrowsTheText(@ForAll String s) {
        assertThat(PlainMarkup.strip(s).length()).isLessThanOrEqualTo(s.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"一、基础（共3题）|基础", "二、CNN（2题）|CNN", "第二部分：微调篇 (2题)|微调篇",
            "Transformer【5题】|Transformer", "Part 1: Basics (3 questions)|Basics", "优化 - 共12题|优化",
            "1. 基础篇|基础篇", "1.1 卷积|1.1 卷积", "3D 视觉|3D 视觉", "第一章|第一章", "（共3题）|（共3题）",
            "CNN (ResNet)|CNN (ResNet)", "Top 10 问题|Top 10 问题", "一面（1h）|一面", "二面 (40min)|二面",
            "一面（约 45 分钟）|一面", "三面（1.5小时）|三面", "HR 面（20min 左右）|HR 面", "Transformer (2017)|Transformer (2017)",
            "Part II – Intermediate|Intermediate", "Section 3: Deep Learning|Deep Learning", "第二部分：进阶|进阶",
            "Section 3.2 Adam|Section 3.2 Adam", "Part civil law|Part civil law"})
    void sectionTitlesLoseTheirNumberAndQuestionCount(String title, String topic) {
        assertThat(SectionTitle.topic(title)).isEqualTo(topic);
    }
}
