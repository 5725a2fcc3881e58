package dev.qbank.importers.qbankmd;

import dev.qbank.importers.Importer;
import dev.qbank.importers.MarkdownLimits;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.BookFieldCoding;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads back the Markdown book written by qbank's {@code markdown} exporter. The book is parsed with commonmark and
 * only its top-level HTML comments ({@code <!-- qbank:... -->}) carry structure: a question comment right after a
 * {@code ###} heading starts a question and holds its metadata as JSON; a field comment is followed by a block
 * quote holding that field's Markdown. Everything else (the table of contents, topic headings, the metadata list)
 * is for readers. Because every line of a field is quoted, nothing inside an answer can reach the top level, so
 * no answer can forge or break the structure.
 *
 * <p>Questions keep their id and their sources: this is a round trip, not a new source.
 */
public final class QbankMarkdownImporter implements Importer {
    static final String MARKER = "<!-- qbank:markdown v1 -->";
    private static final Pattern QUESTION = Pattern.compile("<!-- qbank:question (\\{.*}) -->", Pattern.DOTALL);
    /** A field's comment: the field, and the coding the book wrote it in, if any ({@link BookFieldCoding}). */
    private static final Pattern FIELD = Pattern.compile("<!-- qbank:field (question|prompt|answer|explanation)"
            + "(?: (" + BookFieldCoding.ESCAPED + "|" + BookFieldCoding.MATH + "))? -->");
    private static final List<String> TEXT_FIELDS = List.of("question", "prompt", "answer", "explanation");
    /** Block structure only: inline markup is never looked at, so it is not parsed. */
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, node) -> { })
            .build();

    @Override
    public String name() {
        return "qbankmd";
    }

    @Override
    public String description() {
        return "qbank's own Markdown export (starts with " + MARKER + ")";
    }

    @Override
    public double sniff(SourceDocument doc) {
        // The exporter writes the marker as the first line; read() insists on it, so detection does too.
        String head = doc.text().substring(0, Math.min(doc.text().length(), 1024));
        return head.stripLeading().startsWith(MARKER) ? 1.0 : 0;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        MarkdownLimits.checkNesting(doc);
        String text = doc.text();
        if (!text.stripLeading().startsWith(MARKER)) {
            throw error(doc, 1, "not a qbank Markdown export: the first line must be " + MARKER
                    + " (use another --format for other Markdown)");
        }
        // Parsed one question at a time: a top-level '### ' line always starts a question (anything of an answer
        // is quoted), so each piece parses as it would inside the whole book, and a million-question book never
        // becomes one syntax tree.
        Reader reader = new Reader(doc, questions);
        int chunkStart = 0;
        int chunkLine = 1;
        int line = 1;
        for (int pos = 0; pos < text.length(); line++) {
            if (pos != chunkStart && text.startsWith("### ", pos)) {
                reader.chunk(text.substring(chunkStart, pos), chunkLine);
                chunkStart = pos;
                chunkLine = line;
            }
            int nl = text.indexOf('\n', pos);
            pos = nl < 0 ? text.length() : nl + 1;
        }
        reader.chunk(text.substring(chunkStart), chunkLine);
        reader.finish();
    }

    /** Reads the book piece by piece, carrying the question being read from one piece to the next. */
    private static final class Reader {
        private final SourceDocument doc;
        private final Consumer<Question> questions;
        private Draft draft;
        private boolean first = true;

        Reader(SourceDocument doc, Consumer<Question> questions) {
            this.doc = doc;
            this.questions = questions;
        }

        /** One piece of the book; {@code firstLine} is the 1-based line of the book where it starts. */
        void chunk(String text, int firstLine) {
            String[] lines = text.split("\n", -1);
            Node root = PARSER.parse(text);
            int offset = firstLine - 1;
            for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
                if (!(node instanceof HtmlBlock html)) {
                    continue;
                }
                String literal = html.getLiteral().strip();
                if (!literal.startsWith("<!-- qbank:")) {
                    continue;
                }
                int local = firstLine(node);
                int line = local + offset;
                Matcher m;
                if (literal.equals(MARKER)) {
                    if (!first || node != root.getFirstChild()) {
                        throw error(doc, line, "the marker " + MARKER + " may only appear once, at the top");
                    }
                } else if ((m = QUESTION.matcher(literal)).matches()) {
                    if (draft != null) {
                        questions.accept(draft.build(doc));
                    }
                    draft = startQuestion(doc, lines, node, local, offset, m.group(1));
                } else if ((m = FIELD.matcher(literal)).matches()) {
                    if (draft == null) {
                        throw error(doc, line, "a field comment before any question comment; this part of the "
                                + "file was edited by hand, restore it from the exported file");
                    }
                    String written = quoted(doc, lines, node, local, offset);
                    draft.setField(doc, line, m.group(1), m.group(2) == null ? written
                            : m.group(2).equals(BookFieldCoding.ESCAPED) ? BookFieldCoding.unescaped(written)
                            : BookFieldCoding.backslashed(written));
                } else {
                    throw error(doc, line, "unknown qbank marker '" + literal + "'; this file was written by "
                            + "another qbank version or edited by hand");
                }
            }
            first = false;
        }

        void finish() {
            if (draft != null) {
                questions.accept(draft.build(doc));
                draft = null;
            }
        }
    }

    private static Draft startQuestion(SourceDocument doc, String[] lines, Node comment, int local, int offset,
            String json) {
        int line = local + offset;
        Node prev = comment.getPrevious();
        if (!(prev instanceof Heading heading) || heading.getLevel() != 3 || lastLine(heading) != local - 1) {
            throw error(doc, line, "a question comment must directly follow its '### question' heading");
        }
        String headingLine = lines[local - 2];
        if (!headingLine.startsWith("### ")) {
            throw error(doc, line - 1, "expected '### ' and the question");
        }
        ObjectNode meta;
        try {
            JsonNode parsed = QbankMapper.json().readTree(json);
            if (!(parsed instanceof ObjectNode obj)) {
                throw error(doc, line, "the question comment must hold a JSON object");
            }
            meta = obj;
        } catch (JacksonException e) {
            throw error(doc, line, "the question comment holds invalid JSON: " + e.getOriginalMessage());
        }
        for (String field : TEXT_FIELDS) {
            if (meta.has(field)) {
                throw error(doc, line, "'" + field + "' belongs in its own section, not in the question comment");
            }
        }
        return new Draft(line - 1, headingLine.substring(4), meta);
    }

    /** The field text: the quote's lines right after the comment, with exactly the exporter's prefix removed. */
    private static String quoted(SourceDocument doc, String[] lines, Node comment, int local, int offset) {
        Node next = comment.getNext();
        if (!(next instanceof BlockQuote) || firstLine(next) != local + 1) {
            throw error(doc, local + offset, "a field comment must be followed directly by its text as a '>' "
                    + "block quote");
        }
        StringBuilder sb = new StringBuilder();
        int i = local; // 0-based index of the line after the comment
        for (; i < lines.length && lines[i].startsWith(">"); i++) {
            String l = lines[i];
            if (i > local) {
                sb.append('\n');
            }
            if (l.equals(">")) {
                continue;
            }
            if (!l.startsWith("> ")) {
                throw error(doc, i + 1 + offset, "each quoted line must start with '> ' (or be a lone '>')");
            }
            sb.append(l, 2, l.length());
        }
        return sb.toString();
    }

    private static int firstLine(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    private static int lastLine(Node node) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    static QbankException error(SourceDocument doc, int line, String message) {
        return new QbankException(List.of(Diagnostic.error("qbankmd", doc.file(), line, 0, message)),
                QbankException.EXIT_FINDINGS);
    }

    /** A question being read: its heading, metadata and the text fields found so far. */
    private static final class Draft {
        private final int headingLine;
        private final String heading;
        private final ObjectNode meta;

        Draft(int headingLine, String heading, ObjectNode meta) {
            this.headingLine = headingLine;
            this.heading = heading;
            this.meta = meta;
        }

        void setField(SourceDocument doc, int line, String field, String text) {
            if (meta.has(field)) {
                throw error(doc, line, "the question starting at line " + headingLine + " has two '" + field
                        + "' sections");
            }
            meta.put(field, text);
        }

        Question build(SourceDocument doc) {
            if (!meta.has("question")) {
                meta.put("question", heading);
            }
            Question q;
            try {
                q = QbankMapper.json().treeToValue(meta, Question.class);
            } catch (JacksonException e) {
                throw error(doc, headingLine + 1, "invalid question metadata: " + e.getOriginalMessage());
            } catch (RuntimeException e) {
                throw error(doc, headingLine + 1, "invalid question metadata: " + e.getMessage());
            }
            if (q.question().isBlank()) {
                throw error(doc, headingLine, "the question text is empty");
            }
            try {
                // canonical form, as stored: empty strings inside the metadata are the same as missing fields
                q = QbankMapper.json().treeToValue(QbankMapper.json().valueToTree(q), Question.class);
            } catch (JacksonException e) {
                throw error(doc, headingLine + 1, "invalid question metadata: " + e.getOriginalMessage());
            }
            if (q.id() != null && (!Question.ID_PATTERN.matcher(q.id()).matches()
                    || q.id().length() > Question.ID_MAX_LENGTH)) {
                throw error(doc, headingLine + 1, "invalid id '" + q.id() + "'");
            }
            if (q.sources().isEmpty()) {
                // The pipeline traces every question to a place; a hand-made entry without sources gets this one.
                q = q.toBuilder().source(new Source(doc.file(), headingLine, q.question(), "qbankmd", null, null,
                        null)).build();
            }
            return q;
        }
    }
}
