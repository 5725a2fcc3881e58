package dev.qbank.importers;

import dev.qbank.importers.dedup.DuplicateIndex;
import dev.qbank.importers.dedup.QuestionMerger;
import dev.qbank.importers.dedup.TextNormalizer;
import dev.qbank.importers.dedup.WholeText;
import dev.qbank.model.BankStore;
import dev.qbank.model.Conflict;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.QuestionIds;
import dev.qbank.model.Source;
import dev.qbank.model.SourceBank;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Merges incoming questions into a bank's questions, one at a time, in input order. Everything is a hash lookup
 * (source key, id, the duplicate index), never a comparison with every question, so a million-question bank
 * merges in linear time.
 *
 * <ul>
 *   <li>a question whose source (same file, same wording) the bank already has is <em>unchanged</em>: the bank's
 *       copy is not rewritten from its source, so a curator's edits survive re-import; when the file changed since
 *       the last import and now gives that question an answer (explanation, prompt) the bank's lacks, the file's is
 *       recorded once among the question's conflicts (see {@link #noteSourceChanged});</li>
 *   <li>the same wording a second time in this import is <em>merged</em> into the first, keeping its line;</li>
 *   <li>otherwise, if the duplicate index finds the question it duplicates, it is <em>merged</em> into that one
 *       (its wording becomes an alias, its source is added, disagreeing values become conflicts);</li>
 *   <li>otherwise it is <em>added</em> with a new id.</li>
 * </ul>
 * Questions from qbank's own exports arrive with their id and keep it (see {@link #offerExported}).
 */
final class BankMerge {
    private final Map<String, Question> bank = new HashMap<>();
    /** The question each source key (file and wording) of the bank, or of a qbank export, belongs to. */
    private final SourceKeys bankIdBySourceKey = new SourceKeys();
    /**
     * The same for source keys first seen in this import. Kept apart from the bank's so that which table holds a key
     * tells whether it is a re-import (unchanged) or a repeat within this import (merged), without a third table of a
     * million keys.
     */
    private final SourceKeys importedIdBySourceKey = new SourceKeys();
    /**
     * The bank's source keys this import met again, and how many distinct keys the bank has per file: a re-imported
     * file that no longer holds some of its questions is noticed (see {@link #gone}) without a set of every key.
     */
    private final SourceKeys bankKeysSeen = new SourceKeys();
    private final Map<String, Integer> bankKeysPerFile = new HashMap<>();
    private final Map<String, Integer> bankKeysSeenPerFile = new HashMap<>();
    /** How many sources the bank's questions cite per file, repeats included (see {@link #heldWhole}). */
    private final Map<String, Integer> bankSourcesPerFile = new HashMap<>();
    private final List<SharedSource> sharedSources = new ArrayList<>();
    private final DuplicateIndex index;
    private final DeletedSources deleted;
    private final Map<String, Question> changed = new LinkedHashMap<>();
    private int added;
    private int unchanged;
    private int merged;
    /** Bank questions whose source question was reworded in place: said apart from merges, which they are not. */
    private int rewordedCount;
    /** Bank questions that moved to another file of this import: offered as duplicates of themselves, not merges. */
    private int movedCount;
    private int keptOut;
    /** Whether the file being offered is byte for byte the one the bank last imported (see DeletedSources). */
    private boolean fileAsLastImported;
    /** Whether its bytes are the ones last imported (read again for other ask words, perhaps): its texts did not change. */
    private boolean bytesAsLastImported;
    /** Per file: bank questions whose text the file now words otherwise, as "q-1 (line 6: answer)". */
    private final Map<String, List<String>> sourceChanged = new HashMap<>();
    /** Per file: source questions found deleted from the bank by this import (newly recorded in DeletedSources). */
    private final Map<String, List<Source>> foundDeleted = new HashMap<>();
    /** The files whose questions this import offered (read, not passed over as held whole). */
    private final Set<String> readFiles = new HashSet<>();
    /** Per file: bank questions that moved from it to another file this import read, as "q-1 (was line 6, now b:2)". */
    private final Map<String, List<String>> movedAway = new HashMap<>();

    /**
     * A bank question as it was before this import merged {@code incoming} into it, kept when {@code incoming}
     * words one of its sources in another file: the question may have moved there (see {@link #settleMovedQuestions}).
     */
    private record MergedAt(Question before, Question incoming) {
    }

    /** Per id and new citation: the merges that may be moves (see {@link MergedAt}). */
    private final Map<String, MergedAt> mayHaveMoved = new HashMap<>();

    /** A bank question's source, filed by its place in its file (see {@link #rewordedAt}). */
    private record Cited(String id, Source source) {
    }

