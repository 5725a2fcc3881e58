package dev.qbank.model;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The one place where qbank's YAML and JSON mappers are configured. Both are strict (an unknown field is an error,
 * so a typo in a contributed file is caught) and bounded (content is untrusted: alias bombs, deep nesting, huge
 * scalars and duplicate keys are refused instead of exhausting memory).
 */
public final class QbankMapper {
    /** Longest string value accepted in a question file (an answer with code listings fits easily). */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Largest YAML/JSON document accepted, in characters. */
    public static final int MAX_DOCUMENT_CHARS = 4_000_000;
    /** Deepest nesting accepted; a question is at most four levels deep. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Aliases allowed per YAML document; qbank never writes any, so any real file stays far below. */
    public static final int MAX_ALIASES = 50;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .build();

    private static final YAMLMapper YAML = YAMLMapper.builder(yamlFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private static final JsonMapper JSON = JsonMapper.builder(
                    tools.jackson.core.json.JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private QbankMapper() {
    }

    private static YAMLFactory yamlFactory() {
        LoadSettings load = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_DOCUMENT_CHARS)
                .build();
        // SafeYamlFactory: same factory, but its parsers can report anchors, aliases and tags (see SafeYamlParser).
        return new SafeYamlFactory(YAMLFactory.builder()
                .loadSettings(load)
                .streamReadConstraints(LIMITS)
                // Stable, diff-friendly output: no '---', quotes only where needed, multi-line text as '|' blocks,
                // and no line folding (folding would make one-word edits rewrap whole paragraphs).
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                // ...but a string that looks like a number stays quoted: unquoted, `number: "1.10"` would come
                // back from any YAML reader (and the schema) as the float 1.1, and `id: "0"` as an integer.
                .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR));
    }

    /** Strict, bounded YAML mapper for question files, the manifest and other bank files. */
    public static ObjectMapper yaml() {
        return YAML;
    }

    /** Strict, bounded JSON mapper, same rules as {@link #yaml()}. */
    public static ObjectMapper json() {
        return JSON;
    }
}
