package dev.qbank.schema;

import dev.qbank.model.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images a question's Markdown shows ({@code ![alt](media/x.png)}, {@code <img src="media/x.png">} in its prompt,
 * answer or explanation) must be files of the bank listed in its {@code media}: a link to a file that is not there
 * is a picture a learner never sees, and a file the list does not name is left out of the Anki package. Both are
 * warnings: import keeps a source's link to an image it could not find (and warned about it then), so a freshly
 * imported bank may have them, and the text still reads. Links with a scheme ({@code https:}, {@code data:}) are the
 * web's business and not checked.
 */
public final class ImageLinks {
    static final String CODE = "media-link";
    static final List<String> FIELDS = List.of("prompt", "answer", "explanation");

    private static final Pattern MARKDOWN = Pattern.compile("!\\[[^\\]\\n]*\\]\\(\\s*(<[^>\\n]*>|[^)\\s]+)");
    private static final Pattern HTML = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*([\"'])([^\"'\\n]*)\\1",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//|#).*");

    /** One link in a text: the target as written, and where it starts in the text. */
    public record Link(String target, int offset) {
    }

    private ImageLinks() {
    }

    /** Whether {@code text} may hold an image link at all: the cheap test before any pattern. */
    static boolean mayHaveLinks(String text) {
        return text != null && (text.contains("![") || text.contains("<img") || text.contains("<IMG"));
    }

    /** The local image links of {@code text}, in order. */
    public static List<Link> links(String text) {
        List<Link> out = new ArrayList<>();
        if (!mayHaveLinks(text)) {
            return out;
        }
        Matcher m = MARKDOWN.matcher(text);
        while (m.find()) {
            String t = m.group(1);
            add(t.startsWith("<") ? t.substring(1, t.length() - 1) : t, m.start(1), out);
        }
        Matcher h = HTML.matcher(text);
        while (h.find()) {
            add(h.group(2), h.start(2), out);
        }
        out.sort(Comparator.comparingInt(Link::offset));
        return out;
    }

    /**
     * What is wrong with the image {@code target} in a question whose {@code media} lists {@code listed}, or null
     * (also for a listed file that is missing: the media check's {@code media-missing} reports that fault).
     * {@code root} is the bank folder, absolute and normalised.
     */
    static String problem(Path root, String target, Set<String> listed) {
        String path = percentDecoded(target);
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return "image '" + target + "' is an absolute path; put the file under media/ and link media/NAME";
        }
        Path file;
        try {
            file = root.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return "image '" + target + "' is not a valid path: " + e.getReason();
        }
        if (!file.startsWith(root)) {
            return "image '" + target + "' points outside the bank folder; put the file under media/ and link media/NAME";
        }
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (!Files.isRegularFile(file)) {
            // a listed file that is missing is one fault, told once: media-missing at the entry (an error, which says
            // to add the file or remove the entry); the link to it would only say it again
            return listed.contains(relative) ? null : "image '" + target + "' is not in the bank (looked for "
                    + relative + "); add the file under media/ and list it in media, or remove the link";
        }
        if (!listed.contains(relative)) {
            return "image '" + target + "' is not listed in media, so exports leave it out; add '" + relative
                    + "' to media";
        }
        return null;
    }

    /** Whether every image link of {@code texts} is fine (see {@link #problem}): the validator's shortcut test. */
    static boolean allFine(Path root, List<String> texts, List<?> media) {
        Set<String> listed = null;
        for (String text : texts) {
            for (Link link : links(text)) {
                if (listed == null) {
                    listed = listed(root, media);
                }
                if (problem(root, link.target(), listed) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The bank-relative paths {@code media} lists, normalised as {@link #problem} compares them. */
    static Set<String> listed(Path root, List<?> media) {
        Set<String> out = new HashSet<>();
        if (media != null) {
            for (Object entry : media) {
                if (entry instanceof String s && !s.isEmpty()) {
                    try {
                        Path p = root.resolve(s).normalize();
                        if (p.startsWith(root)) {
                            out.add(root.relativize(p).toString().replace('\\', '/'));
                        }
                    } catch (InvalidPathException e) {
                        // reported by the media check
                    }
                }
            }
        }
        return out;
    }

    /** A warning for one link, at its place in the file when the target is written there as in the value. */
    static Diagnostic warning(String file, String fileText, int searchFrom, int fallbackLine, int fallbackColumn,
            Link link, String problem) {
        int at = fileText.indexOf(link.target(), Math.max(0, searchFrom));
        if (at < 0) {
            return Diagnostic.warning(CODE, file, fallbackLine, fallbackColumn, problem);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (fileText.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Diagnostic.warning(CODE, file, line, fileText.codePointCount(lineStart, at) + 1, problem);
    }

    private static void add(String target, int offset, List<Link> out) {
        String t = target.strip();
        if (!t.isEmpty() && !SCHEME.matcher(t).matches()) {
            out.add(new Link(t, offset));
        }
    }

    /** {@code media/a%20b.png} as the file name {@code media/a b.png}; malformed escapes are kept as written. */
    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int end = s.indexOf('%', i + 1);
                end = end < 0 ? s.length() : end;
                byte[] b = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
