package dev.qbank.importers;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary folder a package's pictures are unpacked into for the import ({@link Importer#extractedMedia}):
 * named by the importer, the package's digest and this process, so two imports running at once, or two packages,
 * never share one. The import deletes it once the bank is written.
 */
public final class UnpackedMedia {
    private UnpackedMedia() {
    }

    /** Where {@code importer} unpacks {@code doc}'s pictures. */
    public static Path folder(String importer, SourceDocument doc) {
        return Path.of(System.getProperty("java.io.tmpdir"), "qbank-" + importer + "-media-"
                + doc.sha256().substring(0, 16) + "-" + ProcessHandle.current().pid());
    }

    /** That folder when reading {@code doc} made it, else null. */
    public static Path ifUnpacked(String importer, SourceDocument doc) {
        Path folder = folder(importer, doc);
        return Files.isDirectory(folder) ? folder : null;
    }
}
