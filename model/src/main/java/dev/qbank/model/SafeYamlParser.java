package dev.qbank.model;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The YAML parser behind {@link QbankMapper#yaml()}, able to report what qbank never writes: anchors, aliases,
 * explicit tags ({@code !!binary}, {@code !foo}) and duplicate keys. It checks the snakeyaml event behind each token
 * (Jackson drops anchors on scalars and turns an alias into its name as a string, so token-level checks miss them).
 * Nothing is expanded, so an alias bomb costs no memory; refusing every alias and anchor also keeps a value from
 * silently becoming an alias name. Checks are off unless a {@link Findings} sink is set, so plain mapper use is
 * unchanged.
 */
public final class SafeYamlParser extends YAMLParser {
    public static final String ALIAS = "alias";
    public static final String TAG = "tag";
    public static final String DUPLICATE_KEY = "duplicate-key";

    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    /** Receives each finding; may throw to stop reading. */
    @FunctionalInterface
    public interface Findings {
        void report(String code, TokenStreamLocation where, String message);
    }

    private Findings findings;
    private final Deque<Set<String>> keys = new ArrayDeque<>();

    SafeYamlParser(ObjectReadContext readCtxt, IOContext ioCtxt, BufferRecycler br, int streamReadFeatures,
            int formatReadFeatures, LoadSettings loadSettings, Reader reader) {
        super(readCtxt, ioCtxt, br, streamReadFeatures, formatReadFeatures, loadSettings, reader);
    }

    /**
     * A parser over {@code text} that sends every finding to {@code findings} and keeps reading, so one pass can
     * report all of them. Duplicate keys are findings here too (the last value wins in the tree).
     */
    public static SafeYamlParser collecting(String text, Findings findings) {
        SafeYamlParser p = (SafeYamlParser) QbankMapper.yaml().reader()
                .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION).createParser(text);
        p.findings = findings;
        return p;
    }

    /**
     * Reads one YAML document strictly: the mapper's rules (unknown fields, duplicate keys, limits) plus no
     * anchors, aliases, tags, or a second document in the same file. Failures are located
     * {@link JacksonException}s.
     */
    public static <T> T read(String text, Class<T> type) {
        SafeYamlParser p = (SafeYamlParser) QbankMapper.yaml().createParser(text);
        try (p) {
            p.findings = (code, where, message) -> {
                throw new StreamReadException(p, message, where);
            };
            T value = QbankMapper.yaml().readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p);
            if (p.nextToken() != null) {
                throw new StreamReadException(p, "a second YAML document ('---'); a file holds exactly one",
                        p.currentTokenLocation());
            }
            return value;
        } catch (StreamConstraintsException e) {
            // Jackson's limit checks know no location; the parser stands at the value that broke the limit
            throw e.getLocation() != null ? e
                    : new StreamConstraintsException(e.getOriginalMessage(), p.currentTokenLocation());
        }
    }

    @Override
    public JsonToken nextToken() throws JacksonException {
        JsonToken t = super.nextToken();
        if (findings != null && t != null) {
            check(t, _lastEvent);
        }
        return t;
    }

    private void check(JsonToken t, Event event) {
        if (event instanceof AliasEvent alias) {
            findings.report(ALIAS, currentTokenLocation(), "alias '*" + alias.getAlias().getValue()
                    + "': qbank files use no anchors or aliases; write the value out in full");
        } else if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
            findings.report(ALIAS, currentTokenLocation(), "anchor '&" + node.getAnchor().get().getValue()
                    + "': qbank files use no anchors or aliases; remove it");
        }
        Optional<String> tag = event instanceof ScalarEvent s ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
        if (tag.isPresent()) {
            findings.report(TAG, currentTokenLocation(), "explicit type tag '" + shortTag(tag.get())
                    + "': qbank files use plain values only; remove the tag");
        }
        switch (t) {
            case START_OBJECT -> keys.push(new HashSet<>());
            case END_OBJECT -> keys.poll();
            case PROPERTY_NAME -> {
                Set<String> seen = keys.peek();
                if (seen != null && !seen.add(currentName())) {
                    findings.report(DUPLICATE_KEY, currentTokenLocation(), "duplicate key '" + currentName()
                            + "': a key may appear once in a mapping; keep one of the entries");
                }
            }
            default -> {
            }
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag;
    }

    /** Closes without a checked exception, for try-with-resources on the concrete type. */
    @Override
    public void close() {
        super.close();
    }
}
