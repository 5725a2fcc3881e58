package dev.qbank.importers.docx;

import dev.qbank.importers.ConvertedMarkdown;
import dev.qbank.importers.Importer;
import dev.qbank.importers.OfficeFiles;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.UnpackedMedia;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A Word document ({@code .docx}), the way many interview banks are shared: its text is turned into the Markdown
 * it stands for ({@link WordText}: heading styles, Word's automatic numbering and bullets, bold, tables) and read
 * by the Markdown importer whose shape it has (numbered list, chapters, Q&amp;A, table), detected as for a text
 * file. A question's line is the number of its paragraph in the document (table rows count one each), its source's
 * format {@code docx}. Opened with POI (zip-bomb limits on). The pictures the text shows are written to a temporary
 * folder ({@link #extractedMedia}) for the import to bring into the bank with the questions that link them.
 */
public final class DocxImporter implements Importer {
    public static final String NAME = "docx";
    static final String DOCUMENT_PART = "word/document.xml";
    private static final String RESAVE = "open it in Word (or LibreOffice / WPS) and save it as a Word document "
            + "(.docx)";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Word document (.docx): headings, numbered lists, Q&A labels or a table, read as the Markdown shapes";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public double sniff(SourceDocument doc) {
        // an old .doc or an encrypted .docx scores above xlsx's 0.9: read() says what to do
        return OfficeFiles.sniff(doc, DOCUMENT_PART, () -> legacyKind(doc), 0.92, ".docx", ".docm");
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        if (!doc.binary()) {
            throw error(doc, "not a Word document: a .docx file is a zip package, and this is text");
        }
        String legacy = legacyKind(doc);
        if (legacy != null) {
            throw error(doc, legacy);
        }
        WordText word;
        try (OPCPackage pkg = OPCPackage.open(doc.path().toFile(), PackageAccess.READ);
             XWPFDocument d = new XWPFDocument(pkg)) {
            word = WordText.of(d);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw unreadable(doc, e);
        }
        ConvertedMarkdown.read(doc, word.markdown(), NAME, word::element, "no question list, Q&A labels or question "
                + "table in this document's text; qbank reads numbered questions, headings over answers, 问：/答： labels "
                + "or a table with a 题目/question column", questions, warnings);
        unpack(doc, word.pictures());
        warnLeftOut(doc, word.furniture(), warnings);
        for (QuestionAnswerTable.Ambiguous t : word.headerless()) {
            warnings.accept(Diagnostic.warning("table-no-header", doc.file(), t.element(), 0, "this table of "
                    + t.rows() + " rows has no header row; it was read as question | answer, since most of its left "
                    + "cells ask, but " + t.notAsking().size() + " do not (paragraph" + (t.notAsking().size() == 1
                    ? " " : "s ") + String.join(", ", t.notAsking().stream().map(String::valueOf).toList())
                    + "): check them, and if the first row is not a question, name the columns in it (题目 | 答案)"));
        }
    }

    /** Says which paragraphs were left out as the pages' furniture (see {@link PageFurniture}). */
    private static void warnLeftOut(SourceDocument doc, PageFurniture.Found found,
                                    Consumer<Diagnostic> warnings) {
        List<PageFurniture.LeftOut> numbers = found.pageNumbers();
        if (!numbers.isEmpty()) {
            warnings.accept(Diagnostic.warning("page-furniture", doc.file(), numbers.get(0).element(), 0,
                    numbers.size() + " paragraphs are page numbers ('" + numbers.get(0).text() + "', paragraphs "
                            + paragraphs(numbers) + "), left in the text by a conversion from PDF; not imported, "
                            + "they would end the answer above them"));
        }
        Map<String, List<PageFurniture.LeftOut>> running = new LinkedHashMap<>();
        found.runningLines().forEach(l -> running.computeIfAbsent(l.text(), k -> new ArrayList<>()).add(l));
        running.forEach((text, lines) -> warnings.accept(Diagnostic.warning("page-furniture", doc.file(),
                lines.get(0).element(), 0, "'" + text + "' stands at the top or bottom of " + lines.size()
                        + " pages (paragraphs " + paragraphs(lines) + "): the pages' running header or footer, "
                        + "not text; not imported")));
    }

    private static String paragraphs(List<PageFurniture.LeftOut> lines) {
        return String.join(", ", lines.stream().map(l -> String.valueOf(l.element())).toList());
    }

    @Override
    public Path extractedMedia(SourceDocument doc) {
        return UnpackedMedia.ifUnpacked(NAME, doc);
    }

    private static Path mediaFolder(SourceDocument doc) {
        return UnpackedMedia.folder(NAME, doc);
    }

    /** Writes the pictures where {@link #extractedMedia} finds them; the import deletes the folder. */
    private static void unpack(SourceDocument doc, List<WordText.Picture> pictures) {
        if (pictures.isEmpty()) {
            return;
        }
        Path folder = mediaFolder(doc);
        try {
            Files.createDirectories(folder);
            folder.toFile().deleteOnExit(); // for a run that dies before the import deletes it
            for (WordText.Picture picture : pictures) {
                Path file = folder.resolve(picture.name());
                file.toFile().deleteOnExit();
                Files.write(file, picture.data());
            }
        } catch (IOException e) {
            throw QbankException.usage("io", doc.file(), "cannot write this document's pictures to " + folder + ": "
                    + e.getMessage());
        }
    }

    /** The question with its source's line as the paragraph's number and its format as this one. */
    /** What to do about an OLE2 file, which is not a .docx: an old Word document or an encrypted one; else null. */
    private static String legacyKind(SourceDocument doc) {
        if (doc.hasZipEntry(DOCUMENT_PART)) {
            return null;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(doc.path().toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") && doc.file().toLowerCase(Locale.ROOT).matches(".*\\.doc[xm]?$")) {
                return "this document is encrypted (protected by a password to open); remove the password in Word "
                        + "(File > Info > Protect Document), save, and import again";
            }
            if (root.hasEntry("WordDocument")) {
                return "this is a Word 97-2003 document (.doc), which qbank does not read; " + RESAVE;
            }
            return null;
        } catch (IOException | RuntimeException notOle2) {
            return null;
        }
    }

    private static QbankException unreadable(SourceDocument doc, Exception e) {
        return OfficeFiles.unreadable(NAME, doc, e, "document", RESAVE);
    }

    private static QbankException error(SourceDocument doc, String message) {
        return OfficeFiles.error(NAME, doc, message);
    }
}
