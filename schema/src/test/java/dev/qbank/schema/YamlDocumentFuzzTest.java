package dev.qbank.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import dev.qbank.model.SafeYamlParser;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;

/** Whatever the bytes, reading and schema-checking a file yields findings, never an exception. */
class YamlDocumentFuzzTest {
    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> tokens = Arbitraries.of("id: ", "question: ", "q-1", "\n", "  ", "- ", ": ", "&a ", "*a",
                "!!str ", "!x ", "[", "]", "{", "}", ",", "\"", "'", "|\n", ">-\n", "#", "---\n", "...\n", "? ",
                "sources:\n  - ", "line: ", "0", "-1", "1e9", "~", "null", "什么", "\t", "\\", "%YAML 1.2\n",
                "answer: ", "media: ", "tags: ", "difficulty: hard", "\u0000", "\ufeff");
        return tokens.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void neverThrows(@ForAll("yamlish") String text) {
        YamlDocument doc = YamlDocument.read("f.yaml", text);
        List<Diagnostic> found = SchemaCheck.question().check(doc);
        assertThat(found).allMatch(d -> d.file().equals("f.yaml") && d.line() >= 0 && d.column() >= 0);
        assertThat(doc.diagnostics()).allMatch(d -> !d.message().isBlank());
    }

    /** The strict reader behind BankStore.read fails only with located Jackson exceptions, which it reports. */
    @Property(tries = 1000)
    void strictReadFailsOnlyWithJacksonExceptions(@ForAll("yamlish") String text) {
        try {
            SafeYamlParser.read(text, Question.class);
        } catch (JacksonException expected) {
            // reported by BankStore as file:line:column
        }
    }
}
