package dev.qbank.exporters.markdown;

import dev.qbank.exporters.LinkLabel;
import dev.qbank.model.BookFieldCoding;
import dev.qbank.model.Conflict;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders one question as a Markdown section. Layout (the {@code qbankmd} importer keys on the HTML comments only):
 *
 * <pre>
 * ### the question, verbatim when it is one line
 * &lt;!-- qbank:question {JSON of every field except the four texts} --&gt;
 *
 * - **Difficulty:** medium            (a rendering for readers; the importer ignores it)
 *
 * #### Answer
 *
 * &lt;!-- qbank:field answer --&gt;
 * &gt; the answer's Markdown, every line quoted
 * </pre>
 */
final class QuestionBlock {
    /** The four fields that are Markdown text and get their own quoted section. */
    static final List<String> TEXT_FIELDS = List.of("question", "prompt", "answer", "explanation");

    private QuestionBlock() {
    }

    static String render(Question q) {
        StringBuilder sb = new StringBuilder(256);
        BookWords words = BookWords.of(q.language());
        boolean verbatimHeading = isHeadingSafe(q.question());
        sb.append("### ");
        if (verbatimHeading) {
            sb.append(q.question());
        } else {
            String flat = MarkdownText.flatten(q.question());
            sb.append(flat.isEmpty() ? words.emptyQuestion : MarkdownText.escapeInline(flat));
        }
        sb.append('\n');
        sb.append("<!-- qbank:question ").append(metadataJson(q)).append(" -->\n\n");
        appendMetadataList(sb, q, words);
        if (!verbatimHeading) {
            appendField(sb, words.question, "question", q.question());
        }
        appendField(sb, words.prompt, "prompt", q.prompt());
        appendField(sb, words.answer, "answer", q.answer());
        appendField(sb, words.explanation, "explanation", q.explanation());
        return sb.toString();
    }

    /**
     * A question can be the heading itself when reading the heading line back gives it unchanged: one line, no
     * surrounding white space (a heading trims it), not empty; and when a reader's viewer shows it as written: no
     * closing {@code #}s (Markdown drops them: {@code ### C, C++ or C #} shows as "C, C++ or C") and nothing read
     * as raw HTML ({@code List<String>}, {@code <script>…}), which a viewer drops, and no Python special name
     * ({@code __init__}, which a viewer bolds). Any other question gets an escaped heading and its own quoted section.
     */
    static boolean isHeadingSafe(String question) {
        return !question.isEmpty() && question.indexOf('\n') < 0 && question.indexOf('\r') < 0
                && question.strip().equals(question) && !CLOSING_HASHES.matcher(question).find()
                && !RAW_HTML.matcher(question).find() && !DUNDER.matcher(question).find();
    }

    /** What ends an ATX heading as its closing sequence: {@code #}s alone or after a space. */
    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:^|[ \t])#+$");
    /** The start of what Markdown reads as raw HTML: a tag, an end tag, a comment or declaration. */
    private static final Pattern RAW_HTML = Pattern.compile("<[A-Za-z/!?]");
    /** A Python special name outside a code span, {@code __init__}, which a viewer shows as bold "init". */
    private static final Pattern DUNDER = Pattern.compile("(?<![\\w`\\\\])__[a-z][a-z0-9_]*__(?![\\w`])");

    /**
     * Every field but the four texts, as one line of JSON. {@code <} and {@code >} can only occur inside JSON
     * strings, so writing them as {@code \u003c}/{@code \u003e} keeps the JSON equal while making it impossible
     * for content to close the comment ({@code -->}).
     */
    static String metadataJson(Question q) {
        ObjectNode node = QbankMapper.json().valueToTree(q);
        TEXT_FIELDS.forEach(node::remove);
        String json = QbankMapper.json().writeValueAsString(node);
        return json.replace("<", "\\u003c").replace(">", "\\u003e");
    }

    private static void appendMetadataList(StringBuilder sb, Question q, BookWords words) {
        List<String> items = new ArrayList<>();
        if (q.difficulty() != null) {
            items.add(label(words, words.difficulty) + q.difficulty().id());
        }
        if (!q.tags().isEmpty()) {
            items.add(label(words, words.tags) + q.tags().stream().map(MarkdownText::escapeInline)
                    .collect(Collectors.joining(", ")));
        }
        if (q.language() != null && !q.language().isEmpty()) {
            items.add(label(words, words.language) + MarkdownText.escapeInline(q.language()));
        }
        if (!q.aliases().isEmpty()) {
            items.add(label(words, words.aliases) + q.aliases().stream().map(MarkdownText::escapeInline)
                    .collect(Collectors.joining("; ")));
        }
        if (!q.references().isEmpty()) {
            items.add(label(words, words.references) + q.references().stream().map(QuestionBlock::reference)
                    .collect(Collectors.joining(", ")));
        }
        if (!q.sources().isEmpty()) {
            items.add(label(words, words.sources) + q.sources().stream().map(QuestionBlock::source)
                    .collect(Collectors.joining(", ")));
        }
        if (!q.media().isEmpty()) {
            items.add(label(words, words.media) + q.media().stream().map(MarkdownText::escapeInline)
                    .collect(Collectors.joining(", ")));
        }
        if (!q.conflicts().isEmpty()) {
            LinkedHashSet<String> fields = new LinkedHashSet<>();
            q.conflicts().stream().map(Conflict::field).forEach(fields::add);
            items.add(label(words, words.conflicts) + q.conflicts().size() + " ("
                    + MarkdownText.escapeInline(String.join(", ", fields)) + ")");
        }
        for (String item : items) {
            sb.append("- ").append(item).append('\n');
        }
        if (!items.isEmpty()) {
            sb.append('\n');
        }
    }

    /** A metadata item's label: {@code **Tags:** }, {@code **标签：**}. */
    private static String label(BookWords words, String word) {
        return "**" + word + words.colon() + "** ";
    }

    /**
     * A web link shows its title and links to its url; a titled reference that is no web link ({@code doi:},
     * {@code arxiv:}, {@code mailto:}) is text, both its title and its url: shown as its title alone, the reader lost
     * the address (the block's metadata keeps it for the import, not for the eye).
     */
    private static String reference(Reference r) {
        if (r.url() != null && r.title() != null && !MarkdownText.isWebUrl(r.url())) {
            return MarkdownText.escapeInline(r.title()) + " (" + MarkdownText.escapeInline(r.url()) + ")";
        }
        return MarkdownText.link(LinkLabel.of(r), r.url());
    }

    private static String source(Source s) {
        String cite = MarkdownText.link(s.citation(), s.url());
        return s.section() == null || s.section().isEmpty() ? cite
                : cite + " (" + MarkdownText.escapeInline(s.section()) + ")";
    }

    /**
     * A field under its label, quoted: the question's plain text with its markup characters escaped, the other
     * fields' formulas between dollars, as the book's readers typeset them ({@link BookFieldCoding}); the comment
     * names the coding so that the import reads back the bank's text.
     */
    private static void appendField(StringBuilder sb, String label, String field, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String written = field.equals("question") ? BookFieldCoding.escaped(text) : BookFieldCoding.dollars(text);
        String coding = written.equals(text) ? ""
                : " " + (field.equals("question") ? BookFieldCoding.ESCAPED : BookFieldCoding.MATH);
        sb.append("#### ").append(label).append("\n\n");
        sb.append("<!-- qbank:field ").append(field).append(coding).append(" -->\n");
        MarkdownText.appendQuoted(sb, written);
        sb.append('\n');
    }
}
