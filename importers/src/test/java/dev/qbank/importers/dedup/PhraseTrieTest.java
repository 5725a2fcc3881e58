package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {
    @Test
    void latinPhrasesMatchWholeWordsAndPlurals() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.put("ae", "ae");
        trie.put("cnn", "cnn");
        trie.put("卷积", "conv");
        trie.put("卷积神经网络", "cnn");
        assertThat(trie.longestAt("vae", 1)).isNull();
        assertThat(trie.longestAt("aex", 0)).isNull();
        assertThat(trie.longestAt("cnns是", 0)).isEqualTo(new PhraseTrie.Hit<>(0, 4, "cnn"));
        assertThat(trie.longestAt("用卷积神经网络", 1)).isEqualTo(new PhraseTrie.Hit<>(1, 7, "cnn"));
        assertThat(trie.longestAt("用卷积层", 1)).isEqualTo(new PhraseTrie.Hit<>(1, 3, "conv"));
        assertThat(trie.size()).isEqualTo(4);
    }

    /**
     * Outside Latin words the trie finds the longest phrase that starts there, whatever chars the phrases use
     * (the children table hashes chars: '\0', '\uffff' and many siblings that make it grow must all be found).
     */
    @Property(tries = 500)
    void findsTheLongestPhrase(@ForAll("phrases") List<String> phrases, @ForAll("phrases") List<String> texts) {
        PhraseTrie<String> trie = new PhraseTrie<>();
        phrases.forEach(p -> trie.put(p, p));
        for (String text : texts) {
            for (int start = 0; start < text.length(); start++) {
                String longest = null;
                for (String p : phrases) {
                    if (text.startsWith(p, start) && (longest == null || p.length() > longest.length())) {
                        longest = p;
                    }
                }
                PhraseTrie.Hit<String> hit = trie.longestAt(text, start);
                if (longest == null) {
                    assertThat(hit).isNull();
                } else {
                    assertThat(hit).isEqualTo(new PhraseTrie.Hit<>(start, start + longest.length(), longest));
                }
            }
        }
    }

    @Provide
    Arbitrary<List<String>> phrases() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().range('\u4e00', '\u4e40'),
                Arbitraries.of('\0', '\uffff', '|', '⟪'));
        return chars.list().ofMinSize(1).ofMaxSize(5).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        }).list().ofMaxSize(60);
    }
}
