package dev.qbank.importers.dedup;

import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Sha256;
import dev.qbank.model.YamlHints;
import dev.qbank.model.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What dedup knows about the vocabulary of questions, as data: synonym groups of terms (each group is one concept),
 * the phrases that signal each {@link AskKind}, boilerplate removed up front, and filler words ignored when the
 * rest of two questions is compared. qbank ships a general deep-learning glossary
 * ({@code dev/qbank/importers/dedup/glossary.yaml}); a bank extends it with its own {@code glossary.yaml}.
 */
public final class Glossary {
    static final String BUILT_IN = "/dev/qbank/importers/dedup/glossary.yaml";
    /** The second built-in file: the framing banks put around a question, and the asks of writing code. */
    static final String BUILT_IN_FRAMING = "/dev/qbank/importers/dedup/glossary-framing.yaml";
    private static volatile Glossary builtIn;

    private final PhraseTrie<String> terms = new PhraseTrie<>();
    private final PhraseTrie<AskKind> asks = new PhraseTrie<>();
    /** imperatives: the asks written as an instruction opening a question ("简述", "explain"), also in {@link #asks} */
    private final PhraseTrie<AskKind> imperatives = new PhraseTrie<>();
    /** The phrases of {@link #imperatives}, to tell which ask words a bank's glossary adds ({@link #readingDigest}). */
    private final TreeSet<String> imperativePhrases = new TreeSet<>();
    private final PhraseTrie<Boolean> boilerplate = new PhraseTrie<>();
    private final PhraseTrie<Boolean> fillers = new PhraseTrie<>();
    private final PhraseTrie<Boolean> purposeVerbs = new PhraseTrie<>();
    /** framing.labels: exam labels ("简答题", "名词解释") → the ask kind's key they imply, or "none" */
    private final PhraseTrie<String> framingLabels = new PhraseTrie<>();
    private final PhraseTrie<Boolean> framingRounds = new PhraseTrie<>();
    private final PhraseTrie<Boolean> framingLeads = new PhraseTrie<>();
    private final PhraseTrie<Boolean> framingLeadVerbs = new PhraseTrie<>();
    private final PhraseTrie<Boolean> framingFollowUps = new PhraseTrie<>();
    private final PhraseTrie<Boolean> framingOpeners = new PhraseTrie<>();
    private final PhraseTrie<Boolean> framingInterjections = new PhraseTrie<>();
    private final PhraseTrie<Boolean> framingFields = new PhraseTrie<>();
    /** residual word (either language) → the word all its translations stand for ("训练", "training" → "≈训练") */
    private final PhraseTrie<String> equivalents = new PhraseTrie<>();
    /** ambiguous abbreviation → its senses, each a concept followed by the concepts that select it */
    private final Map<String, List<String[]>> senses = new HashMap<>();
    /** component concept → the concepts it is a part of ("区域建议网络" → faster r-cnn) */
    private final Map<String, Set<String>> owners = new HashMap<>();
    private final Set<String> broad = new HashSet<>();
    /** concept → its spellings (normalised) */
    private final Map<String, List<String>> spellingsOf = new HashMap<>();
    /** member concept → its categories */
    private final Map<String, Set<String>> categories = new HashMap<>();

    private Glossary() {
    }

    /** The glossary shipped with qbank. */
    public static Glossary builtIn() {
        Glossary g = builtIn;
        if (g == null) {
            synchronized (Glossary.class) {
                if (builtIn == null) {
                    Glossary read = fromText(builtInText(), BUILT_IN);
                    read.add(resourceText(BUILT_IN_FRAMING), BUILT_IN_FRAMING);
                    builtIn = read;
                }
                g = builtIn;
            }
        }
        return g;
    }

    /** A glossary made only of {@code yaml} (tests and experiments; banks extend {@link #builtIn()}). */
    static Glossary fromText(String yaml, String fileName) {
        Glossary g = new Glossary();
        g.add(yaml, fileName);
        return g;
    }

    /** The text of the glossary shipped with qbank (its first file; {@link #builtIn()} adds the framing file). */
    static String builtInText() {
        return resourceText(BUILT_IN);
    }

    static String resourceText(String resource) {
        try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cannot read " + resource + ": not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** The built-in glossary extended by {@code bankRoot/glossary.yaml} when that file exists. */
    public static Glossary forBank(Path bankRoot) {
        Path file = bankRoot == null ? null : bankRoot.resolve(BankStore.GLOSSARY);
        if (file == null || !Files.isRegularFile(file)) {
            return builtIn();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw QbankException.usage("io", file.toString(), "cannot read the bank's glossary: " + e.getMessage());
        }
        return builtIn().extendedWith(text, file.toString());
    }

    /** This glossary plus the entries of {@code yaml} (a glossary file named {@code fileName} in messages). */
    public Glossary extendedWith(String yaml, String fileName) {
        Glossary g = new Glossary();
        for (String[] source : sources) {
            g.add(source[0], source[1]);
        }
        g.add(yaml, fileName);
        return g;
    }

    /** The files this glossary was built from, in order (yaml, name), so it can be extended. */
    private final List<String[]> sources = new ArrayList<>();

    private void add(String yaml, String fileName) {
        JsonNode root;
        try {
            root = QbankMapper.yaml().readTree(yaml);
        } catch (JacksonException e) {
            YamlProblem problem = YamlHints.problem(yaml, e); // validate's words, as for a question file
            throw new QbankException(Diagnostic.error("glossary", fileName, problem.line(), problem.column(),
                    problem.message() + ADVICE));
        }
        sources.add(new String[] {yaml, fileName});
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            throw invalid(fileName, 1, "a glossary is a mapping with the keys terms, asks, imperatives, isa, part_of, "
                    + "senses, broad, boilerplate, fillers, purpose_verbs, equivalents, framing");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            try {
                addSection(e, fileName);
            } catch (QbankException x) {
                throw atSection(x, yaml, e.getKey());
            }
        }
        for (String word : senses.keySet()) {
            fillers.replace(word, SENSED_FILLER); // whichever file listed the filler or the senses first
        }
    }

