package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.chapters.ChaptersImporter;
import dev.qbank.importers.flashcards.FlashcardsImporter;
import dev.qbank.importers.notion.NotionImporter;
import dev.qbank.importers.numbered.NumberedImporter;
import dev.qbank.importers.qa.QaImporter;
import dev.qbank.importers.table.TableImporter;
import dev.qbank.model.Question;
import org.junit.jupiter.api.Test;

/**
 * imp42: a heading that only introduces the page ({@code ## 前言}, {@code ## Introduction}, see
 * {@link SectionTitle#introduces}) is no question's section in any importer that reads headings as sections: the
 * questions under or after it are in the heading over it, if any. Only the Notion importer knew it (and only for a
 * question heading at the introduction's level); qa and numbered filed every question after {@code ## 前言} under
 * the topic 前言.
 */
class IntroductionHeadingsTest {
    private static final String INTRO = "# 深度学习面试题\n\n## 前言\n\n本文整理了常见的面试题，希望有帮助。\n\n";

    @Test
    void qaQuestionsUnderAnIntroductionAreInTheHeadingOverIt() {
        Golden.Result r = Golden.readText(new QaImporter(), INTRO
                + "### 1. 什么是梯度消失？\n\n梯度逐层变小。\n\n### 2. 什么是过拟合？\n\n训练好测试差。\n\n"
                + "## 基础\n\n### 3. 什么是激活函数？\n\n引入非线性。\n");
        assertThat(r.questions()).extracting(Question::topic, q -> q.sources().get(0).section()).containsExactly(
                tuple(null, "深度学习面试题"), tuple(null, "深度学习面试题"), tuple("基础", "基础"));
    }

    @Test
    void numberedItemsAfterAnIntroductionHaveNoTopicFromIt() {
        Golden.Result r = Golden.readText(new NumberedImporter(), "## Introduction\n\nThese are the questions I was asked in my interviews last year, with my answers.\n\n"
                + "1. What is overfitting?\nThe model fits noise.\n\n2. What is dropout?\nDropping units.\n\n"
                + "## Optimisation\n\n3. What is Adam?\nAdaptive moments.\n");
        assertThat(r.questions()).extracting(Question::topic, q -> q.sources().get(0).section()).containsExactly(
                tuple(null, null), tuple(null, null), tuple("Optimisation", "Optimisation"));
        // under a part heading, the introduction's items are that part's
        Golden.Result under = Golden.readText(new NumberedImporter(), "# CNN\n\ntext\n\n# 卷积\n\n## 写在前面\n\n"
                + "整理。\n\n1. 什么是卷积？\n滑动窗口。\n\n2. 什么是池化？\n降采样。\n");
        assertThat(under.questions()).extracting(Question::topic).containsExactly("卷积", "卷积");
    }

    @Test
    void chaptersQuestionsAfterAnIntroductionHeadingAreInNoPart() {
        Golden.Result r = Golden.readText(new ChaptersImporter(), "## 前言\n\n整理。\n\n1. 什么是过拟合？\n训练好测试差。\n\n"
                + "2. 什么是欠拟合？\n都不好。\n\n第一章 基础\n\n3. 什么是激活函数？\n引入非线性。\n\n4. 什么是BN？\n批归一化。\n");
        assertThat(r.questions()).extracting(Question::topic, q -> q.sources().get(0).section()).containsExactly(
                tuple(null, null), tuple(null, null), tuple("基础", "第一章 基础"), tuple("基础", "第一章 基础"));
    }

    @Test
    void notionQuestionsUnderAnIntroductionAreInTheHeadingOverIt() {
        Golden.Result r = Golden.readText(new NotionImporter(), "# 面试题\n\n## 引言\n\n整理。\n\n"
                + "Q1：什么是梯度消失？\n\n梯度逐层变小。\n\nQ2：什么是过拟合？\n\n训练好测试差。\n");
        assertThat(r.questions()).extracting(Question::topic, q -> q.sources().get(0).section()).containsExactly(
                tuple(null, "面试题"), tuple(null, "面试题"));
    }

    @Test
    void aTableUnderAnIntroductionHasNoTopicFromIt() {
        Golden.Result r = Golden.readText(new TableImporter(), "## Preface\n\n| 题目 | 答案 |\n|---|---|\n"
                + "| 什么是过拟合？ | 训练好测试差 |\n\n## 优化\n\n| 题目 | 答案 |\n|---|---|\n| 什么是Adam？ | 自适应 |\n");
        assertThat(r.questions()).extracting(Question::topic, q -> q.sources().get(0).section()).containsExactly(
                tuple(null, null), tuple("优化", "优化"));
    }

    @Test
    void flashcardsUnderAnIntroductionHaveNoTopicFromIt() {
        Golden.Result r = Golden.readText(new FlashcardsImporter(), "## 前言\n\n什么是过拟合？\n?\n训练好测试差\n\n"
                + "## 优化\n\n什么是Adam？\n?\n自适应\n");
        assertThat(r.questions()).extracting(Question::topic).containsExactly(null, "优化");
    }

    @Test
    void anIntroductionIsItsWordAloneNumberedOrWithAColon() {
        assertThat(SectionTitle.introduces("一、前言")).isTrue();
        assertThat(SectionTitle.introduces("Introduction:")).isTrue();
        assertThat(SectionTitle.introduces("写在前面")).isTrue();
        assertThat(SectionTitle.introduces("About")).isTrue();
        assertThat(SectionTitle.introduces("About this repo")).isTrue();
        assertThat(SectionTitle.introduces("简介")).isTrue();
        assertThat(SectionTitle.introduces("About Redis")).isFalse();
        assertThat(SectionTitle.introduces("Transformer 简介")).isFalse();
        assertThat(SectionTitle.introduces("Introduction to CNNs")).isFalse();
        assertThat(SectionTitle.introduces("前言与背景知识中的常见问题以及更多更多的说明文字以及更多更多的说明文字，足够长了吧")).isFalse();
    }
}
