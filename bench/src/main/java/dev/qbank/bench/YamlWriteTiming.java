package dev.qbank.bench;

import dev.qbank.model.BankStore;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import java.nio.file.Path;
import java.util.List;

/**
 * Hand-run micro-timing of question serialisation: the general (Jackson) writer against {@link BankStore#toYaml},
 * which uses the fast canonical writer, over the questions of an existing bank, single-threaded, after a warm-up.
 * Not a test: timings on a shared machine are only meaningful by hand.
 *
 * <pre>java -cp bench/target/classes:cli/target/lib/* dev.qbank.bench.YamlWriteTiming BANK [ROUNDS]</pre>
 */
public final class YamlWriteTiming {
    private YamlWriteTiming() {
    }

    public static void main(String[] args) {
        BankStore store = new BankStore(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Question> questions;
        try (var s = store.stream()) {
            questions = s.limit(100_000).toList();
        }
        long chars = 0;
        int differ = 0;
        for (Question q : questions) {
            String general = QbankMapper.yaml().writeValueAsString(q);
            chars += general.length();
            if (!general.equals(BankStore.toYaml(q))) {
                differ++;
            }
        }
        System.out.printf("%d questions, %.1f MB of YAML, %d differ%n", questions.size(), chars / 1e6, differ);
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long sink = 0;
            for (Question q : questions) {
                sink += QbankMapper.yaml().writeValueAsString(q).length();
            }
            long t1 = System.nanoTime();
            for (Question q : questions) {
                sink += BankStore.toYaml(q).length();
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: jackson %.2f us/question, fast %.2f us/question (x%.1f) [%d]%n", r,
                    (t1 - t0) / 1e3 / questions.size(), (t2 - t1) / 1e3 / questions.size(),
                    (double) (t1 - t0) / (t2 - t1), sink);
        }
    }
}
