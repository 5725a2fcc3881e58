package dev.qbank.exporters.anki;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text functions Anki applies to a note, re-implemented so the package carries the values Anki itself would
 * compute: the sort field and the first-field checksum ({@code notes.sfld}, {@code notes.csum}) are the first field
 * with HTML stripped (media tags keep their file name), and the checksum is the first four bytes of its SHA-1 read
 * as a big-endian unsigned integer. Anki normalises fields to NFC on import, so we do too before hashing.
 */
final class AnkiText {
    /** Comments, style and script blocks with their content, then any other tag (Anki's own order). */
    private static final Pattern HTML = Pattern.compile(
            "(<!--.*?-->)|(<style.*?>.*?</style>)|(<script.*?>.*?</script>)|(<.*?>)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** An img/audio/video/object/source tag: its src (or data) file name survives stripping. */
    private static final Pattern MEDIA_TAG = Pattern.compile(
            "<\\b(?:img|audio|video|object|source)\\b(?:[^>]|\"[^\"]+?\"|'[^']+?')+?\\b(?:src|data)\\b="
                    + "(?:\"([^\"]+?)\"[^>]*>|'([^']+?)'[^>]*>|([^ >]+?)(?: [^>]*>|>))",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");

    private AnkiText() {
    }

    static String nfc(String s) {
        if (s == null) {
            return "";
        }
        return isNfcByRange(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * True when every character is in a range whose characters are all NFC quick-check "yes" with combining class 0:
     * below U+0300 (Latin-1 and the Latin Extended blocks), CJK symbols and punctuation U+3000-U+3029, CJK unified
     * ideographs U+4E00-U+9FFF, and full-width forms U+FF01-U+FF5E. Composition only ever joins a character to a
     * following one whose quick check is "maybe", and there is none in these ranges, so such text is NFC as it is.
     * Most fields qualify, and the normaliser's own check was a visible share of the export.
     */
    static boolean isNfcByRange(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && !(c >= 0x4e00 && c <= 0x9fff) && !(c >= 0x3000 && c <= 0x3029)
                    && !(c >= 0xff01 && c <= 0xff5e)) {
                return false;
            }
        }
        return true;
    }

    /** Anki's {@code strip_html_preserving_media_filenames}. */
    static String stripHtmlPreservingMediaFilenames(String html) {
        if (html.indexOf('<') < 0) {
            // no tag to strip (both patterns start with '<'): only references remain to decode
            return decodeEntities(html);
        }
        Matcher m = MEDIA_TAG.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            m.appendReplacement(sb, Matcher.quoteReplacement(" " + name + " "));
        }
        m.appendTail(sb);
        return decodeEntities(HTML.matcher(sb).replaceAll(""));
    }

    /**
     * Decodes character references and turns no-break spaces into spaces, as Anki does. Anki gives up and keeps the
     * text as it is when a reference is unknown; our own HTML only ever holds the few references handled here.
     */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String decoded;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                decoded = codePoint(ref.substring(2), 16);
            } else if (ref.startsWith("#")) {
                decoded = codePoint(ref.substring(1), 10);
            } else {
                decoded = NAMED.get(ref);
            }
            if (decoded == null) {
                return text;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(sb);
        return sb.toString().replace('\u00a0', ' ');
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Anki's {@code field_checksum}: first 32 bits of SHA-1 of the stripped first field, unsigned. */
    static long fieldChecksum(String firstField) {
        return checksumOfStripped(stripHtmlPreservingMediaFilenames(firstField));
    }

    /** The checksum of a first field already passed through {@link #stripHtmlPreservingMediaFilenames}. */
    static long checksumOfStripped(String stripped) {
        byte[] d = sha1(stripped);
        return ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
    }

    static byte[] sha1(String text) {
        // one digest per thread: looking the algorithm up again for every hash cost more than the hashing
        return SHA1.get().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    });

    /**
     * One Anki tag: Anki splits a note's tags on spaces and on the ideographic space U+3000 and drops ASCII control
     * characters, so any whitespace inside a tag becomes {@code _}; {@code ::} is Anki's hierarchy separator.
     */
    static String tag(String raw) {
        String t = nfc(raw).strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // every character the two patterns can match ([\s] and \p{Cntrl} are ASCII-only in Java): most tags
            // have none, and two regex passes per tag were a visible share of the export
            if (c <= ' ' || c == '\u007f' || c == '\u00a0' || c == '\u3000') {
                return t.replaceAll("[\\s\\u3000\\u00a0]+", "_").replaceAll("\\p{Cntrl}", "");
            }
        }
        return t;
    }
}
