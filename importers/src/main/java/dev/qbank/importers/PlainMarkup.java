package dev.qbank.importers;

import dev.qbank.model.DunderNames;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the little Markdown that turns up in plain-text banks (numbered lists, chapter lists) without parsing the
 * text as Markdown: such files are not Markdown, so a lone {@code *} (as in {@code 3*3 卷积}) or {@code _} is a
 * literal character and must survive. Only unambiguous markup goes: {@code **bold**}, {@code *emphasis*} not
 * touching ASCII letters or digits, {@code `code`} (kept in a question, see {@link #question}), {@code [text](url)}
 * links, and emphasis wrapped around the whole text.
 */
public final class PlainMarkup {
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    /** {@code *x*} / {@code _x_} only where no ASCII letter or digit touches the markers ({@code 3*3} stays). */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![A-Za-z0-9*_\\\\])([*_])(?=[^\\s*_])([^*_\\n]*?[^\\s*_\\\\])\\1(?![A-Za-z0-9*_])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    /** A code span: a run of backticks, text, and a run of the same length (CommonMark's rule, on one line). */
    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`+)(?!`)[^\\n]+?(?<!`)\\1(?!`)");
    /** The first of the private-use characters that stand in for code spans in {@link #question}, and how many. */
    private static final char SPAN_MARK = '\uE000';
    private static final int SPAN_MARKS = 0x1000;
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\[\\]\\n]*)\\]\\((\\S+?)\\)");
    private static final Pattern WHOLE_LINK = Pattern.compile("\\[([^\\[\\]\\n]+)\\]\\((\\S+?)\\)");

    private PlainMarkup() {
    }

    /** The text as a reader sees it, trimmed. */
    public static String strip(String text) {
        return stripped(text.strip());
    }

    /**
     * A question's text as a reader sees it, trimmed, its code spans kept as written ({@code `@staticmethod`}), as a
     * table's question cell and a qa question keep them: they are formatting the learner should see. The markup
     * around them goes as in {@link #strip}; none is read inside them ({@code `__init__`} is no bold).
     */
    public static String question(String text) {
        String s = text.strip();
        if (s.indexOf('`') < 0) {
            return stripped(s);
        }
        // each code span stands in as one private-use character while the markup around it is removed
        List<String> spans = new ArrayList<>();
        StringBuilder held = new StringBuilder(s.length());
        Matcher m = CODE_SPAN.matcher(s);
        int at = 0;
        while (m.find() && spans.size() < SPAN_MARKS) {
            held.append(s, at, m.start()).append((char) (SPAN_MARK + spans.size()));
            spans.add(m.group());
            at = m.end();
        }
        if (spans.isEmpty() || s.chars().anyMatch(c -> c >= SPAN_MARK && c < SPAN_MARK + SPAN_MARKS)) {
            return stripped(s); // no code span, or a text holding the stand-ins already: read as before
        }
        held.append(s, at, s.length());
        String plain = stripped(held.toString());
        StringBuilder out = new StringBuilder(plain.length() + s.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= SPAN_MARK && c < SPAN_MARK + spans.size()) {
                out.append(spans.get(c - SPAN_MARK));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String stripped(String text) {
        String s = text;
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        // "__init__ 和 __new__ 的区别": a name between double underscores is Python's dunder, not bold
        s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).equals("__") && DunderNames.isDunderName(m.group(2)) ? m.group() : m.group(2)));
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
