package dev.qbank.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SourceOrderTest {
    @Test
    void ordersByFirstSourceFileThenLineThenBankPosition() {
        SourceOrder order = new SourceOrder();
        SourceOrderedBank.questions().forEach(order::add);
        List<String> ids = SourceOrderedBank.questions().stream().map(Question::id).toList();
        assertThat(IntStream.of(order.sorted()).mapToObj(ids::get).toList())
                .containsExactly("q8", "q9", "q7", "q6", "q2", "q4", "q1", "q5", "q3");
    }

    /** The hand-written merge sort gives what a plain comparator sort gives, on many ranges and duplicates. */
    @Test
    void agreesWithAComparatorSort() {
        Random random = new Random(28);
        for (int round = 0; round < 50; round++) {
            int n = random.nextInt(3000);
            SourceOrder order = new SourceOrder();
            List<Question> bank = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Source> sources = random.nextInt(10) == 0 ? List.of()
                        : List.of(new Source("f" + random.nextInt(7) + ".md", 1 + random.nextInt(40), "q", null,
                                null, null, null));
                Question q = Question.builder("q" + i).id("q" + i).sources(sources).build();
                bank.add(q);
                order.add(q);
            }
            int from = n == 0 ? 0 : random.nextInt(n);
            int to = from + (n == from ? 0 : random.nextInt(n - from + 1));
            int[] indices = IntStream.range(0, n).toArray();
            order.sort(indices, from, to);
            List<Integer> expected = new ArrayList<>(IntStream.range(from, to).boxed().toList());
            Comparator<Integer> bySource = Comparator.comparing((Integer i) -> bank.get(i).sources().isEmpty())
                    .thenComparing(i -> bank.get(i).sources().isEmpty() ? "" : bank.get(i).sources().get(0).file())
                    .thenComparingInt(i -> bank.get(i).sources().isEmpty() ? 0 : bank.get(i).sources().get(0).line())
                    .thenComparingInt(i -> i);
            expected.sort(bySource);
            assertThat(IntStream.range(from, to).map(k -> indices[k]).boxed().toList()).isEqualTo(expected);
            assertThat(IntStream.range(0, from).map(k -> indices[k]).toArray()).isEqualTo(IntStream.range(0, from).toArray());
        }
    }
}
