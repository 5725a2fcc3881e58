package dev.qbank.importers.dedup;

import dev.qbank.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The duplicate index used by imports. Every phrasing of every indexed question (its text and its aliases) is
 * filed twice: under its normalised text, and under its profile key (primary ask + core concepts). A sure
 * duplicate must share the key, so a lookup compares a new question only with the few phrasings in one bucket,
 * never with the whole bank: a million questions cost a million hash lookups.
 *
 * <p>Remembered decisions come first: a text a curator merged is sent to the question it was merged into, and a
 * pair a curator kept apart is never merged.
 */
final class ConceptIndex implements DuplicateIndex {
    private final QuestionAnalyzer analyzer;
    private final Decisions decisions;
    /**
     * Indexed phrasings by normalised text. Each entry keeps the phrasing as given and its question's id, both
     * strings the questions hold anyway; the normalised text is made again only to confirm a match, which is rare,
     * instead of being kept for every phrasing (at 1M a million strings, a sixth of the import's live heap).
     */
    private final EntriesByHash byText = new EntriesByHash();
    private final List<String> textPhrasings = new ArrayList<>();
    private final List<String> textIds = new ArrayList<>();
    private final Map<String, KeyBucket> byKey = new HashMap<>();
    /**
     * The indexed questions that a curator's merge decision names as the one to merge into: all that a lookup needs
     * to know about which ids are indexed (a set of every id was a million entries at 1M, for a handful of lookups).
     */
    private final Set<String> indexedMergeTargets = new HashSet<>();

    /** The pipeline asks about a question, then adds it: the last profile read is kept for that second call. */
    private String lastText;
    private QuestionProfile lastProfile;
    /** Profiles of the phrasings {@link #prepare} was last given, made on several threads ahead of use. */
    private Map<String, QuestionProfile> prepared = Map.of();
    private boolean warmedUp;

    private QuestionProfile profile(String text) {
        if (!text.equals(lastText)) {
            QuestionProfile p = prepared.get(text);
            lastProfile = p != null ? p : analyzer.profile(text);
            lastText = text;
        }
        return lastProfile;
    }

    /**
     * Profiling is most of the cost of an indexed question and depends on nothing but the text, so it runs on
     * every core while lookups and additions, which depend on what came before, stay in order.
     */
    @Override
    public void prepare(List<Question> upcoming) {
        List<String> texts = new ArrayList<>();
        for (Question q : upcoming) {
            texts.addAll(analyzer.phrasings(q));
        }
        if (!warmedUp && !texts.isEmpty()) {
            // The first profile loads the traditional-Chinese dictionaries: do that on this thread, once, so the
            // parallel ones below only read them.
            analyzer.profile(texts.get(0));
            warmedUp = true;
        }
        Map<String, QuestionProfile> next = new ConcurrentHashMap<>(texts.size() * 2);
        texts.parallelStream().forEach(t -> next.computeIfAbsent(t, analyzer::profile));
        prepared = next;
    }

    ConceptIndex(QuestionAnalyzer analyzer, Decisions decisions) {
        this.analyzer = analyzer;
        this.decisions = decisions;
    }

    @Override
    public void add(Question question) {
        String id = question.id();
        if (decisions.isMergeTarget(id)) {
            indexedMergeTargets.add(id);
        }
        for (String text : analyzer.phrasings(question)) {
            QuestionProfile p = profile(text);
            String normalized = p.normalized();
            if (idOfText(normalized) != null) {
                continue;
            }
            byText.add(normalized.hashCode(), textPhrasings.size());
            textPhrasings.add(text);
            textIds.add(id);
            byKey.computeIfAbsent(p.key(), k -> new KeyBucket()).add(id, p);
        }
    }

    @Override
    public Optional<Match> findDuplicate(Question question) {
        Match best = null;
        for (String text : analyzer.phrasings(question)) {
            Match m = find(question.id(), profile(text));
            if (m != null && (best == null || m.score() > best.score())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The question whose phrasing normalises to {@code normalized}, the first one indexed; or null. */
    private String idOfText(String normalized) {
        int entry = byText.find(normalized.hashCode(),
                e -> TextNormalizer.normalize(textPhrasings.get(e)).equals(normalized));
        return entry < 0 ? null : textIds.get(entry);
    }

    private Match find(String ownId, QuestionProfile p) {
        String text = p.normalized();
        String decided = decisions.mergedInto(text);
        if (decided != null && indexedMergeTargets.contains(decided) && !decided.equals(ownId)) {
            return new Match(decided, 1.0, "a curator merged this question (bank/decisions.yaml)");
        }
        String same = idOfText(text);
        if (same != null && !same.equals(ownId) && !decisions.keptApart(ownId, text, same, text)) {
            return new Match(same, 1.0, "same text");
        }
        // The reason is worded for the best match only: wording it costs more than scoring.
        DuplicateScorer.Verdict best = null;
        String bestId = null;
        KeyBucket bucket = byKey.get(p.key());
        // Only the entries the bucket's prefix index names can be sure duplicates; in filing order, as before.
        for (long mask = bucket == null ? 0 : bucket.candidates(p); mask != 0; mask &= mask - 1) {
            int at = Long.numberOfTrailingZeros(mask);
            KeyBucket.Entry e = bucket.entry(at);
            if (!DuplicateScorer.isSureUnderOneKey(p, e.profile(), bucket.maybeSameText(at, text))
                    || e.id().equals(ownId)
                    || decisions.keptApart(ownId, text, e.id(), e.profile().normalized())) {
                continue; // the scorer first: it rejects most candidates without leaving the profile
            }
            DuplicateScorer.Verdict v = DuplicateScorer.compare(p, e.profile());
            if (best == null || v.score() > best.score()) {
                best = v;
                bestId = e.id();
            }
        }
        return best == null ? null : new Match(bestId, best.score(), best.reason());
    }
}
