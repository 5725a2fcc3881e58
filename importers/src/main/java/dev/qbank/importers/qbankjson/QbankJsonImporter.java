package dev.qbank.importers.qbankjson;

import dev.qbank.importers.Importer;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads qbank's own JSON exports back: the document form ({@code {"schemaVersion": 1, "questions": [...]}}) and
 * JSON Lines (one question object per line). Strict: an unknown field, a wrong schema version or trailing content
 * is an error naming the line. Unlike importers of foreign formats, questions keep their id and their sources, so
 * exporting and re-importing a bank gives the same bank (the pipeline must keep an incoming id).
 */
public final class QbankJsonImporter implements Importer {
    /** The document version this importer understands (what {@code JsonExporter} writes). */
    public static final int SCHEMA_VERSION = 1;
    private static final int SNIFF_CHARS = 4096;

    /**
     * The mappers, built on first use: building them (Jackson's configuration and the Question deserializer) took
     * about half a second of every import's start, on the thread that reads the bank, while most imports read no
     * qbank JSON.
     */
    private static final class Mappers {
        /**
         * The same strict rules as {@link QbankMapper#json()}, but without its whole-document size cap: an export of a
         * large bank is far bigger than one question file, while each value keeps the per-string and nesting limits.
         */
        private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxStringLength(QbankMapper.MAX_STRING_LENGTH)
                                .maxNestingDepth(QbankMapper.MAX_NESTING_DEPTH)
                                .maxDocumentLength(-1)
                                .build())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
        /** Reads one element of the "questions" array; the rest of the document follows it, so no trailing check. */
        private static final ObjectReader ELEMENT = MAPPER.readerFor(Question.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public String name() {
        return "qbankjson";
    }

    @Override
    public String description() {
        return "qbank's own JSON export (one document with schemaVersion) or JSON Lines (one question per line)";
    }

    @Override
    public double sniff(SourceDocument doc) {
        String head = doc.text().substring(0, Math.min(doc.text().length(), SNIFF_CHARS)).stripLeading();
        if (!head.startsWith("{")) {
            return 0;
        }
        if (head.contains("\"schemaVersion\"")) {
            return 0.95;
        }
        // JSON Lines: the first line is a question object (possibly longer than what sniffing may look at)
        String firstLine = head.lines().findFirst().orElse("");
        return firstLine.contains("\"question\"") && !ROW_NUMBER_ID.matcher(firstLine).find() ? 0.9 : 0;
    }

    /**
     * An id that is a row number ({@code "id": 12}, {@code "id": "12"}): another tool's JSON Lines, not qbank's, whose
     * ids are never only digits. Read as qbank's, its ids 1, 2, 3 were kept as question ids, so a second such file
     * found "its" questions already in the bank and was dropped as unchanged.
     */
    private static final Pattern ROW_NUMBER_ID =
            Pattern.compile("\"id\"\\s*:\\s*(?:[0-9]+|\"[0-9]+\")\\s*[,}]");

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        if (isJsonLines(doc.text())) {
            readLines(doc, questions);
        } else {
            readDocument(doc, questions);
        }
    }

