package dev.qbank.importers.anki;

import dev.qbank.importers.HtmlEntities;
import dev.qbank.importers.RaisedText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Anki field's HTML as the Markdown a bank holds. Only structure and formatting come through: paragraphs and
 * line breaks, headings, bold, italics, code and code blocks, lists, quotes, rules, tables, links to web pages and
 * images (as Markdown); superscripts and subscripts as plain text ({@code O(n²)}, {@code x_i}: {@link RaisedText}).
 * Every other tag is dropped, its text kept; {@code script}, {@code style} and the like are dropped with their
 * content; entities are decoded. Nothing of the HTML survives as HTML, so a card cannot bring a
 * script into the bank. The text is the field's: Markdown characters in it are not escaped. Also used for other
 * formats' fields that hold HTML (a JSON tool's {@code "a": "<p>…</p>"}).
 */
public final class HtmlText {
    /*
     * Fields are untrusted. A tag's attributes are read in possessive runs: one turn per character of a repeated
     * alternation made Java's regex engine recurse once per character, and a tag of a few thousand characters
     * overflowed the stack. An unquoted '<' ends a tag that never closed, so a field of "<a<a<a…" is scanned once,
     * not once from every '<'; an attribute's name starts at a name's first character, not inside one.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?(?:-->|\\z)|<(/?)([a-zA-Z][a-zA-Z0-9]*+)((?:[^<>\"']++|\"[^\"]*+\"|'[^']*+')*+)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?<![-a-zA-Z0-9_:.])([a-zA-Z_:][-a-zA-Z0-9_:.]*+)\\s*+=\\s*+(?:\"([^\"]*+)\"|'([^']*+)'|([^\\s\"'>]++))");
    /** Elements dropped with everything inside them. */
    private static final List<String> DROPPED = List.of("script", "style", "head", "title", "template", "iframe",
            "object", "embed", "svg", "math", "noscript", "textarea", "select");
    private static final Pattern LANGUAGE = Pattern.compile("language-([A-Za-z0-9_+#-]{1,30})");

    private final StringBuilder out = new StringBuilder();
    /** ul or ol, with the next number, one per open list. */
    private final Deque<int[]> lists = new ArrayDeque<>();
    private final Deque<String> links = new ArrayDeque<>();
    /** Images the HTML showed, by their source as written. */
    private final List<String> images = new ArrayList<>();
    private int quotes;
    private boolean pre;
    /** Inside inline code: its text is as written, MathJax delimiters included. */
    private boolean inlineCode;
    /**
     * TeX between MathJax's delimiters, {@code \(x\)} inline and {@code \[x\]} displayed, as Anki cards write it;
     * in Markdown those are escaped brackets, and the bank writes TeX with dollars.
     */
    private boolean texInDollars = true;
    private static final Pattern MATHJAX = Pattern.compile("\\\\\\((.+?)\\\\\\)|\\\\\\[(.+?)\\\\\\]");
    /** Inside a code block, before its first line: the fence's line may still take the language. */
    private boolean preStart;
    private int dropped;
    private String droppedName;
    private boolean atLineStart = true;
    /** Before the next text: 1 a line break, 2 a blank line. */
    private int pendingBreak;
    /** The fewest quote levels open since the pending blank line was asked for: its own quote markers. */
    private int breakQuotes = Integer.MAX_VALUE;
    /** A list item's marker, written before its first text. */
    private String pendingMarker;
    private boolean tableHeaderDone;
    /** The open superscript or subscript ({@code sup}, {@code sub}) and where its text starts; null when none. */
    private String raisedName;
    private int raisedStart;
    private int cellsInRow;

    private HtmlText() {
    }

    /** The Markdown of a field, and the images it shows. */
    record Result(String text, List<String> images) {
    }

    /** The Markdown of HTML text, its images as links. */
    public static String markdown(String html) {
        return of(html).text();
    }

    static Result of(String html) {
        return of(html, true);
    }

    /**
     * The text of HTML that shows plain text, not Markdown (a reference's title or citation): MathJax's delimiters
     * stay as written. A citation's {@code \(x\)} came back as {@code $x$} (exp29), which is what a bank's
     * Markdown means by it, but a reference is no Markdown, and the round trip gives what the bank had.
     */
    static String asWritten(String html) {
        return of(html, false).text();
    }

