package dev.qbank.exporters.anki;

import dev.qbank.model.Reference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown from the bank to the HTML of an Anki field. Content is untrusted: commonmark renders it (raw HTML in the
 * source included), then an OWASP allow-list policy keeps only formatting, tables, links with safe protocols and
 * images whose source is a file packaged with the deck. Nothing reaches a card without passing the sanitiser: no
 * script or style, no event handlers, no {@code javascript:}/{@code data:} URLs, no remote images.
 *
 * <p>Not thread-safe: the image rule consults the media of the question being rendered.
 */
final class CardHtml {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /** The rel attribute of every link, in the order {@link #readable} settles on. */
    static final String REL = "rel=\"noopener noreferrer\"";

    private static final String REL_SWAPPED = "rel=\"noreferrer noopener\"";

    private static final Pattern EMPTY_PARAGRAPH = Pattern.compile("<p>\\s*</p>");

    /** The elements a card keeps (the sanitiser's allow-list); raw HTML of any other is shown as text. */
    static final Set<String> ELEMENTS = Set.of("p", "br", "div", "span", "strong", "b", "em", "i", "u", "s", "del",
            "sub", "sup", "code", "pre", "kbd", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "a", "img");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .customInlineContentParserFactory(MathSpans.PARSER).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .nodeRendererFactory(MathSpans.RENDERER).nodeRendererFactory(RawHtml.renderer(ELEMENTS))
            .nodeRendererFactory(this::images).nodeRendererFactory(SpecialNames::new)
            .softbreak("<br />").build();
    private final PolicyFactory policy;

    /** Maps an image source as written in the Markdown to its packaged file name, or null when it is not packaged. */
    private Function<String, String> mediaNames = src -> null;

