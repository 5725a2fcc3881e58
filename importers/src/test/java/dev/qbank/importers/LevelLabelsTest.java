package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Difficulty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The level markers and company labels GitHub-README banks write beside a question (see LevelLabels). */
class LevelLabelsTest {
    @Test
    void aMarkedLevelAndCompaniesAfterTheQuestionAreItsDifficultyAndTags() {
        assertThat(LevelLabels.of("What is JSX? 🟢 Easy [Meta]")).hasValue(
                new LevelLabels.Marks("What is JSX?", Difficulty.EASY, List.of("Meta")));
        assertThat(LevelLabels.of("什么是 BFC？如何触发？ 🟡 中等 【阿里】【腾讯】")).hasValue(
                new LevelLabels.Marks("什么是 BFC？如何触发？", Difficulty.MEDIUM, List.of("阿里", "腾讯")));
        assertThat(LevelLabels.of("How does React batch updates? 🔴 Hard")).hasValue(
                new LevelLabels.Marks("How does React batch updates?", Difficulty.HARD, List.of()));
        // companies alone only after a question mark: elsewhere a bracket may be part of what is asked
        assertThat(LevelLabels.of("What is a CDN? [Google] [Amazon]")).hasValue(
                new LevelLabels.Marks("What is a CDN?", null, List.of("Google", "Amazon")));
        assertThat(LevelLabels.of("Explain the matrix [A]")).isEmpty();
        assertThat(LevelLabels.of("What does arr[i] return?")).isEmpty();
        assertThat(LevelLabels.of("What is 1 ✅ done")).isEmpty();
    }

    @Test
    void aColouredCircleBeforeTheQuestionIsItsLevel() {
        assertThat(LevelLabels.of("🟢 What is a goroutine?")).hasValue(
                new LevelLabels.Marks("What is a goroutine?", Difficulty.EASY, List.of()));
        assertThat(LevelLabels.of("🔴 Explain the GMP scheduler model.")).hasValue(
                new LevelLabels.Marks("Explain the GMP scheduler model.", Difficulty.HARD, List.of()));
        assertThat(LevelLabels.of("🟢")).isEmpty();
        assertThat(LevelLabels.of("⭐ What is Go?")).isEmpty();
    }

    @Test
    void aLineOfBadgesAndLabelsGivesTheLevelAndTags() {
        assertThat(LevelLabels.line("![Easy](https://img.shields.io/badge/-Easy-green) `[Google]` `[字节跳动]`"))
                .hasValue(new LevelLabels.Marks(null, Difficulty.EASY, List.of("Google", "字节跳动")));
        // the level in the badge's path when its alt text says something else
        assertThat(LevelLabels.line("![difficulty](https://img.shields.io/badge/难度-困难-red)"))
                .hasValue(new LevelLabels.Marks(null, Difficulty.HARD, List.of()));
        assertThat(LevelLabels.line("[![Medium](https://img.shields.io/badge/-Medium-yellow)](#levels) [Amazon]"))
                .hasValue(new LevelLabels.Marks(null, Difficulty.MEDIUM, List.of("Amazon")));
        // a picture, a badge of something else or prose is no line of labels
        assertThat(LevelLabels.line("![diagram](img/a.png)")).isEmpty();
        assertThat(LevelLabels.line("![Stars](https://img.shields.io/github/stars/x/y) [Google]")).isEmpty();
        assertThat(LevelLabels.line("See [Google] for details")).isEmpty();
        assertThat(LevelLabels.line("![Easy](https://img.shields.io/badge/-Easy-green)\nThe answer is 42.")).isEmpty();
    }

