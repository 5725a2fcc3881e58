package dev.qbank.importers.dedup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.qbank.model.BankFileProblem;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.YamlHints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;

/** The remembered dedup decisions of a bank ({@code bank/decisions.yaml}), and the questions they answer. */
public final class Decisions {
    /** The file's shape: {@code decisions: [...]}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DecisionsFile(@JsonProperty("decisions") List<Decision> decisions) {
    }

    private final List<Decision> list;
    /** Each decision's line in the file it was read from (0 when made in memory), to name it in messages. */
    private final List<Integer> lines;
    /** normalised phrasing of a merged-away question → the question it was merged into */
    private final Map<String, String> mergedInto = new HashMap<>();
    /** The values of {@link #mergedInto}: the questions a curator merged others into. */
    private final Set<String> mergeTargets = new HashSet<>();
    /**
     * Each keep-apart decision filed under the ids ("i:" + id) and phrasings ("t:" + text) of both its sides, so a
     * comparison looks up the few decisions that name one of its two questions instead of reading them all.
     */
    private final Map<String, List<KeepApart>> keepApartBy = new HashMap<>();

    /** A keep-apart decision resolved to ids and normalised phrasings. */
    private record KeepApart(String a, String b, Set<String> textsA, Set<String> textsB) {
        boolean onSideA(String id, String text) {
            return a.equals(id) || textsA.contains(text);
        }

        boolean onSideB(String id, String text) {
            return b.equals(id) || textsB.contains(text);
        }
    }

    public Decisions(List<Decision> decisions) {
        this(decisions, null);
    }

    private Decisions(List<Decision> decisions, List<Integer> lines) {
        this.list = List.copyOf(decisions);
        this.lines = lines != null && lines.size() == list.size() ? List.copyOf(lines)
                : Collections.nCopies(list.size(), 0);
        for (Decision d : list) {
            if (d.isMerge()) {
                for (String t : d.phrasingsB()) {
                    mergedInto.put(TextNormalizer.normalize(t), d.a());
                }
                mergeTargets.add(d.a());
            } else if (d.isKeepApart()) {
                KeepApart k = new KeepApart(d.a(), d.b(), normalized(d.phrasingsA()), normalized(d.phrasingsB()));
                file("i:" + k.a(), k);
                file("i:" + k.b(), k);
                k.textsA().forEach(t -> file("t:" + t, k));
                k.textsB().forEach(t -> file("t:" + t, k));
            }
        }
    }

    private void file(String key, KeepApart k) {
        List<KeepApart> list = keepApartBy.computeIfAbsent(key, x -> new ArrayList<>(1));
        if (!list.contains(k)) {
            list.add(k);
        }
    }

    public static Decisions none() {
        return new Decisions(List.of());
    }

    public List<Decision> list() {
        return list;
    }

    public static Path file(Path bankRoot) {
        return bankRoot.resolve(BankStore.DECISIONS);
    }

    /** The bank's decisions; none when the file does not exist. A broken file is refused, naming it. */
    public static Decisions read(Path bankRoot) {
        Path file = bankRoot == null ? null : file(bankRoot);
        if (file == null || !Files.isRegularFile(file)) {
            return none();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw QbankException.usage("io", file.toString(), "cannot read the dedup decisions: " + e.getMessage());
        }
        if (text.isBlank()) {
            return none();
        }
        DecisionsFile parsed;
        try {
            parsed = QbankMapper.yaml().readValue(text, DecisionsFile.class);
        } catch (JacksonException e) {
            throw BankFileProblem.sideFile(file, text, e, "decisions",
                    "decisions: a list of entries with action (merge or keep-apart), a and b");
        }
        List<Decision> ds = parsed == null || parsed.decisions() == null ? List.of() : parsed.decisions();
        List<Integer> lines = new ArrayList<>();
        Map<String, Integer> byPair = new HashMap<>();
        for (int i = 0; i < ds.size(); i++) {
            Decision d = ds.get(i);
            int line = YamlHints.entryLine(text, "decisions", i);
            lines.add(line);
            String wrong = d == null ? "needs action (merge or keep-apart), a and b"
                    : d.action() != null && !(d.isMerge() || d.isKeepApart())
                            ? "has action '" + d.action() + "', which is neither merge nor keep-apart"
                            : d.action() == null || d.a() == null || d.b() == null
                                    ? "needs action (merge or keep-apart), a and b" : null;
            if (wrong != null) {
                throw new QbankException(Diagnostic.error("decisions", file.toString(), line, 0,
                        "decision " + (i + 1) + " " + wrong + " (fix the file by hand or restore it from git)"));
            }
            // Two branches that decided one pair differently and were merged in git leave both entries: which one
            // the curator means cannot be guessed, and applying either silently would undo the other's work.
            String pair = d.a().compareTo(d.b()) < 0 ? d.a() + " " + d.b() : d.b() + " " + d.a();
            Integer earlier = byPair.putIfAbsent(pair, i);
            if (earlier != null && !sameDecision(ds.get(earlier), d)) {
                throw new QbankException(Diagnostic.error("decisions", file.toString(), line, 0,
                        "decision " + (i + 1) + " (" + describe(d) + ") contradicts decision " + (earlier + 1)
                                + " at line " + lines.get(earlier) + " (" + describe(ds.get(earlier))
                                + "); delete the one you do not mean"));
            }
        }
        return new Decisions(ds, lines);
    }

