package dev.qbank.model;

import java.util.HexFormat;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Assigns question ids. An id is derived once, when a question first enters the bank, from where it came from (the
 * source file's name and the source's own wording), so that a fresh import of the same inputs yields the same ids.
 * It is stored in the question file and never recomputed: a curator may rewrite the question text freely.
 */
public final class QuestionIds {
    private static final int BASE_HEX_CHARS = 10;

    private QuestionIds() {
    }

    /**
     * A new id {@code q-<hex>} for a question first seen in {@code source}, lengthened until {@code taken} does not
     * contain it (collisions of 40 bits are rare but must not merge two questions).
     */
    public static String assign(Source source, Predicate<String> taken) {
        String hex = HexFormat.of().formatHex(Sha256.of(fileName(source.file()) + '\n' + source.text()));
        for (int len = BASE_HEX_CHARS; len <= hex.length(); len += 2) {
            String candidate = "q-" + hex.substring(0, len);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        for (int n = 2; ; n++) {
            String candidate = "q-" + hex + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    public static String assign(Source source, Set<String> taken) {
        return assign(source, taken::contains);
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= Question.ID_MAX_LENGTH && Question.ID_PATTERN.matcher(id).matches();
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
