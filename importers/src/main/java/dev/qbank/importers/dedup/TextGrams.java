package dev.qbank.importers.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of a normalised text that need no vocabulary: two rephrasings of a question about something the
 * glossary has never heard of ("Zorblax的缓存策略", a language it lacks) still share them. Scripts written without
 * spaces (Han, kana, Hangul) give overlapping character pairs, since nothing marks their word boundaries; Latin words
 * are cut to their first {@value #STEM} characters, so "factorisation" / "factorization" and "sample" / "sampling"
 * meet without knowing the language's endings; so are Cyrillic words, whose spaces the normaliser keeps too (since
 * dedup21). Other alphabets (Greek, Arabic, ...) give overlapping character triples: {@link TextNormalizer} keeps
 * spaces only between Latin and Cyrillic words, so their word boundaries are gone.
 * One-character pieces are left out: they say nothing alone.
 */
final class TextGrams {
    /** Length a word is cut to: long enough to keep words apart, short enough to drop most endings. */
    static final int STEM = 5;
    /** Length of the pieces of a run of another alphabet: about a syllable, less than most words. */
    private static final int ALPHABET_GRAM = 3;

    /** One piece: what is compared ({@code key}) and where it stands in the text (to show it to a curator). */
    record Gram(String key, int start, int end) {
    }

    private TextGrams() {
    }

    /** The pieces of {@code normalized} in text order (repeats included). */
    static List<Gram> of(String normalized) {
        List<Gram> grams = new ArrayList<>();
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            char c = normalized.charAt(i);
            if (isUnsegmented(c)) {
                int end = i;
                while (end < n && isUnsegmented(normalized.charAt(end))) {
                    end++;
                }
                for (int k = i; k + 2 <= end; k++) {
                    grams.add(new Gram(normalized.substring(k, k + 2), k, k + 2));
                }
                i = end;
            } else if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < n && Character.isLetterOrDigit(normalized.charAt(end))
                        && !isUnsegmented(normalized.charAt(end))) {
                    end++;
                }
                if (end - i >= 2 && isLatinScript(normalized, i, end)) {
                    grams.add(new Gram(normalized.substring(i, Math.min(end, i + STEM)), i, end));
                } else if (end - i >= 2) {
                    for (int k = i; k == i || k + ALPHABET_GRAM <= end; k++) {
                        int to = Math.min(end, k + ALPHABET_GRAM);
                        grams.add(new Gram(normalized.substring(k, to), k, to));
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        return grams;
    }

    /** Scripts written without spaces between words, each character about a syllable. */
    static boolean isUnsegmented(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Whether a run is a Latin, Cyrillic or Greek word or number (accents included), whose spaces the normaliser keeps. */
    private static boolean isLatinScript(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(k));
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.CYRILLIC && script != Character.UnicodeScript.GREEK) {
                return false;
            }
        }
        return true;
    }
}
