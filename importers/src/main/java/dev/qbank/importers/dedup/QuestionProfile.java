package dev.qbank.importers.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a question asks, as far as dedup is concerned. Word sets are held as sorted arrays of {@link Vocabulary}
 * numbers (compared by {@link DuplicateScorer} without hashing); the accessors give them back as words.
 *
 * <ul>
 *   <li>{@code normalized}: the normalised text (see {@link TextNormalizer});</li>
 *   <li>{@code concepts}: every glossary concept it names (ids of synonym groups), asides included;</li>
 *   <li>{@code core}: what it is about: the concepts named outside parenthesised asides, without the broad ones
 *       (深度学习, 神经网络, ...) unless it names nothing narrower;</li>
 *   <li>{@code broad}: the broad concepts it names outside asides;</li>
 *   <li>{@code primary}: the kind of its first ask; follow-on asks ("…？请描述其特点") do not change what it is
 *       about;</li>
 *   <li>{@code asks}: every kind of ask it makes;</li>
 *   <li>{@code residual}: the words of its first ask that are neither concepts, ask phrases, fillers nor asides
 *       (Han characters one by one, Latin words whole): what the glossary does not know, compared loosely.</li>
 * </ul>
 */
public final class QuestionProfile {
    private final Vocabulary vocabulary;
    private final String normalized;
    final int[] concepts;
    final int[] core;
    final int[] broad;
    /** Bit {@code w & 63} for each broad concept number {@code w}: a set of them can only contain another whose
     *  bits it has (see {@link KeyBucket#candidates}). */
    final long broadBits;
    final AskKind primary;
    /** Bit {@code k.ordinal()} for each kind of ask made. */
    final int asks;
    final int[] residual;
    /**
     * The residual words that hold a digit ("v2", "50", "2017"), sorted: versions, sizes and years name which thing
     * is meant, so sure duplicates must have the same ones ("YOLO" is not "YOLOv3", "ResNet" not "ResNet50").
     */
    final int[] numbered;
    /** Whether the question is negated ("为什么不能用X", "why can't"): sure duplicates agree on it. */
    final boolean negated;
    /**
     * 0 for most questions; for one whose word order carries its meaning, a hash of which way it points: a preference
     * or contrast ("用A而不是B", "A比B快", "A instead of B", "A相比B有什么优势": the side set against the other, B), or
     * two opposite words bound to different things ("偏差大方差小": the order of the concepts and those words). The
     * word sets of "为什么用A而不是B" and "为什么用B而不是A" are equal, so two questions that both point a way must
     * point the same way to be sure duplicates ("A相比B的优势" may still merge with "A和B的区别", which points no way).
     */
    final int direction;
    /**
     * 0 for most questions; for one that gives a core concept a modifier the glossary does not know (the residual
     * words right before its mention in the first ask: "分组条件随机场", "时序层归一化"), a hash of which concept has
     * which modifier. Such words name a variant of the concept, so two questions that both give modifiers must give
     * the same ones to be sure duplicates ("分组条件随机场" is not "分层条件随机场"; "条件随机场" may merge with
     * either). A scene clause before the ask ("在用户分群任务中，…") is folded in alike (dedup37): a setting a rephrasing
     * may leave out, never swap.
     */
    final int modifier;
    /**
     * The phases of a model's life named right after a concept, as its setting: bit 1 training ("GAN训练出现模式崩溃",
     * "BERT training"), bit 2 inference ("大模型推理中的KV cache", "LLM inference"). Like a broad concept they may be
     * left out by a rephrasing, never swapped ("大模型训练加速" is not "大模型推理加速"): sure duplicates have one
     * side's phases among the other's. A phase said as a time ("在推理时", "at test time") is a residual word.
     */
    final int phase;
    /** {@link #phase} bits of the phases named right after a concept (a setting: may be left out, never swapped). */
    static final int SETTING_PHASES = 3;
    /**
     * Whether the text has letters the normaliser reads neither as words nor as Chinese characters
     * ({@link TextNormalizer#hasUnreadLetters}): such a question is never a sure duplicate of another wording.
     */
    final boolean unread;
    /**
     * Whether the residual words are one Latin word, a name the glossary does not know ("SGR是什么", "What is
     * BQS?"): two questions naming no concept but the same such word with the same ask are one question, while a
     * lone Chinese character or none says too little ({@link DuplicateScorer#isSure}). Only a short word, as
     * abbreviations are: a longer one is more often the one word of another language the fillers left
     * ("Popište situaci, kdy …").
     */
    final boolean oneName;
    private static final int MAX_NAME = 5;
    /** {@link ContrastWords} among the residual words: sure duplicates swap none and say none on one side only. */
    final long contrast;
    /**
     * {@link #phase} bits of a phase said as a word of the question ("在推理时", "at training time", "怎么训练"): it
     * says which part of a concept's life is asked about, so sure duplicates name the same ones ("BN在推理时如何计算
     * 均值" is not "BN如何计算均值", which is about training).
     */
    static final int TRAINING_WORD = 4;
    static final int INFERENCE_WORD = 8;
    private final String key;
    private static final int[] NONE = new int[0];

    QuestionProfile(Vocabulary vocabulary, String normalized, Collection<String> concepts, Collection<String> core,
            Collection<String> broad, AskKind primary, Set<AskKind> asks, Collection<String> residual) {
        this(vocabulary, normalized, concepts, core, broad, primary, asks, residual, false, 0);
    }

    QuestionProfile(Vocabulary vocabulary, String normalized, Collection<String> concepts, Collection<String> core,
            Collection<String> broad, AskKind primary, Set<AskKind> asks, Collection<String> residual, boolean negated,
            int direction) {
        this(vocabulary, normalized, concepts, core, broad, primary, asks, residual, negated, direction, 0);
    }

