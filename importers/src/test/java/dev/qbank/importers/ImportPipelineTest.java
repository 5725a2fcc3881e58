package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.SourceBank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPipelineTest {
    @TempDir
    Path tmp;

    ImportReport run(Path bank, String... inputs) {
        return new ImportPipeline(ImporterRegistry.standard()).run(new ImportRequest(List.of(inputs), bank, null));
    }

    /** Any numbered list, imported twice: the second import finds everything unchanged and writes nothing. */
    @Property(tries = 25)
    void reimportIsANoOp(@ForAll @Size(min = 1, max = 30) List<@AlphaChars @StringLength(min = 1, max = 40) String> qs)
            throws IOException {
        Path dir = Files.createTempDirectory("qbank-prop");
        try {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < qs.size(); i++) {
                text.append(i + 1).append(". ").append(qs.get(i)).append("?\n");
            }
            Path file = dir.resolve("list.txt");
            Files.writeString(file, text);
            Path bank = dir.resolve("bank");
            ImportReport first = run(bank, file.toString());
            assertThat(first.added() + first.merged() + first.unchanged()).isEqualTo(qs.size());
            ImportReport second = run(bank, file.toString());
            assertThat(second.files().get(0).asLastImported()).isTrue();
            assertThat(second.unchanged()).isEqualTo(qs.size());
            assertThat(second.written()).isZero();
            assertThat(new BankStore(bank).readAll()).hasSize(first.added());
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void qbankOwnExportImportsBackWithItsIdsIntoTheSameBank() throws IOException {
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, "1. What is a tensor?\n2. What is a graph?\n3. what is a TENSOR\n");
        Path a = tmp.resolve("a");
        ImportReport first = run(a, list.toString());
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.merged()).isEqualTo(1);
        List<Question> exported = new BankStore(a).readAll();
        Path json = tmp.resolve("export.json");
        java.util.Map<String, Object> document = new java.util.LinkedHashMap<>();
        document.put("schemaVersion", 1);
        document.put("questions", exported);
        Files.writeString(json, dev.qbank.model.QbankMapper.json().writeValueAsString(document));

        Path b = tmp.resolve("b");
        ImportReport intoEmpty = run(b, json.toString());
        assertThat(intoEmpty.added()).isEqualTo(2);
        for (Path f : new BankStore(a).questionFiles()) {
            assertThat(b.resolve(a.relativize(f))).hasSameBinaryContentAs(f);
        }
        ImportReport back = run(a, json.toString());
        assertThat(back.unchanged()).isEqualTo(2);
        assertThat(back.added() + back.merged()).isZero();
    }

    /** A question whose parts open with 拆解, a verb only a bank's glossary makes an ask word. */
    private static final String PARTS_WITH_A_BANK_VERB = "1. BatchNorm 的原理是什么？\n(1) 拆解训练时的统计量\n"
            + "(2) 拆解推理时的统计量\n训练时用当前 batch 的均值和方差，推理时用滑动平均。\n";

    /**
     * imp23: the bank's own {@code glossary.yaml} reaches every importer's ask words ({@link AskWords}), as it
     * reaches dedup: an imperative a curator adds there makes a question's parts ask. Before, importers read only
     * the built-in glossary's.
     */
    @Test
    void theBankGlossarysImperativesAreAskWordsForEveryFile() throws IOException {
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, PARTS_WITH_A_BANK_VERB);
        Path plain = tmp.resolve("plain");
        run(plain, list.toString());
        Question without = new BankStore(plain).readAll().get(0);
        assertThat(without.prompt()).isNull();
        assertThat(without.answer()).startsWith("(1) 拆解训练时的统计量");
        Path curated = tmp.resolve("curated");
        Files.createDirectories(curated);
        Files.writeString(curated.resolve(BankStore.GLOSSARY), "imperatives:\n  definition: [拆解]\n");
        run(curated, list.toString());
        Question with = new BankStore(curated).readAll().get(0);
        assertThat(with.prompt()).endsWith("\n(1) 拆解训练时的统计量\n(2) 拆解推理时的统计量");
        assertThat(with.answer()).startsWith("训练时用当前 batch");
        // only while the import reads: outside it the built-in glossary's imperatives are the ask words again
        assertThat(AskWords.opensWithImperative("拆解训练时的统计量")).isFalse();
        assertThat(AskWords.opensWithImperative("解释过拟合")).isTrue();
    }

    /**
     * imp26: a file unchanged since the last import was not read again, so an imperative added to the bank's glossary
     * afterwards changed nothing until the file did. The import records the glossary's ask words with each file and
     * reads an unchanged file again when they changed, saying why; with nothing changed it still writes nothing.
     */
    @Test
    void anUnchangedFileIsReadAgainWhenTheGlossarysImperativesChange() throws IOException {
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, PARTS_WITH_A_BANK_VERB);
        Path bank = tmp.resolve("bank");
        ImportReport first = run(bank, list.toString());
        assertThat(first.notices()).isEmpty();
        Question before = new BankStore(bank).readAll().get(0);
        Files.writeString(bank.resolve(BankStore.GLOSSARY), "imperatives:\n  definition: [拆解]\n");
        ImportReport second = run(bank, list.toString());
        assertThat(second.files().get(0).asLastImported()).isFalse(); // read again: its parts now ask
        assertThat(second.notices()).extracting(Diagnostic::code).containsExactly("glossary-changed");
        assertThat(second.notices().get(0).message()).contains("1 unchanged file was read again");
        // the question is where the bank had it (unchanged, a curator's edits kept), nothing found deleted
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.keptOut()).isZero();
        assertThat(new BankStore(bank).readAll()).containsExactly(before);
        assertThat(new BankStore(bank).readManifest().sources().get(0).glossary()).isNotNull();
        ImportReport third = run(bank, list.toString());
        assertThat(third.files().get(0).asLastImported()).isTrue();
        assertThat(third.notices()).isEmpty();
        assertThat(third.written()).isZero();
        // a glossary of terms only reads as the built-in one: nothing to read again
        Path terms = tmp.resolve("terms");
        run(terms, list.toString());
        Files.writeString(terms.resolve(BankStore.GLOSSARY), "terms:\n  - [bn, batchnorm]\n");
        assertThat(run(terms, list.toString()).files().get(0).asLastImported()).isTrue();
    }

    @Test
    void displayNamesAreCleanedAndUseForwardSlashes() {
        assertThat(InputCollector.displayName(Path.of("./seeds/"))).isEqualTo("seeds");
        assertThat(InputCollector.displayName(Path.of("seeds/../seeds/x.txt"))).isEqualTo("seeds/x.txt");
        assertThat(InputCollector.displayName(Path.of("."))).isEmpty();
    }

    @Test
    void folderWalkSkipsTheBankItWritesAndSymlinks() throws IOException {
        Files.writeString(tmp.resolve("list.txt"), "1. What is a tensor?\n");
        Path bank = tmp.resolve("bank");
        assertThat(run(bank, tmp.toString()).added()).isEqualTo(1);
        try {
            Files.createSymbolicLink(tmp.resolve("link.txt"), tmp.resolve("list.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            // no symlinks on this file system: the bank-skipping half still runs
        }
        ImportReport again = run(bank, tmp.toString());
        assertThat(again.files()).extracting(ImportReport.FileSummary::file)
                .containsExactly(tmp.toString().replace('\\', '/') + "/list.txt");
        assertThat(again.unchanged()).isEqualTo(1);
    }

    /**
     * Deleting a question file is a curator's edit: re-importing the unchanged file keeps the question out and
     * records it in deleted.yaml, which keeps it out after the file changes too, until an import with
     * --restore-deleted adds it again (with its old id) and drops the entry.
     */
    @Test
    void aQuestionDeletedByHandStaysDeletedUntilRestored() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. Question A?\n2. Question B?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        BankStore store = new BankStore(bank);
        Question b = store.readAll().stream().filter(q -> q.question().equals("Question B?")).findFirst().orElseThrow();
        Files.delete(store.questionFile(b.id()));

        ImportReport again = run(bank, a.toString());
        assertThat(again.added()).isZero();
        assertThat(again.keptOut()).isEqualTo(1);
        assertThat(again.files().get(0).warnings()).extracting(Diagnostic::code).containsExactly("deleted");
        assertThat(Files.readString(bank.resolve(BankStore.DELETED))).contains("text: Question B?", "line: 2");
        assertThat(store.readAll()).extracting(Question::question).containsExactly("Question A?");

        Files.writeString(a, "1. Question A?\n2. Question B?\n3. Question C?\n");
        ImportReport changed = run(bank, a.toString());
        assertThat(changed.added()).isEqualTo(1);
        assertThat(changed.keptOut()).isEqualTo(1);
        assertThat(changed.files().get(0).warnings()).isEmpty();
        assertThat(store.readAll()).extracting(Question::question).containsExactlyInAnyOrder("Question A?",
                "Question C?");

        ImportReport restored = new ImportPipeline(ImporterRegistry.standard())
                .run(new ImportRequest(List.of(a.toString()), bank, null, true));
        assertThat(restored.added()).isEqualTo(1);
        assertThat(store.readAll()).extracting(Question::id).contains(b.id());
        assertThat(Files.readString(bank.resolve(BankStore.DELETED))).doesNotContain("Question B?");
        assertThat(run(bank, a.toString()).keptOut()).isZero();
    }

    /**
     * curator42 (audit 41, "left"): the warning about questions found deleted from the bank names each one by its
     * line and wording, as deleted.yaml records them, and says what to do; it used to give a count only.
     */
    @Test
    void questionsFoundDeletedAreNamedByLineAndWording() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. Question A?\n2. Question B?\n3. Question C?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        BankStore store = new BankStore(bank);
        Files.delete(store.questionFile(byText(store, "Question B?").id()));
        Files.delete(store.questionFile(byText(store, "Question C?").id()));

        Diagnostic w = run(bank, a.toString()).files().get(0).warnings().get(0);
        assertThat(w.code()).isEqualTo("deleted");
        assertThat(w.line()).isEqualTo(2);
        assertThat(w.message()).startsWith("2 questions of this file are")
                .contains("line 2 'Question B?', line 3 'Question C?'", "qbank import --restore-deleted");
    }

    /**
     * curator42 (contributor audit 42): a question file a contributor copied as the template of a new question keeps
     * the original's sources, so two bank questions claim one source question; the import went on without a word.
     */
    @Test
    void aQuestionFileCopiedWithItsSourcesIsNamed() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. Question A?\n2. Question B?\n3. question b\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        BankStore store = new BankStore(bank);
        Question b = byText(store, "Question B?");
        assertThat(b.sources()).hasSize(2); // the repeat merged into it: one warning names both
        Path copy = Files.createDirectories(bank.resolve("questions/n")).resolve("q-new.yaml");
        Files.writeString(copy, Files.readString(store.questionFile(b.id()))
                .replace("id: " + b.id(), "id: q-new").replace("question: Question B?", "question: Question N?"));

        ImportReport r = run(bank, a.toString());
        assertThat(r.notices()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("shared-source");
            assertThat(d.file()).isEqualTo(copy.toString());
            assertThat(d.message()).startsWith("q-new cites the source questions a.txt:2, a.txt:3, which " + b.id()
                    + " cites too").contains("delete the sources (and aliases) the new question copied");
        });
        assertThat(r.written()).isZero();
    }

    /**
     * A source file moved with git mv, bytes unchanged: its questions are found where they were, under the new
     * name. Before, a question deleted by hand came back (deleted.yaml named the old path), a question a curator
     * reworded came back as a new twin, and every other question gained a second source naming the new path.
     */
    @Test
    void aRenamedSourceKeepsItsDeletionsAndCuratedQuestionsAndCitesTheNewName() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. Question A?\n2. Question B?\n3. Question C?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        BankStore store = new BankStore(bank);
        Question b = store.readAll().stream().filter(q -> q.question().equals("Question B?")).findFirst().orElseThrow();
        Files.delete(store.questionFile(b.id()));
        assertThat(run(bank, a.toString()).keptOut()).isEqualTo(1);
        Question c = store.readAll().stream().filter(q -> q.question().equals("Question C?")).findFirst().orElseThrow();
        Files.writeString(store.questionFile(c.id()), Files.readString(store.questionFile(c.id()))
                .replace("question: Question C?", "question: Entirely reworded by a curator, gamma"));

        Path moved = Files.createDirectories(tmp.resolve("sub")).resolve("renamed.md");
        Files.move(a, moved);
        ImportReport report = run(bank, moved.toString());

        assertThat(report.added()).isZero();
        assertThat(report.merged()).isZero();
        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(report.keptOut()).isEqualTo(1);
        assertThat(report.files().get(0).warnings()).extracting(Diagnostic::code).containsExactly("renamed");
        assertThat(report.files().get(0).warnings().get(0).message()).contains("a.txt", "2 questions");
        List<Question> after = store.readAll();
        assertThat(after).extracting(Question::question)
                .containsExactlyInAnyOrder("Question A?", "Entirely reworded by a curator, gamma");
        assertThat(after).flatExtracting(Question::sources).extracting(s -> s.file()).containsOnly("sub/renamed.md");
        assertThat(store.readManifest().sources()).extracting(SourceBank::file).containsExactly("sub/renamed.md");
        String deleted = Files.readString(bank.resolve(BankStore.DELETED));
        assertThat(deleted).contains("file: sub/renamed.md", "text: Question B?").doesNotContain("a.txt");

        // and the import after is a no-op that does not even read the file
        ImportReport again = run(bank, moved.toString());
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.written()).isZero();
    }

    /**
     * A question reworded upstream, at its number in its list: the bank's question, which a curator may have
     * edited, cites the new wording and keeps everything else, with a warning[reworded]. Before, it stayed behind
     * with a warning[gone] while the new wording came in as an uncurated twin. A question inserted before it (the
     * list renumbered, its wording still in the file) is a new question and moves nothing.
     */
    @Test
    void aQuestionRewordedUpstreamKeepsItsCuratedQuestionInsteadOfATwin() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. Question A?\n2. Question B?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        BankStore store = new BankStore(bank);
        Question b = store.readAll().stream().filter(q -> q.question().equals("Question B?")).findFirst().orElseThrow();
        Files.writeString(store.questionFile(b.id()), Files.readString(store.questionFile(b.id()))
                .replace("question: Question B?", "question: Question B, curated\ndifficulty: hard"));

        Files.writeString(a, "1. Question A?\n2. Question Bee, fixed upstream?\n3. Question C?\n");
        ImportReport report = run(bank, a.toString());
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.files().get(0).warnings()).extracting(Diagnostic::code).containsExactly("reworded");
        assertThat(report.files().get(0).warnings().get(0).message()).contains(b.id() + " (line 2)");
        Question after = store.read(store.questionFile(b.id()));
        assertThat(after.question()).isEqualTo("Question B, curated");
        assertThat(after.difficulty()).isEqualTo(dev.qbank.model.Difficulty.HARD);
        assertThat(after.sources()).extracting(s -> s.text()).containsExactly("Question Bee, fixed upstream?");
        assertThat(store.readAll()).hasSize(3);
        ImportReport again = run(bank, a.toString());
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);

        Files.writeString(a, "1. Question A?\n2. Inserted question?\n3. Question Bee, fixed upstream?\n"
                + "4. Question C?\n");
        ImportReport inserted = run(bank, a.toString());
        assertThat(inserted.added()).isEqualTo(1);
        assertThat(inserted.files().get(0).warnings()).isEmpty();
        assertThat(store.read(store.questionFile(b.id())).sources()).extracting(s -> s.text())
                .containsExactly("Question Bee, fixed upstream?");
    }

    /**
     * curator42 (audit 41, 2 last row): a question reworded in the commit that puts a title heading above the whole
     * list (every question gains the same section) is still found at its number. Before, the new wording was merged
     * in as an alias and the old source named gone by every later import. A list split under two headings is not
     * matched across them: the questions under the second are in no one new section.
     */
    @Test
    void aQuestionRewordedUnderANewTitleOverTheWholeFileIsStillReworded() throws IOException {
        Path a = tmp.resolve("a.md");
        Files.writeString(a, "1. What is a mutex?\n2. What does a semaphore count?\n3. What is a monitor?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        BankStore store = new BankStore(bank);
        Question semaphore = byText(store, "What does a semaphore count?");
        Path file = store.questionFile(semaphore.id());
        Files.writeString(file, Files.readString(file).replace("question: What does a semaphore count?",
                "question: What does a counting semaphore count (curated)?"));

        Files.writeString(a, "# Locks\n\n1. What is a mutex?\n2. What does a semaphore count, exactly?\n"
                + "3. What is a monitor?\n");
        ImportReport r = run(bank, a.toString());
        assertThat(r.reworded()).isEqualTo(1);
        assertThat(r.gone()).isZero();
        assertThat(r.files().get(0).warnings()).extracting(Diagnostic::code).containsExactly("reworded");
        Question after = store.read(file);
        assertThat(after.question()).isEqualTo("What does a counting semaphore count (curated)?");
        assertThat(after.aliases()).isEmpty();
        assertThat(after.sources()).extracting(dev.qbank.model.Source::text)
                .containsExactly("What does a semaphore count, exactly?");
        assertThat(store.readAll()).hasSize(3);
        ImportReport again = run(bank, a.toString());
        assertThat(again.written()).isZero();
        assertThat(again.gone()).isZero();

        // the bank's other questions still cite the list without its title: a later rewording is found as well
        Files.writeString(a, "# Locks\n\n1. What is a mutex?\n2. What does a semaphore count, exactly?\n"
                + "3. What is a monitor object?\n");
        assertThat(run(bank, a.toString()).reworded()).isEqualTo(1);

        Files.writeString(a, "# Locks\n\n1. What is a mutex?\n\n# Other\n\n2. What does a semaphore count, at most?\n"
                + "3. What is a monitor object?\n");
        assertThat(run(bank, a.toString()).reworded()).isZero();
    }

    /**
     * curator29 (audit 1d): a file changed upstream that answers a question the bank cites otherwise. Before, the
     * new answer was dropped without a word (the question counted unchanged). The bank's answer, a curator's or
     * not, is never rewritten; the file's is recorded once among the question's conflicts and named in a warning,
     * and importing the same file again records and writes nothing.
     */
    @Test
    void anAnswerChangedUpstreamIsRecordedOnceAsAConflictAndNeverOverwritesTheBanks() throws IOException {
        Path a = tmp.resolve("a.md");
        Path bank = importedOnce(a, TABLE_HEAD + "| What is a mutex? | A lock. |\n| What is a semaphore? | A counter. |\n"
                + "| What is a monitor? | A lock and a condition. |\n");
        BankStore store = new BankStore(bank);
        Question mutex = byText(store, "What is a mutex?");
        Question semaphore = byText(store, "What is a semaphore?");
        Path curated = store.questionFile(mutex.id());
        Files.writeString(curated, Files.readString(curated).replace("answer: A lock.", "answer: A curated lock."));

        Files.writeString(a, TABLE_HEAD + "| What is a mutex? | A lock, fixed upstream. |\n"
                + "| What is a semaphore? | A counter, longer upstream. |\n"
                + "| What is a monitor? | A lock and a condition. |\n");
        ImportReport r = run(bank, a.toString());
        assertThat(r.unchanged()).isEqualTo(3);
        assertThat(r.added()).isZero();
        assertThat(r.files().get(0).warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("source-changed");
            assertThat(w.message()).startsWith("2 bank questions cite a question this file now answers otherwise: "
                    + mutex.id() + " (line 3: answer), " + semaphore.id() + " (line 4: answer)")
                    .endsWith("take from it what you want, then delete the conflict");
        });
        Question after = store.read(curated);
        assertThat(after.answer()).isEqualTo("A curated lock.");
        assertThat(after.conflicts()).containsExactly(
                new dev.qbank.model.Conflict("answer", "A lock, fixed upstream.", "a.md:3"));
        // nobody curated it: it keeps its answer too (the bank keeps no copy of what the file said before)
        assertThat(store.read(store.questionFile(semaphore.id())).answer()).isEqualTo("A counter.");
        assertThat(store.read(store.questionFile(semaphore.id())).conflicts()).extracting(c -> c.value())
                .containsExactly("A counter, longer upstream.");

        ImportReport again = run(bank, a.toString());
        assertThat(again.written()).isZero();
        assertThat(again.files().get(0).warnings()).isEmpty();
        // the line moved (a row inserted above), the recorded answer is the same: no second record
        Files.writeString(a, TABLE_HEAD + "| What is a spinlock? | A busy lock. |\n| What is a mutex? | A lock, fixed upstream. |\n"
                + "| What is a semaphore? | A counter, longer upstream. |\n"
                + "| What is a monitor? | A lock and a condition. |\n");
        ImportReport moved = run(bank, a.toString());
        assertThat(moved.added()).isEqualTo(1);
        assertThat(moved.files().get(0).warnings()).isEmpty();
        assertThat(store.read(curated).conflicts()).hasSize(1);
    }

    /**
     * curator30: each source records what it last gave (a digest per text), so a curator's answer gets no conflict
     * when its file changes elsewhere (another question's answer edited); when upstream does change that answer, the
     * change is recorded once, as before.
     */
    @Test
    void aCuratedAnswerGetsNoConflictWhenAnotherQuestionOfItsFileChanges() throws IOException {
        Path a = tmp.resolve("a.md");
        Path bank = importedOnce(a, TABLE_HEAD + "| What is a mutex? | A lock. |\n| What is a semaphore? | A counter. |\n");
        BankStore store = new BankStore(bank);
        Question mutex = byText(store, "What is a mutex?");
        Question semaphore = byText(store, "What is a semaphore?");
        Path curated = store.questionFile(mutex.id());
        Files.writeString(curated, Files.readString(curated).replace("answer: A lock.", "answer: A curated lock."));
        String curatedText = Files.readString(curated);

        Files.writeString(a, TABLE_HEAD + "| What is a mutex? | A lock. |\n| What is a semaphore? | A counter, fixed. |\n");
        ImportReport r = run(bank, a.toString());
        assertThat(r.files().get(0).warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("source-changed");
            assertThat(w.message()).startsWith("1 bank question cites a question this file now answers otherwise: "
                    + semaphore.id() + " (line 4: answer)");
        });
        assertThat(Files.readString(curated)).as("the curated file is not touched").isEqualTo(curatedText);
        assertThat(store.read(store.questionFile(semaphore.id())).conflicts()).extracting(c -> c.value())
                .containsExactly("A counter, fixed.");

        // upstream now changes the curated question's answer itself: recorded, the curator's answer kept
        Files.writeString(a, TABLE_HEAD + "| What is a mutex? | A lock, fixed. |\n| What is a semaphore? | A counter, fixed. |\n");
        ImportReport changed = run(bank, a.toString());
        assertThat(changed.files().get(0).warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains(mutex.id() + " (line 3: answer)"));
        assertThat(store.read(curated).answer()).isEqualTo("A curated lock.");
        assertThat(store.read(curated).conflicts()).extracting(c -> c.value()).containsExactly("A lock, fixed.");
        // the curator deletes the conflict; the file changes elsewhere again: nothing is recorded a second time
        Files.writeString(curated, Files.readString(curated).replaceAll("(?s)conflicts:.*", ""));
        Files.writeString(a, TABLE_HEAD + "| What is a mutex? | A lock, fixed. |\n| What is a semaphore? | A counter, again. |\n");
        assertThat(run(bank, a.toString()).files().get(0).warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).doesNotContain(mutex.id()));
        assertThat(store.read(curated).conflicts()).isEmpty();
    }

    /**
     * curator30: a bank written before sources recorded what they gave keeps working: the first import of a changed
     * file records a conflict only where the file's text differs from the bank's (as before), and its questions
     * learn what the file gives, so the next change elsewhere leaves a curated answer alone.
     */
    @Test
    void aBankWithoutSourceDigestsLearnsThemWhenItsFileChanges() throws IOException {
        Path a = tmp.resolve("a.md");
        Path bank = importedOnce(a, TABLE_HEAD + "| What is a mutex? | A lock. |\n| What is a semaphore? | A counter. |\n"
                + "| What is a monitor? | A lock and a condition. |\n");
        BankStore store = new BankStore(bank);
        for (Question q : store.readAll()) {
            Path file = store.questionFile(q.id());
            Files.writeString(file, Files.readString(file).replaceAll("\n *digest: [^\n]*", ""));
        }
        assertThat(store.readAll()).allSatisfy(q -> assertThat(q.sources().get(0).digest()).isNull());
        assertThat(run(bank, a.toString()).written()).as("the same input: nothing written").isZero();

        Files.writeString(a, TABLE_HEAD + "| What is a mutex? | A lock. |\n| What is a semaphore? | A counter, fixed. |\n"
                + "| What is a monitor? | A lock and a condition. |\n");
        ImportReport r = run(bank, a.toString());
        Question semaphore = byText(store, "What is a semaphore?");
        assertThat(r.files().get(0).warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("1 bank question cites").contains(semaphore.id()));
        assertThat(store.readAll()).allSatisfy(q -> assertThat(q.sources().get(0).digest()).isNotNull());
        assertThat(byText(store, "What is a mutex?").conflicts()).isEmpty();

        Question mutex = byText(store, "What is a mutex?");
        Path curated = store.questionFile(mutex.id());
        Files.writeString(curated, Files.readString(curated).replace("answer: A lock.", "answer: A curated lock."));
        Files.writeString(a, TABLE_HEAD + "| What is a mutex? | A lock. |\n| What is a semaphore? | A counter, fixed. |\n"
                + "| What is a monitor? | A lock and a condition variable. |\n");
        assertThat(run(bank, a.toString()).files().get(0).warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).doesNotContain(mutex.id()));
        assertThat(store.read(curated).conflicts()).isEmpty();
    }

    /**
     * curator30 (audit c): a question moved from one source file to another, both imported, is the bank's question
     * still (its curator's edits kept), citing its new place only: no second source left citing a line the old file
     * no longer has, and no "gone" in every later import's summary.
     */
    @Test
    void aQuestionMovedToAnotherFileCitesItsNewPlaceOnly() throws IOException {
        Path a = tmp.resolve("a.txt");
        Path b = tmp.resolve("b.txt");
        Files.writeString(a, "1. What is a mutex?\n2. What does a semaphore count?\n");
        Files.writeString(b, "1. What is a monitor?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString(), b.toString());
        BankStore store = new BankStore(bank);
        Question semaphore = byText(store, "What does a semaphore count?");
        Path file = store.questionFile(semaphore.id());
        Files.writeString(file, Files.readString(file) + "difficulty: hard\n");

        Files.writeString(a, "1. What is a mutex?\n");
        Files.writeString(b, "1. What is a monitor?\n2. What does a semaphore count?\n");
        ImportReport r = run(bank, a.toString(), b.toString());
        assertThat(r.added()).isZero();
        assertThat(r.gone()).isZero();
        assertThat(r.files().get(0).warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("moved");
            assertThat(w.message()).contains(semaphore.id() + " (was line 2, now b.txt:2)");
        });
        Question after = store.read(file);
        assertThat(after.difficulty()).isEqualTo(dev.qbank.model.Difficulty.HARD);
        assertThat(after.sources()).extracting(dev.qbank.model.Source::citation).containsExactly("b.txt:2");
        ImportReport again = run(bank, a.toString(), b.toString());
        assertThat(again.written()).isZero();
        assertThat(again.gone()).isZero();
    }

    /**
     * curator42 (audit 41, 2d): a question moved into a file under a heading is kept as it is, as the warning[moved]
     * says: it cites its new place, and its empty topic stays empty (before, the merge that finds it filled the topic
     * from the new file's heading, as for a new duplicate). An answer the new place adds is recorded under its
     * conflicts with a warning[source-changed], as for a question whose file gained an answer in place.
     */
    @Test
    void aMovedQuestionTakesNothingFromItsNewPlaceButTheCitation() throws IOException {
        Path a = tmp.resolve("a.md");
        Path b = tmp.resolve("b.md");
        Files.writeString(a, "1. What is a mutex?\n2. What does a semaphore count?\n");
        Files.writeString(b, "# Synchronisation\n\n1. What is a monitor?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString(), b.toString());
        BankStore store = new BankStore(bank);
        assertThat(byText(store, "What is a monitor?").topic()).isEqualTo("Synchronisation");
        Question semaphore = byText(store, "What does a semaphore count?");
        assertThat(semaphore.topic()).isNull();
        Path file = store.questionFile(semaphore.id());

        Files.writeString(a, "1. What is a mutex?\n");
        Files.writeString(b, "# Synchronisation\n\n1. What is a monitor?\n2. What does a semaphore count?\n"
                + "   Permits.\n");
        ImportReport r = run(bank, a.toString(), b.toString());
        assertThat(r.moved()).isEqualTo(1);
        assertThat(r.files().get(0).warnings()).extracting(Diagnostic::code).containsExactly("moved");
        assertThat(r.files().get(1).warnings()).extracting(Diagnostic::code).containsExactly("source-changed");
        Question after = store.read(file);
        assertThat(after.topic()).isNull();
        assertThat(after.answer()).isNull();
        assertThat(after.conflicts()).extracting(c -> c.field() + "=" + c.value()).containsExactly("answer=Permits.");
        assertThat(after.sources()).extracting(dev.qbank.model.Source::citation).containsExactly("b.md:4");
        assertThat(run(bank, a.toString(), b.toString()).written()).isZero();
    }

    /**
     * curator30 (audit b): a source file renamed and edited in one commit is still the same source when most of
     * its questions are the ones the bank cites from the gone name: its questions cite the new name, a curated one
     * keeps its edits and gets no twin, a deleted one stays out, and the edit is read as any edit is.
     */
    @Test
    void aSourceRenamedAndEditedAtOnceIsStillTheSameSource() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. What is a mutex?\nA lock.\n2. What does a semaphore count?\nPermits.\n"
                + "3. What is a monitor?\nA lock and a condition.\n4. What is a spinlock?\nA busy lock.\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        BankStore store = new BankStore(bank);
        Question mutex = byText(store, "What is a mutex?");
        Path curated = store.questionFile(mutex.id());
        Files.writeString(curated, Files.readString(curated).replace("question: What is a mutex?",
                "question: What is a mutex (curated)?"));
        Files.delete(store.questionFile(byText(store, "What is a spinlock?").id()));
        run(bank, a.toString()); // the deletion is noticed and recorded

        Path moved = tmp.resolve("locks.txt");
        Files.writeString(moved, "1. What is a mutex?\nA lock.\n2. What does a semaphore count?\nPermits, fixed.\n"
                + "3. What is a monitor?\nA lock and a condition.\n4. What is a spinlock?\nA busy lock.\n"
                + "5. What is a barrier?\nA meeting point.\n");
        Files.delete(a);
        ImportReport r = run(bank, moved.toString());
        assertThat(r.files().get(0).warnings()).extracting(Diagnostic::code).contains("renamed", "source-changed");
        assertThat(r.added()).isEqualTo(1); // the barrier
        assertThat(r.keptOut()).isEqualTo(1); // the spinlock, deleted by hand
        assertThat(store.read(curated).question()).isEqualTo("What is a mutex (curated)?");
        assertThat(store.readAll()).hasSize(4).allSatisfy(q -> assertThat(q.sources())
                .extracting(dev.qbank.model.Source::file).containsOnly("locks.txt"));
        assertThat(run(bank, moved.toString()).written()).isZero();
    }

    /**
     * curator29 (audit 1c for sources without a number): a table row reworded in place (same line, same section,
     * its old wording gone, the new one alike) keeps the bank's curated question instead of giving it an uncurated
     * twin; a row replaced by another question at that line is a new question, not a rewording.
     */
    @Test
    void aTableRowRewordedInPlaceKeepsItsCuratedQuestion() throws IOException {
        Path a = tmp.resolve("a.md");
        Path bank = importedOnce(a, TABLE_HEAD + "| What is a mutex? | A lock. |\n"
                + "| What problem does a semaphore solve? | Counting. |\n");
        BankStore store = new BankStore(bank);
        Question semaphore = byText(store, "What problem does a semaphore solve?");
        Path file = store.questionFile(semaphore.id());
        Files.writeString(file, Files.readString(file).replace("question: What problem does a semaphore solve?",
                "question: What problem does a semaphore solve, curated?\ndifficulty: hard"));

        Files.writeString(a, TABLE_HEAD + "| What is a mutex? | A lock. |\n| What problems does a semaphore solve? | Counting. |\n");
        ImportReport r = run(bank, a.toString());
        assertThat(r.added()).isZero();
        assertThat(r.files().get(0).warnings()).extracting(Diagnostic::code).containsExactly("reworded");
        assertThat(r.files().get(0).warnings().get(0).message()).contains(semaphore.id() + " (line 4)");
        Question after = store.read(file);
        assertThat(after.question()).isEqualTo("What problem does a semaphore solve, curated?");
        assertThat(after.sources()).extracting(s -> s.text()).containsExactly("What problems does a semaphore solve?");
        assertThat(store.readAll()).hasSize(2);
        assertThat(run(bank, a.toString()).written()).isZero();

        // another question at that line (the old one deleted, a new one written there): new, and the old one gone
        Files.writeString(a, TABLE_HEAD + "| What is a mutex? | A lock. |\n| How does TCP close a connection? | FIN. |\n");
        ImportReport replaced = run(bank, a.toString());
        assertThat(replaced.added()).isEqualTo(1);
        assertThat(replaced.files().get(0).warnings()).extracting(Diagnostic::code).containsExactly("gone");
        assertThat(store.read(file).sources()).extracting(s -> s.text()).containsExactly("What problems does a semaphore solve?");
    }

    /**
     * curator29: a question gone from its file is named (warning[gone]) by the import that first reads the file
     * without it; importing the same file again counts it (the fact stays in view) without repeating the warning.
     */
    @Test
    void aQuestionGoneFromItsFileIsNamedOnceAndCountedAfter() throws IOException {
        Path a = tmp.resolve("a.txt");
        Path bank = importedOnce(a, "1. Question A?\n2. Question B?\n");
        Files.writeString(a, "1. Question A?\n");
        ImportReport first = run(bank, a.toString());
        assertThat(first.files().get(0).warnings()).extracting(Diagnostic::code).containsExactly("gone");
        assertThat(first.gone()).isEqualTo(1);
        ImportReport again = run(bank, a.toString());
        assertThat(again.files().get(0).warnings()).isEmpty();
        assertThat(again.gone()).isEqualTo(1);
        assertThat(again.written()).isZero();
        Files.writeString(a, "1. Question A?\n3. Question C?\n");
        assertThat(run(bank, a.toString()).files().get(0).warnings()).as("the file changed: said again")
                .extracting(Diagnostic::code).containsExactly("gone");
    }

    /**
     * imp32: numbered and chapter lists kept no code spans before, so a bank they filled holds its questions, its
     * sources and its deleted.yaml entries without the backticks. Such a bank is made here as that import made it:
     * from the list without backticks (the same bank, ids included, the old code gave for the list with them), the
     * manifest then naming the list with them, as it did. Importing that list now finds every question where it was
     * (source keys compare wordings without backticks): none new, none gone, none reworded, none newly found
     * deleted, and the deleted one stays out; the bank's texts stay as they are (a re-import never rewrites a bank
     * question from its source), and a question added to the list comes in with its code spans.
     */
    @Test
    void aBankImportedWithoutCodeSpansFindsItsQuestionsWhenTheyKeepThem() throws Exception {
        String withTicks = "1. How does `@staticmethod` differ from `@classmethod`?\n2. What does `yield` do?\n"
                + "3. What is a `dict`?\n4. What is a tuple?\n";
        Path a = tmp.resolve("a.txt");
        Path bank = importedOnce(a, withTicks.replace("`", ""));
        BankStore store = new BankStore(bank);
        Files.delete(store.questionFile(byText(store, "What does yield do?").id()));
        assertThat(run(bank, a.toString()).keptOut()).isEqualTo(1); // deleted.yaml records it without backticks
        assertThat(Files.readString(bank.resolve(BankStore.DELETED))).contains("text: What does yield do?");
        List<Question> before = store.readAll();
        Files.writeString(a, withTicks);
        Path manifest = bank.resolve(BankStore.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace(sha256(withTicks.replace("`", "")),
                sha256(withTicks)));

        ImportReport same = run(bank, a.toString()); // the very file the old import read
        assertThat(same.added()).isZero();
        assertThat(same.unchanged()).isEqualTo(3);
        assertThat(same.keptOut()).isEqualTo(1);
        assertThat(same.gone()).isZero();
        assertThat(same.files().get(0).warnings()).isEmpty();
        assertThat(same.written()).isZero();
        assertThat(store.readAll()).isEqualTo(before);

        Files.writeString(a, withTicks + "5. What does `len()` return?\n"); // the file changed since
        ImportReport changed = run(bank, a.toString());
        assertThat(changed.added()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(3);
        assertThat(changed.keptOut()).isEqualTo(1);
        assertThat(changed.merged()).isZero();
        assertThat(changed.gone()).isZero();
        assertThat(changed.files().get(0).warnings()).isEmpty();
        assertThat(store.readAll()).extracting(Question::question).containsExactlyInAnyOrder(
                "How does @staticmethod differ from @classmethod?", "What is a dict?", "What is a tuple?",
                "What does `len()` return?");
        assertThat(store.readAll()).extracting(Question::id).containsAll(before.stream().map(Question::id).toList());
        assertThat(Files.readString(bank.resolve(BankStore.DELETED))).contains("text: What does yield do?")
                .doesNotContain("`");
    }

    /**
     * The JSON (and Anki) importers stripped a question's HTML code spans ({@code <code>yield</code>} became
     * {@code yield}) where every Markdown format keeps them; they keep them now. A bank filled before (made here as
     * that import made it: from the same file with {@code <i>} for {@code <code>}, the manifest then naming the file
     * with code spans) finds its questions where they were: none new, none gone, none reworded, the deleted one
     * still kept out, nothing written; a question added to the file comes in with its code span.
     */
    @Test
    void aJsonBankImportedWithoutCodeSpansFindsItsQuestionsWhenTheyKeepThem() throws Exception {
        String withCode = "[{\"question\": \"What does <code>yield</code> do?\", \"answer\": \"It pauses.\"},\n"
                + " {\"question\": \"What is a <code>dict</code>?\", \"answer\": \"A map.\"},\n"
                + " {\"question\": \"What is a <b>tuple</b>?\", \"answer\": \"A fixed sequence.\"}]\n";
        String old = withCode.replace("<code>", "<i>").replace("</code>", "</i>");
        Path a = tmp.resolve("a.json");
        Path bank = importedOnce(a, old);
        BankStore store = new BankStore(bank);
        Files.delete(store.questionFile(byText(store, "What is a dict?").id()));
        assertThat(run(bank, a.toString()).keptOut()).isEqualTo(1);
        List<Question> before = store.readAll();
        Files.writeString(a, withCode);
        Path manifest = bank.resolve(BankStore.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace(sha256(old), sha256(withCode)));

        ImportReport same = run(bank, a.toString());
        assertThat(same.added()).isZero();
        assertThat(same.unchanged()).isEqualTo(2);
        assertThat(same.keptOut()).isEqualTo(1);
        assertThat(same.gone()).isZero();
        assertThat(same.files().get(0).warnings()).isEmpty();
        assertThat(same.written()).isZero();
        assertThat(store.readAll()).isEqualTo(before);

        Files.writeString(a, withCode.replace("}]", "},\n {\"question\": \"What does <code>len()</code> return?\"}]"));
        ImportReport changed = run(bank, a.toString());
        assertThat(changed.added()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(2);
        assertThat(changed.gone()).isZero();
        assertThat(store.readAll()).extracting(Question::question).containsExactlyInAnyOrder(
                "What does yield do?", "What is a tuple?", "What does `len()` return?");
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A file that lost a question upstream (gone) and had another deleted by hand: the bank cites as many sources
     * of it as it holds questions, but not the same ones. Before, later imports passed the file over as held whole,
     * the summary's gone count vanished and the deletion was never recorded.
     */
    @Test
    void aFileWithAGoneQuestionAndOneDeletedByHandIsNotPassedOverAsWhole() throws IOException {
        Path a = tmp.resolve("a.txt");
        Path bank = importedOnce(a, "1. Question A?\n2. Question B?\n3. Question C?\n");
        Files.writeString(a, "1. Question A?\n2. Question B?\n");
        assertThat(run(bank, a.toString()).gone()).isEqualTo(1);
        BankStore store = new BankStore(bank);
        Question b = store.readAll().stream().filter(q -> q.question().equals("Question B?")).findFirst().orElseThrow();
        Files.delete(store.questionFile(b.id()));

        ImportReport again = run(bank, a.toString());
        assertThat(again.files().get(0).asLastImported()).as("read, not passed over").isFalse();
        assertThat(again.gone()).isEqualTo(1);
        assertThat(again.keptOut()).isEqualTo(1);
        ImportReport later = run(bank, a.toString());
        assertThat(later.gone()).as("still counted").isEqualTo(1);
        assertThat(later.keptOut()).isEqualTo(1);
    }

    /**
     * A bank copied to another folder and imported from where the source still is: the bank cites the file under a
     * new name. The warning names the old path as the user reaches it (from the bank's new folder) and the name the
     * questions cite now; before, it gave the old recorded name alone, the same text as the file's own name.
     */
    @Test
    void aRenamedWarningNamesTheOldPathFromTheBankAndTheNewName() throws IOException {
        Files.createDirectories(tmp.resolve("a"));
        Path x = tmp.resolve("a/x.txt");
        Files.writeString(x, "1. Question A?\n2. Question B?\n");
        run(tmp.resolve("a/bank"), x.toString());
        Path copy = Files.createDirectories(tmp.resolve("c")).resolve("bank");
        try (var walk = Files.walk(tmp.resolve("a/bank"))) {
            for (Path p : walk.toList()) {
                Files.copy(p, copy.resolve(tmp.resolve("a/bank").relativize(p).toString()));
            }
        }

        ImportReport moved = run(copy, x.toString());
        Diagnostic renamed = moved.files().get(0).warnings().get(0);
        assertThat(renamed.code()).isEqualTo("renamed");
        assertThat(renamed.message()).contains("as " + tmp.resolve("c/x.txt") + ", which is gone",
                "2 questions now cite it as ../a/x.txt");
    }

    /** A Markdown table's header row and rule, for tests that write question | answer rows. */
    private static final String TABLE_HEAD = "| Question | Answer |\n| --- | --- |\n";

    /** {@code tmp/bank} after importing {@code source} holding {@code text}. */
    private Path importedOnce(Path source, String text) throws IOException {
        Files.writeString(source, text);
        Path bank = tmp.resolve("bank");
        run(bank, source.toString());
        return bank;
    }

    private static Question byText(BankStore store, String text) {
        return store.readAll().stream().filter(q -> q.question().equals(text)).findFirst().orElseThrow();
    }

    /** A copy of an imported file (the original still there) is another source, not a rename. */
    @Test
    void aCopiedSourceIsNoRename() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. Question A?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        Path copy = tmp.resolve("copy.txt");
        Files.copy(a, copy);
        ImportReport report = run(bank, copy.toString());
        assertThat(report.files().get(0).warnings()).isEmpty();
        assertThat(report.merged()).isEqualTo(1);
        assertThat(new BankStore(bank).readManifest().sources()).extracting(SourceBank::file)
                .containsExactly("a.txt", "copy.txt");
    }

    @Test
    void aBrokenDeletedFileIsRefusedNamingIt() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. Question A?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        Files.writeString(bank.resolve(BankStore.DELETED), "deleted:\n  - file: a.txt\n");
        assertThatThrownBy(() -> run(bank, a.toString())).isInstanceOf(QbankException.class)
                .hasMessageContaining("deleted.yaml").hasMessageContaining("needs file, line (1 or more) and text");
    }

    /** A saved web page is refused, detected or with --format: its tags would be read as questions either way. */
    @Test
    void aSavedWebPageIsRefusedEvenWithAFormat() throws IOException {
        Path page = tmp.resolve("faq.html");
        Files.writeString(page, "<!DOCTYPE html>\n<html><body><ol><li>What is DNS?</li><li>What is NAT?</li></ol></body></html>\n");
        Path bank = tmp.resolve("bank");
        for (String format : new String[] {null, "numbered"}) {
            assertThatThrownBy(() -> new ImportPipeline(ImporterRegistry.standard())
                    .run(new ImportRequest(List.of(page.toString()), bank, format)))
                    .isInstanceOf(QbankException.class).hasMessageContaining("pandoc -f html -t gfm");
        }
        assertThat(bank).doesNotExist();
    }

    /**
     * A Notion export's folder holds the page and, beside it, a folder of its pictures: importing the export's folder
     * reads the page, brings the picture in through the page's link, and names the files it skipped instead of
     * refusing them as binaries; a repository's LICENSE is left out like its README. A picture named on the command
     * line is still read, and refused.
     */
    @Test
    void aFolderWalkSkipsPicturesAndRepositoryFilesAndSaysSo() throws IOException {
        Path export = Files.createDirectories(tmp.resolve("export"));
        Files.writeString(export.resolve("Notes abc.md"), "# 初级\n\nQ1：***什么是卷积核？***\n\n"
                + "![k](Notes%20abc/kernel.png)\n");
        Path pictures = Files.createDirectories(export.resolve("Notes abc"));
        Files.write(pictures.resolve("kernel.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(pictures.resolve("scan.PDF"), new byte[] {'%', 'P', 'D', 'F', 0});
        Files.writeString(export.resolve("LICENSE"), "MIT License\n\nCopyright (c) 2024\n");
        Path bank = tmp.resolve("bank");

        ImportReport report = run(bank, export.toString());

        assertThat(report.files()).extracting(ImportReport.FileSummary::file)
                .containsExactly(export.toString().replace('\\', '/') + "/Notes abc.md");
        assertThat(report.notices()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("skipped");
            assertThat(n.message()).startsWith("2 files are not text").contains("Notes abc/kernel.png",
                    "Notes abc/scan.PDF");
        });
        Question q = new BankStore(bank).readAll().get(0);
        assertThat(q.media()).singleElement().asString().endsWith("-kernel.png");
        assertThatThrownBy(() -> run(bank, pictures.resolve("kernel.png").toString()))
                .isInstanceOf(QbankException.class).hasMessageContaining("binary");
    }

    /**
     * A file is recorded by its path from the folder holding the bank, however it was typed: naming it another way
     * later changes nothing, and messages still name it as typed.
     */
    @Test
    void aFileNamedAnotherWayIsTheSameSource() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("in")).resolve("a.txt");
        Files.writeString(a, "1. Question A?\n2. Question B?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        ImportReport again = run(bank, tmp.resolve("in/../in/./a.txt").toString());
        assertThat(again.written()).isZero();
        assertThat(again.files()).extracting(ImportReport.FileSummary::file)
                .containsExactly(tmp.resolve("in/a.txt").toString().replace('\\', '/'));
        ImportReport folder = run(bank, tmp.resolve("in").toString());
        assertThat(folder.written()).isZero();
        assertThat(new BankStore(bank).readManifest().sources()).extracting(SourceBank::file)
                .containsExactly("in/a.txt");
        assertThat(new BankStore(bank).readAll()).flatExtracting(Question::sources)
                .extracting(s -> s.citation()).containsExactlyInAnyOrder("in/a.txt:1", "in/a.txt:2");
        // from a bank elsewhere, the same file is named from that bank's folder
        Path other = Files.createDirectories(tmp.resolve("x/y")).resolve("bank");
        run(other, a.toString());
        assertThat(new BankStore(other).readManifest().sources()).extracting(SourceBank::file)
                .containsExactly("../../in/a.txt");
    }

    /** Questions a re-imported file no longer holds are kept (a curator may have worked on them) but named. */
    @Test
    void questionsGoneFromAReimportedFileAreKeptAndNamed() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. Question A?\n2. Question B?\n3. Question C?\n");
        Path bank = tmp.resolve("bank");
        assertThat(run(bank, a.toString()).files().get(0).warnings()).isEmpty();
        Files.writeString(a, "1. Question A?\n2. Question C?\n");
        ImportReport r = run(bank, a.toString());
        String b = new BankStore(bank).readAll().stream().filter(q -> q.question().equals("Question B?"))
                .findFirst().orElseThrow().id();
        assertThat(r.files().get(0).warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("gone");
            assertThat(w.file()).isEqualTo(a.toString().replace('\\', '/'));
            assertThat(w.message()).isEqualTo("1 bank question cites this file but is no longer in it: "
                    + b + " (was line 2); kept as it is: edit or delete it if the change was meant");
        });
        assertThat(r.unchanged()).isEqualTo(2);
        assertThat(new BankStore(bank).readAll()).hasSize(3);
        Path other = tmp.resolve("other.txt");
        Files.writeString(other, "1. Question D?\n");
        assertThat(run(bank, other.toString()).files().get(0).warnings()).isEmpty();
    }

    @Test
    void manifestKeepsEarlierSourcesAndReplacesReimportedOnes() throws IOException {
        Path a = tmp.resolve("a.txt");
        Path b = tmp.resolve("b.txt");
        Files.writeString(a, "1. Question A?\n");
        Files.writeString(b, "1. Question B?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        run(bank, b.toString());
        Files.writeString(a, "1. Question A?\n2. Question A2?\n");
        ImportReport r = run(bank, a.toString());
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        BankManifest m = new BankStore(bank).readManifest();
        assertThat(m.sources()).extracting(SourceBank::file, SourceBank::questions).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.txt", 2),
                org.assertj.core.groups.Tuple.tuple("b.txt", 1));
        assertThat(new BankStore(bank).readAll()).hasSize(3);
    }

    /** The manifest's digest is the file's own: what {@code sha256sum} prints, BOM, CRLF and non-ASCII included. */
    @Test
    void manifestDigestIsTheSha256OfTheFileBytes() throws Exception {
        Path a = tmp.resolve("a.txt");
        byte[] bytes = "\uFEFF1. 什么是梯度消失？\r\n2. What is a tensor?\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(a, bytes);
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(a)));
        assertThat(new BankStore(bank).readManifest().sources()).singleElement()
                .satisfies(s -> assertThat(s.sha256()).isEqualTo(expected));
    }

    @Test
    void sameQuestionTwiceInOneFileIsOneQuestionWithBothLines() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. What is a tensor?\n2. What is a tensor?\n");
        ImportReport r = run(tmp.resolve("bank"), a.toString());
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.merged()).isEqualTo(1);
        List<Question> bank = new BankStore(tmp.resolve("bank")).readAll();
        assertThat(bank).singleElement().satisfies(q ->
                assertThat(q.sources()).extracting(dev.qbank.model.Source::line).containsExactly(1, 2));
        ImportReport again = run(tmp.resolve("bank"), a.toString());
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.written()).isZero();
    }

    /**
     * A file the bank holds as it is (same bytes as last imported, one bank source per question it gave, a repeated
     * wording included) is not parsed again; once a curator has deleted one of its questions it is, which is how
     * the deletion is noticed; a --format other than the recorded one reads it too.
     */
    @Test
    void aFileTheBankHoldsAsItIsIsNotReadAgain() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. What is a tensor?\n2. What is a tensor?\n3. What is a gradient?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());

        ImportReport again = run(bank, a.toString());
        assertThat(again.files()).singleElement().satisfies(f -> {
            assertThat(f.asLastImported()).isTrue();
            assertThat(f.format()).isEqualTo("numbered");
            assertThat(f.questions()).isEqualTo(3);
        });
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.written()).isZero();

        ImportReport forced = new ImportPipeline(ImporterRegistry.standard())
                .run(new ImportRequest(List.of(a.toString()), bank, "chapters"));
        assertThat(forced.files().get(0).asLastImported()).isFalse();

        BankStore store = new BankStore(bank);
        Question gradient = store.readAll().stream().filter(q -> q.question().startsWith("What is a gradient"))
                .findFirst().orElseThrow();
        Files.delete(store.questionFile(gradient.id()));
        ImportReport afterDeletion = run(bank, a.toString());
        assertThat(afterDeletion.files().get(0).asLastImported()).isFalse();
        assertThat(afterDeletion.keptOut()).isEqualTo(1);
    }

    /** The reader hands a file whose digest the bank recorded on without its importer, and reads any other. */
    @Test
    void theReaderSkipsOnlyAFileWithTheRecordedDigest() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. What is a tensor?\n");
        String sha = dev.qbank.model.Sha256.hex(Files.readAllBytes(a));
        Importer failing = failing("numbered", "read although unchanged");
        FileReader same = new FileReader(ImporterRegistry.standard(), failing,
                java.util.Map.of("a.txt", new dev.qbank.model.SourceBank("a.txt", "numbered", sha, 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(same.readAll(List.of(new InputFile(a, "a.txt")))).singleElement().satisfies(f -> {
            assertThat(f.asLastImported()).isTrue();
            assertThat(f.questions()).isEmpty();
            assertThat(f.document().sha256()).isEqualTo(sha);
        });
        FileReader other = new FileReader(ImporterRegistry.standard(), failing,
                java.util.Map.of("a.txt", new dev.qbank.model.SourceBank("a.txt", "numbered", "0".repeat(64), 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> other.readAll(List.of(new InputFile(a, "a.txt"))))
                .hasMessageContaining("read although unchanged");
    }

    /** The same bytes read in another encoding are another file's questions: the reader reads them again. */
    @Test
    void theReaderSkipsAFileOnlyWhenReadInTheRecordedEncoding() throws IOException {
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GB18030");
        Path a = Files.write(tmp.resolve("a.txt"), "1. 什么是张量？\n".getBytes(gbk));
        String sha = dev.qbank.model.Sha256.hex(Files.readAllBytes(a));
        Importer failing = failing("numbered", "read although unchanged");
        java.util.Map<String, dev.qbank.model.SourceBank> recorded =
                java.util.Map.of("a.txt", new dev.qbank.model.SourceBank("a.txt", "numbered", sha, "GB18030", 1));
        assertThat(new FileReader(ImporterRegistry.standard(), failing, recorded, gbk)
                .readAll(List.of(new InputFile(a, "a.txt")))).singleElement()
                .satisfies(f -> assertThat(f.asLastImported()).isTrue());
        FileReader latin1 = new FileReader(ImporterRegistry.standard(), failing, recorded,
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> latin1.readAll(List.of(new InputFile(a, "a.txt"))))
                .hasMessageContaining("read although unchanged");
    }

    /** An importer that claims every file and throws {@code message} when asked to read one. */
    private static Importer failing(String name, String message) {
        return new Importer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "always fails";
            }

            @Override
            public double sniff(SourceDocument doc) {
                return 1;
            }

            @Override
            public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
                throw new IllegalStateException(message);
            }
        };
    }

    @Test
    void anImporterCrashNamesTheFileWithoutAStackTrace() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "anything\n");
        Importer crashing = failing("crash", "boom");
        FileReader reader = new FileReader(ImporterRegistry.standard(), crashing);
        assertThatThrownBy(() -> reader.readAll(List.of(new InputFile(a, "a.txt"))))
                .isInstanceOfSatisfying(QbankException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(FileReader.EXIT_INTERNAL);
                    assertThat(e.diagnostics()).singleElement()
                            .satisfies(d -> assertThat(d.format()).startsWith("a.txt: error[internal]").contains("boom"));
                });
    }

    @Test
    void everyFailingFileIsReported() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path f = tmp.resolve("bad" + i + ".txt");
            Files.writeString(f, "no questions here " + i + "\n");
            inputs.add(f.toString());
        }
        assertThatThrownBy(() -> run(tmp.resolve("bank"), inputs.toArray(String[]::new)))
                .isInstanceOfSatisfying(QbankException.class, e -> assertThat(e.diagnostics()).hasSize(3));
        assertThat(tmp.resolve("bank")).doesNotExist();
    }

    /** A question a file repeats word for word keeps both lines, also when a later import merges into it. */
    @Test
    void repeatedQuestionKeepsBothLinesThroughALaterMergeAndReimportStaysANoOp() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "1. 什么是梯度消失？\n2. 什么是过拟合？\n3. 什么是梯度消失？\n");
        Path bank = tmp.resolve("bank");
        ImportReport first = run(bank, a.toString());
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.merged()).isEqualTo(1);
        Path b = tmp.resolve("b.txt");
        Files.writeString(b, "1. 什么是梯度消失?\n");
        ImportReport second = run(bank, b.toString());
        assertThat(second.merged()).isEqualTo(1);
        Question vanishing = new BankStore(bank).readAll().stream()
                .filter(q -> q.question().equals("什么是梯度消失？")).findFirst().orElseThrow();
        assertThat(vanishing.sources()).extracting(s -> s.citation())
                .containsExactly("a.txt:1", "a.txt:3", "b.txt:1");
        ImportReport again = run(bank, a.toString(), b.toString());
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.written()).isZero();
    }

    /**
     * curator41 (audit 2a, 2d): a question reworded in its file and one moved to another file are neither merges
     * nor unchanged: the summary counts them apart ("reworded 1, moved 1"), as their warnings name them. Before,
     * both were counted "merged 1", which said a duplicate had been folded in.
     */
    @Test
    void rewordedAndMovedQuestionsAreCountedApartFromMerges() throws IOException {
        Path a = tmp.resolve("a.txt");
        Path b = tmp.resolve("b.txt");
        Files.writeString(a, "1. What is a mutex?\n2. What does a semaphore count?\n3. How is a spinlock built?\n");
        Files.writeString(b, "1. What is a monitor?\n");
        Path bank = tmp.resolve("bank");
        run(bank, a.toString(), b.toString());

        Files.writeString(a, "1. What is a mutex exactly?\n2. What does a semaphore count?\n");
        Files.writeString(b, "1. What is a monitor?\n2. How is a spinlock built?\n");
        ImportReport r = run(bank, a.toString(), b.toString());
        assertThat(r.files().get(0).warnings()).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("reworded", "moved");
        assertThat(r.reworded()).isEqualTo(1);
        assertThat(r.moved()).isEqualTo(1);
        assertThat(r.merged()).isZero();
        assertThat(r.added()).isZero();
        assertThat(r.unchanged()).isEqualTo(2);
        ImportReport again = run(bank, a.toString(), b.toString());
        assertThat(again.reworded() + again.moved() + again.merged()).isZero();
        assertThat(again.written()).isZero();
    }

    /**
     * curator41 (audit 2c): a file that asks one question twice with two answers (the seeds' qa page does, #7 and
     * #34) gives one bank question two sources, each recording its own answer. Lines inserted above them moved
     * both: each was compared with the first one's record, and the second's digest overwrote the first's, a
     * question file rewritten for nothing (and flipped back by the next edit of the file).
     */
    @Test
    void aQuestionAskedTwiceInAFileKeepsEachRecordWhenLinesMove() throws IOException {
        Path a = tmp.resolve("a.txt");
        String body = "1. What is a mutex?\nA lock held by one thread.\n2. What does a semaphore count?\nPermits.\n"
                + "3. What is a mutex?\nMutual exclusion, owned by its locker.\n";
        Files.writeString(a, body);
        Path bank = tmp.resolve("bank");
        run(bank, a.toString());
        BankStore store = new BankStore(bank);
        Question mutex = byText(store, "What is a mutex?");
        assertThat(mutex.sources()).hasSize(2);
        List<String> digests = mutex.sources().stream().map(dev.qbank.model.Source::digest).toList();
        assertThat(digests.get(0)).isNotEqualTo(digests.get(1));

        Files.writeString(a, "Interview notes\n\n" + body);
        ImportReport r = run(bank, a.toString());
        assertThat(r.written()).isEqualTo(1); // bank.yaml: the file's new digest
        Question after = store.read(store.questionFile(mutex.id()));
        assertThat(after.sources()).extracting(dev.qbank.model.Source::digest).isEqualTo(digests);
        assertThat(after.conflicts()).isEqualTo(mutex.conflicts());
        assertThat(r.files().get(0).warnings()).extracting(Diagnostic::code).doesNotContain("source-changed");
    }

    /**
     * curator41 (audit 2g): a source deleted upstream (git rm) from a folder that is imported again leaves its
     * questions and its bank.yaml entry behind; the import said nothing, only validate did. It now names the file
     * in a warning[source-missing], for files of the folders it read only (a bank holds sources from many places).
     */
    @Test
    void aSourceGoneFromAFolderTheImportReadsIsNamed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(dir.resolve("a.txt"), "1. What is a mutex?\n");
        Files.writeString(dir.resolve("b.txt"), "1. What is a monitor?\n2. What is a futex?\n");
        Files.writeString(other.resolve("c.txt"), "1. What is a barrier?\n");
        Path bank = tmp.resolve("bank");
        run(bank, dir.toString(), other.toString());
        Files.delete(dir.resolve("b.txt"));
        Files.delete(other.resolve("c.txt"));
        Files.writeString(other.resolve("d.txt"), "1. What is a latch?\n");

        ImportReport r = run(bank, dir.toString());
        assertThat(r.notices()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("source-missing");
            assertThat(d.file()).endsWith("notes/b.txt");
            assertThat(d.message()).contains("the 2 questions it gave stay in the bank");
        });
        assertThat(r.written()).isZero();
        assertThat(run(bank, other.resolve("d.txt").toString()).notices()).extracting(Diagnostic::code)
                .containsExactly("source-missing"); // c.txt, beside d.txt; b.txt is in a folder not read
    }
}
