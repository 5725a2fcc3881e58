package dev.qbank.schema;

import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import dev.qbank.model.BankFileProblem;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.SafeYamlParser;
import dev.qbank.model.YamlHints;
import dev.qbank.model.YamlProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;

/**
 * One YAML file read into a tree whose nodes know their line and column (networknt's location-aware node
 * factory), plus every finding met on the way: syntax errors, anchors, aliases, tags, duplicate keys, limits.
 *
 * @param text        the file's text (kept to locate keys when a finding needs one)
 * @param tree        the document, or {@code null} when it could not be read at all
 * @param diagnostics findings, in file order
 */
public record YamlDocument(String file, String text, JsonNode tree, List<Diagnostic> diagnostics) {
    /** At most this many findings of one kind per file: an alias bomb has thousands, one line says enough. */
    static final int MAX_PER_CODE = 5;

    public static YamlDocument read(String file, String text) {
        List<Diagnostic> found = new ArrayList<>();
        int[] counts = new int[3];
        TokenStreamLocation[] firstUnshown = new TokenStreamLocation[3];
        SafeYamlParser.Findings sink = (code, where, message) -> {
            int slot = switch (code) {
                case SafeYamlParser.ALIAS -> 0;
                case SafeYamlParser.TAG -> 1;
                default -> 2;
            };
            if (++counts[slot] <= MAX_PER_CODE) {
                found.add(Diagnostic.error(code, file, line(where), column(where), message));
            } else if (firstUnshown[slot] == null) {
                firstUnshown[slot] = where;
            }
        };
        JsonNode tree = null;
        try (SafeYamlParser p = SafeYamlParser.collecting(text, sink)) {
            try {
                tree = QbankMapper.yaml().reader(new LocationJsonNodeFactory(p))
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(p);
                if (tree != null && p.nextToken() != null) {
                    found.add(Diagnostic.error("yaml", file, documentMarkerLine(text, line(p.currentTokenLocation())),
                            1, "a second YAML document starts here ('---'); a file holds one question: move it to a "
                                    + "file of its own, or delete this line"));
                }
            } catch (StreamConstraintsException e) {
                TokenStreamLocation at = p.currentTokenLocation();
                found.add(Diagnostic.error("too-large", file, line(at), column(at), BankFileProblem.tooLarge(e)));
                tree = null;
            } catch (JacksonException e) {
                YamlProblem mistake = YamlHints.problem(text, e);
                found.add(Diagnostic.error("yaml", file, mistake.line(), mistake.column(),
                        "invalid YAML: " + mistake.message()));
                tree = null;
            }
        }
        String[] codes = {SafeYamlParser.ALIAS, SafeYamlParser.TAG, SafeYamlParser.DUPLICATE_KEY};
        for (int i = 0; i < codes.length; i++) {
            if (counts[i] > MAX_PER_CODE) {
                found.add(Diagnostic.error(codes[i], file, line(firstUnshown[i]), column(firstUnshown[i]),
                        (counts[i] - MAX_PER_CODE) + " more [" + codes[i] + "] findings from here on not shown"));
            }
        }
        if (tree == null && found.isEmpty() || tree != null && tree.isMissingNode()) {
            tree = null;
            if (found.isEmpty()) {
                found.add(Diagnostic.error("yaml", file, 1, 1, "the file is empty"));
            }
        }
        return new YamlDocument(file, text, tree, List.copyOf(found));
    }

    /**
     * The line of the {@code ---} that starts the second document: the parser stands at the document's first token,
     * a line or more further on (past the end of the file for a trailing {@code ---}).
     */
    private static int documentMarkerLine(String text, int tokenLine) {
        for (int l = Math.max(1, tokenLine); l > 1; l--) {
            String s = YamlHints.lineText(text, l);
            if (s.startsWith("---") && (s.length() == 3 || Character.isWhitespace(s.charAt(3)))) {
                return l;
            }
        }
        return tokenLine;
    }

    /** Where {@code node} starts in the file, or {@code null} if it was not read from it. */
    public static TokenStreamLocation locationOf(JsonNode node) {
        return node instanceof TokenStreamLocationAware a ? a.tokenStreamLocation() : null;
    }

    /**
     * Where the keys at {@code pointers} (e.g. {@code /sources/0/txt}) are written, in one pass over the text
     * however many are asked for: a file with thousands of unknown keys must not be read once per key. Re-reads the
     * text: only called for files that already have a finding, so valid files are parsed once.
     */
    public Map<String, TokenStreamLocation> keyLocations(Set<String> pointers) {
        Map<String, TokenStreamLocation> found = new HashMap<>();
        if (pointers.isEmpty()) {
            return found;
        }
        try (SafeYamlParser p = SafeYamlParser.collecting(text, (c, w, m) -> { })) {
            for (JsonToken t = p.nextToken(); t != null && found.size() < pointers.size(); t = p.nextToken()) {
                if (t == JsonToken.PROPERTY_NAME) {
                    String at = p.streamReadContext().pathAsPointer().toString();
                    if (pointers.contains(at)) {
                        found.putIfAbsent(at, p.currentTokenLocation());
                    }
                }
            }
        } catch (JacksonException e) {
            // fall through: the caller uses the node's own location for the keys not found
        }
        return found;
    }

    static int line(TokenStreamLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    static int column(TokenStreamLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
    }
}