    /**
     * imp42: a frequency mark in a line of labels reads as it does around a question ({@link FrequencyMarks}): before,
     * {@code 【必问】} was a company named 必问, and a line holding {@code （高频）} or a 🔥 was no line of labels (it
     * stayed under the question as its prompt).
     */
    @Test
    void aLineOfLabelsReadsFrequencyMarksAsTheQuestionDoes() {
        assertThat(LevelLabels.line("【必问】")).hasValue(new LevelLabels.Marks(null, null, List.of(FrequencyMarks.MUST)));
        assertThat(LevelLabels.line("`[Google]` （高频）"))
                .hasValue(new LevelLabels.Marks(null, null, List.of("Google", FrequencyMarks.OFTEN)));
        assertThat(LevelLabels.line("🔥 [hot]")).hasValue(new LevelLabels.Marks(null, null, List.of(FrequencyMarks.OFTEN)));
        assertThat(LevelLabels.line("⭐重点 ![Medium](https://img.shields.io/badge/-Medium-yellow)"))
                .hasValue(new LevelLabels.Marks(null, Difficulty.MEDIUM, List.of(FrequencyMarks.MUST)));
        // the same words in prose, or stars alone, are no frequency mark
        assertThat(LevelLabels.line("高频交易是什么")).isEmpty();
        assertThat(LevelLabels.line("（见下文）")).isEmpty();
        assertThat(LevelLabels.line("🔥 这题很热门")).isEmpty();
    }

    @Test
    void difficultyWordsTrailingReadsTheLabelsToo() {
        assertThat(DifficultyWords.trailing("什么是 ResNet？【简单】【字节】")).hasValue(
                new DifficultyWords.Trailing("什么是 ResNet？", Difficulty.EASY, List.of("字节")));
        assertThat(DifficultyWords.trailing("什么是 ResNet？【简单】")).hasValue(
                new DifficultyWords.Trailing("什么是 ResNet？", Difficulty.EASY, List.of()));
    }

    /**
     * One rule reads a bracketed label wherever it stands among the others: a level in round brackets before a
     * company ({@code (Hard) [Google]}) and a company before a level ({@code [Google] 【简单】}), both read (before, the
     * round level was read only at the very end, and a label before it stayed in the question); a qualifier in round
     * brackets stays in the question, a number in square ones is a footnote, a level word in square ones a level.
     */
    @Test
    void bracketedLevelsAndCompaniesAreReadByOneRule() {
        assertThat(DifficultyWords.trailing("What is the GIL? (Hard) [Google]")).hasValue(
                new DifficultyWords.Trailing("What is the GIL?", Difficulty.HARD, List.of("Google")));
        assertThat(DifficultyWords.trailing("什么是 ResNet？[字节] （中等）")).hasValue(
                new DifficultyWords.Trailing("什么是 ResNet？", Difficulty.MEDIUM, List.of("字节")));
        assertThat(DifficultyWords.trailing("什么是 ResNet？（难度：★★）")).hasValue(
                new DifficultyWords.Trailing("什么是 ResNet？", Difficulty.MEDIUM, List.of()));
        assertThat(DifficultyWords.trailing("What is a set? [Basic]")).hasValue(
                new DifficultyWords.Trailing("What is a set?", Difficulty.EASY, List.of()));
        assertThat(DifficultyWords.trailing("What is a set? (basic)")).isEmpty();
        assertThat(DifficultyWords.trailing("What is a set? [1]")).isEmpty();
        assertThat(DifficultyWords.trailing("What is a set? (see below) [Google]")).isEmpty();
    }

    @Test
    void anAmberCircleIsHard() {
        // legends that use it name it "Hard" and keep red for "Expert": 🟢 Easy 🟡 Medium 🟠 Hard 🔴 Expert
        assertThat(LevelLabels.of("🟠 Explain the GMP model.")).hasValue(
                new LevelLabels.Marks("Explain the GMP model.", Difficulty.HARD, List.of()));
        // alone after the question's mark too, not after other text (a circle may be what is asked about)
        assertThat(LevelLabels.of("What is a closure? 🟡")).hasValue(
                new LevelLabels.Marks("What is a closure?", Difficulty.MEDIUM, List.of()));
        assertThat(LevelLabels.of("什么是闭包？🟠 [字节]")).hasValue(
                new LevelLabels.Marks("什么是闭包？", Difficulty.HARD, List.of("字节")));
        assertThat(LevelLabels.of("Draw a traffic light 🔴")).isEmpty();
        assertThat(LevelLabels.of("What is a channel? 🟠 Hard")).hasValue(
                new LevelLabels.Marks("What is a channel?", Difficulty.HARD, List.of()));
    }