    /**
     * The bank's sources by place: numbered ones by file, number and section, the others by file, format, line and
     * section; built when first needed (see {@link #rewordedAt}).
     */
    private Map<String, List<Cited>> bankSourcesByPlace;
    /** The files this import reads (their recorded names), the only ones whose sources the index above needs; null: all. */
    private Set<String> offeredFiles;
    /** The questions of the file being offered, and their source keys once {@link #rewordedAt} needs them. */
    private List<Question> offering = List.of();
    private SourceKeys offeringKeys;
    /** The bank's numbered sources by file and number alone (see {@link #bankSourcesByNumber()}); null until needed. */
    private Map<String, List<Cited>> bankSourcesByNumber;
    /** The one section the questions of the file being offered stand in, or {@link #MIXED}; null until needed. */
    private String offeringSection;
    private static final String MIXED = "\0mixed";
    /** Per file: bank questions whose source question was reworded in the file, as "q-1 (line 6)". */
    private final Map<String, List<String>> reworded = new HashMap<>();

    /** Questions profiled ahead of the in-order work at a time: enough for both cores, little memory. */
    private static final int PREPARE_CHUNK = 8192;

    /** Whether questions deleted from the bank are added again instead of kept out (import --restore-deleted). */
    private final boolean restoreDeleted;

    /**
     * Bank questions not yet in the duplicate index. The index is only needed for a question no source key places,
     * so a re-import that finds every question where it left it never profiles the bank (at 1M questions, most of
     * its time); the bank is indexed, whole and in bank order, when the first question needs it.
     */
    private List<Question> notIndexed;

    BankMerge(List<Question> existing, DuplicateIndex index, DeletedSources deleted, boolean restoreDeleted) {
        this.index = index;
        this.deleted = deleted;
        this.restoreDeleted = restoreDeleted;
        existing.forEach(this::addExisting);
        this.notIndexed = existing;
    }

    /**
     * The recorded names of the files this import will offer, before the first is offered: the index of the bank's
     * sources by place ({@link #rewordedAt}) then holds theirs only, not every source of a large bank.
     */
    void willOffer(Collection<String> files) {
        offeredFiles = new HashSet<>(files);
    }

    /** Indexes the bank's questions, before the first question is looked up or added (see {@link #notIndexed}). */
    private void indexBank() {
        if (notIndexed != null) {
            List<Question> bankQuestions = notIndexed;
            notIndexed = null;
            inPreparedChunks(bankQuestions, index::add);
        }
    }

    private void addExisting(Question q) {
        if (q.id() == null || bank.containsKey(q.id())) {
            throw new QbankException(Diagnostic.error("bank", "", 0, 0, (q.id() == null ? "a bank question has no id"
                    : "two bank questions share the id " + q.id()) + " ('" + q.question()
                    + "'); fix the bank (qbank validate shows where) before importing into it"));
        }
        bank.put(q.id(), q);
        for (Source s : q.sources()) {
            bankSourcesPerFile.merge(s.file(), 1, Integer::sum);
            if (bankIdBySourceKey.putIfAbsent(s, q.id())) {
                bankKeysPerFile.merge(s.file(), 1, Integer::sum);
            } else {
                noteSharedSource(q.id(), s);
            }
        }
    }

    /**
     * Bank question {@code id} cites {@code s}, a source key another bank question already cites: at the same line,
     * that is one source question claimed by two bank questions, which only a question file copied with its
     * sources (a contributor's template for a new question) gives. The import matches the source to the first and
     * says so (see {@link #sharedSources}), instead of carrying the copy's claim on silently. A file that asks one
     * question twice (two lines) cited by two questions split apart is no copy.
     */
    private void noteSharedSource(String id, Source s) {
        String first = bankIdBySourceKey.get(s);
        if (first.equals(id)) {
            return;
        }
        Question firstQuestion = bank.get(first);
        if (firstQuestion != null && firstQuestion.sources().stream()
                .anyMatch(t -> t.line() == s.line() && t.key().equals(s.key()))) {
            sharedSources.add(new SharedSource(id, first, s));
        }
    }

    /** A source question two bank questions cite (see {@link #noteSharedSource}). */
    record SharedSource(String id, String firstId, Source source) {
    }

    /** Source questions two bank questions cite, in the order the bank was read. */
    List<SharedSource> sharedSources() {
        return sharedSources;
    }

    /** Hands {@code questions} to {@code step} in order, the duplicate index having prepared each chunk first. */
    private void inPreparedChunks(List<Question> questions, Consumer<Question> step) {
        for (int i = 0; i < questions.size(); i += PREPARE_CHUNK) {
            List<Question> chunk = questions.subList(i, Math.min(questions.size(), i + PREPARE_CHUNK));
            index.prepare(chunk);
            chunk.forEach(step);
        }
    }

