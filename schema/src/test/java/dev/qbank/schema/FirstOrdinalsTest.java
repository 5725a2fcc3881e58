package dev.qbank.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The flat first-ordinal tables answer exactly as {@code HashMap.putIfAbsent}, through collisions and growth. */
class FirstOrdinalsTest {
    @Provide
    Arbitrary<List<String>> keys() {
        // "Aa" and "BB" share a hash code, so do all strings built from them: collisions on purpose
        Arbitrary<String> key = Arbitraries.of("Aa", "BB", "q-1", "q-2", "x").list().ofMinSize(1).ofMaxSize(3)
                .map(l -> String.join("", l));
        return key.list().ofMaxSize(200);
    }

    @Property(tries = 300)
    void byStringAgreesWithAHashMap(@ForAll("keys") List<String> keys) {
        List<String> stored = new ArrayList<>();
        FirstOrdinals.ByString table = new FirstOrdinals.ByString(1, stored::get);
        Map<String, Integer> expected = new HashMap<>();
        for (int ordinal = 0; ordinal < keys.size(); ordinal++) {
            String key = keys.get(ordinal);
            stored.add(key);
            Integer first = expected.putIfAbsent(key, ordinal);
            assertThat(table.putIfAbsent(key, ordinal)).isEqualTo(first == null ? -1 : first);
        }
    }

    @Property(tries = 300)
    void byDigestAgreesWithAHashMap(@ForAll("keys") List<String> keys) {
        FirstOrdinals.ByDigest table = new FirstOrdinals.ByDigest(1);
        Map<QuestionText.Key, Integer> expected = new HashMap<>();
        for (int ordinal = 0; ordinal < keys.size(); ordinal++) {
            // few distinct low halves, so slots collide and probing is exercised
            QuestionText.Key key = new QuestionText.Key(keys.get(ordinal).hashCode(), keys.get(ordinal).length() % 3);
            Integer first = expected.putIfAbsent(key, ordinal);
            assertThat(table.putIfAbsent(key, ordinal)).isEqualTo(first == null ? -1 : first);
        }
    }
}
