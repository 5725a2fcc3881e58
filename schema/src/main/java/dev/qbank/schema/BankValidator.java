package dev.qbank.schema;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Checks question files and banks and reports every problem in one run: YAML syntax, anchors/aliases/tags,
 * duplicate keys, size limits, the JSON Schema, and the rules no schema can express (ids unique in a bank, id
 * matches the file name, media exist inside the bank, likely duplicate questions).
 *
 * <p>Built for a million files on two cores: folders are listed as names only, files are read and parsed once each,
 * in parallel batches, and cross-file rules use hash maps (one entry per id and per folded question text), never
 * comparisons of all pairs.
 */
public final class BankValidator {
    static final String DUPLICATE_ID = "duplicate-id";
    static final String ID_FILENAME = "id-filename";
    static final String DUPLICATE_QUESTION = "duplicate-question";
    static final String TOO_LARGE = "too-large";
    static final String STRAY_FILE = "stray-file";

    /** Files handed to the thread pool at a time: enough to keep both cores busy, few enough to stay small. */
    private static final int BATCH = 2048;
    /** Larger files are refused before being read (4 bytes per character at most in UTF-8). */
    private static final long MAX_FILE_BYTES = 4L * QbankMapper.MAX_DOCUMENT_CHARS;

    private enum Kind { QUESTION, MANIFEST }

    /** Files of one folder, all of one kind and one bank: names only, so a million files stay small. */
    private record Folder(Path dir, String display, Path bankRoot, Kind kind, List<String> names) {
    }

    /** What one file contributes to the cross-file rules, plus its own findings. */
    private record FileResult(String file, String id, TokenStreamLocation idAt, QuestionText.Key textKey,
            TokenStreamLocation questionAt, List<Diagnostic> diagnostics) {
    }

    private final MediaCheck media = new MediaCheck();

    /**
     * Validates {@code paths}: question files, bank folders ({@code bank.yaml} plus {@code questions/*.yaml}) or
     * plain folders of question files.
     *
     * @throws QbankException (exit code 2) when a path does not exist or a folder cannot be listed
     */
    public ValidationReport validate(List<Path> paths) {
        List<Diagnostic> out = new ArrayList<>();
        List<Folder> folders = expand(paths, out);
        int[] firstOrdinal = new int[folders.size() + 1];
        for (int f = 0; f < folders.size(); f++) {
            firstOrdinal[f + 1] = firstOrdinal[f] + folders.get(f).names().size();
        }
        Map<Path, BankIndex> banks = new HashMap<>();
        for (int f = 0; f < folders.size(); f++) {
            Folder folder = folders.get(f);
            BankIndex bank = banks.computeIfAbsent(folder.bankRoot().toAbsolutePath().normalize(), k -> new BankIndex());
            List<String> names = folder.names();
            for (int from = 0; from < names.size(); from += BATCH) {
                int to = Math.min(names.size(), from + BATCH);
                FileResult[] results = IntStream.range(from, to).parallel()
                        .mapToObj(i -> checkFile(folder, names.get(i)))
                        .toArray(FileResult[]::new);
                for (int i = 0; i < results.length; i++) {
                    out.addAll(bank.crossFileFindings(results[i], firstOrdinal[f] + from + i, folder,
                            ordinal -> fileName(folders, firstOrdinal, ordinal)));
                }
            }
        }
        return new ValidationReport(firstOrdinal[folders.size()], out);
    }

    /** The displayed path of the file with this run-wide ordinal. */
    private static String fileName(List<Folder> folders, int[] firstOrdinal, int ordinal) {
        int f = Arrays.binarySearch(firstOrdinal, ordinal);
        f = f >= 0 ? f : -f - 2;
        while (folders.get(f).names().size() <= ordinal - firstOrdinal[f]) {
            f++; // skip empty folders that share the same first ordinal
        }
        Folder folder = folders.get(f);
        String name = folder.names().get(ordinal - firstOrdinal[f]);
        return folder.display().isEmpty() ? name : folder.display() + "/" + name;
    }

    /**
     * The cross-file rules of one bank: the first file seen with each id and each folded question text. Values
     * are file ordinals, not paths, so a million-question bank costs a few dozen bytes per question.
     */
    private static final class BankIndex {
        private final Map<String, Integer> firstById = new HashMap<>();
        private final Map<QuestionText.Key, Integer> firstByText = new HashMap<>();

