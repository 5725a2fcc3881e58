package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.qbank.importers.ankitext.AnkiTextImporter;
import dev.qbank.importers.csv.CsvImporter;
import dev.qbank.importers.json.JsonRecordsImporter;
import dev.qbank.importers.table.TableImporter;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * fix43 (importer fixes 42, "Left"): a remarks cell holding only a frequency mark ({@code 高频}, {@code 必考},
 * {@code 🔥}) was the question's explanation, where the same mark beside a question is a tag; one holding words and
 * a mark kept the mark in the explanation. One rule ({@link RemarkLabels}) for every format with a remarks column.
 */
class RemarkLabelsTest {
    @Test
    void aRemarkThatIsOnlyMarksIsTagsAndStarsALevel() {
        assertThat(RemarkLabels.of("高频")).isEqualTo(new RemarkLabels.Read(null, List.of("高频"), null));
        assertThat(RemarkLabels.of("必考")).isEqualTo(new RemarkLabels.Read(null, List.of("必考"), null));
        assertThat(RemarkLabels.of("🔥")).isEqualTo(new RemarkLabels.Read(null, List.of("高频"), null));
        assertThat(RemarkLabels.of("【必问】 🔥")).isEqualTo(new RemarkLabels.Read(null, List.of("必考", "高频"), null));
        assertThat(RemarkLabels.of("Frequently asked")).isEqualTo(new RemarkLabels.Read(null, List.of("高频"), null));
        assertThat(RemarkLabels.of("⭐⭐⭐")).isEqualTo(new RemarkLabels.Read(null, List.of(), Difficulty.HARD));
        assertThat(RemarkLabels.of("高频 ⭐⭐")).isEqualTo(new RemarkLabels.Read(null, List.of("高频"), Difficulty.MEDIUM));
    }

    @Test
    void aRemarkWithWordsAndAMarkKeepsTheWordsWithoutTheMark() {
        assertThat(RemarkLabels.of("高频，字节二面")).isEqualTo(new RemarkLabels.Read("字节二面", List.of("高频"), null));
        assertThat(RemarkLabels.of("字节二面 / 必考")).isEqualTo(new RemarkLabels.Read("字节二面", List.of("必考"), null));
        assertThat(RemarkLabels.of("【高频】注意边界条件")).isEqualTo(new RemarkLabels.Read("注意边界条件", List.of("高频"), null));
        assertThat(RemarkLabels.of("高频 字节面试")).isEqualTo(new RemarkLabels.Read("字节面试", List.of("高频"), null));
        assertThat(RemarkLabels.of("asked at Google 🔥")).isEqualTo(new RemarkLabels.Read("asked at Google", List.of("高频"), null));
        assertThat(RemarkLabels.of("hot\nasked at Google, twice")).isEqualTo(
                new RemarkLabels.Read("asked at Google, twice", List.of("高频"), null));
    }

    /** The words are what is said wherever they are part of the remark's prose; the remark stays as written. */
    @Test
    void aFrequencyWordInsideTheProseIsTheProse() {
        for (String prose : List.of("高频交易场景常问", "字节面试", "hot path optimisation", "重点：先讲原理，再讲实现",
                "frequent", "asked at Google (hot topic)", "三面被问到，面试官很看重")) {
            assertThat(RemarkLabels.of(prose)).as(prose).isEqualTo(new RemarkLabels.Read(prose, List.of(), null));
        }
    }

    @Test
    void everyFormatWithARemarksColumnReadsItSo() {
        List<Question> table = Golden.readText(new TableImporter(), "| 题目 | 答案 | 标签 | 备注 |\n|---|---|---|---|\n"
                + "| 什么是 GC？ | 垃圾回收 | JVM | 高频 |\n| 什么是 JIT？ | 即时编译 | | 🔥 字节二面 |\n"
                + "| 什么是类加载？ | 双亲委派 | | ⭐⭐⭐ |\n").questions();
        assertThat(table).extracting(Question::explanation, Question::tags, Question::difficulty).containsExactly(
                tuple(null, List.of("JVM", "高频"), null), tuple("字节二面", List.of("高频"), null),
                tuple(null, List.of(), Difficulty.HARD));
        List<Question> csv = Golden.readText(new CsvImporter(),
                "题目,答案,难度,备注\n什么是 GC？,垃圾回收,简单,必考\n什么是 JIT？,即时编译,,\"必考，美团一面\"\n").questions();
        assertThat(csv).extracting(Question::explanation, Question::tags, Question::difficulty).containsExactly(
                tuple(null, List.of("必考"), Difficulty.EASY), tuple("美团一面", List.of("必考"), null));
        List<Question> json = Golden.readText(new JsonRecordsImporter(),
                "[{\"question\": \"What is GC?\", \"answer\": \"Garbage collection\", \"notes\": \"hot\"}]").questions();
        assertThat(json).extracting(Question::explanation, Question::tags).containsExactly(tuple(null, List.of("高频")));
        List<Question> anki = Golden.readText(new AnkiTextImporter(),
                "#separator:tab\n#html:false\n#columns:Front\tBack\tNotes\n什么是 GC？\t垃圾回收\t高频\n").questions();
        assertThat(anki).extracting(Question::explanation, Question::tags).containsExactly(tuple(null, List.of("高频")));
    }
}
