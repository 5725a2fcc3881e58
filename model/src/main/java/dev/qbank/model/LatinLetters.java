package dev.qbank.model;

import java.text.Normalizer;

/**
 * Latin letters without their accents, as both duplicate checks compare question text: the import's dedup
 * (importers' TextNormalizer, since dedup17) and validate's same-text rule (schema's QuestionText, since imp24).
 * Here in the model, which both modules read, so that the two fold alike from one table.
 */
public final class LatinLetters {
    private LatinLetters() {
    }

    /**
     * The base letter of a lower-case Latin letter with diacritics (é → e, ñ → n, ạ/ắ/ầ → a, ư/ơ → u/o, đ → d);
     * any other character unchanged. Banks in Spanish, Vietnamese, French or German write their own words with
     * accents and the English terms without: folded, the words are Latin words (whole words for the glossary and
     * the residual words, spaces kept between them) rather than a run of single characters each accent breaks, and
     * a word written with or without its accents ("naïve", "naive"; a Vietnamese bank typed without its marks) is
     * one word. A letter that differs only by its accent is rarely another word in a question about one subject.
     */
    public static char base(char c) {
        if (c < '\u00C0') {
            return c;
        }
        if (c <= '\u024F') {
            return LATIN_1_TO_B[c - '\u00C0'];
        }
        if (c >= '\u1E00' && c <= '\u1EFF') {
            return LATIN_ADDITIONAL[c - '\u1E00'];
        }
        return c;
    }

    /**
     * {@code lowerCase} with each letter {@link #base}d: "réponse" is "reponse", "độ khó" is "do kho". For words
     * matched whatever accents a bank typed (import's header names, difficulty words).
     */
    public static String fold(String lowerCase) {
        char[] out = lowerCase.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = base(out[i]);
        }
        return new String(out);
    }

    private static final char[] LATIN_1_TO_B = baseLetters('\u00C0', '\u024F');
    private static final char[] LATIN_ADDITIONAL = baseLetters('\u1E00', '\u1EFF');

    /** For each character from {@code first} to {@code last}: its base letter when it is one a-z with marks. */
    private static char[] baseLetters(char first, char last) {
        char[] out = new char[last - first + 1];
        for (char c = first; c <= last; c++) {
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            out[c - first] = Character.isLowerCase(c) && base >= 'a' && base <= 'z' ? base : c;
        }
        // letters with a stroke have no decomposition
        if (first == '\u00C0') {
            out['đ' - first] = 'd';
            out['ø' - first] = 'o';
            out['ł' - first] = 'l';
        }
        return out;
    }
}
