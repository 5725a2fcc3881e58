package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The profile's word collections behave as the TreeSet and LinkedHashSet they replace. */
class SmallWordSetsTest {
    @Property(tries = 1000)
    void sortedWordsActsAsATreeSet(@ForAll @Size(max = 40) List<@StringLength(max = 2) String> words,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 2) Integer> ops) {
        SortedWords mine = new SortedWords();
        TreeSet<String> theirs = new TreeSet<>();
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            int op = k < ops.size() ? ops.get(k) : 0;
            if (op == 1) {
                assertThat(mine.remove(w)).isEqualTo(theirs.remove(w));
            } else {
                assertThat(mine.add(w)).isEqualTo(theirs.add(w));
            }
            assertThat(mine.contains(w)).isEqualTo(theirs.contains(w));
            assertThat(new ArrayList<>(mine)).containsExactlyElementsOf(theirs);
        }
    }

    @Property(tries = 1000)
    void residualWordsActsAsALinkedHashSet(@ForAll @Size(max = 60) List<@StringLength(max = 2) String> words) {
        ResidualWords mine = new ResidualWords();
        Set<String> theirs = new LinkedHashSet<>();
        for (String w : words) {
            assertThat(mine.add(w)).isEqualTo(theirs.add(w));
        }
        assertThat(new ArrayList<>(mine)).containsExactlyElementsOf(theirs);
    }
}
