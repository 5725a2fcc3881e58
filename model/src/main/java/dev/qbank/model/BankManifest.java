package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code bank.yaml}: what a bank folder is (schema version, a name) and which source banks fed it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"schemaVersion", "name", "sources"})
public record BankManifest(int schemaVersion, String name, List<SourceBank> sources) {
    /** The version of the question format this build reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public BankManifest {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static BankManifest empty() {
        return new BankManifest(SCHEMA_VERSION, null, List.of());
    }
}
