package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.ImportPipeline;
import dev.qbank.importers.ImportRequest;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain-text fast path of {@link CardHtml} writes exactly what commonmark + the sanitiser + its clean-up write,
 * for random strings around the predicate's boundary and for every field of the bundled seed bank.
 */
class PlainTextPropertyTest {
    private static final Map<String, String> NO_MEDIA = Map.of();

    private final CardHtml html = new CardHtml();

    @TempDir
    Path tmp;

    /** Characters that pass the predicate: ASCII words and punctuation, CJK, full-width punctuation, others. */
    private static final String PLAIN = "abcxyzABCXYZ0123456789 ,.;:?()/%$^=+@-'\""
            + "的是深度学习神经网络梯度消失什么？！，。、；：（）《》「」“”‘’—…・·€£¥°±×÷→≤≥αβγ∑√∞éüñçÅ日本語한국어";

    /** Characters near the boundary: markup, whitespace and invisible characters the predicate must refuse. */
    private static final String BOUNDARY = "{}*_`[]<>&!#|~\\\t\n\r\u00a0\u3000\u2028\u2029\u200b\u200d\ufeff\u0000"
            + "\u0007\u007f\u0085\ufffd\ufffe\ud83d\ude00\ud800\u0301\u00ad\ue000";

    @Provide
    Arbitrary<String> nearPlain() {
        Arbitrary<String> plain = Arbitraries.strings().withChars(PLAIN.toCharArray()).ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> odd = Arbitraries.strings().withChars(BOUNDARY.toCharArray()).ofMinLength(0).ofMaxLength(2);
        Arbitrary<String> prefix = Arbitraries.of("", "", "", "1. ", "1)", "12.5 ", "3 ", "- ", "-", "+", "=", "#",
                "> ", "    ", " ", "[sound:a.mp3]", "***", "---", "===", "|a|", "1", "一、", "Q: ", "http://x.y ");
        return Arbitraries.oneOf(
                plain,
                Combinators.combine(prefix, plain).as((p, s) -> p + s),
                Combinators.combine(plain, odd, plain).as((a, o, b) -> a + o + b),
                Combinators.combine(plain, Arbitraries.of(" ", "  ", "'", "\"", "@", "+")).as((a, b) -> a + b),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0020', '\u007e').ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u2000', '\u206f').ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMaxLength(30));
    }

    @Property(tries = 3000)
    void fastPathWritesWhatTheFullPathWrites(@ForAll("nearPlain") String text) {
        assertThat(html.render(text, NO_MEDIA)).isEqualTo(html.renderMarkdown(text, NO_MEDIA));
        assertThat(html.renderInline(text, NO_MEDIA)).isEqualTo(html.renderInlineMarkdown(text, NO_MEDIA));
    }

    @Property(tries = 3000)
    void linesWriteWhatTheSanitiserWrites(@ForAll("lines") List<CardHtml.Line> lines) {
        assertThat(html.lines(lines)).isEqualTo(slowLines(lines));
    }

    private String slowLines(List<CardHtml.Line> lines) {
        // what the sanitiser writes, a web link's parentheses kept as the address has them (exp26)
        return lines.isEmpty() ? "" : CardHtml.hrefsAsWritten(
                html.sanitize(String.join("<br>", lines.stream().map(CardHtml.Line::unsafeHtml).toList())), lines);
    }

    @Provide
    Arbitrary<List<CardHtml.Line>> lines() {
        Arbitrary<String> citation = Arbitraries.of("seeds/000_bank one.txt:3", "/tmp/pa/src/00009_numbered.txt:2838",
                "C:\\x\\a b.md:1", "seeds/[x]*y*#1|~!.txt:9", "seeds/深度学习.md:12");
        Arbitrary<String> label = Arbitraries.oneOf(citation, nearPlain(),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20));
        Arbitrary<String> url = Arbitraries.oneOf(
                Arbitraries.of("https://zhuanlan.example/p/448840", "https://bank.example/q/1/2", "http://a.b/c?d=e",
                        "https://", "http://x", "HTTPS://X.Y/", "https://a.b/%zz", "https://a.b/%41", "https://a@b:8/",
                        "https://a.b/x+y=z;w,v~u_t-s.r", "https://a.b/c//d", "https://a.b/::", "https://a.b/?@"),
                Combinators.combine(Arbitraries.of("https://", "http://"),
                        Arbitraries.strings().withCharRange('!', '~').ofMaxLength(20)).as((a, b) -> a + b),
                Combinators.combine(Arbitraries.of("https://", "http://"),
                        Arbitraries.strings().withChars("abc09/:.-_~?=+@%,;#&'\"<>é深 ".toCharArray())
                                .ofMaxLength(20)).as((a, b) -> a + b));
        Arbitrary<CardHtml.Line> line = Combinators.combine(label, url.injectNull(0.4)).as(CardHtml.Line::new);
        return line.list().ofMaxSize(4);
    }

    /** The sanitiser's order of rel values changes from one JVM to the next; the field must not. */
    @Test
    void linksCarryOneRelOrderOnBothPaths() {
        String link = "<a href=\"https://example.com/a\">a</a>";
        assertThat(html.sanitize(link)).isEqualTo("<a href=\"https://example.com/a\" rel=\"noopener noreferrer\">a</a>");
        assertThat(html.renderMarkdown("[a](https://example.com/a)", NO_MEDIA))
                .isEqualTo("<p><a href=\"https://example.com/a\" rel=\"noopener noreferrer\">a</a></p>");
        assertThat(html.lines(List.of(new CardHtml.Line("a", "https://example.com/a"))))
                .isEqualTo("<a href=\"https://example.com/a\" rel=\"noopener noreferrer\">a</a>");
    }

    @Property(tries = 2000)
    void tagsAreWhatTheTwoPatternsMakeOfThem(@ForAll("nearPlain") String raw) {
        assertThat(AnkiText.tag(raw)).isEqualTo(AnkiText.nfc(raw).strip().replaceAll("[\\s\\u3000\\u00a0]+", "_")
                .replaceAll("\\p{Cntrl}", ""));
    }

    @Property(tries = 500)
    void mostWordsAndSentencesAreRecognisedAsPlain(@ForAll("sentences") String text) {
        assertThat(PlainText.isPlain(text)).as(text).isTrue();
        assertThat(html.render(text, NO_MEDIA)).isEqualTo(html.renderMarkdown(text, NO_MEDIA));
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcXYZ深度学习梯度是什么0123456789".toCharArray())
                .ofMinLength(1).ofMaxLength(8);
        return word.list().ofMinSize(1).ofMaxSize(8).map(ws -> "Q" + String.join(" ", ws) + "？");
    }

    @Test
    void everyFieldOfTheSeedBankRendersAlikeOnBothPaths() {
        Path bank = tmp.resolve("bank");
        new ImportPipeline(ImporterRegistry.standard()).run(new ImportRequest(List.of("../seeds"), bank, null));
        List<Question> questions = new BankStore(bank).readAll();
        assertThat(questions).hasSizeGreaterThan(100);
        int plain = 0;
        int texts = 0;
        for (Question q : questions) {
            List<String> fields = new ArrayList<>(List.of(q.question(), q.id()));
            for (String s : new String[] {q.prompt(), q.answer(), q.explanation(), q.topic()}) {
                if (s != null) {
                    fields.add(s);
                    fields.addAll(List.of(s.split("\n")));
                }
            }
            fields.addAll(q.tags());
            fields.addAll(q.aliases());
            q.sources().stream().map(Source::text).forEach(fields::add);
            q.references().stream().map(Reference::title).forEach(fields::add);
            List<CardHtml.Line> lines = new ArrayList<>();
            q.sources().forEach(s -> lines.add(new CardHtml.Line(s.citation(), s.url())));
            q.references().forEach(r -> lines.add(new CardHtml.Line(r.title() == null ? r.url() : r.title(),
                    r.url())));
            assertThat(html.lines(lines)).isEqualTo(slowLines(lines));
            for (String f : fields) {
                if (f == null) {
                    continue;
                }
                texts++;
                plain += PlainText.isPlain(AnkiText.nfc(f)) ? 1 : 0;
                assertThat(html.render(f, NO_MEDIA)).as(f).isEqualTo(html.renderMarkdown(f, NO_MEDIA));
                assertThat(html.renderInline(f, NO_MEDIA)).as(f).isEqualTo(html.renderInlineMarkdown(f, NO_MEDIA));
            }
        }
        // the fast path must actually be taken for much of a real bank, or it buys nothing
        assertThat(plain).as(plain + " of " + texts).isGreaterThan(texts / 4);
    }
}
