package dev.qbank.importers;

import dev.qbank.importers.dedup.TextNormalizer;
import dev.qbank.model.Conflict;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.QuestionIds;
import dev.qbank.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Pulls one phrasing, with its sources, out of a question that {@code qbank import} merged it into (a wrong
 * automatic merge): the phrasing becomes the question the import would have made of it, and the kept question
 * loses that phrasing, its sources and the conflicts they brought, everything else (a curator's edits, what the
 * merge filled in) staying as it is. The phrasing is named by its text as the question's {@code aliases} show it
 * (whole, or a part only one alias holds) or by one of its sources as {@code file:line}.
 */
public final class PhrasingSplit {
    /** How many phrasings or sources a message lists before "...". */
    private static final int LISTED = 4;

    /**
     * What a curator named: the phrasing and the question's sources that give it.
     *
     * @param phrasing the phrasing as the question's aliases hold it (the source's text if none does)
     * @param sources  the sources of the question that give it, in the question's order
     */
    public record Choice(String phrasing, List<Source> sources) {
        public Choice {
            sources = List.copyOf(sources);
        }
    }

    /**
     * The outcome of a split.
     *
     * @param kept   the question the phrasing was merged into, without it
     * @param pulled the phrasing as a question of its own
     * @param note   null when its source file gave the question again; else one line saying it was rebuilt, and why
     * @param taken  the texts ({@code prompt}, {@code answer}, {@code explanation}) {@code kept} still holds as the
     *               phrasing's source gave them and no source it keeps gave: the merge filled them in from it
     */
    public record Result(Question kept, Question pulled, String note, List<String> taken) {
    }

    private PhrasingSplit() {
    }

    /**
     * The phrasing of {@code q} that {@code what} names, or null when it names none. A name that fits several is
     * refused, as is the question's own phrasing or its only source (nothing would be left to keep it);
     * {@code where} is the question's file, which those messages name.
     */
    public static Choice find(Path bank, Question q, String what, String where) {
        String wanted = TextNormalizer.normalize(what);
        if (q.aliases().contains(what)) {
            return checked(q, what, sourcesOf(q, what), where);
        }
        Source cited = cited(bank, q, what, where);
        if (cited != null) {
            List<Source> same = q.sources().stream().filter(s -> s.key().equals(cited.key())).toList();
            if (sameText(cited.text(), q.question())) {
                throw ownPhrasing(q, where, cited);
            }
            return checked(q, phrasingOf(q, cited), same, where);
        }
        if (!wanted.isEmpty() && wanted.equals(TextNormalizer.normalize(q.question()))) {
            throw ownPhrasing(q, where);
        }
        List<String> alike = q.aliases().stream().filter(a -> TextNormalizer.normalize(a).equals(wanted)).toList();
        if (alike.isEmpty() && !wanted.isEmpty()) {
            alike = q.aliases().stream().filter(a -> TextNormalizer.normalize(a).contains(wanted)).toList();
        }
        if (alike.size() > 1) {
            throw QbankException.usage("dedup", where, "'" + what + "' is in " + alike.size() + " phrasings of "
                    + q.id() + " (" + listed(alike.stream().map(a -> "'" + a + "'").toList())
                    + "); give one whole, or its source as file:line");
        }
        return alike.isEmpty() ? null : checked(q, alike.get(0), sourcesOf(q, alike.get(0)), where);
    }

    /** The refusal for a name that is neither a phrasing nor a source of {@code q}. */
    public static QbankException unknown(Question q, String what, String where) {
        return QbankException.usage("dedup", where, "question " + q.id() + " has no phrasing or source '" + what
                + "'; name one of its aliases (" + listed(q.aliases().stream().map(a -> "'" + a + "'").toList())
                + ") or sources (" + listed(q.sources().stream().map(Source::citation).toList()) + ")");
    }