    /**
     * Offers {@code incoming}, the questions of one file, in order, the duplicate index having prepared them on every
     * core first. {@code asLastImported}: the file is byte for byte the one the bank last imported from it, so a
     * question of it that no bank question cites was deleted from the bank by hand (see {@link DeletedSources}).
     */
    void offerAll(List<Question> incoming, boolean asLastImported, boolean sameBytes) {
        fileAsLastImported = asLastImported;
        bytesAsLastImported = sameBytes;
        offering = incoming;
        offeringKeys = null;
        offeringSection = null;
        try {
            for (int i = 0; i < incoming.size(); i += PREPARE_CHUNK) {
                List<Question> chunk = incoming.subList(i, Math.min(incoming.size(), i + PREPARE_CHUNK));
                // only questions that no bank source key places reach the index: the others need no profile
                List<Question> unplaced = chunk.stream()
                        .filter(q -> q.id() != null || !bankIdBySourceKey.contains(q.sources().get(0))).toList();
                if (!unplaced.isEmpty()) {
                    indexBank();
                    index.prepare(unplaced);
                }
                chunk.forEach(this::offer);
            }
        } finally {
            fileAsLastImported = false;
            bytesAsLastImported = false;
            offering = List.of();
            offeringKeys = null;
            offeringSection = null;
        }
    }

    void offer(Question incoming) {
        if (incoming.id() != null) {
            offerExported(incoming);
            return;
        }
        String cited = bankIdBySourceKey.get(incoming.sources().get(0));
        if (cited == null || !bytesAsLastImported) {
            // what the source gives is recorded with it, for the next import of a changed file (a file read again
            // as it was imported gives what it gave: nothing to compare, nothing to record)
            incoming = withDigest(incoming);
        }
        Source source = incoming.sources().get(0);
        readFiles.add(source.file());
        String repeated = importedIdBySourceKey.get(source);
        if (repeated != null) {
            // The same wording twice in this import (a source that repeats a question): fold the repeat into the
            // first occurrence, keeping its line and anything it adds, so every source question stays traceable.
            changed.put(repeated, QuestionMerger.merge(current(repeated), incoming));
            merged++;
            return;
        }
        if (cited != null) {
            if (bankKeysSeen.putIfAbsent(source, "")) {
                bankKeysSeenPerFile.merge(source.file(), 1, Integer::sum);
            }
            if (!bytesAsLastImported) {
                noteSourceChanged(cited, incoming, citing(current(cited), source));
            }
            unchanged++;
            return;
        }
        if (restoreDeleted) {
            deleted.restore(source);
        } else if (deleted.contains(source)) {
            keptOut++;
            return;
        } else if (fileAsLastImported) {
            // The last import of this very file put this question in the bank, and no bank question cites it now.
            deleted.add(source);
            foundDeleted.computeIfAbsent(source.file(), f -> new ArrayList<>()).add(source);
            keptOut++;
            return;
        }
        Cited before = rewordedAt(source);
        if (before != null) {
            // the source's question at this place was reworded upstream: the bank's question (perhaps curated) now
            // cites the new wording, and is otherwise kept as it is, instead of getting an uncurated twin
            Question q = current(before.id());
            changed.put(before.id(), q.toBuilder().sources(q.sources().stream()
                    .map(s -> s.equals(before.source()) ? source : s).toList()).build());
            noteSourceChanged(before.id(), incoming, before.source());
            importedIdBySourceKey.putIfAbsent(source, before.id());
            if (bankKeysSeen.putIfAbsent(before.source(), "")) {
                bankKeysSeenPerFile.merge(source.file(), 1, Integer::sum);
            }
            reworded.computeIfAbsent(source.file(), f -> new ArrayList<>())
                    .add(before.id() + " (line " + source.line() + ")");
            rewordedCount++;
            return;
        }
        indexBank();
        Optional<DuplicateIndex.Match> match = index.findDuplicate(incoming);
        if (match.isPresent() && current(match.get().id()) != null) {
            String id = match.get().id();
            Question found = current(id);
            if (bank.containsKey(id) && wordsASourceElsewhere(found, source)) {
                mayHaveMoved.put(id + '\0' + source.citation(), new MergedAt(found, incoming));
            }
            Question target = QuestionMerger.merge(found, incoming);
            changed.put(id, target);
            importedIdBySourceKey.putIfAbsent(source, id);
            merged++;
            return;
        }
        String id = QuestionIds.assign(source, this::taken);
        Question q = incoming.withId(id);
        index.add(q);
        changed.put(id, q);
        importedIdBySourceKey.putIfAbsent(source, id);
        added++;
    }

