package dev.qbank.importers.dedup;

import java.util.Locale;

/**
 * The kind of answer a question wants. Two questions about the same concepts are the same question only when
 * they want the same kind of answer: "什么是过拟合" (definition) and "如何解决过拟合" (fix) are not.
 *
 * <p>Declaration order is priority: when one clause holds phrases of several kinds, the first kind declared here
 * wins, because the more specific phrase decides ("ReLU 为什么比 sigmoid 好" is a comparison, not a bare why;
 * "作用是什么" is a purpose, not a definition). The phrases themselves are data, in the glossary's {@code asks}.
 */
public enum AskKind {
    /** how two or more things differ or compare */
    DIFFERENCE,
    /** what causes it */
    CAUSE,
    /** why something is so */
    WHY,
    /**
     * write the code of it ("手撕NMS", "nms代码实现", "Implement multi-head attention"): an answer in code, not what it
     * is or how it works; ranked above every kind but a comparison and a why, because a coding task names the
     * answer's form whatever else it says ("手写注意力的计算"), while "Why implement X?" still asks why
     */
    IMPLEMENT,
    /** how to solve, prevent or mitigate it */
    FIX,
    /** how to tell that it happens */
    DETECT,
    /** what it is for, what it does, its effect */
    PURPOSE,
    /** problems it causes, drawbacks, limits */
    PROBLEMS,
    /** what it is made of */
    COMPONENTS,
    /** its parameters */
    PARAMETERS,
    /** how it works, its principle, derivation, computation */
    PRINCIPLE,
    /** its characteristics, advantages */
    PROPERTIES,
    /** where it is used */
    APPLICATION,
    /** how to choose or set it */
    CHOICE,
    /** examples, kinds, common ones */
    LIST,
    /** how to do something (a procedure) */
    HOWTO,
    /** what it is; describe or explain it (also the default when a question states no ask) */
    DEFINITION;

    /**
     * The kind two questions must share to be the same question: a why about a state asks its cause ("为什么GAN训练
     * 不稳定" = "GAN训练不稳定的原因", "Why is X faster" = "X更快的原因"), so WHY counts as CAUSE; how a procedure is
     * done is how it works ("MFCC怎么提取" = "MFCC的提取流程", "蒸馏怎么做的" = "How does distillation work?", "How do
     * you perform a topological sort?" = "How does topological sorting work?"), so HOWTO counts as PRINCIPLE (dedup32:
     * 32 labelled pairs of 27 fixtures asked so, none a hard negative); every other kind is its own. (Why-questions
     * that ask a purpose or a fix were turned into those kinds by the analyzer; a design question asks a choice.)
     */
    public AskKind matchKind() {
        return this == WHY ? CAUSE : this == HOWTO ? PRINCIPLE : this;
    }

    /**
     * Whether a curator's ranking counts the two as one ask: the same {@link #matchKind}, but a how-to and a
     * how-it-works only when the rest agrees (a merge), not in the review queue's score, where "how would you build
     * X" and "how does X work" with other words apart are two questions more often than one.
     */
    public boolean rankedAs(AskKind other) {
        return matchKind() == other.matchKind() && (this == HOWTO) == (other == HOWTO);
    }

    /** The key in the glossary's {@code asks} section. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AskKind fromKey(String key) {
        for (AskKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** A short label for reasons shown to curators. */
    public String label() {
        return key();
    }
}
