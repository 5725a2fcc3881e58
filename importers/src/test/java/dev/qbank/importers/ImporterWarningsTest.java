package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** What the importers say about rows and lines they cannot use: a warning with a line, or an error naming the file. */
class ImporterWarningsTest {
    private static final ImporterRegistry REGISTRY = ImporterRegistry.standard();

    static List<Diagnostic> warnings(String format, String text) {
        List<Diagnostic> warnings = new ArrayList<>();
        REGISTRY.require(format).read(doc(text), q -> { }, warnings::add);
        return warnings;
    }

    static SourceDocument doc(String text) {
        return SourceDocument.of(Path.of("x.md"), "x.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tableWarnsAboutUnknownDifficultyRowsWithoutQuestionAndTablesWithoutQuestionColumn() throws Exception {
        Golden.Result r = Golden.read(REGISTRY.require("table"), Golden.FIXTURES.resolve("table/reordered-english.md"), "t");
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("difficulty", 10));
        Golden.Result two = Golden.read(REGISTRY.require("table"), Golden.FIXTURES.resolve("table/two-tables.md"), "t");
        assertThat(two.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("no-question-column", 10),
                org.assertj.core.groups.Tuple.tuple("empty-question", 19));
    }

    @Test
    void tableWithoutQuestionColumnIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> warnings("table", "| a | b |\n|---|---|\n| 1 | 2 |\n"))
                .isInstanceOf(QbankException.class).hasMessageContaining("x.md:1").hasMessageContaining("question column");
        assertThatThrownBy(() -> warnings("table", "just text\n"))
                .isInstanceOf(QbankException.class).hasMessageContaining("no Markdown table");
    }

    /**
     * A page of questions marked in no shape qbank reads, with a table in one answer, was refused as a table bank
     * whose header lacked a question column: renaming that header would only have made the answer's rows questions.
     */
    @Test
    void aTableInsideAPageOfTextSaysWhereTheQuestionsAre() {
        String page = "# 网络\n\n▶ TCP 和 UDP 的区别？\n\n| | TCP | UDP |\n|---|---|---|\n| 连接 | 有 | 无 |\n\n"
                + "▶ 什么是 ARP？\n\n地址解析协议。\n";
        assertThat(Golden.detect(page)).isEqualTo("table");
        assertThatThrownBy(() -> warnings("table", page)).isInstanceOf(QbankException.class)
                .hasMessageContaining("x.md:5").hasMessageContaining("mark the questions as qbank reads them");
        // a bank table with an introduction is still told only to name its question column
        assertThatThrownBy(() -> warnings("table", "整理的题目如下。\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n"))
                .isInstanceOf(QbankException.class).hasMessageContaining("question column")
                .hasMessageNotContaining("mark the questions");
    }

    @Test
    void emptyNumberedItemIsAWarningNotASilentSkip() {
        assertThat(warnings("numbered", "1. [](x)\n2. q\n")).extracting(Diagnostic::code).containsExactly("empty-question");
    }

    @Test
    void numberedDoesNotClaimTheRicherShapes() {
        var numbered = REGISTRY.require("numbered");
        assertThat(numbered.sniff(doc("### 1. What is X?\n\n1. a\n2. b\n"))).isZero();
        assertThat(numbered.sniff(doc("### Basics\n1. a\n2. b\n"))).isZero();
        // two or more, each right over its items: the rounds of an interview write-up, not questions
        assertThat(numbered.sniff(doc("### 一面\n1. a\n2. b\n### 二面\n1. c\n2. d\n"))).isGreaterThan(0.5);
        assertThat(numbered.sniff(doc("Q1：***x***\n1. a\n2. b\n"))).isLessThanOrEqualTo(0.5);
        assertThat(numbered.sniff(doc("| 题目 |\n| --- |\n| a |\n1. a\n2. b\n"))).isZero();
        assertThat(numbered.sniff(doc("# Title\n\n1. a\n2. b\n"))).isGreaterThan(0.8);
    }

    @Test
    void aPlainListOfQNumberedLinesIsANumberedListItsTitleLineThePreamble() {
        String list = "深度学习面试题\n\nQ1. 什么是梯度下降？\nQ2. 什么是动量？\nQ3: 什么是 Adam？\n";
        FormatDetector detector = new FormatDetector(REGISTRY);
        assertThat(detector.detect(doc(list)).importer().name()).isEqualTo("numbered");
        // the plain title line is text above the first question: said once, as qa and notion say theirs
        assertThat(warnings("numbered", list)).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("preamble", 1));
        assertThat(warnings("numbered", "# 深度学习面试题\n\n" + list.substring(list.indexOf('Q')))).isEmpty();
        // with answers under the Q-lines it is a Notion page's shape
        assertThat(detector.detect(doc("Q1: 什么是卷积？\n卷积是线性运算。\n\nQ2: 什么是池化？\n下采样。\n")).importer().name())
                .isEqualTo("notion");
    }

    /**
     * A PDF pasted as text keeps its page numbers as lines of their own: each shape leaves them out of the answers
     * and says once per file how many, from the first one's line.
     */
    @Test
    void pageNumbersOfAPdfPasteAreOneWarningPerFile() throws Exception {
        assertOneWarning("numbered/pdf-page-numbers.md", "page-number", 7, "4 lines inside answers");
        assertOneWarning("chapters/pdf-page-numbers.txt", "page-number", 5, "3 lines");
        // between the parts of a table split over pages: page numbers, not notes outside the tables
        assertOneWarning("table/pdf-page-numbers.md", "page-number", 8, "3 lines between the tables");
        Golden.Result qa = Golden.readText(REGISTRY.require("qa"), """
                ## Q: What does a load balancer do?

                A: It spreads requests over several servers.

                Page 3 of 40

                Health checks take a failed server out of the pool.

                ## Q: How many layers has the OSI model?

                A: 7
                """);
        assertThat(qa.questions()).extracting(Question::answer).containsExactly(
                "It spreads requests over several servers.\n\nHealth checks take a failed server out of the pool.",
                "7");
        assertThat(qa.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("page-number", 5));
        // between a question's heading and its label, where it parted the two: the question was lost
        Golden.Result parted = Golden.readText(REGISTRY.require("qa"), "## Q: What is CORS?\n\n- 7 -\n\nA: Cross-origin "
                + "sharing.\n\n## Q: What is CSRF?\n\nA: A forged request.\n");
        assertThat(parted.questions()).extracting(Question::question).containsExactly("What is CORS?", "What is CSRF?");
        assertThat(parted.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("page-number", 3));
    }

    /**
     * A closing note to the reader after the last item ("注：以上答案仅供参考", "Note: answers are my own") is the page's
     * footer, not the last answer; a closing line of the answer's own ("以上都是…", "注：上述代码…") stays.
     */
    @Test
    void aClosingNoteToTheReaderIsThePagesFooter() throws Exception {
        assertOneWarning("numbered/readers-note.md", "footer", 19, "the closing note to the reader");
        Golden.Result qa = Golden.readText(REGISTRY.require("qa"), """
                **Q: What is a closure?**

                A: A function together with the variables it captured.

                **Q: What is hoisting?**

                A: Declarations are moved to the top of their scope.

                Note: answers are my own, corrections welcome.
                """);
        assertThat(qa.questions()).extracting(Question::answer).containsExactly(
                "A function together with the variables it captured.", "Declarations are moved to the top of their scope.");
        assertThat(qa.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("footer", 9));
        Golden.Result kept = Golden.readText(REGISTRY.require("numbered"),
                "1. 如何遍历 Map？\n\n用 entrySet。\n\n2. 如何排序 List？\n\n用 Collections.sort。\n\n注：上述代码需要 Java 8。\n");
        assertThat(kept.questions().get(1).answer()).isEqualTo("用 Collections.sort。\n\n注：上述代码需要 Java 8。");
        assertThat(kept.warnings()).isEmpty();
        // a README's closing request to star it or that it is updated
        for (String note : List.of("> 本文持续更新，欢迎 Star ⭐", "If this helped you, give it a star!", "*未完待续*")) {
            Golden.Result readme = Golden.readText(REGISTRY.require("numbered"),
                    "1. **什么是 CDN？**\n\n   内容分发网络。\n\n2. **什么是 DNS？**\n\n   域名解析。\n\n" + note + "\n");
            assertThat(readme.questions().get(1).answer()).as(note).isEqualTo("域名解析。");
            assertThat(readme.warnings()).extracting(Diagnostic::code).containsExactly("footer");
        }
    }

    /** A web page saved as HTML is refused, naming the file and line and how to convert it, not read as Markdown. */
    @Test
    void aSavedHtmlPageIsRefusedWithHowToConvertIt() {
        FormatDetector detector = new FormatDetector(REGISTRY);
        String page = "\uFEFF<!-- saved from url=(0042)https://example.org/interview -->\n<!DOCTYPE html>\n"
                + "<html lang=\"zh\"><head><title>面试题</title></head><body><ol><li>什么是 JVM？</li></ol></body></html>\n";
        SourceDocument doc = SourceDocument.of(Path.of("saved.html"), "web/saved.html",
                page.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> detector.detect(doc)).isInstanceOfSatisfying(QbankException.class, e ->
                assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo("html");
                    assertThat(d.file()).isEqualTo("web/saved.html");
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.message()).contains("pandoc -f html -t gfm \"saved.html\" -o \"saved.md\"");
                }));
        // HTML inside a Markdown page is only some of its markup
        assertThat(Golden.detect("1. 什么是 JVM？\n\n<html> 标签是页面的根。\n\n2. 什么是 GC？\n\n垃圾回收。\n"))
                .isEqualTo("numbered");
    }

    /**
     * A PDF paste repeats the running header (the title) and a watermark line at each page break: left out of the
     * answers, said once; a title that is only mentioned in an answer's sentence stays.
     */
    @Test
    void aPdfsRunningHeaderAndWatermarkAreOneWarningPerFile() throws Exception {
        Golden.Result paste = Golden.read(REGISTRY.require("numbered"),
                Golden.FIXTURES.resolve("numbered/pdf-running-header.txt"), "numbered/pdf-running-header.txt");
        // the title on the first line, above the first question, is the preamble; its repeats are the page's header
        assertThat(paste.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("preamble", 1), org.assertj.core.groups.Tuple.tuple("page-header", 7));
        assertThat(paste.warnings().get(1).message()).startsWith("5 lines");
        Golden.Result once = Golden.readText(REGISTRY.require("numbered"), "# 数据结构面试题\n\n1. 什么是栈？\n\n"
                + "后进先出的线性表。\n\n2. 本文叫什么？\n\n数据结构面试题，也就是这份清单。\n");
        assertThat(once.warnings()).isEmpty();
        assertThat(once.questions().get(1).answer()).isEqualTo("数据结构面试题，也就是这份清单。");
    }

    /** A page's date stamp after the last item ("最后更新：2024-03-01", "Last updated: March 2024") is no answer. */
    @Test
    void aPagesDateStampIsNoAnswer() {
        Golden.Result numbered = Golden.readText(REGISTRY.require("numbered"),
                "1. 什么是盒模型？\n\ncontent、padding、border、margin。\n\n2. flex 和 grid 的区别？\n\n"
                        + "一维和二维布局。\n\n最后更新：2024-03-01\n");
        assertThat(numbered.questions().get(1).answer()).isEqualTo("一维和二维布局。");
        assertThat(numbered.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("footer", 9));
        Golden.Result qa = Golden.readText(REGISTRY.require("qa"), "### 1. What is a race?\n\nTiming decides.\n\n"
                + "### 2. What is a mutex?\n\nA lock.\n\n_Last updated: March 2024_\n");
        assertThat(qa.questions().get(1).answer()).isEqualTo("A lock.");
        assertThat(qa.warnings()).extracting(Diagnostic::code).containsExactly("footer");
    }

    /** The fixture {@code format/name} reads with one warning, {@code code} at {@code line}, whose message starts so. */
    private static void assertOneWarning(String fixture, String code, int line, String start) throws Exception {
        Golden.Result r = Golden.read(REGISTRY.require(fixture.substring(0, fixture.indexOf('/'))),
                Golden.FIXTURES.resolve(fixture), fixture);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(code);
            assertThat(w.line()).isEqualTo(line);
            assertThat(w.message()).startsWith(start);
        });
    }

    /** Whatever the text, an importer either reads it or throws a QbankException; nothing else escapes. */
    @Property(tries = 300)
    void importersNeverCrash(@ForAll String text) {
        if (text.isBlank() || text.indexOf('\0') >= 0) {
            return;
        }
        for (Importer importer : REGISTRY.all().values()) {
            importer.sniff(doc(text));
            try {
                List<Question> out = new ArrayList<>();
                importer.read(doc(text), out::add, w -> { });
                assertThat(out).allSatisfy(q -> assertThat(q.question()).isNotBlank());
            } catch (QbankException expected) {
                assertThat(expected.diagnostics()).isNotEmpty();
            }
        }
    }
}
