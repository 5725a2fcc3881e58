package dev.qbank.importers;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of tags as banks write it in one cell or on one line: separated by line breaks, commas, enumeration commas,
 * semicolons, vertical bars ({@code ml|nlp}, as semicolon-separated CSV files write lists), a spaced {@code /}, or
 * written as {@code #tags}; and, where every word is a Chinese word or an
 * acronym ({@code CNN RNN}, {@code 优化器 深度学习}, {@code CNN 卷积}), by spaces, since neither is ever split
 * by a space inside one tag. Other words keep their spaces: {@code attention mechanism}, {@code Faster R-CNN} and
 * {@code YOLO v5} are one tag each, and so is a page reference ({@code [[传输 层]]}, {@code #[[machine learning]]}).
 * A slash with no blanks around it parts tags when one of them is Chinese ({@code CNN/卷积}, {@code 梯度消失/初始化}):
 * a Chinese word is no half of a term, where {@code TCP/IP}, {@code CI/CD} and {@code A/B测试} are one each.
 */
public final class TagList {
    /** Between tags: line breaks ({@code <br>}), commas, semicolons, bars, a slash between spaces, or before a {@code #tag}. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\n,，、;；|｜]++|(?<![ \\t])[ \\t]++/[ \\t]++"
            + "|(?<![ \\t\\u3000])[ \\t\\u3000]++(?=#\\S)");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000]+");
    /** Words joined by slashes, no blank among them ({@code CNN/卷积}); see {@link #slashed}. */
    private static final Pattern SLASHED = Pattern.compile("^[^/\\s]++(?:/[^/\\s]++)++$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A word that is a tag by itself: it holds a Chinese character, or it is capitals and digits ({@code GPT-4}). */
    private static final Pattern WHOLE_WORD = Pattern.compile(
            "#?(?:.*\\p{IsHan}.*|[A-Z][A-Z0-9]*(?:[-+.][A-Z0-9]+)*[+#]*)");

    private TagList() {
    }

    /**
     * A tag written as a page reference, as Logseq and Obsidian notes do ({@code [[传输 层]]}, Logseq's
     * {@code #[[machine learning]]}, {@code [[page|shown text]]}): the page's name is one tag, its spaces kept.
     */
    private static final Pattern PAGE_REFERENCE = Pattern.compile("#?\\[\\[([^\\[\\]|\\n]+)(?:\\|[^\\[\\]\\n]*)?\\]\\]");
    /**
     * A tag in double quotes, one tag whatever it holds ({@code "Hello, World"}, {@code "CNN 卷积"}), a quote in it
     * doubled as in CSV: how qbank's xlsx export writes a tag the list would split, so that it reads back as one.
     * The quotes stand alone between separators, blanks or the cell's ends ({@code 5" screen} is no quoted tag).
     */
    private static final Pattern QUOTED = Pattern.compile(
            "(?<![^\\s,，、;；|｜])\"((?:[^\"\\n]|\"\")++)\"(?![^\\s,，、;；|｜])");
    /** A tag read whole: a page reference (group 1) or a quoted tag (group 2). */
    private static final Pattern WHOLE = Pattern.compile(PAGE_REFERENCE.pattern() + "|" + QUOTED.pattern());

    /** The tags of {@code text}, in order, each once, a {@code #} before a tag dropped (not in a quoted one). */
    public static List<String> split(String text) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        Matcher whole = WHOLE.matcher(text);
        int from = 0;
        while (whole.find()) {
            splitPlain(text.substring(from, whole.start()), tags);
            if (whole.group(1) != null) {
                add(tags, BLANKS.matcher(whole.group(1).strip()).replaceAll(" "));
            } else {
                String quoted = whole.group(2).replace("\"\"", "\"").strip();
                if (!quoted.isEmpty()) {
                    tags.add(quoted); // as written: a '#' in it is part of the tag
                }
            }
            from = whole.end();
        }
        splitPlain(text.substring(from), tags);
        return List.copyOf(tags);
    }

    /** Adds the tags of {@code text}, which holds no page reference. */
    private static void splitPlain(String text, LinkedHashSet<String> tags) {
        for (String piece : SEPARATORS.split(text)) {
            String words = BLANKS.matcher(piece.strip()).replaceAll(" ");
            if (words.isEmpty()) {
                continue;
            }
            String[] slashed = words.indexOf('/') > 0 ? slashed(words) : null;
            if (slashed != null) {
                for (String tag : slashed) {
                    add(tags, tag);
                }
                continue;
            }
            String[] each = words.split(" ");
            boolean spaceSeparated = each.length > 1 && Arrays.stream(each).allMatch(
                    w -> WHOLE_WORD.matcher(w).matches());
            for (String tag : spaceSeparated ? each : new String[] {words}) {
                add(tags, tag);
            }
        }
    }

    /**
     * The tags of words joined by slashes, when one of them is Chinese and none is a single letter (the {@code A} of
     * {@code A/B测试}); null when the slashes are part of one tag ({@code TCP/IP}, a path).
     */
    private static String[] slashed(String words) {
        if (!SLASHED.matcher(words).matches() || !HAN.matcher(words).find()) {
            return null;
        }
        String[] parts = words.split("/");
        for (String part : parts) {
            if (part.codePointCount(0, part.length()) < 2 && !HAN.matcher(part).find()) {
                return null;
            }
        }
        return parts;
    }

    private static void add(LinkedHashSet<String> tags, String tag) {
        String t = tag;
        if (t.length() > 1 && t.charAt(0) == '#' && t.charAt(1) != '#') {
            t = t.substring(1).strip(); // a hashtag: the tag is the word
        }
        if (!t.isEmpty()) {
            tags.add(t);
        }
    }
}
