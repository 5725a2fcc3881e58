package dev.qbank.exporters;

import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.List;

/**
 * A bank whose id order runs against its sources' order: two source files, each read with its lines out of id
 * order, a merged question whose first source comes after its second, a question without a source, and a second
 * topic. The exports a learner reads keep each topic in {@link #SOURCE_ORDER}.
 */
public final class SourceOrderedBank {
    /** Each topic's question ids as its sources gave them: file, then line, then id; no source last. */
    public static final List<String> SOURCE_ORDER = List.of(
            "q6", "q2", "q4", "q1", "q5", "q3",
            "q8", "q9", "q7");

    private SourceOrderedBank() {
    }

    /** The questions in bank order, which is id order. */
    public static List<Question> questions() {
        return List.of(
                question("q1", "CNN", source("notes/b.md", 5)),
                question("q2", "CNN", source("notes/a.md", 30)),
                question("q3", "CNN"),
                // merged: first imported from b.md:2, later found again at a.md:1; its first source decides
                question("q4", "CNN", source("notes/b.md", 2), source("notes/a.md", 1)),
                question("q5", "CNN", source("notes/b.md", 9)),
                question("q6", "CNN", source("notes/a.md", 7)),
                question("q7", "RNN", source("notes/a.md", 4)),
                question("q8", "RNN", source("notes/a.md", 3), source("notes/b.md", 1)),
                question("q9", "RNN", source("notes/a.md", 3))); // same line as q8: id order
    }

    private static Source source(String file, int line) {
        return new Source(file, line, "asked at " + file + ":" + line, "numbered", null, null, null);
    }

    private static Question question(String id, String topic, Source... sources) {
        return Question.builder("Question " + id + "?").id(id).topic(topic).answer("Answer " + id + ".")
                .sources(List.of(sources)).build();
    }
}
