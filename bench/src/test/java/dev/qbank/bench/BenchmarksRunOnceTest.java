package dev.qbank.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.exporters.anki.AnkiCardBenchmark;
import dev.qbank.model.Question;
import dev.qbank.model.QuestionYamlBenchmark;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calls every JMH benchmark method once, directly (no JMH, no timing), so the build proves they still compile
 * against the code they measure and work on their data. The numbers come from {@code bench/jmh.sh} only.
 */
class BenchmarksRunOnceTest {
    @Test
    void corpusIsTheSameEveryTimeAndStartsTheSameWhateverItsSize() {
        List<Question> small = BenchCorpus.questions(1200);
        assertThat(small).hasSize(1200);
        assertThat(BenchCorpus.questions(1500).subList(0, 1200)).isEqualTo(small);
        assertThat(small).extracting(Question::id).doesNotHaveDuplicates();
    }

    @Test
    void dedupBenchmarksRun() {
        DedupBenchmark bench = new DedupBenchmark();
        DedupBenchmark.Corpus corpus = new DedupBenchmark.Corpus();
        corpus.size = 500;
        corpus.load();
        DedupBenchmark.Filled filled = new DedupBenchmark.Filled();
        filled.fill(corpus);
        assertThat(bench.findDuplicate(corpus, filled)).isNotNull();
        DedupBenchmark.Fresh fresh = new DedupBenchmark.Fresh();
        fresh.fill(corpus);
        assertThat(bench.add(corpus, fresh)).isNotNull();
    }

    @Test
    void questionYamlBenchmarksRun() throws Exception {
        QuestionYamlBenchmark bench = new QuestionYamlBenchmark();
        bench.writeBank();
        try {
            // The fast reader must take every file (else readCanonical measures its refusal) and agree with the
            // general parser; each call takes the next file, so run them through the files side by side.
            for (int i = 0; i < QuestionYamlBenchmark.FILES; i++) {
                bench.setNext(i);
                Question general = bench.readGeneral();
                bench.setNext(i);
                assertThat(bench.readCanonical()).as("file %d", i).isNotNull().isEqualTo(general);
                bench.setNext(i);
                assertThat(bench.readFile()).isEqualTo(general);
                bench.setNext(i);
                assertThat(bench.write()).contains("question:");
            }
        } finally {
            bench.deleteBank();
        }
    }

    @Test
    void importerBenchmarkReadsEveryShapeWithItsOwnImporter() throws Exception {
        for (String shape : List.of("table", "chapters", "qa", "notion", "numbered", "json")) {
            ImporterBenchmark bench = new ImporterBenchmark();
            bench.shape = shape;
            bench.generate(); // throws if the detector picks another importer
            try {
                assertThat(bench.read()).as(shape).isEqualTo(
                        shape.equals("json") ? ImporterBenchmark.JSON_QUESTIONS : ImporterBenchmark.QUESTIONS);
                // the chapters shape opens with its seed's title and "参考资料：" (the preamble) and ends cut off
                assertThat(bench.warnings).as(shape).isLessThanOrEqualTo(shape.equals("chapters") ? 2 : 1);
            } finally {
                bench.delete();
            }
        }
    }

    @Test
    void ankiBenchmarksRun() {
        AnkiCardBenchmark bench = new AnkiCardBenchmark();
        bench.pickQuestions();
        assertThat(bench.notePlainAnswer()).isNotNull();
        assertThat(bench.noteMarkdownAnswer()).isNotNull();
        assertThat(bench.markdownAnswerHtml()).contains("<strong>");
    }
}
