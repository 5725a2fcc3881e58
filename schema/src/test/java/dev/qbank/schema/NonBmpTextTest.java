package dev.qbank.schema;

import static dev.qbank.schema.SchemaAgreementTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Characters outside the Basic Multilingual Plane (emoji, '𝔘') are two UTF-16 chars but one character. They must
 * never crash the reader, wherever they fall in the file, and a finding's column counts them as one: columns are
 * 1-based Unicode code points, as snakeyaml marks them.
 */
class NonBmpTextTest {
    private static final String ASTRAL = "😀𝔘";

    /**
     * The crash of seed 1697535345225986263: snakeyaml-engine 3.0.1 reads 1,025 chars at a time and threw
     * IndexOutOfBoundsException when a surrogate pair straddled the end of a chunk. Slide pairs over the first
     * two chunk boundaries.
     */
    @Test
    void aPairOnAReadBoundaryIsReadWhole() {
        for (int pad = 1000; pad <= 1060; pad++) {
            String answer = "a".repeat(pad) + "😀".repeat(40) + "b".repeat(900) + "𝔘".repeat(40);
            Question q = Question.builder("什么是 " + ASTRAL + "？").id("q-1").answer(answer).build();
            String yaml = BankStore.toYaml(q);
            assertThat(check(SchemaCheck.question(), yaml)).as("pad %d", pad).isEmpty();
            assertThat(QbankMapper.yaml().readValue(yaml, Question.class)).as("pad %d", pad).isEqualTo(q);
            assertThat(QbankMapper.yaml().readValue(yaml.getBytes(StandardCharsets.UTF_8), Question.class))
                    .as("pad %d, bytes", pad).isEqualTo(q);
        }
    }

    @Test
    void aQuestionWithAstralTextInEveryKindOfFieldValidates() {
        Question q = Question.builder("🤖 什么是 𝔘𝔫𝔦？")
                .id("q-astral")
                .prompt("😀")
                .answer("第一行 🧠\n\n- 𝔄 列表\n- 🇨🇳 flag\n")
                .topic("𝔗𝔬𝔭𝔦𝔠")
                .tags(List.of("🏷️", "𝔘"))
                .aliases(List.of("🤖？"))
                .references(List.of(new Reference("https://example.org/😀", "𝔗𝔦𝔱𝔩𝔢")))
                .sources(List.of(new Source("seeds/😀.txt", 3, "🤖 𝔘", null, null, null, "§ 😀")))
                .build();
        String yaml = BankStore.toYaml(q);
        assertThat(check(SchemaCheck.question(), yaml)).as(yaml).isEmpty();
        assertThat(QbankMapper.yaml().readValue(yaml, Question.class)).isEqualTo(q);
    }

    /** Each finding sits after astral characters on its line; its column counts each of them once. */
    @Test
    void columnsAfterAstralCharactersCountCodePoints() {
        String yaml = """
                id: q-1
                question: 😀𝔘 什么是 RNN？
                tags: ["😀𝔘", 5]
                aliases: ["𝔘", &a x]
                difficulty: 😀hard
                """;
        List<Diagnostic> found = check(SchemaCheck.question(), yaml);
        assertThat(found).extracting(d -> d.code() + "@" + d.line() + ":" + d.column()).containsExactlyInAnyOrder(
                "schema@3:14", // tags: ["😀𝔘", 5]  the 5 is the 14th character (16th UTF-16 char)
                "alias@4:16", // aliases: ["𝔘", &a x]  '&' is the 16th character (17th UTF-16 char)
                "schema@5:13"); // difficulty: 😀hard  the value starts at the 13th character
    }

    @Test
    void aSyntaxErrorAfterAnAstralCharacterIsLocatedInCodePoints() {
        List<Diagnostic> found = YamlDocument.read("q.yaml", "id: q-1\nquestion: 😀𝔘 a: b\n").diagnostics();
        assertThat(found).hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(d.code()).isEqualTo("yaml");
        // "question: 😀𝔘 a: b": the second ': ' is at character 15 (UTF-16 offset 17).
        assertThat(d.line() + ":" + d.column()).as(d.toString()).isEqualTo("2:15");
    }

    /** A lone high surrogate at the very end cannot be UTF-8 on disk, but a String can hold one: a finding. */
    @Test
    void aLoneHighSurrogateAtTheEndIsAFindingNotACrash() {
        for (int pad = 1010; pad <= 1030; pad++) {
            String yaml = "id: q-1\nquestion: " + "a".repeat(pad) + "\uD83D";
            List<Diagnostic> found = YamlDocument.read("q.yaml", yaml).diagnostics();
            assertThat(found).as("pad %d", pad).isNotEmpty().allMatch(d -> d.code().equals("yaml"));
        }
    }
}
