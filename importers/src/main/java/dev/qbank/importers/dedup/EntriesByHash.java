package dev.qbank.importers.dedup;

import java.util.function.IntPredicate;

/**
 * Entry numbers filed under the 32-bit hash of their key, for the import's million-entry lookups (texts and source
 * keys already seen). The caller keeps the keys, in its own lists, and says which entry is the one it looks for;
 * this table holds only the hash and the entry number, packed in one {@code long} per slot of one array.
 *
 * <p>Why not a {@code HashMap}: at 1M questions each map held a node (32 bytes) and usually a key object per entry,
 * so a lookup that finds nothing, the common case, read two or three scattered objects, and the collector copied and
 * then scanned those millions of live objects in every young collection. Here a miss reads one array slot, and the
 * table holds no references at all.
 */
public final class EntriesByHash {
    private static final int MIN_CAPACITY = 1 << 10;
    /** Slot layout: the key's hash in the high half, entry + 1 in the low half; 0 is an empty slot. */
    private long[] slots = new long[MIN_CAPACITY];
    private int size;

    /**
     * The first entry filed under {@code hash} that {@code isKey} accepts, or -1. Entries of other keys with the same
     * hash are passed over, so equal hashes never make two keys one.
     */
    public int find(int hash, IntPredicate isKey) {
        int mask = slots.length - 1;
        for (int i = home(hash, mask); ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash) {
                int entry = (int) slot - 1;
                if (isKey.test(entry)) {
                    return entry;
                }
            }
        }
    }

    /** Files {@code entry} (0 or more) under {@code hash}; the caller checks with {@link #find} that its key is new. */
    public void add(int hash, int entry) {
        if (entry < 0 || entry == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("entry out of range: " + entry);
        }
        if (size + 1 > slots.length / 2) {
            grow(); // at most half full: a miss then reads one or two slots on average
        }
        place(slots, hash, entry);
        size++;
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long slot : slots) {
            if (slot != 0) {
                place(bigger, (int) (slot >>> 32), (int) slot - 1);
            }
        }
        slots = bigger;
    }

    private static void place(long[] table, int hash, int entry) {
        int mask = table.length - 1;
        int i = home(hash, mask);
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = ((long) hash << 32) | ((entry + 1) & 0xFFFF_FFFFL);
    }

    /**
     * Where probing for {@code hash} starts: {@link String#hashCode} of similar texts differ mostly in the low bits,
     * so the bits are mixed (a Fibonacci multiply, then the high bits) before masking.
     */
    private static int home(int hash, int mask) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}
