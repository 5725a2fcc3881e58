package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CircledNumbersTest {
    @Test
    void eachEnclosedNumberStandsForItsValue() {
        assertThat(CircledNumbers.value('①')).isEqualTo(1);
        assertThat(CircledNumbers.value('⑳')).isEqualTo(20);
        assertThat(CircledNumbers.value('㉑')).isEqualTo(21);
        assertThat(CircledNumbers.value('㊿')).isEqualTo(50);
        assertThat(CircledNumbers.value('⑴')).isEqualTo(1);
        assertThat(CircledNumbers.value('⒇')).isEqualTo(20);
        assertThat(CircledNumbers.value('⒈')).isEqualTo(1);
        assertThat(CircledNumbers.value('❿')).isEqualTo(10);
        assertThat(CircledNumbers.value('➊')).isEqualTo(1);
        assertThat(CircledNumbers.value('1')).isEqualTo(-1);
        assertThat(CircledNumbers.value('一')).isEqualTo(-1);
    }

    @Test
    void aLineOpeningWithOneIsAnItem() {
        assertThat(CircledNumbers.item("  ③ 什么是过拟合？  ")).contains(new ListItemLine("3", "什么是过拟合？"));
        assertThat(CircledNumbers.item("⑫什么是欠拟合？")).contains(new ListItemLine("12", "什么是欠拟合？"));
        assertThat(CircledNumbers.item("③")).isEmpty(); // a number with nothing after it
        assertThat(CircledNumbers.item("见 ③ 条")).isEmpty();
    }
}
