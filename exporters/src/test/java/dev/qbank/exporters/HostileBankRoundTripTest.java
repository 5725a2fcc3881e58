package dev.qbank.exporters;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * exp29: one invented bank of what breaks writers and readers, exported in each of the four formats and read back with
 * qbank's own importer for it. qbank's JSON, JSON Lines and Markdown carry every field (ids, sources, conflicts,
 * language included) and must give the very same questions. A sheet and an Anki package carry the text fields,
 * difficulty, topic, tags, aliases and references; what they cannot carry is named where it is left out: ids, sources
 * and conflicts (made anew or lost, as for any sheet or deck), the language (the anki import guesses it), and the
 * media list in a sheet; a package holds its media flat, so their names and the text's image links come back
 * without folders. A sheet splits tags at commas (every tabular format reads a tag cell so); Anki sorts tags.
 */
class HostileBankRoundTripTest {
    @TempDir
    Path dir;

    static final String LONG = "长答案 long answer 😀 ".repeat(1500).strip();

    static List<Question> bank() {
        return List.of(
                question("q-code", "What does `<script>` do in ```fenced``` code?")
                        .answer("Code:\n\n```python\nprint(\"<script>alert(1)</script>\")  # 注释\n```\n\n"
                                + "| a | b |\n| --- | --- |\n| 1 | 2 |\n\nMath \\(x^2\\) and $y_1$, \\[E=mc^2\\].\n\n"
                                + "<script>alert(1)</script> and [bad](javascript:alert(1)) 😀👍🏽")
                        .explanation("> quoted\n>\n> - item\n\n1. one\n2. two")
                        .difficulty(Difficulty.EASY).topic("深度学习 / CNN").tags(List.of("attention mechanism", "C++"))
                        .language("en").aliases(List.of("What is `<script>`?", "什么是 *脚本*？"))
                        .references(List.of(new Reference("doi:10.1000/9", "two\nlines"),
                                new Reference(null, "Bishop, \\(\\sigma\\) notation"),
                                new Reference("https://x.org/a b", "链接 [1]")))
                        .build(),
                question("q-rtl", "ما هو التعلم العميق؟ מה זה למידה עמוקה?")
                        .answer("first line\r\nsecond line\r\n\r\nשלום עולם").difficulty(Difficulty.MEDIUM)
                        .topic("لغات").tags(List.of("rtl", "عربي")).language("ar").build(),
                question("q-media", "What does the diagram show?")
                        .answer("See ![diagram](media/diagram.png).").difficulty(Difficulty.HARD).topic("CV/检测")
                        .media(List.of("media/diagram.png")).language("en").build(),
                question("q-long", "什么是梯度消失？").prompt("请结合 **RNN** 说明。").answer(LONG)
                        .tags(List.of("反向传播")).language("zh-CN").build(),
                question("q-bare", "No topic, no answer").build());
    }

    private static Question.Builder question(String id, String text) {
        return Question.builder(text).id(id).sources(List.of(new Source("seeds/x.md", 1 + Math.abs(id.hashCode() % 90),
                text, "qa", null, null, null)));
    }

    private Path bankDir() throws IOException {
        Path bank = dir.resolve("bank");
        Files.createDirectories(bank.resolve("media"));
        Files.write(bank.resolve("media/diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        return bank;
    }

    @Test
    void jsonJsonLinesAndMarkdownGiveTheSameQuestions() throws IOException {
        for (String format : List.of("json", "jsonl", "markdown")) {
            assertThat(roundTrip(format)).as(format).containsExactlyInAnyOrderElementsOf(bank());
        }
    }

    @Test
    void aSheetGivesWhatItCarries() throws IOException {
        List<Question> back = roundTrip("xlsx");
        assertThat(back).extracting(HostileBankRoundTripTest::carried).containsExactlyInAnyOrderElementsOf(
                bank().stream().map(q -> carried(q.toBuilder().media(List.of()).build())).toList());
    }

    @Test
    void anAnkiPackageGivesWhatItCarries() throws IOException {
        List<Question> back = roundTrip("anki");
        assertThat(back).extracting(HostileBankRoundTripTest::carried).containsExactlyInAnyOrderElementsOf(
                bank().stream().map(q -> carried(q.toBuilder()
                        // a code span comes back with the fewest backticks its text needs; TeX in dollars (the card
                        // typesets \(x\) and $x$ alike, see AnkiRoundTripTest); images by the package's flat names
                        .question(q.question().replace("```fenced```", "`fenced`"))
                        .answer(q.answer() == null ? null : q.answer().replace("(media/", "(")
                                .replace("\\(x^2\\)", "$x^2$").replace("\\[E=mc^2\\]", "$$E=mc^2$$"))
                        .tags(q.tags().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList())
                        .media(q.media().stream().map(m -> m.substring(m.lastIndexOf('/') + 1)).toList()).build()))
                        .toList());
    }

    private List<Question> roundTrip(String format) throws IOException {
        Path bank = bankDir();
        Exporter exporter = ExporterRegistry.standard().require(format);
        Path file = dir.resolve("export." + exporter.extension());
        List<Question> questions = bank();
        exporter.export(new ExportRequest(bank, questions::stream, Map.of()), file);
        SourceDocument doc = SourceDocument.load(file, file.getFileName().toString());
        var importer = new FormatDetector(ImporterRegistry.standard()).detect(doc).importer();
        List<Question> back = new ArrayList<>();
        importer.read(doc, back::add, w -> {
            throw new AssertionError(format + ": unexpected warning " + w);
        });
        return back;
    }

    /** What a sheet or a package carries of a question (tags as the format gives them back). */
    private static List<Object> carried(Question q) {
        return Arrays.asList(q.question(), q.prompt(), q.answer(), q.explanation(), q.difficulty(), q.topic(),
                q.tags(), q.aliases(), q.references(), q.media());
    }
}