    /** {@code q}, as its file gives it, with its source recording what it gives ({@link SourceDigest}). */
    private static Question withDigest(Question q) {
        List<Source> sources = new ArrayList<>(q.sources());
        sources.set(0, sources.get(0).withDigest(SourceDigest.of(q)));
        return q.toBuilder().sources(sources).build();
    }

    /**
     * The source of bank question {@code q} that {@code source} (same file and wording) is: the one at its line when
     * the file repeats the wording, else the first; null when there is none (the question was rewritten since).
     */
    private static Source citing(Question q, Source source) {
        Source found = null;
        for (Source s : q == null ? List.<Source>of() : q.sources()) {
            if (!s.key().equals(source.key())) {
                continue;
            }
            if (s.line() == source.line()) {
                return s;
            }
            if (found == null || nearer(s, found, source)) {
                found = s;
            }
        }
        return found;
    }

    /**
     * Whether {@code a} is likelier than {@code b} (same file, same wording) to be where {@code source} stood before
     * its lines moved: a file that asks one question twice (two answers) would otherwise have each occurrence
     * compared with the first one's record, and the import after lines were inserted above them would rewrite the
     * first's digest with the second's, and back, on every change of the file. The one that recorded the same texts
     * first, then the nearest line.
     */
    private static boolean nearer(Source a, Source b, Source source) {
        boolean aSame = source.digest() != null && source.digest().equals(a.digest());
        boolean bSame = source.digest() != null && source.digest().equals(b.digest());
        if (aSame != bSame) {
            return aSame;
        }
        return Math.abs(a.line() - source.line()) < Math.abs(b.line() - source.line());
    }

    /**
     * The bank question {@code id} cites {@code incoming}'s source ({@code cited}, as the bank holds it) from a file
     * that changed since the last import. The bank's text is never rewritten from a source (a curator may have
     * written it). A text the source gives as it gave it last time ({@link SourceDigest}) is no change, whatever the
     * bank's question holds now: that is a curator's edit. Any other text of the file's that the bank's question
     * neither holds (whole, as a merge that kept the fuller answer does) nor records among its conflicts is
     * recorded there, with the source's citation, and named in a warning: an upstream fix is never dropped without a
     * word. The source then records what it gives now, so the change is recorded once. A source from a bank written
     * before sources recorded what they gave cannot tell: a text that differs from the bank's is recorded, once (it
     * is found among the conflicts by field and value when imported again, the line may move).
     */
    private void noteSourceChanged(String id, Question incoming, Source cited) {
        Question q = current(id);
        if (q == null) {
            return;
        }
        List<Conflict> conflicts = null;
        List<String> fields = new ArrayList<>(1);
        Source source = incoming.sources().get(0);
        String recorded = cited == null ? null : cited.digest();
        for (String field : SourceDigest.FIELDS) {
            String theirs = SourceDigest.text(incoming, field);
            String mine = SourceDigest.text(q, field);
            // equal first: the usual case, and no search through a long text
            if (theirs == null || theirs.isBlank() || theirs.equals(mine)
                    || SourceDigest.sameGiven(recorded, source.digest(), field)
                    || mine != null && WholeText.contains(mine, theirs.strip())
                    || sameWordedPrompt(field, theirs, mine)) {
                continue;
            }
            List<Conflict> known = conflicts == null ? q.conflicts() : conflicts;
            if (known.stream().anyMatch(c -> c.field().equals(field) && c.value().strip().equals(theirs.strip()))) {
                continue;
            }
            if (conflicts == null) {
                conflicts = new ArrayList<>(q.conflicts());
            }
            conflicts.add(new Conflict(field, theirs, source.citation()));
            fields.add(field);
        }
        boolean learnt = cited != null && !Objects.equals(recorded, source.digest());
        if (conflicts != null || learnt) {
            Question.Builder b = q.toBuilder();
            if (learnt) {
                b.sources(q.sources().stream().map(s -> s == cited ? s.withDigest(source.digest()) : s).toList());
            }
            if (conflicts != null) {
                b.conflicts(conflicts);
            }
            changed.put(id, b.build());
        }
        if (conflicts != null) {
            sourceChanged.computeIfAbsent(source.file(), f -> new ArrayList<>())
                    .add(id + " (line " + source.line() + ": " + String.join(", ", fields) + ")");
        }
    }

    /**
     * A prompt holds its question's text ({@code 1. …} over its parts), which numbered and chapter lists stored
     * without its code spans' backticks before (imp32): compared without backticks, as the question's source is
     * ({@link Source#wording}), such a prompt is the same, not an upstream change.
     */
    private static boolean sameWordedPrompt(String field, String theirs, String mine) {
        return field.equals("prompt") && mine != null && theirs.indexOf('`') >= 0
                && theirs.replace("`", "").strip().equals(mine.replace("`", "").strip());
    }

