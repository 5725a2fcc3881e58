package dev.qbank.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.Importer;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.qbankjson.QbankJsonImporter;
import dev.qbank.importers.qbankmd.QbankMarkdownImporter;
import dev.qbank.model.Conflict;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random banks, exported and imported back with qbank's own importers, give the same questions: every field, ids
 * and sources included. The text generator leans on what breaks naive writers: Chinese, Markdown punctuation,
 * {@code ---}, code fences, headings, qbank's own marker comments, leading/trailing blanks and newlines.
 */
class RoundTripPropertyTest {

    @Property(tries = 150)
    void markdownRoundTrip(@ForAll("banks") List<Question> bank) throws IOException {
        assertThat(roundTrip("markdown", new QbankMarkdownImporter(), bank)).isEqualTo(byId(bank));
    }

    @Property(tries = 150)
    void jsonRoundTrip(@ForAll("banks") List<Question> bank) throws IOException {
        assertThat(roundTrip("json", new QbankJsonImporter(), bank)).isEqualTo(byId(bank));
    }

    @Property(tries = 150)
    void jsonLinesRoundTrip(@ForAll("banks") List<Question> bank) throws IOException {
        assertThat(roundTrip("jsonl", new QbankJsonImporter(), bank)).isEqualTo(byId(bank));
    }

    private static List<Question> roundTrip(String format, Importer importer, List<Question> bank)
            throws IOException {
        Path file = Files.createTempFile("qbank-roundtrip-", "." + format);
        try {
            ExporterRegistry.standard().require(format)
                    .export(new ExportRequest(file.getParent(), bank::stream, Map.of()), file);
            SourceDocument doc = SourceDocument.load(file, "export." + format);
            assertThat(importer.sniff(doc)).isGreaterThanOrEqualTo(0.9);
            List<Question> back = new ArrayList<>();
            importer.read(doc, back::add, w -> {
                throw new AssertionError("unexpected warning " + w);
            });
            return byId(back);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<Question> byId(List<Question> questions) {
        return questions.stream().sorted(Comparator.comparing(Question::id)).toList();
    }

    @Provide
    Arbitrary<List<Question>> banks() {
        return question().list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<Question> withIds = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                withIds.add(list.get(i).withId("q" + i));
            }
            return withIds;
        });
    }

    private static Arbitrary<Question> question() {
        return Builders.withBuilder(() -> Question.builder("x"))
                .use(text().filter(s -> !s.isBlank())).in(Question.Builder::question)
                .use(optionalText()).in(Question.Builder::prompt)
                .use(optionalText()).in(Question.Builder::answer)
                .use(optionalText()).in(Question.Builder::explanation)
                .use(Arbitraries.of(Difficulty.class).injectNull(0.3)).in(Question.Builder::difficulty)
                .use(optionalText()).in(Question.Builder::topic)
                .use(word().list().uniqueElements().ofMaxSize(3)).in(Question.Builder::tags)
                .use(Arbitraries.of("zh-CN", "en").injectNull(0.5)).in(Question.Builder::language)
                .use(text().list().ofMaxSize(2)).in(Question.Builder::aliases)
                .use(reference().list().ofMaxSize(2)).in(Question.Builder::references)
                .use(word().list().ofMaxSize(2)).in(Question.Builder::media)
                .use(source().list().ofMinSize(1).ofMaxSize(3)).in(Question.Builder::sources)
                .use(conflict().list().ofMaxSize(2)).in(Question.Builder::conflicts)
                .build(Question.Builder::build);
    }

    private static Arbitrary<Reference> reference() {
        return Arbitraries.oneOf(ReferenceArbitraries.references(),
                Combinators.combine(Arbitraries.of("https://example.org/a?b=1&c=<2>", "javascript:alert(1)",
                        "http://例子.测试/路径", "not a url"), word().injectNull(0.5)).as(Reference::new));
    }

    private static Arbitrary<Source> source() {
        return Combinators.combine(word(), Arbitraries.integers().between(1, 100_000), text(),
                        Arbitraries.of("table", "qa").injectNull(0.5), word().injectNull(0.7),
                        Arbitraries.of("https://example.org/q/1").injectNull(0.7), word().injectNull(0.6))
                .as(Source::new);
    }

    private static Arbitrary<Conflict> conflict() {
        return Combinators.combine(Arbitraries.of("answer", "difficulty"), text(), word().injectNull(0.5))
                .as(Conflict::new);
    }

    /** Null or a non-empty text (an empty string and a missing field are the same thing in a bank). */
    private static Arbitrary<String> optionalText() {
        return text().injectNull(0.3);
    }

    private static Arbitrary<String> word() {
        return Arbitraries.of("rnn", "反向传播", "a|b", "*x*", "#h", "a, b", "c_d", "<i>", "`code`", "x y");
    }

    /** Non-empty text built from fragments that stress Markdown structure. */
    private static Arbitrary<String> text() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("什么是梯度消失？", "answer", " ", "  ", "\n", "\n\n", "*", "**", "|", "#", "# ",
                        "## heading", "---", "***", "```", "```java\n", "~~~", "> ", ">", "<!--", "-->",
                        "<!-- qbank:field answer -->", "<!-- qbank:question {} -->", "<script>", "[x](y)", "\\",
                        "\t", "- ", "1. ", "😀", "\u2028", "&amp;", "_", "=", "===", "    code"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5));
        return fragment.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts));
    }
}
