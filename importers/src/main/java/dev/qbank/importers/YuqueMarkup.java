package dev.qbank.importers;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Yuque or Feishu Markdown export adds to a note that a reader never sees as text: an empty anchor before
 * each heading ({@code <a name="UVbxE"></a>}, which otherwise ends the answer above it), {@code <font>},
 * {@code <span style>} and {@code <u>} tags around coloured or underlined words, {@code <mark>} around highlighted
 * ones (kept in bold), and its highlight blocks ({@code :::tips} … {@code :::}, also {@code info}, {@code warning},
 * {@code danger}, {@code success}, {@code color1}…), which show as a boxed note: written as a quote, as a Notion
 * callout is; a docs site's admonitions ({@code :::note}, {@code :::tip}, {@code :::caution}) are the same box. Code blocks are left alone by the callers.
 */
public final class YuqueMarkup {
    private static final Pattern ANCHOR_LINE = Pattern.compile(
            "(?m)^[ \\t]*<a[ \\t]+(?:name|id)=\"[^\"\\n]*\"[ \\t]*>[ \\t]*</a>[ \\t]*(?:\\n|$)");
    /**
     * Inline HTML that only styles the words it holds, or a code span, which keeps it as written ({@code `<span>`} is
     * what an answer about HTML names). {@code <font color>}, {@code <span style>} and {@code <u>} go and their words
     * stay: colour and underline are how the editor showed them, and answers coloured whole (a paste keeps the
     * page's colours) would otherwise turn bold throughout. A highlight, {@code <mark>训练损失持续下降</mark>} (Feishu,
     * Yuque, Typora), is the author's mark on the answer's key words: they stay emphasised, in bold, the emphasis
     * every exporter renders ({@code ==x==} is no CommonMark); group {@code mark} its words.
     */
    private static final Pattern STYLE = Pattern.compile("(?<code>(?<!`)(`++)[^\\n]*?\\2)"
            + "|(?i:<(?:font|span|u)(?:[ \\t][^>\\n]*)?>|</(?:font|span|u)>)"
            + "|(?i:<mark(?:[ \\t][^>\\n]*)?>)(?<mark>[^<\\n]*)(?i:</mark>)");
    /**
     * A highlight block, Yuque's or a docs site's admonition, which shows the same boxed note: Docusaurus's
     * {@code :::tip} (titled {@code :::tip[Title]} or {@code :::tip Title}), VitePress's {@code ::: warning 注意};
     * group {@code title} the title a site shows over it, in bold in the quote.
     */
    private static final Pattern BLOCK = Pattern.compile("(?m)^:::[ \\t]*(?:tips?|note|info|important|caution|warning|"
            + "danger|success|color[0-9])(?:\\[(?<title>[^\\]\\n]*)\\]|[ \\t]+(?<word>[^\\n]*?))?[ \\t]*\\n"
            + "(?<body>(?:(?!:::).*\\n)*?):::[ \\t]*$");

    private YuqueMarkup() {
    }

    /**
     * Whether {@code markdown} is only empty anchors ({@code <a name="q1"></a>}, as Yuque, Typora and hand-written
     * pages put before headings): a link target, nothing a reader sees.
     */
    public static boolean anchorsOnly(String markdown) {
        return !markdown.isBlank() && ANCHOR_LINE.matcher(markdown).replaceAll("").isBlank();
    }

