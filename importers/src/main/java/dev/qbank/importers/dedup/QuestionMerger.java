package dev.qbank.importers.dedup;

import dev.qbank.model.Conflict;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds a duplicate into the question it duplicates. Nothing a source said is dropped: every source and phrasing
 * is kept (phrasings as aliases), tags, references and media are united, a missing field is filled from the
 * duplicate, a fuller text that contains the kept one whole replaces it (the fullest answer), and any other
 * different value for a field already set is kept as a {@link Conflict} for a curator.
 * Otherwise the target's own values win, so a curator's edits in the bank are never overwritten.
 */
public final class QuestionMerger {
    private QuestionMerger() {
    }

    public static Question merge(Question target, Question duplicate) {
        Question.Builder b = target.toBuilder();
        List<Conflict> conflicts = new ArrayList<>(target.conflicts());
        String from = duplicate.sources().isEmpty() ? null : duplicate.sources().get(0).citation();

        b.prompt(fullest("prompt", target.prompt(), duplicate.prompt(), from, conflicts));
        b.answer(fullest("answer", target.answer(), duplicate.answer(), from, conflicts));
        b.explanation(fullest("explanation", target.explanation(), duplicate.explanation(), from, conflicts));
        b.topic(pick("topic", target.topic(), duplicate.topic(), from, conflicts));
        b.language(target.language() != null ? target.language() : duplicate.language());
        if (target.difficulty() == null) {
            b.difficulty(duplicate.difficulty());
        } else if (duplicate.difficulty() != null && duplicate.difficulty() != target.difficulty()) {
            addConflict(conflicts, new Conflict("difficulty", duplicate.difficulty().id(), from));
        }

        b.tags(union(target.tags(), duplicate.tags()));
        b.media(union(target.media(), duplicate.media()));
        Map<String, Reference> refs = new LinkedHashMap<>();
        for (Reference r : target.references()) {
            refs.putIfAbsent(r.key(), r);
        }
        for (Reference r : duplicate.references()) {
            refs.putIfAbsent(r.key(), r);
        }
        b.references(List.copyOf(refs.values()));

        LinkedHashSet<String> aliases = new LinkedHashSet<>(target.aliases());
        aliases.add(duplicate.question());
        aliases.addAll(duplicate.aliases());
        aliases.remove(target.question());
        b.aliases(List.copyOf(aliases));

        Map<String, Source> sources = new LinkedHashMap<>();
        for (Source s : target.sources()) {
            sources.putIfAbsent(place(s), s);
        }
        for (Source s : duplicate.sources()) {
            sources.putIfAbsent(place(s), s);
        }
        b.sources(List.copyOf(sources.values()));
        for (Conflict c : duplicate.conflicts()) {
            addConflict(conflicts, c);
        }
        b.conflicts(conflicts);
        return b.build();
    }

    /**
     * Undoes {@link #merge}: takes out of {@code current} (the merged question, possibly edited since) what
     * {@code removed} brought into it, judged against {@code before} (the target as it was before the merge).
     * Anything a curator changed after the merge stays.
     */
    public static Question unmerge(Question current, Question before, Question removed) {
        Question.Builder b = current.toBuilder();
        b.prompt(restore(current.prompt(), before.prompt(), removed.prompt()));
        b.answer(restore(current.answer(), before.answer(), removed.answer()));
        b.explanation(restore(current.explanation(), before.explanation(), removed.explanation()));
        b.topic(restore(current.topic(), before.topic(), removed.topic()));
        if (before.difficulty() == null && current.difficulty() == removed.difficulty()) {
            b.difficulty(null);
        }
        if (before.language() == null && Objects.equals(current.language(), removed.language())) {
            b.language(null);
        }
        b.tags(without(current.tags(), removed.tags(), before.tags()));
        b.media(without(current.media(), removed.media(), before.media()));
        List<String> aliasesB = new ArrayList<>(removed.aliases());
        aliasesB.add(removed.question());
        b.aliases(without(current.aliases(), aliasesB, before.aliases()));
        List<Reference> refs = new ArrayList<>();
        for (Reference r : current.references()) {
            boolean fromRemoved = removed.references().stream().anyMatch(x -> Objects.equals(x.key(), r.key()));
            boolean hadBefore = before.references().stream().anyMatch(x -> Objects.equals(x.key(), r.key()));
            if (!fromRemoved || hadBefore) {
                refs.add(r);
            }
        }
        b.references(refs);
        List<Source> sources = new ArrayList<>();
        for (Source s : current.sources()) {
            boolean fromRemoved = removed.sources().stream().anyMatch(x -> place(x).equals(place(s)));
            boolean hadBefore = before.sources().stream().anyMatch(x -> place(x).equals(place(s)));
            if (!fromRemoved || hadBefore) {
                sources.add(s);
            }
        }
        b.sources(sources);
        List<Conflict> conflicts = new ArrayList<>();
        for (Conflict c : current.conflicts()) {
            if (before.conflicts().contains(c) || !fromMerge(c, removed)) {
                conflicts.add(c);
            }
        }
        b.conflicts(conflicts);
        return b.build();
    }

    /**
     * Where a source question stands: file, line and wording. A source that repeats a question word for word
     * (seed 002 asks its Q7 again as Q34) has two places with one {@link Source#key()}; both are kept, so every
     * source line stays traceable. (Whether a source was already imported is still judged by key, file and
     * wording, so a re-import after lines moved is a no-op.)
     */
    private static String place(Source s) {
        return s.key() + '\u0000' + s.line();
    }

    /** A field the removed question filled or replaced goes back to what the target had. */
    private static String restore(String current, String before, String removed) {
        if (Objects.equals(current, removed) && !Objects.equals(current, before)) {
            return before;
        }
        return current;
    }

    private static boolean fromMerge(Conflict c, Question removed) {
        if (removed.conflicts().contains(c)) {
            return true;
        }
        String from = removed.sources().isEmpty() ? null : removed.sources().get(0).citation();
        return Objects.equals(c.source(), from);
    }

    private static List<String> without(List<String> current, List<String> brought, List<String> before) {
        List<String> out = new ArrayList<>();
        for (String s : current) {
            if (!brought.contains(s) || before.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Like {@link #pick}, but a duplicate's text that contains the kept text whole (the same answer, only fuller)
     * replaces it: nothing is lost, and the bank keeps the fullest answer.
     */
    private static String fullest(String field, String mine, String theirs, String from, List<Conflict> conflicts) {
        if (!isBlank(mine) && !isBlank(theirs) && theirs.strip().length() > mine.strip().length()
                && WholeText.contains(theirs, mine.strip())) {
            return theirs;
        }
        return pick(field, mine, theirs, from, conflicts);
    }

    private static String pick(String field, String mine, String theirs, String from, List<Conflict> conflicts) {
        if (isBlank(mine)) {
            return theirs;
        }
        if (!isBlank(theirs) && !theirs.strip().equals(mine.strip())) {
            addConflict(conflicts, new Conflict(field, theirs, from));
        }
        return mine;
    }

    private static void addConflict(List<Conflict> conflicts, Conflict c) {
        for (Conflict existing : conflicts) {
            if (existing.field().equals(c.field()) && existing.value().equals(c.value())
                    && Objects.equals(existing.source(), c.source())) {
                return;
            }
        }
        conflicts.add(c);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
