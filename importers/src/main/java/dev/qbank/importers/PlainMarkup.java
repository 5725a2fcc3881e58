package dev.qbank.importers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the little Markdown that turns up in plain-text banks (numbered lists, chapter lists) without parsing the
 * text as Markdown: such files are not Markdown, so a lone {@code *} (as in {@code 3*3 卷积}) or {@code _} is a
 * literal character and must survive. Only unambiguous markup goes: {@code **bold**}, {@code *emphasis*} not touching ASCII letters or digits, {@code `code`},
 * {@code [text](url)} links, and emphasis wrapped around the whole text.
 */
public final class PlainMarkup {
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    /** {@code *x*} / {@code _x_} only where no ASCII letter or digit touches the markers ({@code 3*3} stays). */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![A-Za-z0-9*_\\\\])([*_])(?=[^\\s*_])([^*_\\n]*?[^\\s*_\\\\])\\1(?![A-Za-z0-9*_])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\[\\]\\n]*)\\]\\((\\S+?)\\)");
    private static final Pattern WHOLE_LINK = Pattern.compile("\\[([^\\[\\]\\n]+)\\]\\((\\S+?)\\)");

    private PlainMarkup() {
    }

    /** The text as a reader sees it, trimmed. */
    public static String strip(String text) {
        String s = text.strip();
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = unwrap(s);
        return s.strip();
    }

    /** The URL when the whole text is one Markdown link ({@code [question](url)}), else null. */
    public static String wholeLinkUrl(String text) {
        Matcher m = WHOLE_LINK.matcher(unwrap(text.strip()));
        return m.matches() ? m.group(2) : null;
    }

    /** Strips emphasis markers that enclose the whole text: {@code *x*}, {@code _x_}, {@code ***x***}. */
    private static String unwrap(String s) {
        while (s.length() >= 3) {
            char c = s.charAt(0);
            if ((c != '*' && c != '_') || s.charAt(s.length() - 1) != c) {
                return s;
            }
            String inner = s.substring(1, s.length() - 1);
            if (inner.isBlank() || Character.isWhitespace(inner.charAt(0))
                    || Character.isWhitespace(inner.charAt(inner.length() - 1))) {
                return s;
            }
            s = inner;
        }
        return s;
    }
}