    /**
     * A finding about a section, at the section's line when the reader of the section knew none: the nodes of a
     * glossary carry no line, and "terms must be a list" must still say where terms is.
     */
    private static QbankException atSection(QbankException x, String yaml, String key) {
        // a finding about one entry is at that entry's line (the section's line sent the reader looking)
        int line = x instanceof AtEntry a ? YamlHints.lineWithin(yaml, key, a.entry) : YamlHints.keyLine(yaml, key);
        List<Diagnostic> located = x.diagnostics().stream().map(d -> d.line() > 0 ? d : Diagnostic.error(d.code(),
                d.file(), line, 0, d.message())).toList();
        return new QbankException(located, x.exitCode());
    }

    /** One top-level section of a glossary file. */
    private void addSection(Map.Entry<String, JsonNode> e, String fileName) {
        switch (e.getKey()) {
            case "terms" -> addTerms(e.getValue(), fileName);
            case "asks" -> addAsks(e.getValue(), fileName, "asks", null);
            case "imperatives" -> addAsks(e.getValue(), fileName, "imperatives", imperatives);
            case "boilerplate" -> {
                for (String s : strings(e.getValue(), fileName, "boilerplate")) {
                    boilerplate.put(TextNormalizer.normalize(s), Boolean.TRUE);
                }
            }
            case "broad" -> {
                for (String s : strings(e.getValue(), fileName, "broad")) {
                    String id = knownTerm(TextNormalizer.normalize(s));
                    if (id == null) {
                        throw invalidEntry(fileName, s, "broad names '" + s + "', which is not a term; list it under "
                                + "terms first");
                    }
                    broad.add(id);
                }
            }
            case "isa" -> addRelation(e.getValue(), fileName, "isa",
                    "a category term to its member terms, e.g. 优化器: [adam, sgd]",
                    (category, member) -> categories.computeIfAbsent(member, k -> new HashSet<>())
                            .add(category));
            case "part_of" -> addRelation(e.getValue(), fileName, "part_of",
                    "a component term to what it is part of, e.g. rpn: [faster r-cnn]",
                    (part, whole) -> owners.computeIfAbsent(part, k -> new HashSet<>()).add(whole));
            case "equivalents" -> addEquivalents(e.getValue(), fileName);
            case "senses" -> addSenses(e.getValue(), fileName);
            case "fillers" -> {
                for (String s : strings(e.getValue(), fileName, "fillers")) {
                    fillers.put(TextNormalizer.normalize(s), Boolean.TRUE);
                }
            }
            case "purpose_verbs" -> {
                for (String s : strings(e.getValue(), fileName, "purpose_verbs")) {
                    purposeVerbs.put(TextNormalizer.normalize(s), Boolean.TRUE);
                }
            }
            case "framing" -> addFraming(e.getValue(), fileName);
            default -> throw invalid(fileName, 0, "unknown key '" + e.getKey()
                    + "' (a glossary has only terms, asks, imperatives, isa, part_of, senses, broad, boilerplate, "
                    + "fillers, purpose_verbs, equivalents and framing)");
        }
    }

    /**
     * The value of a filler that is also an ambiguous abbreviation with senses (Portuguese "em" and EM): marked once
     * here, so the analyzer asks the trie hit it already has instead of cutting out and looking up every filler.
     */
    private static final Boolean SENSED_FILLER = Boolean.FALSE;

    /** Whether this filler hit is a word with senses, which decide first (see {@link #SENSED_FILLER}). */
    static boolean hasSenses(PhraseTrie.Hit<Boolean> filler) {
        return filler.value() == SENSED_FILLER;
    }

    /** The {@code framing} section: see glossary-framing.yaml and {@link AskFraming}. */
    private void addFraming(JsonNode node, String fileName) {
        if (!node.isObject()) {
            throw invalid(fileName, 0, "framing must map labels, rounds, leads, lead_verbs, follow_ups, openers, "
                    + "interjections and fields to their phrases");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String where = "framing." + e.getKey();
            PhraseTrie<Boolean> into = switch (e.getKey()) {
                case "rounds" -> framingRounds;
                case "leads" -> framingLeads;
                case "lead_verbs" -> framingLeadVerbs;
                case "follow_ups" -> framingFollowUps;
                case "openers" -> framingOpeners;
                case "interjections" -> framingInterjections;
                case "fields" -> framingFields;
                case "labels" -> null;
                default -> throw invalidEntry(fileName, e.getKey(), "unknown key '" + where + "' (framing has labels, rounds, "
                        + "leads, lead_verbs, follow_ups, openers, interjections and fields)");
            };
            if (into != null) {
                for (String s : strings(e.getValue(), fileName, where)) {
                    into.put(TextNormalizer.normalize(s), Boolean.TRUE);
                }
                continue;
            }
            if (!e.getValue().isObject()) {
                throw invalidEntry(fileName, "labels", "framing.labels must map an ask kind (or none) to its labels, e.g. "
                        + "definition: [名词解释]");
            }
            for (Map.Entry<String, JsonNode> kind : e.getValue().properties()) {
                if (!kind.getKey().equals(NO_KIND) && AskKind.fromKey(kind.getKey()) == null) {
                    throw invalidEntry(fileName, kind.getKey(), "framing.labels: unknown ask kind '" + kind.getKey() + "' (use none "
                            + "or one of the kinds under asks)");
                }
                for (String s : strings(kind.getValue(), fileName, "framing.labels." + kind.getKey())) {
                    framingLabels.put(TextNormalizer.normalize(s), kind.getKey());
                }
            }
        }
    }

