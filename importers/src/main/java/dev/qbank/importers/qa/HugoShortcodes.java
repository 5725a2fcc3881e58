package dev.qbank.importers.qa;

import dev.qbank.importers.AskingText;
import dev.qbank.importers.FrequencyMarks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's shortcodes on a line of their own, as a Hugo site's pages of questions use them, written as the Markdown
 * they render: {@code {{< details "什么是缓存穿透？" >}}} … {@code {{< /details >}}} the {@code <details>} block it
 * renders, its summary ({@code summary=}, {@code title=} or the first argument) the question when it asks one, and
 * with a summary that asks nothing ({@code "点击查看答案"}) the text it folds,
 * {@code {{% notice tip %}}} … (also {@code hint}, {@code alert}, {@code admonition}, {@code callout}) a boxed note
 * read as a quote, {@code {{< figure src="a.png" caption="…" >}}} a picture, and {@code {{< toc >}}} the table of
 * contents marker it is. Other shortcodes stay as written.
 */
final class HugoShortcodes {
    /** What {@link #asMarkdown} returns for a notice's opening line: the lines up to its closing one are a quote. */
    static final String QUOTE = "\0quote";
    /** What {@link #asMarkdown} returns for a notice's closing line. */
    static final String UNQUOTE = "\0unquote";
    /** What {@link #asMarkdown} returns for a details block's closing line: {@code </details>} if it asked. */
    static final String DETAILS_END = "\0details";
    static final Pattern ANY = Pattern.compile("(?m)^[ \\t]*\\{\\{[<%]");
    /** A summary numbered as a question: {@code 1. 单例模式}. */
    private static final Pattern NUMBERED = Pattern.compile("^[0-9]{1,3}[.、．)）][ \\t]*+\\S");
    private static final Pattern CODE = Pattern.compile(
            "^[ \\t]*\\{\\{([<%])[ \\t]*(/?)([a-z][a-z0-9_-]*)((?:[ \\t]+[^>%]*?)?)[ \\t]*[>%]\\}\\}[ \\t]*$");
    private static final Pattern ARG = Pattern.compile("(?:([a-z]+)=)?\"([^\"]*)\"");
    private static final Pattern NOTICE = Pattern.compile("notice|hint|alert|admonition|callout");

    private HugoShortcodes() {
    }

    /** The Markdown {@code line} stands for as one of these shortcodes ({@link #QUOTE}, {@link #UNQUOTE}), or null. */
    static String asMarkdown(String line) {
        if (line.indexOf("{{") < 0) {
            return null;
        }
        Matcher m = CODE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        boolean closing = !m.group(2).isEmpty();
        String name = m.group(3);
        String args = m.group(4);
        if (name.equals("details")) {
            if (closing) {
                return DETAILS_END;
            }
            // a summary that asks is the question its body answers, as a <details> block's is on GitHub; another
            // ("点击查看答案", "代码") folds the answer under its heading. Only the asking one is written as the
            // <details> it renders: an "answer" summary would make the whole page a labelled one, where a heading's
            // plain text is no answer
            String summary = argument(args, "summary", "title").strip();
            return asks(summary) ? "<details><summary>" + summary + "</summary>" : "";
        }
        if (NOTICE.matcher(name).matches()) {
            return closing ? UNQUOTE : QUOTE;
        }
        if (name.equals("toc") && !closing) {
            return "[TOC]";
        }
        if (name.equals("figure") && !closing) {
            String src = argument(args, "src", "src");
            return src.isEmpty() ? null : "![" + argument(args, "alt", "caption") + "](" + src + ")";
        }
        return null;
    }

    /** Whether a summary asks: a question mark at its end ({@link AskingText}), or a number before it. */
    static boolean asks(String summary) {
        return AskingText.asks(summary) || NUMBERED.matcher(FrequencyMarks.without(summary)).find();
    }

    /** The value of the named argument {@code name} (else {@code other}), else the first quoted one; "" for none. */
    private static String argument(String args, String name, String other) {
        String first = null;
        Matcher a = ARG.matcher(args);
        String fallback = null;
        while (a.find()) {
            if (name.equals(a.group(1))) {
                return a.group(2);
            }
            if (other.equals(a.group(1)) && fallback == null) {
                fallback = a.group(2);
            }
            if (a.group(1) == null && first == null) {
                first = a.group(2);
            }
        }
        return fallback != null ? fallback : first != null ? first : "";
    }
}
