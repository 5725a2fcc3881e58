package dev.qbank.importers;

import dev.qbank.model.Question;
import dev.qbank.model.Sha256;
import dev.qbank.model.Source;
import java.util.HexFormat;
import java.util.List;

/**
 * What a source question gave besides its wording, as its bank source records it ({@link Source#digest}): one short
 * digest per text, {@code prompt=… answer=… explanation=…}, the texts it did not give left out. The bank keeps a
 * digest of each source file too, but a file changes as a whole; this lets a re-import of a changed file tell
 * "upstream changed this question's answer" from "a curator changed it" (the source still gives what it gave), so
 * only the first is recorded as a conflict.
 */
final class SourceDigest {
    /** The text fields a source may give under its question, in the order they are written and reported. */
    static final List<String> FIELDS = List.of("prompt", "answer", "explanation");
    /** Hex digits kept of each text's SHA-256: 64 bits, never alike for an old and a new text by chance. */
    private static final int HEX = 16;

    private SourceDigest() {
    }

    /** The digest of what {@code q}, a question as its source gives it, holds; null when it gives no text. */
    static String of(Question q) {
        StringBuilder out = new StringBuilder();
        for (String field : FIELDS) {
            String value = text(q, field);
            if (value != null && !value.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(field).append('=').append(hex(value));
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** {@code q}'s field ({@link #FIELDS}). */
    static String text(Question q, String field) {
        return switch (field) {
            case "prompt" -> q.prompt();
            case "answer" -> q.answer();
            default -> q.explanation();
        };
    }

    /**
     * Whether {@code recorded}, a source's digest from the bank (null: a bank written before they were kept), says
     * the source gave {@code field} as {@code now} (a digest from {@link #of}) says it does now; false when it cannot
     * tell. A value edited by hand into something else reads as another text, so the field is compared as before.
     */
    static boolean sameGiven(String recorded, String now, String field) {
        return recorded != null && java.util.Objects.equals(part(recorded, field), part(now, field));
    }

    /** The digest of {@code field} in {@code digest}, or null when it holds none. */
    private static String part(String digest, String field) {
        if (digest == null) {
            return null;
        }
        String key = field + '=';
        for (String piece : digest.split(" ")) {
            if (piece.startsWith(key)) {
                return piece.substring(key.length());
            }
        }
        return null;
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(Sha256.of(text), 0, HEX / 2);
    }
}
