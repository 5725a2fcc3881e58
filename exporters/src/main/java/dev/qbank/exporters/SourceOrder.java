package dev.qbank.exporters;

import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The order a learner expects to read questions in: the order their sources gave them. The bank hands questions
 * over in file-name order, which is id order, and ids are hashes, so a chapter's questions 3, 5, 6 would come out
 * shuffled. This remembers each question's first source (where it was first imported) as it streams past, eight
 * bytes a question plus one entry per distinct source file, and compares questions by that source's file (as
 * written), then line, then bank position: the id order, stable for ties and for questions without a source, which
 * come after those with one.
 *
 * <p>{@link #byTopic} groups the questions by topic first, in the Markdown book's order (topics by name, questions
 * without a topic last), which the xlsx sheet follows too: a learner reads a topic's questions together in either.
 *
 * <p>Questions are numbered 0, 1, 2, ... in the order {@link #add} sees them.
 */
public final class SourceOrder {
    /** A topic's name as a group is titled by; null when questions are not grouped by topic. */
    private final UnaryOperator<String> topicName;
    private final Map<String, Integer> topicIndex = new HashMap<>();
    /** The topics' names in the order first seen; null for questions without a topic. */
    private final List<String> topics = new ArrayList<>();
    private int[] topicOf = new int[0];
    private int[] topicRank;
    private final Map<String, Integer> fileIndex = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private int[] fileOf = new int[1024];
    private int[] lineOf = new int[1024];
    private int count;
    private int[] fileRank;

    /** Source order alone. */
    public SourceOrder() {
        this(null);
    }

    private SourceOrder(UnaryOperator<String> topicName) {
        this.topicName = topicName;
        if (topicName != null) {
            topicOf = new int[1024];
        }
    }

    /**
     * Grouped by topic, then in source order: topics sorted by {@code name} (what the group is titled, e.g. the topic
     * on one line), questions without a topic or with a blank one last.
     */
    public static SourceOrder byTopic(UnaryOperator<String> name) {
        return new SourceOrder(name);
    }

    /** Remembers the next question's first source (and its topic, when grouping by topic). */
    public void add(Question q) {
        if (count == fileOf.length) {
            fileOf = Arrays.copyOf(fileOf, count * 2);
            lineOf = Arrays.copyOf(lineOf, count * 2);
        }
        if (topicName != null) {
            if (count == topicOf.length) {
                topicOf = Arrays.copyOf(topicOf, count * 2);
            }
            String topic = q.topic() == null || q.topic().isBlank() ? null : topicName.apply(q.topic());
            topicOf[count] = topicIndex.computeIfAbsent(topic == null ? "\u0000" : topic, t -> {
                topics.add(topic);
                return topics.size() - 1;
            });
            topicRank = null;
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

    /** The topics in the order {@link #sorted} lists their questions; null last for questions without one. */
    public List<String> topics() {
        return Arrays.stream(topicsByRank()).map(topics::get).toList();
    }

    /** Where each of {@link #topics}'s groups starts in {@link #sorted}, and the count at the end. */
    public int[] topicStarts() {
        int[] rank = rankTopics();
        int[] starts = new int[topics.size() + 1];
        for (int i = 0; i < count; i++) {
            starts[rank[topicOf[i]] + 1]++;
        }
        for (int r = 0; r < topics.size(); r++) {
            starts[r + 1] += starts[r];
        }
        return starts;
    }

    private Integer[] topicsByRank() {
        Integer[] order = new Integer[topics.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> topics.get(i) == null)
                .thenComparing(i -> topics.get(i) == null ? "" : topics.get(i)));
        return order;
    }

    private int[] rankTopics() {
        if (topicRank == null) {
            Integer[] order = topicsByRank();
            topicRank = new int[order.length];
            for (int r = 0; r < order.length; r++) {
                topicRank[order[r]] = r;
            }
        }
        return topicRank;
    }

    /** Sorts {@code indices[from, to)}, question numbers given by {@link #add}, into source order. */
    public void sort(int[] indices, int from, int to) {
        if (fileRank == null) {
            fileRank = rankFiles();
        }
        if (topicName != null) {
            rankTopics();
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
        if (topicName != null && topicOf[a] != topicOf[b]) {
            return Integer.compare(topicRank[topicOf[a]], topicRank[topicOf[b]]);
        }
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
