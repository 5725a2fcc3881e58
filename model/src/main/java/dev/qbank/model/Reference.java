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

    /** What tells two references apart when merging: the url, or the title of a citation without one. */
    @JsonIgnore
    public String key() {
        return url != null && !url.isEmpty() ? url : title;
    }
}
