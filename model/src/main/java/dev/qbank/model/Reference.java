package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
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
     * A web address as banks write one: with its scheme, or a host and path without it ({@code www.example.org},
     * {@code arxiv.org/abs/1706.03762}); never with a space. A scheme counts only followed by what it needs: any
     * scheme's {@code //} and a host ({@code https://…}, {@code ftp://…}), or one of the schemes banks cite that take
     * no {@code //}: {@code doi:10.}, an arXiv identifier, {@code mailto:} and an address, {@code urn:} and a
     * namespace, {@code isbn:} and its digits. Any other word and colon is text ({@code Note:see}, {@code Ch:4}): a
     * citation's title. A bare host, without scheme, {@code www.} or path, is {@link #BARE_HOST} and needs a
     * top-level domain.
     */
    private static final Pattern URL_LIKE = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*://[^\\s/]\\S*"
            + "|doi:10\\.[0-9]{4,9}/\\S+"
            + "|arxiv:(?:[0-9]{4}\\.[0-9]{4,5}|[a-z-]+(?:\\.[a-z]{2})?/[0-9]{7})(?:v[0-9]+)?"
            + "|mailto:[^\\s@/:]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:\\?\\S*)?"
            + "|urn:[a-z0-9][a-z0-9-]{0,31}:\\S+"
            + "|isbn:(?:97[89]-?)?[0-9][0-9-]{7,15}[0-9x]"
            + "|www\\.\\S+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}[/?#]\\S*)");
    /**
     * A host alone ({@code example.com}, {@code d2l.ai}); its last label is {@code tld}. A dotted name is also how a
     * Python module is written ({@code numpy.linalg}, {@code torch.nn.functional}, {@code sklearn.metrics}), and
     * how a file is named ({@code train.py}): only a known top-level domain tells a host from those.
     */
    private static final Pattern BARE_HOST = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?<tld>[a-z]{2,63})");
    /**
     * The generic top-level domains banks link to. The country ones are the ISO 3166 codes ({@link #COUNTRIES}), as
     * ICANN assigned them, plus the few that are no ISO code.
     */
    private static final Set<String> GENERIC_DOMAINS = Set.of("com", "org", "net", "edu", "gov", "mil", "int", "info",
            "biz", "name", "pro", "mobi", "asia", "ai", "app", "dev", "page", "blog", "wiki", "pub", "xyz", "site",
            "tech", "cloud", "online", "top", "science", "academy", "news", "club", "space", "link", "live", "store",
            "design", "art", "museum", "google", "codes", "tools", "run", "uk", "eu", "ac", "su");
    /**
     * Country codes that are also the extensions of source files, more often a file's name than a host in a
     * reference ({@code model.py}, {@code README.md}, {@code train.sh}, {@code main.rs}, {@code kernel.cc}).
     */
    private static final Set<String> FILE_EXTENSIONS = Set.of("py", "md", "sh", "rs", "cc", "pl");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /**
     * A Markdown link, {@code [title](url)}, as a cell of references may hold one; its title may hold a bracket
     * escaped as Markdown escapes one ({@code \]}). Its url may stand in angle brackets, both or neither: a url that
     * ends in {@code >} ({@code ?c=<2>}) keeps it (exp26: it lost it).
     */
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "\\[((?:[^\\]\\\\]|\\\\.)*)]\\((?:<([^<\\n]+?)>|(\\S+?))\\)");
    /** A url in angle brackets alone, as {@link #written} writes one with a space ({@code <https://x.org/a b>}). */
    private static final Pattern BRACKETED = Pattern.compile("<([^<\\n]+)>");
    /** What {@link #written} escapes in a link's title, and the line break it writes as Markdown's inline one. */
    private static final Pattern TITLE_ESCAPE = Pattern.compile("\\\\([\\\\\\[\\]<])|<br\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    /** What {@link #written} escapes in a citation: only a backslash, {@code <} and a line break. */
    private static final Pattern CITATION_ESCAPE = Pattern.compile("\\\\([\\\\<])|<br\\s*/?>",
            Pattern.CASE_INSENSITIVE);

    public Reference {
        // url may be null now (a citation); that one of the two is set is the schema's rule (minProperties), which
        // validate reports with the file's line, as for every other field
        title = Question.emptyToNull(title);
        if ((url == null || url.isEmpty()) && title != null && address(title)) {
            // a "citation" that is a web address (example.com; model.py is none, see BARE_HOST) is that address, as
            // cited() reads any text: every sheet, card and line that writes it as text reads back as a link, so the
            // bank holds it as one from the start and each export and import agrees on it
            url = title;
            title = null;
        }
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
        String linked = link.matches() ? (link.group(2) != null ? link.group(2) : link.group(3)) : null;
        if (linked != null && address(linked.replace(' ', '_'))) {
            return new Reference(linked, unescape(link.group(1)).strip());
        }
        Matcher bracketed = BRACKETED.matcher(t);
        if (bracketed.matches() && bracketed.group(1).indexOf(' ') >= 0
                && address(bracketed.group(1).replace(' ', '_'))) {
            return of(bracketed.group(1));
        }
        return address(t) ? of(t) : new Reference(null, unescape(CITATION_ESCAPE, t));
    }

    /** Whether {@code text} is a web address: {@link #URL_LIKE}, or a bare host whose last label is a domain. */
    static boolean address(String text) {
        if (URL_LIKE.matcher(text).matches()) {
            return true;
        }
        Matcher host = BARE_HOST.matcher(text.toLowerCase(Locale.ROOT));
        if (!host.matches()) {
            return false;
        }
        String tld = host.group("tld");
        return GENERIC_DOMAINS.contains(tld)
                || tld.length() == 2 && COUNTRIES.contains(tld.toUpperCase(Locale.ROOT))
                && !FILE_EXTENSIONS.contains(tld);
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
            URI uri = new URI(url);
            if (uri.getHost() != null) {
                label = uri.getHost() + (uri.getPath() == null ? "" : uri.getPath()); // decoded, as labels show it
            }
        } catch (URISyntaxException e) {
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
     * alone (either in angle brackets when it holds a space), or a citation's title. A link's title escapes what
     * would end or break the line as Markdown does: a closing bracket, backslash or {@code <} with a backslash
     * ({@code \]}, {@code \\}), a line break as
     * {@code <br>} (read back as a line feed), so that a cell of references, one a line, keeps every title whole.
     * An opening bracket stays as it is: {@code \[…\]} is display math to Anki, whose export writes this too.
     * A citation's text escapes a backslash, {@code <} and a line break the same way (a sheet's cell holds one
     * reference a line: a line break in a citation made two of it); a closing bracket needs no escape there.
     */
    public String written() {
        return written("<br>");
    }

    /**
     * {@link #written()} with a title's line breaks written as {@code lineBreak}: an Anki card shows a titled
     * reference that is no web link as this text with its line breaks as breaks ({@code "\n"}, which the card turns
     * into {@code <br>}), where the written {@code <br>} would be a literal one (exp29). {@link #cited} reads either.
     */
    public String written(String lineBreak) {
        if (url == null || url.isEmpty()) {
            return escaped(title, false, lineBreak);
        }
        // a url with a space is no address to cited() as it stands: in angle brackets, as Markdown writes a link's
        // destination with one (exp27: its title and url came back as one citation)
        String destination = url.indexOf(' ') >= 0 ? "<" + url + ">" : url;
        if (title == null) {
            return destination;
        }
        return "[" + escaped(title, true, lineBreak) + "](" + destination + ")";
    }

    private static String escaped(String text, boolean inLink, String lineBreak) {
        String t = text.replace("\\", "\\\\").replace("<", "\\<");
        return LINE_BREAK.matcher(inLink ? t.replace("]", "\\]") : t).replaceAll(Matcher.quoteReplacement(lineBreak));
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|\n");

    private static String unescape(String title) {
        return unescape(TITLE_ESCAPE, title);
    }

    private static String unescape(Pattern escapes, String title) {
        return escapes.matcher(title).replaceAll(m -> m.group(1) != null
                ? Matcher.quoteReplacement(m.group(1)) : "\n");
    }

    /** What tells two references apart when merging: the url, or the title of a citation without one. */
    @JsonIgnore
    public String key() {
        return url != null && !url.isEmpty() ? url : title;
    }
}
