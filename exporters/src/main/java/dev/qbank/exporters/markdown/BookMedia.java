package dev.qbank.exporters.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;

/**
 * The media files the book's answers show, copied beside the book. A question's Markdown links its images relative
 * to the bank folder ({@code ![x](media/a.png)}), and the book copies answers as written (that is how it reads back
 * into the same questions), so a book written anywhere but the bank folder, {@code out/qbank.md} by default, showed
 * every image broken and warned {@code media-missing} when imported again. Copying the listed files to the same
 * relative place beside the book keeps both the links and the text as they are, as the Anki package carries its
 * media. Entries were checked to stay inside the bank ({@code ExportRequest}); a listed file that does not exist is
 * not copied (validate reports it as {@code media-missing}).
 */
final class BookMedia {
    private final Set<String> listed = new TreeSet<>();

    void add(Iterable<String> media) {
        media.forEach(listed::add);
    }

    /** Copies each listed file from {@code bankRoot} to the same relative path under {@code folder}. */
    void copy(Path bankRoot, Path folder) throws IOException {
        if (bankRoot == null || listed.isEmpty()) {
            return;
        }
        Path from = bankRoot.toAbsolutePath().normalize();
        Path to = folder.toAbsolutePath().normalize();
        for (String entry : listed) {
            Path source = from.resolve(entry).normalize();
            Path copy = to.resolve(entry).normalize();
            if (!source.startsWith(from) || !copy.startsWith(to) || !Files.isRegularFile(source)
                    || (Files.exists(copy) && Files.isSameFile(source, copy))) {
                continue; // outside (refused before), missing (validate's media-missing), or the book is in the bank
            }
            Files.createDirectories(copy.getParent());
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
