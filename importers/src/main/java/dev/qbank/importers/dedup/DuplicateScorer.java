package dev.qbank.importers.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides how alike two questions are from their profiles.
 *
 * <p>A pair is <b>sure</b> (merged automatically) only when both ask the same kind of thing (same primary ask)
 * about the same core concepts, neither names a broad concept the other contradicts, and what the glossary does
 * not know about (the residual words) mostly agrees, with the same words holding digits on both sides (a version
 * or size names which thing is meant: "YOLO" / "YOLOv3"). Topic similarity alone never merges: that is exactly what
 * confuses "什么是过拟合" with "如何解决过拟合".
 *
 * <p>The <b>score</b> ranks the review band: shared concepts (overlap and containment), then the kind of ask, then
 * residual words. Same concepts with a different ask rank below a shared ask with one concept more or less,
 * because the first is usually a different question and the second often a rephrasing.
 */
public final class DuplicateScorer {
    /** Share of residual words two sure duplicates must have in common (Jaccard). */
    static final double RESIDUAL_AGREEMENT = 0.6;
    /**
     * The same for two questions that name no concept, where the residual words are all there is to compare.
     * {@link KeyBucket}'s candidate index needs every residual threshold to be at least {@link #RESIDUAL_AGREEMENT}.
     */
    static final double NO_CONCEPT_AGREEMENT = 0.8;
    /** Residual agreement above which words swapped on both sides are taken as noise, not a different subject. */
    static final double SUBSTITUTION_TOLERANCE = 0.8;
    /** The highest score of a pair that is not sure: the review band stays below every automatic merge (0.9). */
    static final double UNSURE_MAX = 0.89;

    /** The outcome for one pair; the reason is only worded when asked for (most pairs are never shown). */
    public static final class Verdict {
        private final double score;
        private final boolean sure;
        private final QuestionProfile a;
        private final QuestionProfile b;

        Verdict(double score, boolean sure, QuestionProfile a, QuestionProfile b) {
            this.score = score;
            this.sure = sure;
            this.a = a;
            this.b = b;
        }

        public double score() {
            return score;
        }

        public boolean sure() {
            return sure;
        }

        /** Why, for a curator: shared concepts and kinds of ask. */
        public String reason() {
            return explain(a, b);
        }
    }

    private DuplicateScorer() {
    }

    public static Verdict compare(QuestionProfile a, QuestionProfile b) {
        if (a.normalized().equals(b.normalized())) {
            return new Verdict(1.0, true, a, b);
        }
        double concepts = jaccard(a.concepts, b.concepts);
        double core = jaccard(a.core, b.core);
        double residual = residualAgreement(a, b);
        double ask;
        if (a.primary.rankedAs(b.primary)) {
            ask = 1.0;
        } else if (asks(a, b.primary) || asks(b, a.primary)) {
            ask = 0.5;
        } else {
            ask = (a.asks & b.asks) != 0 ? 0.25 : 0.0;
        }
        boolean noConcepts = a.core.length == 0 && b.core.length == 0;
        boolean sure = isSure(a, b);

        // Containment counts as much as overlap: a rephrasing often adds a detail ("同等参数量情况下") or a setting
        // ("CNN的池化层") the other leaves out, while two different questions usually name different concepts.
        double conceptScore = noConcepts ? residual
                : 0.35 * core + 0.35 * containment(a.core, b.core) + 0.3 * concepts;
        double score = 0.45 * conceptScore + 0.4 * ask + 0.15 * smoothedAgreement(a.residual, b.residual);
        if (sure) {
            score = Math.max(score, 0.9);
        } else {
            score = Math.min(score, UNSURE_MAX);
        }
        return new Verdict(round(score), sure, a, b);
    }

    private static boolean asks(QuestionProfile p, AskKind kind) {
        return (p.asks & (1 << kind.ordinal())) != 0;
    }

    /** Jaccard of the residual words, two empty residuals agreeing fully. */
    private static double residualAgreement(QuestionProfile a, QuestionProfile b) {
        return a.residual.length == 0 && b.residual.length == 0 ? 1.0 : jaccard(a.residual, b.residual);
    }

