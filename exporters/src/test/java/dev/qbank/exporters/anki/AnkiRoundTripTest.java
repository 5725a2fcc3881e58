package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.exporters.ReferenceArbitraries;
import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qbank export --format anki}, imported back ({@code anki} importer), gives the same questions: text, prompt,
 * answer, explanation (Markdown rendered to HTML and read back), difficulty, topic, tags and references. A code
 * block's language comes back too (the card keeps {@code class="language-…"} on its {@code code}). What the card
 * does not keep cannot come back: the tags' order (Anki sorts them).
 */
class AnkiRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aBankReadsBackAsExported() throws Exception {
        List<Question> bank = List.of(
                question("什么是梯度消失？").prompt("请结合 **RNN** 说明。")
                        .answer("反向传播时梯度逐层相乘而**趋近于零**。\n\n## 对策\n\n- 残差连接\n- 归一化\n\n---\n\n"
                                + "| a | b |\n| --- | --- |\n| 1 | 2 |")
                        .explanation("```python\nx = 1  # 注释\n\ny = 2\n```\n\n> 引用\n>\n> 第二段")
                        .difficulty(Difficulty.MEDIUM).topic("深度学习").tags(List.of("反向传播", "rnn"))
                        .references(List.of(new Reference("https://example.org/vanishing", "Vanishing gradients")))
                        .build(),
                question("What does `*` mean in a *glob*?").answer("Any run of characters; see [docs](https://x.org/"
                        + "glob).\n\n1. first\n2. second").difficulty(Difficulty.EASY).topic("Shell::Basics")
                        .tags(List.of("glob", "wild card")).references(List.of(Reference.of("https://example.com/glob")))
                        .build(),
                // imp22: a citation without a link (its title) and raised text as the Anki import writes <sup>/<sub>
                question("快排的复杂度是多少？").answer("平均 O(n log n)，最坏 O(n²)；a_i 是第 i 个元素，共 2^n 种子集。")
                        .references(List.of(new Reference(null, "CLRS, chapter 7"), Reference.of("https://x.org/qs")))
                        .build(),
                // imp25: a titled reference that is no web link keeps its url (it was written as its title only);
                // odd titles and a url alone longer than a link's label keep every character
                question("What is a DOI?").answer("A persistent identifier.").references(List.of(
                        new Reference("doi:10.1000/182", "The DOI Handbook"),
                        new Reference("mailto:editor@example.org", "the editor"),
                        new Reference("arxiv:1706.03762", "Attention [Is] All You Need \\ <b>"),
                        Reference.of("doi:10.1000/" + "x".repeat(80)),
                        new Reference("https://x.org/p?a=1&b=<2>", "a ] b | c 《书》"),
                        new Reference("doi:10.1000/9", "a\nb"),
                        new Reference(null, "Note:see chapter 3"), new Reference(null, "Ch:4"))).build(),
                question("No topic, no answer").build(),
                // exp26: aliases (on the back, under the explanation, and read back), with and without an
                // explanation; a web link's title and a citation with a line break; a citation that is a host
                question("What is backpropagation?").aliases(List.of("How does backprop work?", "什么是 *反向传播*？"))
                        .answer("The chain rule.").explanation("See **CS231n**.").references(List.of(
                                new Reference("https://x.org/bp", "two\nlines"), new Reference(null, "CLRS,\nchapter 7"),
                                new Reference(null, "example.com"), new Reference(null, "model.py"),
                                // an address's own %28 stays, and so does a parenthesis (a seed's link has both)
                                Reference.of("https://x.org/p#:~:text=%28LSTM%29,(GRU)"),
                                new Reference("https://en.wikipedia.org/wiki/Heap_(data_structure)", "堆 <i>")))
                        .build(),
                question("Why is ReLU used?").aliases(List.of("Why ReLU?")).answer("Gradients.").build());
        List<Question> back = roundTrip(bank, dir.resolve("deck.apkg"));
        assertThat(back).extracting(AnkiRoundTripTest::content)
                .containsExactlyElementsOf(bank.stream().map(AnkiRoundTripTest::content).toList());
        assertThat(back.get(0).sources()).singleElement().isEqualTo(
                new Source("deck.apkg", 1, "什么是梯度消失？", "anki", null, null, "qbank::深度学习"));
    }

    /**
     * exp27: what the learner sees of a link with a space, a citation with a line break or a backslash, and TeX in
     * either spelling; and what comes back. A link's href is its address as written (the sanitiser's {@code %20}
     * came back), a citation's line break is a break on the card (it showed a literal {@code <br>}).
     */
    @Test
    void theCardShowsReferencesAsWrittenAndReadsThemBack() throws Exception {
        List<Reference> refs = List.of(Reference.of("https://x.org/a b"), new Reference(null, "CLRS,\nchapter 7"),
                new Reference(null, "a <br> b \\ c"), new Reference("https://x.org/c d", "two\nlines"));
        Question q = question("What is a heap?").answer("A tree.").references(refs).build();
        Path file = dir.resolve("refs.apkg");
        List<Question> back = roundTrip(List.of(q), file);
        String[] fields = fields(file);
        assertThat(fields[7]).isEqualTo(
                "<a href=\"https://x.org/a b\" rel=\"noopener noreferrer\">https://x.org/a b</a><br />"
                + "<span class=\"qbank-citation\">CLRS,<br />chapter 7</span><br />"
                + "<span class=\"qbank-citation\">a &lt;br&gt; b \\ c</span><br />"
                + "<a href=\"https://x.org/c d\" rel=\"noopener noreferrer\">two<br />lines</a>");
        assertThat(back).singleElement().extracting(Question::references).isEqualTo(refs);
        // the source under the answer: the file's name, line and section, not the importing machine's folders
        assertThat(fields[6]).isEqualTo("x.md:1");
        assertThat(AnkiNoteBuilder.shown(new Source("../work/wt/x/seeds/003_dl.txt", 59, "q", "notion", null, null,
                "初级"))).isEqualTo("003_dl.txt:59 (初级)");
        assertThat(AnkiNoteBuilder.shown(new Source("C:\\banks\\a b.md", 3, "q", "qa", null, null, null)))
                .isEqualTo("a b.md:3");
    }

    /**
     * exp39: a merged question's sources share the meta line with its difficulty and topic, one {@code ·} between
     * each ({@code medium · Basics · a.md:10 · b.md:40}); a break before the second read as a line of its own.
     */
    @Test
    void aMergedQuestionsSourcesShareTheMetaLine() throws Exception {
        Question q = question("What is a heap?").answer("A tree.").sources(List.of(
                new Source("seeds/a.md", 10, "What is a heap?", "qa", null, null, "Basics"),
                new Source("/x/b.md", 40, "Heap?", "numbered", null, "https://example.org/b.md", null))).build();
        Path file = dir.resolve("sources.apkg");
        roundTrip(List.of(q), file);
        assertThat(fields(file)[6]).isEqualTo("a.md:10 (Basics) · <a href=\"https://example.org/b.md\" "
                + "rel=\"noopener noreferrer\">b.md:40</a>");
    }

    /**
     * exp29: a titled reference that is no web link shows its written text with its title's line breaks as breaks
     * (a literal {@code <br>} showed), and reads back whole; a citation or title holding MathJax's {@code \\(x\\)}
     * reads back as the bank had it (a reference is text, not Markdown: it came back as {@code $x$}).
     */
    @Test
    void referencesWithBreaksAndMathReadBackAsTheBankHadThem() throws Exception {
        List<Reference> refs = List.of(new Reference("doi:10.1000/9", "a\nb [c] \\ <d>"),
                new Reference(null, "Bishop, \\(\\sigma\\) and \\[x\\]"),
                new Reference("arxiv:1706.03762", "\\(x\\) attention"),
                new Reference("https://x.org/m", "the \\(k\\)-means page"));
        Question q = question("What is a DOI?").answer("An identifier.").references(refs).build();
        Path file = dir.resolve("doi.apkg");
        List<Question> back = roundTrip(List.of(q), file);
        String references = fields(file)[7];
        assertThat(references).doesNotContain("&lt;br").startsWith(
                "<span class=\"qbank-reference\">[a<br />b [c\\] \\\\ \\&lt;d&gt;](doi:10.1000/9)</span><br />");
        assertThat(back).singleElement().extracting(Question::references).isEqualTo(refs);
    }

    /**
     * exp27: inline math written {@code $x$} or {@code \(x\)} is one thing to a learner (a formula), and so is
     * displayed math written {@code $$x$$} or {@code \[x\]}: the card typesets both with Anki's MathJax delimiters,
     * and the bank reads the card's formula back in dollars, whichever spelling it was written in (see
     * {@link Question}). Before, {@code \(x\)} reached the card as {@code (x)}: Markdown's escaped parentheses.
     */
    @Test
    void mathInEitherSpellingIsTypesetAndComesBackInDollars() throws Exception {
        Question q = question("What is $x$ or \\(y\\)?").answer("Both: $$a^2$$ and \\[b_1\\], or `\\(code\\)`.")
                .build();
        Path file = dir.resolve("math.apkg");
        List<Question> back = roundTrip(List.of(q), file);
        String[] fields = fields(file);
        assertThat(fields[0]).isEqualTo("What is \\(x\\) or \\(y\\)?");
        assertThat(fields[2]).isEqualTo("<p>Both: \\[a^2\\] and \\[b_1\\], or <code>\\(code\\)</code>.</p>");
        assertThat(back).singleElement().satisfies(b -> {
            assertThat(b.question()).isEqualTo("What is $x$ or $y$?");
            assertThat(b.answer()).isEqualTo("Both: $$a^2$$ and $$b_1$$, or `\\(code\\)`.");
        });
    }

    private String[] fields(Path apkg) throws Exception {
        String flds = (String) ApkgContents.read(apkg, Files.createTempDirectory(dir, "apkg"))
                .rows("SELECT flds FROM notes").get(0).get("flds");
        return flds.split("\u001f", -1);
    }

    /** exp26: any references and aliases the generator makes read back as exported, in any order. */
    @Property(tries = 40)
    void anyReferencesAndAliasesReadBack(@ForAll("references") List<Reference> refs,
                                         @ForAll("aliases") List<String> aliases) throws Exception {
        Path tmp = Files.createTempDirectory("qbank-anki-roundtrip-");
        try {
            Question q = question("What is a heap?").answer("A tree.").explanation(aliases.size() == 1 ? null : "x")
                    .aliases(aliases).references(refs).build();
            List<Question> back = roundTrip(List.of(q), tmp.resolve("deck.apkg"));
            assertThat(back).extracting(AnkiRoundTripTest::content).containsExactly(content(q));
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<List<Reference>> references() {
        return ReferenceArbitraries.references().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> aliases() {
        return Arbitraries.of("How does it work?", "什么是 *堆*？", "`code` | x", "[x](https://x.org)",
                "$x^2$ 的导数", "List<String> 是什么？").list().uniqueElements().ofMaxSize(3);
    }

    private static List<Question> roundTrip(List<Question> bank, Path file) throws Exception {
        new AnkiExporter().export(new ExportRequest(file.getParent(), bank::stream, Map.of()), file);
        SourceDocument doc = SourceDocument.load(file, "deck.apkg");
        var importer = new FormatDetector(ImporterRegistry.standard()).detect(doc).importer();
        assertThat(importer.name()).isEqualTo("anki");
        List<Question> back = new ArrayList<>();
        importer.read(doc, back::add, w -> {
            throw new AssertionError("unexpected warning " + w);
        });
        return back;
    }

    private static Question.Builder question(String text) {
        return Question.builder(text).id("q-" + Integer.toHexString(text.hashCode() & 0xfffffff))
                .sources(List.of(new Source("seeds/x.md", 1, text, "qa", null, null, null)));
    }

    private static List<Object> content(Question q) {
        return Arrays.asList(q.question(), q.prompt(), q.answer(), q.explanation(), q.difficulty(), q.topic(),
                q.tags().stream().sorted().toList(), // Anki keeps a note's tags sorted
                q.references(), // titles too (imp24: a link's text read back as its title)
                q.aliases()); // exp26: under the explanation
    }
}
