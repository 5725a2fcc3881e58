package dev.qbank.importers.dedup;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The residual words of a question in first-seen order, each once (what a LinkedHashSet gave, and the order the
 * vocabulary numbers them in). A question has a handful of them, so a scan of a list finds repeats with no hashing
 * and no node per word: the LinkedHashSet cost 0.35 GB over a 1M import. Only a long text gets a set beside it.
 */
final class ResidualWords extends AbstractCollection<String> {
    private static final int SCAN_LIMIT = 16;

    private final List<String> words = new ArrayList<>();
    private Set<String> index;

    @Override
    public boolean add(String word) {
        if (index != null) {
            if (!index.add(word)) {
                return false;
            }
        } else if (words.contains(word)) {
            return false;
        } else if (words.size() == SCAN_LIMIT) {
            index = new HashSet<>(words);
            index.add(word);
        }
        words.add(word);
        return true;
    }

    @Override
    public boolean remove(Object word) {
        if (index != null) {
            index.remove(word);
        }
        return words.remove(word);
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
