package dev.qbank.importers.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writing the Word documents the tests build with POI. */
final class WordFiles {
    private WordFiles() {
    }

    static Path save(XWPFDocument doc, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }
}