    /**
     * For a file imported again: the bank questions it now gives another text than theirs (see
     * {@link #noteSourceChanged}), as a message, or null when there are none.
     */
    String sourceChanged(String file) {
        List<String> ids = sourceChanged.get(file);
        if (ids == null) {
            return null;
        }
        boolean one = ids.size() == 1;
        return (one ? "1 bank question cites" : ids.size() + " bank questions cite") + " a question this file now"
                + " answers otherwise: " + firstOf(ids)
                + "; the bank's text is kept and the file's is recorded under " + (one ? "its" : "their")
                + " 'conflicts': take from it what you want, then delete the conflict";
    }

    /**
     * A source file moved or renamed (git mv) and otherwise byte for byte as the bank last imported it: the bank's
     * questions that cite its old path cite the new one from now on, before the file's questions are offered. Its
     * questions are then found where the last import left them, as under the old name: matched by wording they
     * would be merged in again as duplicates of themselves, each question gaining a second source under the new
     * name, and a question a curator reworded would escape the match and come back as a new twin. Returns how
     * many bank questions were rewritten.
     */
    int renameFile(String from, String to) {
        bankSourcesByPlace = null; // built under the old name, if at all: built again when next needed
        bankSourcesByNumber = null;
        int moved = 0;
        for (String id : List.copyOf(bank.keySet())) {
            Question inBank = bank.get(id);
            if (inBank.sources().stream().noneMatch(s -> s.file().equals(from))) {
                continue;
            }
            Question renamed = withSourcesRenamed(inBank, from, to);
            bank.put(id, renamed);
            changed.put(id, changed.containsKey(id) ? withSourcesRenamed(changed.get(id), from, to) : renamed);
            for (Source s : renamed.sources()) {
                if (s.file().equals(to)) {
                    bankSourcesPerFile.merge(to, 1, Integer::sum);
                    if (bankIdBySourceKey.putIfAbsent(s, id)) {
                        bankKeysPerFile.merge(to, 1, Integer::sum);
                    }
                }
            }
            moved++;
        }
        bankSourcesPerFile.remove(from);
        bankKeysPerFile.remove(from);
        return moved;
    }

    private static Question withSourcesRenamed(Question q, String from, String to) {
        return q.toBuilder().sources(q.sources().stream()
                .map(s -> s.file().equals(from) ? s.withFile(to) : s)
                .toList()).build();
    }

    /**
     * The bank source that {@code source}, a question no source key places, rewords: the bank cites a question of
     * the same file at the same place, with other wording, and the file no longer holds that wording anywhere (so
     * the list was not renumbered around an inserted question, nor the question moved). A numbered source's place
     * is its number and section; any other's (a table row, a Q&A heading) its line, format and section, and since
     * a line is taken by whatever comes to stand there (a row inserted above a deleted one), the two wordings must
     * also be alike ({@link #alike}). Null when there is none.
     */
    private Cited rewordedAt(Source source) {
        if (fileAsLastImported || !bankSourcesPerFile.containsKey(source.file())) {
            return null; // a file the bank cites nothing from (every new file) never builds the index below
        }
        if (bankSourcesByPlace == null) {
            bankSourcesByPlace = new HashMap<>();
            for (Question q : bank.values()) {
                for (Source s : q.sources()) {
                    if (offeredFiles == null || offeredFiles.contains(s.file())) {
                        bankSourcesByPlace.computeIfAbsent(place(s), k -> new ArrayList<>(1))
                                .add(new Cited(q.id(), s));
                    }
                }
            }
        }
        List<Cited> there = bankSourcesByPlace.get(place(source));
        boolean underNewSection = false;
        if (there == null && source.number() != null && offeringInOneSection()) {
            there = bankSourcesByNumber().get(source.file() + '\0' + source.number());
            underNewSection = true;
        }
        if (there == null || there.size() != 1) {
            return null; // none, or a place the bank cites twice: no telling which was reworded
        }
        Cited c = there.get(0);
        if (bankKeysSeen.contains(c.source()) || current(c.id()) == null
                || (source.number() == null || underNewSection) && !alike(source.text(), c.source().text())) {
            return null;
        }
        if (offeringKeys == null) {
            offeringKeys = new SourceKeys();
            offering.forEach(q -> offeringKeys.putIfAbsent(q.sources().get(0), ""));
        }
        return offeringKeys.contains(c.source()) ? null : c;
    }

