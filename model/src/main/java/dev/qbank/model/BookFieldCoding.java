package dev.qbank.model;

/**
 * The two sides of how the Markdown book ({@code qbank export --format markdown}) writes a field its readers would
 * otherwise show differently from what the bank means, and how its reader (the {@code qbankmd} importer) gets the
 * field back exactly: the coding is named in the field's comment ({@code <!-- qbank:field question escaped -->}),
 * and a field that needs none is written as it is, with none named.
 *
 * <ul>
 *   <li>{@value #ESCAPED}: a question is plain text (with code spans), but quoted in the book it is Markdown, where
 *       {@code __init__} is bold "init", {@code List<String>} hides a tag and {@code *args} may start emphasis.
 *       Outside code spans the characters Markdown reads as markup get a backslash.</li>
 *   <li>{@value #MATH}: TeX between MathJax's delimiters, {@code \(y\)} and {@code \[…\]}, reads {@code (y)} on
 *       GitHub, in pandoc and in Obsidian (CommonMark's escaped brackets); between dollars, {@code $y$} and
 *       {@code $$…$$}, GitHub and Obsidian typeset it, and pandoc does with {@code -f gfm+tex_math_dollars}. Only a
 *       field holding no dollar is so written, so that every dollar in it is one the book wrote.</li>
 * </ul>
 */
public final class BookFieldCoding {
    /** The coding of a question's plain text: markup characters escaped outside code spans. */
    public static final String ESCAPED = "escaped";
    /** The coding of TeX written between MathJax's backslashed delimiters, then between dollars. */
    public static final String MATH = "math";
    /** What {@link #ESCAPED} puts a backslash before: emphasis, links, raw HTML, entities, strikethrough. */
    private static final String MARKUP = "\\*_[]<&~";
    /** The longest TeX a formula is looked for over, as the cards' math reader looks ({@code MathSpans}). */
    private static final int MAX_TEX = 5000;
    /** Characters only TeX puts between {@code \[ \]}: a command, a script, a group, a relation or an operator. */
    private static final String TEX_MARKS = "\\^_={}+<>|";

    private BookFieldCoding() {
    }

