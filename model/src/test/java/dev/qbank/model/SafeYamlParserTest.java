package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

class SafeYamlParserTest {
    static List<String> findings(String yaml) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = SafeYamlParser.collecting(yaml,
                (code, where, message) -> out.add(code + "@" + where.getLineNr() + ":" + where.getColumnNr()))) {
            QbankMapper.yaml().readTree(p);
        }
        return out;
    }

    @Test
    void reportsAnchorsAliasesTagsAndDuplicateKeysWithTheirLines() {
        assertThat(findings("a: &x [1]\nb: *x\n")).containsExactly("alias@1:4", "alias@2:4");
        assertThat(findings("a: &x 1\nb: *x\nc: &m\n  d: 1\n")).containsExactly("alias@1:4", "alias@2:4", "alias@3:4");
        assertThat(findings("a: !!binary aGk=\nb: !foo x\nc: !!str 3\n"))
                .containsExactly("tag@1:4", "tag@2:4", "tag@3:4");
        assertThat(findings("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n"))
                .containsExactly("duplicate-key@4:3", "duplicate-key@5:1");
        assertThat(findings("a: [1, {b: 2}]\nc: {b: 3}\n")).isEmpty();
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8))
                    .append('*').append(prev).append("]\n");
        }
        long start = System.nanoTime();
        assertThat(findings(bomb.toString())).hasSizeGreaterThan(70);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThatThrownBy(() -> SafeYamlParser.read(bomb.toString(), Object.class))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("anchor '&a'");
    }

    @Test
    void strictReadRefusesWhatQbankNeverWritesAndReadsWhatItWrites() {
        Question q = QuestionYamlTest.sample();
        assertThat(SafeYamlParser.read(BankStore.toYaml(q), Question.class)).isEqualTo(q);
        assertThatThrownBy(() -> SafeYamlParser.read("question: &q x\naliases: [*q]\n", Question.class))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("anchor");
        assertThatThrownBy(() -> SafeYamlParser.read("question: !!str x\n", Question.class))
                .hasMessageContaining("'!!str'");
        assertThatThrownBy(() -> SafeYamlParser.read("question: x\n---\nquestion: y\n", Question.class))
                .hasMessageContaining("second YAML document");
        assertThatThrownBy(() -> SafeYamlParser.read("question: x\nquestion: y\n", Question.class))
                .hasMessageContaining("question");
    }

    @Test
    void bankStoreReadRefusesAliasesWithTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q-1.yaml");
        Files.writeString(file, "id: q-1\nquestion: &q x\naliases:\n  - *q\n");
        assertThatThrownBy(() -> new BankStore(dir).read(file))
                .isInstanceOf(QbankException.class)
                .hasMessageContaining(file + ":2:11:").hasMessageContaining("error[yaml]");
    }

    /**
     * A question file and a manifest committed with a merge's conflict markers: the finding is at the marker and
     * says it is one (the parser alone speaks of the line after it, as if it were badly indented).
     */
    @Test
    void aLeftoverConflictMarkerIsNamedAtItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q-1.yaml");
        Files.writeString(file, "id: q-1\nquestion: x\n<<<<<<< HEAD\naliases:\n  - y\n=======\naliases:\n  - z\n"
                + ">>>>>>> other\n");
        assertThatThrownBy(() -> new BankStore(dir).read(file))
                .isInstanceOf(QbankException.class)
                .hasMessageContaining(file + ":3:1: error[yaml]: a git merge conflict marker ('<<<<<<< HEAD')")
                // says once what to run (the general advice after it named 'qbank validate' a second time)
                .satisfies(e -> assertThat(e.getMessage().split("qbank validate", -1)).hasSize(2));
        Files.writeString(dir.resolve(BankStore.MANIFEST), "schemaVersion: 1\nsources:\n  - file: a.md\n"
                + "    format: qa\n=======\n  - file: b.md\n    format: qa\n");
        assertThatThrownBy(() -> new BankStore(dir).readManifest())
                .hasMessageContaining(":5:1: error[yaml]: a git merge conflict marker ('=======')")
                .satisfies(e -> assertThat(e.getMessage().split("qbank validate", -1)).hasSize(2));
    }
}
