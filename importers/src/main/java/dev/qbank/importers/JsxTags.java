package dev.qbank.importers;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The components of an MDX page (Docusaurus, Nextra, Starlight): {@code <Tabs>}, {@code <TabItem value="py"
 * label="Python">}, {@code <Callout type="warning">}, {@code <Foo />}. On the site they lay out the words between
 * them; in a bank's answer they are tags no exporter shows as the site did (most print them raw), so they go and
 * their words stay, as {@link YuqueMarkup#styleRead} does with style tags. A tab's or box's {@code label} /
 * {@code title}, which the site shows over its words, stays in bold on the tag's line.
 *
 * <p>A component's name starts with a capital (HTML's are lower case). A tag is read as one only where it cannot be
 * a type's brackets ({@code List<String>}, {@code Map<K, V>}, {@code Optional<T>} follow a letter): with attributes,
 * self-closing, alone on its line with other tags, or opened and closed in the same text; attributes count when
 * one has a value ({@code <T extends Number>} is a type's bound). Code spans and fenced code
 * are left as written.
 */
public final class JsxTags {
    /** An attribute: {@code value="py"}, {@code open}, {@code items={[1, 2]}} (braces one level deep). */
    private static final String ATTRIBUTE = "[ \\t]+[A-Za-z_:][-\\w:.]*(?:[ \\t]*=[ \\t]*(?:\"[^\"\\n]*\"|'[^'\\n]*'"
            + "|\\{[^{}\\n]*(?:\\{[^{}\\n]*\\}[^{}\\n]*)*\\}))?";
    private static final String TAG = "(?<![\\w<])<(?<close>/)?(?<name>[A-Z][A-Za-z0-9_.]*)(?<attrs>(?:" + ATTRIBUTE
            + ")*)[ \\t]*(?<self>/)?>";
    private static final Pattern TAG_OR_CODE = Pattern.compile("(?<code>(?<!`)(`++)[^\\n]*?\\2)|" + TAG);
    /** A line of tags alone (matched over the line's region; a run of blanks is tried from its first one only). */
    private static final Pattern TAGS_LINE = Pattern.compile("(?<![ \\t])[ \\t]*+(?:" + TAG.replaceAll("\\?<[a-z]+>", "")
            + "[ \\t]*+)+");
    private static final Pattern LABEL = Pattern.compile("[ \\t](?:label|title)[ \\t]*=[ \\t]*(?:\"([^\"\\n]*)\"|'([^'\\n]*)')");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)+");

    private JsxTags() {
    }

    /** {@code markdown} without its components' tags, their words kept; the same string when it has none. */
    public static String read(String markdown) {
        if (markdown == null || !mayHoldTag(markdown)) {
            return markdown;
        }
        String out = markdown.contains("```") || markdown.contains("~~~")
                ? YuqueMarkup.outsideCode(markdown + "\n", JsxTags::untagged) : untagged(markdown) + "\n";
        out = out.substring(0, out.length() - 1); // outsideCode ends every line, the last one too
        return out.equals(markdown) ? markdown : BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    /** Cheap: a {@code <} or {@code </} before a capital letter, anywhere. */
    private static boolean mayHoldTag(String text) {
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1) == '/' && i + 2 < text.length() ? text.charAt(i + 2) : text.charAt(i + 1);
            if (next >= 'A' && next <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static String untagged(String text) {
        Set<String> opened = new HashSet<>();
        Matcher m = TAG_OR_CODE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            if (m.group("code") != null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String name = m.group("name");
            boolean close = m.group("close") != null;
            boolean alone = aloneOnLine(text, m.start(), m.end());
            boolean component = close ? opened.contains(name) || alone
                    : m.group("attrs").indexOf('=') >= 0 || m.group("self") != null || alone
                            || text.indexOf("</" + name + ">", m.end()) >= 0;
            if (!component) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            if (!close && m.group("self") == null) {
                opened.add(name);
            }
            Matcher label = LABEL.matcher(m.group("attrs") == null ? "" : m.group("attrs"));
            String shown = !close && alone && label.find() ? label.group(label.group(1) != null ? 1 : 2).strip() : "";
            m.appendReplacement(out, Matcher.quoteReplacement(shown.isEmpty() ? "" : "**" + shown + "**"));
        }
        return m.appendTail(out).toString();
    }

    /** Whether the tag at {@code start}..{@code end} stands on a line holding nothing but such tags. */
    private static boolean aloneOnLine(String text, int start, int end) {
        int from = text.lastIndexOf('\n', start - 1) + 1;
        int to = text.indexOf('\n', end);
        return TAGS_LINE.matcher(text).region(from, to < 0 ? text.length() : to).matches();
    }
}
