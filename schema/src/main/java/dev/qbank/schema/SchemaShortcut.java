package dev.qbank.schema;

import com.networknt.schema.SchemaContext;
import com.networknt.schema.regex.RegularExpression;
import dev.qbank.model.CanonicalQuestionYaml;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema compiled into plain checks on the values {@link CanonicalQuestionYaml} reads (maps,
 * lists, strings and longs), answering one question only: does this value certainly pass? Walking a location-aware
 * node tree through networknt costs tens of microseconds a file; these checks cost well under one, and a file they
 * do not vouch for goes through the full check, which also writes its findings. So a wrong "no" only costs time;
 * a "yes" must be right, which is why every doubt answers "no":
 *
 * <ul>
 *   <li>only the keywords qbank's schemas use are understood; a schema with any other keyword (or a {@code $ref}
 *       outside {@code #/$defs}) compiles to {@code null} and the caller always takes the full check;
 *   <li>{@code pattern}s are compiled by networknt's own regular-expression factory, so they match exactly as in
 *       the full check;
 *   <li>lengths must hold whether counted in UTF-16 units or in code points.
 * </ul>
 *
 * A property test compares the findings of both routes on random valid and invalid files.
 */
final class SchemaShortcut {
    /** A compiled (sub)schema: {@code true} when the value certainly passes it. */
    private interface Rule {
        boolean passes(Object value);
    }

    /** Keywords with no effect on validity. */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples");

    private final JsonNode root;
    private final SchemaContext context;
    private final Map<String, Rule> defs = new HashMap<>();
    private final Rule rule;

    private SchemaShortcut(JsonNode root, SchemaContext context) {
        this.root = root;
        this.context = context;
        this.rule = compile(root, true);
    }

    /** The shortcut for {@code schema}, or {@code null} when it uses something the shortcut does not understand. */
    static SchemaShortcut of(JsonNode schema, SchemaContext context) {
        try {
            return new SchemaShortcut(schema, context);
        } catch (Unsupported e) {
            return null;
        }
    }

    /** True when {@code value} (maps, lists, strings, longs) certainly passes the schema. */
    boolean passes(Object value) {
        return rule.passes(value);
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private Rule compile(JsonNode schema, boolean isRoot) {
        if (!schema.isObject()) {
            throw new Unsupported("boolean schema");
        }
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String keyword = e.getKey();
            JsonNode arg = e.getValue();
            if (ANNOTATIONS.contains(keyword)) {
                continue;
            }
            switch (keyword) {
                case "$schema", "$id", "$defs" -> {
                    if (!isRoot) {
                        throw new Unsupported(keyword + " below the root");
                    }
                }
                case "$ref" -> rules.add(ref(arg.asString()));
                case "type" -> rules.add(type(arg));
                case "properties", "additionalProperties" -> {
                    // compiled together below
                }
                case "required" -> rules.add(required(arg));
                case "items" -> {
                    Rule item = compile(arg, false);
                    rules.add(v -> !(v instanceof List<?> list) || list.stream().allMatch(item::passes));
                }
                case "uniqueItems" -> {
                    if (!arg.isBoolean()) {
                        throw new Unsupported("uniqueItems " + arg);
                    }
                    // the canonical values (strings, longs, lists, maps) are equal in Java exactly when JSON says so
                    if (arg.asBoolean()) {
                        rules.add(v -> !(v instanceof List<?> list) || new HashSet<>(list).size() == list.size());
                    }
                }
                case "minLength" -> {
                    int min = count(arg);
                    // code points never outnumber UTF-16 units: enough code points means enough units too
                    rules.add(v -> !(v instanceof String s) || s.codePointCount(0, s.length()) >= min);
                }
                case "maxLength" -> {
                    int max = count(arg);
                    rules.add(v -> !(v instanceof String s) || s.length() <= max);
                }
                case "pattern" -> {
                    RegularExpression regex = RegularExpression.compile(arg.asString(), context);
                    rules.add(v -> !(v instanceof String s) || regex.matches(s));
                }
                case "enum" -> rules.add(enumeration(arg));
                case "minProperties" -> {
                    int min = count(arg);
                    rules.add(v -> !(v instanceof Map<?, ?> m) || m.size() >= min);
                }
                case "minimum" -> {
                    long min = integral(arg);
                    rules.add(v -> !(v instanceof Long n) || n >= min);
                }
                case "maximum" -> {
                    long max = integral(arg);
                    rules.add(v -> !(v instanceof Long n) || n <= max);
                }
                default -> throw new Unsupported(keyword);
            }
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            rules.add(properties(schema.get("properties"), schema.get("additionalProperties")));
        }
        // Values the canonical reader never produces (null, booleans, floats) are not vouched for.
        return v -> {
            if (!(v instanceof String || v instanceof Long || v instanceof List || v instanceof Map)) {
                return false;
            }
            for (Rule r : rules) {
                if (!r.passes(v)) {
                    return false;
                }
            }
            return true;
        };
    }

    private Rule ref(String ref) {
        String prefix = "#/$defs/";
        if (ref == null || !ref.startsWith(prefix) || ref.indexOf('/', prefix.length()) >= 0 || ref.contains("~")) {
            throw new Unsupported("$ref " + ref);
        }
        String name = ref.substring(prefix.length());
        JsonNode def = root.path("$defs").get(name);
        if (def == null) {
            throw new Unsupported("$ref " + ref);
        }
        if (!defs.containsKey(name)) {
            defs.put(name, null); // a reference back to a definition being compiled is resolved when checked
            defs.put(name, compile(def, false));
        }
        return v -> defs.get(name).passes(v);
    }

    private static Rule type(JsonNode arg) {
        return switch (arg.isString() ? arg.asString() : "") {
            case "string" -> v -> v instanceof String;
            case "integer" -> v -> v instanceof Long;
            case "array" -> v -> v instanceof List;
            case "object" -> v -> v instanceof Map;
            default -> throw new Unsupported("type " + arg);
        };
    }

    private static Rule required(JsonNode arg) {
        List<String> names = new ArrayList<>();
        for (JsonNode n : arg) {
            if (!n.isString()) {
                throw new Unsupported("required " + arg);
            }
            names.add(n.asString());
        }
        return v -> !(v instanceof Map<?, ?> map) || names.stream().allMatch(map::containsKey);
    }

    private static Rule enumeration(JsonNode arg) {
        Set<String> values = new HashSet<>();
        for (JsonNode n : arg) {
            if (!n.isString()) {
                throw new Unsupported("enum " + arg); // the values the shortcut sees are strings
            }
            values.add(n.asString());
        }
        return v -> v instanceof String s && values.contains(s);
    }

    private Rule properties(JsonNode properties, JsonNode additional) {
        Map<String, Rule> known = new HashMap<>();
        if (properties != null) {
            if (!properties.isObject()) {
                throw new Unsupported("properties " + properties);
            }
            for (Map.Entry<String, JsonNode> e : properties.properties()) {
                known.put(e.getKey(), compile(e.getValue(), false));
            }
        }
        boolean closed;
        if (additional == null || additional.isBoolean() && additional.asBoolean()) {
            closed = false;
        } else if (additional.isBoolean()) {
            closed = true;
        } else {
            throw new Unsupported("additionalProperties " + additional);
        }
        return v -> {
            if (!(v instanceof Map<?, ?> map)) {
                return true;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Rule r = known.get(String.valueOf(e.getKey()));
                if (r == null ? closed : !r.passes(e.getValue())) {
                    return false;
                }
            }
            return true;
        };
    }

    private static int count(JsonNode arg) {
        if (!arg.isIntegralNumber() || !arg.canConvertToInt() || arg.asInt() < 0) {
            throw new Unsupported("length " + arg);
        }
        return arg.asInt();
    }

    private static long integral(JsonNode arg) {
        if (!arg.isNumber()) {
            throw new Unsupported("bound " + arg);
        }
        BigDecimal d = arg.decimalValue();
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new Unsupported("bound " + arg);
        }
    }
}
