package dev.qbank.schema;

import dev.qbank.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * A question's {@code media} entries must name files that exist inside its bank folder. Content is untrusted: an
 * exporter that copies media must never be led to {@code /etc/passwd} by an absolute path, a {@code ../}, or a
 * symbolic link pointing out of the bank.
 */
final class MediaCheck {
    static final String MISSING = MediaPaths.MISSING;
    static final String PATH = MediaPaths.CODE;

    /** Real paths of bank roots, resolved once per run rather than once per file. */
    private final ConcurrentHashMap<Path, Path> realRoots = new ConcurrentHashMap<>();

    void check(Path bankRoot, JsonNode media, String file, List<Diagnostic> out) {
        if (media == null || !media.isArray()) {
            return;
        }
        Path root = bankRoot.toAbsolutePath().normalize();
        for (JsonNode entry : media) {
            if (!entry.isString() || entry.asString().isEmpty()) {
                continue; // the schema reports it
            }
            String name = entry.asString();
            TokenStreamLocation at = YamlDocument.locationOf(entry);
            String problem = problem(root, name);
            if (problem != null) {
                // Both are errors. A missing file: import never lists one (it leaves a source's missing image out of
                // media), so it is a hand edit or a deleted file, and the Anki export refuses the whole bank over it;
                // CI must catch it first. A path that leaves the bank: an exporter copying media must never follow it.
                boolean missing = problem.startsWith("missing");
                String message = "media '" + name + "' " + problem.replaceFirst("^missing: ", "")
                        + (missing ? "; add the file under media/ or remove the entry" : "");
                out.add(Diagnostic.error(missing ? MISSING : PATH, file, YamlDocument.line(at),
                        YamlDocument.column(at), message));
            }
        }
    }

    /** True when every entry of {@code media} is a non-empty name that {@link #check} would find nothing about. */
    boolean allFine(Path bankRoot, List<?> media) {
        Path root = bankRoot.toAbsolutePath().normalize();
        for (Object entry : media) {
            if (!(entry instanceof String name) || name.isEmpty() || problem(root, name) != null) {
                return false;
            }
        }
        return true;
    }

    private String problem(Path root, String name) {
        String leaves = MediaPaths.leaves(root, name);
        if (leaves != null) {
            return leaves;
        }
        Path target = root.resolve(name).normalize();
        if (!Files.exists(target)) {
            return "missing: does not exist (looked for " + shown(target) + ")";
        }
        if (!Files.isRegularFile(target)) {
            return "missing: is not a file";
        }
        try {
            // toRealPath follows every link on the way, so a link anywhere in the path is caught.
            Path real = target.toRealPath();
            Path realRoot = realRoots.computeIfAbsent(root, MediaCheck::realPath);
            if (!real.startsWith(realRoot)) {
                return "is a symbolic link leading outside the bank folder; copy the file into media/ instead";
            }
        } catch (IOException e) {
            return "missing: cannot be read: " + e.getMessage();
        }
        return null;
    }

    /**
     * {@code target} from the folder validate runs in, as the findings' own paths are (CI runs at the repository's
     * top: {@code bank/media/a.png}, not the runner's absolute path); absolute when it lies elsewhere.
     */
    private static String shown(Path target) {
        Path here = Path.of("").toAbsolutePath();
        return (target.startsWith(here) ? here.relativize(target) : target).toString().replace('\\', '/');
    }

    private static Path realPath(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root;
        }
    }
}
