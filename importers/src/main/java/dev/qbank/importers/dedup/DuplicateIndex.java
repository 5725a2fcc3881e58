package dev.qbank.importers.dedup;

import dev.qbank.model.Question;
import java.util.List;
import java.util.Optional;

/**
 * An index of the questions already in a bank (or already accepted in this import) that answers, for a new
 * question, "which question does this one duplicate?". The import pipeline adds every bank question, then asks
 * about each new question in input order, merging it on a match and adding it otherwise. Implementations must
 * answer without comparing against every question (inverted index, LSH, ...) so a million questions stay fast.
 */
public interface DuplicateIndex {
    /**
     * Works out ahead of time, on several threads, what {@link #add} and {@link #findDuplicate} will need to know
     * about {@code upcoming} (the next questions the caller will add or ask about), so that the calls themselves,
     * which must run one at a time in input order, stay cheap. It replaces what an earlier call prepared. Calling
     * it is optional; results are the same either way.
     */
    default void prepare(List<Question> upcoming) {
    }

    /** Makes {@code question} (which has an id) findable. */
    void add(Question question);

    /**
     * The indexed question that {@code question} asks the same thing as, if the match is sure enough to merge
     * automatically; pairs in the review band are not returned here (see {@code qbank dedup}).
     */
    Optional<Match> findDuplicate(Question question);

    /** The question matched, how sure, and why (shown to curators). */
    record Match(String id, double score, String reason) {
    }
}