    /**
     * Splits {@code choice} out of {@code q}: the new question gets the id the import would have given it
     * ({@link QuestionIds#assign} on its source, {@code taken} telling the ids in use) and what its source file
     * gives for it now; when the file no longer gives it, it is rebuilt from what {@code q} kept of it.
     */
    public static Result split(Path bank, Question q, Choice choice, Predicate<String> taken) {
        Source first = choice.sources().get(0);
        String id = QuestionIds.assign(first, taken);
        SourceReread.Outcome read = SourceReread.of(bank, first);
        Question kept = without(q, choice);
        List<String> filledIn = takenFrom(kept, choice);
        if (read.question() == null) {
            return new Result(kept, rebuilt(q, choice, id), id + " is rebuilt from what " + q.id()
                    + " kept of it (the phrasing, and the texts and conflicts its source gave), since "
                    + read.missing(),
                    filledIn);
        }
        // The source as the file gives it now: its line and digest, not those of the import that merged it, or the
        // digest would say the file gave a text it no longer gives (and the next import would see a change that
        // is not one). The chosen sources' other copies of the wording stay as recorded.
        List<Source> sources = new ArrayList<>(choice.sources());
        sources.set(0, read.question().sources().get(0).withDigest(SourceDigest.of(read.question())));
        // its media were copied into the bank by the merge, and are listed by the kept question
        Question pulled = read.question().toBuilder().id(id).sources(sources)
                .media(read.question().media().stream().filter(q.media()::contains).toList()).build();
        return new Result(kept, pulled, null, filledIn);
    }

    /**
     * The texts of {@code kept} that the chosen phrasing's source gave (its digest says so) and none of the sources
     * it keeps did: a merge filled them in from the phrasing, and they stay (a split changes nothing else), but the
     * curator should hear of them.
     */
    static List<String> takenFrom(Question kept, Choice choice) {
        String mine = SourceDigest.of(kept);
        List<String> out = new ArrayList<>();
        for (String field : SourceDigest.FIELDS) {
            if (SourceDigest.text(kept, field) != null
                    && choice.sources().stream().anyMatch(s -> SourceDigest.sameGiven(s.digest(), mine, field))
                    && kept.sources().stream().noneMatch(s -> SourceDigest.sameGiven(s.digest(), mine, field))) {
                out.add(field);
            }
        }
        return out;
    }

    /**
     * {@code q} without the chosen phrasing: without its sources, the conflicts they brought, and the alias unless a
     * source it keeps still gives that text. Everything else is kept as it is.
     */
    static Question without(Question q, Choice choice) {
        List<Source> rest = q.sources().stream().filter(s -> !choice.sources().contains(s)).toList();
        Set<String> citations = new LinkedHashSet<>();
        choice.sources().forEach(s -> citations.add(s.citation()));
        String phrasing = TextNormalizer.normalize(choice.phrasing());
        boolean stillGiven = rest.stream().anyMatch(s -> TextNormalizer.normalize(s.text()).equals(phrasing));
        List<String> aliases = stillGiven ? q.aliases()
                : q.aliases().stream().filter(a -> !TextNormalizer.normalize(a).equals(phrasing)).toList();
        return q.toBuilder().sources(rest).aliases(aliases)
                .conflicts(q.conflicts().stream().filter(c -> !citations.contains(c.source())).toList()).build();
    }

    /**
     * The chosen phrasing as a question, from what {@code q} kept of it: its text, the conflicts its sources
     * brought, and each text of {@code q}'s that its source's digest says it gave ({@link SourceDigest}).
     */
    static Question rebuilt(Question q, Choice choice, String id) {
        Source first = choice.sources().get(0);
        Question.Builder b = Question.builder(choice.phrasing()).id(id).sources(choice.sources())
                .language(LanguageGuess.of(choice.phrasing()));
        String mine = SourceDigest.of(q);
        for (String field : SourceDigest.FIELDS) {
            String value = conflict(q, choice, field);
            if (value == null && SourceDigest.text(q, field) != null
                    && SourceDigest.sameGiven(first.digest(), mine, field)) {
                value = SourceDigest.text(q, field);
            }
            switch (field) {
                case "prompt" -> b.prompt(value);
                case "answer" -> b.answer(value);
                default -> b.explanation(value);
            }
        }
        b.topic(conflict(q, choice, "topic"));
        String difficulty = conflict(q, choice, "difficulty");
        b.difficulty(difficulty == null ? null : Difficulty.parse(difficulty).orElse(null));
        return b.build();
    }

    /** The value a conflict of {@code q} from one of the chosen sources holds for {@code field}, or null. */
    private static String conflict(Question q, Choice choice, String field) {
        for (Conflict c : q.conflicts()) {
            if (c.field().equals(field) && choice.sources().stream().anyMatch(s -> s.citation().equals(c.source()))) {
                return c.value();
            }
        }
        return null;
    }

