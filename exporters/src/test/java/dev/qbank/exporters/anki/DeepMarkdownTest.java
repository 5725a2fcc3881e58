package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.BankStore;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pathologically nested Markdown or HTML is refused with one line, never a stack overflow. */
class DeepMarkdownTest {
    @TempDir
    Path tmp;

    static List<String> hostile() {
        return List.of("> ".repeat(5_000) + "x", "- ".repeat(3_000) + "y", "*".repeat(20_000) + "z" + "*".repeat(20_000),
                "_".repeat(40_000) + "z" + "_".repeat(40_000), "[".repeat(50_000) + "a", "<div>".repeat(100_000) + "x",
                "<b>".repeat(100_000) + "x", "1. ".repeat(3_000) + "z", "`".repeat(100_000));
    }

    @Test
    void everyHostileTextIsRenderedOrRefusedCleanly() {
        CardHtml html = new CardHtml();
        for (String text : hostile()) {
            try {
                String out = html.render(text, Map.of());
                CardHtmlSafetyTest.assertSafe(out);
            } catch (CardHtml.TooDeep expected) {
                assertThat(expected.getMessage()).contains("nested");
            }
        }
    }

    @Test
    void exportNamesTheQuestionAndTheField() {
        BankStore store = TestBanks.write(tmp.resolve("bank"), List.of(
                Question.builder("ok").id("ok").answer("fine").build(),
                Question.builder("deep").id("deep").explanation("> ".repeat(5_000) + "x").build()));
        assertThatThrownBy(() -> TestBanks.export(store, tmp.resolve("d.apkg"), Map.of()))
                .isInstanceOf(QbankException.class)
                // the file as every export message names it (media refusals, broken files): the bank's path joined
                .hasMessageStartingWith(store.questionFile("deep") + ": error[markdown]: explanation is Markdown nested");
        assertThat(tmp.resolve("d.apkg")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyFile());
    }

    @Test
    void everyProblemOfTheExportIsReportedInFileOrder() {
        BankStore store = TestBanks.write(tmp.resolve("bank"), List.of(
                Question.builder("z").id("z-deep").answer("> ".repeat(500) + "x").build(),
                Question.builder("fine").id("fine").answer("fine").build(),
                Question.builder("a").id("a-media").media(List.of("../a.png", "/abs.png")).build(),
                Question.builder("m").id("m-deep").prompt("- ".repeat(500) + "y").build()));
        assertThatThrownBy(() -> TestBanks.export(store, tmp.resolve("d.apkg"), Map.of()))
                .isInstanceOfSatisfying(QbankException.class, e -> assertThat(e.diagnostics())
                        .extracting(d -> d.file() + " " + d.code())
                        .containsExactly(store.questionFile("a-media") + " media-path",
                                store.questionFile("a-media") + " media-path", store.questionFile("m-deep") + " markdown",
                                store.questionFile("z-deep") + " markdown"));
    }

    @Test
    void ordinaryNestingIsFine() {
        String nested = "> quote\n>> inner\n\n- a\n  - b\n    - c\n\n***bold italic*** and `code`";
        assertThat(new CardHtml().render(nested, Map.of())).contains("<blockquote>").contains("<code>code</code>");
    }
}
