package dev.qbank.exporters.anki;

import dev.qbank.model.BookFieldCoding;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlNodeRendererFactory;

/**
 * TeX in Markdown ({@code $x$} or {@code \(x\)} inline, {@code $$x$$} or {@code \[x\]} displayed), as banks write
 * it, turned into the delimiters Anki's MathJax reads: {@code \(x\)} and {@code \[x\]}. Anki typesets only those;
 * {@code $…$} stays literal on a card, and left to commonmark the TeX itself is damaged ({@code _} and {@code *}
 * become emphasis, {@code \|} loses its backslash, {@code \(} its backslash). The span is taken from the source as
 * written, so nothing inside it is read as Markdown.
 *
 * <p>Which dollars delimit math follows pandoc's {@code tex_math_dollars}: an opening {@code $} has a non-space
 * character right after it, a closing one a non-space right before it and no digit right after it, so prices
 * ({@code $5 and $10}) stay text; {@code \$} is a literal dollar. Code spans and blocks are never looked into.
 *
 * <p>The TeX is untrusted and MathJax runs it on the learner's machine: a span using a MathJax command that makes
 * links, attributes or styles or loads extensions ({@code \href}, {@code \style}, {@code \require}...) is not
 * turned into math and stays text. Text can still hold MathJax delimiters of its own ({@code \\(} in Markdown is
 * {@code \(}), so the note builder also breaks every such command in every field ({@link #defuse}).
 */
final class MathSpans {
    /** MathJax commands that reach outside the formula: links, HTML attributes and styles, extension loading. */
    static final Pattern UNSAFE = Pattern.compile(
            "\\\\(href|url|class|cssId|style|data|html|require|unicode|mmlToken|bbox)(?![A-Za-z])");

    /**
     * The longest TeX a span is looked for over: a formula is short, and each opening delimiter without a closing one
     * would otherwise search to the end of the paragraph, quadratic in a paragraph of many.
     */
    static final int MAX_TEX = 5000;

    private MathSpans() {
    }

    /**
     * A field with each MathJax command of {@link #UNSAFE} written with a full-width backslash ({@code ＼href}):
     * MathJax then reads no command, and a reader still sees what was written.
     */
    static String defuse(String field) {
        return field.indexOf('\\') < 0 ? field : UNSAFE.matcher(field).replaceAll("\uFF3C$1");
    }

    /** A math span: its TeX as written and whether it is displayed. */
    static final class Math extends CustomNode {
        final String tex;
        final boolean display;

        Math(String tex, boolean display) {
            this.tex = tex;
            this.display = display;
        }
    }

    /** Recognises math at a {@code $}. */
    static final InlineContentParserFactory PARSER = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$', '\\');
        }

        @Override
        public InlineContentParser create() {
            return MathSpans::parse;
        }
    };

    /** Writes a math span as Anki's MathJax delimiters around the TeX, as text (escaped, never markup). */
    static final HtmlNodeRendererFactory RENDERER = MathSpans::renderer;

    private static NodeRenderer renderer(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(Math.class);
            }

            @Override
            public void render(Node node) {
                Math m = (Math) node;
                context.getWriter().text(m.display ? "\\[" + m.tex + "\\]" : "\\(" + m.tex + "\\)");
            }
        };
    }

    private static ParsedInline parse(InlineParserState state) {
        Scanner s = state.scanner();
        if (s.peek() == '\\') {
            return parseBackslashed(s);
        }
        int before = s.peekPreviousCodePoint();
        s.next(); // the '$' that triggered
        boolean display = s.next('$');
        if (!display && before == '$') {
            return ParsedInline.none(); // the second of "$$" whose first was no opener
        }
        Position start = s.position();
        char first = s.peek();
        if (first == Scanner.END || !display && Character.isWhitespace(first)) {
            return ParsedInline.none();
        }
        for (int read = 0; s.hasNext() && read < MAX_TEX; read++) {
            char c = s.peek();
            if (c == '\\') {
                s.next();
                if (s.hasNext()) {
                    s.next(); // an escaped character never closes the span
                }
                continue;
            }
            if (c != '$') {
                s.next();
                continue;
            }
            Position end = s.position();
            int last = s.peekPreviousCodePoint();
            s.next();
            if (display) {
                if (s.next('$')) {
                    return span(s, start, end, true);
                }
            } else if (!Character.isWhitespace(last) && !Character.isDigit(s.peek())) {
                return span(s, start, end, false);
            }
        }
        return ParsedInline.none();
    }

    /**
     * TeX between MathJax's own delimiters, {@code \\(x\\)} or {@code \\[x\\]}, as pandoc's
     * {@code tex_math_single_backslash} reads them: to commonmark alone they are escaped brackets, and the card showed
     * {@code (x)} where the author wrote a formula (exp27). A backslash followed by anything else is left to
     * commonmark (the built-in parser runs when this one finds nothing).
     */
    private static ParsedInline parseBackslashed(Scanner s) {
        s.next(); // the backslash that triggered
        char open = s.peek();
        if (open != '(' && open != '[') {
            return ParsedInline.none();
        }
        char close = open == '(' ? ')' : ']';
        s.next();
        Position start = s.position();
        for (int read = 0; s.hasNext() && read < MAX_TEX; read++) {
            char c = s.peek();
            if (c == '`') {
                return ParsedInline.none(); // a code span further on is code: no formula runs into it
            }
            if (c != '\\') {
                s.next();
                continue;
            }
            Position end = s.position();
            s.next();
            if (s.peek() == close) {
                s.next();
                String tex = s.getSource(start, end).getContent();
                return looksLikeTex(tex, open == '[') ? span(s, start, end, open == '[') : ParsedInline.none();
            }
            if (s.hasNext()) {
                s.next(); // TeX's own \\ or \{ : never a delimiter
            }
        }
        return ParsedInline.none();
    }

    /** Whether the TeX between backslashed brackets is a formula, not escaped brackets (the book's rule too). */
    static boolean looksLikeTex(String tex, boolean display) {
        return BookFieldCoding.looksLikeTex(tex, display);
    }

    private static ParsedInline span(Scanner s, Position start, Position end, boolean display) {
        String tex = s.getSource(start, end).getContent();
        if (tex.isBlank() || UNSAFE.matcher(tex).find()) {
            return ParsedInline.none();
        }
        return ParsedInline.of(new Math(display ? tex.strip() : tex, display), s.position());
    }
}
