package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The binder must give exactly what the strict mapper gives for the same tree, or decline: on trees of every field
 * and of values the mapper coerces or refuses.
 */
class CanonicalQuestionBinderTest {

    @Example
    void bindsEveryFieldOfAWrittenQuestion() {
        Question q = QuestionYamlTest.sample().toBuilder()
                .prompt("p").explanation("e\n").language("zh-CN").difficulty(Difficulty.HARD)
                .aliases(List.of("a", "b")).media(List.of("media/x.png"))
                .references(List.of(new Reference("https://x.org", "X"), Reference.of("https://y.org")))
                .sources(List.of(new Source("seeds/a.md", 12, "t", "qa", "7", "https://s.org", "CNN")))
                .conflicts(List.of(new Conflict("answer", "other", "seeds/b.md:3"))).build();
        Map<String, Object> tree = CanonicalQuestionYaml.parse(BankStore.toYaml(q));
        assertThat(CanonicalQuestionBinder.bind(tree)).isEqualTo(q).isEqualTo(mapper(tree));
    }

    @Example
    void declinesWhatTheMapperWouldCoerceOrRefuse() {
        for (String yaml : List.of("question: x\ntopic: 12\n", "question: x\nextra: z\n", "topic: t\n",
                "question: x\ndifficulty: trivial\n", "question: x\ntags:\n  - 1\n",
                "question: x\nsources:\n  - file: f\n    text: t\n",
                "question: x\nsources:\n  - file: f\n    line: 0\n    text: t\n",
                "question: x\nsources:\n  - file: f\n    line: 99999999999\n    text: t\n",
                "question: x\nsources:\n  - file: f\n    line: '3'\n    text: t\n",
                "question: x\nconflicts:\n  - field: f\n")) {
            Map<String, Object> tree = CanonicalQuestionYaml.parse(yaml);
            assertThat(tree).as(yaml).isNotNull();
            assertThat(CanonicalQuestionBinder.bind(tree)).as(yaml).isNull();
        }
    }

    @Property(tries = 2000)
    void bindsAsTheStrictMapperDoesOrDeclines(@ForAll("trees") Map<String, Object> tree) {
        Question direct = CanonicalQuestionBinder.bind(tree);
        Question mapped;
        try {
            mapped = mapper(tree);
        } catch (RuntimeException refused) {
            assertThat(direct).as("the mapper refuses %s", tree).isNull();
            return;
        }
        if (direct != null) {
            assertThat(direct).as("%s", tree).isEqualTo(mapped);
        }
    }

    /** Enough trees that the binder answers for a good share of them (checked, so the property is not vacuous). */
    @Property(tries = 300)
    void answersForMostWellTypedTrees(@ForAll("wellTyped") Map<String, Object> tree) {
        assertThat(CanonicalQuestionBinder.bind(tree)).as("%s", tree).isNotNull().isEqualTo(mapper(tree));
    }

    private static Question mapper(Map<String, Object> tree) {
        return QbankMapper.yaml().convertValue(tree, Question.class);
    }

    /**
     * Values as the reader produces them (strings, longs, lists and maps): a well-typed tree with up to two keys
     * set to any value, in the right place or not, so that most trees are one step from what the binder answers.
     */
    @Provide
    Arbitrary<Map<String, Object>> trees() {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.of("", "x", "easy", "Hard", " medium ", "trivial", "q-1", "3", "什么"),
                Arbitraries.of(0L, 1L, 3L, -1L, 2147483647L, 2147483648L, 99999999999L).map(n -> (Object) n));
        Arbitrary<Object> list = scalar.list().ofMaxSize(3).map(l -> (Object) l);
        Arbitrary<Object> nested = Arbitraries.of("file", "line", "text", "format", "number", "url", "section",
                        "title", "field", "value", "source", "other")
                .list().ofMaxSize(5).uniqueElements()
                .flatMap(keys -> scalar.list().ofSize(keys.size()).map(values -> (Object) zip(keys, values)));
        Arbitrary<Object> listOfMaps = nested.list().ofMaxSize(2).map(l -> (Object) l);
        Arbitrary<Object> anyValue = Arbitraries.oneOf(scalar, list, listOfMaps, nested);
        Arbitrary<String> key = Arbitraries.of("id", "question", "prompt", "answer", "explanation", "difficulty",
                "topic", "tags", "language", "aliases", "references", "media", "sources", "conflicts", "unknown");
        Arbitrary<List<Map.Entry<String, Object>>> changes =
                Arbitraries.entries(key, anyValue).list().ofMaxSize(2);
        return Arbitraries.integers().between(0, 2).flatMap(removed -> wellTyped().flatMap(base -> changes.map(
                change -> {
                    Map<String, Object> tree = new LinkedHashMap<>(base);
                    change.forEach(e -> tree.put(e.getKey(), e.getValue()));
                    if (removed == 1) {
                        tree.remove("question");
                    }
                    return tree;
                })));
    }

    /** Trees of every field, each value of the type its field takes. */
    @Provide
    Arbitrary<Map<String, Object>> wellTyped() {
        Arbitrary<String> text = Arbitraries.of("x", "什么是 CNN？", "", "a: b", "7");
        Arbitrary<Object> source = Arbitraries.longs().between(1, Integer.MAX_VALUE).map(line -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", "seeds/a.md");
            m.put("line", line);
            m.put("text", "t" + line);
            m.put("format", line % 2 == 0 ? "qa" : "");
            if (line % 3 == 0) {
                m.put("section", "CNN");
            }
            return m;
        });
        Arbitrary<Object> reference = text.map(title -> Map.of("url", "https://x.org", "title", title));
        Arbitrary<Object> conflict = text.map(value -> Map.of("field", "answer", "value", value, "source", "s:1"));
        return Combinators.combine(text, text.list().ofMaxSize(3), source.list().ofMaxSize(3),
                        Arbitraries.of("easy", "medium", "hard", "Easy", " hard"), reference.list().ofMaxSize(2),
                        conflict.list().ofMaxSize(2), Arbitraries.integers().between(0, 1 << 10))
                .as((topic, tags, sources, difficulty, references, conflicts, present) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("question", "问题");
                    Object[][] fields = {{"id", "q-1"}, {"topic", topic}, {"tags", tags}, {"sources", sources},
                            {"difficulty", difficulty}, {"references", references}, {"conflicts", conflicts},
                            {"answer", topic + "\n"}, {"aliases", tags}, {"media", tags}, {"language", "zh-CN"}};
                    for (int i = 0; i < fields.length; i++) {
                        if ((present & (1 << i)) != 0) {
                            m.put((String) fields[i][0], fields[i][1]);
                        }
                    }
                    return m;
                });
    }

    private static Map<String, Object> zip(List<String> keys, List<Object> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), values.get(i) instanceof List<?> l ? new ArrayList<>(l) : values.get(i));
        }
        return m;
    }
}
