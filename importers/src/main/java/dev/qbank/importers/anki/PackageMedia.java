package dev.qbank.importers.anki;

import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The images a deck's notes show, taken out of the package. An {@code .apkg} holds its media as zip entries named
 * {@code 0}, {@code 1}, ... and a {@code media} entry mapping those to the file names the cards use. The names the
 * notes refer to are unpacked, under those names, into a temporary folder of their own; the import then brings them
 * into the bank like images beside any source (see {@code MediaIntake}) and deletes the folder.
 *
 * <p>Names and sizes are untrusted: only a plain file name (no folder, no {@code ..}, not hidden) that the map
 * lists is unpacked, always into the folder made for this package, and the files together may not exceed the
 * package limit (a zip bomb is refused like an oversized collection).
 */
final class PackageMedia {
    /** Largest {@code media} map read: a deck of 100,000 images lists about 3 MB. */
    private static final long MAX_MAP_BYTES = 64L << 20;

    private final Map<String, String> entryByName;
    private final Set<String> wanted = new LinkedHashSet<>();

    private PackageMedia(Map<String, String> entryByName) {
        this.entryByName = entryByName;
    }

    /**
     * The package's media map, or none when it has no {@code media} entry or an unreadable one. A name that would
     * lead out of the folder the images are unpacked into ({@code ../x}, {@code /etc/x}), in the map or as a zip
     * entry's own name, is never unpacked, and is warned about (the package {@code file}, the name, what happened):
     * a hostile package is not silently made harmless, it is said to be one.
     */
    static PackageMedia of(ZipFile zip, ObjectMapper json, String file, Consumer<Diagnostic> warnings)
            throws IOException {
        for (var entries = zip.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (leadsOut(name)) {
                warnings.accept(notUnpacked(file, "the package holds an entry named '" + name + "'"));
            }
        }
        ZipEntry map = zip.getEntry("media");
        Map<String, String> byName = new HashMap<>();
        if (map != null && map.getSize() <= MAX_MAP_BYTES) {
            try (InputStream in = zip.getInputStream(map)) {
                JsonNode all = json.readTree(in.readNBytes((int) MAX_MAP_BYTES));
                all.properties().forEach(e -> {
                    String name = e.getValue().asString("");
                    if (plainName(name)) {
                        byName.putIfAbsent(name, e.getKey());
                    } else if (!name.isEmpty()) {
                        warnings.accept(notUnpacked(file, "the package's media list names entry " + e.getKey()
                                + " '" + name + "'"));
                    }
                });
            } catch (JacksonException e) {
                // no usable map: the notes' images are reported missing, one warning each
            }
        }
        return new PackageMedia(byName);
    }

    /** A zip entry name that climbs out with {@code ..} or starts at a root or drive: Anki never writes one. */
    private static boolean leadsOut(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || ("/" + n + "/").contains("/../");
    }

    private static Diagnostic notUnpacked(String file, String what) {
        return Diagnostic.warning("media-path", file, 0, 0, what + ": not a plain file name, so it is not unpacked "
                + "(nothing is written outside the import's folder) and no note gets that image; Anki never writes "
                + "such names: get the deck again from where it came from");
    }

    /** Whether the package holds an image of this name; if so it will be unpacked (see {@link #unpack}). */
    boolean take(String name) {
        if (!entryByName.containsKey(name)) {
            return false;
        }
        wanted.add(name);
        return true;
    }

    /** Unpacks the images {@link #take} accepted into {@code folder}; nothing (and no folder) when there are none. */
    void unpack(ZipFile zip, Path folder, long maxBytes, SourceDocument doc) throws IOException {
        if (wanted.isEmpty()) {
            return;
        }
        Files.createDirectories(folder);
        folder.toFile().deleteOnExit(); // the import deletes it; this is for a run that dies first
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        for (String name : wanted) {
            ZipEntry entry = zip.getEntry(entryByName.get(name));
            if (entry == null) {
                continue; // listed but absent: MediaIntake reports the image missing
            }
            Path target = folder.resolve(name);
            if (!folder.equals(target.getParent())) {
                continue; // plainName() already keeps such names out
            }
            target.toFile().deleteOnExit();
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new QbankException(Diagnostic.error(AnkiImporter.NAME, doc.file(), 0,
                                0, "refused: the deck's images are larger than " + (maxBytes >> 20)
                                        + " MB once unpacked (or inflate like a zip bomb); export a smaller deck"));
                    }
                    out.write(buffer, 0, n);
                }
            }
        }
    }

    /** A bare file name that cannot lead anywhere else: no separators, no {@code ..}, not hidden, no control bytes. */
    static boolean plainName(String name) {
        return !name.isEmpty() && name.length() <= 255 && !name.startsWith(".") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.indexOf(':') < 0 && name.chars().noneMatch(c -> c < 0x20);
    }
}
