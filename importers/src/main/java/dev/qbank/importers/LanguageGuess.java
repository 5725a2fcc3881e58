package dev.qbank.importers;

/**
 * The language of a question, guessed the simple way: any Han character makes it Chinese, anything else English.
 * Good enough for the banks qbank reads (Chinese questions often carry English terms, never the other way round);
 * a curator can correct the field, and re-import never overwrites it.
 */
public final class LanguageGuess {
    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    private LanguageGuess() {
    }

    public static String of(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return CHINESE;
            }
            i += Character.charCount(cp);
        }
        return ENGLISH;
    }
}