    static String explain(QuestionProfile a, QuestionProfile b) {
        if (a.normalized().equals(b.normalized())) {
            return "same text";
        }
        boolean sameCore = Arrays.equals(a.core, b.core);
        double residual = residualAgreement(a, b);
        List<String> parts = new ArrayList<>();
        Set<String> shared = new TreeSet<>(a.concepts());
        shared.retainAll(b.concepts());
        if (sameCore && a.core.length > 0) {
            parts.add("same concepts " + String.join(", ", a.core()));
        } else if (!shared.isEmpty()) {
            parts.add("shared concepts " + String.join(", ", shared) + differing(a, b));
        } else {
            parts.add("no shared concept" + differing(a, b));
        }
        if (a.primary.matchKind() == b.primary.matchKind()) {
            parts.add("both ask " + a.primary.matchKind().label());
        } else {
            parts.add("asks differ: " + a.primary.label() + " / " + b.primary.label());
        }
        if (!broadCompatible(a, b)) {
            parts.add("different settings " + a.broad() + " / " + b.broad());
        }
        if (residual < 1.0) {
            parts.add("other words agree " + percent(residual) + "%");
        }
        return String.join("; ", parts);
    }

    /**
     * {@code residual} as a whole percentage, as {@code String.format("%.0f", residual * 100)} writes it (half up),
     * without a Formatter and its regex per reason (most of the 0.33 GB explain allocated over a 1M import).
     * Exact for the values residual takes, the ratios of two word counts: see DuplicateScorerTest.
     */
    static long percent(double residual) {
        return Math.round(residual * 100);
    }

    private static String differing(QuestionProfile a, QuestionProfile b) {
        Set<String> onlyA = a.core();
        onlyA.removeAll(b.core());
        Set<String> onlyB = b.core();
        onlyB.removeAll(a.core());
        if (onlyA.isEmpty() && onlyB.isEmpty()) {
            return "";
        }
        return " (only one names: " + String.join(", ", onlyA) + (onlyA.isEmpty() || onlyB.isEmpty() ? "" : " / ")
                + String.join(", ", onlyB) + ")";
    }

