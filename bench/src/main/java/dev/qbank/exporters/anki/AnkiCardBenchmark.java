package dev.qbank.exporters.anki;

import dev.qbank.bench.BenchCorpus;
import dev.qbank.model.Question;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Turning one question into its Anki note's fields ({@link AnkiNoteBuilder#build}: every field through
 * {@link CardHtml}), once for a question whose answer is plain text ({@link PlainText}'s fast path) and once for
 * one whose answer is Markdown (commonmark, then the HTML sanitiser). It lives in the anki package because those
 * classes are package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class AnkiCardBenchmark {
    AnkiNoteBuilder notes;
    CardHtml html;
    Question markdownAnswer;
    Question plainAnswer;

    @Setup(Level.Trial)
    public void pickQuestions() {
        notes = new AnkiNoteBuilder("qbank");
        html = new CardHtml();
        // The synthetic bank's third file is a Q&A document: bold labels and a numbered list in the answer.
        markdownAnswer = BenchCorpus.questions(3000).stream()
                .filter(q -> q.answer() != null && !PlainText.isPlain(q.answer()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Markdown answer in the corpus"));
        // The same question with its answer cut to the first paragraph, plain prose.
        String prose = markdownAnswer.answer().split("\n\n", 2)[0].replace("**答案：**", "").strip();
        plainAnswer = markdownAnswer.toBuilder().answer(prose).build();
        if (!PlainText.isPlain(plainAnswer.answer())) {
            throw new IllegalStateException("the plain answer is not plain: " + plainAnswer.answer());
        }
    }

    // Object, not NoteContent: JMH's generated stubs live in another package, where the record is not visible.
    @Benchmark
    public Object notePlainAnswer() {
        return notes.build(plainAnswer, Map.of());
    }

    @Benchmark
    public Object noteMarkdownAnswer() {
        return notes.build(markdownAnswer, Map.of());
    }

    /** Only the Markdown answer's field, to show how much of the note it is. */
    @Benchmark
    public String markdownAnswerHtml() {
        return html.render(markdownAnswer.answer(), Map.of());
    }
}
