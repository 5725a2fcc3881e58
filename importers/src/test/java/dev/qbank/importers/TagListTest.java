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
}