    private static Choice checked(Question q, String phrasing, List<Source> sources, String where) {
        if (TextNormalizer.normalize(phrasing).equals(TextNormalizer.normalize(q.question()))) {
            throw ownPhrasing(q, where);
        }
        if (sources.isEmpty()) {
            throw QbankException.usage("dedup", where, "no source of " + q.id() + " gives the phrasing '" + phrasing
                    + "' (written by hand?), so there is nothing to split out: delete it from its aliases instead");
        }
        if (sources.size() == q.sources().size()) {
            throw QbankException.usage("dedup", where, "'" + phrasing + "' gives every source of " + q.id()
                    + ", so nothing would be left of it: put that phrasing in its 'question' instead");
        }
        return new Choice(phrasing, sources);
    }

    private static QbankException ownPhrasing(Question q, String where) {
        return ownPhrasing(q, where, null);
    }

    /**
     * The refusal for the question's own text; {@code cited}, when the curator named a source, may be one of
     * several files giving that same wording, which no other phrasing (and no 'question' swap) can help with.
     */
    private static QbankException ownPhrasing(Question q, String where, Source cited) {
        String why = "that is the question text of " + q.id() + " itself, which cannot be split from it";
        List<String> others = cited == null ? List.of() : q.sources().stream()
                .filter(s -> !s.file().equals(cited.file()) && sameText(s.text(), cited.text()))
                .map(Source::citation).toList();
        if (!others.isEmpty()) {
            return QbankException.usage("dedup", where, why + ": " + cited.citation() + " gives the same wording as "
                    + listed(others) + ", so import reads them as one question; to drop that file's copy, delete its"
                    + " entry under 'sources' of " + q.id() + " (or the question from " + cited.file() + ")");
        }
        if (q.aliases().isEmpty()) {
            return QbankException.usage("dedup", where, why + ": it has no other phrasing to split out");
        }
        return QbankException.usage("dedup", where, why + ": split its other phrasings out, or make one of them its"
                + " 'question' first");
    }

    private static boolean sameText(String a, String b) {
        return TextNormalizer.normalize(a).equals(TextNormalizer.normalize(b));
    }

    /** The sources of {@code q} that give {@code phrasing} (compared as dedup compares texts). */
    private static List<Source> sourcesOf(Question q, String phrasing) {
        String wanted = TextNormalizer.normalize(phrasing);
        return q.sources().stream().filter(s -> TextNormalizer.normalize(s.text()).equals(wanted)).toList();
    }

    /** The alias of {@code q} that {@code source} gives, or its text when none does (the question's own, perhaps). */
    private static String phrasingOf(Question q, Source source) {
        String text = TextNormalizer.normalize(source.text());
        if (text.equals(TextNormalizer.normalize(q.question()))) {
            return q.question();
        }
        return q.aliases().stream().filter(a -> TextNormalizer.normalize(a).equals(text)).findFirst()
                .orElse(source.text());
    }

    /**
     * The source of {@code q} that {@code what}, as {@code file:line}, names: the file as the bank records it, as
     * typed from where the command runs, or by its name alone when only one of the question's files has it.
     */
    private static Source cited(Path bank, Question q, String what, String where) {
        // file:line, a source as messages and question files cite it
        int colon = what.lastIndexOf(':');
        String digits = colon < 1 ? "" : what.substring(colon + 1);
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        String file = what.substring(0, colon).replace('\\', '/');
        int line = Integer.parseInt(digits);
        String typed = recordedName(bank, file);
        List<Source> found = new ArrayList<>();
        for (Source s : q.sources()) {
            if (s.line() == line && (s.file().equals(file) || s.file().equals(typed)
                    || s.file().endsWith("/" + file))) {
                found.add(s);
            }
        }
        if (found.size() > 1) {
            throw QbankException.usage("dedup", where, what + " fits " + found.size() + " sources of " + q.id() + " ("
                    + listed(found.stream().map(Source::citation).toList()) + "); give the file's whole path");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** A path typed from where the command runs, as the bank records it: from the folder holding the bank. */
    private static String recordedName(Path bank, String typed) {
        try {
            Path base = bank.toAbsolutePath().normalize().getParent();
            Path file = Path.of(typed).toAbsolutePath().normalize();
            return base == null ? typed : base.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) { // an invalid path, or one on another drive
            return typed;
        }
    }

    private static String listed(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items.subList(0, Math.min(LISTED, items.size())))
                + (items.size() > LISTED ? ", ..." : "");
    }
}
