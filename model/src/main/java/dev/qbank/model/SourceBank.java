package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One source document that was imported into the bank, as listed in the bank manifest.
 *
 * @param file      path as given to import (forward slashes)
 * @param format    the importer that read it
 * @param sha256    hex digest of the file's bytes when it was last imported
 * @param questions how many questions it held
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"file", "format", "sha256", "questions"})
public record SourceBank(String file, String format, String sha256, int questions) {
    public SourceBank {
        Objects.requireNonNull(file, "file");
    }
}
