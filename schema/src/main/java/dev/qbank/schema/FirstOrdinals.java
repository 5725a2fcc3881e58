package dev.qbank.schema;

import java.util.function.IntFunction;

/**
 * The first file (by run-wide ordinal) seen with each key, for the cross-file rules, in flat arrays with open
 * addressing: no object per entry. With a {@code HashMap}, a million-question bank kept a million nodes, boxed
 * ordinals and keys alive, which the garbage collector copied again and again (two seconds of pauses in a run of
 * fifteen); these tables are a few arrays allocated once.
 */
final class FirstOrdinals {
    private FirstOrdinals() {
    }

    /** A power of two with room for {@code expected} entries at a load of at most one half. */
    static int capacityFor(int expected) {
        int capacity = 16;
        while (capacity < 2L * expected && capacity < 1 << 30) {
            capacity <<= 1;
        }
        return capacity;
    }

    /** Keyed by a 128-bit digest ({@link QuestionText.Key}); its bits are already uniformly spread. */
    static final class ByDigest {
        private long[] high;
        private long[] low;
        /** Ordinal + 1; 0 marks an empty slot. */
        private int[] slots;
        private int size;

        ByDigest(int expected) {
            allocate(capacityFor(expected));
        }

        private void allocate(int capacity) {
            high = new long[capacity];
            low = new long[capacity];
            slots = new int[capacity];
        }

        /** The ordinal first stored for {@code key}; or -1, after storing {@code ordinal} for it. */
        int putIfAbsent(QuestionText.Key key, int ordinal) {
            int mask = slots.length - 1;
            for (int i = (int) key.low() & mask; ; i = (i + 1) & mask) {
                if (slots[i] == 0) {
                    high[i] = key.high();
                    low[i] = key.low();
                    slots[i] = ordinal + 1;
                    if (++size * 2 > slots.length) {
                        grow();
                    }
                    return -1;
                }
                if (high[i] == key.high() && low[i] == key.low()) {
                    return slots[i] - 1;
                }
            }
        }

        private void grow() {
            long[] oldHigh = high;
            long[] oldLow = low;
            int[] oldSlots = slots;
            allocate(oldSlots.length * 2);
            int mask = slots.length - 1;
            for (int j = 0; j < oldSlots.length; j++) {
                if (oldSlots[j] != 0) {
                    int i = (int) oldLow[j] & mask;
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    high[i] = oldHigh[j];
                    low[i] = oldLow[j];
                    slots[i] = oldSlots[j];
                }
            }
        }
    }

    /**
     * Keyed by a string the table does not keep: it keeps the ordinal and the string's hash, and asks {@code keyOf}
     * for the key of a stored ordinal when hashes meet (an id is mostly its file's name, which the run keeps anyway).
     */
    static final class ByString {
        private final IntFunction<String> keyOf;
        private int[] hashes;
        /** Ordinal + 1; 0 marks an empty slot. */
        private int[] slots;
        private int size;

        ByString(int expected, IntFunction<String> keyOf) {
            this.keyOf = keyOf;
            int capacity = capacityFor(expected);
            hashes = new int[capacity];
            slots = new int[capacity];
        }

        /**
         * The ordinal first stored for {@code key}; or -1, after storing {@code ordinal} for it. From then on
         * {@code keyOf.apply(ordinal)} must return {@code key}.
         */
        int putIfAbsent(String key, int ordinal) {
            int hash = spread(key.hashCode());
            int mask = slots.length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask) {
                if (slots[i] == 0) {
                    hashes[i] = hash;
                    slots[i] = ordinal + 1;
                    if (++size * 2 > slots.length) {
                        grow();
                    }
                    return -1;
                }
                if (hashes[i] == hash && key.equals(keyOf.apply(slots[i] - 1))) {
                    return slots[i] - 1;
                }
            }
        }

        private static int spread(int h) {
            h *= 0x9E3779B9; // Fibonacci hashing: ids differing in their last characters land far apart
            return h ^ (h >>> 16);
        }

        private void grow() {
            int[] oldHashes = hashes;
            int[] oldSlots = slots;
            hashes = new int[oldSlots.length * 2];
            slots = new int[oldSlots.length * 2];
            int mask = slots.length - 1;
            for (int j = 0; j < oldSlots.length; j++) {
                if (oldSlots[j] != 0) {
                    int i = oldHashes[j] & mask;
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    hashes[i] = oldHashes[j];
                    slots[i] = oldSlots[j];
                }
            }
        }
    }
}
