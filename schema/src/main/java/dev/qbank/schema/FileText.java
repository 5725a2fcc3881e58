package dev.qbank.schema;

import dev.qbank.model.BankFileProblem;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.PlainFiles;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Utf8Errors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads a file to check as strict UTF-8 text, or says in one finding why it cannot: too large, not UTF-8,
 * unreadable.
 *
 * <p>A question file is a few hundred bytes, so for a million of them the system calls cost more than the bytes:
 * the common case is read with three or four (open, read until end of file, close) into a buffer each thread
 * keeps, instead of six (a separate size lookup by path, an open, a size lookup on the open file, two reads, a
 * close). A file larger than the buffer, or any failure, takes the general route, which alone writes findings.
 */
final class FileText {
    /** Finding code of a question file that is a symbolic link leading out of the bank, or to nothing. */
    static final String LINK = "link";
    /** Larger files are refused before being read (4 bytes per character at most in UTF-8). */
    private static final long MAX_FILE_BYTES = 4L * QbankMapper.MAX_DOCUMENT_CHARS;
    /** Files up to this size are read in one go into the thread's buffer (question files are far smaller). */
    private static final int SMALL_FILE_BYTES = 64 * 1024;
    private static final ThreadLocal<ByteBuffer> BUFFER =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(SMALL_FILE_BYTES));

    private FileText() {
    }

    /**
     * The text of {@code path}, a file of the bank at {@code bankRoot}, or {@code null} with a finding added to
     * {@code out}.
     */
    static String read(Path path, Path bankRoot, String file, List<Diagnostic> out) {
        String text = readSmall(path);
        return text != null ? text : readGeneral(path, bankRoot, file, out);
    }

    /**
     * The text of a small, well-formed UTF-8 file, or {@code null} (too large for the buffer, unreadable, not UTF-8:
     * the general route then decides, and words the finding).
     */
    private static String readSmall(Path path) {
        ByteBuffer buffer = BUFFER.get().clear();
        try {
            // a named pipe would block the open below for ever, waiting for a writer: look first (one stat). Not
            // through a symbolic link: a link takes the general route, which checks where it leads.
            if (!Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    return decode(buffer.flip());
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Decoding with replacement is much faster than a strict decoder, and a malformed sequence always turns into at
     * least one U+FFFD; only text holding one is decoded again strictly, to tell a real U+FFFD from bad bytes.
     */
    private static String decode(ByteBuffer bytes) {
        byte[] b = new byte[bytes.remaining()];
        bytes.get(b);
        String text = new String(b, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    /** The general route: any size, strict decoding, a finding for each way it can fail. */
    static String readGeneral(Path path, Path bankRoot, String file, List<Diagnostic> out) {
        try {
            String link = linkProblem(path, bankRoot);
            if (link != null) {
                out.add(Diagnostic.error(LINK, file, 0, 0, link + "; put the question file itself here"));
                return null;
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            String notPlain = PlainFiles.problem(attributes);
            if (notPlain != null) {
                out.add(Diagnostic.error(ValidationReport.IO, file, 0, 0, notPlain));
                return null;
            }
            long size = attributes.size();
            if (size > MAX_FILE_BYTES) {
                out.add(Diagnostic.error(BankValidator.TOO_LARGE, file, 0, 0, "file is " + size + " bytes; a "
                        + "question file may hold at most " + QbankMapper.MAX_DOCUMENT_CHARS + " characters"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(path);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                Utf8Errors.BadByte bad = Utf8Errors.firstBad(bytes, 0);
                int line = bad == null ? 0 : bad.line();
                int column = bad == null ? 0 : bad.column();
                out.add(Diagnostic.error("yaml", file, line, column, "not valid UTF-8"
                        + (bad == null ? "" : " at " + bad.where()) + "; " + Utf8Errors.ADVICE));
                return null;
            }
            if (text.length() > QbankMapper.MAX_DOCUMENT_CHARS) {
                out.add(Diagnostic.error(BankValidator.TOO_LARGE, file, 0, 0, BankFileProblem.tooLong(text.length())));
                return null;
            }
            return text;
        } catch (NoSuchFileException e) {
            out.add(Diagnostic.error(ValidationReport.IO, file, 0, 0, "file disappeared while validating"));
        } catch (IOException e) {
            out.add(Diagnostic.error(ValidationReport.IO, file, 0, 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /**
     * Why {@code path}, if it is a symbolic link, must not be read: it leads out of the bank (a pull request could
     * make CI, and the next export, read any file of the machine), or to nothing. Null for a plain file or a link
     * that stays inside the bank.
     */
    private static String linkProblem(Path path, Path bankRoot) throws IOException {
        if (!Files.isSymbolicLink(path)) {
            return null;
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (FileSystemException e) {
            return "a symbolic link to nothing (a missing file, or a circle of links)";
        }
        return target.startsWith(bankRoot.toRealPath()) ? null : "a symbolic link leading outside the bank folder";
    }
}
