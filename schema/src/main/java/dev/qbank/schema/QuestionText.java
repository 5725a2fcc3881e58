package dev.qbank.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Question text folded for likely-duplicate detection: NFKC (full-width and half-width forms agree), lower case,
 * and no white space, punctuation or symbols. Two questions with the same folded text are almost surely the same
 * question typed twice. The same folding as the importers' exact-text dedup index.
 */
public final class QuestionText {
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private QuestionText() {
    }

    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOISE.matcher(s).replaceAll("");
    }

    /** A 128-bit digest of the folded text: a fixed-size map key however long the question is. */
    public record Key(long high, long low) {
    }

    public static Key key(String text) {
        byte[] d = sha256(fold(text));
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (d[i] & 0xff);
            lo = (lo << 8) | (d[i + 8] & 0xff);
        }
        return new Key(hi, lo);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
