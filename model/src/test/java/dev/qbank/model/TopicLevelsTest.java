package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicLevelsTest {

    @Test
    void aSpacedSlashSeparatesLevelsAndASolidOneDoesNot() {
        assertThat(TopicLevels.of("计算机视觉 / 目标检测")).containsExactly("计算机视觉", "目标检测");
        assertThat(TopicLevels.of(" / 编程\u3000/\u3000Java\t/  集合 / ")).containsExactly("编程", "Java", "集合");
        assertThat(TopicLevels.of("TCP/IP")).containsExactly("TCP/IP");
        assertThat(TopicLevels.of("CV/检测 / YOLO")).containsExactly("CV/检测", "YOLO");
        assertThat(TopicLevels.of(null)).isEmpty();
        assertThat(TopicLevels.joined("编程 / Java", "::")).isEqualTo("编程::Java");
    }

    @Test
    void aTopicIsWithinItsOwnBranchesOnly() {
        assertThat(TopicLevels.isWithin("编程 / Java", "编程")).isTrue();
        assertThat(TopicLevels.isWithin("编程 / Java", "编程 / java")).isTrue();
        assertThat(TopicLevels.isWithin("编程", "编程")).isTrue();
        assertThat(TopicLevels.isWithin("编程 / Java", "Java")).isFalse();
        assertThat(TopicLevels.isWithin("编程语言", "编程")).isFalse();
        assertThat(TopicLevels.isWithin("编程", "编程 / Java")).isFalse();
        assertThat(TopicLevels.isWithin("TCP/IP", "TCP")).isFalse();
        assertThat(TopicLevels.isWithin(null, "编程")).isFalse();
        assertThat(TopicLevels.isWithin("编程", " ")).isFalse();
    }
}
