package dev.qbank.importers.json;

import dev.qbank.importers.Importer;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.table.Column;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Question banks other tools keep as JSON: an array of objects, the array under a field
 * ({@code {"questions": [...]}}, {@code {"data": [...]}}), objects grouped by topic ({@code {"CNN": [...]}},
 * {@code [{"category": "CNN", "questions": [...]}]}), or JSON Lines (one object a line). An object with a question
 * field is a question; its fields are named like a spreadsheet's columns ({@link Column}: question/题目/title/q,
 * answer/答案/a, explanation/解析, difficulty/难度, tags/标签, topic/分类, ...) and read by the same rules
 * ({@code SheetRow}), a list of strings being one item a line. The file is read as a stream of tokens, so its size
 * is no limit. qbank's own JSON export ({@code schemaVersion}) is {@code qbankjson}'s, which keeps ids.
 */
public final class JsonRecordsImporter implements Importer {
    public static final String NAME = "json";
    private static final int SNIFF_CHARS = 8192;
    /** Fields of qbank's own question objects: JSON Lines of only these is {@code qbankjson}'s. */
    private static final Set<String> QBANK_FIELDS = Set.of("id", "question", "prompt", "answer", "explanation",
            "difficulty", "topic", "tags", "language", "aliases", "references", "media", "sources", "conflicts");
    /** Jackson within the limits of a question file's strings and nesting; the notebook reader parses with it too. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(QbankMapper.MAX_STRING_LENGTH)
                    .maxNestingDepth(QbankMapper.MAX_NESTING_DEPTH)
                    .maxDocumentLength(-1)
                    .build())
            .build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "JSON or JSON Lines from other tools: objects with a question field (question/题目/title/q, "
                + "answer/答案, tags/标签, ...), in an array, under a field, or grouped by topic";
    }

    /**
     * Sure when the first object with a question field has one qbank's own objects do not have; a little when the
     * text is JSON with no such field in its first kilobytes (so that reading it says what is missing, rather than
     * "no importer recognises this file").
     */
    @Override
    public double sniff(SourceDocument doc) {
        String text = doc.text();
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).stripLeading();
        if (head.isEmpty() || head.charAt(0) != '[' && head.charAt(0) != '{' || head.contains("\"schemaVersion\"")) {
            return 0;
        }
        ArrayDeque<ObjectKeys> open = new ArrayDeque<>();
        boolean json = false;
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), head)) {
            JsonToken t;
            boolean asking = false; // the last name was a question field's: its value decides
            while ((t = p.nextToken()) != null) {
                json |= t == JsonToken.PROPERTY_NAME || t == JsonToken.VALUE_STRING; // "[link](url)" is not JSON
                if (asking && t == JsonToken.VALUE_STRING) {
                    open.peek().question = true;
                }
                asking = false;
                // a question field holding an object (a Notion database's "Question": {"title": […]}) opens it
                // here like any object: it was read past, and its end closed the object around it (a crash)
                if (t == JsonToken.START_OBJECT) {
                    open.push(new ObjectKeys());
                } else if (t == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    ObjectKeys keys = open.peek();
                    keys.foreign |= !QBANK_FIELDS.contains(key);
                    asking = FieldRoles.asks(key);
                } else if (t == JsonToken.END_OBJECT && !open.isEmpty()) {
                    ObjectKeys keys = open.pop();
                    // an object inside a question is part of it, not a record: a qbank question's reference
                    // {"url", "title"} has a question field's name, and qbank's own JSON Lines export was read as
                    // another tool's records when its first question cited a titled link (exp29)
                    if (keys.question && open.stream().noneMatch(k -> k.question)) {
                        return keys.foreign ? 0.93 : 0.6;
                    }
                }
            }
        } catch (JacksonException e) {
            // not JSON, or cut off by the sniffing limit: an object with a question field open there still counts
        }
        for (Iterator<ObjectKeys> outermostFirst = open.descendingIterator(); outermostFirst.hasNext(); ) {
            ObjectKeys keys = outermostFirst.next();
            if (keys.question) {
                return keys.foreign ? 0.93 : 0.6;
            }
        }
        return json ? 0.35 : 0;
    }

    /** The fields of an object the sniffing is inside: one named like a question, one qbank's objects lack. */
    private static final class ObjectKeys {
        boolean question;
        boolean foreign;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), doc.text())) {
            new JsonRecords(p, doc.file(), doc.text(), questions, warnings).read();
        } catch (JacksonException e) {
            throw unreadable(NAME, doc, e, "not valid JSON: " + reason(e) + "; fix the file at this line and column");
        }
    }

    /** A JSON file the parser stopped in, as one finding of {@code importer} at the line and column it stopped at. */
    public static QbankException unreadable(String importer, SourceDocument doc, JacksonException e, String message) {
        TokenStreamLocation at = e.getLocation();
        return new QbankException(List.of(Diagnostic.error(importer, doc.file(),
                at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
                message)), QbankException.EXIT_FINDINGS);
    }

    /** Jackson's message without the location and source excerpt the diagnostic already carries. */
    private static String reason(JacksonException e) {
        String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return msg.replace('\n', ' ').strip();
    }
}
