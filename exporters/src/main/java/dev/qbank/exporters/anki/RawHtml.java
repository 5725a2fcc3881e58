package dev.qbank.exporters.anki;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlNodeRendererFactory;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Raw HTML written in a question's Markdown, as the card shows it. A tag of an element cards keep ({@code <sup>},
 * {@code <br>}, {@code <img>}) stays markup for the sanitiser to judge. Any other tag is shown as the text it was
 * written as: {@code List<String>} or {@code vector<int>} in a question about generics, or {@code <script>} in one
 * about XSS, is text the learner must read, and the sanitiser would otherwise drop the tag (and, for
 * {@code <script>}, {@code <style>} and the like, everything up to its end tag), leaving a gap or an empty card.
 * The sanitiser still runs on the result, so nothing here can let markup through.
 */
final class RawHtml {
    /** An opening or closing tag's start: {@code <name} or {@code </name}. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)");

    private RawHtml() {
    }

    /** Renders {@link HtmlInline} and {@link HtmlBlock} nodes with only {@code kept} elements' tags as markup. */
    static HtmlNodeRendererFactory renderer(Set<String> kept) {
        return context -> new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(HtmlInline.class, HtmlBlock.class);
            }

            @Override
            public void render(Node node) {
                HtmlWriter html = context.getWriter();
                if (node instanceof HtmlInline inline) {
                    html.raw(foreignTagsAsText(inline.getLiteral(), kept));
                    return;
                }
                String literal = ((HtmlBlock) node).getLiteral();
                String shown = foreignTagsAsText(literal, kept);
                html.line();
                if (shown.equals(literal)) {
                    html.raw(literal);
                } else {
                    // a block shown as text is a paragraph of its lines, as it was written
                    html.raw("<p>" + shown.strip().replace("\n", "<br />") + "</p>");
                }
                html.line();
            }
        };
    }

    /** {@code html} with the {@code <} of every tag not of a {@code kept} element written as {@code &lt;}. */
    static String foreignTagsAsText(String html, Set<String> kept) {
        if (html.indexOf('<') < 0) {
            return html;
        }
        Matcher m = TAG.matcher(html);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (kept.contains(m.group(2).toLowerCase(Locale.ROOT))) {
                continue;
            }
            sb = sb == null ? new StringBuilder(html.length() + 16) : sb;
            sb.append(html, last, m.start()).append("&lt;");
            last = m.start() + 1;
        }
        return sb == null ? html : sb.append(html, last, html.length()).toString();
    }
}
