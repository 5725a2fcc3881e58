package dev.qbank.importers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link and note-app markup a question heading may carry, which a reader sees as plain words: a Markdown link
 * ({@code [What is X?](url)}: its text), an Obsidian wiki link ({@code [[ResNet]]}, {@code [[page|shown text]]}), a
 * highlight ({@code ==FPN==}) and a block id at the end ({@code ... ^q3}). Code spans are left as written, and so is
 * what only looks alike: {@code a==b==c}, {@code ([[1, 2]])}, a picture {@code ![x](y)}.
 */
public final class NoteMarkup {
    /** A highlight, {@code ==FPN==}; group {@code mark} its words. Not in {@code a==b==c}. */
    private static final String HIGHLIGHT_SHAPE = "(?<![=\\w])==(?<mark>[^\\s=](?:[^=\\n]*[^\\s=])?)==(?![=\\w])";
    /** A highlight alone: flashcard notes hide a highlight's words as a cloze deletion. */
    public static final Pattern HIGHLIGHT = Pattern.compile(HIGHLIGHT_SHAPE);
    private static final Pattern MARKUP = Pattern.compile("(?<code>(?<!`)(`++).*?\\2)"
            + "|(?<![!\\]])\\[(?<text>[^\\[\\]\\n]*)\\]\\((?<url><[^>\\n]*>|[^\\s()]*(?:\\([^\\s()]*\\)[^\\s()]*)*)"
            + "(?:[ \\t]+\"[^\"\\n]*\")?\\)"
            + "|(?<![\\w(\\[])\\[\\[(?<page>[^\\[\\]|,\\n]+?)(?:\\|(?<alias>[^\\[\\]\\n]+?))?\\]\\](?!\\])"
            + "|" + HIGHLIGHT_SHAPE);
    private static final Pattern BLOCK_ID = Pattern.compile("(?<![ \\t])[ \\t]++\\^[A-Za-z0-9-]++[ \\t]*$");
    private static final Pattern WHOLE_LINK = Pattern.compile("\\[([^\\[\\]\\n]+)\\]\\(<?([^\\s<>()]+)>?\\)");

    private NoteMarkup() {
    }

    /** {@code text} with its links, wiki links and highlights as their words, and without a block id at the end. */
    public static String plain(String text) {
        if (text.indexOf('[') < 0 && !text.contains("==") && text.indexOf('^') < 0) {
            return text;
        }
        Matcher m = MARKUP.matcher(BLOCK_ID.matcher(text).replaceFirst(""));
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String words = m.group("code") != null ? m.group()
                    : m.group("text") != null ? m.group("text")
                    : m.group("page") != null ? (m.group("alias") != null ? m.group("alias") : m.group("page"))
                    : m.group("mark");
            m.appendReplacement(sb, Matcher.quoteReplacement(words));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The URL when the whole text is one Markdown link ({@code [What is X?](url)}), else null. */
    public static String wholeLinkUrl(String text) {
        Matcher m = WHOLE_LINK.matcher(text.strip());
        return m.matches() ? m.group(2) : null;
    }
}