        List<Diagnostic> crossFileFindings(FileResult r, int ordinal, Folder folder, IntFunction<String> fileName) {
            if (r.id() == null && r.textKey() == null) {
                return r.diagnostics();
            }
            List<Diagnostic> all = new ArrayList<>(r.diagnostics());
            if (r.id() != null) {
                String owner = ownerOf(r, folder, ordinal, fileName);
                if (owner != null) {
                    all.add(Diagnostic.error(DUPLICATE_ID, r.file(), YamlDocument.line(r.idAt()),
                            YamlDocument.column(r.idAt()), "id '" + r.id() + "' is already used by " + owner
                                    + "; ids must be unique in a bank (give this question a new id and file name)"));
                }
            }
            if (r.textKey() != null) {
                Integer first = firstByText.putIfAbsent(r.textKey(), ordinal);
                if (first != null) {
                    all.add(Diagnostic.warning(DUPLICATE_QUESTION, r.file(), YamlDocument.line(r.questionAt()),
                            YamlDocument.column(r.questionAt()), "likely the same question as "
                                    + fileName.apply(first) + " (same text ignoring case, width, spaces and "
                                    + "punctuation); merge them or reword one"));
                }
            }
            all.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            return all;
        }

        /**
         * The other file that already holds {@code r}'s id, or {@code null}. The file named after the id owns it,
         * even when a misnamed file claiming the same id sorts first: the misnamed one is told to change, never the
         * rightful owner.
         */
        private String ownerOf(FileResult r, Folder folder, int ordinal, IntFunction<String> fileName) {
            String ownName = r.id() + BankStore.EXTENSION;
            boolean rightful = r.file().endsWith("/" + ownName) || r.file().equals(ownName);
            if (!rightful && Collections.binarySearch(folder.names(), ownName) >= 0) {
                return folder.display().isEmpty() ? ownName : folder.display() + "/" + ownName;
            }
            Integer first = firstById.putIfAbsent(r.id(), ordinal);
            return first == null ? null : fileName.apply(first);
        }
    }

    private FileResult checkFile(Folder folder, String name) {
        Path path = folder.dir().resolve(name);
        String file = folder.display().isEmpty() ? name : folder.display() + "/" + name;
        List<Diagnostic> out = new ArrayList<>();
        String text = readText(path, file, out);
        if (text == null) {
            return new FileResult(file, null, null, null, null, out);
        }
        YamlDocument doc = YamlDocument.read(file, text);
        out.addAll(doc.diagnostics());
        JsonNode tree = doc.tree();
        if (tree == null) {
            return new FileResult(file, null, null, null, null, out);
        }
        boolean manifest = folder.kind() == Kind.MANIFEST;
        List<Diagnostic> schemaErrors = (manifest ? SchemaCheck.bank() : SchemaCheck.question()).check(doc);
        out.addAll(schemaErrors);
        if (out.isEmpty()) {
            modelCheck(tree, manifest ? BankManifest.class : Question.class, file, out);
        }
        if (manifest || !tree.isObject()) {
            return new FileResult(file, null, null, null, null, out);
        }
        JsonNode id = tree.get("id");
        String idText = id != null && id.isString() ? id.asString() : null;
        TokenStreamLocation idAt = YamlDocument.locationOf(id);
        if (idText != null && !name.equals(idText + BankStore.EXTENSION)) {
            out.add(Diagnostic.error(ID_FILENAME, file, YamlDocument.line(idAt), YamlDocument.column(idAt),
                    "id '" + idText + "' does not match the file name " + name + "; rename the file to "
                            + idText + BankStore.EXTENSION + " (ids are never changed once assigned)"));
        }
        media.check(folder.bankRoot(), tree.get("media"), file, out);
        JsonNode question = tree.get("question");
        QuestionText.Key key = question != null && question.isString() && !question.asString().isBlank()
                ? QuestionText.key(question.asString()) : null;
        return new FileResult(file, idText, idAt, key, YamlDocument.locationOf(question), out);
    }

    /** Belt and braces: whatever the schema accepts, the model must read too. */
    private static void modelCheck(JsonNode tree, Class<?> type, String file, List<Diagnostic> out) {
        try {
            QbankMapper.yaml().treeToValue(tree, type);
        } catch (JacksonException | IllegalArgumentException e) {
            String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
            out.add(Diagnostic.error("schema", file, 1, 1, "qbank cannot read this file: " + message));
        }
    }

