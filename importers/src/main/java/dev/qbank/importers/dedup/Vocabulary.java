package dev.qbank.importers.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers the words profiles are made of (concept ids, residual Han characters, residual Latin words), so a
 * profile is a few small sorted {@code int} arrays instead of sets of strings: comparing two profiles is then a
 * merge of short arrays (no hashing), and a million indexed phrasings take a fraction of the memory.
 *
 * <p>A one-character word is its own number (its UTF-16 code, below {@link #FIRST}); longer words are numbered
 * from {@link #FIRST} in the order first seen. Numbers only mean something within one vocabulary, which is why
 * each {@link QuestionAnalyzer} has its own. Thread-safe: profiles are computed on several threads at once.
 */
final class Vocabulary {
    static final int FIRST = 0x10000;

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> words = new ArrayList<>();

    int id(String word) {
        if (word.length() == 1) {
            return word.charAt(0);
        }
        Integer id = ids.get(word);
        if (id != null) {
            return id;
        }
        synchronized (words) {
            return ids.computeIfAbsent(word, w -> {
                words.add(w);
                return FIRST + words.size() - 1;
            });
        }
    }

    String word(int id) {
        if (id < FIRST) {
            return String.valueOf((char) id);
        }
        synchronized (words) {
            return words.get(id - FIRST);
        }
    }
}
