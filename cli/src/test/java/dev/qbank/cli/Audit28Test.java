package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error paths docs/cli-audit-27.md left (its "cli28" section): every command that reads a bank says what is
 * wrong with it in the same words as validate, at the file and line, never the parser's or Java's words; every
 * export refuses a bank whose media leaves it; an output folder that cannot be written is said as such.
 */
class Audit28Test {
    private static final List<String> FORMATS = List.of("json", "jsonl", "markdown", "xlsx", "anki");

    @TempDir
    Path tmp;

    private int banks;

    /** A bank of one question (with {@code media}), whose file then gets {@code edit} applied to its text. */
    private Path bank(List<String> media, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path root = tmp.resolve("banks/" + banks++ + "/bank"); // each a bank of its own, named bank
        Question q = Question.builder("What is a mutex?").id("q-1").language("en").media(media)
                .source(new Source("seeds/s.txt", 1, "What is a mutex?", null, null, null, null)).build();
        new BankStore(root).commit(List.of(q), List.of(), new BankManifest(BankManifest.SCHEMA_VERSION, "t", List.of()));
        Path file = new BankStore(root).questionFile("q-1");
        Files.writeString(file, edit.apply(Files.readString(file)));
        return root;
    }

    /** Exports over an existing output in {@code format}; asserts it was refused whole and returns the error text. */
    private String exportFails(Path bank, String format) throws Exception {
        Path out = tmp.resolve("old." + format);
        Files.writeString(out, "OLD");
        MainTest.Result r = MainTest.run("export", "--format", format, "--bank", bank.toString(), "-o", out.toString());
        assertThat(r.code()).as(format).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).as(format).doesNotContain("Exception").doesNotContain("java.").doesNotContain(".tmp")
                .doesNotContain("in reader");
        assertThat(Files.readString(out)).as(format).isEqualTo("OLD");
        try (var left = Files.list(tmp)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as(format).isEmpty();
        }
        return r.err();
    }

    /** validate's findings for the bank, without its summary line. */
    private static String validate(Path bank) {
        MainTest.Result r = MainTest.run("validate", bank.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        return r.out() + r.err();
    }

    /** Before: the JSON, JSON Lines and Markdown exports wrote such a bank with exit 0; Anki named no line. */
    @Test
    void everyExportRefusesMediaThatLeavesTheBankInValidatesWords() throws Exception {
        Path bank = bank(List.of("../../etc/passwd", "/etc/passwd"), t -> t);
        Path file = new BankStore(bank).questionFile("q-1");
        String climbs = file + ":5:5: error[media-path]: media '../../etc/passwd' points outside the bank folder (bank); "
                + "keep media under media/";
        String absolute = file + ":6:5: error[media-path]: media '/etc/passwd' must be a relative path with forward "
                + "slashes inside the bank folder";
        assertThat(validate(bank)).contains(climbs).contains(absolute);
        for (String format : FORMATS) {
            String err = exportFails(bank, format);
            assertThat(err.lines()).as(format).hasSize(2);
            assertThat(err).as(format).contains(climbs).contains(absolute).contains("nothing was exported");
        }
    }

    /**
     * Every command that reads the bank, run on it: validate, export in each format (over an existing output),
     * import of one more file, dedup. Each must refuse; returns each one's error text by command.
     */
    private java.util.Map<String, String> everyCommandRefuses(Path bank, boolean readsQuestions) throws Exception {
        return everyCommandRefuses(bank, readsQuestions, true);
    }

    /** As above; {@code dedup} false for a file dedup does not read (deleted.yaml). */
    private java.util.Map<String, String> everyCommandRefuses(Path bank, boolean readsQuestions, boolean dedup)
            throws Exception {
        java.util.Map<String, String> errs = new java.util.LinkedHashMap<>();
        errs.put("validate", validate(bank));
        if (readsQuestions) {
            for (String format : FORMATS) {
                errs.put("export " + format, exportFails(bank, format));
            }
        }
        Path source = tmp.resolve("more.txt");
        Files.writeString(source, "1. What is a semaphore?\n");
        MainTest.Result i = MainTest.run("import", "--bank", bank.toString(), source.toString());
        assertThat(i.code()).as("import").isEqualTo(ExitCodes.FINDINGS);
        errs.put("import", i.err());
        if (dedup) {
            MainTest.Result d = MainTest.run("dedup", "--bank", bank.toString());
            assertThat(d.code()).as("dedup").isEqualTo(ExitCodes.FINDINGS);
            errs.put("dedup", d.err());
        }
        errs.forEach((command, err) -> assertThat(err).as(command).doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("in reader").doesNotContain("while parsing").doesNotContain("while scanning")
                .doesNotContain("Cannot deserialize").doesNotContain("<stream end>"));
        return errs;
    }

    private static void allSay(java.util.Map<String, String> errs, String where, String what) {
        errs.forEach((command, err) -> assertThat(err).as(command).contains(where).contains(what));
    }

    /** Before: export, import and dedup gave "expected <block end>, but found '<scalar>'"; validate had the hint. */
    @Test
    void anUnclosedQuoteIsSaidInOneWordingByEveryCommand() throws Exception {
        Path bank = bank(List.of(), t -> t.replace("question: What", "question: \"What"));
        allSay(everyCommandRefuses(bank, true), "q-1.yaml:2:11: error[yaml]: ",
                "a quoted value is never closed; add the closing quote");
    }

    @Test
    void anUnclosedBracketIsSaidInOneWordingByEveryCommand() throws Exception {
        Path bank = bank(List.of(), t -> t.replace("language: en", "tags: [locks, threads\nlanguage: en"));
        allSay(everyCommandRefuses(bank, true), "q-1.yaml:3:7: error[yaml]: ",
                "the '[' here is never closed; add the closing ']'");
    }

    /** A bank whose side file {@code name} holds {@code text}. */
    private Path bankWith(String name, String text) throws Exception {
        Path bank = bank(List.of(), t -> t);
        Files.writeString(bank.resolve(name), text);
        return bank;
    }

    /** Before: the parser's words ("found character '\\t(TAB)' that cannot start any token"), from every command. */
    @Test
    void aBrokenSideFileIsSaidAsAQuestionFileWouldBe() throws Exception {
        for (String name : List.of("glossary.yaml", "decisions.yaml", "deleted.yaml")) {
            String code = name.substring(0, name.indexOf('.'));
            boolean dedup = !name.equals("deleted.yaml"); // dedup reads the glossary and the decisions only
            allSay(everyCommandRefuses(bankWith(name, "a:\n\t- b\n"), false, dedup), name + ":2:1: error[" + code + "]: ",
                    "a tab character; YAML indents with spaces only: replace the tab with spaces");
            allSay(everyCommandRefuses(bankWith(name, code + ": [x, y\n"), false, dedup), name + ":1:" + (code.length() + 3)
                    + ": error[" + code + "]: ", "the '[' here is never closed; add the closing ']'");
            // the file ends inside a mapping and a list: the parser says "expected the node content, but found
            // '<stream end>'"; the innermost opener is the one to close (a quote in a comment is no quote)
            allSay(everyCommandRefuses(bankWith(name, "# what's this\n{a: [\n"), false, dedup), name + ":2:5: error["
                    + code + "]: ", "the '[' here is never closed; add the closing ']'");
            // a git merge left it unresolved (two branches each recorded a decision): the marker, not the indentation
            allSay(everyCommandRefuses(bankWith(name, code + ":\n<<<<<<< HEAD\n  - a\n=======\n  - b\n>>>>>>> other\n"),
                    false, dedup), name + ":2:1: error[" + code + "]: ", "a git merge conflict marker ('<<<<<<< HEAD'): "
                    + "the merge left this file unresolved");
        }
    }

    @Test
    void aSideFileOfTheWrongShapeOrWithAnUnknownFieldSaysWhereAndWhat() throws Exception {
        allSay(everyCommandRefuses(bankWith("decisions.yaml", "decisions:\n  - action: merge\n    a: q-1\n    b: q-2\n"
                + "    why: same\n"), false), "decisions.yaml:5:", "unknown field 'why'; the file holds decisions: a list"
                + " of entries with action (merge or keep-apart), a and b: remove it (fix the file by hand or restore it");
        allSay(everyCommandRefuses(bankWith("deleted.yaml", "deleted:\n  - file: a.txt\n    line: first\n"
                + "    text: x\n"), false, false), "deleted.yaml:3:", "deleted[0].line: not the kind of value this field holds "
                + "(expected a whole number)");
        // an entry without a field it needs: at the entry's line (before: no line)
        allSay(everyCommandRefuses(bankWith("decisions.yaml", "# kept by qbank dedup\ndecisions:\n  - action: merge\n"
                + "    a: q-1\n    b: q-2\n\n  - action: keep-apart\n    a: q-1\n"), false), "decisions.yaml:7: ",
                "decision 2 needs action (merge or keep-apart), a and b");
        allSay(everyCommandRefuses(bankWith("deleted.yaml", "deleted:\n- file: a.txt\n  line: 3\n"), false, false),
                "deleted.yaml:2: ", "entry 1 needs file, line (1 or more) and text");
        allSay(everyCommandRefuses(bankWith("deleted.yaml", "deleted: a.txt\n"), false, false), "deleted.yaml:1:",
                "deleted: not the kind of value this field holds (expected a list)");
        allSay(everyCommandRefuses(bankWith("glossary.yaml", "fillers: [um]\nterms: 5\n"), false), "glossary.yaml:2: ",
                "terms must be a list of synonym groups");
        allSay(everyCommandRefuses(bankWith("glossary.yaml", "fillers: [um]\nnotes: mine\n"), false),
                "glossary.yaml:2: ", "unknown key 'notes' (a glossary has only terms");
    }

    /** curator29: a finding about one entry of a glossary section is at the entry's line (before: the section's). */
    @Test
    void aGlossaryFindingAboutAnEntryIsAtTheEntry() throws Exception {
        String terms = "terms:\n  - [adam, adam optimizer]\n";
        allSay(everyCommandRefuses(bankWith("glossary.yaml", terms + "broad:\n  - adam\n  - sgdx\n"), false),
                "glossary.yaml:5: ", "broad names 'sgdx', which is not a term");
        allSay(everyCommandRefuses(bankWith("glossary.yaml", terms + "asks:\n  definition: [是什么]\n"
                + "  meaning: [什么意思]\n"), false), "glossary.yaml:5: ", "unknown ask kind 'meaning'");
        allSay(everyCommandRefuses(bankWith("glossary.yaml", terms + "isa:\n  # optimisers\n  优化器:\n    - adam\n"
                + "    - sgdx\n"), false), "glossary.yaml:7: ", "isa.优化器 names 'sgdx', which is not a term");
        // written in flow style, on the section's line: that line
        allSay(everyCommandRefuses(bankWith("glossary.yaml", terms + "broad: [adam, sgdx]\n"), false),
                "glossary.yaml:3: ", "broad names 'sgdx'");
    }

    /** Before: "cannot write the export (AccessDeniedException: ro/.x.json.1043…tmp) …: free space or choose another --out". */
    @Test
    void anOutputFolderThatCannotBeWrittenIsSaidAsSuch() throws Exception {
        Path out = tmp.resolve("ro").resolve("x.json");
        String denied = ExportCommand.cannotWrite(out, new java.nio.file.AccessDeniedException(
                tmp.resolve("ro/.x.json.10436174880773894330.tmp").toString())).diagnostics().get(0).format();
        assertThat(denied).isEqualTo(out + ": error[io]: cannot write the export: the folder " + out.getParent()
                + " cannot be written (permission denied): give yourself write access to it, or choose another --out; "
                + "nothing was written there, a previous file is unchanged");
        String full = ExportCommand.cannotWrite(out, new java.nio.file.FileSystemException(
                tmp.resolve("ro/.x.json.1.tmp").toString(), null, "No space left on device")).diagnostics().get(0).format();
        assertThat(full).contains("No space left on device").contains("free space or choose another --out")
                .doesNotContain(".tmp").doesNotContain("Exception");

        // the same through the command, where the file system refuses (not as root, who may write anywhere)
        Path bank = bank(List.of(), t -> t);
        Path ro = Files.createDirectories(out.getParent());
        Files.writeString(out, "OLD");
        Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "root writes any folder");
            MainTest.Result r = MainTest.run("export", "--format", "json", "--bank", bank.toString(), "-o", out.toString());
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().strip()).isEqualTo(denied);
            assertThat(Files.readString(out)).isEqualTo("OLD");
        } finally {
            Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A package whose media list names {@code ../x} and {@code /abs}, and which holds an entry named {@code ../x}:
     * before, all were dropped without a word. Still nothing is written outside; now each is warned about.
     */
    @Test
    void aHostilePackagesMediaNamesAreWarnedAboutAndNotWritten() throws Exception {
        Path deck = tmp.resolve("deck.apkg");
        MainTest.Result made = MainTest.run("export", "--format", "anki", "--bank", bank(List.of(), t -> t).toString(),
                "-o", deck.toString());
        assertThat(made.code()).isEqualTo(ExitCodes.OK);
        Path outside = tmp.resolve("evil-abs.png");
        Path hostile = tmp.resolve("hostile.apkg");
        try (var in = new java.util.zip.ZipFile(deck.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(hostile))) {
            for (var e : java.util.Collections.list(in.entries())) {
                if (!e.getName().equals("media")) {
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    in.getInputStream(e).transferTo(out);
                }
            }
            out.putNextEntry(new java.util.zip.ZipEntry("media"));
            out.write(("{\"0\": \"../../evil-up.png\", \"1\": \"" + outside + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String name : List.of("0", "1", "../../evil-entry.png")) {
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                out.write(new byte[] {1, 2, 3});
            }
        }
        Path into = tmp.resolve("imported/bank");
        MainTest.Result r = MainTest.run("import", "--bank", into.toString(), hostile.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains(hostile + ": warning[media-path]: the package's media list names entry 0 "
                + "'../../evil-up.png': not a plain file name, so it is not unpacked")
                .contains(hostile + ": warning[media-path]: the package's media list names entry 1 '" + outside + "'")
                .contains(hostile + ": warning[media-path]: the package holds an entry named '../../evil-entry.png'");
        assertThat(outside).doesNotExist();
        try (var all = Files.walk(tmp)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("evil"));
        }
    }
}
