package dev.qbank.importers.qa;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The collapsible blocks of docs-site generators, written as the HTML they render to so that the Q&amp;A reading of
 * {@code <details>} applies: VitePress's {@code ::: details 什么是缓存穿透？} … {@code :::}, and mkdocs-material's
 * {@code ??? question "What is BN?"} (open, {@code ???+}) over its body indented four spaces, become
 * {@code <details><summary>title</summary>} over the body and {@code </details>}: a summary that asks is a question,
 * its body the answer; one that names a part ({@code 代码}) is part of the answer. mkdocs-material's boxed notes,
 * {@code !!! note "注意"} over an indented body, become a quote under the title in bold, as a Docusaurus
 * {@code :::note} does; so do Hugo's shortcodes for the same blocks ({@link HugoShortcodes}). Each line stays where it is, so every line number holds.
 */
final class DocSiteBlocks {
    private static final Pattern VITEPRESS = Pattern.compile("^:::[ \\t]*details(?:[ \\t]+(\\S.*?))?[ \\t]*$");
    private static final Pattern CLOSE = Pattern.compile("^:::[ \\t]*$");
    private static final Pattern OPEN = Pattern.compile(":::[ \\t]*[A-Za-z]");
    /** mkdocs-material's admonition: indentation, {@code ???}/{@code ???+}/{@code !!!}, type, optional title. */
    private static final Pattern MKDOCS = Pattern.compile(
            "^([ \\t]*)(\\?\\?\\?\\+?|!!!)[ \\t]+([a-z][a-z-]*)(?:[ \\t]+[a-z][a-z -]*)?(?:[ \\t]+\"([^\"]*)\")?[ \\t]*$");
    /** A line that ends a collapsible question itself: a heading, the next collapsible, an HTML block. */
    private static final Pattern ENDS_BLOCK = Pattern.compile("[ \\t]{0,3}(?:#{1,6}(?:[ \\t]|$)|\\?\\?\\?|<)");
    private static final Pattern ANY = Pattern.compile("(?m)^(?::::[ \\t]*details|[ \\t]*(?:\\?\\?\\?|!!!)[ \\t+])");

    private DocSiteBlocks() {
    }

    /** {@code text} with its docs-site blocks as {@code <details>} and quotes; the text itself when it has none. */
    static String asHtml(String text) {
        if (text.indexOf(":::") < 0 && text.indexOf("???") < 0 && text.indexOf("!!!") < 0 && text.indexOf("{{") < 0
                || !ANY.matcher(text).find() && !HugoShortcodes.ANY.matcher(text).find()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        boolean fence = false;
        int open = 0; // the ::: containers open from a details one down
        boolean quote = false; // inside a Hugo notice
        boolean hugoQuestion = false; // inside a Hugo details block whose summary asks
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence) {
                continue;
            }
            String hugo = HugoShortcodes.asMarkdown(line);
            if (hugo != null) {
                boolean notice = hugo.equals(HugoShortcodes.QUOTE) || hugo.equals(HugoShortcodes.UNQUOTE);
                if (hugo.equals(HugoShortcodes.DETAILS_END)) {
                    hugo = hugoQuestion ? "</details>" : "";
                } else if (hugo.startsWith("<details>")) {
                    hugoQuestion = true;
                }
                hugoQuestion &= !hugo.equals("</details>");
                lines[i] = notice ? "" : hugo;
                quote = notice ? hugo.equals(HugoShortcodes.QUOTE) : quote;
                changed = true;
                continue;
            }
            if (quote) {
                lines[i] = line.isBlank() ? ">" : "> " + line;
                continue;
            }
            Matcher v = VITEPRESS.matcher(line);
            if (v.matches() && open == 0) {
                lines[i] = "<details><summary>" + (v.group(1) == null ? "Details" : v.group(1)) + "</summary>";
                open = 1;
                changed = true;
            } else if (open > 0 && OPEN.matcher(line).lookingAt()) {
                open++; // a "::: tip" inside the details: its ":::" closes the tip, not the details
            } else if (open > 0 && CLOSE.matcher(line).matches()) {
                if (--open == 0) {
                    lines[i] = "</details>";
                }
            } else {
                Matcher m = MKDOCS.matcher(line);
                if (m.matches()) {
                    i = admonition(lines, i, m);
                    changed = true;
                }
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** Rewrites the mkdocs admonition opening at {@code lines[at]} and its body; the index of its last line. */
    private static int admonition(String[] lines, int at, Matcher m) {
        String indent = m.group(1);
        String title = m.group(4) != null ? m.group(4).strip()
                : Character.toUpperCase(m.group(3).charAt(0)) + m.group(3).substring(1); // mkdocs shows the type
        boolean collapsible = m.group(2).startsWith("???");
        int end = at + 1; // past the body: blank lines and lines indented deeper than the opening
        int last = at;
        while (end < lines.length && (lines[end].isBlank() || indentOf(lines[end]) > indent.length())) {
            if (!lines[end].isBlank()) {
                last = end;
            }
            end++;
        }
        String body = indent + "    ";
        for (int k = at + 1; k <= last; k++) {
            String line = lines[k].startsWith(body) ? lines[k].substring(body.length())
                    : lines[k].startsWith(indent + "\t") ? lines[k].substring(indent.length() + 1) : lines[k].strip();
            lines[k] = collapsible ? indent + line : indent + ">" + (line.isEmpty() ? "" : " " + line);
        }
        if (collapsible) {
            lines[at] = indent + "<details><summary>" + title + "</summary>";
            // </details> needs a line of its own with a blank one after it (an HTML block runs to a blank line):
            // without two blank lines there, the next question's <details> or heading ends this one. Text at the
            // margin right after one blank line (a closing "!!! tip", a paragraph) is outside the block, as mkdocs
            // shows it: the </details> goes on the blank line, and the reader takes what its HTML block runs on
            // into for text after the question
            if (last + 2 >= lines.length || lines[last + 1].isBlank()
                    && (lines[last + 2].isBlank() || !ENDS_BLOCK.matcher(lines[last + 2]).lookingAt())) {
                if (last + 1 < lines.length) {
                    lines[last + 1] = indent + "</details>";
                }
            }
            // the body is read again: a "!!! note" inside it is a quote of the answer
            for (int k = at + 1; k <= last; k++) {
                Matcher inner = MKDOCS.matcher(lines[k]);
                if (inner.matches() && !inner.group(2).startsWith("???")) {
                    k = admonition(lines, k, inner);
                }
            }
        } else {
            lines[at] = indent + "> **" + title + "**";
        }
        return last;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }
}
