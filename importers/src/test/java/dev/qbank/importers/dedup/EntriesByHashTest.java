package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EntriesByHashTest {

    /** Keys filed by the caller the way the import does it: find first, add if new. */
    private static final class Table {
        final EntriesByHash index = new EntriesByHash();
        final List<String> keys = new ArrayList<>();
        final ToIntFunction<String> hash;

        Table(ToIntFunction<String> hash) {
            this.hash = hash;
        }

        int find(String key) {
            return index.find(hash.applyAsInt(key), e -> keys.get(e).equals(key));
        }

        int putIfAbsent(String key) {
            int found = find(key);
            if (found >= 0) {
                return found;
            }
            index.add(hash.applyAsInt(key), keys.size());
            keys.add(key);
            return keys.size() - 1;
        }
    }

    /**
     * Behaves as a map from key to the entry first filed for it, whatever the hash: String's own, one that makes
     * most keys collide, and one that files every key under the same hash.
     */
    @Property(tries = 300)
    void actsAsAMapFromKeyToFirstEntry(@ForAll("keys") List<String> keys, @ForAll("probes") List<String> probes) {
        List<ToIntFunction<String>> hashes = List.of(String::hashCode, k -> k.length() % 3, k -> 42);
        for (ToIntFunction<String> hash : hashes) {
            Table table = new Table(hash);
            Map<String, Integer> expected = new HashMap<>();
            for (String k : keys) {
                int entry = table.putIfAbsent(k);
                expected.putIfAbsent(k, entry);
                assertThat(entry).isEqualTo(expected.get(k));
            }
            assertThat(table.index.size()).isEqualTo(expected.size());
            for (String k : keys) {
                assertThat(table.find(k)).isEqualTo(expected.get(k));
            }
            for (String p : probes) {
                assertThat(table.find(p)).isEqualTo(expected.getOrDefault(p, -1));
            }
        }
    }

    @Provide
    Arbitrary<List<String>> keys() {
        // Few letters, so keys repeat; up to 3000 of them, so the table grows several times.
        return Arbitraries.strings().withChars("abc").ofMinLength(0).ofMaxLength(8).list().ofMaxSize(3000);
    }

    @Provide
    Arbitrary<List<String>> probes() {
        return Arbitraries.strings().withChars("abcd").ofMaxLength(8).list().ofMaxSize(50);
    }

    @Test
    void aMillionEntriesStayFindableAfterGrowing() {
        EntriesByHash index = new EntriesByHash();
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            index.add(2 * i, i); // even hashes only
        }
        assertThat(index.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 997) {
            int expected = i;
            assertThat(index.find(2 * i, e -> e == expected)).isEqualTo(i);
        }
        assertThat(index.find(7, e -> true)).isEqualTo(-1); // no entry has an odd hash
    }

    @Test
    void refusesEntriesItCannotStore() {
        EntriesByHash index = new EntriesByHash();
        assertThatThrownBy(() -> index.add(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.add(1, Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        index.add(1, 0);
        assertThat(index.find(1, e -> e == 0)).isZero();
    }
}
