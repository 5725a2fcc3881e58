package dev.qbank.importers;

/**
 * Superscript and subscript text (HTML's {@code <sup>}/{@code <sub>}, a Word run raised or lowered) as the plain
 * text a bank holds, which has no such markup: dropping it made {@code O(n<sup>2</sup>)} read {@code O(n2)} and
 * {@code x<sub>i</sub>} read {@code xi}. Digits and {@code + - = ( )} have Unicode superscript and subscript forms
 * ({@code O(n²)}, {@code 10⁻³}, {@code log₂}, {@code H₂O}): those read right everywhere a bank's text goes (a
 * terminal, a spreadsheet cell, an Anki card, Markdown rendered or not) and need no renderer. Anything else (letters,
 * whose Unicode forms are few and missing from many fonts) is written as TeX and plain-text writing write it:
 * {@code 2^n}, {@code x_i}, with brackets round more than one character ({@code e^(-x)}, {@code a_(i+1)}). In
 * Markdown a {@code _} inside a word is no emphasis, so {@code x_i} stays as written when rendered.
 */
public final class RaisedText {
    private static final String PLAIN = "0123456789+-=()";
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";
    private static final String SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";

    private RaisedText() {
    }

    /** Superscript text as plain text: {@code ²}, {@code ⁻¹}, {@code ^n}, {@code ^(k+1)}. */
    public static String superscript(String text) {
        return written(text, SUPERSCRIPT, "^");
    }

    /** Subscript text as plain text: {@code ₂}, {@code _i}, {@code _(i+1)}. */
    public static String subscript(String text) {
        return written(text, SUBSCRIPT, "_");
    }

    private static String written(String text, String forms, String mark) {
        String t = text.strip();
        if (t.isEmpty() || t.matches("\\[[0-9]{1,3}]")) {
            return t; // a footnote's mark, [1], reads as it is
        }
        // a Unicode minus or an en dash, as word processors raise them in 10⁻³
        String ascii = t.replace('\u2212', '-').replace('\u2013', '-');
        StringBuilder mapped = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            int at = PLAIN.indexOf(ascii.charAt(i));
            if (at < 0) {
                mapped = null;
                break;
            }
            mapped.append(forms.charAt(at));
        }
        if (mapped != null) {
            return mapped.toString();
        }
        return mark + (t.codePointCount(0, t.length()) == 1 || t.matches("[\\p{L}\\p{N}]+") ? t : "(" + t + ")");
    }
}