    @Test
    void starsOrANamedLevelAtTheEndAreItsLevel() {
        assertThat(LevelLabels.of("What is a metaclass? ⭐⭐⭐")).hasValue(
                new LevelLabels.Marks("What is a metaclass?", Difficulty.HARD, List.of()));
        assertThat(LevelLabels.of("What is a list? ★☆☆")).hasValue(
                new LevelLabels.Marks("What is a list?", Difficulty.EASY, List.of()));
        assertThat(LevelLabels.of("What is a decorator? Level: Medium")).hasValue(
                new LevelLabels.Marks("What is a decorator?", Difficulty.MEDIUM, List.of()));
        assertThat(LevelLabels.of("Explain closures - Difficulty: hard [Google]")).hasValue(
                new LevelLabels.Marks("Explain closures", Difficulty.HARD, List.of("Google")));
        // right after the question's mark, as Chinese banks write them: no blank before the stars
        assertThat(LevelLabels.of("什么是过拟合？⭐⭐⭐")).hasValue(
                new LevelLabels.Marks("什么是过拟合？", Difficulty.HARD, List.of()));
        assertThat(LevelLabels.of("What is a tuple?★☆☆")).hasValue(
                new LevelLabels.Marks("What is a tuple?", Difficulty.EASY, List.of()));
        assertThat(LevelLabels.of("什么是闭包？难度：★★☆")).hasValue(
                new LevelLabels.Marks("什么是闭包？", Difficulty.MEDIUM, List.of()));
        assertThat(DifficultyWords.trailing("What is the GIL? (Hard)")).hasValue(
                new DifficultyWords.Trailing("What is the GIL?", Difficulty.HARD, List.of()));
        assertThat(DifficultyWords.trailing("What is a set? [Easy]")).hasValue(
                new DifficultyWords.Trailing("What is a set?", Difficulty.EASY, List.of()));
    }

    @Test
    void aTopicOrAStarInTheQuestionIsNoLevel() {
        assertThat(DifficultyWords.trailing("Basics of Python")).isEmpty();
        assertThat(DifficultyWords.trailing("Advanced Python")).isEmpty();
        assertThat(LevelLabels.of("What does the ⭐ in a GitHub repo mean?")).isEmpty();
        assertThat(LevelLabels.of("What is the TopLevel: hard")).isEmpty();
        assertThat(LevelLabels.of("⭐⭐⭐")).isEmpty();
        assertThat(LevelLabels.of("GitHub 上的星标★★★")).isEmpty(); // stars glued to a word, no question mark
        assertThat(LevelLabels.of("Level: Medium")).isEmpty();
    }

    /** A legend of the levels is a line of circles each naming a level; anything else on it makes it text. */
    @Test
    void legends() {
        assertThat(LevelLabels.legend("🟢 Easy 🟡 Medium 🔴 Hard")).isTrue();
        assertThat(LevelLabels.legend("Legend: 🟢 junior · 🟡 middle · 🔴 senior")).isTrue();
        assertThat(LevelLabels.legend("> **难度：** 🟢 简单 | 🟡 中等 | 🔴 困难")).isTrue();
        assertThat(LevelLabels.legend("🟢 Easy")).isFalse(); // one: a label, not a legend
        assertThat(LevelLabels.legend("🟢 Easy tasks run first, then 🟡 Medium ones")).isFalse();
        assertThat(LevelLabels.legend("🟢 Go 🟡 Wait 🔴 Stop")).isFalse(); // a traffic light, no levels
        assertThat(LevelLabels.legend("🟢 " + " ".repeat(5000) + "x")).isFalse();
    }
}
