package dev.qbank.exporters.anki;

import dev.qbank.model.DunderNames;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Strong emphasis as commonmark writes it, except a Python special name: {@code __init__} is the name as written on
 * the card, not bold "init" (the importers keep such names as written; {@link DunderNames}).
 */
final class SpecialNames implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    SpecialNames(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(StrongEmphasis.class);
    }

    @Override
    public void render(Node node) {
        StrongEmphasis strong = (StrongEmphasis) node;
        HtmlWriter html = context.getWriter();
        if ("__".equals(strong.getOpeningDelimiter()) && strong.getFirstChild() instanceof Text name
                && name.getNext() == null && DunderNames.isDunderName(name.getLiteral())) {
            html.text("__" + name.getLiteral() + "__");
            return;
        }
        html.tag("strong", context.extendAttributes(node, "strong", Map.of()));
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.tag("/strong");
    }
}
