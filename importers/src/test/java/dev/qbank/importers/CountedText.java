package dev.qbank.importers;

/**
 * Text that counts how often its characters are read: the work a search or a regex does on it, the same on every
 * machine, so tests can bound work instead of timing it. Past {@code budget} reads it throws {@link OverBudget}, which
 * stops a runaway regex engine.
 */
public final class CountedText implements CharSequence {
    /** Thrown out of whatever reads the text once it has read more than the budget. */
    public static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final long budget;
    private long reads;

    public CountedText(String text) {
        this(text, Long.MAX_VALUE);
    }

    public CountedText(String text, long budget) {
        this.text = text;
        this.budget = budget;
    }

    /** How many characters were read so far. */
    public long reads() {
        return reads;
    }

    @Override
    public char charAt(int index) {
        if (++reads > budget) {
            throw new OverBudget();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
