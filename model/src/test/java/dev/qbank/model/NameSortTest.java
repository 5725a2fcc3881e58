package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Sorting names by number first gives exactly the order of {@link String#compareTo}. */
class NameSortTest {
    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> piece = Arbitraries.of("q-", "0", "1", "a", "f", "\u0000", "\u00ff", "\u0100", "什",
                "😀", ".yaml", "", "-");
        Arbitrary<String> name = piece.list().ofMaxSize(9).map(l -> String.join("", l));
        Arbitrary<String> id = Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(0).ofMaxLength(10)
                .map(s -> "q-" + s + ".yaml");
        return Arbitraries.oneOf(name, id, id).list().ofMaxSize(300);
    }

    @Property(tries = 500)
    void sortsLikeCompareTo(@ForAll("names") List<String> names) {
        String[] expected = names.toArray(String[]::new);
        Arrays.sort(expected);
        String[] actual = names.toArray(String[]::new);
        NameSort.sort(actual);
        assertThat(actual).containsExactly(expected);
    }
}