    /**
     * The Markdown without the anchors and style tags, highlights in bold, highlight blocks as quotes; the same string
     * when it has none.
     */
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
        return outsideCode(markdown, YuqueMarkup::unmarked).strip();
    }

    /**
     * {@code markdown} with {@code rewrite} applied to the text between its fenced code blocks, the code as written,
     * line for line.
     */
    static String outsideCode(String markdown, UnaryOperator<String> rewrite) {
        String[] raw = markdown.split("\n", -1); // MarkdownLines gives one line per input line
        MarkdownLines lines = new MarkdownLines(markdown);
        StringBuilder out = new StringBuilder(markdown.length());
        StringBuilder text = new StringBuilder();
        for (int i = 0; lines.next(); i++) {
            if (lines.code()) {
                out.append(rewrite.apply(text.toString()));
                text.setLength(0);
                out.append(raw[i]).append('\n');
            } else {
                text.append(raw[i]).append('\n');
            }
        }
        out.append(rewrite.apply(text.toString()));
        return out.toString();
    }

    /**
     * The Markdown with its inline styling read as {@link #STYLE} says (highlights in bold, {@code <font>},
     * {@code <span>}, {@code <u>} tags gone, their words kept), code spans and fenced code as written; the same string
     * when it has none. Every Markdown an importer reads gets this (see {@link QuestionText}): Feishu, Yuque and
     * Typora write it into any shape of bank, not only the Q&amp;A documents that also carry their anchors.
     */
    public static String styleRead(String markdown) {
        if (markdown == null || !mayHoldStyle(markdown)) {
            return markdown;
        }
        if (!markdown.contains("```") && !markdown.contains("~~~")) {
            return styled(markdown);
        }
        String out = outsideCode(markdown, YuqueMarkup::styled);
        // as many lines as it came with: the last one had no line end
        return !out.isEmpty() && !markdown.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }

    /**
     * The index after a style tag ({@code <font …>}, {@code </span>}, {@code <u>}, {@code <mark>}, any case) at
     * {@code i}, or -1: in a question, which is plain text, the tag goes and its words stay.
     */
    public static int styleTagEnd(String text, int i, int to) {
        if (!styleTagAt(text, i)) {
            return -1;
        }
        int close = text.indexOf('>', i);
        return close < 0 || close >= to ? -1 : close + 1;
    }

    /** Cheap: a {@code <} before the name of a style tag, or its closing tag, anywhere. */
    private static boolean mayHoldStyle(String text) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (styleTagAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a style tag's name follows the {@code <} at {@code i} ({@code <u>}, {@code </font}, {@code <mark }). */
    private static boolean styleTagAt(String text, int i) {
        int n = i + 1 < text.length() && text.charAt(i + 1) == '/' ? i + 2 : i + 1;
        for (String name : TAG_NAMES) {
            int end = n + name.length();
            if (end < text.length() && text.regionMatches(true, n, name, 0, name.length())
                    && (text.charAt(end) == '>' || text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                return true;
            }
        }
        return false;
    }

    private static final String[] TAG_NAMES = {"mark", "font", "span", "u"};

    private static String styled(String markdown) {
        Matcher t = STYLE.matcher(markdown);
        StringBuilder styled = new StringBuilder(markdown.length());
        while (t.find()) {
            t.appendReplacement(styled, Matcher.quoteReplacement(t.group("code") != null ? t.group()
                    : t.group("mark") != null ? bold(t.group("mark")) : ""));
        }
        return t.appendTail(styled).toString();
    }

    /** Highlighted words in bold, the blanks around them outside it; as they are when blank or bold inside. */
    private static String bold(String words) {
        String core = words.strip();
        if (core.isEmpty() || core.contains("**")) {
            return words;
        }
        int lead = words.indexOf(core);
        return words.substring(0, lead) + "**" + core + "**" + words.substring(lead + core.length());
    }

    private static String unmarked(String markdown) {
        String text = styled(ANCHOR_LINE.matcher(markdown).replaceAll(""));
        Matcher m = BLOCK.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String title = m.group("title") != null ? m.group("title").strip()
                    : m.group("word") != null ? m.group("word").strip() : "";
            String body = m.group("body").replaceFirst("^(?:[ \\t]*\\n)+", "").stripTrailing();
            String quoted = ((title.isEmpty() ? "" : "**" + title + "**\n\n") + body).replaceAll("(?m)^", "> ");
            m.appendReplacement(sb, Matcher.quoteReplacement(quoted));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