    private static String place(Source s) {
        return s.number() != null ? s.file() + '\0' + s.number() + '\0' + s.section()
                : s.file() + "\0@" + s.line() + '\0' + s.format() + '\0' + s.section();
    }

    /**
     * Whether every question of the file being offered stands in one section (perhaps none). Its numbers then tell
     * its places apart whatever section the bank recorded them under: a title heading put above the whole file, or
     * the one heading over it renamed, moves every question into a new section at once, and the bank's unchanged
     * questions keep citing the old one (see {@link #rewordedAt}).
     */
    private boolean offeringInOneSection() {
        if (offeringSection == null) {
            String first = offering.isEmpty() ? null : String.valueOf(offering.get(0).sources().get(0).section());
            offeringSection = first != null && offering.stream()
                    .allMatch(q -> String.valueOf(q.sources().get(0).section()).equals(first)) ? first : MIXED;
        }
        return !offeringSection.equals(MIXED);
    }

    /**
     * The bank's numbered sources by file and number, whatever their section, built from {@link #bankSourcesByPlace}
     * when first needed: a number the bank cites from a file in two sections is listed twice, and so matches nothing.
     */
    private Map<String, List<Cited>> bankSourcesByNumber() {
        if (bankSourcesByNumber == null) {
            bankSourcesByNumber = new HashMap<>();
            for (List<Cited> there : bankSourcesByPlace.values()) {
                for (Cited c : there) {
                    if (c.source().number() != null) {
                        bankSourcesByNumber.computeIfAbsent(c.source().file() + '\0' + c.source().number(),
                                k -> new ArrayList<>(1)).add(c);
                    }
                }
            }
        }
        return bankSourcesByNumber;
    }

    /** Share of character pairs two wordings of one question at one line must have in common (Dice). */
    static final double ALIKE = 0.5;

    /**
     * Whether two wordings are one question reworded rather than two questions: at least {@link #ALIKE} of their
     * normalised character pairs in common ("可变形卷积旨在解决什么问题" and "可变形卷积主要解决什么问题": 0.75). Linear in
     * the texts' length.
     */
    static boolean alike(String a, String b) {
        Set<String> pa = pairs(TextNormalizer.normalize(a));
        Set<String> pb = pairs(TextNormalizer.normalize(b));
        if (pa.isEmpty() || pb.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String p : pa) {
            if (pb.contains(p)) {
                common++;
            }
        }
        return 2.0 * common / (pa.size() + pb.size()) >= ALIKE;
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        int[] cps = s.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }

    /**
     * For a file imported again: the bank questions whose source question the file now words otherwise (at the
     * same place, see {@link #rewordedAt}), as "q-1 (line 6), ...", or null when there are none.
     */
    String reworded(String file) {
        List<String> ids = reworded.get(file);
        if (ids == null) {
            return null;
        }
        return ids.size() + (ids.size() == 1 ? " bank question's source question is" : " bank questions' source questions are")
                + " worded otherwise in this file now: " + firstOf(ids)
                + (ids.size() == 1 ? "; it cites the new wording and is otherwise kept as it is: edit it"
                        : "; they cite the new wording and are otherwise kept as they are: edit them")
                + " if the change was meant";
    }

    /** Every id in the bank or added by this import is taken (the two maps hold exactly those). */
    private boolean taken(String id) {
        return changed.containsKey(id) || bank.containsKey(id);
    }

    /**
     * A question read back from one of qbank's own exports keeps its id (and its sources), so export then import
     * gives the same bank. The bank's copy of that id wins, as for any re-import; a second copy of the same id in
     * this import is merged into the first.
     */
    private void offerExported(Question incoming) {
        String id = incoming.id();
        Question pending = changed.get(id);
        if (pending != null) {
            changed.put(id, QuestionMerger.merge(pending, incoming));
            merged++;
        } else if (bank.containsKey(id)) {
            unchanged++;
        } else {
            indexBank();
            index.add(incoming);
            changed.put(id, incoming);
            added++;
        }
        for (Source s : incoming.sources()) {
            if (!importedIdBySourceKey.contains(s)) {
                bankIdBySourceKey.putIfAbsent(s, id);
            }
        }
    }

    private Question current(String id) {
        Question q = changed.get(id);
        return q != null ? q : bank.get(id);
    }

    /** Whether {@code q} cites the wording of {@code source} from another file. */
    private static boolean wordsASourceElsewhere(Question q, Source source) {
        String wording = Source.wording(source.text());
        return q.sources().stream().anyMatch(s -> !s.file().equals(source.file())
                && Source.wording(s.text()).equals(wording));
    }