    /** The file's text, or {@code null} with a finding: too large, not UTF-8, unreadable. */
    private static String readText(Path path, String file, List<Diagnostic> out) {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                out.add(Diagnostic.error(TOO_LARGE, file, 0, 0, "file is " + size + " bytes; a question file "
                        + "may hold at most " + QbankMapper.MAX_DOCUMENT_CHARS + " characters"));
                return null;
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            if (text.length() > QbankMapper.MAX_DOCUMENT_CHARS) {
                out.add(Diagnostic.error(TOO_LARGE, file, 0, 0, "file has " + text.length() + " characters; a "
                        + "question file may hold at most " + QbankMapper.MAX_DOCUMENT_CHARS));
                return null;
            }
            return text;
        } catch (CharacterCodingException e) {
            out.add(Diagnostic.error("yaml", file, 0, 0, "not valid UTF-8; save the file as UTF-8"));
        } catch (NoSuchFileException e) {
            out.add(Diagnostic.error(ValidationReport.IO, file, 0, 0, "file disappeared while validating"));
        } catch (IOException e) {
            out.add(Diagnostic.error(ValidationReport.IO, file, 0, 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /** Turns the arguments into folders of files to check; each file once, even if named twice. */
    private static List<Folder> expand(List<Path> paths, List<Diagnostic> notes) {
        List<Diagnostic> missing = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                missing.add(Diagnostic.error(ValidationReport.IO, display(p), 0, 0,
                        "no such file or folder" + (p.toString().equals("bank") || p.toString().equals("bank/")
                                ? " (run 'qbank import' first, or name the bank folder to check)" : "")));
            }
        }
        if (!missing.isEmpty()) {
            throw new QbankException(missing, QbankException.EXIT_USAGE);
        }
        List<Folder> folders = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                expandFolder(p, folders, seen, notes);
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                Path parent = p.toAbsolutePath().normalize().getParent();
                String name = p.getFileName().toString();
                Kind kind = name.equals(BankStore.MANIFEST) ? Kind.MANIFEST : Kind.QUESTION;
                String display = display(p);
                int slash = display.lastIndexOf('/');
                folders.add(new Folder(parent, slash < 0 ? "" : display.substring(0, slash), bankRootOf(parent),
                        kind, List.of(name)));
            }
        }
        return folders;
    }

    private static void expandFolder(Path dir, List<Folder> folders, Set<Path> seen, List<Diagnostic> notes) {
        BankStore store = new BankStore(dir);
        String display = display(dir);
        if (store.exists()) {
            if (Files.isRegularFile(store.manifestFile()) && seen.add(store.manifestFile().toAbsolutePath().normalize())) {
                folders.add(new Folder(dir, display, dir, Kind.MANIFEST, List.of(BankStore.MANIFEST)));
            }
            if (Files.isDirectory(store.questionsDir())) {
                Path questions = store.questionsDir();
                String shown = display.isEmpty() ? BankStore.QUESTIONS : display + "/" + BankStore.QUESTIONS;
                folders.add(new Folder(questions, shown, dir, Kind.QUESTION, yamlNames(questions, shown, seen, notes)));
            }
        } else {
            folders.add(new Folder(dir, display, bankRootOf(dir.toAbsolutePath().normalize()), Kind.QUESTION,
                    yamlNames(dir, display, seen, null)));
        }
    }

    /**
     * The {@code .yaml} file names in {@code dir}, sorted. Hidden files (temporary files, {@code .gitkeep}) are
     * skipped; in a bank's questions folder ({@code strays != null}) any other file is reported as a warning,
     * never silently ignored.
     */
    private static List<String> yamlNames(Path dir, String display, Set<Path> seen, List<Diagnostic> strays) {
        List<String> names = new ArrayList<>();
        Path abs = dir.toAbsolutePath().normalize();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (name.endsWith(BankStore.EXTENSION)) {
                    if (seen.add(abs.resolve(name))) {
                        names.add(name);
                    }
                } else if (strays != null) {
                    strays.add(Diagnostic.warning(STRAY_FILE, display + "/" + name, 0, 0, "not a question file "
                            + "(questions/ holds ID.yaml files only); move it elsewhere or rename it"));
                }
            }
        } catch (IOException e) {
            throw QbankException.usage(ValidationReport.IO, display(dir), "cannot list the folder: " + e.getMessage());
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /** A question file's bank: the folder holding its {@code questions/} folder, else its own folder. */
    private static Path bankRootOf(Path dir) {
        Path name = dir.getFileName();
        if (name != null && name.toString().equals(BankStore.QUESTIONS) && dir.getParent() != null) {
            return dir.getParent();
        }
        return dir;
    }

    /** The path as the user gave it, with forward slashes and without {@code ./}: what editors and CI expect. */
    static String display(Path p) {
        String s = p.normalize().toString().replace('\\', '/');
        return s.equals(".") ? "" : s;
    }
}
