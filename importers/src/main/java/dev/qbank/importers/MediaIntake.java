package dev.qbank.importers;

import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Brings the files a source refers to into the bank. Importers record media as the source wrote them, relative to
 * the source file's folder; here each entry is resolved against that folder and, when it is a regular file inside
 * it, becomes {@code media/HASH-NAME} (relative to the bank folder, where every exporter looks): the question's
 * {@code media} entry and the image links of its prompt, answer and explanation are rewritten to that path, and the
 * file is copied in the bank's own all-or-nothing change (see {@link #copiesFor}).
 *
 * <p>Paths are untrusted: an absolute path, one climbing out with {@code ..}, or one leading out through a symbolic
 * link is refused with a warning and dropped from {@code media}; so is a missing file (its link stays in the text),
 * so a freshly imported bank never lists a file it does not hold. Names are the first 12 hex digits of the file's
 * SHA-256 and its sanitised name, so two different files never collide and the same content is stored once, under
 * the name it first got, whatever it is called in later sources.
 */
final class MediaIntake {
    /** An inline link or image destination: {@code ](dest} or {@code ](<dest with spaces>}. */
    private static final Pattern DESTINATION = Pattern.compile("(\\]\\(\\s*)(<[^>\\n]*>|[^\\s()<>]+)");
    private static final Pattern UNSAFE_NAME_CHARS = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final int HASH_CHARS = 12;
    private static final int MAX_STEM = 60;

    private final Path mediaDir;
    /** Content hash prefix to the name that content has (or will have) in the bank; filled lazily. */
    private Map<String, String> nameByHash;
    /** {@code media/NAME} to the source file copied there. */
    private final Map<String, Path> sourceOf = new HashMap<>();

    MediaIntake(Path bankRoot) {
        this.mediaDir = bankRoot.resolve(BankStore.MEDIA);
    }

    /** {@code file} with every question's media resolved (see the class comment) and a warning per dropped entry. */
    ParsedFile resolve(ParsedFile file) {
        if (file.questions().stream().allMatch(q -> q.media().isEmpty())) {
            return file;
        }
        List<Diagnostic> warnings = new ArrayList<>(file.warnings());
        Set<String> warned = warnedMissing(file.warnings());
        List<Question> questions = new ArrayList<>(file.questions().size());
        for (Question q : file.questions()) {
            questions.add(q.media().isEmpty() ? q : resolve(q, file, warnings, warned));
        }
        return new ParsedFile(file.document(), file.format(), file.forced(), questions, warnings,
                file.recordedName(), file.asLastImported(), file.mediaFolder());
    }

    private Question resolve(Question q, ParsedFile from, List<Diagnostic> warnings, Set<String> warned) {
        SourceDocument doc = from.document();
        int line = q.sources().isEmpty() ? 0 : q.sources().get(0).line();
        Set<String> media = new LinkedHashSet<>();
        Map<String, String> renamed = new HashMap<>();
        for (String entry : q.media()) {
            String key = normalise(entry);
            String bankPath = bankPath(key, entry, from, line, warnings, warned);
            if (bankPath != null) {
                media.add(bankPath);
                renamed.put(key, bankPath);
            }
        }
        if (renamed.isEmpty() && media.size() == q.media().size()) {
            return q;
        }
        return q.toBuilder()
                .prompt(relink(q.prompt(), renamed))
                .answer(relink(q.answer(), renamed))
                .explanation(relink(q.explanation(), renamed))
                .media(List.copyOf(media))
                .build();
    }

