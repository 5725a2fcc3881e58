package dev.qbank.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Conflict;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import dev.qbank.model.SourceBank;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Everything the model writes passes the schema, and the model reads back what passed. */
class SchemaAgreementTest {
    static List<Diagnostic> check(SchemaCheck schema, String yaml) {
        YamlDocument doc = YamlDocument.read("q.yaml", yaml);
        List<Diagnostic> all = new ArrayList<>(doc.diagnostics());
        all.addAll(schema.check(doc));
        return all;
    }

    static Question full() {
        return Question.builder("什么是RNN？")
                .id("q-0123456789")
                .prompt("请解释 RNN。")
                .answer("RNN 是循环神经网络。\n\n- 有记忆\n- 梯度消失")
                .explanation("见 *Goodfellow* 第 10 章。")
                .difficulty(Difficulty.HARD)
                .topic("循环神经网络")
                .tags(List.of("深度学习", "RNN", "yes", "123", "null"))
                .language("zh-CN")
                .aliases(List.of("RNN 是什么？"))
                .references(List.of(new Reference("https://example.org/rnn", "RNN"), Reference.of("www.x.cn")))
                .media(List.of("media/rnn.png"))
                .sources(List.of(new Source("seeds/004.txt", 30, "什么是RNN？", "numbered", "30",
                        "https://example.org/q/30", "第十章")))
                .conflicts(List.of(new Conflict("difficulty", "medium", "seeds/001.txt:7")))
                .build();
    }

    @Test
    void aFullyFilledQuestionValidatesAndEveryFieldIsInTheSchema() {
        String yaml = BankStore.toYaml(full());
        assertThat(check(SchemaCheck.question(), yaml)).isEmpty();
        // Every property the model writes is declared by the schema, and vice versa.
        assertThat(SchemaCheck.question().schemaNode().get("properties").propertyNames())
                .containsExactlyElementsOf(QbankMapper.yaml().readTree(yaml).propertyNames());
    }

    /** The schema declares exactly the model's properties, in the model's order, for every record. */
    @Test
    void schemaPropertiesAreTheRecordsProperties() {
        JsonNode question = SchemaCheck.question().schemaNode();
        JsonNode bank = SchemaCheck.bank().schemaNode();
        assertThat(names(question.get("properties"))).isEqualTo(order(Question.class));
        assertThat(names(question.at("/$defs/source/properties"))).isEqualTo(order(Source.class));
        assertThat(names(question.at("/$defs/reference/properties"))).isEqualTo(order(Reference.class));
        assertThat(names(question.at("/$defs/conflict/properties"))).isEqualTo(order(Conflict.class));
        assertThat(names(bank.get("properties"))).isEqualTo(order(BankManifest.class));
        assertThat(names(bank.at("/$defs/sourceBank/properties"))).isEqualTo(order(SourceBank.class));
        for (Class<?> c : List.of(Question.class, Source.class, Reference.class, Conflict.class)) {
            assertThat(Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList())
                    .as(c.getSimpleName()).containsExactlyInAnyOrderElementsOf(order(c));
        }
        assertThat(names(question.get("properties").get("difficulty").get("enum")))
                .isEqualTo(Arrays.stream(Difficulty.values()).map(Difficulty::id).toList());
    }

