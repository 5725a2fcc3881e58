package dev.qbank.importers;

import dev.qbank.importers.dedup.EntriesByHash;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The question each source key belongs to. A key is what {@link Source#key()} says (same file, same wording, blind
 * to code spans' backticks: see {@link Source#wording}), read
 * from the {@link Source} itself: no key string or key object is made per question, and the table keeps only the
 * {@code Source} and the id, which the questions hold anyway (see {@link EntriesByHash} for why not a map).
 */
final class SourceKeys {
    private final EntriesByHash index = new EntriesByHash();
    private final List<Source> sources = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    /** The id filed for the key of {@code source}, or null. */
    String get(Source source) {
        int entry = index.find(hash(source), e -> sameKey(sources.get(e), source));
        return entry < 0 ? null : ids.get(entry);
    }

    boolean contains(Source source) {
        return get(source) != null;
    }

    /** Files {@code id} for the key of {@code source} unless that key already has one; whether it did. */
    boolean putIfAbsent(Source source, String id) {
        int hash = hash(source);
        if (index.find(hash, e -> sameKey(sources.get(e), source)) >= 0) {
            return false;
        }
        index.add(hash, sources.size());
        sources.add(source);
        ids.add(id);
        return true;
    }

    private static int hash(Source s) {
        return 31 * s.file().hashCode() + Source.wording(s.text()).hashCode();
    }

    private static boolean sameKey(Source a, Source b) {
        return a.file().equals(b.file())
                && (a.text().equals(b.text()) || Source.wording(a.text()).equals(Source.wording(b.text())));
    }
}
