package dev.qbank.importers;

import java.nio.file.Path;

/**
 * One file to import.
 *
 * @param path        where to read it
 * @param displayName the path as the user gave it (folder argument + relative name), with forward slashes
 */
public record InputFile(Path path, String displayName) {
}
