package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import tools.jackson.core.JacksonException;

/** The fast reader of canonical question files must read exactly what the general YAML parser reads, or decline. */
class CanonicalQuestionYamlTest {

    @Example
    void readsWhatQbankWritesWithoutTheGeneralParser() {
        Question q = QuestionYamlTest.sample().toBuilder()
                .prompt("''quoted'' and \"double\"").explanation("line one\n\n  indented\ntrailing\n\n")
                .conflicts(List.of(new Conflict("answer", "a: b #c\n- d", "seeds/x.md")))
                .media(List.of("media/a b.png")).aliases(List.of("yes", "null", " x", "x ", "a:b", "C++"))
                .build();
        String yaml = BankStore.toYaml(q);
        assertThat(CanonicalQuestionYaml.parse(yaml)).isNotNull();
        assertThat(BankStore.readCanonical(yaml)).isEqualTo(q);
    }

    @Property(tries = 400)
    void anyQuestionReadsTheSameAsWithTheGeneralParser(@ForAll("questions") Question q) {
        assertReadsTheSameOrDeclines(BankStore.toYaml(q));
    }

    @Property(tries = 400)
    void handWrittenFilesReadTheSameOrAreDeclined(@ForAll("handWritten") String yaml) {
        assertReadsTheSameOrDeclines(yaml);
    }

    private static void assertReadsTheSameOrDeclines(String yaml) {
        Question fast = BankStore.readCanonical(yaml);
        Question general;
        try {
            general = SafeYamlParser.read(yaml, Question.class);
        } catch (JacksonException | IllegalArgumentException e) {
            assertThat(fast).as("the general parser refuses %s", yaml).isNull();
            return;
        }
        if (fast != null) {
            assertThat(fast).as(yaml).isEqualTo(general);
        }
    }

    /**
     * Source files are often named with a leading number ("00001_chapters.txt", "000_xxx.txt"): such a name is a
     * plain string to YAML, and the fast reader takes it instead of sending every file of the bank to the general
     * parser. Number-shaped values are still declined.
     */
    @Example
    void readsPlainStringsThatStartWithADigit() {
        Question q = QuestionYamlTest.sample().toBuilder().topic("3D卷积")
                .sources(List.of(new Source("00001_chapters.txt", 3, "t", "qa", null, null, null))).build();
        String yaml = BankStore.toYaml(q);
        assertThat(yaml).contains("file: 00001_chapters.txt");
        assertThat(BankStore.readCanonical(yaml)).isEqualTo(q);
        for (String number : List.of("1e3", "0x1F", "1_000", ".5", "1:30", "0o17", "+.inf", "1.5")) {
            assertThat(CanonicalQuestionYaml.parse("question: x\ntopic: " + number + "\n")).as(number).isNull();
        }
    }

    @Example
    void declinesWhatItDoesNotKnowForCertain() {
        for (String yaml : List.of("question: x # comment\n", "question: x\nquestion: y\n", "question: null\n",
                "question: 0x1F\n", "question: x\n\n", "question:\n  nested: 1\n", "question: &a x\n",
                "question: [a]\n", "question: |2-\n   x\n", "question: 'x\n", "question: \"a\\qb\"\n",
                "question: x\n  continued\n", "question: x\r\n", "question:\tx\n", "question: x")) {
            assertThat(CanonicalQuestionYaml.parse(yaml)).as(yaml).isNull();
        }
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.of("a", "Z", "9", "0", "什么", "？", " ", "  ", "\n", "\n\n", ":", ": ",
                " #", "#", "-", "- ", "'", "\"", "\\", "|", ">", "[", "]", "{", "}", "&", "*", "!", "%", "@", "`",
                "?", ",", "null", "true", "~", "yes", "1.5", "07", "+1", ".inf", "\t", "\r", "\u0085", "\u2028",
                "\u0001", "😀", "\u00a0", "---", "...", "=", "<<");
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Question> questions() {
        Arbitrary<String> t = text();
        Arbitrary<String> optional = Arbitraries.oneOf(Arbitraries.just(null), t);
        Arbitrary<Source> source = Combinators.combine(t, Arbitraries.integers().between(1, 99999), t, optional)
                .as((file, line, text, section) -> new Source(file.isEmpty() ? "f" : file, line, text, "qa",
                        null, null, section));
        return Combinators.combine(t.filter(s -> !s.isBlank()), optional, optional, optional, t.list().ofMaxSize(3),
                        source.list().ofMaxSize(2), Arbitraries.of(Difficulty.class).injectNull(0.3))
                .as((question, answer, prompt, topic, tags, sources, difficulty) -> {
                    try {
                        return Question.builder(question).id("q-0123456789").answer(answer).prompt(prompt)
                                .topic(topic).tags(tags).sources(sources).difficulty(difficulty).build();
                    } catch (RuntimeException e) {
                        return Question.builder("x").id("q-0123456789").build();
                    }
                });
    }

    @Provide
    Arbitrary<String> handWritten() {
        Arbitrary<String> line = Arbitraries.of("id: q-1", "question: x", "question: 'a''b'", "question: \"a\\tb\"",
                "answer: |-", "answer: |", "answer: |+", "  body", "    deeper", "", "  ", "tags:", "  - a",
                "  - 12", "  - 'b'", "sources:", "  - file: f", "    line: 3", "    text: t", "    text: |-",
                "      t1", "    format: qa", "difficulty: easy", "prompt: # c", "aliases: []", "topic: 1e3",
                "topic: a: b", "- x", "question: x #y", "    file: 00001_chapters.txt", "topic: 3D卷积",
                "topic: 1st", "topic: 0x1F", "topic: 1_000", "topic: .5", "topic: .inf", "topic: 1:30", "topic: 1e-3",
                "topic: 0o17", "topic: 0b101", "topic: 12abc", "    line: 3rd", "topic: +.NaN", "topic: 2024-01-01",
                "topic: 1.2.3", "topic: 9z", "difficulty: Hard", "difficulty: trivial", "topic: 12", "references:",
                "  - url: https://x.org", "    title: X", "conflicts:", "  - field: answer", "    value: v",
                "    source: s", "media:", "  - m.png", "    line: 0", "    line: 99999999999", "language: zh-CN",
                "    extra: 1", "    number: '7'", "    section: CNN");
        return line.list().ofMinSize(1).ofMaxSize(10).map(l -> String.join("\n", l) + "\n");
    }
}
