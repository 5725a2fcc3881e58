package dev.qbank.exporters.anki;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.schema.MediaPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which bank files go into the package and under which name. A media path is untrusted: it must be
 * relative, free of {@code ..}, and resolve (symbolic links followed) to a regular file inside the bank folder;
 * anything else refuses the export with one line naming the question file. Anki stores media under bare file
 * names in one flat folder, so each file gets a unique, Anki-safe bare name.
 */
final class MediaPackager {
    /** Characters Anki removes from media file names (they break on some platform). */
    private static final Pattern DISALLOWED = Pattern.compile("[\\[\\]<>:\"/?*^\\\\|\\p{Cntrl}]");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\.|$)");
    /** Anki's limit for a media file name, in UTF-8 bytes. */
    private static final int MAX_NAME_BYTES = 120;

    /** One packaged file: its place in the bank and its bare name in Anki's media folder. */
    record MediaFile(Path file, String name) {
    }

    private final Path root;
    /** Names a refused question's file. */
    private final BankStore store;
    private final Path realRoot;
    private final Map<Path, MediaFile> byRealPath = new LinkedHashMap<>();
    private final Set<String> usedNames = new HashSet<>();

    MediaPackager(Path bankRoot) throws IOException {
        this.root = bankRoot.toAbsolutePath().normalize();
        this.store = new BankStore(bankRoot);
        this.realRoot = Files.isDirectory(root) ? root.toRealPath() : root;
    }

    /** Packaged files in the order first referenced: their position is their number in the zip. */
    List<MediaFile> files() {
        return new ArrayList<>(byRealPath.values());
    }

    /**
     * Adds the question's media and returns how the question's Markdown may refer to each file (as listed, relative
     * to the bank, relative to the questions folder, or by bare name), mapped to the packaged name.
     */
    Map<String, String> add(Question q) {
        if (q.media().isEmpty()) {
            return Map.of();
        }
        Map<String, String> refs = new HashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String listed : q.media()) {
            if (MediaPaths.leavesBank(root, listed)) {
                continue; // the export request refuses the bank over it, in validate's words (see ExportRequest)
            }
            MediaFile f;
            try {
                f = resolve(q, listed);
            } catch (QbankException e) {
                problems.addAll(e.diagnostics());
                continue;
            }
            String rel = normaliseReference(listed);
            refs.put(rel, f.name());
            refs.put(normaliseReference("../" + rel), f.name());
            refs.putIfAbsent(normaliseReference(Path.of(rel).getFileName().toString()), f.name());
        }
        if (!problems.isEmpty()) {
            throw new QbankException(problems, QbankException.EXIT_FINDINGS);
        }
        return refs;
    }

    /** How an image source and a media entry are compared: URL-decoded spaces, forward slashes, no "./". */
    static String normaliseReference(String src) {
        String s = src.strip().replace("%20", " ").replace('\\', '/');
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        return AnkiText.nfc(s);
    }

    private MediaFile resolve(Question q, String listed) {
        String p = listed == null ? "" : listed.strip().replace('\\', '/');
        if (p.isEmpty() || p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.contains("\0")) {
            throw refuse(q.id(), listed, "is not a relative path inside the bank");
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                throw refuse(q.id(), listed, "climbs out of the bank with '..'");
            }
        }
        Path file = root.resolve(p).normalize();
        if (!file.startsWith(root)) {
            throw refuse(q.id(), listed, "is not inside the bank");
        }
        if (!Files.exists(file)) {
            throw refuse(q.id(), listed, "does not exist in the bank (add the file or remove it from media)");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw refuse(q.id(), listed, "cannot be read: " + e.getMessage());
        }
        if (!real.startsWith(realRoot)) {
            throw refuse(q.id(), listed, "is a link to a file outside the bank");
        }
        if (!Files.isRegularFile(real)) {
            throw refuse(q.id(), listed, "is not a regular file");
        }
        return byRealPath.computeIfAbsent(real, r -> new MediaFile(r, uniqueName(p)));
    }

    /**
     * The refusal, in validate's words for the entry (error[media-missing] or error[media-path] at its line: one
     * finding, one name), naming the question's file (looked up only now: a refusal is rare, a lookup may list the
     * bank); {@code why} only for what validate leaves to the schema (an empty entry).
     */
    private QbankException refuse(String id, String listed, String why) {
        Path questionFile = store.questionFile(id);
        List<Diagnostic> said = MediaPaths.findings(root, questionFile).stream()
                .filter(d -> d.message().startsWith("media '" + listed + "' ")).map(ExportRequest::refusal).toList();
        if (said.isEmpty()) {
            said = List.of(ExportRequest.refusal(Diagnostic.error(MediaPaths.MISSING, questionFile.toString(), 0, 0,
                    "media '" + listed + "' " + why)));
        }
        return new QbankException(said, QbankException.EXIT_FINDINGS);
    }

    private String uniqueName(String relative) {
        String name = ankiSafeName(Path.of(relative).getFileName().toString());
        if (!usedNames.add(name.toLowerCase(Locale.ROOT))) {
            // Two different files share a bare name: tell them apart by their path inside the bank.
            String tag = HexFormat.of().formatHex(AnkiText.sha1(relative), 0, 4);
            int dot = name.lastIndexOf('.');
            name = dot > 0 ? name.substring(0, dot) + "-" + tag + name.substring(dot) : name + "-" + tag;
            usedNames.add(name.toLowerCase(Locale.ROOT));
        }
        return name;
    }

    /** The bare name Anki's own normalisation would keep, so the name in the card and in the media map agree. */
    static String ankiSafeName(String raw) {
        String n = DISALLOWED.matcher(AnkiText.nfc(raw)).replaceAll("").replace('\u00a0', ' ');
        n = WINDOWS_DEVICE.matcher(n).replaceFirst("$1_$2");
        if (n.endsWith(" ") || n.endsWith(".")) {
            n = n + "_";
        }
        if (n.isBlank()) {
            n = "media";
        }
        while (n.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            String stem = n.substring(0, n.length() - ext.length());
            n = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1)) + ext;
        }
        return n;
    }
}