    /** The bank path for one media entry, or null (with a warning) when it is unsafe or there is no file. */
    private String bankPath(String key, String entry, ParsedFile from, int line, List<Diagnostic> warnings,
            Set<String> warned) {
        SourceDocument doc = from.document();
        String file = doc.file();
        String slashed = entry.replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*") || key.isEmpty()
                || List.of(key.split("/")).contains("..")) {
            warnings.add(Diagnostic.warning("media-unsafe", file, line, 0, "media '" + entry
                    + "' is not a path inside the source file's folder; dropped from media"));
            return null;
        }
        // beside the source file, or where its importer unpacked a package's media
        Path folder = from.mediaFolder() != null ? from.mediaFolder().toAbsolutePath()
                : doc.path() == null ? null : doc.path().toAbsolutePath().getParent();
        Path candidate;
        try {
            candidate = folder == null ? null : folder.resolve(key);
        } catch (InvalidPathException e) {
            candidate = null;
        }
        if (candidate == null || !Files.exists(candidate)) {
            if (warned.add(key)) {
                warnings.add(Diagnostic.warning("media-missing", file, line, 0, "media '" + key
                        + "' not found next to the source file; dropped from media (the link stays in the text)"));
            }
            return null;
        }
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                warnings.add(Diagnostic.warning("media-unsafe", file, line, 0, "media '" + key
                        + "' is a symbolic link leading out of the source file's folder; dropped from media"));
                return null;
            }
            if (!Files.isRegularFile(real)) {
                warnings.add(Diagnostic.warning("media-not-file", file, line, 0, "media '" + key
                        + "' is not a regular file; dropped from media"));
                return null;
            }
            String bankPath = BankStore.MEDIA + "/" + nameFor(real, fileName(key));
            sourceOf.putIfAbsent(bankPath, real);
            return bankPath;
        } catch (IOException e) {
            throw QbankException.usage("io", file, "cannot read media '" + key + "': " + e.getMessage());
        }
    }

    /**
     * The paths an importer already warned are missing (the quoted path of its {@code media-missing} warnings):
     * one warning per problem is enough. Collected once per file, so checking is a lookup.
     */
    private static Set<String> warnedMissing(List<Diagnostic> warnings) {
        Set<String> paths = new HashSet<>();
        for (Diagnostic w : warnings) {
            int open = w.message().indexOf('\'');
            int close = w.message().lastIndexOf('\'');
            if (w.code().equals("media-missing") && open >= 0 && close > open) {
                paths.add(normalise(w.message().substring(open + 1, close)));
            }
        }
        return paths;
    }

    private String nameFor(Path real, String originalName) throws IOException {
        String hash = Sha256.hex(real);
        String prefix = hash.substring(0, HASH_CHARS);
        Map<String, String> known = nameByHash();
        String existing = known.get(prefix);
        if (existing != null) {
            Path there = sourceOf.getOrDefault(BankStore.MEDIA + "/" + existing, mediaDir.resolve(existing));
            if (Files.mismatch(there, real) == -1) {
                return existing;
            }
            // Different content sharing 48 bits of hash (crafted, or astronomically unlucky): use the whole hash.
            return hash + "-" + sanitise(originalName);
        }
        // A file that already carries its own content name (media of a qbank export, imported again) keeps it.
        String name = originalName.startsWith(prefix + "-") ? sanitise(originalName)
                : prefix + "-" + sanitise(originalName);
        known.put(prefix, name);
        return name;
    }

    /** Hash prefix to name for the files already in {@code bank/media}, listed once. */
    private Map<String, String> nameByHash() throws IOException {
        if (nameByHash == null) {
            nameByHash = new HashMap<>();
            if (Files.isDirectory(mediaDir)) {
                try (Stream<Path> files = Files.list(mediaDir)) {
                    for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                        String n = p.getFileName().toString();
                        if (n.length() > HASH_CHARS && n.charAt(HASH_CHARS) == '-'
                                && n.substring(0, HASH_CHARS).matches("[0-9a-f]+") && Files.isRegularFile(p)) {
                            nameByHash.putIfAbsent(n.substring(0, HASH_CHARS), n);
                        }
                    }
                }
            }
        }
        return nameByHash;
    }

    /** The files to copy for the questions being written: {@code media/NAME} to the source file. */
    Map<String, Path> copiesFor(Collection<Question> written) {
        Map<String, Path> copies = new LinkedHashMap<>();
        for (Question q : written) {
            for (String m : q.media()) {
                Path from = sourceOf.get(m);
                if (from != null) {
                    copies.put(m, from);
                }
            }
        }
        return copies;
    }

    /** Rewrites link destinations that name a renamed entry, whether written raw or URL-encoded. */
    static String relink(String text, Map<String, String> renamed) {
        if (text == null || renamed.isEmpty() || !text.contains("](")) {
            return text;
        }
        Matcher m = DESTINATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String dest = m.group(2);
            if (dest.startsWith("<")) {
                dest = dest.substring(1, dest.length() - 1);
            }
            String target = renamed.get(normalise(dest));
            m.appendReplacement(out, Matcher.quoteReplacement(target == null ? m.group() : m.group(1) + target));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A path as written ({@code ./a%20b\\c.png}) in one comparable form ({@code a b/c.png}). */
    static String normalise(String path) {
        String decoded = PercentDecoding.decode(path.strip()).replace('\\', '/');
        List<String> parts = new ArrayList<>();
        for (String part : decoded.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static String fileName(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    /**
     * A name safe in every file system, URL and Anki's media folder: letters, digits, {@code . _ -}; other runs
     * become {@code _}; the stem is cut to {@value #MAX_STEM} characters, a short extension kept.
     */
    static String sanitise(String name) {
        String n = UNSAFE_NAME_CHARS.matcher(name).replaceAll("_");
        int dot = n.lastIndexOf('.');
        String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
        String stem = n.substring(0, n.length() - ext.length()).replaceAll("^[._]+|[._]+$", "");
        if (stem.codePointCount(0, stem.length()) > MAX_STEM) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM));
        }
        return (stem.isEmpty() ? "file" : stem) + ext;
    }
}
