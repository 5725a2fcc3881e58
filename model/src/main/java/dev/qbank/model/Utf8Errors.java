package dev.qbank.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a file stops being UTF-8 (or the encoding import was told to read it in), said the way a person finds it in an editor: line and column of the first bad byte.
 * Shared by every reader of text (the importers' sources, {@code qbank validate}, the bank's own reader), so a GBK or
 * Latin-1 file is pointed at the same way wherever it turns up.
 */
public final class Utf8Errors {
    /** What to do about a file that is not UTF-8, for the end of a message. */
    public static final String ADVICE = "save the file as UTF-8 (an editor's 'Save with Encoding', or "
            + "'iconv -f GBK -t UTF-8')";

    private Utf8Errors() {
    }

    /**
     * The first bad byte of {@code bytes[from..]}.
     *
     * @param offset index of the byte in {@code bytes}
     * @param line   1-based line, counting {@code \n} from {@code from}
     * @param column 1-based, in characters (code points) of that line, as findings count columns
     * @param value  the byte, 0-255
     */
    public record BadByte(int offset, int line, int column, int value) {
        /** {@code line 3, column 12 (byte 0xD6)}. */
        public String where() {
            return "line " + line + ", column " + column + " (byte 0x"
                    + Integer.toHexString(value).toUpperCase(Locale.ROOT) + ")";
        }
    }

    /** The first byte of {@code bytes} from {@code from} on that is not part of valid UTF-8, or null when all are. */
    public static BadByte firstBad(byte[] bytes, int from) {
        if (from == 0 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            from = 3; // a byte-order mark is no character an editor shows: columns count from after it
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return at(bytes, from, in.position());
            }
            if (result.isUnderflow()) {
                return null;
            }
            out.clear();
        }
    }

    /**
     * The first byte of {@code bytes} from {@code from} on that does not decode in {@code charset} (a file import
     * was told to read as GB18030, say), or null when all do. Line and column count the characters decoded before
     * it, as an editor set to that encoding shows them.
     */
    public static BadByte firstBad(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        int[] lineColumn = {1, 1};
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
            }
            count(out, lineColumn);
            if (result.isError()) {
                return new BadByte(in.position(), lineColumn[0], lineColumn[1], bytes[in.position()] & 0xFF);
            }
            if (result.isUnderflow()) {
                return null;
            }
        }
    }

    /** Moves {@code lineColumn} past the characters decoded into {@code out}, and empties it. */
    private static void count(CharBuffer out, int[] lineColumn) {
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                lineColumn[0]++;
                lineColumn[1] = 1;
            } else if (!Character.isLowSurrogate(c)) { // a surrogate pair is one character
                lineColumn[1]++;
            }
        }
        out.clear();
    }

    private static BadByte at(byte[] bytes, int from, int bad) {
        int line = 1;
        int lineStart = from;
        for (int i = from; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < bad; i++) {
            if ((bytes[i] & 0xC0) != 0x80) { // a character starts at every byte that does not continue one
                column++;
            }
        }
        return new BadByte(bad, line, column, bytes[bad] & 0xFF);
    }
}
