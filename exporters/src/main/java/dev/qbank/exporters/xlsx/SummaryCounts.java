package dev.qbank.exporters.xlsx;

import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The numbers on the Summary sheet, gathered while the rows stream past: per topic and difficulty, and per source
 * bank (the file a question came from). Memory grows with the number of topics and source files, not questions.
 */
final class SummaryCounts {
    /** Column index for questions without a difficulty. */
    static final int NO_DIFFICULTY = Difficulty.values().length;

    final Map<String, long[]> byTopic = new TreeMap<>();
    final Map<String, Long> bySourceBank = new TreeMap<>();
    long questions;

    void add(Question q) {
        questions++;
        String topic = q.topic() == null || q.topic().isBlank() ? "" : q.topic();
        long[] row = byTopic.computeIfAbsent(topic, t -> new long[NO_DIFFICULTY + 1]);
        row[q.difficulty() == null ? NO_DIFFICULTY : q.difficulty().ordinal()]++;
        Set<String> banks = new LinkedHashSet<>();
        for (Source s : q.sources()) {
            banks.add(s.file());
        }
        for (String bank : banks) {
            bySourceBank.merge(bank, 1L, Long::sum);
        }
    }
}
