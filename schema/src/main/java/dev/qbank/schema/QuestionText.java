package dev.qbank.schema;

import dev.qbank.model.LatinLetters;
import dev.qbank.model.Sha256;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Question text folded for likely-duplicate detection: NFKC (full-width and half-width forms agree), lower case,
 * Latin letters without their accents ({@link LatinLetters}, as the import's dedup folds them: {@code ¿Qué es
 * NeRF?} and {@code ¿Que es NeRF?} agree), and no white space, punctuation or symbols. Two questions with the same
 * folded text are almost surely the same question typed twice.
 */
public final class QuestionText {
    /** What {@link #fold} drops; the loop there does the same without a regular expression (it is faster). */
    static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    /** The general categories of {@code \p{P}} (punctuation) and {@code \p{S}} (symbols), as bits. */
    private static final int NOISE_TYPES = 1 << Character.CONNECTOR_PUNCTUATION | 1 << Character.DASH_PUNCTUATION
            | 1 << Character.START_PUNCTUATION | 1 << Character.END_PUNCTUATION
            | 1 << Character.INITIAL_QUOTE_PUNCTUATION | 1 << Character.FINAL_QUOTE_PUNCTUATION
            | 1 << Character.OTHER_PUNCTUATION | 1 << Character.MATH_SYMBOL | 1 << Character.CURRENCY_SYMBOL
            | 1 << Character.MODIFIER_SYMBOL | 1 << Character.OTHER_SYMBOL;

    private QuestionText() {
    }

    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!isNoise(c)) {
                kept.appendCodePoint(c <= Character.MAX_VALUE ? LatinLetters.base((char) c) : c);
            }
            i += Character.charCount(c);
        }
        return kept.toString();
    }

    /** {@code \s} of a regular expression without UNICODE_CHARACTER_CLASS, {@code \p{P}} or {@code \p{S}}. */
    private static boolean isNoise(int c) {
        return c == ' ' || c >= '\t' && c <= '\r' || (NOISE_TYPES >> Character.getType(c) & 1) != 0;
    }

    /** A 128-bit digest of the folded text: a fixed-size map key however long the question is. */
    public record Key(long high, long low) {
    }

    public static Key key(String text) {
        byte[] d = Sha256.of(fold(text));
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (d[i] & 0xff);
            lo = (lo << 8) | (d[i + 8] & 0xff);
        }
        return new Key(hi, lo);
    }
}
