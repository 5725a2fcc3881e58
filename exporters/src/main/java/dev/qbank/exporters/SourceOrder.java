package dev.qbank.exporters;

import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order a learner expects to read questions in: the order their sources gave them. The bank hands questions
 * over in file-name order, which is id order, and ids are hashes, so a chapter's questions 3, 5, 6 would come out
 * shuffled. This remembers each question's first source (where it was first imported) as it streams past, eight
 * bytes a question plus one entry per distinct source file, and compares questions by that source's file (as
 * written), then line, then bank position: the id order, stable for ties and for questions without a source, which
 * come after those with one.
 *
 * <p>Questions are numbered 0, 1, 2, ... in the order {@link #add} sees them.
 */
public final class SourceOrder {
    private final Map<String, Integer> fileIndex = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private int[] fileOf = new int[1024];
    private int[] lineOf = new int[1024];
    private int count;
    private int[] fileRank;

    /** Remembers the next question's first source. */
    public void add(Question q) {
        if (count == fileOf.length) {
            fileOf = Arrays.copyOf(fileOf, count * 2);
            lineOf = Arrays.copyOf(lineOf, count * 2);
        }
        if (q.sources().isEmpty()) {
            fileOf[count] = -1;
        } else {
            Source first = q.sources().get(0);
            fileOf[count] = fileIndex.computeIfAbsent(first.file(), f -> {
                files.add(f);
                return files.size() - 1;
            });
            lineOf[count] = first.line();
        }
        count++;
        fileRank = null;
    }

    public int count() {
        return count;
    }

    /** Sorts {@code indices[from, to)}, question numbers given by {@link #add}, into source order. */
    public void sort(int[] indices, int from, int to) {
        if (fileRank == null) {
            fileRank = rankFiles();
        }
        int[] buffer = new int[to - from];
        mergeSort(indices, buffer, from, to);
    }

    /** The questions' numbers, all of them, in source order. */
    public int[] sorted() {
        int[] all = new int[count];
        for (int i = 0; i < count; i++) {
            all[i] = i;
        }
        sort(all, 0, count);
        return all;
    }

    private int[] rankFiles() {
        Integer[] byName = new Integer[files.size()];
        for (int i = 0; i < byName.length; i++) {
            byName[i] = i;
        }
        Arrays.sort(byName, (a, b) -> files.get(a).compareTo(files.get(b)));
        int[] rank = new int[byName.length];
        for (int r = 0; r < byName.length; r++) {
            rank[byName[r]] = r;
        }
        return rank;
    }

    private int compare(int a, int b) {
        // no source ranks after every file
        int fa = fileOf[a] < 0 ? Integer.MAX_VALUE : fileRank[fileOf[a]];
        int fb = fileOf[b] < 0 ? Integer.MAX_VALUE : fileRank[fileOf[b]];
        if (fa != fb) {
            return Integer.compare(fa, fb);
        }
        if (fa != Integer.MAX_VALUE && lineOf[a] != lineOf[b]) {
            return Integer.compare(lineOf[a], lineOf[b]);
        }
        return Integer.compare(a, b);
    }

    /**
     * A merge sort of primitive ints (the JDK sorts ints only by value, and boxing a million indices costs 16 bytes
     * each). The comparison is a total order, so stability does not matter; {@code buffer} holds the range's length.
     */
    private void mergeSort(int[] a, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid);
        mergeSort(a, buffer, mid, to);
        if (compare(a[mid - 1], a[mid]) <= 0) {
            return; // already in order, as a source's questions imported in one go mostly are
        }
        int base = from;
        System.arraycopy(a, from, buffer, 0, to - from);
        int i = 0;
        int iEnd = mid - from;
        int j = iEnd;
        int jEnd = to - from;
        int k = base;
        while (i < iEnd && j < jEnd) {
            a[k++] = compare(buffer[i], buffer[j]) <= 0 ? buffer[i++] : buffer[j++];
        }
        while (i < iEnd) {
            a[k++] = buffer[i++];
        }
        while (j < jEnd) {
            a[k++] = buffer[j++];
        }
    }
}
