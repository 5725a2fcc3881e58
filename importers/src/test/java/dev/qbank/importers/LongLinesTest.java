package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Difficulty;
import org.junit.jupiter.api.Test;

/**
 * Patterns searched for in untrusted lines (level and company labels, block ids, closing punctuation, tag
 * separators, code-span marks) read a line with a run of 200,000 blanks or marks as they read a short one. Each was
 * tried from every blank or mark of the run to the line's end (quadratic: minutes at this length); what the line
 * holds is still found.
 */
class LongLinesTest {
    private static final String BLANKS = " \t".repeat(100_000);

    @Test
    void trailingLabelsAfterALongRunAreFoundAndALongRunWithoutOneIsNoLabel() {
        assertThat(LevelLabels.of("What is JSX?" + BLANKS + "x")).isEmpty();
        assertThat(LevelLabels.of("What is JSX?" + BLANKS + "🟢 Easy [Meta]")).hasValueSatisfying(m -> {
            assertThat(m.question()).isEqualTo("What is JSX?");
            assertThat(m.difficulty()).isEqualTo(Difficulty.EASY);
            assertThat(m.tags()).containsExactly("Meta");
        });
        assertThat(DifficultyWords.trailing("什么是 ResNet？" + BLANKS + "x")).isEmpty();
        assertThat(DifficultyWords.trailing("什么是 ResNet？" + BLANKS + "【简单】")).hasValueSatisfying(t -> {
            assertThat(t.question()).isEqualTo("什么是 ResNet？");
            assertThat(t.difficulty()).isEqualTo(Difficulty.EASY);
        });
    }

    @Test
    void blockIdsAndClosingPunctuationAfterALongRun() {
        assertThat(NoteMarkup.plain("See [[TCP]]" + BLANKS + "x")).isEqualTo("See TCP" + BLANKS + "x");
        assertThat(NoteMarkup.plain("See [[TCP]]" + BLANKS + "^abc-1")).isEqualTo("See TCP");
        assertThat(InterviewSteps.is("Follow-up" + "?!".repeat(100_000) + "x")).isFalse();
    }

    @Test
    void tagSeparatorsAfterALongRun() {
        assertThat(TagList.split("cnn" + BLANKS + "x")).containsExactly("cnn x");
        assertThat(TagList.split("cnn" + BLANKS + "/" + BLANKS + "rnn")).containsExactly("cnn", "rnn");
        assertThat(TagList.split("cnn" + BLANKS + "#rnn")).hasSize(2);
    }

    @Test
    void codeSpanMarksOnALongLine() {
        String ticks = "`".repeat(100_000);
        assertThat(NoteMarkup.plain("[[TCP]] " + ticks + " `code` [[UDP]]")).startsWith("TCP ").endsWith(" UDP");
    }
}
