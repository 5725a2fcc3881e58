package dev.qbank.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.exporters.Golden;
import dev.qbank.exporters.SampleBank;
import dev.qbank.exporters.SourceOrderedBank;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.qbankmd.QbankMarkdownImporter;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownExporterTest {
    @TempDir
    Path dir;

    private String export() throws IOException {
        Path out = dir.resolve("bank.md");
        new MarkdownExporter().export(SampleBank.request(SampleBank.questions()), out);
        return Files.readString(out);
    }

    @Test
    void matchesGoldenFile() throws IOException {
        Golden.check("sample.md", export());
    }

    /**
     * A question a viewer would not show as written is not put in its heading verbatim: closing hashes
     * ({@code C, C++ or C #} showed as "C, C++ or C") and raw HTML ({@code List<String>} lost {@code <String>},
     * {@code <script>…} showed an empty heading), a Python special name ({@code __init__} showed as bold "init").
     * The heading is escaped, the question has its own section, and the book still reads back into the same
     * questions.
     */
    @Test
    void aHeadingShowsTheQuestionAsWrittenAndReadsBack() throws IOException {
        List<Question> bank = List.of(
                Question.builder("Rank C, C++ and C #").id("q-c").build(),
                Question.builder("什么是 ###").id("q-hashes").build(),
                Question.builder("What does List<String> mean?").id("q-generic").build(),
                Question.builder("<script>alert(1)</script>").id("q-script").build(),
                Question.builder("What does C# add to C++? #tag").id("q-csharp").build(),
                Question.builder("Python 中 __init__ 和 `__new__` 的区别？").id("q-dunder").build());
        Path out = dir.resolve("awkward.md");
        new MarkdownExporter().export(SampleBank.request(bank), out);
        String md = Files.readString(out);
        List<String> h3 = headings(md).stream().filter(h -> h.startsWith("3 ")).map(h -> h.substring(2)).toList();
        assertThat(h3).containsExactlyInAnyOrder("Rank C, C++ and C #", "什么是 ###", "What does List<String> mean?",
                "<script>alert(1)</script>", "What does C# add to C++? #tag", "Python 中 __init__ 和 `__new__` 的区别？");
        assertThat(md).contains("### What does C# add to C++? #tag\n");
        // a viewer showed bare __init__ as bold "init": the heading escapes it (and the code span's backticks)
        assertThat(md).contains("### Python 中 \\_\\_init\\_\\_ 和 \\`\\_\\_new\\_\\_\\` 的区别？\n");
        List<Question> back = new ArrayList<>();
        new QbankMarkdownImporter().read(SourceDocument.of(out, "awkward.md", Files.readAllBytes(out)), back::add,
                w -> {
                    throw new AssertionError("unexpected warning " + w);
                });
        assertThat(back).extracting(Question::question).containsExactlyInAnyOrderElementsOf(
                bank.stream().map(Question::question).toList());
    }

    /**
     * fix43 (export look 39, "Left"): the book's <em>Question</em> quote of {@code __init__} showed bold "init" and
     * hid {@code <String>} (a question is plain text, the quote Markdown); and {@code \\(y\\)} read "(y)" on GitHub,
     * in pandoc and in Obsidian. The quote escapes markup outside code spans, formulas are written between dollars
     * (which the three typeset), each field's comment names its coding, and the book reads back the same questions.
     */
    @Test
    void theBookWritesPlainQuestionsAndFormulasAsItsReadersShowThem() throws IOException {
        List<Question> bank = List.of(
                Question.builder("Python 中 __init__ 和 `__new__` 的区别？").id("q-dunder")
                        .answer("当 \\(y\\) 为标签时，损失为 \\[L = -\\sum_i y_i \\log p_i\\]，见 `\\(x\\)` 与 \\[1\\]。\n\n"
                                + "```tex\n\\(z\\)\n```").build(),
                Question.builder("What does List<String> *mean*?").id("q-generic")
                        .answer("Costs $5, and \\(y\\) stays: a dollar is in the field.").build());
        Path out = dir.resolve("plain.md");
        new MarkdownExporter().export(SampleBank.request(bank), out);
        String md = Files.readString(out);
        assertThat(md).contains("<!-- qbank:field question escaped -->\n> Python 中 \\_\\_init\\_\\_ 和 `__new__` 的区别？\n")
                .contains("<!-- qbank:field question escaped -->\n> What does List\\<String> \\*mean\\*?\n")
                .contains("<!-- qbank:field answer math -->\n> 当 $y$ 为标签时，损失为 $$L = -\\sum_i y_i \\log p_i$$，见 `\\(x\\)` 与 "
                        + "\\[1\\]。\n>\n> ```tex\n> \\(z\\)\n> ```\n")
                .contains("<!-- qbank:field answer -->\n> Costs $5, and \\(y\\) stays");
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        assertThat(html).contains("Python 中 __init__ 和 <code>__new__</code>").contains("List&lt;String&gt; *mean*?")
                .doesNotContain("<strong>init</strong>");
        List<Question> back = new ArrayList<>();
        new QbankMarkdownImporter().read(SourceDocument.of(out, "plain.md", Files.readAllBytes(out)), back::add,
                w -> {
                    throw new AssertionError("unexpected warning " + w);
                });
        assertThat(back).extracting(Question::id, Question::question, Question::answer).containsExactlyInAnyOrderElementsOf(
                bank.stream().map(q -> tuple(q.id(), q.question(), q.answer())).toList());
    }

    /**
     * exp29: a Chinese bank's book titles its own headings in Chinese (its last chapter read "Other questions"); a
     * question's labels follow its own language, English when it is none or unknown; the book reads back the same.
     */
    @Test
    void aChineseBankWritesItsOwnHeadingsInChinese() throws IOException {
        List<Question> bank = List.of(
                Question.builder("什么是梯度消失？").id("q-zh").language("zh-CN").topic("深度学习").answer("趋近于零。")
                        .difficulty(dev.qbank.model.Difficulty.EASY).build(),
                Question.builder("什么是过拟合？").id("q-zh2").language("zh").answer("泛化差。").build(),
                Question.builder("What is dropout?").id("q-en").language("en").answer("Zeroing.").build())
                .stream().map(q -> q.toBuilder().sources(List.of(new dev.qbank.model.Source("zh.txt", 1, q.question(),
                        "qa", null, null, null))).build()).toList();
        Path out = dir.resolve("zh.md");
        new MarkdownExporter().export(SampleBank.request(bank), out);
        String md = Files.readString(out);
        assertThat(headings(md)).containsExactly("1 题库", "2 目录", "2 1. 深度学习", "3 什么是梯度消失？", "4 答案",
                "2 2. 其他问题", "3 什么是过拟合？", "4 答案", "3 What is dropout?", "4 Answer");
        assertThat(md).contains("共 3 题，2 个主题。", "- [2. 其他问题](#2-其他问题) (2)", "- **难度：** easy");
        List<Question> back = new ArrayList<>();
        new QbankMarkdownImporter().read(SourceDocument.of(out, "zh.md", Files.readAllBytes(out)), back::add, w -> {
            throw new AssertionError("unexpected warning " + w);
        });
        assertThat(back).containsExactlyInAnyOrderElementsOf(bank);

        // an English bank, or one whose questions name no language, keeps English
        new MarkdownExporter().export(SampleBank.request(List.of(bank.get(0), bank.get(2),
                Question.builder("What is BN?").id("q-none").build())), out);
        assertThat(Files.readString(out)).contains("# Question bank", "## Contents", "2. Other questions", "#### 答案");
    }

    @Test
    void commonmarkSeesTopicsTableOfContentsAndOneSectionPerQuestion() throws IOException {
        Node doc = Parser.builder().build().parse(export());
        List<String> h2 = new ArrayList<>();
        List<String> h3 = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int[] quotes = {0};
        List<String> topLevelComments = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) {
                h2.add(text(h));
            } else if (n instanceof Heading h && h.getLevel() == 3) {
                h3.add(text(h));
            } else if (n instanceof BlockQuote) {
                quotes[0]++;
            } else if (n instanceof HtmlBlock html) {
                topLevelComments.add(html.getLiteral().strip().replaceAll(" \\{.*", ""));
            }
        }
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }
        });
        assertThat(h2).containsExactly("Contents", "1. Shell", "2. 深度学习", "3. Other questions");
        assertThat(h3).containsExactly("What does `*` mean | in a *glob*? #tag".replace("`*`", "*")
                .replace("*glob*", "glob"), "什么是梯度消失？", "What is dropout?", "multi-line question");
        // 2 + 1 + 1 + 2 (question text and answer of the multi-line one) field sections + prompt of the glob one
        assertThat(quotes[0]).isEqualTo(SampleBank.questions().stream().mapToInt(MarkdownExporterTest::fields).sum());
        assertThat(topLevelComments).startsWith("<!-- qbank:markdown v1 -->")
                .allMatch(c -> c.startsWith("<!-- qbank:"));
        assertThat(links).contains("#1-shell", "#2-深度学习", "#3-other-questions",
                "https://example.org/vanishing", "https://example.com/glob", "https://example.org/q/3");
        assertThat(links).noneMatch(l -> l.startsWith("javascript:"));
    }

    @Test
    void hostileContentStaysInsideItsQuote() throws IOException {
        String md = export();
        Node doc = Parser.builder().build().parse(md);
        // The only raw HTML outside block quotes is qbank's own comments.
        List<String> rawOutsideQuotes = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                // content: not inspected here
            }

            @Override
            public void visit(HtmlInline html) {
                rawOutsideQuotes.add(html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                rawOutsideQuotes.add(html.getLiteral());
            }
        });
        assertThat(rawOutsideQuotes).allMatch(s -> s.startsWith("<!-- qbank:"));
        String html = HtmlRenderer.builder().build().render(doc);
        assertThat(html).doesNotContain("href=\"javascript:");
    }

    /**
     * A citation (a reference with a title and no url, {@code CLRS, chapter 7}) is shown as its text beside the
     * links, and the book reads back with it as a citation (imp22: such text was a url, offered as a link).
     */
    @Test
    void aCitationIsShownAsTextAndReadsBack() throws IOException {
        Question q = Question.builder("快排最坏情况的复杂度？").id("q-qs").answer("O(n²)")
                .references(List.of(new dev.qbank.model.Reference(null, "CLRS, chapter 7"),
                        dev.qbank.model.Reference.of("https://x.org/qs")))
                .build();
        Path out = dir.resolve("cited.md");
        new MarkdownExporter().export(SampleBank.request(List.of(q)), out);
        assertThat(Files.readString(out)).contains("- **References:** CLRS, chapter 7, [x.org/qs](<https://x.org/qs>)\n");
        List<Question> back = new ArrayList<>();
        new QbankMarkdownImporter().read(SourceDocument.load(out, "cited.md"), back::add, w -> { });
        assertThat(back).singleElement().extracting(Question::references).isEqualTo(q.references());
    }

    /**
     * A book written outside the bank folder (out/qbank.md, the default) showed every image broken: answers link
     * media relative to the bank, and the book copies answers as written. The listed files are copied beside it, the
     * answer's link is unchanged, and nothing that is not listed, or the bank's own copy, is touched.
     */
    @Test
    void theImagesAnAnswerShowsAreCopiedBesideTheBook() throws IOException {
        Path bank = Files.createDirectories(dir.resolve("bank/media/cnn"));
        Files.write(bank.resolve("lenet.png"), new byte[] {1, 2, 3});
        Files.write(bank.resolve("unlisted.png"), new byte[] {4});
        Question q = Question.builder("Describe LeNet-5.").id("q-lenet")
                .answer("![LeNet-5](media/cnn/lenet.png)\n\nTwo conv stages.")
                .media(List.of("media/cnn/lenet.png", "media/gone.png")).build();
        Path out = Files.createDirectories(dir.resolve("out")).resolve("qbank.md");
        new MarkdownExporter().export(new ExportRequest(dir.resolve("bank"), List.of(q)::stream, Map.of()), out);

        assertThat(Files.readString(out)).contains("> ![LeNet-5](media/cnn/lenet.png)\n");
        assertThat(dir.resolve("out/media/cnn/lenet.png")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(dir.resolve("out/media/cnn/unlisted.png")).doesNotExist();
        assertThat(dir.resolve("out/media/gone.png")).doesNotExist();

        Path inBank = dir.resolve("bank/book.md"); // written in the bank folder: its media are already beside it
        new MarkdownExporter().export(new ExportRequest(dir.resolve("bank"), List.of(q)::stream, Map.of()), inBank);
        assertThat(bank.resolve("lenet.png")).hasBinaryContent(new byte[] {1, 2, 3});
    }

    @Test
    void importsBackAsTheSameQuestions() throws IOException {
        String md = export();
        Path file = dir.resolve("bank.md");
        SourceDocument doc = SourceDocument.load(file, "out/bank.md");
        QbankMarkdownImporter importer = new QbankMarkdownImporter();
        assertThat(importer.sniff(doc)).isEqualTo(1.0);
        List<Question> back = new ArrayList<>();
        importer.read(doc, back::add, w -> { });
        assertThat(new HashSet<>(back)).isEqualTo(new HashSet<>(SampleBank.questions()));
        assertThat(md).startsWith("<!-- qbank:markdown v1 -->\n");
    }

    /** Ids are hashes: within a topic the book follows the sources (file, line), not the bank's id order. */
    @Test
    void eachTopicReadsInItsSourcesOrder() throws IOException {
        Path out = dir.resolve("ordered.md");
        new MarkdownExporter().export(SampleBank.request(SourceOrderedBank.questions()), out);
        List<Question> back = new ArrayList<>();
        new QbankMarkdownImporter().read(SourceDocument.load(out, "ordered.md"), back::add, w -> { });
        assertThat(back).extracting(Question::id).containsExactlyElementsOf(SourceOrderedBank.SOURCE_ORDER);
    }

    @Test
    void slugsFollowGithubStyle() {
        assertThat(MarkdownText.slug("1. 深度学习")).isEqualTo("1-深度学习");
        assertThat(MarkdownText.slug("2. C++ & Rust!")).isEqualTo("2-c--rust");
    }

    private static int fields(Question q) {
        int n = 0;
        for (String s : new String[] {q.prompt(), q.answer(), q.explanation()}) {
            n += s == null || s.isEmpty() ? 0 : 1;
        }
        return n + (QuestionBlock.isHeadingSafe(q.question()) ? 0 : 1);
    }

    /** Every heading of a Markdown text, as its level, a space and its text ({@code 3 什么是…}). */
    private static List<String> headings(String md) {
        List<String> headings = new ArrayList<>();
        Parser.builder().build().parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading.getLevel() + " " + text(heading));
            }
        });
        return headings;
    }

    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }
}