    /** JSON Lines when the first non-blank line is a whole object by itself and not the document form. */
    private static boolean isJsonLines(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (first.contains("\"schemaVersion\"")) {
            return false;
        }
        try (JsonParser p = Mappers.MAPPER.createParser(first)) {
            p.skipChildren();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static void readLines(SourceDocument doc, Consumer<Question> questions) {
        int lineNo = 0;
        for (String line : (Iterable<String>) doc.text().lines()::iterator) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Question q;
            try {
                q = Mappers.MAPPER.readValue(line, Question.class);
            } catch (JacksonException e) {
                throw error(doc, lineNo, column(e), "not a valid qbank question: " + reason(e));
            } catch (RuntimeException e) {
                throw error(doc, lineNo, 0, "not a valid qbank question: " + e.getMessage());
            }
            questions.accept(checked(doc, lineNo, q));
        }
    }

    private static void readDocument(SourceDocument doc, Consumer<Question> questions) {
        try (JsonParser p = Mappers.MAPPER.createParser(doc.text())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(doc, line(p), 0, "expected a JSON object {\"schemaVersion\": 1, \"questions\": [...]}");
            }
            boolean sawVersion = false;
            boolean sawQuestions = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                int nameLine = line(p);
                p.nextToken();
                switch (name) {
                    case "schemaVersion" -> {
                        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != SCHEMA_VERSION) {
                            throw error(doc, nameLine, 0, "unsupported schemaVersion " + p.getString()
                                    + "; this qbank reads version " + SCHEMA_VERSION);
                        }
                        sawVersion = true;
                    }
                    case "questions" -> {
                        if (!sawVersion) {
                            throw error(doc, nameLine, 0, "\"schemaVersion\" must come before \"questions\"");
                        }
                        readQuestions(doc, p, questions);
                        sawQuestions = true;
                    }
                    default -> throw error(doc, nameLine, 0, "unknown field \"" + name
                            + "\"; a qbank JSON document has only \"schemaVersion\" and \"questions\"");
                }
            }
            if (!sawVersion || !sawQuestions) {
                throw error(doc, line(p), 0, "missing \"" + (sawVersion ? "questions" : "schemaVersion")
                        + "\"; expected {\"schemaVersion\": 1, \"questions\": [...]}");
            }
            if (p.nextToken() != null) {
                throw error(doc, line(p), 0, "unexpected content after the end of the document");
            }
        } catch (JacksonException e) {
            throw error(doc, line(e), column(e), "not valid qbank JSON: " + reason(e));
        }
    }

    private static void readQuestions(SourceDocument doc, JsonParser p, Consumer<Question> questions) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(doc, line(p), 0, "\"questions\" must be an array");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int start = line(p);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(doc, start, 0, "each element of \"questions\" must be an object");
            }
            Question q;
            try {
                q = Mappers.ELEMENT.readValue(p);
            } catch (JacksonException e) {
                // Databind errors do not always carry a location; the parser still knows where it stopped.
                int at = line(e) > 0 ? line(e) : Math.max(start, p.currentLocation().getLineNr());
                throw error(doc, at, column(e), "not a valid qbank question: " + reason(e));
            } catch (RuntimeException e) {
                throw error(doc, start, 0, "not a valid qbank question: " + e.getMessage());
            }
            questions.accept(checked(doc, start, q));
        }
    }

    /**
     * What Jackson cannot check: a non-blank question and the id's shape (everything else is the bank validator's
     * job). The question is also put in canonical form, the way it will be stored: an empty string is the same as
     * a missing field.
     */
    private static Question checked(SourceDocument doc, int line, Question q) {
        q = canonical(doc, line, q);
        if (q.question().isBlank()) {
            throw error(doc, line, 0, "the question text is empty");
        }
        if (q.id() != null && (!Question.ID_PATTERN.matcher(q.id()).matches()
                || q.id().length() > Question.ID_MAX_LENGTH)) {
            throw error(doc, line, 0, "invalid id '" + q.id() + "': ids are lower-case letters, digits and "
                    + "single hyphens, at most " + Question.ID_MAX_LENGTH + " characters");
        }
        if (q.sources().isEmpty()) {
            // a question a curator wrote into the bank has no source: this export is where it now comes from
            q = q.toBuilder().source(new Source(doc.file(), line, q.question(), "qbankjson", null, null, null)).build();
        }
        return q;
    }

    /** Written and read once more: empty strings and lists drop out exactly as they do in a question file. */
    static Question canonical(SourceDocument doc, int line, Question q) {
        try {
            return Mappers.MAPPER.treeToValue(Mappers.MAPPER.valueToTree(q), Question.class);
        } catch (JacksonException e) {
            throw error(doc, line, 0, "not a valid qbank question: " + reason(e));
        }
    }

    private static int line(JsonParser p) {
        TokenStreamLocation loc = p.currentTokenLocation();
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    private static int line(JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    private static int column(JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        return loc == null ? 0 : Math.max(0, loc.getColumnNr());
    }

    /** Jackson's message without its location suffix and source excerpt, which the diagnostic already carries. */
    static String reason(JacksonException e) {
        String msg = e.getOriginalMessage();
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        int cut = msg.indexOf(" (class ");
        if (cut > 0) {
            msg = msg.substring(0, cut);
        }
        return msg.replace('\n', ' ').strip();
    }

    private static QbankException error(SourceDocument doc, int line, int column, String message) {
        return new QbankException(List.of(Diagnostic.error("qbankjson", doc.file(), line, column, message)),
                QbankException.EXIT_FINDINGS);
    }
}
