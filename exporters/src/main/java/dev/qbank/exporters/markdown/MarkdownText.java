package dev.qbank.exporters.markdown;

import java.util.Locale;

/** Small text helpers for writing Markdown that untrusted content cannot restructure. */
final class MarkdownText {
    /** Characters that could start inline markup (emphasis, code, links, HTML, entities, tables) mid-line. */
    private static final String INLINE_SPECIALS = "\\`*_[]<>&|~#!";

    private MarkdownText() {
    }

    /** One line of literal text: newlines become spaces and inline markup characters are backslash-escaped. */
    static String escapeInline(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append(' ');
            } else {
                if (INLINE_SPECIALS.indexOf(c) >= 0 && !(c == '_' && intraword(s, i))) {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** An underscore between two letters or digits never starts emphasis, so file names need no escaping. */
    private static boolean intraword(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** Newlines to spaces, runs of whitespace to one space, trimmed: for headings shown to readers only. */
    static String flatten(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Only web links become Markdown links; anything else ({@code javascript:}, {@code file:}) stays text. */
    static boolean isWebUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://"))) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** {@code [text](<url>)} when the URL is a web link, else the escaped text alone. */
    static String link(String text, String url) {
        if (url == null || !isWebUrl(url)) {
            return escapeInline(text);
        }
        return "[" + escapeInline(text) + "](<" + url + ">)";
    }

    /**
     * The anchor GitHub (and most renderers copying it) gives a heading: lower case, punctuation other than
     * {@code -} and {@code _} dropped, spaces turned into hyphens.
     */
    static String slug(String headingText) {
        StringBuilder sb = new StringBuilder();
        headingText.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                sb.appendCodePoint(cp);
            } else if (cp == ' ') {
                sb.append('-');
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * A Markdown field's text as a block quote: every line prefixed with {@code "> "} (an empty line with
     * {@code ">"}), so whatever the text holds (headings, {@code ---}, an unclosed code fence, raw HTML) stays
     * inside the quote and cannot end or forge the document's structure. Stripping exactly that prefix gives the
     * text back unchanged.
     */
    static void appendQuoted(StringBuilder sb, String text) {
        for (String line : normaliseNewlines(text).split("\n", -1)) {
            sb.append(line.isEmpty() ? ">" : "> ").append(line).append('\n');
        }
    }

    /** Markdown files have one kind of line break; a stray {@code \r} would read back as a new line anyway. */
    static String normaliseNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
