package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.anki.AnkiImporter;
import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile content never reaches a card: every payload of the XSS corpus is put into every Markdown field of a
 * question, exported, read back from the package, and each field is checked tag by tag against an allow-list.
 */
class CardHtmlSafetyTest {
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "div", "span", "strong", "b", "em", "i", "u",
            "s", "del", "sub", "sup", "code", "pre", "kbd", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "h1",
            "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "a", "img");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "rel", "src", "alt", "title", "align",
            "start", "class");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=/\"'>]+)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    @TempDir
    Path tmp;

    static List<String> corpus() throws IOException {
        try (InputStream in = CardHtmlSafetyTest.class.getResourceAsStream("xss-corpus.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.replace("\\n", "\n"));
                }
            }
            return out;
        }
    }

    @Test
    void noPayloadOfTheCorpusReachesACardField() throws Exception {
        List<String> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(50);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String p = corpus.get(i);
            questions.add(Question.builder("Q" + i + " " + p).id("xss-" + i).prompt(p).answer(p).explanation(p)
                    .aliases(List.of("A" + i + " " + p))
                    .topic(p).tags(List.of(p))
                    .source(new Source("seeds/x.txt", 1, p, null, null, "javascript:alert(" + i + ")", null))
                    .references(List.of(new Reference("javascript:alert(1)", p), new Reference(p, null)))
                    .build());
        }
        BankStore store = TestBanks.write(tmp.resolve("bank"), questions);
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("x.apkg"), Map.of()), tmp);
        List<Map<String, Object>> notes = apkg.rows("SELECT flds, tags FROM notes");
        assertThat(notes).hasSize(corpus.size());
        for (Map<String, Object> n : notes) {
            for (String field : ((String) n.get("flds")).split("\u001f", -1)) {
                assertSafe(field);
            }
            assertThat((String) n.get("tags")).doesNotContain("\t", "\n", "\u3000");
        }
    }

    /**
     * imp25: a reference that is no web link is written as its text, {@code [title](url)}; a {@code javascript:} or
     * {@code data:} url so written is text on the card, never a link, whatever its title holds.
     */
    @Test
    void aReferenceThatIsNoWebLinkIsNeverALiveLink() throws Exception {
        Question q = Question.builder("Q").id("xss-ref").references(List.of(
                new Reference("javascript:alert(1)", "click <a href=\"javascript:alert(2)\">me</a>"),
                new Reference("data:text/html,<script>alert(3)</script>", "data"),
                Reference.of("javascript:alert(4)"), new Reference("https://x.org/ok", "](javascript:alert(5))")))
                .build();
        BankStore store = TestBanks.write(tmp.resolve("refs"), List.of(q));
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("refs.apkg"), Map.of()), tmp);
        String fields = (String) apkg.rows("SELECT flds FROM notes").get(0).get("flds");
        assertSafe(fields);
        assertThat(fields.toLowerCase(Locale.ROOT)).doesNotContain("href=\"javascript", "href=\"data", "<script")
                .contains("[click \\&lt;a href=", "javascript:alert(4)", "<a href=\"https://x.org/ok\"");
        assertThat(fields.split("<a ", -1)).hasSize(2); // the one web link
    }

    /**
     * exp26: aliases are untrusted text on the back of the card, under the explanation: each is rendered and sanitised
     * as the question is, and none can end qbank's block early or make one of its own.
     */
    @Test
    void aliasesAreSanitisedInsideTheirBlock() throws Exception {
        List<String> aliases = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
                "[click](javascript:alert(3))", "</li></ul></div><div onclick=alert(4)>x",
                "<div class=\"qbank-aliases\"><ul><li>fake</li></ul></div>", "[sound:x.mp3] \\(\\href{javascript:alert(5)}{x}\\)",
                "<a href=\"javascript:alert(6)\">me</a>");
        Question q = Question.builder("Q").id("xss-alias").explanation("E").aliases(aliases).build();
        BankStore store = TestBanks.write(tmp.resolve("aliases"), List.of(q));
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("aliases.apkg"), Map.of()), tmp);
        String explanation = ((String) apkg.rows("SELECT flds FROM notes").get(0).get("flds")).split("\u001f", -1)[3];
        assertSafe(explanation);
        assertThat(explanation.toLowerCase(Locale.ROOT)).doesNotContain("href=\"javascript", "onclick", "onerror",
                "[sound:", "\\href");
        assertThat(explanation.split("class=\"qbank-aliases\"", -1)).hasSize(2);
        assertThat(explanation).startsWith("<p>E</p><div class=\"qbank-aliases\">Also asked as:<ul><li>")
                .endsWith("</li></ul></div>");
        // the block stays whole: the anki import reads back one alias an item (a raw list inside one is its own)
        SourceDocument doc = SourceDocument.load(tmp.resolve("aliases.apkg"), "aliases.apkg");
        List<Question> back = new ArrayList<>();
        new AnkiImporter().read(doc, back::add, w -> { });
        assertThat(back).singleElement().satisfies(b -> {
            // the image, no packaged file, is dropped and leaves nothing; the rest is text, each in its own item
            assertThat(b.aliases()).containsExactly("<script>alert(1)</script>", "click", "x", "- fake",
                    "[sound:x.mp3] (＼href{javascript:alert(5)}{x})", "me");
            assertThat(b.explanation()).isEqualTo("E");
        });
    }

    @Property(tries = 300)
    void arbitraryMarkupNeverYieldsUnsafeHtml(@ForAll @StringLength(max = 80) String noise) {
        CardHtml html = new CardHtml();
        for (String wrapper : List.of("<a href=\"%s\">x</a>", "<img src=\"%s\" onerror=\"%s\">", "[x](%s)",
                "<%s onload=alert(1)>", "%s<script>%s</script>", "<code class=\"%s\">x</code>",
                "```%s\nx\n```")) {
            assertSafe(html.render(wrapper.replace("%s", noise), Map.of()));
        }
    }

    static void assertSafe(String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        assertThat(lower).as(field).doesNotContain("<script", "<style", "<svg", "<iframe", "<object", "<embed",
                "<math", "<form", "<meta", "<base", "<link", "<template", "[sound:", "[latex]", "[$]", "[$$]");
        Matcher tag = TAG.matcher(field);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            assertThat(ALLOWED_TAGS).as("tag in %s", field).contains(name);
            Matcher attr = ATTRIBUTE.matcher(tag.group(2));
            while (attr.find()) {
                String a = attr.group(1).toLowerCase(Locale.ROOT);
                assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", field).contains(a);
                String value = attr.group(2) == null ? "" : unquote(attr.group(2));
                String decoded = AnkiText.decodeEntities(value).replaceAll("[\\s\\p{Cntrl}]", "")
                        .toLowerCase(Locale.ROOT);
                if (a.equals("href")) {
                    // what a browser would take as the scheme: letters up to the first colon
                    Matcher scheme = Pattern.compile("^([a-z][a-z0-9+.-]*):").matcher(decoded);
                    if (scheme.find()) {
                        assertThat(scheme.group(1)).as("href in %s", field).isIn("http", "https", "mailto");
                    }
                }
                if (a.equals("class") && name.equals("div") && decoded.equals("qbank-aliases")) {
                    continue; // qbank's own block of a question's aliases (exp26), which no text can write
                }
                if (a.equals("class") && name.equals("span")
                        && (decoded.equals("qbank-citation") || decoded.equals("qbank-reference"))) {
                    continue; // a reference's line (exp27 a citation, exp29 a titled reference that is no web link)
                }
                if (a.equals("class")) {
                    // only a code block's language, on code
                    assertThat(name).as("class in %s", field).isEqualTo("code");
                    assertThat(decoded).as("class in %s", field).matches("language-[a-z0-9_+#.-]{1,40}");
                }
                if (a.equals("src")) {
                    // only packaged media: a bare file name, never a URL or a path
                    assertThat(decoded).as("src in %s", field).doesNotContain(":", "/");
                }
            }
        }
    }

    private static String unquote(String v) {
        return (v.startsWith("\"") || v.startsWith("'")) && v.length() >= 2 ? v.substring(1, v.length() - 1) : v;
    }
}