    /** Jaccard index of two sorted arrays of distinct word numbers (0 for two empty ones). */
    static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0.0;
        }
        int inter = intersection(a, b);
        return (double) inter / (a.length + b.length - inter);
    }

    /** Size of the intersection of two sorted arrays of distinct numbers: one merge, no hashing. */
    private static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                n++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    private static boolean containsAll(int[] large, int[] small) {
        return small.length <= large.length && intersection(large, small) == small.length;
    }

    private static boolean broadCompatible(QuestionProfile a, QuestionProfile b) {
        return containsAll(a.broad, b.broad) || containsAll(b.broad, a.broad);
    }

    /** The sure-duplicate test of {@link #compare} alone (the hot path of imports: no score, no reason). */
    static boolean isSure(QuestionProfile a, QuestionProfile b) {
        if (a.normalized().equals(b.normalized())) {
            return true;
        }
        if (a.primary.matchKind() != b.primary.matchKind() || !QuestionProfile.sameShape(a, b)) {
            return false;
        }
        // The cheap tests first; the residual overlap (an array merge) only for pairs that pass them.
        if (!Arrays.equals(a.numbered, b.numbered)) {
            return false;
        }
        if (a.core.length == 0 && b.core.length == 0) {
            return (a.residual.length >= 2 || a.oneName) && residualAgreesAtLeast(a, b, NO_CONCEPT_AGREEMENT);
        }
        return Arrays.equals(a.core, b.core) && broadCompatible(a, b) && residualAgreesWithoutSubstitutes(a, b);
    }

    /**
     * {@link #isSure} for two profiles filed under one key ({@link QuestionProfile#key()}: same primary ask and same
     * core concepts, or, naming none, the same residual words), which is how {@link ConceptIndex} compares a new
     * phrasing with its bucket. What the key guarantees is not checked again, and an empty set of broad concepts is
     * told from its bits, so the candidate's profile is read for its residual words only: each array read is a cache
     * miss, and on a large import this test is most of the in-order merge, the import's critical path.
     * {@code maybeSameText} is false when the texts' hashes differ (then the texts do).
     */
    static boolean isSureUnderOneKey(QuestionProfile a, QuestionProfile b, boolean maybeSameText) {
        if (maybeSameText && a.normalized().equals(b.normalized())) {
            return true;
        }
        if (!QuestionProfile.sameShape(a, b) || !Arrays.equals(a.numbered, b.numbered)) {
            return false;
        }
        if (a.core.length == 0) { // and so b's: the key holds the residual words then, so theirs are equal
            return (a.residual.length >= 2 || a.oneName) && residualAgreesAtLeast(a, b, NO_CONCEPT_AGREEMENT);
        }
        return (a.broadBits == 0 || b.broadBits == 0 || broadCompatible(a, b))
                && residualAgreesWithoutSubstitutes(a, b);
    }

    /**
     * Whether the residual words agree at least {@link #RESIDUAL_AGREEMENT} and neither side substitutes: has
     * residual words the other lacks ("动态" / "静态", "局部" / "全局"). A word swapped for another names a different
     * thing, while a rephrasing usually only adds or drops words on one side ("请说明其作用", "同等参数量情况下").
     * Near-identical residuals (one stray character each in a long question, Jaccard at least
     * {@link #SUBSTITUTION_TOLERANCE}) still count as equal. One intersection answers both (it was computed twice,
     * a seventh of the in-order merge of a large import).
     */
    private static boolean residualAgreesWithoutSubstitutes(QuestionProfile a, QuestionProfile b) {
        int sa = a.residual.length;
        int sb = b.residual.length;
        if (sa == 0 && sb == 0) {
            return 1.0 >= RESIDUAL_AGREEMENT; // two empty sets contain each other: no substitution
        }
        if (!sizesMayAgree(sa, sb, RESIDUAL_AGREEMENT)) {
            return false;
        }
        int inter = intersection(a.residual, b.residual);
        double jaccard = (double) inter / (sa + sb - inter);
        boolean oneContainsTheOther = inter == sa || inter == sb;
        return jaccard >= RESIDUAL_AGREEMENT && (oneContainsTheOther || jaccard >= SUBSTITUTION_TOLERANCE);
    }

    /**
     * Whether the residual words agree at least {@code threshold} (Jaccard, two empty sets agreeing fully), as
     * {@code jaccard >= threshold} would say. The Jaccard index is at most the ratio of the smaller set's size to
     * the larger's, so sets of very different sizes are told apart without intersecting them.
     */
    private static boolean residualAgreesAtLeast(QuestionProfile a, QuestionProfile b, double threshold) {
        int sa = a.residual.length;
        int sb = b.residual.length;
        if (sa == 0 && sb == 0) {
            return 1.0 >= threshold;
        }
        if (!sizesMayAgree(sa, sb, threshold)) {
            return false;
        }
        return jaccard(a.residual, b.residual) >= threshold;
    }

    /**
     * False when word sets of these sizes cannot agree {@code threshold} (Jaccard is at most the smaller size over
     * the larger); {@link KeyBucket} asks it before looking at a profile, with the same arithmetic as here.
     */
    static boolean sizesMayAgree(int sa, int sb, double threshold) {
        return sa == 0 && sb == 0 || (double) Math.min(sa, sb) / Math.max(sa, sb) >= threshold;
    }

    /**
     * Agreement of two small word sets, smoothed so that one stray word ("同等") does not count as total
     * disagreement: 1 - |A xor B| / (|A or B| + 2). Equal (or both empty) sets give 1.
     */
    static double smoothedAgreement(int[] a, int[] b) {
        int inter = intersection(a, b);
        int union = a.length + b.length - inter;
        return 1.0 - (double) (union - inter) / (union + 2);
    }

    /** Share of the smaller set that the larger one holds too. */
    static double containment(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        return (double) intersection(a, b) / Math.min(a.length, b.length);
    }

    /**
     * Whether the glossary knows nothing of what one of the two is about (no core concept): then the score rests on
     * the kind of ask and a few residual words, and says little about whether the two are one question.
     */
    static boolean knowsLittle(QuestionProfile a, QuestionProfile b) {
        return a.core.length == 0 || b.core.length == 0;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
