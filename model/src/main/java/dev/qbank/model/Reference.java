package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question refers to for further reading: a link with an optional human title, or a citation with no link
 * ({@code CLRS, chapter 7}, {@code 《深度学习》第6章}), which is its title alone. One of the two at least is set (the
 * schema's rule).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"url", "title"})
public record Reference(String url, String title) {
    /**
     * A web address as banks write one: with its scheme ({@code https://…}, {@code mailto:}, {@code doi:}), or a
     * host and path without it ({@code www.example.org}, {@code arxiv.org/abs/1706.03762}); never with a space.
     */
    private static final Pattern URL_LIKE = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9+.-]*:[^\\s:][^\\s]*|www\\.\\S+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:[/?#]\\S*)?)");
    /** A Markdown link, {@code [title](url)}, as a cell of references may hold one. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\(<?(\\S+?)>?\\)");

    public Reference {
        // url may be null now (a citation); that one of the two is set is the schema's rule (minProperties), which
        // validate reports with the file's line, as for every other field
        title = Question.emptyToNull(title);
    }

    public static Reference of(String url) {
        return new Reference(url, null);
    }

    /**
     * A reference as a bank's author wrote it: a web address is its url; a Markdown link its url and title; any
     * other text ({@code CLRS, chapter 7}) a citation, its title. Every format stored such text as the url, which
     * exporters then offered as a link.
     */
    public static Reference cited(String text) {
        String t = text.strip();
        Matcher link = MARKDOWN_LINK.matcher(t);
        if (link.matches() && URL_LIKE.matcher(link.group(2)).matches()) {
            return new Reference(link.group(2), link.group(1).strip());
        }
        return URL_LIKE.matcher(t).matches() ? of(t) : new Reference(null, t);
    }

    /**
     * A link and the text it shows (an Anki field's {@code <a href>}, a sheet cell's hyperlink): the text is the
     * title, unless it only spells the address, whole or without its scheme, or cut short with an ellipsis as link
     * labels are ({@code arxiv.org/abs/1706.03762}, qbank's own exports' label for a link without a title): then
     * a title would only repeat the url.
     */
    public static Reference linked(String url, String text) {
        String t = text == null ? "" : text.strip();
        return new Reference(url, spellsAddress(t, url) ? null : t);
    }

    private static boolean spellsAddress(String text, String url) {
        if (text.isEmpty()) {
            return true;
        }
        boolean cut = text.endsWith("…");
        String shown = strip(cut ? text.substring(0, text.length() - 1) : text);
        String bare = url.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
        String label = bare;
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.getHost() != null) {
                label = uri.getHost() + (uri.getPath() == null ? "" : uri.getPath()); // decoded, as labels show it
            }
        } catch (java.net.URISyntaxException e) {
            // not a well-formed URI: compared as written
        }
        for (String address : new String[] {url, bare, label}) {
            String a = strip(address);
            if (cut ? a.startsWith(shown) : a.equals(shown)) {
                return true;
            }
        }
        return false;
    }

    /** Without a closing slash, which labels leave out. */
    private static String strip(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    /**
     * The reference as one line of text that {@link #cited} reads back as it is: {@code [title](url)}, the url
     * alone, or a citation's title. A title that a Markdown link cannot hold ({@code ]}, a line break) leaves the
     * url alone.
     */
    public String written() {
        if (url == null || url.isEmpty()) {
            return title;
        }
        boolean linkable = title != null && title.indexOf(']') < 0 && title.indexOf('\n') < 0
                && title.indexOf('\r') < 0;
        return linkable ? "[" + title + "](" + url + ")" : url;
    }

    /** What tells two references apart when merging: the url, or the title of a citation without one. */
    @JsonIgnore
    public String key() {
        return url != null && !url.isEmpty() ? url : title;
    }
}