    private static List<String> order(Class<?> record) {
        return List.of(record.getAnnotation(JsonPropertyOrder.class).value());
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> out.add(v.asString()));
        } else {
            out.addAll(node.propertyNames());
        }
        return out;
    }

    @Test
    void aMinimalQuestionAndTheManifestValidate() {
        assertThat(check(SchemaCheck.question(), BankStore.toYaml(Question.builder("x").id("a").build()))).isEmpty();
        assertThat(check(SchemaCheck.bank(), BankStore.toYaml(BankManifest.empty()))).isEmpty();
        BankManifest manifest = new BankManifest(BankManifest.SCHEMA_VERSION, "深度学习面试题",
                List.of(new SourceBank("seeds/000.txt", "table", "0".repeat(64), 0),
                        new SourceBank("seeds/001.txt", null, null, 12)));
        assertThat(check(SchemaCheck.bank(), BankStore.toYaml(manifest))).isEmpty();
    }

    @Property(tries = 500)
    void everyQuestionTheModelWritesValidates(@ForAll("questions") Question q) {
        String yaml = BankStore.toYaml(q);
        assertThat(check(SchemaCheck.question(), yaml)).as(yaml).isEmpty();
        assertThat(QbankMapper.yaml().readValue(yaml, Question.class)).isEqualTo(q);
    }

    // --- generators: the model's own invariants (non-blank question, valid id, valid language tag) ---

    /**
     * Text that stresses YAML quoting: CJK, characters outside the BMP, markup, YAML indicators, look-alikes of
     * numbers and booleans, odd white space. Leaves out U+0085 (NEL): the writer emits a leading NEL unquoted and the reader drops it, a
     * round-trip gap of the YAML library, not of the schema.
     */
    static Arbitrary<String> text() {
        Arbitrary<String> tricky = Arbitraries.of("yes", "no", "true", "False", "null", "~", "123", "1.5e3",
                "0x1F", "-", "- a", "? x", ": y", "#c", "&a", "*a", "!t", "|", ">", "'", "\"", "%", "@", "`",
                "a: b", "[1]", "{x}", " lead", "trail ", "tab\there", "多行\n文本\n", "\n\nblank lines\n",
                "---", "...", "2024-01-01", "𝔘𝔫𝔦", "Ｆｕｌｌ");
        Arbitrary<String> bmp = Arbitraries.strings()
                .withCharRange(' ', '~').withCharRange('\u4e00', '\u4fff').withChars('\n', '\t', '　', '，', '？', '\r', '\u2028', '\ufeff', '\u00a0', '\u0007')
                .ofMinLength(1).ofMaxLength(8);
        // Characters outside the BMP (emoji, mathematical letters): two UTF-16 chars each, one code point.
        Arbitrary<String> astral = Arbitraries.oneOf(Arbitraries.integers().between(0x1F300, 0x1F64F),
                Arbitraries.integers().between(0x1D504, 0x1D537), Arbitraries.integers().between(0x20000, 0x2A6DF))
                .map(Character::toString);
        Arbitrary<String> random = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, bmp), net.jqwik.api.Tuple.of(1, astral))
                .list().ofMinSize(1).ofMaxSize(10).map(parts -> String.join("", parts));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, tricky), net.jqwik.api.Tuple.of(3, random));
    }

    static Arbitrary<String> nonBlank() {
        return text().filter(s -> !s.isBlank());
    }

    static Arbitrary<String> optional(Arbitrary<String> a) {
        return a.injectNull(0.3);
    }

    static Arbitrary<String> ids() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(10);
        return part.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("-", l))
                .filter(s -> s.length() <= Question.ID_MAX_LENGTH);
    }

    @Provide
    Arbitrary<Question> questions() {
        Arbitrary<Source> sources = Combinators.combine(nonBlank(), Arbitraries.integers().between(1, Integer.MAX_VALUE),
                nonBlank(), optional(text()), optional(text()), optional(text()), optional(text()))
                .as(Source::new);
        // a link with an optional title, or a citation: a title alone
        Arbitrary<Reference> references = Arbitraries.oneOf(
                Combinators.combine(nonBlank(), optional(text())).as(Reference::new),
                nonBlank().map(title -> new Reference(null, title)));
        Arbitrary<Conflict> conflicts = Combinators.combine(nonBlank(), nonBlank(), optional(text()))
                .as(Conflict::new);
        return Builders.withBuilder(() -> Question.builder("?"))
                .use(nonBlank()).in(Question.Builder::question)
                .use(ids()).in(Question.Builder::id)
                .use(optional(text())).in(Question.Builder::prompt)
                .use(optional(text())).in(Question.Builder::answer)
                .use(optional(text())).in(Question.Builder::explanation)
                .use(Arbitraries.of(Difficulty.class).injectNull(0.3)).in(Question.Builder::difficulty)
                .use(optional(text())).in(Question.Builder::topic)
                .use(text().list().ofMaxSize(4)).in(Question.Builder::tags)
                .use(Arbitraries.of("zh-CN", "en", "zh-Hans-CN", "ja").injectNull(0.3)).in(Question.Builder::language)
                .use(text().list().ofMaxSize(3)).in(Question.Builder::aliases)
                .use(references.list().ofMaxSize(3)).in(Question.Builder::references)
                .use(text().list().ofMaxSize(3)).in(Question.Builder::media)
                .use(sources.list().ofMaxSize(3)).in(Question.Builder::sources)
                .use(conflicts.list().ofMaxSize(2)).in(Question.Builder::conflicts)
                .build(Question.Builder::build);
    }
}
