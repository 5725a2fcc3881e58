package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines (or a sheet's rows) left out of an import, gathered into stretches so that one warning can name them briefly:
 * {@code 5, 7-9, 12}, the first few stretches only, while the count covers all.
 */
public final class LineStretches {
    /** How many stretches {@link #named} lists. */
    private static final int NAMED = 5;

    /** How far apart two lines may be and still be one stretch: 1 for neighbours only, 2 to bridge a blank line. */
    private final int join;
    private final List<int[]> stretches = new ArrayList<>();
    private int count;

    public LineStretches(int join) {
        this.join = join;
    }

    /** Records lines {@code first} to {@code last} (inclusive), after any recorded before. */
    public void add(int first, int last) {
        count += last - first + 1;
        int[] previous = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
        if (previous != null && previous[1] + join >= first) {
            previous[1] = last;
        } else {
            stretches.add(new int[] {first, last});
        }
    }

    public boolean isEmpty() {
        return stretches.isEmpty();
    }

    /** How many lines were recorded. */
    public int count() {
        return count;
    }

    /** The first line recorded, where a warning points. */
    public int first() {
        return stretches.get(0)[0];
    }

    /** {@code 5, 7-9, 12}, ending in {@code , …} when there are more stretches than it names. */
    public String named() {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < stretches.size() && i < NAMED; i++) {
            int[] s = stretches.get(i);
            where.append(i == 0 ? "" : ", ").append(s[0]).append(s[1] > s[0] ? "-" + s[1] : "");
        }
        return stretches.size() > NAMED ? where + ", …" : where.toString();
    }
}
