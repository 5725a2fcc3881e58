package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Sha256;
import dev.qbank.model.Utf8Errors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * A source file's text, decoded and normalised once so that every importer sees the same thing: strict UTF-8
 * (with or without BOM), or the encoding the user named ({@code --encoding}), line endings turned into {@code \n}.
 * Binary, non-UTF-8 and empty files are refused here, with a message naming the file, before any importer runs.
 *
 * <p>The exception is a container file that binary importers read (a zip such as an Excel workbook or an Anki
 * package, or an OLE2 compound file such as an encrypted workbook), recognised by its first bytes: it becomes a
 * {@link #binary()} document with no text, which only importers declaring {@link Importer#binary()} see; they read
 * it from {@link #path()}, streaming, so its bytes are never held here. A container no binary importer claims is
 * refused as binary like any other (see {@link FormatDetector}).
 *
 * @param file  the path as the user gave it, with forward slashes; this is what {@code Source.file} records
 * @param path  where to read it (and resolve relative media against)
 * @param text  the whole text, BOM removed, {@code \r\n} and lone {@code \r} turned into {@code \n}
 * @param bytes the file's size in bytes
 * @param sha256 hex digest of the file's bytes
 * @param binary a container file for a binary importer: {@code text} is empty, the content is read from {@code path}
 * @param encoding the character set that decoded the text when import was told one ({@code --encoding}) and the
 *                 file had no byte-order mark to say otherwise; null for UTF-8, UTF-16 with a BOM and binary files
 */
public record SourceDocument(String file, Path path, String text, long bytes, String sha256, boolean binary,
                             String encoding) {
    /** The message for a binary file no importer reads. */
    static final String NOT_TEXT = "this is a binary file, not a text question bank "
            + "(import takes UTF-8 text: Markdown, plain lists, JSON, CSV; Excel .xlsx workbooks, Word .docx documents "
            + "and Anki .apkg decks)";
    /** First bytes of a zip archive (a local file header, or the end record of an empty archive). */
    private static final byte[][] CONTAINER_MAGIC = {
            {'P', 'K', 3, 4}, {'P', 'K', 5, 6},
            // OLE2 compound file: an encrypted .xlsx, or a legacy .xls
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}};
    private static final int MAGIC_LENGTH = 8;

    /** A text document. */
    public SourceDocument(String file, Path path, String text, long bytes, String sha256) {
        this(file, path, text, bytes, sha256, false);
    }

    /** A document read as UTF-8, or a binary one. */
    public SourceDocument(String file, Path path, String text, long bytes, String sha256, boolean binary) {
        this(file, path, text, bytes, sha256, binary, null);
    }

    /** Reads and checks a UTF-8 file. @throws QbankException naming the file when it is not usable text */
    public static SourceDocument load(Path path, String displayName) {
        return load(path, displayName, StandardCharsets.UTF_8);
    }

    /**
     * Reads and checks a file whose text is in {@code encoding} unless a byte-order mark says it is UTF-8 or
     * UTF-16 (a mark is the file's own word, where {@code --encoding} is the user's for a whole run).
     *
     * @throws QbankException naming the file when it is not usable text
     */
    public static SourceDocument load(Path path, String displayName, Charset encoding) {
        byte[] data;
        try {
            if (isContainer(head(path))) {
                return container(path, displayName);
            }
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw QbankException.usage("io", displayName, cannotRead(e));
        }
        return of(path, displayName, data, encoding);
    }

    /**
     * Why a file or folder could not be read, and what to do. Java's message for a refused permission is the bare
     * path ("cannot read: /x/a.txt" said neither why nor what next).
     */
    static String cannotRead(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied; give yourself read access (chmod u+r, and u+x for a folder) or "
                    + "leave it out";
        }
        return "cannot read: " + e.getMessage();
    }

    /** Checks and decodes UTF-8 bytes already in memory. */
    public static SourceDocument of(Path path, String displayName, byte[] data) {
        return of(path, displayName, data, StandardCharsets.UTF_8);
    }

    static SourceDocument of(Path path, String displayName, byte[] data, Charset encoding) {
        if (isContainer(data)) {
            return new SourceDocument(displayName, path, "", data.length, Sha256.hex(data), true);
        }
        Charset utf16 = utf16Bom(data);
        if (utf16 != null) {
            return ofUtf16(path, displayName, data, utf16);
        }
        int offset = hasBom(data) ? 3 : 0;
        if (offset == 0 && !encoding.equals(StandardCharsets.UTF_8)) {
            return ofNamedEncoding(path, displayName, data, encoding);
        }
        for (int i = offset; i < data.length; i++) {
            if (data[i] == 0) {
                throw fail(displayName, "binary", NOT_TEXT);
            }
        }
        // Decoded straight into a string: a strict CharsetDecoder would first fill a char buffer sized for the
        // worst case (two bytes per input byte, ~50 MB for a 24 MB file) that a large import then has to collect.
        // Malformed input comes out as U+FFFD here, so only a text holding U+FFFD (rare, and possibly genuine) is
        // checked strictly, to tell the two apart.
        String text = new String(data, offset, data.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            Utf8Errors.BadByte bad = Utf8Errors.firstBad(data, offset);
            if (bad != null) {
                String hint = LegacyEncodingHint.advice(data, StandardCharsets.UTF_8);
                throw new QbankException(List.of(Diagnostic.error("encoding", displayName, bad.line(), bad.column(),
                        "not valid UTF-8 at " + bad.where() + "; " + (hint != null ? hint : Utf8Errors.ADVICE
                                + ", or re-run with --encoding NAME"))), QbankException.EXIT_FINDINGS);
            }
        }
        return checked(path, displayName, text, data, null);
    }

    /** A file in the encoding the user named, decoded strictly: a byte it does not map is an error, not a '?'. */
    private static SourceDocument ofNamedEncoding(Path path, String displayName, byte[] data, Charset encoding) {
        String text = new String(data, encoding);
        if (text.indexOf('\uFFFD') >= 0) { // as above: only a text holding U+FFFD is checked strictly
            Utf8Errors.BadByte bad = Utf8Errors.firstBad(data, 0, encoding);
            if (bad != null) {
                String hint = LegacyEncodingHint.advice(data, encoding);
                throw new QbankException(List.of(Diagnostic.error("encoding", displayName, bad.line(), bad.column(),
                        "not valid " + encoding.name() + " at " + bad.where() + "; " + (hint != null ? hint
                                : "is --encoding " + encoding.name() + " right for this file? (UTF-8 is read "
                                        + "without it)"))), QbankException.EXIT_FINDINGS);
            }
        }
        if (text.indexOf('\0') >= 0) { // checked on the text: in UTF-16 without a mark, half the bytes are 0
            throw fail(displayName, "binary", NOT_TEXT);
        }
        return checked(path, displayName, text, data, encoding.name());
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(MAGIC_LENGTH);
        }
    }

    private static boolean isContainer(byte[] data) {
        for (byte[] magic : CONTAINER_MAGIC) {
            if (data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length)) {
                return true;
            }
        }
        return false;
    }

    /** A container file, digested as it streams by: its bytes are not kept (a workbook may be large). */
    private static SourceDocument container(Path path, String displayName) throws IOException {
        return new SourceDocument(displayName, path, "", Files.size(path), Sha256.hex(path), true);
    }

    private static SourceDocument checked(Path path, String displayName, String text, byte[] data, String encoding) {
        text = normaliseLineEndings(text);
        if (text.isBlank()) {
            throw fail(displayName, "empty", "the file is empty: nothing to import");
        }
        return new SourceDocument(displayName, path, text, data.length, Sha256.hex(data), false,
                encoding);
    }

    /**
     * Windows Notepad's "Unicode" is UTF-16 with a byte-order mark; such a file is as much a text bank as a UTF-8
     * one, so it is read, not called binary. Without the mark UTF-16 cannot be told from binary and stays refused.
     */
    private static SourceDocument ofUtf16(Path path, String displayName, byte[] data, Charset cs) {
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, 2, data.length - 2)).toString();
        } catch (CharacterCodingException e) {
            throw fail(displayName, "encoding", "starts with a UTF-16 byte-order mark but is not valid UTF-16; "
                    + "re-save the file as UTF-8");
        }
        if (text.indexOf('\0') >= 0) {
            throw fail(displayName, "binary", "this is a binary file, not a text question bank "
                    + "(import takes UTF-8 or UTF-16 text: Markdown, plain lists, qbank JSON)");
        }
        return checked(path, displayName, text, data, null);
    }

    private static Charset utf16Bom(byte[] d) {
        if (d.length >= 2 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (d.length >= 2 && (d[0] & 0xff) == 0xFE && (d[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static QbankException fail(String file, String code, String message) {
        return new QbankException(List.of(Diagnostic.error(code, file, 0, 0, message)), QbankException.EXIT_FINDINGS);
    }

    private static boolean hasBom(byte[] d) {
        return d.length >= 3 && (d[0] & 0xff) == 0xEF && (d[1] & 0xff) == 0xBB && (d[2] & 0xff) == 0xBF;
    }

    static String normaliseLineEndings(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * This document without its text, for keeping after it has been read: a million questions' sources are
     * hundreds of megabytes, which an import must not hold while it merges.
     */
    public SourceDocument withoutText() {
        return new SourceDocument(file, path, "", bytes, sha256, binary, encoding);
    }

    /**
     * This document read as {@code rewritten}, a line-for-line rewrite of its text (a reader's view of its markup,
     * every line where it was); the document itself when the text is the same string.
     */
    public SourceDocument withText(String rewritten) {
        return rewritten == text ? this : new SourceDocument(file, path, rewritten, bytes, sha256, binary, encoding);
    }

    /**
     * For a binary document: whether it is a zip archive holding an entry of this name (read from the archive's
     * directory, not its content); false for text, another container or a zip too damaged to list.
     */
    public boolean hasZipEntry(String name) {
        if (!binary) {
            return false;
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.getEntry(name) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public List<String> lines() {
        return text.lines().toList();
    }

    /** File name without folders, e.g. for the source bank's label. */
    public String fileName() {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
