package dev.qbank.importers.table;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CellTextTest {

    /** The one-pass oneLine must say exactly what the two regex replacements it replaced said. */
    @Property(tries = 2000)
    void oneLineEqualsTheRegexDefinition(@ForAll("cells") String text) {
        String regex = text.replaceAll("\\s*\\n\\s*", " ").replaceAll("[ \\t]{2,}", " ").strip();
        assertThat(CellText.oneLine(text)).isEqualTo(regex);
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars(" \t\n\r\f\u000B\u3000\u00A0ab题").ofMaxLength(30);
    }
}
