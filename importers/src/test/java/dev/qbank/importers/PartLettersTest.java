package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The marks English lists number a question's parts with, read as their style and number. */
class PartLettersTest {
    @Test
    void lettersAndRomanNumeralsAreReadWithTheirBrackets() {
        assertThat(PartLetters.leading("  b) What is variance?")).containsExactly(new PartLetters.Mark("a)", 2));
        assertThat(PartLetters.leading("(c)Compare them.")).containsExactly(new PartLetters.Mark("(a)", 3));
        assertThat(PartLetters.leading("i. Explain it.")).containsExactly(new PartLetters.Mark("a.", 9),
                new PartLetters.Mark("i.", 1));
        assertThat(PartLetters.leading("(iv) Why?")).containsExactly(new PartLetters.Mark("(i)", 4));
        assertThat(PartLetters.leading("ix） Why?")).containsExactly(new PartLetters.Mark("i)", 9));
        assertThat(PartLetters.leading("xii. Why?")).containsExactly(new PartLetters.Mark("i.", 12));
        // no blank after the mark, a word, a capital (an option): no part
        assertThat(PartLetters.leading("e.g. weight decay")).isEmpty();
        assertThat(PartLetters.leading("so) what")).isEmpty();
        assertThat(PartLetters.leading("A. Adam")).isEmpty();
        assertThat(PartLetters.withoutMark("  (ii) Describe inference.")).isEqualTo("Describe inference.");
    }
}
