package dev.qbank.importers.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A Notion database's rows as its API (and the scripts and exporters built on it) writes them: each page's fields are
 * under {@code "properties"}, every one an object naming its type and holding its value under that type's name,
 * {@code {"Question": {"type": "title", "title": [{"plain_text": "什么是过拟合？"}, …]}}}. Each property is read as
 * the text it shows: the text runs of a {@code title} or {@code rich_text} joined, a {@code select} or
 * {@code status} option's name, a {@code multi_select}'s names one a line (tags), a {@code number}, {@code url},
 * {@code checkbox} or {@code email} as written, a {@code date}'s start. Before, the importer's detection crashed on a
 * question field holding an object, and reading it would have found no question. A property given as plain text
 * ({@code "properties": {"question": "…"}}) is that text.
 */
final class NotionProperties {
    /** The property types whose value is a list of text runs. */
    private static final Set<String> RUNS = Set.of("title", "rich_text");
    /** The property types whose value is a list of named options (or one). */
    private static final Set<String> NAMED = Set.of("select", "multi_select", "status");

    private NotionProperties() {
    }

    /**
     * Reads the properties object whose {@code {} was just read: each property's name with its text, in order;
     * a property with no text (an empty select, an unknown type) is left out.
     */
    static Map<String, String> read(JsonParser p) {
        Map<String, String> texts = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            String text = v == JsonToken.START_OBJECT ? property(p)
                    : v == JsonToken.START_ARRAY ? skip(p)
                    : v == JsonToken.VALUE_NULL ? null : p.getString();
            if (text != null && !text.isBlank()) {
                texts.put(name, text);
            }
        }
        return texts;
    }

    /** One property object, whose {@code {} was just read: the text of its value, or null. */
    private static String property(JsonParser p) {
        String type = null;
        Map<String, String> scalars = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT) {
                List<String> found = new ArrayList<>();
                texts(p, v == JsonToken.START_ARRAY, found);
                lists.put(key, found);
            } else if (v != JsonToken.VALUE_NULL) {
                if (key.equals("type")) {
                    type = p.getString();
                }
                scalars.put(key, p.getString());
            }
        }
        if (type == null) {
            return null;
        }
        if (RUNS.contains(type) || NAMED.contains(type) || type.equals("date")) {
            List<String> parts = lists.getOrDefault(type, List.of());
            return parts.isEmpty() ? null : String.join(RUNS.contains(type) ? "" : "\n", parts);
        }
        return scalars.get(type);
    }

    /**
     * The texts inside a value whose {@code [} or {@code {} was just read: a text run's {@code plain_text}, an
     * option's {@code name}, a date's {@code start}; other fields (ids, colours, annotations, links) are passed over.
     */
    private static void texts(JsonParser p, boolean array, List<String> found) {
        JsonToken end = array ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
        JsonToken t;
        while ((t = p.nextToken()) != end) {
            if (t == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (v.isStructStart()) {
                    if (key.equals("text") || key.equals("equation") || key.equals("mention")) {
                        p.skipChildren(); // the run's parts again: its plain_text beside it says them whole
                    } else {
                        texts(p, v == JsonToken.START_ARRAY, found);
                    }
                } else if (v != JsonToken.VALUE_NULL
                        && (key.equals("plain_text") || key.equals("name") || key.equals("start"))) {
                    found.add(p.getString());
                }
            } else if (t.isStructStart()) {
                texts(p, t == JsonToken.START_ARRAY, found);
            }
        }
    }

    private static String skip(JsonParser p) {
        p.skipChildren();
        return null;
    }
}