    /** The key of framing labels that imply no kind of ask ("简答题"). */
    static final String NO_KIND = "none";

    private void addTerms(JsonNode node, String fileName) {
        if (!node.isArray()) {
            throw invalid(fileName, 0, "terms must be a list of synonym groups, e.g. - [批归一化, bn, batch normalization]");
        }
        for (JsonNode group : node.values()) {
            List<String> spellings = strings(group, fileName, "a terms group");
            if (spellings.isEmpty()) {
                continue;
            }
            String first = TextNormalizer.normalize(spellings.get(0));
            // A spelling already known joins its group to the existing concept, so a bank can add synonyms to
            // a built-in concept just by naming one of its spellings.
            String id = first;
            for (String s : spellings) {
                String known = knownTerm(TextNormalizer.normalize(s));
                if (known != null) {
                    id = known;
                    break;
                }
            }
            for (String s : spellings) {
                String norm = TextNormalizer.normalize(s).replace(String.valueOf(TextNormalizer.CLAUSE), "");
                terms.put(norm, id);
                spellingsOf.computeIfAbsent(id, k -> new ArrayList<>(2)).add(norm);
                // Taiwan writes 网络 (network) as 網路, which the script conversion leaves as 网路: "卷積神經網路";
                // likewise 資料 for 数据, 演算法 for 算法, 支援 for 支持, 影像 for 图像, 偵測 for 检测, ...
                for (String[] v : TAIWAN_WORDS) {
                    if (norm.contains(v[0])) {
                        String variant = norm.replace(v[0], v[1]);
                        if (knownTerm(variant) == null) {
                            terms.put(variant, id);
                        }
                    }
                }
                // A pinyin IME offers the common word for a syllable: "正则化" typed as "正则话" (hua)
                for (String[] v : IME_ENDINGS) {
                    if (norm.length() >= 2 && norm.endsWith(v[0])
                            && TextNormalizer.isHan(norm.charAt(norm.length() - v[0].length() - 1))) {
                        String variant = norm.substring(0, norm.length() - v[0].length()) + v[1];
                        if (knownTerm(variant) == null) {
                            terms.put(variant, id);
                        }
                    }
                }
                // Mixed writing puts the Chinese head noun after an English name: "pooling层", "focal损失"
                for (String[] head : MIXED_HEADS) {
                    if (norm.endsWith(head[0]) && norm.length() > head[0].length()) {
                        String name = norm.substring(0, norm.length() - head[0].length());
                        if (TextNormalizer.isLatin(head[1].charAt(0))
                                && TextNormalizer.isLatin(name.charAt(name.length() - 1))) {
                            continue; // "focal损失" is already "focal loss"; "focalloss" is no spelling
                        }
                        String mixed = name + head[1];
                        if (knownTerm(mixed) == null) {
                            terms.put(mixed, id);
                        }
                    }
                }
            }
        }
    }

    /**
     * Words Taiwan (and Hong Kong) writes differently, as the script conversion leaves them: every term holding the
     * first gets a spelling with the second. Only words with one sense in ML (正規化, both regularisation and
     * normalisation there, is left out).
     */
    private static final String[][] TAIWAN_WORDS = {
        {"网络", "网路"}, {"数据", "资料"}, {"算法", "演算法"}, {"支持向量", "支援向量"}, {"图像", "影像"},
        {"检测", "侦测"}, {"信息", "资讯"}, {"批量", "批次"}, {"采样", "取样"}, {"内存", "记忆体"}, {"并行", "平行"},
        {"优化器", "最佳化器"}, {"优化算法", "最佳化演算法"}, {"默认", "预设"}, {"程序", "程式"},
        {"质量", "品质"}, {"模块", "模组"}, {"方差", "变异数"}, {"缓存", "快取"}, {"识别", "辨识"}, {"语义", "语意"},
        {"提取", "撷取"},
    };

    /**
     * Term endings a pinyin IME turns into a commoner character of the same sound, and that character: the suffix
     * 化 (-isation: 正则化, 归一化, 量化) comes out as 话 when the typist does not pick the candidate. Only at a term's
     * end after a Chinese character, where 话 makes no word of the field; 和 for 合 (拟合) is left out, as 和 (and)
     * starts the next word of many questions.
     */
    private static final String[][] IME_ENDINGS = {{"化", "话"}};