    private static Result of(String html, boolean texInDollars) {
        HtmlText t = new HtmlText();
        t.texInDollars = texInDollars;
        t.convert(html == null ? "" : html);
        return new Result(t.finish(), List.copyOf(t.images));
    }

    private void convert(String html) {
        Matcher m = TOKEN.matcher(html);
        int at = 0;
        while (m.find()) {
            text(html.substring(at, m.start()));
            at = m.end();
            if (m.group(2) != null) {
                tag(m.group(1).equals("/"), m.group(2).toLowerCase(Locale.ROOT), m.group(3));
            }
        }
        text(html.substring(at));
    }

    private void tag(boolean closing, String name, String attributes) {
        if (dropped > 0) {
            if (name.equals(droppedName) && !attributes.endsWith("/")) {
                dropped += closing ? -1 : 1;
            }
            return;
        }
        if (DROPPED.contains(name)) {
            if (!closing && !attributes.endsWith("/")) {
                dropped = 1;
                droppedName = name;
            }
            return;
        }
        switch (name) {
            case "br" -> pendingBreak = pendingBreak >= 1 || atLineStart && out.length() > 0 ? 2 : 1;
            case "p" -> block();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                block();
                if (!closing) {
                    emit("#".repeat(name.charAt(1) - '0') + " ");
                }
            }
            case "div", "dt", "dd" -> line();
            case "table" -> {
                block();
                tableHeaderDone = false;
            }
            case "tr" -> {
                if (!closing) {
                    line();
                    emit("|");
                    cellsInRow = 0;
                } else if (cellsInRow > 0 && !tableHeaderDone) {
                    line();
                    emit("|" + " --- |".repeat(cellsInRow));
                    tableHeaderDone = true;
                }
            }
            case "th", "td" -> {
                if (closing) {
                    emit(" |");
                    cellsInRow++;
                } else {
                    emit(" ");
                }
            }
            case "hr" -> {
                block();
                emit("---");
                block();
            }
            case "strong", "b" -> emit("**");
            case "em", "i" -> emit("*");
            case "s", "del", "strike" -> emit("~~");
            case "sup", "sub" -> raised(closing, name);
            case "code" -> {
                if (!pre) {
                    inlineCode = !closing;
                    emit("`");
                } else if (!closing && preStart) {
                    Matcher lang = LANGUAGE.matcher(attribute(attributes, "class"));
                    if (lang.find()) {
                        out.append(lang.group(1));
                    }
                }
            }
            case "pre" -> {
                if (!closing && !pre) {
                    block();
                    emit("```");
                    pre = true;
                    preStart = true;
                } else if (closing && pre) {
                    pre = false;
                    if (preStart || !atLineStart) {
                        out.append('\n');
                        atLineStart = true;
                    }
                    pendingBreak = 0;
                    emit("```");
                    block();
                }
            }
            case "ul", "ol" -> {
                if (closing) {
                    lists.poll();
                    if (lists.isEmpty()) {
                        block();
                    } else {
                        line();
                    }
                } else {
                    line();
                    String start = attribute(attributes, "start");
                    lists.push(new int[] {name.equals("ol") ? 1 : 0,
                            start.matches("[0-9]{1,9}") ? Integer.parseInt(start) : 1});
                }
            }
            case "li" -> {
                if (!closing) {
                    line();
                    int[] list = lists.peek();
                    pendingMarker = list != null && list[0] == 1 ? list[1]++ + ". " : "- ";
                } else {
                    line();
                }
            }
            case "blockquote" -> {
                block();
                quotes = closing ? Math.max(0, quotes - 1) : quotes + 1;
                breakQuotes = Math.min(breakQuotes, quotes); // the blank line around a quote is outside it
            }
            case "a" -> {
                if (closing) {
                    String href = links.poll();
                    if (href != null && !href.isEmpty()) {
                        emit("](" + href + ")");
                    }
                } else {
                    String href = attribute(attributes, "href").strip();
                    String lower = href.toLowerCase(Locale.ROOT);
                    boolean web = lower.startsWith("http://") || lower.startsWith("https://")
                            || lower.startsWith("mailto:");
                    links.push(web ? href.replace(" ", "%20").replace(")", "%29") : "");
                    if (web) {
                        emit("[");
                    }
                }
            }
            case "img" -> {
                String src = attribute(attributes, "src").strip();
                String lower = src.toLowerCase(Locale.ROOT);
                if (!src.isEmpty() && !lower.startsWith("javascript:") && !lower.startsWith("data:")) {
                    images.add(src);
                    String shown = src.contains(" ") || src.contains(")") ? "<" + src + ">" : src;
                    emit("![" + attribute(attributes, "alt").replace("]", "") + "](" + shown + ")");
                }
            }
            default -> {
                // any other element: its text is kept, the tag itself is not
            }
        }
    }

    /**
     * A superscript or subscript: its text, written as usual, is rewritten at its end as {@link RaisedText} writes
     * it ({@code O(n²)}, {@code x_i}); dropping the tag made {@code n<sup>2</sup>} read {@code n2}. In code the
     * text stays as written; one inside another is part of it.
     */
    private void raised(boolean closing, String name) {
        if (pre || inlineCode) {
            return;
        }
        if (!closing && raisedName == null) {
            raisedName = name;
            raisedStart = out.length();
        } else if (closing && name.equals(raisedName)) {
            raisedName = null;
            String inside = out.substring(raisedStart);
            if (!inside.isBlank() && inside.indexOf('\n') < 0) {
                out.setLength(raisedStart);
                out.append(name.equals("sup") ? RaisedText.superscript(inside) : RaisedText.subscript(inside));
            }
        }
    }

    /** A paragraph break before what comes next. */
    private void block() {
        pendingBreak = 2;
        breakQuotes = Math.min(breakQuotes, quotes);
    }

    /** A line break before what comes next. */
    private void line() {
        pendingBreak = Math.max(pendingBreak, 1);
    }

    private void text(String raw) {
        if (dropped > 0 || raw.isEmpty()) {
            return;
        }
        String s = decode(raw);
        if (pre) {
            if (preStart) {
                out.append('\n');
                atLineStart = true;
                preStart = false;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    out.append('\n');
                    atLineStart = true;
                    continue;
                }
                if (atLineStart) {
                    out.append("> ".repeat(quotes)).append("   ".repeat(lists.size()));
                    atLineStart = false;
                }
                out.append(c);
            }
            return;
        }
        s = s.replaceAll("[\\s&&[^\u00a0]]+", " ");
        if (texInDollars && !inlineCode && s.indexOf('\\') >= 0) {
            s = dollars(s);
        }
        if (atLineStart || pendingBreak > 0 || out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            s = s.stripLeading();
        }
        if (!s.isEmpty()) {
            emit(s.replace('\u00a0', ' '));
        }
    }

    /** Writes text, after the line breaks asked for and, at the start of a line, its quote and list prefix. */
    private void emit(String s) {
        if (out.length() > 0 && pendingBreak > 0) {
            if (!atLineStart) {
                trimTrailingSpaces();
                out.append('\n');
            }
            if (pendingBreak == 2 && !lastLineBlank()) {
                out.append("> ".repeat(Math.min(quotes, breakQuotes)).stripTrailing()).append('\n');
            }
            atLineStart = true;
        }
        pendingBreak = 0;
        breakQuotes = Integer.MAX_VALUE;
        if (atLineStart) {
            out.append("> ".repeat(quotes));
            if (pendingMarker != null) {
                out.append("   ".repeat(Math.max(0, lists.size() - 1))).append(pendingMarker);
                pendingMarker = null;
            } else {
                out.append("   ".repeat(lists.size()));
            }
        }
        out.append(s);
        atLineStart = false;
    }

    private boolean lastLineBlank() {
        int end = out.length() - 1; // the line break just written
        int start = out.lastIndexOf("\n", end - 1) + 1;
        return out.substring(start, end).replace(">", "").isBlank();
    }

    /**
     * MathJax's delimiters as the dollars the bank writes TeX with: {@code \(x\)} is {@code $x$}, {@code \[x\]} is
     * {@code $$x$$}.
     */
    static String dollars(String s) {
        Matcher m = MATHJAX.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            // no space just inside an inline $: pandoc's rule for what is math (and the exporter's)
            String tex = m.group(1) != null ? "$" + m.group(1).strip() + "$" : "$$" + m.group(2).strip() + "$$";
            m.appendReplacement(sb, Matcher.quoteReplacement(tex));
        }
        return m.appendTail(sb).toString();
    }

    private static String decode(String s) {
        return HtmlEntities.decode(s);
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                return decode(v);
            }
        }
        return "";
    }

    private void trimTrailingSpaces() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    private String finish() {
        String s = out.toString();
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
