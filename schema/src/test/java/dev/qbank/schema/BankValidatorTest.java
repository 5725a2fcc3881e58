package dev.qbank.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankValidatorTest {
    @TempDir
    Path tmp;
    Path bank;

    static Question question(String id, String text) {
        return Question.builder(text).id(id).answer("答案")
                .source(new Source("seeds/a.txt", 3, text, "numbered", "3", null, null)).build();
    }

    @BeforeEach
    void writeBank() {
        bank = tmp.resolve("bank");
        new BankStore(bank).commit(List.of(question("q-1", "什么是RNN？"), question("q-2", "什么是LSTM？")),
                List.of(), BankManifest.empty());
    }

    ValidationReport validate(Path... paths) {
        return new BankValidator().validate(List.of(paths));
    }

    Path write(String name, String content) throws Exception {
        Path file = bank.resolve("questions").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    static List<String> lines(ValidationReport r) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            out.add(d.format());
        }
        return out;
    }

    @Test
    void aBankWrittenByTheModelIsClean() {
        ValidationReport r = validate(bank);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.filesChecked()).isEqualTo(3);
    }

    @Test
    void everyBrokenFileOfTheDoneCriteriaIsReportedWithFileAndLineInOneRun() throws Exception {
        write("missing-question.yaml", "id: missing-question\nanswer: x\n");
        write("bad-difficulty.yaml", "id: bad-difficulty\nquestion: a\ndifficulty: extreme\n");
        write("typo.yaml", "id: typo\nquestion: b\nanwser: c\n");
        write("wrong-type.yaml", "id: wrong-type\nquestion: c\ntags: 7\n");
        write("syntax.yaml", "id: syntax\nquestion: [d\nanswer: e\n");
        write("dup-key.yaml", "id: dup-key\nquestion: f\nquestion: g\n");
        write("q-3.yaml", "id: q-1\nquestion: h\n");
        ValidationReport r = validate(bank);
        String questions = bank.resolve("questions").toString().replace('\\', '/');
        assertThat(lines(r)).contains(
                questions + "/missing-question.yaml:1:1: error[schema]: missing required field 'question'",
                questions + "/bad-difficulty.yaml:3:13: error[schema]: difficulty: 'extreme' is not one of easy, medium, hard",
                questions + "/typo.yaml:3:1: error[schema]: unknown field 'anwser' (did you mean 'answer'?)",
                questions + "/wrong-type.yaml:3:7: error[schema]: tags: expected a list, found an integer '7'",
                questions + "/dup-key.yaml:3:1: error[duplicate-key]: duplicate key 'question': a key may appear once "
                        + "in a mapping; keep one of the entries");
        assertThat(lines(r)).anySatisfy(l -> assertThat(l).startsWith(questions + "/syntax.yaml:2:11:")
                .contains("error[yaml]: invalid YAML: the '[' here is never closed; add the closing ']'"));
        assertThat(lines(r)).anySatisfy(l -> assertThat(l).startsWith(questions + "/q-3.yaml:1:5: error[duplicate-id]: "
                + "id 'q-1' is already used by " + questions + "/1/q-1.yaml"));
        assertThat(lines(r)).noneSatisfy(l -> assertThat(l).startsWith(questions + "/q-3.yaml:1:5: error[id-filename]"));
        assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("duplicate-id")).hasSize(1);
        assertThat(r.filesChecked()).isEqualTo(10);
        assertThat(r.hasIoErrors()).isFalse();
    }

    @Test
    void theMisnamedFileIsBlamedForADuplicateIdNotTheFileNamedAfterIt() throws Exception {
        write("a-first.yaml", "id: q-2\nquestion: 别的问题\n");
        write("z-last.yaml", "id: q-9\nquestion: 又一个\n");
        write("z-later.yaml", "id: q-9\nquestion: 再一个\n");
        String questions = bank.resolve("questions").toString().replace('\\', '/');
        List<String> dups = lines(validate(bank)).stream().filter(l -> l.contains("[duplicate-id]")).toList();
        assertThat(dups).containsExactly(
                questions + "/a-first.yaml:1:5: error[duplicate-id]: id 'q-2' is already used by " + questions
                        + "/2/q-2.yaml; ids must be unique in a bank (write 'id: a-first', the file's name)",
                questions + "/z-later.yaml:1:5: error[duplicate-id]: id 'q-9' is already used by " + questions
                        + "/z-last.yaml; ids must be unique in a bank (write 'id: z-later', the file's name)");
    }

    @Test
    void aliasBombIsRefusedQuicklyWithoutExpanding() throws Exception {
        StringBuilder bomb = new StringBuilder("id: bomb\nquestion: x\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 30; i++) {
            bomb.append("lol").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        Path file = write("bomb.yaml", bomb.toString());
        long start = System.nanoTime();
        ValidationReport r = validate(file);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("alias")).hasSize(YamlDocument.MAX_PER_CODE + 1);
        assertThat(lines(r)).anySatisfy(l -> assertThat(l).endsWith("bomb.yaml:3:7: error[alias]: anchor '&a0': qbank "
                + "files use no anchors or aliases; remove it"));
        assertThat(lines(r)).anySatisfy(l -> assertThat(l).contains("more [alias] findings from here on not shown"));
    }

    /**
     * A small file with thousands of mistakes (unknown keys, one tag repeated) gets the first few findings, in file
     * order and each at its key, then a count: it used to get one finding per mistake, each unknown key located by
     * reading the whole file again (minutes of CPU and gigabytes for a 200 KB file).
     */
    @Test
    void thousandsOfSchemaMistakesInOneFileAreCappedWithACount() throws Exception {
        StringBuilder yaml = new StringBuilder("id: keys\nquestion: x\n");
        for (int i = 0; i < 5_000; i++) {
            yaml.append("k").append(i).append(": v\n");
        }
        ValidationReport r = validate(write("keys.yaml", yaml.toString()));
        assertThat(r.diagnostics()).hasSize(SchemaCheck.MAX_FINDINGS + 1);
        assertThat(lines(r).get(0)).endsWith("keys.yaml:3:1: error[schema]: unknown field 'k0'; allowed fields: id, "
                + "question, prompt, answer, explanation, difficulty, topic, tags, language, aliases, references, media, "
                + "sources, conflicts");
        assertThat(lines(r).get(SchemaCheck.MAX_FINDINGS - 1)).contains("keys.yaml:22:1: error[schema]: unknown field 'k19'");
        assertThat(lines(r).get(SchemaCheck.MAX_FINDINGS))
                .endsWith("keys.yaml:23:1: error[schema]: 4980 more [schema] findings from here on not shown");

        ValidationReport tags = validate(write("tags.yaml", "id: tags\nquestion: x\ntags:\n" + "  - a\n".repeat(3_000)));
        assertThat(lines(tags)).containsExactly(bank.resolve("questions/tags.yaml").toString().replace('\\', '/')
                + ":5:5: error[schema]: tags: 'a' is listed twice; remove the repeat");
        ValidationReport lists = validate(write("lists.yaml", "id: lists\nquestion: x\ntags:\n" + "  - [a]\n".repeat(3_000)));
        assertThat(lines(lists)).hasSize(SchemaCheck.MAX_FINDINGS + 1).last().asString()
                .endsWith("lists.yaml:23:5: error[schema]: 2981 more [schema] findings from here on not shown");
    }

    /**
     * A question file that is a symbolic link out of the bank is refused, not read (a pull request could have CI, and
     * then the export, read any file of the machine); a link to nothing is a finding of the bank, not an I/O error;
     * a link that stays inside the bank is read as before.
     */
    @Test
    void questionFilesLinkedFromOutsideTheBankAreRefused() throws Exception {
        Path outside = Files.writeString(tmp.resolve("q-3.yaml"), "id: q-3\nquestion: 机密\n");
        Path inside = Files.createDirectories(bank.resolve("drafts")).resolve("q-4.yaml");
        Files.writeString(inside, "id: q-4\nquestion: 什么是GRU？\n");
        Path questions = bank.resolve("questions");
        Files.createSymbolicLink(questions.resolve("q-3.yaml"), outside);
        Files.createSymbolicLink(questions.resolve("q-4.yaml"), inside);
        Files.createSymbolicLink(questions.resolve("q-5.yaml"), tmp.resolve("gone.yaml"));
        ValidationReport r = validate(bank);
        String shown = questions.toString().replace('\\', '/');
        assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format).containsExactly(
                shown + "/q-3.yaml: error[link]: a symbolic link leading outside the bank folder; put the question "
                        + "file itself here",
                shown + "/q-5.yaml: error[link]: a symbolic link to nothing (a missing file, or a circle of links); "
                        + "put the question file itself here");
        assertThat(r.hasIoErrors()).isFalse();
    }

    /**
     * {@code questions/} itself a symbolic link out of the bank: one finding naming it, and nothing where it leads is
     * read, whether the bank, the folder or a file in it is named (before, all of it was validated as the bank's).
     */
    @Test
    void aQuestionsFolderLinkedOutOfTheBankIsAFindingAndNotRead() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("home/q"));
        Files.writeString(outside.resolve("q-9.yaml"), "id: q-9\nquestoin: 机密\n");
        Path linked = Files.createDirectories(tmp.resolve("pr"));
        Files.createSymbolicLink(linked.resolve("questions"), outside.getParent());
        ValidationReport r = validate(linked, linked.resolve("questions/q/q-9.yaml"));
        String shown = linked.toString().replace('\\', '/');
        assertThat(r.filesChecked()).isZero();
        assertThat(r.diagnostics()).extracting(Diagnostic::code, Diagnostic::file).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("link", shown + "/questions"),
                org.assertj.core.groups.Tuple.tuple("link", shown + "/questions/q"));
        assertThat(r.diagnostics().get(0).message()).contains("symbolic link leading outside the bank folder");
    }

    /**
     * A named pipe called like a question file, or bank.yaml, is a finding naming it, never opened (the open would
     * block); bank.yaml was skipped without a word.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeInQuestionsIsReportedNotOpened() throws Exception {
        Path pipe = bank.resolve("questions/p/q-7.yaml");
        Files.createDirectories(pipe.getParent());
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
        Path manifest = bank.resolve(BankStore.MANIFEST);
        Files.delete(manifest);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", manifest.toString()).start().waitFor() == 0, "mkfifo");
        ValidationReport r = validate(bank);
        String problem = ": error[io]: not a plain file but a named pipe, socket or device, so it is not read; qbank "
                + "reads plain YAML files only: replace it with one, or remove it";
        assertThat(lines(r)).hasSize(2).anySatisfy(l -> assertThat(l).endsWith("bank.yaml" + problem))
                .anySatisfy(l -> assertThat(l).endsWith("q-7.yaml" + problem));
    }

    /**
     * A file copied from another keeps its id: one finding, telling to write the file's own name as id (renaming the
     * file after the id, as id-filename alone would say, collides too).
     */
    @Test
    void aCopiedFileIsToldToTakeItsOwnNameAsId() throws Exception {
        Path copy = write("q-new.yaml", "id: q-1\nquestion: 什么是GRU？\n");
        String questions = bank.resolve("questions").toString().replace('\\', '/');
        assertThat(lines(validate(bank))).containsExactly(questions + "/q-new.yaml:1:5: error[duplicate-id]: id 'q-1' is "
                + "already used by " + questions + "/1/q-1.yaml; ids must be unique in a bank (write 'id: q-new', the "
                + "file's name)");
        Files.delete(copy);
    }

    /** A question saved next to questions/ instead of in it would pass and never reach the bank: a warning. */
    @Test
    void yamlFilesOutsideQuestionsAreNamed() throws Exception {
        Files.writeString(bank.resolve("q-9.yaml"), "id: q-9\nquestion: 什么是GRU？\n");
        Files.createDirectories(bank.resolve("question"));
        Files.writeString(bank.resolve("question/q-8.yaml"), "id: q-8\nquestion: 什么是CNN？\n");
        Files.writeString(bank.resolve("notes.md"), "# notes\n");
        Files.writeString(bank.resolve("glossary.yaml"), "terms: []\n");
        String b = bank.toString().replace('\\', '/');
        assertThat(lines(validate(bank))).containsExactly(
                b + "/q-9.yaml: warning[stray-file]: not read: question files go in questions/ (as questions/C/ID.yaml); "
                        + "move it there",
                b + "/question: warning[stray-file]: not read: question files go in questions/ (as "
                        + "questions/C/ID.yaml); move the .yaml files of this folder there");
    }

    /** CI pointed at a mistyped or emptied folder would pass on anything: a folder with nothing to check says so. */
    @Test
    void aFolderWithNothingToCheckIsAWarning() throws Exception {
        Path contrib = Files.createDirectories(tmp.resolve("contrib"));
        String c = contrib.toString().replace('\\', '/');
        ValidationReport empty = validate(contrib);
        assertThat(lines(empty)).containsExactly(c + ": warning[no-questions]: no question files here (a bank folder "
                + "holds bank.yaml and questions/, a folder of questions holds ID.yaml files): nothing was checked; "
                + "name the bank folder or the question files to check");
        assertThat(empty.errors()).isZero();

        Files.writeString(contrib.resolve("q-9.yml"), "id: q-9\nquestion: 什么是GRU？\n");
        assertThat(lines(validate(contrib))).containsExactly(c + ": warning[no-questions]: no question files here: "
                + "qbank reads ID.yaml files, not q-9.yml; rename it to .yaml");

        Files.writeString(contrib.resolve("q-9.yaml"), "id: q-9\nquestion: 什么是GRU？\n");
        assertThat(lines(validate(contrib))).isEmpty(); // a folder of question files: no warning, the .yml aside
        assertThat(lines(validate(bank))).isEmpty(); // a bank: never
    }

    /**
     * curator42 (contributor audit 42): a question filed one folder deeper where no reader looks
     * ({@code bank/question/v/}, a typo of questions/) was passed over without a word; a contribution folder's
     * subfolders were not read, and CI said nothing was checked (exit 0) while they held questions, one of them
     * broken; a {@code .yml} in questions/ was told to be renamed without saying to what.
     */
    @Test
    void questionsOneFolderDeeperThanReadAreFoundOrNamed() throws Exception {
        Files.createDirectories(bank.resolve("question/v"));
        Files.writeString(bank.resolve("question/v/q-8.yaml"), "id: q-8\nquestion: 什么是CNN？\n");
        Files.writeString(bank.resolve("questions/q-7.yml"), "id: q-7\nquestion: 什么是VAE？\n");
        String b = bank.toString().replace('\\', '/');
        assertThat(lines(validate(bank))).containsExactlyInAnyOrder(
                b + "/question: warning[stray-file]: not read: question files go in questions/ (as "
                        + "questions/C/ID.yaml); move the .yaml files of this folder there",
                b + "/questions/q-7.yml: warning[stray-file]: not a question file (questions/ holds ID.yaml files and "
                        + "folders of them only); qbank reads .yaml files only: rename it to q-7.yaml");

        Path contrib = Files.createDirectories(tmp.resolve("contrib/cnn"));
        Files.writeString(contrib.resolve("kernel.yaml"), "id: kernel\nanswer: 卷积核\n");
        Files.createDirectories(tmp.resolve("contrib/.git"));
        Files.writeString(tmp.resolve("contrib/.git/config.yaml"), "not: a question\n");
        ValidationReport report = validate(tmp.resolve("contrib"));
        assertThat(lines(report)).containsExactly(contrib.toString().replace('\\', '/')
                + "/kernel.yaml:1:1: error[schema]: missing required field 'question'");
        assertThat(report.filesChecked()).isEqualTo(1);
    }

    @Test
    void tagsAreFindings() throws Exception {
        Path file = write("tags.yaml", "id: tags\nquestion: !!str x\nanswer: !!binary aGk=\ntopic: !custom y\n");
        assertThat(lines(validate(file))).anySatisfy(l -> assertThat(l).endsWith(
                "tags.yaml:2:11: error[tag]: explicit type tag '!!str': qbank files use plain values only; remove the tag"))
                .anySatisfy(l -> assertThat(l).contains("tags.yaml:3:9: error[tag]: explicit type tag '!!binary'"))
                .anySatisfy(l -> assertThat(l).contains("tags.yaml:4:8: error[tag]: explicit type tag '!custom'"));
    }

    /**
     * curator42 (contributor audit 42): a listed media file that is missing was said with the absolute path looked
     * for, in CI the runner's; it is now from the folder validate runs in, as the finding's own path is.
     */
    @Test
    void aMissingMediaFileIsShownFromTheFolderValidateRunsIn() throws Exception {
        Path here = Files.createDirectories(Path.of("target", "curator42-media"));
        Path q = Files.createDirectories(here.resolve("bank/questions/r")).resolve("r.yaml");
        Files.writeString(here.resolve("bank/bank.yaml"), "schemaVersion: 1\n");
        Files.writeString(q, "id: r\nquestion: 残差连接？\nmedia:\n  - media/block.png\n");
        assertThat(lines(validate(here.resolve("bank")))).singleElement().asString().isEqualTo(
                "target/curator42-media/bank/questions/r/r.yaml:4:5: error[media-missing]: media 'media/block.png' does "
                        + "not exist (looked for target/curator42-media/bank/media/block.png); add the file under "
                        + "media/ or remove the entry");
    }

    /**
     * fix43 (contributor audit 42's note): a listed image that is missing was reported twice, an error at the media
     * entry and a link warning at the answer's link to it; it is one fault, told once by the clearer error. A link to
     * a missing file nobody listed is still the link's warning.
     */
    @Test
    void aMissingListedImageIsOneFinding() throws Exception {
        Path file = write("r.yaml", """
                id: r
                question: 残差块长什么样？
                answer: "见 ![block](media/block.png) 与 ![gone](media/gone.png)"
                media:
                  - media/block.png
                """);
        List<String> found = lines(validate(file)).stream().map(l -> l.substring(l.indexOf("r.yaml"))).toList();
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).startsWith("r.yaml:3:48: warning[media-link]: image 'media/gone.png' is not in the bank");
        assertThat(found.get(1)).startsWith("r.yaml:5:5: error[media-missing]: media 'media/block.png' does not exist");
    }

    @Test
    void hugeScalarsAndHugeFilesAreFindingsNotCrashes() throws Exception {
        Path scalar = write("huge.yaml", "id: huge\nquestion: x\nanswer: " + "a".repeat(QbankMapper.MAX_STRING_LENGTH + 1) + "\n");
        List<String> found = lines(validate(scalar));
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).contains("huge.yaml:3:9: error[too-large]: String value length")
                .contains("exceeds the maximum allowed (1000000) (qbank's limit").doesNotContain("StreamReadConstraints");

        Path deep = write("deep.yaml", "id: deep\nquestion: x\ntags: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        assertThat(lines(validate(deep))).singleElement().asString().contains("deep.yaml:3:").contains("error[too-large]")
                .contains("Document nesting depth (65) exceeds the maximum allowed (64) (qbank's limit")
                .endsWith("flatten it)") // curator42: not "split the text", which does not help a nesting
                .doesNotContain("StreamReadConstraints");

        Path file = write("big.yaml", "id: big\nquestion: x\nanswer: |\n" + ("  " + "b".repeat(1000) + "\n").repeat(4100));
        assertThat(lines(validate(file))).singleElement().asString()
                .contains("big.yaml: error[too-large]: file has 41").contains("a bank file may hold at most 4000000")
                .endsWith("split the text or link to it)");
    }

    /**
     * A manifest entry naming a source file that is gone (deleted or moved without importing) is a warning at the
     * entry's file line; an entry whose file exists (from the folder holding the bank) is not.
     */
    @Test
    void aManifestEntryWhoseSourceFileIsGoneIsAWarningAtItsLine() throws Exception {
        Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(tmp.resolve("seeds/a.txt"), "1. 什么是RNN？\n");
        Files.writeString(bank.resolve("bank.yaml"), """
                schemaVersion: 1
                sources:
                  - file: seeds/a.txt
                    questions: 1
                  - file: seeds/moved.txt
                    questions: 1
                """);
        ValidationReport r = validate(bank);
        assertThat(lines(r)).singleElement().satisfies(l -> assertThat(l)
                .contains("bank.yaml:5:11: warning[source-missing]: source 'seeds/moved.txt' does not exist")
                .contains("import it under its new path").endsWith("remove this entry"));
        assertThat(r.errors()).isZero();
    }

    @Test
    void mediaMustExistInsideTheBank() throws Exception {
        Files.createDirectories(bank.resolve("media"));
        Files.writeString(bank.resolve("media/ok.png"), "png");
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(bank.resolve("media/link.png"), outside);
        Path file = write("m.yaml", """
                id: m
                question: 图里是什么？
                media:
                  - media/ok.png
                  - media/none.png
                  - ../secret.txt
                  - /etc/passwd
                  - media/link.png
                  - media\\\\ok.png
                """);
        List<String> found = lines(validate(file));
        assertThat(found).hasSize(5);
        assertThat(found.get(0)).contains("m.yaml:5:5: error[media-missing]: media 'media/none.png' does not exist")
                .endsWith("; add the file under media/ or remove the entry");
        assertThat(found.get(1)).contains("m.yaml:6:5: error[media-path]: media '../secret.txt' points outside the bank");
        assertThat(found.get(2)).contains("m.yaml:7:5: error[media-path]: media '/etc/passwd' must be a relative path");
        assertThat(found.get(3)).contains("m.yaml:8:5: error[media-path]: media 'media/link.png' is a symbolic link");
        assertThat(found.get(4)).contains("m.yaml:9:5: error[media-path]");
    }

    /**
     * An image the Markdown shows must be a file of the bank listed in media: else learners see a broken picture, or
     * the Anki package leaves it out. Warnings at the link itself; links with a scheme are not checked.
     */
    @Test
    void imageLinksInTheMarkdownMustBeListedFilesOfTheBank() throws Exception {
        Files.createDirectories(bank.resolve("media"));
        Files.writeString(bank.resolve("media/ok.png"), "png");
        Files.writeString(bank.resolve("media/a b.png"), "png");
        Files.writeString(bank.resolve("media/unlisted.png"), "png");
        Path file = write("m.yaml", """
                id: m
                question: 图里是什么？
                answer: |
                  如图 ![ok](media/ok.png) 与 ![sp](media/a%20b.png)，网图 ![w](https://x.org/a.png)
                  ![gone](media/none.png)

                  <img src="media/unlisted.png" width="80"> ![up](../secret.png)
                explanation: "见 ![inline](/tmp/x.png)"
                media:
                  - media/ok.png
                  - media/a b.png
                """);
        List<String> found = lines(validate(file)).stream().map(l -> l.substring(l.indexOf("m.yaml"))).toList();
        assertThat(found).containsExactly(
                "m.yaml:5:11: warning[media-link]: image 'media/none.png' is not in the bank (looked for "
                        + "media/none.png); add the file under media/ and list it in media, or remove the link",
                "m.yaml:7:13: warning[media-link]: image 'media/unlisted.png' is not listed in media, so exports "
                        + "leave it out; add 'media/unlisted.png' to media",
                "m.yaml:7:51: warning[media-link]: image '../secret.png' points outside the bank folder; put the "
                        + "file under media/ and link media/NAME",
                "m.yaml:8:27: warning[media-link]: image '/tmp/x.png' is an absolute path; put the file under "
                        + "media/ and link media/NAME");
        // the shortcut and the full check agree: a bank file with a broken link is not waved through
        Path clean = write("c.yaml", "id: c\nquestion: 图？\nanswer: '![ok](media/ok.png)'\nmedia: [media/ok.png]\n");
        assertThat(validate(clean).diagnostics()).isEmpty();
    }

    /**
     * A question typed twice is a warning on both files, each naming the other's line and column (imp24: only the
     * file that sorts later had it, and a pull request's new file may sort first), in the files' order.
     */
    @Test
    void likelyDuplicateQuestionsAreWarnings() throws Exception {
        write("3/q-3.yaml", "id: q-3\n\nquestion:   什么是 rnn?\n"); // checked after questions/1/
        ValidationReport r = validate(bank);
        assertThat(r.errors()).isZero();
        String questions = bank.resolve("questions").toString().replace('\\', '/');
        assertThat(lines(r)).containsExactly(
                questions + "/1/q-1.yaml:2:11: warning[duplicate-question]: likely the same question as " + questions
                        + "/3/q-3.yaml:3:13 (same text ignoring case, width, accents, spaces and punctuation); merge "
                        + "them or reword one",
                questions + "/3/q-3.yaml:3:13: warning[duplicate-question]: likely the same question as " + questions
                        + "/1/q-1.yaml:2:11 (same text ignoring case, width, accents, spaces and punctuation); merge "
                        + "them or reword one");
    }

    /** Accents fold as the import's dedup folds them (dedup17): ¿Qué es NeRF? and ¿Que es NeRF? are one text. */
    @Test
    void questionsThatDifferOnlyByAccentsAreDuplicates() throws Exception {
        write("5/q-5.yaml", "id: q-5\nquestion: ¿Qué es NeRF?\n");
        write("6/q-6.yaml", "id: q-6\nquestion: ¿Que es NeRF?\n");
        write("7/q-7.yaml", "id: q-7\nquestion: ¿Qué es NeRF? ¿Y un SDF?\n");
        assertThat(validate(bank).diagnostics()).extracting(d -> d.file().replaceAll(".*/", ""), Diagnostic::code)
                .containsExactly(tuple("q-5.yaml", "duplicate-question"), tuple("q-6.yaml", "duplicate-question"));
    }

    @Test
    void questionsInAnyFolderOfTheBankAreCheckedAsOneBank() throws Exception {
        String questions = bank.resolve("questions").toString().replace('\\', '/');
        write("q-7.yaml", "id: q-7\nquestion: 旧的平铺文件\n"); // a bank from before questions were filed in folders
        write("cnn/deep/q-1.yaml", "id: q-1\nquestion: 卷积是什么？\n");
        write("cnn/q-8.yaml", "id: q-8\nquestion: 什么是 lstm？\n");
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(bank.resolve("questions/link"), outside);
        ValidationReport r = validate(bank);
        assertThat(r.filesChecked()).isEqualTo(6);
        assertThat(lines(r)).containsExactlyInAnyOrder(
                questions + "/2/q-2.yaml:2:11: warning[duplicate-question]: likely the same question as " + questions
                        + "/cnn/q-8.yaml:2:11 (same text ignoring case, width, accents, spaces and punctuation); merge "
                        + "them or reword one",
                questions + "/cnn/q-8.yaml:2:11: warning[duplicate-question]: likely the same question as " + questions
                        + "/2/q-2.yaml:2:11 (same text ignoring case, width, accents, spaces and punctuation); merge "
                        + "them or reword one",
                questions + "/cnn/deep/q-1.yaml:1:5: error[duplicate-id]: id 'q-1' is already used by " + questions
                        + "/1/q-1.yaml; ids must be unique in a bank (give this question a new id and file name)",
                questions + "/link: warning[stray-file]: a link to a folder: qbank does not follow links in "
                        + "questions/ (they could lead out of the bank, or in a circle); move the folder here instead");

        // naming a folder inside the bank checks it against its bank (a misnamed file meets the filed owner)
        write("cnn/q-9.yaml", "id: q-2\nquestion: 另一个\n");
        assertThat(lines(validate(bank.resolve("questions/cnn")))).contains(questions + "/cnn/q-9.yaml:1:5: "
                + "error[duplicate-id]: id 'q-2' is already used by " + questions + "/2/q-2.yaml; ids must be unique "
                + "in a bank (write 'id: q-9', the file's name)");
    }

    @Test
    void manifestIsCheckedAndStrayFilesAreNotSkippedSilently() throws Exception {
        Files.writeString(bank.resolve("bank.yaml"), "schemaVersion: 1\nnmae: x\n");
        Files.writeString(bank.resolve("questions/notes.txt"), "hello");
        Files.writeString(bank.resolve("questions/.gitkeep"), "");
        List<String> found = lines(validate(bank));
        assertThat(found).anySatisfy(l -> assertThat(l).endsWith("bank.yaml:2:1: error[schema]: unknown field 'nmae' "
                + "(did you mean 'name'?)"));
        assertThat(found).anySatisfy(l -> assertThat(l).contains("questions/notes.txt: warning[stray-file]"));
        assertThat(found).hasSize(2);
    }

    @Test
    void plainFoldersSingleFilesAndOverlapsAreEachCheckedOnce() throws Exception {
        Path loose = Files.createDirectories(tmp.resolve("contrib"));
        Files.writeString(loose.resolve("new-one.yaml"), "id: new-one\nquestion: 新问题\n");
        Files.writeString(loose.resolve("readme.md"), "not yaml");
        ValidationReport r = validate(loose, loose.resolve("new-one.yaml"), bank, bank.resolve("questions/1/q-1.yaml"));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.filesChecked()).isEqualTo(4);

        Path yml = Files.writeString(loose.resolve("x.y"), "id: x\nquestion: 短名\n");
        assertThat(lines(validate(yml))).singleElement().asString().endsWith("x.y:1:5: error[id-filename]: id 'x' "
                + "does not match the file name x.y; rename the file to x.yaml (ids are never changed once assigned)");
    }

    /**
     * curator41 (audit 4a): a contributor's file with an id that is no id at all was told to rename the file after
     * it ({@code q-Bad_Id.yaml}), which only moves the error; it is told to write a valid id, its file name when that
     * is one.
     */
    @Test
    void anInvalidIdIsToldToBeFixedNotTheFileRenamedAfterIt() throws Exception {
        Path loose = Files.createDirectories(tmp.resolve("contrib"));
        Path dropout = Files.writeString(loose.resolve("dropout.yaml"), "id: q-Bad_Id\nquestion: 什么是dropout？\n");
        assertThat(lines(validate(dropout))).filteredOn(l -> l.contains("error[id-filename]")).singleElement()
                .asString().endsWith("id 'q-Bad_Id' does not match the file name dropout.yaml; write a valid id, e.g."
                        + " the file's name: id: dropout")
                .doesNotContain("rename the file");
    }

    @Test
    void emptyNonUtf8AndMultiDocumentFilesAreFindings() throws Exception {
        write("empty.yaml", "");
        Files.write(bank.resolve("questions/latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xe9, '\n'});
        // after a byte-order mark, which no editor shows as a character, the column is the same
        Files.write(bank.resolve("questions/bom.yaml"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd',
                ':', ' ', (byte) 0xe9, '\n'});
        write("two.yaml", "id: two\nquestion: x\n---\nid: three\n");
        List<String> found = lines(validate(bank));
        assertThat(found).anySatisfy(l -> assertThat(l).endsWith("empty.yaml:1:1: error[yaml]: the file is empty"))
                .anySatisfy(l -> assertThat(l).endsWith("latin1.yaml:1:5: error[yaml]: not valid UTF-8 at line 1, "
                        + "column 5 (byte 0xE9); save the file as UTF-8 (an editor's 'Save with Encoding', or "
                        + "'iconv -f GBK -t UTF-8')"))
                .anySatisfy(l -> assertThat(l).contains("bom.yaml:1:5: error[yaml]: not valid UTF-8 at line 1, column 5"))
                .anySatisfy(l -> assertThat(l).contains("two.yaml:3:1: error[yaml]: a second YAML document starts here"));
    }

    @Test
    void aMissingPathIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> validate(tmp.resolve("nope")))
                .isInstanceOfSatisfying(QbankException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(QbankException.EXIT_USAGE);
                    assertThat(e.diagnostics().get(0).format()).endsWith("nope: error[io]: no such file or folder");
                });
    }
}