    /**
     * After every file is offered: a bank question that cites a file this import read, with a wording that file no
     * longer holds, and that took the very same wording from another file in this import (merged into it as a
     * duplicate of itself) was moved between the files: it cites its new place instead of the stale one, instead of
     * citing a line that is gone and being counted "gone" by every later import. It is otherwise kept as it is, as
     * a question found where the last import left it would be: what the merge filled in from its new place (an
     * empty topic from the new file's heading) is taken out again, and a text the new place words otherwise than
     * the old one did is recorded under its conflicts with a warning[source-changed], as for any upstream edit.
     */
    void settleMovedQuestions() {
        for (Map.Entry<String, Question> e : List.copyOf(changed.entrySet())) {
            String id = e.getKey();
            Question q = e.getValue();
            Map<Source, Source> movedFromTo = null; // made for a moved question only: this runs for every change
            for (Source s : q.sources()) {
                Source now = readFiles.contains(s.file()) && bank.containsKey(id)
                        && id.equals(bankIdBySourceKey.get(s)) && !bankKeysSeen.contains(s)
                        ? movedTo(q, s, id) : null;
                if (now == null) {
                    continue;
                }
                if (movedFromTo == null) {
                    movedFromTo = new LinkedHashMap<>();
                }
                movedFromTo.put(s, now);
                bankKeysSeen.putIfAbsent(s, "");
                bankKeysSeenPerFile.merge(s.file(), 1, Integer::sum);
                movedAway.computeIfAbsent(s.file(), f -> new ArrayList<>())
                        .add(id + " (was line " + s.line() + ", now " + now.citation() + ")");
                // its new place was counted a merge when offered; it is the same question moved, said as such
                merged--;
                movedCount++;
            }
            if (movedFromTo != null) {
                movedFromTo.forEach((from, to) -> settleMove(id, from, to));
            }
        }
    }

    /**
     * Bank question {@code id} moved from source {@code from} to {@code to}: undoes what merging its new place
     * brought, notes what that place words otherwise, and cites {@code to} where {@code from} stood.
     */
    private void settleMove(String id, Source from, Source to) {
        MergedAt merge = mayHaveMoved.get(id + '\0' + to.citation());
        if (merge != null) {
            changed.put(id, QuestionMerger.unmerge(current(id), merge.before(), merge.incoming()));
            noteSourceChanged(id, merge.incoming(), from);
        }
        Question q = current(id);
        List<Source> sources = new ArrayList<>(q.sources().size());
        for (Source s : q.sources()) {
            boolean stale = s.file().equals(from.file()) && s.line() == from.line() && s.text().equals(from.text());
            if (stale) {
                sources.add(to);
            } else if (!s.equals(to)) {
                sources.add(s);
            }
        }
        changed.put(id, q.toBuilder().sources(sources).build());
    }

    /** The source of {@code q} from this import, in another file, that words {@code old} as it was; or null. */
    private Source movedTo(Question q, Source old, String id) {
        for (Source s : q.sources()) {
            if (!s.file().equals(old.file()) && Source.wording(s.text()).equals(Source.wording(old.text()))
                    && id.equals(importedIdBySourceKey.get(s))) {
                return s;
            }
        }
        return null;
    }

    /**
     * For a file imported again: the bank questions {@link #settleMovedQuestions} found moved from it to another
     * file, as a message, or null when there are none.
     */
    String movedAway(String file) {
        List<String> ids = movedAway.get(file);
        if (ids == null) {
            return null;
        }
        return ids.size() + (ids.size() == 1 ? " bank question this file gave is" : " bank questions this file gave are")
                + " now in another file of this import: " + firstOf(ids)
                + "; " + (ids.size() == 1 ? "it cites" : "they cite") + " the new place only and " + (ids.size() == 1
                ? "is" : "are") + " otherwise kept as " + (ids.size() == 1 ? "it is" : "they are");
    }

    /**
     * How many of {@code incoming}, the questions of a file not imported before, the bank cites word for word under
     * {@code file} (another name): a file moved and edited at once still holds most of its questions.
     */
    int citedUnder(String file, List<Question> incoming) {
        int n = 0;
        for (Question q : incoming) {
            if (!q.sources().isEmpty() && bankIdBySourceKey.contains(q.sources().get(0).withFile(file))) {
                n++;
            }
        }
        return n;
    }

    /** Bank questions shown in a {@link #gone} message before "and N more". */
    private static final int GONE_LISTED = 5;

    /** The first {@link #GONE_LISTED} of {@code ids}, then how many more: "q-1, q-2 and 7 more". */
    private static String firstOf(List<String> ids) {
        return String.join(", ", ids.subList(0, Math.min(GONE_LISTED, ids.size())))
                + (ids.size() > GONE_LISTED ? " and " + (ids.size() - GONE_LISTED) + " more" : "");
    }