    /** English head nouns and the Chinese ones mixed writing puts in their place ("pooling layer" → "pooling层"). */
    private static final String[][] MIXED_HEADS = {
        {" layer", "层"}, {" layers", "层"}, {" loss", "损失"}, {" network", "网络"}, {" networks", "网络"},
        {" model", "模型"}, {" models", "模型"},
        // and the English head noun after a Chinese name: "负载均衡loss", "对比loss"
        {"损失", "loss"},
    };

    private void addSenses(JsonNode node, String fileName) {
        if (!node.isObject()) {
            throw invalid(fileName, 0, "senses must map an ambiguous abbreviation to its senses, e.g. lda: {线性判别分析: "
                    + "[主成分分析]}");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String word = TextNormalizer.normalize(e.getKey());
            if (!e.getValue().isObject() || word.isEmpty() || !isLatinWord(word)) {
                throw invalidEntry(fileName, e.getKey(), "senses." + e.getKey() + " must be one Latin word mapped to its senses, each a "
                        + "term with the terms that select it");
            }
            for (Map.Entry<String, JsonNode> sense : e.getValue().properties()) {
                List<String> concepts = new ArrayList<>();
                concepts.add(termOrError(sense.getKey(), fileName, "senses." + e.getKey()));
                for (String t : strings(sense.getValue(), fileName, "senses." + e.getKey() + "." + sense.getKey())) {
                    concepts.add(termOrError(t, fileName, "senses." + e.getKey() + "." + sense.getKey()));
                }
                senses.computeIfAbsent(word, k -> new ArrayList<>(2)).add(concepts.toArray(new String[0]));
            }
        }
    }

