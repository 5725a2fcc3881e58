package dev.qbank.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.qbank.model.CanonicalQuestionYaml;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.DifficultyWords;
import dev.qbank.model.QuestionIds;
import dev.qbank.model.YamlHints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * One of qbank's JSON Schemas (shipped in this module's resources), turning its errors into diagnostics that
 * point at the YAML line and column of the offending node and say what to change. Thread-safe; build once.
 */
public final class SchemaCheck {
    /** {@code question.schema.json}: one question file. */
    public static final String QUESTION_RESOURCE = "/dev/qbank/schema/question.schema.json";
    /** {@code bank.schema.json}: the bank manifest {@code bank.yaml}. */
    public static final String BANK_RESOURCE = "/dev/qbank/schema/bank.schema.json";

    private static final SchemaCheck QUESTION = new SchemaCheck(QUESTION_RESOURCE);
    private static final SchemaCheck BANK = new SchemaCheck(BANK_RESOURCE);

    /** At most this many schema findings per file, then a count: enough for any file a person wrote. */
    static final int MAX_FINDINGS = 20;

    private final Schema schema;
    /** The same schema as plain checks on canonically read values; {@code null} if it uses other keywords. */
    private final SchemaShortcut shortcut;

    private SchemaCheck(String resource) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        // English messages whatever the machine's locale; JSON pointers for paths.
                        .locale(Locale.ROOT)
                        .pathType(PathType.JSON_POINTER)
                        .build()));
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            this.schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schema.initializeValidators();
        this.shortcut = SchemaShortcut.of(schema.getSchemaNode(), schema.getSchemaContext());
    }

    public static SchemaCheck question() {
        return QUESTION;
    }

    public static SchemaCheck bank() {
        return BANK;
    }

    /** The schema document itself (for tests and tools). */
    public JsonNode schemaNode() {
        return schema.getSchemaNode();
    }

    /**
     * True when {@code value}, a file as {@link CanonicalQuestionYaml} reads it, certainly passes
     * this schema, so {@link #check} would find nothing; false when it fails or the shortcut cannot tell.
     */
    boolean certainlyPasses(Object value) {
        return shortcut != null && shortcut.passes(value);
    }

    /** Whether {@link #certainlyPasses} can ever answer true (it understands every keyword of this schema). */
    boolean hasShortcut() {
        return shortcut != null;
    }

    /** Every schema error in {@code doc}'s tree, in file order. */
    public List<Diagnostic> check(YamlDocument doc) {
        if (doc.tree() == null) {
            return List.of();
        }
        if (!doc.tree().isObject()) {
            TokenStreamLocation at = YamlDocument.locationOf(doc.tree());
            return List.of(Diagnostic.error("schema", doc.file(), Math.max(1, YamlDocument.line(at)),
                    Math.max(1, YamlDocument.column(at)), "the file must be a YAML mapping of fields ("
                            + String.join(", ", fieldNames("")) + "), not " + kind(doc.tree())));
        }
        // A hostile file can hold a hundred thousand mistakes (unknown keys, repeated list items): only the first
        // MAX_FINDINGS, by where the offending node starts, are worded and located, with one pass over the text for
        // all their keys, then a count; the same finding reported twice by the validator is listed once.
        Map<String, Error> distinct = new LinkedHashMap<>();
        for (Error e : schema.validate(doc.tree())) {
            distinct.putIfAbsent(e.getKeyword() + ' ' + e.getInstanceLocation() + ' ' + e.getProperty(), e);
        }
        List<Error> errors = new ArrayList<>(distinct.values());
        errors.sort(Comparator.comparingInt((Error e) -> YamlDocument.line(roughLocation(e)))
                .thenComparingInt(e -> YamlDocument.column(roughLocation(e))));
        List<Error> shown = errors.subList(0, Math.min(errors.size(), MAX_FINDINGS));
        Set<String> keys = new HashSet<>();
        for (Error e : errors.subList(0, Math.min(errors.size(), MAX_FINDINGS + 1))) {
            if (e.getKeyword().equals("additionalProperties")) {
                keys.add(keyPointer(e));
            }
        }
        Map<String, TokenStreamLocation> keyAt = doc.keyLocations(keys);
        List<Diagnostic> out = new ArrayList<>();
        for (Error e : shown) {
            out.add(toDiagnostic(doc, e, keyAt));
        }
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        if (errors.size() > MAX_FINDINGS) {
            Error first = errors.get(MAX_FINDINGS);
            TokenStreamLocation at = first.getKeyword().equals("additionalProperties")
                    ? keyAt.getOrDefault(keyPointer(first), roughLocation(first)) : roughLocation(first);
            out.add(Diagnostic.error("schema", doc.file(), YamlDocument.line(at), YamlDocument.column(at),
                    (errors.size() - MAX_FINDINGS) + " more [schema] findings from here on not shown"));
        }
        return out;
    }

    /** Where the node an error is about starts: an unknown key's value (its key is on the same line), else the node. */
    private static TokenStreamLocation roughLocation(Error e) {
        JsonNode node = e.getInstanceNode();
        if (e.getKeyword().equals("additionalProperties") && node != null && node.get(e.getProperty()) != null) {
            TokenStreamLocation value = YamlDocument.locationOf(node.get(e.getProperty()));
            if (value != null) {
                return value;
            }
        }
        return YamlDocument.locationOf(node);
    }

    private static String keyPointer(Error e) {
        return e.getInstanceLocation().toString() + "/" + escape(e.getProperty());
    }

    private Diagnostic toDiagnostic(YamlDocument doc, Error e, Map<String, TokenStreamLocation> keyAt) {
        String pointer = e.getInstanceLocation().toString();
        TokenStreamLocation at = YamlDocument.locationOf(e.getInstanceNode());
        String where = readable(pointer);
        String in = where.isEmpty() ? "" : " in " + where;
        String message;
        switch (e.getKeyword()) {
            case "additionalProperties" -> {
                String field = e.getProperty();
                TokenStreamLocation key = keyAt.get(keyPointer(e));
                at = key != null ? key : at;
                List<String> allowed = fieldNames(schemaPointer(e));
                String guess = Suggestions.closest(field, allowed);
                message = "unknown field '" + field + "'" + in
                        + (guess != null ? " (did you mean '" + guess + "'?)"
                                : "; allowed fields: " + String.join(", ", allowed));
            }
            case "required" -> message = "missing required field '" + e.getProperty() + "'" + in
                    + (pointer.isEmpty() && e.getProperty().equals("id") ? "; " + newId(doc.file()) : "");
            case "enum" -> {
                List<String> values = enumValues(e.getSchemaNode());
                if (e.getInstanceNode().isNull()) {
                    message = where + ": no value" + nullHint(doc, at).replace("a value", "one of "
                            + String.join(", ", values));
                    break;
                }
                String value = e.getInstanceNode().asString();
                String level = pointer.equals("/difficulty") ? level(value, values) : null;
                String guess = Suggestions.closest(value.strip(), values);
                message = where + ": '" + value + "' is not one of " + String.join(", ", values)
                        + (level != null ? "; write '" + level + "' (what 'qbank import' reads '" + value.strip()
                                + "' as)" : guess != null ? " (did you mean '" + guess + "'?)" : "");
            }
            case "const" -> message = where + ": must be " + e.getSchemaNode()
                    + (e.getInstanceNode().getNodeType() != e.getSchemaNode().getNodeType()
                            ? ", found " + kind(e.getInstanceNode()) + quoteScalar(e.getInstanceNode()) : "");
            case "type" -> message = where + ": expected " + article(String.valueOf(e.getArguments()[1]))
                    + ", found " + kind(e.getInstanceNode()) + quoteScalar(e.getInstanceNode())
                    + typeHint(doc, e, at);
            case "minLength" -> message = where + ": must not be empty (leave the field out instead)";
            // a reference, the one object of fields all optional: a link or a citation, at least one of them
            case "minProperties" -> message = where + ": an empty entry; give it a url or a title, or remove it";
            case "pattern" -> message = where + ": " + patternMessage(pointer, e);
            case "uniqueItems" -> {
                // point at the repeat itself, not at the list: in a long tag list the reader should not have to hunt
                JsonNode repeat = firstRepeat(e.getInstanceNode());
                if (repeat != null) {
                    at = YamlDocument.locationOf(repeat);
                    // an entry of the wrong type (a list in a list of strings) is also a type error; still named
                    message = where + ": '" + (repeat.isString() ? repeat.asString() : repeat.toString())
                            + "' is listed twice; remove the repeat";
                } else {
                    message = where + ": the same entry is listed twice; remove the repeat";
                }
            }
            default -> message = (where.isEmpty() ? "" : where + ": ") + e.getMessage();
        }
        return Diagnostic.error("schema", doc.file(), YamlDocument.line(at), YamlDocument.column(at), message);
    }

    /**
     * The level a difficulty written another way means, as the importers read it ({@code 简单}, {@code 2},
     * {@code ★★★}, {@code advanced}), or null; not for a mere spelling of an allowed value ({@code Hard}), for which
     * "did you mean" is the better answer.
     */
    private static String level(String value, List<String> allowed) {
        String id = DifficultyWords.parse(value).map(Difficulty::id).orElse(null);
        return id != null && allowed.contains(id) && Suggestions.closest(value.strip(), allowed) == null ? id : null;
    }

    /** The second occurrence of the first item that the list already held, or null. */
    private static JsonNode firstRepeat(JsonNode list) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : list) {
            if (!seen.add(item)) {
                return item;
            }
        }
        return null;
    }

    private static String patternMessage(String pointer, Error e) {
        String value = e.getInstanceNode().asString();
        if (pointer.equals("/id")) {
            return "'" + value + "' is not a valid id: lowercase letters and digits in groups joined by single "
                    + "hyphens, e.g. q-1a2b3c";
        }
        if (pointer.equals("/question")) {
            return "must not be blank";
        }
        if (pointer.equals("/language")) {
            return "'" + value + "' is not a BCP 47 language tag such as zh-CN or en";
        }
        return "'" + value + "' " + e.getMessage();
    }

    /** {@code /sources/0/line} as {@code sources[0].line}. */
    static String readable(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(name).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(name);
            }
        }
        return sb.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The schema object holding the keyword that failed, as a pointer into the schema document. */
    private static String schemaPointer(Error e) {
        String fragment = String.valueOf(e.getSchemaLocation().getFragment());
        int slash = fragment.lastIndexOf('/');
        return slash < 0 ? "" : fragment.substring(0, slash);
    }

    private List<String> fieldNames(String schemaPointer) {
        JsonNode properties = schema.getSchemaNode().at(schemaPointer + "/properties");
        return properties.isObject() ? List.copyOf(properties.propertyNames()) : List.of();
    }

    private static List<String> enumValues(JsonNode enumNode) {
        List<String> values = new ArrayList<>();
        enumNode.forEach(v -> values.add(v.asString()));
        return values;
    }

    /**
     * What to write instead of a value of the wrong type, for the mistakes hand-written YAML invites: a value that
     * {@code #} turned into a comment, a number or yes/no where text goes, a comma string where a list goes.
     */
    private String typeHint(YamlDocument doc, Error e, TokenStreamLocation at) {
        JsonNode value = e.getInstanceNode();
        String expected = String.valueOf(e.getArguments()[1]);
        if (value == null || value.isNull()) {
            return nullHint(doc, at);
        }
        if (expected.equals("string") && value.isValueNode()) {
            return "; put it in quotes to keep it as text";
        }
        if (expected.equals("array") && value.isString()) {
            JsonNode items = schema.getSchemaNode().at(schemaPointer(e) + "/items");
            boolean strings = items.path("type").asString("").equals("string")
                    || items.path("$ref").asString("").endsWith("/text");
            if (strings) {
                List<String> parts = new ArrayList<>();
                for (String part : value.asString().split("[,，、;；]")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
                return "; write a list, e.g. " + readable(e.getInstanceLocation().toString()) + ": ["
                        + String.join(", ", parts) + "]";
            }
            return "; write a list: one '- ' line per entry, indented under the field";
        }
        return "";
    }

    /** Why a field has no value, on the line at {@code at}: nothing was written, or {@code #} made it a comment. */
    private static String nullHint(YamlDocument doc, TokenStreamLocation at) {
        String line = YamlHints.lineText(doc.text(), YamlDocument.line(at));
        int colon = line.indexOf(": #");
        return colon >= 0 && line.indexOf(':') == colon
                ? " ('#' after ': ' starts a comment); put the whole value in single quotes"
                : "; write a value after ':', or leave the field out";
    }

    /** What a file without an id should say: its own name when that is a valid id, as qbank names files by id. */
    private static String newId(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String stem = name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
        return QuestionIds.isValid(stem) ? "add 'id: " + stem + "', the file's name"
                : "add an id (lowercase letters and digits joined by hyphens, e.g. q-cnn-stride) and name the file "
                        + "after it (q-cnn-stride.yaml)";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing (null)";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return "a string";
    }

    private static String quoteScalar(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? " '" + node.asString() + "'" : "";
    }

    private static String article(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "an integer";
            default -> "a " + jsonType;
        };
    }
}