    private static boolean sameDecision(Decision x, Decision y) {
        return x.action().equals(y.action()) && (x.isKeepApart() || x.a().equals(y.a()));
    }

    private static String describe(Decision d) {
        return d.isMerge() ? "merge " + d.b() + " into " + d.a() : "keep " + d.a() + " and " + d.b() + " apart";
    }

    /** The line of {@code d} in the file these decisions were read from, or 0. */
    public int lineOf(Decision d) {
        int i = list.indexOf(d);
        return i < 0 ? 0 : lines.get(i);
    }

    /** The merge decision that merged question {@code id} away (the last one, should there be several), if any. */
    public Optional<Decision> mergedAway(String id) {
        Decision found = null;
        for (Decision d : list) {
            if (d.isMerge() && d.b().equals(id)) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The decision about the pair {x, y} in either order, if any. */
    public Optional<Decision> about(String x, String y) {
        for (Decision d : list) {
            if (d.concerns(x, y)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** These decisions plus {@code d}, replacing an earlier decision about the same pair. */
    public Decisions with(Decision d) {
        List<Decision> out = new ArrayList<>();
        for (Decision old : list) {
            if (!old.concerns(d.a(), d.b())) {
                out.add(old);
            }
        }
        out.add(d);
        return new Decisions(out);
    }

    /** These decisions without the ones about the pair {x, y}. */
    public Decisions without(String x, String y) {
        List<Decision> out = new ArrayList<>();
        for (Decision old : list) {
            if (!old.concerns(x, y)) {
                out.add(old);
            }
        }
        return new Decisions(out);
    }

    /** The text of {@code bank/decisions.yaml} for these decisions (written inside a bank transaction). */
    public String toYaml() {
        return BankStore.toYaml(new DecisionsFile(list));
    }

    /** The merge decision about A and B (B merged into A), if any. */
    public Optional<Decision> mergeOf(String a, String b) {
        for (Decision d : list) {
            if (d.isMerge() && d.a().equals(a) && d.b().equals(b)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Whether some decision merges a question into the question {@code id}. */
    boolean isMergeTarget(String id) {
        return mergeTargets.contains(id);
    }

    /** The question a curator merged the text {@code normalized} into, or null. */
    String mergedInto(String normalized) {
        return mergedInto.get(normalized);
    }

    /** True when a curator said the question (id, text) and the other (id, text) are different questions. */
    boolean keptApart(String id, String text, String otherId, String otherText) {
        if (keepApartBy.isEmpty()) {
            return false;
        }
        // A decision that keeps this pair apart names the first question by its id or by this phrasing.
        return keptApart(keepApartBy.get("i:" + id), id, text, otherId, otherText)
                || keptApart(keepApartBy.get("t:" + text), id, text, otherId, otherText);
    }

    private static boolean keptApart(List<KeepApart> candidates, String id, String text, String otherId,
            String otherText) {
        if (candidates == null) {
            return false;
        }
        for (KeepApart k : candidates) {
            if ((k.onSideA(id, text) && k.onSideB(otherId, otherText))
                    || (k.onSideB(id, text) && k.onSideA(otherId, otherText))) {
                return true;
            }
        }
        return false;
    }

    /** Every phrasing of a question: its text and its aliases. */
    static List<String> phrasings(Question q) {
        List<String> out = new ArrayList<>();
        out.add(q.question());
        out.addAll(q.aliases());
        return out;
    }

    private static Set<String> normalized(List<String> texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            out.add(TextNormalizer.normalize(t));
        }
        return out;
    }
}