    CardHtml() {
        this.policy = new HtmlPolicyBuilder()
                .allowElements(ELEMENTS.stream().filter(e -> !e.equals("a") && !e.equals("img"))
                        .toArray(String[]::new))
                .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
                .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
                // a fenced block's language (commonmark writes class="language-x"): shown by add-ons that highlight
                // code and read back by qbank's Anki import; nothing else in a class survives
                .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}"))
                .onElements("code")
                // a reference's citation (Line#citation) or written text (Line#written), which the anki import reads
                // as one whole reference
                .allowAttributes("class").matching(Pattern.compile("qbank-citation|qbank-reference")).onElements("span")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").onElements("a")
                .allowElements("a")
                .requireRelsOnLinks("noopener", "noreferrer")
                // Images only from the package: the source must name a media file of this question; the policy
                // replaces it by the packaged bare name, and an image left without a source is dropped.
                .allowAttributes("src").matching((element, attribute, value) -> mediaNames.apply(value))
                .onElements("img")
                .allowAttributes("alt", "title").onElements("img")
                .allowElements((element, attrs) -> hasAttribute(attrs, "src") ? element : null, "img")
                .toFactory();
    }

    /**
     * Images: one packaged with the deck is an {@code img} as commonmark writes it (the sanitiser maps its source to
     * the packaged name); one the package does not hold (the bank never had the file: import warned
     * {@code media-missing}) is its alt text, or its file's name, as text: {@code [image: Untitled]}. The sanitiser
     * dropped it, and the learner saw no trace of a figure the answer refers to (exp27, a seed's Notion page).
     */
    private NodeRenderer images(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(Image.class);
            }

            @Override
            public void render(Node node) {
                Image image = (Image) node;
                StringBuilder alt = new StringBuilder();
                image.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        alt.append(text.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        alt.append(code.getLiteral());
                    }
                });
                String src = image.getDestination();
                String encoded = context.encodeUrl(src);
                if (mediaNames.apply(src) == null && mediaNames.apply(encoded) == null) {
                    String file = src.substring(src.lastIndexOf('/') + 1);
                    context.getWriter().text("[image: " + (alt.isEmpty() ? MediaPackager.normaliseReference(file)
                            : alt.toString().strip()) + "]");
                    return;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("src", encoded);
                attributes.put("alt", alt.toString());
                if (image.getTitle() != null) {
                    attributes.put("title", image.getTitle());
                }
                context.getWriter().tag("img", attributes, true);
            }
        };
    }

    /** The sanitiser passes attributes as a flat name, value, name, value... list. */
    private static boolean hasAttribute(List<String> attrs, String name) {
        for (int i = 0; i < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renders one Markdown text. {@code media} maps a source (as written in the Markdown) to the packaged name.
     */
    String render(String markdown, Map<String, String> media) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = AnkiText.nfc(markdown);
        if (PlainText.isPlain(text)) {
            return "<p>" + PlainText.escape(text) + "</p>";
        }
        String simple = SimpleMarkdown.render(text);
        return simple != null ? simple : renderMarkdown(text, media);
    }

    /**
     * The full path: commonmark, the sanitiser, {@link #readable}. {@link #render} skips it for text
     * {@link PlainText} recognises; tests compare the two.
     */
    String renderMarkdown(String markdown, Map<String, String> media) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        mediaNames = src -> src == null ? null : media.get(MediaPackager.normaliseReference(src));
        try {
            Node document = parser.parse(AnkiText.nfc(markdown));
            int depth = depth(document);
            if (depth > MAX_DEPTH) {
                throw new TooDeep("nested " + depth + " levels deep");
            }
            return readable(policy.sanitize(renderer.render(document)));
        } catch (StackOverflowError e) {
            // commonmark's inline parser recurses over runs of emphasis; the frames are gone once caught, and
            // nothing of this text is kept, so the export can report the question instead of dying.
            throw new TooDeep("nested too deeply to parse");
        } finally {
            mediaNames = src -> null;
        }
    }

    /** Markdown nested deeper than this (quotes in quotes, lists in lists, emphasis in emphasis) is refused. */
    static final int MAX_DEPTH = 48;

    /** Thrown for Markdown nested beyond {@link #MAX_DEPTH}: rendering it would exhaust the stack. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep(String message) {
            super(message, null, false, false);
        }
    }

    /** The depth of a Markdown tree, measured without recursion (the tree itself may be hostile). */
    static int depth(Node root) {
        int max = 0;
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
                stack.push(child);
                depths.push(d + 1);
            }
        }
        return max;
    }

    /**
     * Renders a short, one-paragraph text (the question) without the wrapping paragraph, so the card front and the
     * browser's sort column read as plain text.
     */
    String renderInline(String markdown, Map<String, String> media) {
        return unwrapParagraph(render(markdown, media));
    }

    /** {@link #renderInline} without the plain-text fast path, for tests. */
    String renderInlineMarkdown(String markdown, Map<String, String> media) {
        return unwrapParagraph(renderMarkdown(markdown, media));
    }

    private static String unwrapParagraph(String html) {
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /**
     * One line of a sources or references field: a label, linked when {@code url} is not null. A line break in the
     * label is a {@code <br>}: the anki import splits the field into lines at every break outside a link, so a
     * link's title keeps its own (shown as HTML whitespace, it came back as a space).
     */
    record Line(String label, String url, String span) {
        Line(String label, String url) {
            this(label, url, null);
        }

        /**
         * A reference's citation (a title without a url), shown as written in a {@link #CITATION} span: its line
         * breaks are breaks on the card, which the anki import does not split the field at inside the span (exp27:
         * written as {@link Reference#written()}, a citation showed the learner a literal
         * {@code <br>} and its backslashes doubled).
         */
        static Line citation(String title) {
            return new Line(title, null, CITATION);
        }

        /**
         * A titled reference that is no web link, as {@link Reference#written(String)} writes it
         * ({@code [The DOI Handbook](doi:10.1000/182)}), in a {@link #REFERENCE} span: its title's line breaks are
         * breaks on the card and stay inside the one reference (exp29: a literal {@code <br>} showed).
         */
        static Line written(String text) {
            return new Line(text, null, REFERENCE);
        }

        /** The HTML qbank builds for the line before sanitising; the sanitiser has the last word on it. */
        String unsafeHtml() {
            String shown = LINE_BREAK.matcher(text(label)).replaceAll("<br>");
            return url != null ? "<a href=\"" + text(url) + "\">" + shown + "</a>"
                    : span != null ? span + shown + "</span>" : shown;
        }
    }

    /** How a citation's line starts: the sanitiser keeps this one class on a span, and the anki import reads it. */
    static final String CITATION = "<span class=\"qbank-citation\">";
    /** How a titled reference that is no web link starts its line; read back by the anki import as one. */
    static final String REFERENCE = "<span class=\"qbank-reference\">";

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|\n");

    /**
     * Lines shown one under the other: what {@link #sanitize} writes for the lines' {@link Line#unsafeHtml} joined
     * by {@code <br>}, without calling the sanitiser when every label is {@link PlainText#isSafeText safe text} and
     * every link {@link PlainText#isSafeUrl a plain web address} (source citations and links nearly always are).
     */
    String lines(List<Line> lines) {
        return joined(lines, "<br />");
    }

    /**
     * Lines shown on one line, {@code " · "} between them, as the card's meta line joins its difficulty and topic: a
     * merged question's second source under a break read as a line of its own, not as one more source (exp39).
     */
    String inline(List<Line> lines) {
        return joined(lines, " · ");
    }

    private String joined(List<Line> lines, String separator) {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Line line : lines) {
            String label = AnkiText.nfc(line.label());
            if (!PlainText.isSafeText(label) || line.url() != null && !PlainText.isSafeUrl(line.url())) {
                return hrefsAsWritten(sanitize(String.join(separator, lines.stream().map(Line::unsafeHtml).toList())),
                        lines);
            }
            if (!sb.isEmpty()) {
                sb.append(separator);
            }
            if (line.url() != null) {
                // the attribute order is the sanitiser's, the rel value that of readable()
                sb.append("<a href=\"").append(line.url()).append("\" ").append(REL).append('>');
            } else if (line.span() != null) {
                sb.append(line.span());
            }
            sb.append(PlainText.escape(label));
            if (line.url() != null) {
                sb.append("</a>");
            } else if (line.span() != null) {
                sb.append("</span>");
            }
        }
        return sb.toString();
    }

    /**
     * The sanitiser writes a link's parentheses as {@code %28} and {@code %29} and a space as {@code %20}, which the
     * anki import cannot tell from an address's own ({@code Heap_(data_structure)} came back as
     * {@code Heap_%28data_structure%29}, exp26; {@code https://x.org/a b} as {@code a%20b}, exp27): a web link's
     * href whose only change is that is written as the address is. Both are harmless in a double-quoted attribute
     * (a browser encodes the space when it follows the link), and the link stays the one the sanitiser let through.
     */
    static String hrefsAsWritten(String html, List<Line> lines) {
        String out = html;
        for (Line line : lines) {
            String url = line.url();
            if (url != null && (url.indexOf('(') >= 0 || url.indexOf(')') >= 0 || url.indexOf(' ') >= 0)) {
                String shown = text(url);
                out = out.replace("href=\"" + shown.replace("(", "%28").replace(")", "%29").replace(" ", "%20") + "\"",
                        "href=\"" + shown + "\"");
            }
        }
        return out;
    }

    /** Sanitises HTML qbank built itself from untrusted parts (links to sources and references). */
    String sanitize(String html) {
        return readable(policy.sanitize(html));
    }

    /**
     * The sanitiser writes many harmless characters as numeric references ({@code +}, {@code =}, {@code @},
     * full-width punctuation). They carry no markup, so they are turned back into characters: the stored field stays
     * readable and searchable in Anki. The five characters that do carry markup ({@code < > & " '}) and control
     * characters stay encoded; every attribute value the sanitiser writes is double-quoted.
     */
    private static String readable(String html) {
        Matcher m = NUMERIC_REFERENCE.matcher(html);
        StringBuilder sb = new StringBuilder(html.length());
        while (m.find()) {
            int cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            boolean markup = cp == '<' || cp == '>' || cp == '&' || cp == '"' || cp == '\'' || cp < 0x20
                    || cp == 0x7f || !Character.isValidCodePoint(cp);
            String replacement = markup ? m.group() : new String(Character.toChars(cp));
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        // The sanitiser writes the rel values it requires in the iteration order of a Set.of, which the JVM salts
        // per run (fixed only when the JDK's class-data archive is in use): one order, so the package is the same
        // on every run. Text can hold no literal double quote here (it stays &#34;), so only the attribute matches.
        int rel = sb.indexOf(REL_SWAPPED);
        while (rel >= 0) {
            sb.replace(rel, rel + REL_SWAPPED.length(), REL);
            rel = sb.indexOf(REL_SWAPPED, rel + REL.length());
        }
        // paragraphs the sanitiser emptied (a removed image or script) would only add blank space to the card
        return EMPTY_PARAGRAPH.matcher(sb).replaceAll("").strip();
    }

    /** Plain text for a field: escaped, never interpreted as HTML. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : AnkiText.nfc(s).toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
