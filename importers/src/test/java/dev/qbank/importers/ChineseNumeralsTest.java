package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {
    @Test
    void readsSmallNumerals() {
        assertThat(ChineseNumerals.value("一")).isEqualTo(1);
        assertThat(ChineseNumerals.value("十")).isEqualTo(10);
        assertThat(ChineseNumerals.value("十二")).isEqualTo(12);
        assertThat(ChineseNumerals.value("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.value("二十三")).isEqualTo(23);
        assertThat(ChineseNumerals.value("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.value("两百")).isEqualTo(200);
        assertThat(ChineseNumerals.value("九百九十九")).isEqualTo(999);
    }

    @Test
    void refusesWhatIsNoNumeral() {
        assertThat(ChineseNumerals.value("")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("一二")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("十十")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("十百")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("零十")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("题")).isEqualTo(-1);
    }
}