    /**
     * For a file imported again: the bank questions that cite it but that it no longer holds (the file was edited
     * or questions were deleted), as "q-1 (was line 6), ...", or null when there are none. They are kept - qbank
     * never deletes a question a curator may have worked on - but the user must hear of them.
     */
    String gone(String file) {
        int missing = goneCount(file);
        if (missing <= 0) {
            return null;
        }
        List<String> listed = new ArrayList<>();
        for (Question q : bank.values()) {
            for (Source s : q.sources()) {
                if (listed.size() < GONE_LISTED && s.file().equals(file) && !bankKeysSeen.contains(s)) {
                    listed.add(q.id() + " (was line " + s.line() + ")");
                }
            }
        }
        Collections.sort(listed);
        String more = missing > listed.size() ? ", and " + (missing - listed.size()) + " more" : "";
        return (missing == 1 ? "1 bank question cites this file but is" : missing + " bank questions cite this file"
                + " but are") + " no longer in it: " + String.join(", ", listed) + more
                + (missing == 1 ? "; kept as it is: edit or delete it" : "; kept as they are: edit or delete them")
                + " if the change was meant";
    }

    /** How many bank questions cite {@code file}, imported again, but are no longer in it (see {@link #gone}). */
    int goneCount(String file) {
        return Math.max(0, bankKeysPerFile.getOrDefault(file, 0) - bankKeysSeenPerFile.getOrDefault(file, 0));
    }

    /**
     * For a file read as it was last imported: the questions of it this import found deleted from the bank, as a
     * message naming each by line and wording (as deleted.yaml records them: the question file is gone, and with
     * it the id), or null when none.
     */
    String foundDeleted(String file) {
        List<Source> found = foundDeleted.get(file);
        if (found == null) {
            return null;
        }
        int n = found.size();
        List<String> named = found.stream().map(s -> "line " + s.line() + " '" + s.text() + "'").toList();
        return (n == 1 ? "1 question of this file is" : n + " questions of this file are") + " in no bank question"
                + " although the file has not changed since it was imported: " + firstOf(named)
                + "; deleted from the bank by hand, so kept out from now on (listed in the bank's "
                + BankStore.DELETED + "): commit that file with the deletion, or, if "
                + (n == 1 ? "it was" : "they were") + " deleted by mistake, run qbank import --restore-deleted"
                + " to add " + (n == 1 ? "it" : "them") + " again";
    }

    /** The line of the first question of {@code file} found deleted (see {@link #foundDeleted}), 0 when none. */
    int firstFoundDeletedLine(String file) {
        List<Source> found = foundDeleted.get(file);
        return found == null ? 0 : found.get(0).line();
    }

    /**
     * The files of {@code lastImport} (the manifest's entries) whose questions the bank still cites, one source per
     * question the file gave (an import keeps a source for every question it reads, a repeated wording or a merged
     * duplicate included): imported again byte for byte, such a file can only find each of its questions where it
     * left it (all unchanged, none gone, none deleted), so it need not be read. A file whose question a curator
     * deleted has fewer sources and is read as before, which is how the deletion is noticed. A file the last import
     * found questions gone from ({@link SourceBank#gone}) is read too: its gone questions' sources could make up for
     * one deleted by hand, and counting them is how the summary keeps saying so. (Not told apart: a source edited by
     * hand in the bank, its count unchanged; then the file is read again once it changes.)
     */
    Map<String, SourceBank> heldWhole(List<SourceBank> lastImport) {
        Map<String, SourceBank> whole = new HashMap<>();
        for (SourceBank s : lastImport) {
            if (s.sha256() != null && s.questions() > 0 && s.gone() == 0
                    && bankSourcesPerFile.getOrDefault(s.file(), 0) == s.questions()) {
                whole.put(s.file(), s);
            }
        }
        return whole;
    }

    /** Counts a file that {@link #heldWhole} found whole, and was not read again, as read: all unchanged. */
    void asLastImported(SourceBank file) {
        unchanged += file.questions();
        bankKeysSeenPerFile.put(file.file(), bankKeysPerFile.getOrDefault(file.file(), 0));
    }

    /** Source questions kept out because they were deleted from the bank (see {@link DeletedSources}). */
    int keptOut() {
        return keptOut;
    }

    /** The questions to write: new ones and bank questions that gained a merged duplicate. */
    Collection<Question> changed() {
        return changed.values();
    }

    int added() {
        return added;
    }

    int unchanged() {
        return unchanged;
    }

    int merged() {
        return merged;
    }

    int reworded() {
        return rewordedCount;
    }

    int moved() {
        return movedCount;
    }
}
