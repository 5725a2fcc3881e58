package dev.qbank.importers.qbankmd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.SourceDocument;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QbankMarkdownImporterTest {
    private final QbankMarkdownImporter importer = new QbankMarkdownImporter();

    private static SourceDocument doc(String text) {
        return SourceDocument.of(Path.of("book.md"), "book.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Question> read(String text) {
        List<Question> out = new ArrayList<>();
        importer.read(doc(text), out::add, w -> { });
        return out;
    }

    private String firstError(String text) {
        try {
            read(text);
        } catch (QbankException e) {
            return e.diagnostics().get(0).format();
        }
        throw new AssertionError("expected a QbankException");
    }

    private static final String BOOK = """
            <!-- qbank:markdown v1 -->

            # Question bank

            ## 1. 深度学习

            ### 什么是梯度消失？
            <!-- qbank:question {"id":"vg","topic":"深度学习","sources":[{"file":"s.txt","line":2,"text":"x"}]} -->

            - **Difficulty:** medium (readers only: ignored)

            #### Answer

            <!-- qbank:field answer -->
            > line one
            >
            > ## not a heading
            > <!-- qbank:field prompt -->

            ### second
            <!-- qbank:question {} -->
            """;

    @Test
    void readsQuestionsFromTheMarkerComments() {
        assertThat(importer.sniff(doc(BOOK))).isEqualTo(1.0);
        List<Question> qs = read(BOOK);
        assertThat(qs).hasSize(2);
        Question first = qs.get(0);
        assertThat(first.id()).isEqualTo("vg");
        assertThat(first.question()).isEqualTo("什么是梯度消失？");
        assertThat(first.answer()).isEqualTo("line one\n\n## not a heading\n<!-- qbank:field prompt -->");
        assertThat(first.prompt()).isNull();
        assertThat(first.difficulty()).isNull();
        assertThat(first.sources()).hasSize(1);
        // a hand-made entry without sources is traced to the book itself
        assertThat(qs.get(1).sources().get(0).citation()).isEqualTo("book.md:20");
    }

    @Test
    void refusesMarkdownThatIsNotAQbankExport() {
        assertThat(importer.sniff(doc("# Questions\n\n1. What?\n"))).isZero();
        assertThat(firstError("# Questions\n")).startsWith("book.md:1:").contains("not a qbank Markdown export");
    }

    @Test
    void namesTheLineOfBrokenStructure() {
        assertThat(firstError("<!-- qbank:markdown v1 -->\n\n### q\n<!-- qbank:question {\"id\": } -->\n"))
                .startsWith("book.md:4:").contains("invalid JSON");
        assertThat(firstError("<!-- qbank:markdown v1 -->\n\n<!-- qbank:question {} -->\n"))
                .startsWith("book.md:3:").contains("directly follow");
        assertThat(firstError("<!-- qbank:markdown v1 -->\n\n### q\n<!-- qbank:question {} -->\n\n"
                + "<!-- qbank:field answer -->\nnot quoted\n")).startsWith("book.md:6:").contains("block quote");
        assertThat(firstError("<!-- qbank:markdown v1 -->\n\n<!-- qbank:whatever -->\n"))
                .startsWith("book.md:3:").contains("unknown qbank marker");
        assertThat(firstError("<!-- qbank:markdown v1 -->\n\n### q\n<!-- qbank:question {\"anwser\":\"x\"} -->\n"))
                .startsWith("book.md:4:").contains("anwser");
        assertThat(firstError("<!-- qbank:markdown v1 -->\n\n### q\n<!-- qbank:question {} -->\n\n"
                + "<!-- qbank:field answer -->\n> a\n\n<!-- qbank:field answer -->\n> b\n"))
                .startsWith("book.md:9:").contains("two 'answer' sections");
    }
}
