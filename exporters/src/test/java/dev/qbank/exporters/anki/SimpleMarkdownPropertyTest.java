package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The multi-line fast path ({@link SimpleMarkdown}) writes exactly what commonmark + the sanitiser + the clean-up
 * write, for random texts built from lines around its boundary: list markers it takes and markers it must refuse,
 * {@code **} pairs placed well and badly, blank lines, indentation, trailing spaces and the characters
 * {@link PlainText} refuses. The seed-bank comparison in {@code PlainTextPropertyTest} covers it too, since it
 * compares {@link CardHtml#render} (both fast paths) with the full path on every field.
 */
class SimpleMarkdownPropertyTest {
    private static final Map<String, String> NO_MEDIA = Map.of();

    private final CardHtml html = new CardHtml();

    private static final String PLAIN = "abcxyzABC0123456789 ,.;:?()/%$^=+@-'\"的是深度学习梯度？！，。：（）“”—…αé日本語한";

    private static final String ODD = "*_`[]<>&!#|~\\\t\r\u00a0\u3000\u200b\u0301\ud83d\ude00";

    @Provide
    Arbitrary<String> simpleish() {
        Arbitrary<String> plain = Arbitraries.strings().withChars(PLAIN.toCharArray()).ofMinLength(0).ofMaxLength(16);
        Arbitrary<String> word = Arbitraries.strings().withChars("ab深度Z9".toCharArray()).ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> odd = Arbitraries.strings().withChars(ODD.toCharArray()).ofMinLength(1).ofMaxLength(2);
        Arbitrary<String> strong = Combinators.combine(Arbitraries.of("**", "**", "*", "***", "__", "** ", "`"), word,
                        Arbitraries.of("**", "**", "*", "***", "__", " **", "`"))
                .as((a, w, b) -> a + w + b);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, plain), net.jqwik.api.Tuple.of(3, strong),
                net.jqwik.api.Tuple.of(1, odd), net.jqwik.api.Tuple.of(1, Arbitraries.of("**", "*", " ", "  ")));
        Arbitrary<String> content = piece.list().ofMinSize(1).ofMaxSize(4).map(ps -> String.join("", ps));
        Arbitrary<String> marker = Arbitraries.of("", "", "", "- ", "- ", "1. ", "1. ", "2. ", "10. ", "0. ", "01. ",
                "1234567890. ", "* ", "+ ", "1) ", "-", " ", "  ", "    ", "# ", "> ", "- - ", "- 1. ", "---", "===",
                "***", "\t");
        Arbitrary<String> line = Combinators.combine(marker, content).as((m, c) -> m + c);
        Arbitrary<String> separator = Arbitraries.of("\n", "\n", "\n\n", "\n\n", "\n\n\n", "  \n", " \n", "\n \n",
                "\r\n", "\n\n- ", "\n1. ");
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), separator.list().ofSize(6),
                Arbitraries.of("", "", "\n", "\n\n", " "), Arbitraries.of("", "", "\n", "\n\n", " "))
                .as((lines, seps, head, tail) -> {
                    StringBuilder sb = new StringBuilder(head);
                    for (int i = 0; i < lines.size(); i++) {
                        if (i > 0) {
                            sb.append(seps.get(i));
                        }
                        sb.append(lines.get(i));
                    }
                    return sb.append(tail).toString();
                });
    }

    /** Paragraphs and lists of the simple shape, then, half of the time, one edit that may break the shape. */
    @Provide
    Arbitrary<String> nearSimple() {
        Arbitrary<String> word = Arbitraries.strings().withChars("ab深度Z9，。：'\"".toCharArray())
                .ofMinLength(1).ofMaxLength(6);
        // characters that make a line start a marker, or end one
        Arbitrary<String> tricky = Arbitraries.strings().withChars("ab-+=.1)".toCharArray()).ofMinLength(1)
                .ofMaxLength(4);
        Arbitrary<String> strong = Arbitraries.strings().withChars("ab深度Z9".toCharArray()).ofMinLength(1)
                .ofMaxLength(4).map(w -> "**" + w + "**");
        Arbitrary<String> content = Combinators.combine(Arbitraries.oneOf(word, word, word, tricky, strong, strong).list().ofMinSize(1)
                        .ofMaxSize(4), Arbitraries.of("", " ")).as((ws, sep) -> String.join(sep, ws));
        Arbitrary<String> block = Combinators.combine(Arbitraries.of("", "- ", "1. "), content.list().ofMinSize(1)
                .ofMaxSize(3)).as((marker, lines) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < lines.size(); i++) {
                        sb.append(i > 0 ? "\n" : "").append(marker.equals("1. ") ? (i + 1) + ". " : marker)
                                .append(lines.get(i));
                    }
                    return sb.toString();
                });
        Arbitrary<String> text = block.list().ofMinSize(1).ofMaxSize(4).map(bs -> String.join("\n\n", bs));
        Arbitrary<String> edit = Arbitraries.of("", "", "", "", "", "\n", "\n\n", " ", "  ", "*", "**", "***", "- ",
                "1. ", "2. ", "* ", "#", "`", "_", "<b>", "&amp;", "\t", "\r", "\u00a0", "\u200b", "\u0301", "---",
                "\n---", "\n===", "\n    ", "\n- ", "\n1. ", "\n\n- ", "\n\n1. ", "  \n", "\\");
        return Combinators.combine(text, edit, Arbitraries.doubles().between(0, 1))
                .as((t, e, at) -> {
                    int i = (int) (at * t.length());
                    return t.substring(0, i) + e + t.substring(i);
                });
    }

    @Property(tries = 4000)
    void fastPathWritesWhatTheFullPathWritesNearTheShape(@ForAll("nearSimple") String text) {
        assertThat(html.render(text, NO_MEDIA)).as(text).isEqualTo(html.renderMarkdown(text, NO_MEDIA));
        assertThat(html.renderInline(text, NO_MEDIA)).as(text).isEqualTo(html.renderInlineMarkdown(text, NO_MEDIA));
        boolean single = PlainText.isPlain(AnkiText.nfc(text));
        Statistics.label("path").collect(single ? "plain" : SimpleMarkdown.render(AnkiText.nfc(text)) != null
                ? "simple" : "full");
        // the generator must reach the multi-line fast path often, or the comparison proves little
        Statistics.label("path").coverage(c -> c.check("simple").percentage(p -> p > 10));
    }

    @Property(tries = 4000)
    void fastPathWritesWhatTheFullPathWrites(@ForAll("simpleish") String text) {
        assertThat(html.render(text, NO_MEDIA)).as(text).isEqualTo(html.renderMarkdown(text, NO_MEDIA));
        assertThat(html.renderInline(text, NO_MEDIA)).as(text).isEqualTo(html.renderInlineMarkdown(text, NO_MEDIA));
    }

    /** The shape of most multi-line answers: a paragraph, then a numbered list with bold lead words, or bullets. */
    @Test
    void typicalAnswersTakeTheFastPath() {
        List<String> answers = List.of(
                "它通过逐层提取特征来学习数据的抽象表示。\n\n1. **要点一**：核心思想。\n2. **要点二**：常见的应用场景。",
                "- 数据量较大时效果明显，但需要注意过拟合。\n- 需要结合具体任务分析",
                "First line\nsecond line\n\n- a **bold** word\n- 2nd item\n\nLast paragraph.");
        for (String a : answers) {
            assertThat(SimpleMarkdown.render(a)).as(a).isNotNull().isEqualTo(html.renderMarkdown(a, NO_MEDIA));
        }
    }
}
