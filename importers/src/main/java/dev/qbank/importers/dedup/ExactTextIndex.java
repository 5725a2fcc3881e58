package dev.qbank.importers.dedup;

import dev.qbank.model.Question;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The simplest index: questions whose text is equal after width, case, space and punctuation folding. */
final class ExactTextIndex implements DuplicateIndex {
    private final Map<String, String> idsByKey = new HashMap<>();

    @Override
    public void add(Question question) {
        idsByKey.putIfAbsent(key(question.question()), question.id());
    }

    @Override
    public Optional<Match> findDuplicate(Question question) {
        String id = idsByKey.get(key(question.question()));
        return id == null ? Optional.empty() : Optional.of(new Match(id, 1.0, "same text"));
    }

    static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }
}