    private static boolean isLatinWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!TextNormalizer.isLatin(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private String termOrError(String spelling, String fileName, String where) {
        String concept = knownTerm(TextNormalizer.normalize(spelling));
        if (concept == null) {
            throw invalidEntry(fileName, spelling, where + " names '" + spelling + "', which is not a term; list it under terms");
        }
        return concept;
    }

    /** Shortest misspelt word {@link #misspeltTerm} corrects: shorter words have too many real neighbours. */
    static final int MIN_TYPO_LENGTH = 8;
    /**
     * Shortest word in which {@link #misspeltTerm} corrects two swapped letters ("dropuot", "softamx"): among words
     * of six or seven letters a letter dropped, added or changed often makes another real word ("adapter" /
     * "adopter", "layer" / "player"); two letters swapped inside a word seldom do.
     */
    static final int MIN_SWAP_TYPO_LENGTH = 6;

    /**
     * The concept a word of at least {@link #MIN_TYPO_LENGTH} letters spells with "-sion" for "-tion" or the other
     * way round ("attension", "normalizasion"): a common misspelling by sound, one letter changed that the
     * edit-distance test refuses. Null when the other ending names no term.
     */
    private String soundedEnding(String word) {
        if (word.length() < MIN_TYPO_LENGTH) {
            return null;
        }
        String other = word.endsWith("sion") ? "tion" : word.endsWith("tion") ? "sion" : null;
        if (other == null) {
            return null;
        }
        return knownTerm(word.substring(0, word.length() - 4) + other);
    }
    /**
     * Finnish case endings of three or more letters, longest first, folded as normalising folds them ("SLAMissa",
     * "shaderilla", "Workilla" are "slamissa", "shaderilla", "workilla"): the inessive, adessive, elative, allative,
     * ablative and translative, with the "i" of their plural or of a consonant stem. Shorter endings ("-n", "-a",
     * "-in") end too many English words.
     */
    private static final String[] FINNISH_GLUED_ENDINGS = {"ineen", "issa", "illa", "ista", "ille", "ilta", "iksi",
        "ssa", "lla", "sta", "lle", "lta", "ksi"};

    /**
     * The concept a Latin word names with a Finnish case ending glued to a one-word term ("SLAMissa", "in SLAM";
     * "shaderissa", "in the shader"), when the word less its ending is a spelling of a term and leaves at least three
     * letters; else null. Asked only for words that name no term: a few {@code endsWith} and at most one trie walk.
     */
    String inflectedTerm(String word) {
        for (String ending : FINNISH_GLUED_ENDINGS) {
            if (word.length() - ending.length() >= 3 && word.endsWith(ending)) {
                return knownTerm(word.substring(0, word.length() - ending.length()));
            }
        }
        return null;
    }

    /** One-letter deletions of the one-word Latin spellings (and the spellings): the concept, or "" if several. */
    private volatile Map<String, String> typoIndex;

    /**
     * The concept a Latin word of at least {@link #MIN_TYPO_LENGTH} letters that names no term misspells: one
     * spelling of one word at edit distance 1 (a letter dropped, added or two swapped: "tranformer", "tarnsformer",
     * "regularizaton", "overfiting"), when no other concept is that close; else null. Looked up by one-letter
     * deletions (a handful of map lookups for the rare long unknown word), built on first use.
     */
    String misspeltTerm(String word) {
        boolean shortWord = word.length() < MIN_TYPO_LENGTH;
        if (word.length() < MIN_SWAP_TYPO_LENGTH || !isPlainLatin(word)) {
            return null;
        }
        String sounded = soundedEnding(word);
        if (sounded != null) {
            return sounded;
        }
        Map<String, String> index = typoIndex;
        if (index == null) {
            index = buildTypoIndex();
            typoIndex = index;
        }
        String found = null;
        String own = index.get(word); // a letter added to a spelling, or a deletion shared with it (a swap/change)
        for (int k = -1; k < word.length(); k++) {
            String key = k < 0 ? word : word.substring(0, k) + word.substring(k + 1);
            String c = k < 0 ? own : index.get(key);
            if (c == null) {
                continue;
            }
            if (c.isEmpty() || found != null && !found.equals(c)) {
                return null;
            }
            found = c;
        }
        if (found != null) {
            for (String s : spellingsOf.getOrDefault(found, List.of())) {
                int at = oneEditAt(word, s);
                // not at the first letter nor the last: "retraining" is no "pretraining", "optimized" no
                // "optimizer", "tokenized" no "tokenizer"; and a typist's slip (a letter dropped, doubled or two
                // swapped), not one letter changed for another, which is how real words differ ("perception" is
                // no "perceptron")
                if (at < 1 || at >= Math.max(word.length(), s.length()) - 1) {
                    continue;
                }
                boolean swapped = word.length() == s.length() && word.charAt(at) == s.charAt(at + 1);
                if (swapped || !shortWord && word.length() != s.length()) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Where the one edit that turns {@code a} into {@code b} is (a letter dropped, added, changed, or two adjacent
     * ones swapped), or -1 when they are equal or further apart.
     */
    static int oneEditAt(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return -1;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return -1;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return i; // changed
            }
            boolean swapped = i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
            return swapped ? i : -1;
        }
        return la < lb
                ? (a.regionMatches(i, b, i + 1, la - i) ? i : -1)
                : (b.regionMatches(i, a, i + 1, lb - i) ? i : -1);
    }

    private static boolean isPlainLatin(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Shortest word of a two-word term {@link #misspeltPair} corrects (the other word, spelt right, is the context). */
    static final int MIN_PAIR_TYPO_LENGTH = 4;
    /** Two-word Latin spellings by each of their words, built on first use. */
    private volatile Map<String, List<String[]>> pairIndex;

    /**
     * The concept two adjacent Latin words name when one of them is a typist's slip in a two-word spelling whose
     * other word they spell right ("recommender sytem", "gradient descnet", "recomender system"): a letter dropped,
     * added or two swapped inside the misspelt word, never at its first or last letter, in a word of at least
     * {@link #MIN_PAIR_TYPO_LENGTH} letters; only when one concept is that close. The correct word is the context
     * that makes a short word's slip safe to read (alone, "sytem" has too many neighbours). Null otherwise.
     */
    String misspeltPair(String first, String second) {
        if (!isPlainLatin(first) || !isPlainLatin(second)) {
            return null;
        }
        Map<String, List<String[]>> index = pairIndex;
        if (index == null) {
            index = buildPairIndex();
            pairIndex = index;
        }
        String found = null;
        for (int side = 0; side < 2; side++) {
            String right = side == 0 ? first : second;
            String slip = side == 0 ? second : first;
            if (slip.length() < MIN_PAIR_TYPO_LENGTH) {
                continue;
            }
            for (String[] spelling : index.getOrDefault(right, List.of())) {
                String target = spelling[side == 0 ? 1 : 0];
                if (!spelling[side].equals(right) || target.equals(slip)) {
                    continue;
                }
                int at = oneEditAt(slip, target);
                if (at < 1 || at >= Math.max(slip.length(), target.length()) - 1
                        || slip.length() == target.length() && slip.charAt(at) != target.charAt(at + 1)) {
                    continue;
                }
                if (found != null && !found.equals(spelling[2])) {
                    return null;
                }
                found = spelling[2];
            }
        }
        return found;
    }

    /** Shortest word {@link #spaceJoinedNames} reads: a shorter run of letters is too often a word or an abbreviation. */
    static final int MIN_JOINED_LENGTH = 6;
    /** Latin spellings of several words by their letters run together, built on first use ("" when two concepts share one). */
    private volatile Map<String, String> joinedIndex;

    /**
     * {@code s} (normalised) with every Latin word of at least {@link #MIN_JOINED_LENGTH} letters that is a spelling
     * of several words written as one, its spaces and hyphens dropped and its case lost, spelt out ("fasterrcnn" is
     * "faster r cnn", "kvcache" "kv cache"): how names are typed in a hurry or written in camel case ("FasterRCNN",
     * "KVCache"). Only when one concept has such a spelling and the word is no spelling itself; {@code s} itself
     * when there is none (one map lookup per long word, no copy).
     */
    String spaceJoinedNames(String s) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < s.length()) {
            if (!TextNormalizer.isLatin(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && TextNormalizer.isLatin(s.charAt(j))) {
                j++;
            }
            if (j - i >= MIN_JOINED_LENGTH) {
                String spelled = joinedIndex().get(s.substring(i, j));
                if (spelled != null && !spelled.isEmpty()) {
                    if (out == null) {
                        out = new StringBuilder(s.length() + 8);
                    }
                    out.append(s, copied, i).append(spelled);
                    copied = j;
                }
            }
            i = j;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    private Map<String, String> joinedIndex() {
        Map<String, String> index = joinedIndex;
        if (index == null) {
            index = new HashMap<>();
            for (Map.Entry<String, List<String>> e : spellingsOf.entrySet()) {
                for (String spelling : e.getValue()) {
                    String joined = spelling.replace(" ", "");
                    if (joined.length() < spelling.length() && joined.length() >= MIN_JOINED_LENGTH
                            && isPlainLatin(joined) && knownTerm(joined) == null) {
                        index.merge(joined, spelling,
                                (a, b) -> Objects.equals(knownTerm(a), knownTerm(b)) ? a : "");
                    }
                }
            }
            joinedIndex = index;
        }
        return index;
    }

    /**
     * The concept two Latin words name when written together they are a one-word spelling of it ("drop out" is
     * dropout, "data set" a dataset), else null: a word split in two by a typist or a writer's habit.
     */
    String splitTerm(String first, String second) {
        if (!isPlainLatin(first) || !isPlainLatin(second)) {
            return null;
        }
        return knownTerm(first + second);
    }

    private Map<String, List<String[]>> buildPairIndex() {
        Map<String, List<String[]>> index = new HashMap<>();
        for (Map.Entry<String, List<String>> e : spellingsOf.entrySet()) {
            for (String s : e.getValue()) {
                int space = s.indexOf(' ');
                if (space <= 0 || s.indexOf(' ', space + 1) >= 0) {
                    continue;
                }
                String[] pair = {s.substring(0, space), s.substring(space + 1), e.getKey()};
                if (!isPlainLatin(pair[0]) || !isPlainLatin(pair[1])) {
                    continue;
                }
                index.computeIfAbsent(pair[0], k -> new ArrayList<>(2)).add(pair);
                index.computeIfAbsent(pair[1], k -> new ArrayList<>(2)).add(pair);
            }
        }
        return index;
    }

    private Map<String, String> buildTypoIndex() {
        Map<String, String> index = new HashMap<>();
        for (Map.Entry<String, List<String>> e : spellingsOf.entrySet()) {
            for (String s : e.getValue()) {
                if (s.length() < MIN_SWAP_TYPO_LENGTH || !isPlainLatin(s)) {
                    continue;
                }
                index.merge(s, e.getKey(), (a, b) -> a.equals(b) ? a : "");
                for (int k = 0; k < s.length(); k++) {
                    index.merge(s.substring(0, k) + s.substring(k + 1), e.getKey(), (a, b) -> a.equals(b) ? a : "");
                }
            }
        }
        return index;
    }

    /** Whether {@code word} is an ambiguous abbreviation with senses (one map lookup). */
    boolean hasSenses(String word) {
        return !senses.isEmpty() && senses.containsKey(word);
    }

    /**
     * The concept the ambiguous abbreviation {@code word} names in a question naming {@code concepts}: the sense one
     * of whose selecting concepts the question names ("PCA和LDA": LDA is linear discriminant analysis, not a topic
     * model), or null when no sense or more than one is selected (or the word is no ambiguous abbreviation).
     */
    String senseOf(String word, Collection<String> concepts) {
        List<String[]> options = senses.isEmpty() ? null : senses.get(word);
        if (options == null) {
            return null;
        }
        String chosen = null;
        for (String[] sense : options) {
            for (int k = 1; k < sense.length; k++) {
                if (concepts.contains(sense[k])) {
                    if (chosen != null && !chosen.equals(sense[0])) {
                        return null;
                    }
                    chosen = sense[0];
                    break;
                }
            }
        }
        return chosen;
    }

    private void addEquivalents(JsonNode node, String fileName) {
        if (!node.isArray()) {
            throw invalid(fileName, 0, "equivalents must be a list of word groups, e.g. - [训练, training, train]");
        }
        for (JsonNode group : node.values()) {
            List<String> words = strings(group, fileName, "an equivalents group");
            if (words.isEmpty()) {
                continue;
            }
            String id = null;
            for (String w : words) {
                PhraseTrie.Hit<String> known = equivalentAt(TextNormalizer.normalize(w));
                if (known != null) {
                    id = known.value();
                    break;
                }
            }
            if (id == null) {
                id = EQUIVALENT_MARK + TextNormalizer.normalize(words.get(0));
                equivalentWords.add(id);
            }
            for (String w : words) {
                equivalents.put(TextNormalizer.normalize(w), id);
            }
        }
    }

    /** The words equivalents groups stand for, in the order the groups were read. */
    private final List<String> equivalentWords = new ArrayList<>();

    /** The words the equivalents groups stand for (numbered up front by each analyzer, so in a fixed order). */
    List<String> equivalentWords() {
        return equivalentWords;
    }

    /** Starts the word an equivalents group stands for, so it can never equal a word of a question. */
    static final char EQUIVALENT_MARK = '\u2248';

    private PhraseTrie.Hit<String> equivalentAt(String norm) {
        PhraseTrie.Hit<String> hit = norm.isEmpty() ? null : equivalents.longestAt(norm, 0);
        return hit != null && hit.end() == norm.length() ? hit : null;
    }

    /**
     * Reads a mapping of a term to a list of terms ({@code isa}: a category to its members; {@code part_of}: a part to
     * what it is part of), handing each (key concept, listed concept) pair to {@code into}.
     */
    private void addRelation(JsonNode node, String fileName, String section, String shape,
            BiConsumer<String, String> into) {
        if (!node.isObject()) {
            throw invalid(fileName, 0, section + " must map " + shape);
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = termOrError(e.getKey(), fileName, section);
            for (String m : strings(e.getValue(), fileName, section + "." + e.getKey())) {
                String listed = termOrError(m, fileName, section + "." + e.getKey());
                into.accept(key, listed);
            }
        }
    }

    /**
     * True when a spelling of {@code concept} other than {@code prefix} itself starts with {@code prefix}: "学习率预热"
     * (warmup) starts with "学习率", so in "学习率warmup" the first term is part of the second's name.
     */
    boolean hasSpellingStartingWith(String concept, String prefix) {
        for (String spelling : spellingsOf.getOrDefault(concept, List.of())) {
            if (spelling.length() > prefix.length() && spelling.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code setting} is what {@code concept} is a category or a part of ("优化器" of "adam", "faster r-cnn"
     * of "区域建议网络"): named beside it, it says where the concept belongs, not a second subject.
     */
    boolean isSettingOf(String setting, String concept) {
        return isCategoryOf(setting, concept) || owners.getOrDefault(concept, Set.of()).contains(setting);
    }

    /** True when {@code category} is a category of {@code member} ("优化器" of "adam"). */
    boolean isCategoryOf(String category, String member) {
        return categories.getOrDefault(member, Set.of()).contains(category);
    }

    private String knownTerm(String norm) {
        PhraseTrie.Hit<String> hit = norm.isEmpty() ? null : terms.longestAt(norm, 0);
        return hit != null && hit.end() == norm.length() ? hit.value() : null;
    }

    /**
     * The {@code asks} section, or the {@code imperatives} one ({@code section}), whose phrases are asks as well and
     * also go into {@code alsoInto}.
     */
    private void addAsks(JsonNode node, String fileName, String section, PhraseTrie<AskKind> alsoInto) {
        if (!node.isObject()) {
            throw invalid(fileName, 0, section + " must map a kind (definition, difference, fix, ...) to its phrases");
        }
        List<Map.Entry<String, AskKind>> colloquial = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            AskKind kind = AskKind.fromKey(e.getKey());
            if (kind == null) {
                List<String> known = new ArrayList<>();
                for (AskKind k : AskKind.values()) {
                    known.add(k.key());
                }
                throw invalidEntry(fileName, e.getKey(), "unknown ask kind '" + e.getKey() + "' (use one of "
                        + String.join(", ", known) + ")");
            }
            for (String s : strings(e.getValue(), fileName, section + "." + e.getKey())) {
                String phrase = TextNormalizer.normalize(s);
                asks.put(phrase, kind);
                if (alsoInto != null) {
                    alsoInto.put(phrase, kind);
                    imperativePhrases.add(phrase);
                }
                colloquial.add(Map.entry(phrase, kind));
            }
        }
        // After every phrase the file lists, so that a phrase listed under another kind keeps its kind.
        for (Map.Entry<String, AskKind> e : colloquial) {
            for (String spoken : colloquialSpellings(e.getKey())) {
                asks.put(spoken, e.getValue());
            }
            for (String cantonese : cantoneseSpellings(e.getKey())) {
                if (asks.longestAt(cantonese, 0) == null || asks.longestAt(cantonese, 0).end() < cantonese.length()) {
                    asks.put(cantonese, e.getValue());
                }
            }
        }
    }

    /**
     * The spoken spellings of an ask phrase: 啥 for 什么 and 咋 for 怎么 ("解决了啥问题" asks what "解决了什么问题" asks,
     * "咋计算" what "怎么计算" asks). Spoken banks (a video's question list, a chat post) write them everywhere, and
     * listing both spellings of every phrase by hand missed some.
     */
    static List<String> colloquialSpellings(String phrase) {
        List<String> out = new ArrayList<>(2);
        String what = phrase.replace("什么", "啥");
        String how = what.replace("怎么", "咋");
        if (!what.equals(phrase)) {
            out.add(what);
        }
        if (!how.equals(what)) {
            out.add(how);
        }
        return out;
    }

    /**
     * The written Cantonese spellings of an ask phrase: Hong Kong banks ask "點解" for 为什么, "咩"/"乜嘢" for 什么,
     * "點樣" for 怎样/怎么, and write 係 (系 once simplified) for 是, 嘅 for 的, 唔 for 不, 冇 for 没有 ("有咩唔同" asks
     * what "有什么不同" asks, "係咩" what "是什么" asks). A whole language's question words, so every phrase gets
     * them. A bare 怎么 is spelt only 點樣: a lone 點 is also "point" (优点, 断点). Phrases with none of these words
     * have no Cantonese spelling of their own.
     */
    static List<String> cantoneseSpellings(String phrase) {
        String common = phrase.replace("为什么", "点解").replace("为何", "点解").replace("是", "系").replace("的", "嘅")
                .replace("没有", "冇").replace("不", "唔");
        List<String> out = new ArrayList<>(4);
        for (String what : new String[] {"咩", "乜嘢"}) {
            String spelt = common.replace("什么", what).replace("怎么样", "点样").replace("怎样", "点样")
                    .replace("如何", "点样").replace("怎么", "点样");
            if (!spelt.equals(phrase) && !out.contains(spelt)) {
                out.add(spelt);
            }
            if (common.contains("怎么") && common.length() > 2 && !common.startsWith("怎么样")) {
                String shortHow = common.replace("什么", what).replace("怎么", "点"); // "怎么算" → "点算"
                if (!out.contains(shortHow)) {
                    out.add(shortHow);
                }
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode node, String fileName, String what) {
        if (!node.isArray()) {
            throw invalidEntry(fileName, entryOf(what), what + " must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : node.values()) {
            if (!v.isString() && !v.isNumber()) {
                throw invalidEntry(fileName, v.isValueNode() ? v.asString() : entryOf(what),
                        what + " must hold only strings, found " + v);
            }
            String s = v.asString().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The entry a dotted place names ({@code isa.优化器} names 优化器), or null for a place without one. */
    private static String entryOf(String what) {
        int dot = what.lastIndexOf('.');
        return dot < 0 ? null : what.substring(dot + 1);
    }

    private static final String ADVICE = " (fix the glossary file; see the README section on qbank dedup)";

    private static QbankException invalid(String fileName, int line, String message) {
        return new QbankException(Diagnostic.error("glossary", fileName, Math.max(0, line), 0, message + ADVICE));
    }

    /** A finding about one entry of a section, which {@link #atSection} puts at the line that names the entry. */
    private static QbankException invalidEntry(String fileName, String entry, String message) {
        return new AtEntry(invalid(fileName, 0, message).diagnostics(), entry);
    }

    /** {@link #invalidEntry}'s finding, with the entry's own text (a key or a value) to find its line by. */
    private static final class AtEntry extends QbankException {
        private static final long serialVersionUID = 1L;
        private final String entry;

        AtEntry(List<Diagnostic> diagnostics, String entry) {
            super(diagnostics, QbankException.EXIT_FINDINGS);
            this.entry = entry;
        }
    }

    PhraseTrie<String> terms() {
        return terms;
    }

    /** Whether normalised text names a term anywhere in it. */
    boolean namesTerm(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            if (terms.longestAt(norm, i) != null) {
                return true;
            }
        }
        return false;
    }

    PhraseTrie<AskKind> asks() {
        return asks;
    }

    /**
     * Whether {@code text} opens with an ask written as an instruction ({@code imperatives}: "解释过拟合",
     * "简述 BN 的作用", "Explain dropout") and goes on to name what it asks about: a question without a question
     * mark, as exam sheets and Word tables write them.
     */
    public boolean opensWithImperative(String text) {
        String norm = TextNormalizer.normalize(text);
        PhraseTrie.Hit<AskKind> hit = imperatives.longestAt(norm, 0);
        return hit != null && !norm.substring(hit.end()).isBlank();
    }

    /**
     * A digest of what this glossary changes in how importers read a file ({@link #opensWithImperative}, their ask
     * words): the imperatives it has beyond the built-in ones, or null when it has none (the built-in glossary, a
     * bank glossary of terms only). An import records it with each file it reads, so that an imperative added to
     * the bank's glossary later makes the next import read an unchanged file again.
     */
    public String readingDigest() {
        TreeSet<String> own = new TreeSet<>(imperativePhrases);
        own.removeAll(builtIn().imperativePhrases);
        if (own.isEmpty()) {
            return null;
        }
        return HexFormat.of().formatHex(Sha256.of(String.join("\n", own)));
    }

    PhraseTrie<Boolean> boilerplate() {
        return boilerplate;
    }

    PhraseTrie<Boolean> fillers() {
        return fillers;
    }

    /** Exam labels at the start of a question ("简答题", "名词解释") → the key of the ask kind they imply, or "none". */
    PhraseTrie<String> framingLabels() {
        return framingLabels;
    }

    /** Interview rounds ("一面", "二面", "笔试"), optionally after a company name. */
    PhraseTrie<Boolean> framingRounds() {
        return framingRounds;
    }

    /** Phrases that report who asked ("面试官问", "interviewer asked"). */
    PhraseTrie<Boolean> framingLeads() {
        return framingLeads;
    }

    /** Verbs after a round or a lead ("问了", "被问到"). */
    PhraseTrie<Boolean> framingLeadVerbs() {
        return framingLeadVerbs;
    }

    /** Markers of a follow-up question ("追问", "follow-up"). */
    PhraseTrie<Boolean> framingFollowUps() {
        return framingFollowUps;
    }

    /** Words that open the real question after context ("请问", "my question is"). */
    PhraseTrie<Boolean> framingOpeners() {
        return framingOpeners;
    }

    /**
     * Words a speaker opens a turn with ("right,", "好，", "嗯，"): framing only when a clause mark follows them, since
     * without one they may begin the question ("right padding", "好的初始化").
     */
    PhraseTrie<Boolean> framingInterjections() {
        return framingInterjections;
    }

    /** A question bank's metadata fields after the question ("｜难度：中等｜标签：…", "| difficulty: easy"). */
    PhraseTrie<Boolean> framingFields() {
        return framingFields;
    }

    /** Verbs that make a "why" ask about a purpose: "为什么Transformer需要位置编码" asks what 位置编码 is for. */
    PhraseTrie<Boolean> purposeVerbs() {
        return purposeVerbs;
    }

    /** Residual words of either language and the word their group stands for ("training", "训练" alike). */
    PhraseTrie<String> equivalents() {
        return equivalents;
    }

    /** True for a concept so wide that it is usually the setting of a question, not its subject. */
    boolean isBroad(String concept) {
        return broad.contains(concept);
    }

    /** How many spellings of terms the glossary knows (for messages and tests). */
    public int termCount() {
        return terms.size();
    }

    /** The concept a spelling names, if it is a known term. */
    public String conceptOf(String spelling) {
        return knownTerm(TextNormalizer.normalize(spelling));
    }
}
