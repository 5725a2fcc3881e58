package dev.qbank.importers.notion;

import dev.qbank.importers.PercentDecoding;
import dev.qbank.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns an image link of an export ({@code Deep%20Learning%20Fundamental%20f32.../Untitled.png}) into a media
 * path relative to the source file's folder. Links are untrusted: an absolute path or one that climbs out with
 * {@code ..} is refused (warning, dropped) so that copying media can never read outside the source folder.
 */
final class MediaLinks {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private MediaLinks() {
    }

    /** Remote images ({@code https:}, {@code data:}) are not files of the export. */
    static boolean isRemote(String destination) {
        return SCHEME.matcher(destination).find() && !destination.matches("^[A-Za-z]:[\\\\/].*");
    }

    /**
     * The media path for {@code destination}, or empty (with a warning) when it is unsafe. A safe path whose file
     * is missing is recorded and warned about here; the import pipeline, which copies media into the bank, leaves
     * it out of the bank's {@code media} without warning again.
     */
    static Optional<String> resolve(String destination, Path sourceFile, String file, int line,
            Consumer<Diagnostic> warnings) {
        String decoded = percentDecode(destination);
        String slashed = decoded.replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:/.*")) {
            warnings.accept(Diagnostic.warning("media-unsafe", file, line, 0, "image '" + decoded
                    + "' is an absolute path; only files next to the export are imported (link dropped from media)"));
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : slashed.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                warnings.accept(Diagnostic.warning("media-unsafe", file, line, 0, "image '" + decoded
                        + "' points outside the source folder ('..'); link dropped from media"));
                return Optional.empty();
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            warnings.accept(Diagnostic.warning("media-empty", file, line, 0, "image link has no path; ignored"));
            return Optional.empty();
        }
        String relative = String.join("/", parts);
        Path folder = sourceFile == null ? null : sourceFile.toAbsolutePath().getParent();
        if (folder == null || !isFile(folder, relative)) {
            warnings.accept(Diagnostic.warning("media-missing", file, line, 0, "image '" + relative
                    + "' not found next to the source file; the link stays in the answer, but there is nothing to "
                    + "copy into the bank (export the page with its images)"));
        }
        return Optional.of(relative);
    }

    private static boolean isFile(Path folder, String relative) {
        try {
            return Files.isRegularFile(folder.resolve(relative));
        } catch (InvalidPathException e) {
            return false; // a name this file system cannot hold cannot be there
        }
    }

    static String percentDecode(String s) {
        return PercentDecoding.decode(s);
    }
}
