package dev.qbank.importers.dedup;

import java.util.HashMap;
import java.util.Map;

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

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        V value;
    }

    /** Adds {@code phrase} (already normalised); an existing phrase keeps its first value. */
    void put(String phrase, V value) {
        if (phrase.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (int i = 0; i < phrase.length(); i++) {
            node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
            size++;
        }
    }

    int size() {
        return size;
    }

    /** The longest phrase starting at {@code start}, or null. */
    Hit<V> longestAt(String text, int start) {
        if (start > 0 && TextNormalizer.isLatin(text.charAt(start - 1)) && TextNormalizer.isLatin(text.charAt(start))) {
            return null;
        }
        Node<V> node = root;
        Hit<V> best = null;
        for (int i = start; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                boolean latinEnd = TextNormalizer.isLatin(text.charAt(i));
                boolean boundary = !latinEnd || i + 1 >= text.length() || !TextNormalizer.isLatin(text.charAt(i + 1));
                if (boundary) {
                    best = new Hit<>(start, i + 1, node.value);
                } else if (Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == 's'
                        && (i + 2 >= text.length() || !TextNormalizer.isLatin(text.charAt(i + 2)))) {
                    best = new Hit<>(start, i + 2, node.value); // an English plural: "networks", "gans"
                }
            }
        }
        return best;
    }
}
