package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KeyBucketTest {
    private static final Vocabulary WORDS = new Vocabulary();

    /** A profile under one key (same ask, same core), with the given residual words. */
    private static QuestionProfile profile(Set<String> residual) {
        return profile(residual, Set.of());
    }

    /** The same, naming broad concepts too (settings such as "CNN" in "CNN的池化层"). */
    private static QuestionProfile profile(Set<String> residual, Set<String> broad) {
        return profile(WORDS, residual, broad);
    }

    private static QuestionProfile profile(Vocabulary words, Set<String> residual, Set<String> broad) {
        return new QuestionProfile(words, String.join("", broad) + String.join("", residual) + "?", List.of("cnn"),
                List.of("cnn"),
                List.copyOf(broad), AskKind.DEFINITION, Set.of(AskKind.DEFINITION), residual);
    }

    @Provide
    Arbitrary<Set<String>> broads() {
        // more than 64 words, so that some share a bit of the bucket's 64-bit summary of broad concepts
        return Arbitraries.integers().between(0, 99).map(i -> "broad" + i).set().ofMaxSize(4);
    }

    /** Narrowing by residual size and broad concepts never drops a sure duplicate either. */
    @Property(tries = 2000)
    void narrowingKeepsEverySureDuplicate(@ForAll("buckets") List<Set<String>> filed,
            @ForAll("residuals") Set<String> query, @ForAll("broads") Set<String> queryBroad,
            @ForAll("broadLists") List<Set<String>> filedBroad) {
        KeyBucket bucket = new KeyBucket();
        List<QuestionProfile> entries = new java.util.ArrayList<>();
        for (int i = 0; i < filed.size(); i++) {
            entries.add(profile(filed.get(i), filedBroad.isEmpty() ? Set.of() : filedBroad.get(i % filedBroad.size())));
            assertThat(bucket.add("q" + i, entries.get(i))).isTrue();
        }
        QuestionProfile q = profile(query, queryBroad);
        long candidates = bucket.candidates(q);
        for (int i = 0; i < entries.size(); i++) {
            if (DuplicateScorer.isSure(q, entries.get(i))) {
                assertThat(candidates & (1L << i)).as("entry %d %s for %s", i, filed.get(i), query).isNotZero();
            }
        }
    }

    /** The bucket's shortcut of the sure-duplicate test agrees with the full test for any two profiles of one key. */
    @Property(tries = 3000)
    void theTestUnderOneKeyIsTheFullTest(@ForAll("residuals") Set<String> ra, @ForAll("residuals") Set<String> rb,
            @ForAll("broads") Set<String> ba, @ForAll("broads") Set<String> bb, @ForAll boolean namesConcepts,
            @ForAll boolean sameText) {
        List<String> core = namesConcepts ? List.of("cnn") : List.of();
        // naming no concept, the key is the residual words: both sides have the same ones then
        Set<String> residualB = namesConcepts ? rb : ra;
        QuestionProfile a = new QuestionProfile(WORDS, String.join("", ra) + "?", core, core, List.copyOf(ba),
                AskKind.DEFINITION, Set.of(AskKind.DEFINITION), ra);
        String textB = sameText ? a.normalized() : String.join("", bb) + String.join("", residualB) + "!";
        QuestionProfile b = new QuestionProfile(WORDS, textB, core, core, List.copyOf(bb), AskKind.DEFINITION,
                Set.of(AskKind.DEFINITION), residualB);
        assertThat(a.key()).isEqualTo(b.key());
        boolean maybeSame = a.normalized().hashCode() == b.normalized().hashCode();
        assertThat(DuplicateScorer.isSureUnderOneKey(a, b, maybeSame)).isEqualTo(DuplicateScorer.isSure(a, b));
    }

    @Provide
    Arbitrary<List<Set<String>>> broadLists() {
        return broads().list().ofMaxSize(8);
    }

    @Test
    void entriesThatCannotBeSureAreNotCandidates() {
        Vocabulary words = new Vocabulary(); // few words: no two broad concepts share a bit
        KeyBucket bucket = new KeyBucket();
        bucket.add("far", profile(words, Set.of("a", "b", "c", "d", "e", "f"), Set.of())); // 6 words against 2
        bucket.add("other-setting", profile(words, Set.of("a", "b"), Set.of("broad1")));
        bucket.add("wider-setting", profile(words, Set.of("a", "b"), Set.of("broad1", "broad2")));
        bucket.add("close", profile(words, Set.of("a", "b", "c"), Set.of()));
        QuestionProfile q = profile(words, Set.of("a", "b"), Set.of("broad2"));
        // "other-setting" names broad1 and the question broad2: neither contains the other
        assertThat(bucket.candidates(q)).isEqualTo(0b1100L);
    }

    @Provide
    Arbitrary<Set<String>> residuals() {
        // a small alphabet (and Latin words numbered past the characters) so that overlaps are common
        return Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h", "long", "word").set().ofMaxSize(9);
    }

    @Provide
    Arbitrary<List<Set<String>>> buckets() {
        return residuals().list().ofMaxSize(KeyBucket.CAPACITY);
    }

    /** Skipping the entries the index does not name never drops a sure duplicate. */
    @Property(tries = 2000)
    void everySureDuplicateIsACandidate(@ForAll("buckets") List<Set<String>> filed,
            @ForAll("residuals") Set<String> query) {
        KeyBucket bucket = new KeyBucket();
        List<QuestionProfile> entries = filed.stream().map(KeyBucketTest::profile).toList();
        for (int i = 0; i < entries.size(); i++) {
            assertThat(bucket.add("q" + i, entries.get(i))).isTrue();
        }
        QuestionProfile q = profile(query);
        long candidates = bucket.candidates(q);
        for (int i = 0; i < entries.size(); i++) {
            if (DuplicateScorer.isSure(q, entries.get(i))) {
                assertThat(candidates & (1L << i)).as("entry %d %s for %s", i, filed.get(i), query).isNotZero();
            }
        }
    }

    @Test
    void prefixesAreLongEnoughAtExactThresholds() {
        // |x| = 5, t = 0.6: three common words needed, so the first common word is among the first three
        assertThat(KeyBucket.prefixLength(5)).isEqualTo(3);
        assertThat(KeyBucket.prefixLength(1)).isEqualTo(1);
        assertThat(KeyBucket.prefixLength(10)).isEqualTo(5);
        assertThat(KeyBucket.prefixLength(0)).isZero();
    }

    @Test
    void aFullBucketFilesNoMore() {
        KeyBucket bucket = new KeyBucket();
        for (int i = 0; i < KeyBucket.CAPACITY; i++) {
            assertThat(bucket.add("q" + i, profile(Set.of("a")))).isTrue();
        }
        assertThat(bucket.add("extra", profile(Set.of("a")))).isFalse();
        assertThat(bucket.candidates(profile(Set.of("a")))).isEqualTo(-1L); // all 64 entries
    }
}
