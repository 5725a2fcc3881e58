package dev.qbank.importers.dedup;

import java.util.Arrays;

/**
 * The phrasings filed under one profile key (at most {@link #CAPACITY}), with an index that tells which of them
 * can possibly be sure duplicates of a new phrasing, so a lookup compares it with a few of them instead of all.
 *
 * <p>Sure duplicates under one key must agree on their residual words: Jaccard at least
 * {@link DuplicateScorer#RESIDUAL_AGREEMENT} (see {@link DuplicateScorer#isSure}). That allows prefix filtering,
 * the classic set-similarity-join bound: if |x ∩ y| &ge; t·|x ∪ y| then, with words in one fixed order (here their
 * numbers), the first common word lies within the first |x| − ⌈t·|x|⌉ + 1 words of x and within the first
 * |y| − ⌈t·|y|⌉ + 1 words of y. So each entry is filed under the words of its prefix, and only entries sharing a
 * prefix word with the new phrasing (or, for an empty residual, entries with an empty one) are candidates; the
 * others cannot pass {@code isSure}, and skipping them changes no answer. On a large bank most keys are common
 * ("definition of CNN") and their buckets full, so this is where a lookup spends its time otherwise: following
 * 64 pointers to profiles scattered over the heap.
 *
 * <p>Candidates are then narrowed with what the bucket keeps of each entry in its own arrays, without touching the
 * entry's profile (each profile touched is a cache miss; in a 1M import the duplicate test was 40 % of the merging
 * thread, which is the import's critical path): residual sizes too far apart to agree enough, and broad concepts of
 * which neither side can contain the other's, both necessary conditions of {@link DuplicateScorer#isSure}. An entry
 * whose text may equal the new phrasing's (same hash) is always kept, since equal texts are sure duplicates.
 */
final class KeyBucket {
    /**
     * Phrasings past this many under one key are not filed: the bound keeps a lookup to one 64-bit candidate set.
     * They are not all duplicates of each other (sure duplicates may differ in a residual word), so a question that
     * duplicates only an unfiled phrasing stays apart. Rare in real banks; in the templated 100k synthetic bank
     * chaining up to 512 per key merged 1,232 more questions (+9 %), and `validate --paraphrases always`, which
     * files in id order instead of import order, still finds pairs either way: the sure rule is not transitive.
     */
    static final int CAPACITY = 64;

    record Entry(String id, QuestionProfile profile) {
    }

    private Entry[] entries = new Entry[2];
    /** Per entry, beside {@link #entries}: residual size, broad-concept bits, hash of the normalised text. */
    private int[] residualSizes = new int[2];
    private long[] broadBits = new long[2];
    private int[] textHashes = new int[2];
    private int size;
    /** Prefix words, sorted, and for each the entries (bit i = entry i) whose prefix holds it. */
    private int[] words = new int[0];
    private long[] holders = new long[0];
    private int wordCount;
    /** Entries whose residual is empty: they agree only with an empty residual. */
    private long emptyResidual;

    /** Files an entry; false (nothing filed) when the bucket is full. */
    boolean add(String id, QuestionProfile profile) {
        if (size == CAPACITY) {
            return false;
        }
        if (size == entries.length) {
            int grown = Math.min(CAPACITY, size * 2);
            entries = Arrays.copyOf(entries, grown);
            residualSizes = Arrays.copyOf(residualSizes, grown);
            broadBits = Arrays.copyOf(broadBits, grown);
            textHashes = Arrays.copyOf(textHashes, grown);
        }
        long bit = 1L << size;
        residualSizes[size] = profile.residual.length;
        broadBits[size] = profile.broadBits;
        textHashes[size] = profile.normalized().hashCode();
        entries[size++] = new Entry(id, profile);
        int[] r = profile.residual;
        if (r.length == 0) {
            emptyResidual |= bit;
        }
        for (int k = 0, n = prefixLength(r.length); k < n; k++) {
            file(r[k], bit);
        }
        return true;
    }

    /** The entries that may be sure duplicates of {@code p}, as a bit set over {@link #entry} positions. */
    long candidates(QuestionProfile p) {
        int[] r = p.residual;
        long mask = 0;
        if (r.length == 0) {
            mask = emptyResidual;
        }
        for (int k = 0, n = prefixLength(r.length); k < n; k++) {
            int at = Arrays.binarySearch(words, 0, wordCount, r[k]);
            if (at >= 0) {
                mask |= holders[at];
            }
        }
        return mask == 0 ? 0 : narrowed(mask, p);
    }

    /**
     * The entries of {@code mask} that pass two necessary conditions of {@link DuplicateScorer#isSure} (see the
     * class comment), told from this bucket's arrays alone.
     */
    private long narrowed(long mask, QuestionProfile p) {
        int hash = p.normalized().hashCode();
        int sizeP = p.residual.length;
        long bitsP = p.broadBits;
        // broad concepts count only between questions that name core concepts (a bucket's entries all do, or none)
        boolean broadMatters = p.core.length > 0;
        long kept = 0;
        for (long m = mask; m != 0; m &= m - 1) {
            int i = Long.numberOfTrailingZeros(m);
            if (textHashes[i] == hash
                    || DuplicateScorer.sizesMayAgree(sizeP, residualSizes[i], DuplicateScorer.RESIDUAL_AGREEMENT)
                    && (!broadMatters || (broadBits[i] & ~bitsP) == 0 || (bitsP & ~broadBits[i]) == 0)) {
                kept |= 1L << i;
            }
        }
        return kept;
    }

    /** Whether the entry's normalised text may be {@code text} (same hash). */
    boolean maybeSameText(int position, String text) {
        return textHashes[position] == text.hashCode();
    }

    Entry entry(int position) {
        return entries[position];
    }

    /**
     * |x| − ⌈t·|x|⌉ + 1 for t = {@link DuplicateScorer#RESIDUAL_AGREEMENT}. The ceiling is taken a hair low, so a
     * rounding error can only make the prefix longer (more candidates), never drop one.
     */
    static int prefixLength(int size) {
        if (size == 0) {
            return 0;
        }
        int needed = (int) Math.ceil(DuplicateScorer.RESIDUAL_AGREEMENT * size - 1e-9);
        return Math.min(size, size - needed + 1);
    }

    private void file(int word, long bit) {
        int at = Arrays.binarySearch(words, 0, wordCount, word);
        if (at >= 0) {
            holders[at] |= bit;
            return;
        }
        int insert = -at - 1;
        if (wordCount == words.length) {
            int grown = Math.max(4, wordCount * 2);
            words = Arrays.copyOf(words, grown);
            holders = Arrays.copyOf(holders, grown);
        }
        System.arraycopy(words, insert, words, insert + 1, wordCount - insert);
        System.arraycopy(holders, insert, holders, insert + 1, wordCount - insert);
        words[insert] = word;
        holders[insert] = bit;
        wordCount++;
    }
}
