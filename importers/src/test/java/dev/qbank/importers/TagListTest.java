package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagListTest {
    @Test
    void tagsAreSplitWhereBanksSeparateThem() {
        assertThat(TagList.split("ml, nlp；优化、正则化")).containsExactly("ml", "nlp", "优化", "正则化");
        // a CSV whose cells are separated by ';' lists tags with bars (they stayed one tag "ml|visualisation")
        assertThat(TagList.split("ml|visualisation ｜ 降维")).containsExactly("ml", "visualisation", "降维");
        assertThat(TagList.split("CNN RNN")).containsExactly("CNN", "RNN");
        assertThat(TagList.split("attention mechanism / Faster R-CNN")).containsExactly("attention mechanism",
                "Faster R-CNN");
        assertThat(TagList.split("#深度学习 #CV")).containsExactly("深度学习", "CV");
    }

    /**
     * Tags joined by a slash with no blanks, {@code CNN/卷积}, {@code 梯度消失/初始化} (as a Chinese table's 知识点 column
     * writes them), were one tag each; a Chinese word is no half of a term, so they are two. Terms written with a
     * slash stay whole: {@code TCP/IP}, {@code CI/CD}, {@code A/B测试}, and a link.
     */
    @Test
    void aSlashBetweenChineseTagsPartsThem() {
        assertThat(TagList.split("CNN/卷积")).containsExactly("CNN", "卷积");
        assertThat(TagList.split("梯度消失/初始化/优化器")).containsExactly("梯度消失", "初始化", "优化器");
        assertThat(TagList.split("损失函数/目标检测、正则化")).containsExactly("损失函数", "目标检测", "正则化");
        assertThat(TagList.split("TCP/IP, CI/CD")).containsExactly("TCP/IP", "CI/CD");
        assertThat(TagList.split("A/B测试")).containsExactly("A/B测试");
        assertThat(TagList.split("https://example.com/tag/正则化")).containsExactly("https://example.com/tag/正则化");
        assertThat(TagList.split("/卷积")).containsExactly("/卷积");
    }

    /**
     * A page reference is one tag however many words it holds: {@code [[传输 层]]} and Logseq's
     * {@code #[[machine learning]]} were split at the space (the page's words are all Chinese, or the reference lost
     * its brackets), into two tags.
     */
    @Test
    void aPageReferenceIsOneTag() {
        assertThat(TagList.split("[[传输 层]], 网络")).containsExactly("传输 层", "网络");
        assertThat(TagList.split("#[[machine learning]] #CNN")).containsExactly("machine learning", "CNN");
        assertThat(TagList.split("CNN [[卷积 神经网络]] RNN")).containsExactly("CNN", "卷积 神经网络", "RNN");
        assertThat(TagList.split("[[分布式 缓存|缓存]]")).containsExactly("分布式 缓存"); // the page, not the shown text
        assertThat(TagList.split("[[ ]] 优化")).containsExactly("优化");
    }
}
