package dev.qbank.importers.qa;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's shortcodes on a line of their own, as a Hugo site's pages of questions use them, written as the Markdown
 * they render: {@code {{< details "点击查看答案" >}}} … {@code {{< /details >}}} is the text it folds,
 * {@code {{% notice tip %}}} … (also {@code hint}, {@code alert}, {@code admonition}, {@code callout}) a boxed note
 * read as a quote, {@code {{< figure src="a.png" caption="…" >}}} a picture, and {@code {{< toc >}}} the table of
 * contents marker it is. Other shortcodes stay as written.
 */
final class HugoShortcodes {
    /** What {@link #asMarkdown} returns for a notice's opening line: the lines up to its closing one are a quote. */
    static final String QUOTE = "\0quote";
    /** What {@link #asMarkdown} returns for a notice's closing line. */
    static final String UNQUOTE = "\0unquote";
    static final Pattern ANY = Pattern.compile("(?m)^[ \\t]*\\{\\{[<%]");
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
            // its content shows once opened: the answer under its heading ("点击查看答案" names no part of it); as a
            // <details> it would make every heading over a plain answer no question (a page of collapsed answers)
            return "";
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