    QuestionProfile(Vocabulary vocabulary, String normalized, Collection<String> concepts, Collection<String> core,
            Collection<String> broad, AskKind primary, Set<AskKind> asks, Collection<String> residual, boolean negated,
            int direction, int modifier) {
        this(vocabulary, normalized, concepts, core, broad, primary, asks, residual, negated, direction, modifier, 0);
    }

    QuestionProfile(Vocabulary vocabulary, String normalized, Collection<String> concepts, Collection<String> core,
            Collection<String> broad, AskKind primary, Set<AskKind> asks, Collection<String> residual, boolean negated,
            int direction, int modifier, int phase) {
        this.phase = phase;
        this.negated = negated;
        this.modifier = modifier;
        this.direction = direction;
        this.vocabulary = vocabulary;
        this.normalized = normalized;
        this.unread = TextNormalizer.hasUnreadLetters(normalized);
        this.concepts = ids(vocabulary, concepts);
        this.core = ids(vocabulary, core);
        this.broad = ids(vocabulary, broad);
        this.broadBits = bits(this.broad);
        this.primary = primary;
        int bits = 0;
        for (AskKind k : asks) {
            bits |= 1 << k.ordinal();
        }
        this.asks = bits;
        this.residual = ids(vocabulary, residual);
        this.numbered = numbered(vocabulary, residual);
        this.oneName = residual.size() == 1 && isName(residual.iterator().next());
        this.contrast = ContrastWords.of(residual);
        this.key = key(primary, this.core, this.residual);
    }

    static long bits(int[] words) {
        long bits = 0;
        for (int w : words) {
            bits |= 1L << (w & 63);
        }
        return bits;
    }

    private static int[] numbered(Vocabulary vocabulary, Collection<String> residual) {
        List<String> withDigits = null;
        for (String w : residual) {
            if (hasDigit(w)) {
                (withDigits == null ? withDigits = new ArrayList<>(2) : withDigits).add(w);
            }
        }
        return withDigits == null ? NONE : ids(vocabulary, withDigits);
    }

    private static boolean isName(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return letter && w.length() >= 2 && w.length() <= MAX_NAME;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] ids(Vocabulary vocabulary, Collection<String> words) {
        int[] out = new int[words.size()];
        int n = 0;
        for (String w : words) {
            out[n++] = vocabulary.id(w);
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * Questions with the same key ask the same kind of thing (the same {@link AskKind#matchKind}) about the same core concepts (or, naming none, with
     * the same residual words). Each number is written as two chars, so equal keys mean equal sets.
     */
    private static String key(AskKind primary, int[] core, int[] residual) {
        int[] words = core.length > 0 ? core : residual;
        StringBuilder sb = new StringBuilder(2 + 2 * words.length).append((char) primary.matchKind().ordinal());
        sb.append(core.length > 0 ? ':' : '~');
        for (int w : words) {
            sb.append((char) (w >>> 16)).append((char) w);
        }
        return sb.toString();
    }

    /** See {@link #direction}: 0 for a question that points no way. */
    public int direction() {
        return direction;
    }

    public boolean negated() {
        return negated;
    }

    /** See {@link #modifier}: 0 for a question that gives no concept an unknown modifier. */
    public int modifier() {
        return modifier;
    }

    /**
     * Whether both are read ({@link #unread}: a script read letter by letter is no shape at all), agree on negation and, when both point a way, point the same way, and, when both modify
     * their concepts, modify them alike, and one's phases are among the other's, and their {@link ContrastWords} agree.
     */
    static boolean sameShape(QuestionProfile a, QuestionProfile b) {
        return !a.unread && !b.unread && a.negated == b.negated && ContrastWords.compatible(a.contrast, b.contrast) && (a.direction == b.direction || a.direction == 0 || b.direction == 0)
                && (a.modifier == b.modifier || a.modifier == 0 || b.modifier == 0)
                && ((a.phase & b.phase & SETTING_PHASES) == (a.phase & SETTING_PHASES)
                    || (a.phase & b.phase & SETTING_PHASES) == (b.phase & SETTING_PHASES))
                && (a.phase & ~SETTING_PHASES) == (b.phase & ~SETTING_PHASES);
    }

    public String key() {
        return key;
    }

    public String normalized() {
        return normalized;
    }

    public Set<String> concepts() {
        return sortedWords(concepts);
    }

    public Set<String> core() {
        return sortedWords(core);
    }

    public Set<String> broad() {
        return sortedWords(broad);
    }

    public AskKind primary() {
        return primary;
    }

    public Set<AskKind> asks() {
        EnumSet<AskKind> out = EnumSet.noneOf(AskKind.class);
        for (AskKind k : AskKind.values()) {
            if ((asks & (1 << k.ordinal())) != 0) {
                out.add(k);
            }
        }
        return out;
    }

    /** The residual words, in the order of their numbers (the same for every profile of one analyzer). */
    public Set<String> residual() {
        Set<String> out = new LinkedHashSet<>();
        for (int id : residual) {
            out.add(vocabulary.word(id));
        }
        return out;
    }

    private Set<String> sortedWords(int[] ids) {
        Set<String> out = new TreeSet<>();
        for (int id : ids) {
            out.add(vocabulary.word(id));
        }
        return out;
    }

    @Override
    public String toString() {
        return "QuestionProfile[" + normalized + ", core=" + core() + ", primary=" + primary + ", asks=" + asks()
                + ", residual=" + residual() + "]";
    }
}
