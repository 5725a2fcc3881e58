package dev.qbank.exporters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.exporters.ReferenceArbitraries;
import dev.qbank.exporters.SampleBank;
import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@code qbank export --format xlsx}, imported back ({@code xlsx} importer), gives the same questions: text, prompt,
 * aliases, answer, explanation, difficulty, topic, tags and references. What the sheet does not hold (ids, the
 * sources' wording) is made anew, as for any spreadsheet: one source per row, the workbook's row and sheet.
 */
class XlsxRoundTripTest {

    @Test
    void theSampleBankReadsBackAsExported() throws IOException {
        List<Question> bank = SampleBank.questions();
        List<Question> back = roundTrip(bank);
        // rows by topic as the Markdown book (Shell, 深度学习, no topic), each in source order: seeds/002_table.md
        // line 40; seeds/000_dl.txt lines 12 and 30; seeds/002_table.md line 41
        assertThat(back).extracting(XlsxRoundTripTest::content).containsExactly(
                // a question is one line (imp25: 'javascript:alert(1)' is no address a bank cites, so its text reads
                // back as a citation); the tags "a, b" and "c|d" read back whole (imp35: they came back as a, b, c, d)
                content(bank.get(1).toBuilder().references(List.of(
                        new Reference(null, "javascript:alert(1)"), Reference.of("https://example.com/glob"))).build()),
                content(bank.get(0)),
                content(bank.get(3)),
                content(bank.get(2).toBuilder().question("multi-line question").answer("short").build()));
        assertThat(back.get(1).sources()).singleElement().isEqualTo(new Source("export.xlsx", 3, "什么是梯度消失？",
                "xlsx", null, "https://example.org/vanishing", "Questions"));
    }

    /**
     * OOXML reads {@code _xHHHH_} in a cell as the character U+HHHH, so text that holds such a sequence literally (a
     * variable name, a pasted escape) must be written with its underscore escaped, or it comes back as a control
     * character.
     */
    @Test
    void textThatLooksLikeAnOoxmlEscapeReadsBackAsTyped() throws IOException {
        Question q = SampleBank.questions().get(0).toBuilder()
                .question("What does _x000D_ mean in a cell?")
                .answer("A carriage return: _x000D_, _x005F_x000D_ and _X000d_; not _x00D_ or _xZZZZ_.")
                .build();
        assertThat(roundTrip(List.of(q))).extracting(XlsxRoundTripTest::content).containsExactly(content(q));
    }

    /**
     * imp25: a title a Markdown link could not hold ({@code ]}, a line break) went out as the url alone; it is
     * escaped now. A titled reference that is no web link, and text with a colon, read back as they were.
     */
    @Test
    void oddReferencesReadBackAsExported() throws IOException {
        Question q = SampleBank.questions().get(0).toBuilder().references(List.of(
                new Reference("https://x.org/a", "Attention [Is] All ] You Need"),
                new Reference("https://x.org/b", "two\nlines \\ <i>"),
                new Reference("doi:10.1000/182", "The DOI Handbook"), Reference.of("arxiv:1706.03762"),
                new Reference("mailto:a@b.org", "编辑"), new Reference(null, "Note:see chapter 3"),
                new Reference(null, "见:第3章"), new Reference(null, "[笔记](见第3章)"))).build();
        assertThat(roundTrip(List.of(q))).extracting(XlsxRoundTripTest::content).containsExactly(content(q));
    }

    /**
     * A tag holding a comma (or a bar, a semicolon, a {@code 、}, blanks between Chinese words or acronyms, a quote)
     * came back as two tags, since the cell joined the tags with commas and the import splits a cell at them (imp35).
     * Such a tag is written in double quotes, which the import reads as one tag; a plain tag stays unquoted.
     */
    @Test
    void aTagHoldingACommaReadsBackAsOneTag() throws IOException {
        Question q = SampleBank.questions().get(0).toBuilder().tags(List.of("Hello, World", "CNN 卷积", "a|b; c",
                "5\" screen", "\"quoted\"", "#h", "c / d", "[[page]]", "attention mechanism", "C++", "优化器")).build();
        assertThat(roundTrip(List.of(q))).extracting(XlsxRoundTripTest::content).containsExactly(content(q));
        assertThat(TagCell.of(List.of("Hello, World", "attention mechanism", "C#", "say \"hi\"")))
                .isEqualTo("\"Hello, World\", attention mechanism, C#, \"say \"\"hi\"\"\"");
    }

    /** Any bank whose fields a sheet holds as they are (one-line questions and topics, answers without edge blanks). */
    @Property(tries = 60)
    void anyBankReadsBackAsExported(@ForAll("banks") List<Question> bank) throws IOException {
        // rows come grouped by topic (SourceOrder#byTopic), not in bank order
        assertThat(roundTrip(bank)).extracting(XlsxRoundTripTest::content)
                .containsExactlyInAnyOrderElementsOf(bank.stream().map(XlsxRoundTripTest::content).toList());
    }

    private static List<Question> roundTrip(List<Question> bank) throws IOException {
        Path file = Files.createTempFile("qbank-roundtrip-", ".xlsx");
        try {
            new XlsxExporter().export(new ExportRequest(file.getParent(), bank::stream, Map.of()), file);
            SourceDocument doc = SourceDocument.load(file, "export.xlsx");
            var importer = new FormatDetector(ImporterRegistry.standard()).detect(doc).importer();
            assertThat(importer.name()).isEqualTo("xlsx");
            List<Question> back = new ArrayList<>();
            importer.read(doc, back::add, w -> {
                throw new AssertionError("unexpected warning " + w); // the Summary sheet is skipped without one
            });
            return back;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What a sheet carries of a question. */
    private static List<Object> content(Question q) {
        return java.util.Arrays.asList(q.question(), q.prompt(), q.aliases(), q.answer(), q.explanation(), q.difficulty(), q.topic(), q.tags(),
                q.references()); // titles too (imp24: written as [title](url), read back as both)
    }

    @Provide
    Arbitrary<List<Question>> banks() {
        Arbitrary<String> line = fragments(Arbitraries.of("什么是梯度消失？", "What is *x*", "a|b", "#h", "😀", "<i>",
                "`code`", "=1+2", "'", "\"q\"", "&amp;", "x", " ", "3", "_x000D_", "_x005F_", "_x"));
        Arbitrary<String> block = fragments(Arbitraries.of("反向传播", "**bold**", "\n", "\n\n", "- item\n", "```\n",
                "    code\n", "| a | b |\n", "---", "\t", " ", "<script>", "\u2028", "x"))
                .map(s -> s.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip())
                .filter(s -> !s.isEmpty());
        Arbitrary<String> oneLine = line.map(s -> s.strip().replaceAll("\\s+", " ")).filter(s -> !s.isEmpty());
        return Builders.withBuilder(() -> Question.builder("x"))
                .use(oneLine).in(Question.Builder::question)
                .use(block.injectNull(0.5)).in(Question.Builder::prompt)
                .use(oneLine.list().uniqueElements().ofMaxSize(3)).in(Question.Builder::aliases)
                .use(block.injectNull(0.3)).in(Question.Builder::answer)
                .use(block.injectNull(0.5)).in(Question.Builder::explanation)
                .use(Arbitraries.of(Difficulty.class).injectNull(0.3)).in(Question.Builder::difficulty)
                .use(oneLine.injectNull(0.3)).in(Question.Builder::topic)
                .use(Arbitraries.of("rnn", "反向传播", "c/d", "C++", "attention mechanism", "a, b", "CNN 卷积", "x\"y",
                        "#h").list().uniqueElements()
                        .ofMaxSize(3)).in(Question.Builder::tags)
                // a citation (a title without a url) reads back as one (imp22: text was read back as a url)
                // exp26: and every kind the shared generator makes (a citation with a line break, one that is a host)
                .use(Arbitraries.oneOf(ReferenceArbitraries.references(), Arbitraries.of(
                        Reference.of("https://example.org/a?b=1&c=<2>"),
                        Reference.of("http://例子.测试/路径"), new Reference(null, "not a url"),
                        new Reference("https://en.wikipedia.org/wiki/Heap_(data_structure)", "堆 | *heap*"),
                        // imp25: a title with ']', '\\', '<' or a line break; a url that is no web link; a colon
                        new Reference("https://x.org/b", "a ] b\\ <br>\nc"),
                        new Reference("doi:10.1000/182", "The DOI Handbook"), new Reference(null, "Ch:4")))
                        .list().ofMaxSize(3)).in(Question.Builder::references)
                .build(Question.Builder::build)
                .map(q -> q.toBuilder().id("q").build())
                .list().ofMinSize(1).ofMaxSize(5);
    }

    private static Arbitrary<String> fragments(Arbitrary<String> pieces) {
        return Arbitraries.oneOf(pieces, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(4))
                .list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }
}