    /** A question's plain text as the book quotes it; the same string when nothing in it reads as markup. */
    public static String escaped(String plain) {
        StringBuilder out = null;
        for (int i = 0; i < plain.length(); i++) {
            int code = codeSpanEnd(plain, i);
            if (code > i) {
                if (out != null) {
                    out.append(plain, i, code);
                }
                i = code - 1;
                continue;
            }
            char c = plain.charAt(i);
            if (MARKUP.indexOf(c) >= 0 && !(c == '_' && intraword(plain, i))) {
                if (out == null) {
                    out = new StringBuilder(plain.length() + 8).append(plain, 0, i);
                }
                out.append('\\');
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? plain : out.toString();
    }

    /** The plain text {@link #escaped} wrote. */
    public static String unescaped(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            int code = codeSpanEnd(escaped, i);
            if (code > i) {
                out.append(escaped, i, code);
                i = code - 1;
                continue;
            }
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length() && MARKUP.indexOf(escaped.charAt(i + 1)) >= 0) {
                c = escaped.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code markdown} with its formulas between {@code \( \)} and {@code \[ \]} written between dollars; the same
     * string when it has none, or holds a dollar (which could not be told from the book's afterwards). Code, fenced or
     * in spans, is as written; so is an inline formula with blanks at its ends, which dollars do not delimit.
     */
    public static String dollars(String markdown) {
        if (markdown.indexOf('$') >= 0 || !markdown.contains("\\(") && !markdown.contains("\\[")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        boolean fence = false;
        int from = 0;
        int region = 0; // where the text outside fenced code started
        while (from <= markdown.length()) {
            int end = markdown.indexOf('\n', from);
            end = end < 0 ? markdown.length() : end;
            String line = markdown.substring(from, end).stripLeading();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                if (!fence) {
                    out.append(formulas(markdown.substring(region, from)));
                }
                out.append(markdown, from, Math.min(end + 1, markdown.length()));
                fence = !fence;
                region = end + 1;
            } else if (fence) {
                out.append(markdown, from, Math.min(end + 1, markdown.length()));
                region = end + 1;
            }
            from = end + 1;
        }
        if (!fence && region < markdown.length()) {
            out.append(formulas(markdown.substring(region)));
        }
        String written = out.toString();
        return written.equals(markdown) ? markdown : written;
    }

    /** The Markdown {@link #dollars} wrote: every {@code $$…$$} a {@code \[…\]}, every {@code $…$} a {@code \(…\)}. */
    public static String backslashed(String dollars) {
        StringBuilder out = new StringBuilder(dollars.length() + 8);
        int i = 0;
        while (i < dollars.length()) {
            int open = dollars.indexOf('$', i);
            if (open < 0) {
                break;
            }
            boolean display = dollars.startsWith("$$", open);
            int close = dollars.indexOf(display ? "$$" : "$", open + (display ? 2 : 1));
            if (close < 0) {
                break;
            }
            out.append(dollars, i, open).append(display ? "\\[" : "\\(")
                    .append(dollars, open + (display ? 2 : 1), close).append(display ? "\\]" : "\\)");
            i = close + (display ? 2 : 1);
        }
        return out.append(dollars, i, dollars.length()).toString();
    }

    /**
     * Whether what stands between backslashed brackets is a formula rather than text whose brackets were escaped:
     * Markdown writers (pandoc's among them) write a literal {@code [1]} as {@code \[1\]}, so a citation number, a
     * tick box ({@code \[x\]}) or {@code \(sic\)} stays text. A formula has a TeX mark ({@link #TEX_MARKS}); an
     * inline one may also be one letter ({@code \(x\)}, {@code \(α\)}).
     */
    public static boolean looksLikeTex(String tex, boolean display) {
        for (int i = 0; i < tex.length(); i++) {
            if (TEX_MARKS.indexOf(tex.charAt(i)) >= 0) {
                return true;
            }
        }
        String t = tex.strip();
        return !display && t.codePointCount(0, t.length()) == 1 && Character.isLetter(t.codePointAt(0));
    }

    /** Text outside fenced code with its backslashed formulas between dollars; code spans as written. */
    private static String formulas(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int code = codeSpanEnd(text, i);
            if (code > i) {
                out.append(text, i, code);
                i = code;
                continue;
            }
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '[')) {
                boolean display = text.charAt(i + 1) == '[';
                int close = closing(text, i + 2, display ? ']' : ')');
                String tex = close < 0 ? null : text.substring(i + 2, close);
                if (tex != null && !tex.isBlank() && looksLikeTex(tex, display)
                        && (display || tex.strip().equals(tex) && tex.indexOf('\n') < 0)) {
                    out.append(display ? "$$" : "$").append(tex).append(display ? "$$" : "$");
                    i = close + 2;
                    continue;
                }
                out.append(c).append(text.charAt(i + 1)); // an escaped bracket, or TeX's \\ : never a delimiter
                i += 2;
                continue;
            }
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Where the {@code \)} or {@code \]} closing a formula opened before {@code from} starts; -1 for none. */
    private static int closing(String text, int from, char close) {
        int limit = Math.min(text.length(), from + MAX_TEX);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '`') {
                return -1; // a code span further on is code: no formula runs into it
            }
            if (c == '\\' && i + 1 < text.length()) {
                if (text.charAt(i + 1) == close) {
                    return i;
                }
                i++; // TeX's own \\ or \{ : never a delimiter
            }
        }
        return -1;
    }

    /**
     * The end of the code span whose backtick run starts at {@code i} (the run after the closing one of the same
     * length), or -1: a run with no closing one, or no run at {@code i}, is no code span.
     */
    private static int codeSpanEnd(String text, int i) {
        if (text.charAt(i) != '`' || i > 0 && text.charAt(i - 1) == '`') {
            return -1;
        }
        int run = i;
        while (run < text.length() && text.charAt(run) == '`') {
            run++;
        }
        int n = run - i;
        for (int j = run; j < text.length(); j++) {
            if (text.charAt(j) != '`') {
                continue;
            }
            int k = j;
            while (k < text.length() && text.charAt(k) == '`') {
                k++;
            }
            if (k - j == n) {
                return k;
            }
            j = k - 1;
        }
        return -1;
    }

    /** An underscore between two letters or digits never starts emphasis, so file names need no escaping. */
    private static boolean intraword(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1));
    }
}
