package dev.qbank.importers.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells, without converting, that opencc4j's traditional → simplified conversion leaves a text as it is. That
 * conversion cuts the text into units and replaces a unit that is a key of the phrase dictionary by the key's
 * first value, and otherwise each char of the unit by the first value of that char in the char dictionary (when
 * that value is one char). So the text cannot change when it holds no char whose char entry differs from it and
 * no phrase key whose first value differs from it, however the text is cut. Keys that map to themselves are
 * common ("据" → "据", and phrases such as "乾象") and are left out: counting every char of every key as a trigger
 * would send 9 of 10 simplified questions of the bench input through the full conversion ("中" and "量" are in
 * phrase keys), while this test lets all of them through.
 *
 * <p>Why it matters (issue 6): the full conversion allocated 7.8 GB and took ~8% of the CPU samples of a 1M
 * import, although almost all of that text is simplified Chinese already.
 */
final class ConversionTriggers {
    private static final String[] NO_PHRASES = new String[0];

    /** Chars the char dictionary turns into another single char. */
    private final BitSet changingChars = new BitSet(Character.MAX_VALUE + 1);
    /** First chars of the phrase keys that convert to something else ("反", "中" among them: common, so cheap). */
    private final BitSet phraseFirsts = new BitSet(Character.MAX_VALUE + 1);
    /**
     * Those first chars, sorted, and the phrases starting with each: a binary search over a hundred chars, where a
     * Map&lt;Character, ...&gt; would box every common char that starts a phrase.
     */
    private final char[] firsts;
    private final String[][] phrasesByFirst;

    ConversionTriggers(Map<String, List<String>> phrases, Map<String, List<String>> chars) {
        chars.forEach((key, values) -> {
            // Only one-char keys are ever looked up: the conversion looks chars up one by one (a surrogate pair is
            // two lookups), and only a one-char value replaces the char.
            if (key.length() == 1 && changes(key, values) && values.get(0).length() == 1) {
                changingChars.set(key.charAt(0));
            }
        });
        TreeMap<Character, List<String>> grouped = new TreeMap<>();
        phrases.forEach((key, values) -> {
            if (!key.isEmpty() && changes(key, values)) {
                grouped.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(key);
                phraseFirsts.set(key.charAt(0));
            }
        });
        firsts = new char[grouped.size()];
        phrasesByFirst = new String[grouped.size()][];
        int k = 0;
        for (Map.Entry<Character, List<String>> e : grouped.entrySet()) {
            firsts[k] = e.getKey();
            phrasesByFirst[k++] = e.getValue().toArray(NO_PHRASES);
        }
    }

    private static boolean changes(String key, List<String> values) {
        return values != null && !values.isEmpty() && !values.get(0).equals(key);
    }

    /** False when the conversion surely returns {@code s} unchanged; true when it may change it. */
    boolean mayChange(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (changingChars.get(c)) {
                return true;
            }
            if (phraseFirsts.get(c)) {
                for (String phrase : phrasesByFirst[Arrays.binarySearch(firsts, c)]) {
                    if (s.startsWith(phrase, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
