package dev.qbank.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.Importer;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.qbankjson.QbankJsonImporter;
import dev.qbank.importers.qbankmd.QbankMarkdownImporter;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * imp25: references with a title only, a url only and both, with the characters that end a Markdown link or a JSON
 * string ({@code ]}, {@code )}, {@code |}, {@code <}, a space in the url, a CJK title), go out as valid Markdown and
 * JSON and read back equal. Only a web address is ever a live link; a {@code javascript:} url is text.
 */
class OddReferencesTest {
    private static final List<Reference> ODD = List.of(
            new Reference(null, "《深度学习》第6章 ] ) | <b>"),
            Reference.of("https://x.org/a b"),
            Reference.of("https://en.wikipedia.org/wiki/Heap_(data_structure)"),
            new Reference("https://x.org/p?a=1&b=<2>", "a ] b ) c | d <i>x</i> 堆"),
            new Reference("https://x.org/q|r", "[nested] title\\"),
            new Reference("doi:10.1000/182", "The DOI Handbook"),
            new Reference("arxiv:1706.03762", "Attention Is All You Need"),
            new Reference("mailto:editor@example.org", "the editor"),
            new Reference("javascript:alert(1)", "click ](javascript:alert(2))"),
            Reference.of("javascript:alert(3)"),
            new Reference(null, "Note:see chapter 3"));

    @TempDir
    Path dir;

    private List<Question> bank() {
        return List.of(Question.builder("什么是堆？").id("q-heap").answer("A tree.").references(ODD)
                .sources(List.of(new Source("seeds/x.md", 1, "什么是堆？", "qa", null, null, null))).build());
    }

    @Test
    void markdownKeepsOnlyWebLinksLiveAndReadsBack() throws IOException {
        Path out = export("markdown");
        String md = Files.readString(out);
        String line = md.lines().filter(l -> l.startsWith("- **References:**")).findFirst().orElseThrow();
        Node doc = Parser.builder().build().parse(line);
        List<String> links = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                StringBuilder sb = new StringBuilder();
                link.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        sb.append(text.getLiteral());
                    }
                });
                texts.add(sb.toString());
            }
        });
        // the web links, each showing its title (or its label), nothing else linked: not a url with a space or '<'
        // (shown as its text; the block's metadata keeps it)
        assertThat(links).containsExactly("https://en.wikipedia.org/wiki/Heap_(data_structure)", "https://x.org/q|r");
        assertThat(texts).containsExactly("en.wikipedia.org/wiki/Heap_(data_structure)", "[nested] title\\");
        assertThat(line).contains("a \\] b ) c \\| d \\<i\\>x\\</i\\> 堆", "《深度学习》第6章 \\] ) \\| \\<b\\>");
        // exp26: a titled reference that is no web link shows the reader its address too, as text, not as a link
        assertThat(line).contains("The DOI Handbook (doi:10.1000/182)",
                "Attention Is All You Need (arxiv:1706.03762)", "the editor (mailto:editor@example.org)",
                "click \\](javascript:alert(2)) (javascript:alert(1))");
        assertThat(HtmlRenderer.builder().build().render(Parser.builder().build().parse(md)))
                .doesNotContain("href=\"javascript:", "<b>", "<i>");
        assertThat(readBack(out, new QbankMarkdownImporter())).isEqualTo(bank());
    }

    @Test
    void jsonIsValidAndReadsBack() throws IOException {
        Path out = export("json");
        JsonNode refs = QbankMapper.json().readTree(Files.readString(out)).findValue("references");
        assertThat(refs).hasSize(ODD.size());
        assertThat(refs.get(3).get("title").asText()).isEqualTo("a ] b ) c | d <i>x</i> 堆");
        assertThat(refs.get(1).get("url").asText()).isEqualTo("https://x.org/a b");
        assertThat(readBack(out, new QbankJsonImporter())).isEqualTo(bank());
    }

    private Path export(String format) throws IOException {
        Path out = dir.resolve("bank." + format);
        ExporterRegistry.standard().require(format).export(new ExportRequest(dir, bank()::stream, Map.of()), out);
        return out;
    }

    private static List<Question> readBack(Path file, Importer importer) throws IOException {
        List<Question> back = new ArrayList<>();
        importer.read(SourceDocument.load(file, file.getFileName().toString()), back::add, w -> {
            throw new AssertionError("unexpected warning " + w);
        });
        return back;
    }
}
