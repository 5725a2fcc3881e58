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
 * regular files, recursively, sorted by relative path, skipping hidden files and folders, {@code manifest.yaml},
 * {@code README*}, the bank being written and symbolic links (which could lead outside the folder). Missing paths
 * are reported together, one line each.
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
                List<InputFile> inFolder = walk(path, display, errors);
                if (inFolder.isEmpty()) {
                    errors.add(Diagnostic.error("no-input", display, 0, 0,
                            "this folder holds no files to import (hidden files, manifest.yaml and README* are skipped)"));
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

    private List<InputFile> walk(Path dir, String display, List<Diagnostic> errors) {
        List<Path> found = new ArrayList<>();
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
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    errors.add(Diagnostic.error("io", displayName(f), 0, 0, "cannot read: " + e.getMessage()));
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
        return files;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static boolean wanted(Path f) {
        String name = f.getFileName().toString();
        return !name.startsWith(".") && !name.equals("manifest.yaml")
                && !name.toUpperCase(Locale.ROOT).startsWith("README")
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
