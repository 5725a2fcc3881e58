package dev.qbank.importers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Yuque or Feishu Markdown export adds to a note that a reader never sees as text: an empty anchor before
 * each heading ({@code <a name="UVbxE"></a>}, which otherwise ends the answer above it), {@code <font>} tags around
 * coloured words, and its highlight blocks ({@code :::tips} … {@code :::}, also {@code info}, {@code warning},
 * {@code danger}, {@code success}, {@code color1}…), which show as a boxed note: written as a quote, as a Notion
 * callout is. Code blocks are left alone by the callers.
 */
public final class YuqueMarkup {
    private static final Pattern ANCHOR_LINE = Pattern.compile(
            "(?m)^[ \\t]*<a[ \\t]+(?:name|id)=\"[^\"\\n]*\"[ \\t]*>[ \\t]*</a>[ \\t]*(?:\\n|$)");
    private static final Pattern FONT = Pattern.compile("(?i)<font(?:[ \\t][^>\\n]*)?>|</font>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?m)^:::[ \\t]*(?:tips|info|warning|danger|success|color[0-9])[ \\t]*\\n(?<body>(?:(?!:::).*\\n)*?):::[ \\t]*$");

    private YuqueMarkup() {
    }

    /**
     * Whether {@code markdown} is only empty anchors ({@code <a name="q1"></a>}, as Yuque, Typora and hand-written
     * pages put before headings): a link target, nothing a reader sees.
     */
    public static boolean anchorsOnly(String markdown) {
        return !markdown.isBlank() && ANCHOR_LINE.matcher(markdown).replaceAll("").isBlank();
    }

    /** The Markdown without the anchors and font tags, highlight blocks as quotes; the same string when it has none. */
    public static String plain(String markdown) {
        if (markdown.indexOf('<') < 0 && !markdown.contains(":::")) {
            return markdown;
        }
        return unmarked(markdown).strip();
    }

    /**
     * {@link #plain} for text that may hold fenced code: the anchors, font tags and highlight blocks go from the
     * text around the code, and the code stays as written (a {@code <a name>} or {@code :::} there is code). Yuque
     * answers often show code, and the anchor before the next heading then follows it.
     */
    public static String plainOutsideCode(String markdown) {
        if (markdown.indexOf('<') < 0 && !markdown.contains(":::")) {
            return markdown;
        }
        if (!markdown.contains("```") && !markdown.contains("~~~")) {
            return plain(markdown);
        }
        String[] raw = markdown.split("\n", -1); // MarkdownLines gives one line per input line
        MarkdownLines lines = new MarkdownLines(markdown);
        StringBuilder out = new StringBuilder(markdown.length());
        StringBuilder text = new StringBuilder();
        for (int i = 0; lines.next(); i++) {
            if (lines.code()) {
                out.append(unmarked(text.toString()));
                text.setLength(0);
                out.append(raw[i]).append('\n');
            } else {
                text.append(raw[i]).append('\n');
            }
        }
        out.append(unmarked(text.toString()));
        return out.toString().strip();
    }

    private static String unmarked(String markdown) {
        String text = FONT.matcher(ANCHOR_LINE.matcher(markdown).replaceAll("")).replaceAll("");
        Matcher m = BLOCK.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String quoted = m.group("body").stripTrailing().replaceAll("(?m)^", "> ");
            m.appendReplacement(sb, Matcher.quoteReplacement(quoted));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
