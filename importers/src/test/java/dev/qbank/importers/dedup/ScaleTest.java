package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dedup must not compare all pairs: indexing, looking up and listing review candidates for a bank of many
 * thousand questions stays well within seconds (a quadratic algorithm would take minutes here).
 */
class ScaleTest {
    @Test
    void twentyThousandQuestionsAreFast() {
        List<SeedFixture.SeedQuestion> seeds = SeedFixture.questions();
        Random random = new Random(42);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String base = seeds.get(random.nextInt(seeds.size())).text();
            // distinct texts that share the seeds' concepts: the worst case for an inverted index
            String text = base + " 变体" + Integer.toString(i, 36);
            questions.add(Question.builder(text).id("q" + i).build());
        }
        long start = System.nanoTime();
        DuplicateIndex index = Deduplication.index(Glossary.builtIn(), Decisions.none());
        int found = 0;
        for (Question q : questions) {
            if (index.findDuplicate(q).isPresent()) {
                found++;
            } else {
                index.add(q);
            }
        }
        double indexed = (System.nanoTime() - start) / 1e9;
        List<ReviewQueue.Candidate> review = ReviewQueue.candidates(questions.subList(0, 10_000),
                new QuestionAnalyzer(Glossary.builtIn()), Decisions.none(), 100);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("20000 questions indexed (%d merged) in %.1f s, 10000 reviewed in %.1f s%n", found, indexed,
                seconds - indexed);
        assertThat(review).hasSize(100);
        assertThat(seconds).isLessThan(60);
    }
}
