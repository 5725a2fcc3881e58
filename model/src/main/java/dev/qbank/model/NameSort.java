package dev.qbank.model;

import java.util.Arrays;

/**
 * Sorts file names into {@link String#compareTo} order, fast for a million of them. A folder's listing comes in
 * the file system's hash order, and sorting a million strings by comparing them costs one to two seconds on this
 * machine (each comparison chases two pointers into memory the listing left in hash order), all of it before the
 * first file is read or checked (bank listings for export, import and validate). Here each name gets a number from
 * five characters after the prefix all names share (ids all start alike), numbers are sorted as primitives, and
 * only names with the same number are compared.
 */
public final class NameSort {
    /** Characters in the sort number: five of eight bits each, leaving 24 bits for the name's position. */
    private static final int KEY_CHARS = 5;
    private static final int INDEX_BITS = 24;

    private NameSort() {
    }

    /** Sorts {@code names} in place, into the order {@link Arrays#sort(Object[])} gives. */
    public static void sort(String[] names) {
        if (names.length < 2 || names.length >= 1 << INDEX_BITS) {
            Arrays.sort(names);
            return;
        }
        int common = commonPrefix(names);
        long[] keys = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            long key = 0;
            for (int j = common; j < common + KEY_CHARS; j++) {
                // a shorter name reads as 0 past its end: never above a longer one it is a prefix of; ties are
                // settled below by comparing the names themselves
                int c = j < names[i].length() ? names[i].charAt(j) : 0;
                if (c > 0xff) {
                    Arrays.sort(names); // a character beyond eight bits: compare the plain way
                    return;
                }
                key = key << 8 | c;
            }
            // flipping the sign bit makes the signed sort below order the numbers as unsigned
            keys[i] = (key << INDEX_BITS | i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(keys);
        String[] sorted = new String[names.length];
        for (int i = 0; i < keys.length; i++) {
            sorted[i] = names[(int) (keys[i] & (1 << INDEX_BITS) - 1)];
        }
        int from = 0;
        for (int i = 1; i <= keys.length; i++) {
            if (i == keys.length || keys[i] >>> INDEX_BITS != keys[from] >>> INDEX_BITS) {
                if (i - from > 1) {
                    Arrays.sort(sorted, from, i);
                }
                from = i;
            }
        }
        System.arraycopy(sorted, 0, names, 0, names.length);
    }

    private static int commonPrefix(String[] names) {
        String first = names[0];
        int common = first.length();
        for (String name : names) {
            int max = Math.min(common, name.length());
            int i = 0;
            while (i < max && name.charAt(i) == first.charAt(i)) {
                i++;
            }
            common = i;
        }
        return common;
    }
}
