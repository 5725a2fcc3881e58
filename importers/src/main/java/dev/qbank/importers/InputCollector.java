package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the paths a user named into the files to import. A file is taken as named; a folder contributes its
 * regular files, recursively, sorted by relative path, skipping hidden files and folders, Office's {@code ~$} lock
 * files, {@code manifest.yaml},
 * a repository's own files ({@code README*}, {@code LICENSE*}, ...: {@link #REPOSITORY_FILES}), the bank being
 * written and symbolic links (which could lead outside the folder). Missing paths are reported together, one line
 * each.
 *
 * <p>Inside a folder, files that are plainly not text by their extension (images, PDFs, archives, office documents:
 * {@link #NOT_TEXT}) are skipped too, and counted in one {@code skipped} warning per folder: a Notion export keeps
 * each page's pictures in a folder beside the page, and importing the export's folder must not fail on them (the
 * page's links bring them into the bank). A file named on the command line is always read, whatever its name.
 *
 * <p>The bank records each file by its path from the folder that holds the bank (the project folder in the usual
 * layout, {@code seeds/x.txt} beside {@code bank/}), not as it was typed: typed paths depend on where the command ran
 * ({@code seeds/x.txt}, {@code ./seeds/x.txt}, {@code /home/me/project/seeds/x.txt}), and one file recorded under
 * two names got every question a second source and the manifest a second entry, while two different files typed
 * alike from two folders were taken for one. Messages still name the file as typed.
 */
final class InputCollector {
    private final Path bankRoot;
    /** Recorded names are relative to this folder: the one holding the bank. */
    private final Path recordBase;
    /** Per walked folder with skipped files: one warning naming a few of them. */
    private final List<Diagnostic> skipped = new ArrayList<>();

    /** Extensions of files a folder walk leaves out (lower case, without the dot). */
    static final Set<String> NOT_TEXT = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "bmp", "svg", "ico", "tif", "tiff", "heic", "avif",
            "mp3", "wav", "ogg", "m4a", "mp4", "mov", "webm", "avi", "mkv",
            "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar",
            // not xlsx, docx and apkg: workbooks, Word documents and Anki decks are question banks qbank reads
            "doc", "xls", "ppt", "pptx", "odt", "ods", "odp", "epub",
            "exe", "dll", "so", "dylib", "class", "jar", "db", "sqlite", "woff", "woff2", "ttf", "otf");
    /**
     * Name prefixes (upper case) of the files a repository of banks keeps beside them and that are never banks: a
     * folder walk leaves them out without a word, as documented, because every run would otherwise repeat it.
     */
    static final List<String> REPOSITORY_FILES = List.of("README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG",
            "CONTRIBUTING", "CODE_OF_CONDUCT", "AUTHORS", "NOTICE");
    /** Skipped files named in a folder's warning before "and N more". */
    private static final int SKIPPED_LISTED = 3;

    InputCollector(Path bankRoot) {
        this.bankRoot = bankRoot.toAbsolutePath().normalize();
        this.recordBase = this.bankRoot.getParent();
    }

    List<InputFile> collect(List<String> inputs, List<Diagnostic> errors) {
        List<InputFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            String display = displayName(path);
            if (Files.isRegularFile(path)) {
                if (seen.add(path.toAbsolutePath().normalize())) {
                    files.add(new InputFile(path, display, recordedName(path)));
                }
            } else if (Files.isDirectory(path)) {
                int errorsBefore = errors.size();
                List<InputFile> inFolder = walk(path, display, errors);
                if (inFolder.isEmpty() && errors.size() == errorsBefore) { // an unreadable folder says so already
                    errors.add(Diagnostic.error("no-input", display, 0, 0, "this folder holds no files to import"
                            + " (hidden files, manifest.yaml, README*, LICENSE* and the like, and images, PDFs,"
                            + " archives and other files that are not text are skipped; name a file to import it"
                            + " anyway)"));
                }
                for (InputFile f : inFolder) {
                    if (seen.add(f.path().toAbsolutePath().normalize())) {
                        files.add(f);
                    }
                }
            } else {
                errors.add(Diagnostic.error("no-input", display, 0, 0,
                        Files.exists(path) ? "not a regular file or folder" : "no such file or folder"));
            }
        }
        return files;
    }

    /** The folders' {@code skipped} warnings, after {@link #collect}. */
    List<Diagnostic> skipped() {
        return List.copyOf(skipped);
    }

    private List<InputFile> walk(Path dir, String display, List<Diagnostic> errors) {
        List<Path> found = new ArrayList<>();
        List<Path> notText = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean skip = !d.equals(dir) && (hidden(d) || d.toAbsolutePath().normalize().equals(bankRoot));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !Files.isSymbolicLink(f) && wanted(f)) {
                        (notText(f) ? notText : found).add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    errors.add(Diagnostic.error("io", displayName(f), 0, 0, SourceDocument.cannotRead(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(Diagnostic.error("io", display, 0, 0, "cannot list this folder: " + e.getMessage()));
        }
        List<InputFile> files = new ArrayList<>();
        for (Path f : found) {
            String relative = slashes(dir.relativize(f).toString());
            files.add(new InputFile(f, display.isEmpty() ? relative : display + "/" + relative, recordedName(f)));
        }
        files.sort(Comparator.comparing(InputFile::displayName));
        if (!notText.isEmpty()) {
            skipped.add(skippedWarning(dir, display, notText));
        }
        return files;
    }

    private static Diagnostic skippedWarning(Path dir, String display, List<Path> notText) {
        List<String> names = notText.stream().map(f -> slashes(dir.relativize(f).toString())).sorted().toList();
        String listed = String.join(", ", names.subList(0, Math.min(SKIPPED_LISTED, names.size())))
                + (names.size() > SKIPPED_LISTED ? ", and " + (names.size() - SKIPPED_LISTED) + " more" : "");
        return Diagnostic.warning("skipped", display.isEmpty() ? "." : display, 0, 0, names.size()
                + (names.size() == 1 ? " file is not text by its extension" : " files are not text by their extension")
                + " and not imported ("
                + listed + "); images a page links to are copied into the bank through that link; name a file to"
                + " import it anyway");
    }

    private static boolean notText(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && NOT_TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static boolean wanted(Path f) {
        String name = f.getFileName().toString();
        String upper = name.toUpperCase(Locale.ROOT);
        // "~$book.xlsx": the lock file Office keeps beside a workbook while it is open, binary and never a bank
        return !name.startsWith(".") && !name.startsWith("~$") && !name.equals("manifest.yaml")
                && REPOSITORY_FILES.stream().noneMatch(upper::startsWith)
                && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The file's path from the folder holding the bank, with forward slashes ({@code ../in/x.txt} for a file beside
     * that folder); the absolute path when there is no such path (the bank at a file-system root, another drive).
     */
    String recordedName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (recordBase != null) {
            try {
                return slashes(recordBase.relativize(absolute).toString());
            } catch (IllegalArgumentException otherRoot) {
                // falls through to the absolute path
            }
        }
        return slashes(absolute.toString());
    }

    /** The path as the user gave it, cleaned of {@code ./}, {@code x/../} and trailing slashes, with forward slashes. */
    static String displayName(Path path) {
        String s = slashes(path.normalize().toString());
        return s.equals(".") ? "" : s;
    }

    private static String slashes(String s) {
        return s.replace('\\', '/');
    }
}
