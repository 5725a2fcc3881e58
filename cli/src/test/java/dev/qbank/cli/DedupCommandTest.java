package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankStore;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DedupCommandTest {
    record Result(int code, String out, String err) {
    }

    @TempDir
    Path dir;
    Path bank;
    BankStore store;

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Question q(String id, String text, String answer, String file, int line) {
        return Question.builder(text).id(id).answer(answer).tags(List.of("t-" + id))
                .source(new Source(file, line, text, null, null, null, null)).build();
    }

    @BeforeEach
    void bank() {
        bank = dir.resolve("bank");
        store = new BankStore(bank);
        store.commit(List.of(
                q("rnn-1", "什么是RNN？", null, "a.md", 1),
                q("rnn-2", "什么是循环神经网络（RNN）？请描述其特点和局限性。", "RNN 是...", "b.md", 7),
                q("overfit-1", "什么是过拟合", null, "a.md", 2),
                q("overfit-2", "如何解决过拟合", null, "a.md", 3),
                q("pool-1", "什么是深度学习中的池化层？", null, "b.md", 9),
                q("pool-2", "什么是CNN的池化pool层？", null, "c.md", 4)), List.of(), null);
    }

    @Test
    void listsCandidatesBestFirst() {
        Result r = run("dedup", "--bank", bank.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("rnn-1").contains("rnn-2").contains("why: ");
        assertThat(r.out().indexOf("rnn-1")).isLessThan(r.out().indexOf("overfit-1"));
    }

    @Test
    void jsonIsAnArrayOfPairs() {
        Result r = run("dedup", "--bank", bank.toString(), "--json", "--limit", "3");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode arr = QbankMapper.json().readTree(r.out());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr.size()).isEqualTo(3);
        JsonNode first = arr.get(0);
        assertThat(first.propertyNames()).containsExactly("a", "b", "score", "reason", "question-a", "question-b");
        // a script that shows pairs to a person needs both texts, not only ids
        assertThat(first.get("question-a").asString()).isNotBlank();
        assertThat(first.get("score").isNumber()).isTrue();
        double previous = 2;
        for (JsonNode row : arr) {
            assertThat(row.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = row.get("score").asDouble();
        }
    }

    @Test
    void mergeThenSplitRestoresBothQuestions() throws Exception {
        String before1 = Files.readString(store.questionFile("pool-1"));
        String before2 = Files.readString(store.questionFile("pool-2"));

        Result m = run("dedup", "--bank", bank.toString(), "--merge", "pool-1", "pool-2");
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(Files.exists(store.questionFile("pool-2"))).isFalse();
        Question merged = store.read(store.questionFile("pool-1"));
        assertThat(merged.aliases()).containsExactly("什么是CNN的池化pool层？");
        assertThat(merged.sources()).hasSize(2);
        assertThat(merged.tags()).containsExactly("t-pool-1", "t-pool-2");
        assertThat(Files.readString(bank.resolve(BankStore.DECISIONS))).contains("merge").contains("pool-2");
        assertThat(run("dedup", "--bank", bank.toString(), "--json").out()).doesNotContain("pool-2");

        Result s = run("dedup", "--bank", bank.toString(), "--split", "pool-1", "pool-2");
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(Files.readString(store.questionFile("pool-1"))).isEqualTo(before1);
        assertThat(Files.readString(store.questionFile("pool-2"))).isEqualTo(before2);
        assertThat(Files.readString(bank.resolve(BankStore.DECISIONS))).contains("keep-apart");
        // once split, the pair is decided and leaves the review band
        assertThat(run("dedup", "--bank", bank.toString(), "--json").out()).doesNotContain("\"pool-2\"");
    }

    @Test
    void keepApartIsRememberedAndHonoured() {
        Result r = run("dedup", "--bank", bank.toString(), "--keep-apart", "rnn-1", "rnn-2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(run("dedup", "--bank", bank.toString(), "--json").out()).doesNotContain("\"rnn-2\"");
        var index = dev.qbank.importers.dedup.Deduplication.forBank(bank);
        index.add(store.read(store.questionFile("rnn-1")));
        Question again = Question.builder("什么是循环神经网络（RNN）？请描述其特点和局限性。").build();
        assertThat(index.findDuplicate(again)).isEmpty();
    }

    @Test
    void mergeDecisionIsHonouredByLaterImports() {
        run("dedup", "--bank", bank.toString(), "--merge", "overfit-1", "overfit-2");
        var index = dev.qbank.importers.dedup.Deduplication.forBank(bank);
        index.add(store.read(store.questionFile("overfit-1")));
        assertThat(index.findDuplicate(Question.builder("如何解决过拟合").build()))
                .map(dev.qbank.importers.dedup.DuplicateIndex.Match::id).contains("overfit-1");
    }

    @Test
    void userErrorsAreOneLine() {
        Result missing = run("dedup", "--bank", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no bank here").doesNotContain("at dev.qbank");

        Result unknown = run("dedup", "--bank", bank.toString(), "--merge", "rnn-1", "ghost");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("ghost").doesNotContain("at dev.qbank");

        Result same = run("dedup", "--bank", bank.toString(), "--merge", "rnn-1", "rnn-1");
        assertThat(same.code()).isEqualTo(ExitCodes.USAGE);

        Result both = run("dedup", "--bank", bank.toString(), "--merge", "rnn-1", "rnn-2", "--keep-apart", "a", "b");
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);

        Result noMerge = run("dedup", "--bank", bank.toString(), "--split", "rnn-1", "rnn-2");
        assertThat(noMerge.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noMerge.err()).contains("no merge of rnn-2 into rnn-1");
    }

    @Test
    void brokenDecisionsFileIsReportedWithItsName() throws Exception {
        Files.writeString(bank.resolve(BankStore.DECISIONS), "decisions:\n  - action: marry\n    a: x\n    b: y\n");
        Result r = run("dedup", "--bank", bank.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains("decisions.yaml").doesNotContain("at dev.qbank");
        // the action is there, only misspelt: the message says which word is wrong
        assertThat(r.err()).contains("'marry'");
    }

    @Test
    void repeatedOptionsDecideEveryPairInOrder() throws Exception {
        Result r = run("dedup", "--bank", bank.toString(), "--merge", "pool-1", "pool-2", "--merge", "rnn-1", "rnn-2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("merged pool-2 into pool-1").contains("merged rnn-2 into rnn-1");
        assertThat(Files.exists(store.questionFile("pool-2"))).isFalse();
        assertThat(Files.exists(store.questionFile("rnn-2"))).isFalse();

        Result k = run("dedup", "--bank", bank.toString(), "--keep-apart", "overfit-1", "overfit-2",
                "--keep-apart", "rnn-1", "pool-1");
        assertThat(k.code()).as(k.err()).isZero();
        String decisions = Files.readString(bank.resolve(BankStore.DECISIONS));
        assertThat(decisions.split("action: keep-apart", -1)).hasSize(3);
        assertThat(decisions.split("action: merge", -1)).hasSize(3);
    }

    @Test
    void aDecisionOnAMergedAwayIdSaysWhereItWent() {
        run("dedup", "--bank", bank.toString(), "--merge", "pool-1", "pool-2");
        Result r = run("dedup", "--bank", bank.toString(), "--keep-apart", "rnn-1", "pool-2");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("decisions.yaml:2").contains("pool-2 was merged into pool-1")
                .contains("--split pool-1 pool-2").doesNotContain("at dev.qbank");
        // merging the other way round after the first merge: the same pointer
        Result back = run("dedup", "--bank", bank.toString(), "--merge", "pool-2", "pool-1");
        assertThat(back.err()).contains("pool-2 was merged into pool-1");
    }

    @Test
    void aMistypedIdIsAnsweredWithTheClosestOne() {
        Result r = run("dedup", "--bank", bank.toString(), "--merge", "overfit-1", "ovrfit-2");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no question with id ovrfit-2").contains("did you mean overfit-2?");
        assertThat(r.err()).doesNotContain("ovrfit-2.yaml");
    }

    @Test
    void splittingWithTheSidesSwappedNamesTheMergeRecorded() {
        run("dedup", "--bank", bank.toString(), "--merge", "pool-1", "pool-2");
        Result r = run("dedup", "--bank", bank.toString(), "--split", "pool-2", "pool-1");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("decisions.yaml:2").contains("'qbank dedup --split pool-1 pool-2'");
        run("dedup", "--bank", bank.toString(), "--split", "pool-1", "pool-2");
        Result again = run("dedup", "--bank", bank.toString(), "--split", "pool-1", "pool-2");
        assertThat(again.err()).contains("kept apart already");
    }

    /** Two branches, one merging a pair and one keeping it apart, merged in git with both entries kept. */
    @Test
    void aPairDecidedBothWaysIsRefusedNamingBothLines() throws Exception {
        Files.writeString(bank.resolve(BankStore.DECISIONS), """
                decisions:
                  - action: keep-apart
                    a: rnn-1
                    b: rnn-2
                  - action: keep-apart
                    a: rnn-2
                    b: rnn-1
                  - action: merge
                    a: rnn-1
                    b: rnn-2
                """);
        Result r = run("dedup", "--bank", bank.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains("decisions.yaml:8").contains("decision 3 (merge rnn-2 into rnn-1)")
                .contains("decision 1 at line 2 (keep rnn-1 and rnn-2 apart)").contains("delete the one")
                .doesNotContain("at dev.qbank");
        // 'qbank validate' on a bank reads its side files the same way
        assertThat(dev.qbank.importers.BankSideFiles.check(bank)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("contradicts decision 1"));
    }

    @Test
    void aChangeOfMindSaysWhichDecisionItReplaces() {
        run("dedup", "--bank", bank.toString(), "--keep-apart", "overfit-1", "overfit-2");
        Result r = run("dedup", "--bank", bank.toString(), "--merge", "overfit-1", "overfit-2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("replaces the earlier decision at").contains("decisions.yaml:2 (keep apart)");
        Result same = run("dedup", "--bank", bank.toString(), "--keep-apart", "rnn-1", "rnn-2");
        Result again = run("dedup", "--bank", bank.toString(), "--keep-apart", "rnn-1", "rnn-2");
        assertThat(same.out() + again.out()).doesNotContain("replaces");
    }

    @Test
    void aZeroLimitIsRefusedRatherThanListingNothing() {
        Result r = run("dedup", "--bank", bank.toString(), "--limit", "0");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--limit must be 1 or more").doesNotContain("no candidate duplicates");
    }

    /** Two files in two formats whose "overfitting" questions an import merges, the table's answering otherwise. */
    private Path importedPair() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.csv"), "question,answer\nWhat is overfitting?,A model that fits noise in the"
                + " training data.\nWhat is a tensor?,A multi-dimensional array.\n");
        Files.writeString(in.resolve("b.md"), "| Question | Answer |\n|---|---|\n| What is overfitting in machine"
                + " learning? | Memorising the training set instead of learning the pattern. |\n"
                + "| How does dropout work? | It zeroes random units while training. |\n");
        Path imported = dir.resolve("imported");
        Result r = run("import", "--bank", imported.toString(), in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("new 3, unchanged 0, merged 1");
        return imported;
    }

    private static final String PHRASING = "What is overfitting in machine learning?";

    /** The id import gives a question first seen at in/b.md:3. */
    private static String pulledId() {
        return dev.qbank.model.QuestionIds.assign(new Source("in/b.md", 3, PHRASING, null, null, null, null),
                id -> false);
    }

    private static Question mergedIn(BankStore s) {
        return s.readAll().stream().filter(q -> q.aliases().contains(PHRASING)).findFirst().orElseThrow();
    }

    @Test
    void aPhrasingImportMergedIsSplitOutReadAgainFromItsFileAndStaysApart() throws Exception {
        Path imported = importedPair();
        BankStore s = new BankStore(imported);
        Question merged = mergedIn(s);
        // a curator's edit after the import, which the split must keep
        Files.writeString(s.questionFile(merged.id()), BankStore.toYaml(merged.toBuilder()
                .explanation("Curated: compare training and validation loss.").build()));

        Result r = run("dedup", "--bank", imported.toString(), "--split", merged.id(), PHRASING);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("split '" + PHRASING + "' (in/b.md:3) from " + merged.id() + " as " + pulledId())
                .doesNotContain("rebuilt");

        Question kept = s.read(s.questionFile(merged.id()));
        assertThat(kept.aliases()).isEmpty();
        assertThat(kept.sources()).extracting(Source::citation).containsExactly("in/a.csv:2");
        assertThat(kept.conflicts()).isEmpty();
        assertThat(kept.answer()).isEqualTo("A model that fits noise in the training data.");
        assertThat(kept.explanation()).isEqualTo("Curated: compare training and validation loss.");
        Question pulled = s.read(s.questionFile(pulledId()));
        assertThat(pulled.question()).isEqualTo(PHRASING);
        assertThat(pulled.answer()).isEqualTo("Memorising the training set instead of learning the pattern.");
        assertThat(pulled.explanation()).isNull();
        assertThat(pulled.sources()).containsExactly(merged.sources().get(1));
        String decisions = Files.readString(imported.resolve(BankStore.DECISIONS));
        assertThat(decisions).contains("keep-apart").contains("b: " + pulledId()).contains("- " + PHRASING);

        Result again = run("import", "--bank", imported.toString(), dir.resolve("in").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("new 0, unchanged 4, merged 0").contains("(0 files written)");
        Result valid = run("validate", imported.toString());
        assertThat(valid.code()).as(valid.out() + valid.err()).isZero();
        assertThat(valid.out() + valid.err()).contains("0 errors");
        for (JsonNode row : QbankMapper.json().readTree(run("dedup", "--bank", imported.toString(), "--json").out())) {
            assertThat(List.of(row.get("a").asString(), row.get("b").asString()))
                    .isNotEqualTo(List.of(merged.id(), pulledId())).isNotEqualTo(List.of(pulledId(), merged.id()));
        }

        // a fresh import that knows the decision makes the same bank
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        Files.copy(imported.resolve(BankStore.DECISIONS), fresh.resolve(BankStore.DECISIONS));
        assertThat(run("import", "--bank", fresh.toString(), dir.resolve("in").toString()).out())
                .contains("new 4, unchanged 0, merged 0");
        assertThat(Files.readString(new BankStore(fresh).questionFile(pulledId())))
                .isEqualTo(Files.readString(s.questionFile(pulledId())));
    }

    @Test
    void aPhrasingWhoseFileChangedIsSplitWithItsSourceAsTheFileGivesItNow() throws Exception {
        Path imported = importedPair();
        BankStore s = new BankStore(imported);
        Question merged = mergedIn(s);
        // the curator fixes the answer in the file and a row is added above it
        Files.writeString(dir.resolve("in/b.md"), "| Question | Answer |\n|---|---|\n| What is a tensor? | An array."
                + " |\n| What is overfitting in machine learning? | Fitting noise: it fails on new data. |\n");

        Result r = run("dedup", "--bank", imported.toString(), "--split", merged.id(), PHRASING);
        assertThat(r.code()).as(r.err()).isZero();
        Question pulled = s.read(s.questionFile(pulledId()));
        assertThat(pulled.answer()).isEqualTo("Fitting noise: it fails on new data.");
        // its line and digest are the file's now, as a fresh import of it records them
        assertThat(pulled.sources()).extracting(Source::citation).containsExactly("in/b.md:4");
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        Files.copy(imported.resolve(BankStore.DECISIONS), fresh.resolve(BankStore.DECISIONS));
        run("import", "--bank", fresh.toString(), dir.resolve("in").toString());
        assertThat(pulled.sources().get(0).digest())
                .isEqualTo(new BankStore(fresh).read(new BankStore(fresh).questionFile(pulledId())).sources().get(0)
                        .digest());
    }

    @Test
    void jsonWithDecisionsSaysWhatEachPairDidAsJson() throws Exception {
        Path imported = importedPair();
        Question merged = mergedIn(new BankStore(imported));
        Result r = run("dedup", "--bank", imported.toString(), "--json", "--split", merged.id(), "in/b.md:3");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = QbankMapper.json().readTree(r.out());
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).get("action").asString()).isEqualTo("split");
        assertThat(rows.get(0).get("a").asString()).isEqualTo(merged.id());
        assertThat(rows.get(0).get("b").asString()).isEqualTo(pulledId());
        assertThat(rows.get(0).get("phrasing").asString()).isEqualTo(PHRASING);
        assertThat(rows.get(0).get("sources").get(0).asString()).isEqualTo("in/b.md:3");

        Result m = run("dedup", "--bank", bank.toString(), "--json", "--merge", "pool-1", "pool-2",
                "--merge", "rnn-2", "rnn-1");
        JsonNode merges = QbankMapper.json().readTree(m.out());
        assertThat(merges.size()).isEqualTo(2);
        assertThat(merges.get(1).get("action").asString()).isEqualTo("merge");
        assertThat(merges.get(1).get("message").asString()).startsWith("merged rnn-1 into rnn-2");
    }

    @Test
    void aDecisionWhileAnotherCommandWritesTheBankIsRefusedAndChangesNothing() throws Exception {
        Path imported = importedPair();
        BankStore s = new BankStore(imported);
        Question merged = mergedIn(s);
        String before = Files.readString(s.questionFile(merged.id()));
        try (var lock = dev.qbank.model.BankLock.acquire(imported)) {
            Result r = run("dedup", "--bank", imported.toString(), "--split", merged.id(), PHRASING);
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("the bank is locked").contains("wait for it to finish")
                    .doesNotContain("at dev.qbank");
            Result m = run("dedup", "--bank", imported.toString(), "--keep-apart", merged.id(), pulledId());
            assertThat(m.err()).contains("the bank is locked");
        }
        assertThat(Files.readString(s.questionFile(merged.id()))).isEqualTo(before);
        assertThat(imported.resolve(BankStore.DECISIONS)).doesNotExist();
        assertThat(run("dedup", "--bank", imported.toString(), "--split", merged.id(), PHRASING).code()).isZero();
    }

    @Test
    void aPhrasingWhoseFileIsGoneIsRebuiltFromWhatTheBankKeptNamedByItsSource() throws Exception {
        Path imported = importedPair();
        BankStore s = new BankStore(imported);
        Question merged = mergedIn(s);
        Files.delete(dir.resolve("in/b.md"));

        Result r = run("dedup", "--bank", imported.toString(), "--split", merged.id(), "in/b.md:3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(pulledId() + " is rebuilt from what " + merged.id() + " kept of it")
                .contains("in/b.md is gone");
        Question pulled = s.read(s.questionFile(pulledId()));
        assertThat(pulled.question()).isEqualTo(PHRASING);
        // the answer the merge kept as a conflict from that source
        assertThat(pulled.answer()).isEqualTo("Memorising the training set instead of learning the pattern.");
        assertThat(s.read(s.questionFile(merged.id())).conflicts()).isEmpty();
        assertThat(run("validate", imported.toString()).code()).isZero();
    }

    @Test
    void splittingAPhrasingRefusesWhatCannotBeSplitInOneLineAndChangesNothing() throws Exception {
        Path imported = importedPair();
        BankStore s = new BankStore(imported);
        Question merged = mergedIn(s);
        String before = Files.readString(s.questionFile(merged.id()));

        Result own = run("dedup", "--bank", imported.toString(), "--split", merged.id(), "in/a.csv:2");
        assertThat(own.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(own.err().strip()).contains("question text of " + merged.id() + " itself")
                .doesNotContain("\n").doesNotContain("at dev.qbank");
        Result unknown = run("dedup", "--bank", imported.toString(), "--split", merged.id(), "What is a GAN?");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err().strip()).contains("no phrasing or source 'What is a GAN?'").contains(PHRASING)
                .contains("in/b.md:3").doesNotContain("\n");
        Result noSuchLine = run("dedup", "--bank", imported.toString(), "--split", merged.id(), "in/b.md:4");
        assertThat(noSuchLine.err()).contains("no phrasing or source 'in/b.md:4'");
        Result notAnId = run("dedup", "--bank", imported.toString(), "--split", "q-0000000000", PHRASING);
        assertThat(notAnId.err()).contains("no question with id q-0000000000");

        assertThat(Files.readString(s.questionFile(merged.id()))).isEqualTo(before);
        assertThat(imported.resolve(BankStore.DECISIONS)).doesNotExist();
        // once split, the kept question has one source left: its own phrasing, which is refused again
        run("dedup", "--bank", imported.toString(), "--split", merged.id(), "machine learning");
        Result last = run("dedup", "--bank", imported.toString(), "--split", merged.id(), "What is overfitting?");
        assertThat(last.err()).contains("question text of " + merged.id() + " itself");
    }
}
