package dev.qbank.importers.dedup;

/**
 * Longest-match dictionary over normalised text. A phrase that starts (ends) with a Latin letter or digit only
 * matches where the text has no Latin letter or digit just before (after) it, so "ae" is not found inside "vae"
 * and "rnn" is not found inside "rnnx"; a plural "s" after a Latin phrase belongs to it ("cnns").
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTrie<V> {
    private final Node<V> root = new Node<>();
    private int size;

    /** A phrase found in a text: where, and what it stands for. */
    record Hit<V>(int start, int end, V value) {
    }

    /**
     * Children are kept in an open-addressing table keyed by the char itself: the HashMap&lt;Character, Node&gt; used
     * before boxed every char looked up (most of the 1.3 GB longestAt allocated over a 1M import, and its lookups
     * were hot in CPU samples). Tries are only filled while a glossary is built, then only read.
     */
    private static final class Node<V> {
        private static final char[] NO_KEYS = new char[0];

        private char[] keys = NO_KEYS;
        private Node<V>[] children;
        private int count;
        V value;

        Node<V> child(char c) {
            char[] k = keys;
            int mask = k.length - 1;
            if (mask < 0) {
                return null;
            }
            for (int i = slot(c, mask); ; i = (i + 1) & mask) {
                Node<V> n = children[i];
                if (n == null || k[i] == c) {
                    return n; // an empty slot ends the probe: the table is never more than half full (childOrAdd)
                }
            }
        }

        Node<V> childOrAdd(char c) {
            Node<V> n = child(c);
            if (n == null) {
                if (2 * (count + 1) > keys.length) {
                    grow();
                }
                n = new Node<>();
                insert(c, n);
            }
            return n;
        }

        private void insert(char c, Node<V> n) {
            int mask = keys.length - 1;
            int i = slot(c, mask);
            while (children[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = c;
            children[i] = n;
            count++;
        }

        @SuppressWarnings("unchecked")
        private void grow() {
            char[] oldKeys = keys;
            Node<V>[] oldChildren = children;
            int size = Math.max(4, oldKeys.length * 2);
            keys = new char[size];
            children = (Node<V>[]) new Node<?>[size];
            count = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldChildren[i] != null) {
                    insert(oldKeys[i], oldChildren[i]);
                }
            }
        }

        private static int slot(char c, int mask) {
            int h = c * 0x9E3779B9; // Han chars are dense runs: spread them over the table
            return (h ^ (h >>> 16)) & mask;
        }
    }

    /** Gives {@code phrase}, if it is already here, the value {@code value}; does nothing otherwise. */
    void replace(String phrase, V value) {
        Node<V> node = root;
        for (int i = 0; i < phrase.length() && node != null; i++) {
            node = node.child(phrase.charAt(i));
        }
        if (node != null && node.value != null) {
            node.value = value;
        }
    }

    /** Adds {@code phrase} (already normalised); an existing phrase keeps its first value. */
    void put(String phrase, V value) {
        if (phrase.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (int i = 0; i < phrase.length(); i++) {
            node = node.childOrAdd(phrase.charAt(i));
        }
        if (node.value == null) {
            node.value = value;
            size++;
        }
    }

    int size() {
        return size;
    }

    /** The longest phrase starting at {@code start}, or null (also at the end of the text). */
    Hit<V> longestAt(String text, int start) {
        if (start >= text.length()) {
            return null;
        }
        if (start > 0 && TextNormalizer.isLatin(text.charAt(start - 1)) && TextNormalizer.isLatin(text.charAt(start))) {
            return null;
        }
        Node<V> node = root;
        int bestEnd = -1;
        V bestValue = null;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                boolean latinEnd = TextNormalizer.isLatin(text.charAt(i));
                boolean boundary = !latinEnd || i + 1 >= text.length() || !TextNormalizer.isLatin(text.charAt(i + 1));
                if (boundary || Character.isLetter(text.charAt(i)) && versionSuffixAt(text, i + 1)) {
                    bestEnd = i + 1;
                    bestValue = node.value;
                } else if (Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == 's'
                        && (i + 2 >= text.length() || !TextNormalizer.isLatin(text.charAt(i + 2)))) {
                    bestEnd = i + 2; // an English plural: "networks", "gans"
                    bestValue = node.value;
                }
            }
        }
        return bestEnd < 0 ? null : new Hit<>(start, bestEnd, bestValue);
    }

    /**
     * Whether a version or size ends the Latin word at {@code at}: "v3", "50" ("yolov3", "resnet50", "vgg16", an
     * abbreviation glued to its version). The term before it still matches, and the suffix is left as a word of its
     * own, so "YOLOv3" names YOLO plus v3, like "YOLO v3".
     */
    private static boolean versionSuffixAt(String text, int at) {
        int i = at;
        if (i < text.length() && text.charAt(i) == 'v') {
            i++;
        }
        int digits = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i > digits && (i == text.length() || !TextNormalizer.isLatin(text.charAt(i)));
    }
}
