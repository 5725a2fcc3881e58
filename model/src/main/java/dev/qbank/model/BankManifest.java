package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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

    /**
     * Whether the source file an entry names ({@link SourceBank#file}, a path from the folder holding the bank, as
     * the import records it) is no longer there: deleted, moved, or a name no path can be. Only a file-system
     * lookup, never a read; asked by the import (a file with a gone entry's bytes was renamed) and by validate.
     */
    public static boolean sourceGone(Path bankRoot, String file) {
        Path base = bankRoot.toAbsolutePath().normalize().getParent();
        try {
            return Files.notExists(base == null ? Path.of(file) : base.resolve(file));
        } catch (InvalidPathException e) {
            return true;
        }
    }
}
