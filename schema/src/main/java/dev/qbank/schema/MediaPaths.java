package dev.qbank.schema;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whether a question's {@code media} entry stays inside its bank folder, looked at as text: the one place that
 * decides it and words it, for {@code qbank validate} (error[media-path]) and for every export, which refuses such a
 * bank whole. A JSON export only lists the path, but a bank that names {@code /etc/passwd} is one validate rejects,
 * and a consumer of the export that follows the path would read outside the bank.
 */
public final class MediaPaths {
    /** validate's finding code for a media entry that leaves the bank. */
    public static final String CODE = "media-path";
    /** validate's finding code for a media entry naming a file the bank does not have (or cannot read). */
    public static final String MISSING = "media-missing";

    private static final Pattern ABSOLUTE = Pattern.compile("^([/\\\\~]|[A-Za-z]:).*");

    private MediaPaths() {
    }

    /**
     * Why {@code name} does not stay inside the bank folder {@code root} (absolute and normalised): absolute, with
     * backslashes, not a path, or climbing out with {@code ..}; null when it stays inside (whether the file exists
     * is another question).
     */
    static String leaves(Path root, String name) {
        if (ABSOLUTE.matcher(name).matches() || name.contains("\\")) {
            return "must be a relative path with forward slashes inside the bank folder, e.g. media/figure-1.png";
        }
        Path target;
        try {
            target = root.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return "is not a valid path: " + e.getReason();
        }
        if (!target.startsWith(root)) {
            return "points outside the bank folder (" + root.getFileName() + "); keep media under media/";
        }
        return null;
    }

    /** Whether the media entry {@code name} leaves the bank folder {@code bankRoot} (see {@link #leaves}). */
    public static boolean leavesBank(Path bankRoot, String name) {
        return name != null && !name.isEmpty() && leaves(bankRoot.toAbsolutePath().normalize(), name) != null;
    }

    /**
     * The question's media entries that leave the bank at {@code bankRoot}, each as validate's finding for it at its
     * line in the question's file ({@code fileOf}: looked up and re-read only when there is one, which is rare).
     * Every export refuses the bank over them.
     */
    public static List<Diagnostic> outside(Path bankRoot, Question q, Function<Question, Path> fileOf) {
        if (q.media().isEmpty()) {
            return List.of(); // most questions: every export asks for each, so no path work for them
        }
        Path root = bankRoot.toAbsolutePath().normalize();
        List<String> bad = new ArrayList<>();
        for (String name : q.media()) {
            if (name != null && !name.isEmpty() && leaves(root, name) != null) {
                bad.add(name);
            }
        }
        if (bad.isEmpty()) {
            return List.of();
        }
        Path file = fileOf.apply(q);
        List<Diagnostic> found = new ArrayList<>(findings(bankRoot, file).stream()
                .filter(d -> d.code().equals(CODE)).toList());
        if (found.isEmpty()) {
            for (String name : bad) {
                found.add(Diagnostic.error(CODE, file.toString(), 0, 0, "media '" + name + "' " + leaves(root, name)));
            }
        }
        return found;
    }

    /**
     * validate's findings about the {@code media} entries of the question file {@code file} in the bank at
     * {@code bankRoot} (both codes), at their lines: what an export that cannot package an entry says. Empty when the
     * file cannot be read again (the export just read it).
     */
    public static List<Diagnostic> findings(Path bankRoot, Path file) {
        List<Diagnostic> all = new ArrayList<>();
        try {
            YamlDocument doc = YamlDocument.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            if (doc.tree() != null) {
                new MediaCheck().check(bankRoot, doc.tree().get("media"), file.toString(), all);
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // the caller names the entry without its line
        }
        return all;
    }
}
