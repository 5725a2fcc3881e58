package dev.qbank.importers;

import java.nio.file.Path;

/**
 * One file to import.
 *
 * @param path        where to read it
 * @param displayName  the path as the user gave it (folder argument + relative name), with forward slashes: what
 *                     messages name, so that it can be opened from where the command ran
 * @param recordedName what the bank records as the file's name (in its questions' sources and the manifest); see
 *                     {@link InputCollector}
 */
public record InputFile(Path path, String displayName, String recordedName) {
    /** A file the bank records under the name the user gave it. */
    public InputFile(Path path, String displayName) {
        this(path, displayName, displayName);
    }
}
