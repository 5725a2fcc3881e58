package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.Conflict;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhrasingSplitTest {
    @TempDir
    Path dir;

    private static Source source(String file, int line, String text) {
        return new Source(file, line, text, "numbered", null, null, null);
    }

    /** A question an import built of four sources: its own, two phrasings, and one file giving its text twice. */
    private static Question merged() {
        return Question.builder("What is a GPU kernel?").id("q-kernel").answer("A function run on the device.")
                .aliases(List.of("Explain GPU kernels", "What does a CUDA kernel do?"))
                .sources(List.of(source("a.txt", 1, "What is a GPU kernel?"),
                        source("b.txt", 4, "Explain GPU kernels"),
                        source("c.txt", 2, "What does a CUDA kernel do?"),
                        source("c.txt", 9, "What does a CUDA kernel do?"),
                        source("d.txt", 5, "Explain GPU kernels")))
                .conflicts(List.of(new Conflict("answer", "Code a GPU runs in parallel.", "c.txt:2"),
                        new Conflict("answer", "The body of a parallel loop.", "b.txt:4")))
                .build();
    }

    private PhrasingSplit.Choice find(String what) {
        return PhrasingSplit.find(dir.resolve("bank"), merged(), what, "q-kernel.yaml");
    }

    @Test
    void aPhrasingIsNamedWholeByAPartOnlyItHoldsOrByASourceWithTheFileRepeatingIt() {
        assertThat(find("What does a CUDA kernel do?").sources()).extracting(Source::citation)
                .containsExactly("c.txt:2", "c.txt:9");
        assertThat(find("cuda").phrasing()).isEqualTo("What does a CUDA kernel do?");
        // a source names its phrasing and every place of the same wording in its file, not the other files'
        PhrasingSplit.Choice byLine = find("c.txt:9");
        assertThat(byLine.phrasing()).isEqualTo("What does a CUDA kernel do?");
        assertThat(byLine.sources()).extracting(Source::citation).containsExactly("c.txt:2", "c.txt:9");
        assertThat(find("d.txt:5").sources()).extracting(Source::citation).containsExactly("d.txt:5");
        assertThat(find("Explain GPU kernels").sources()).extracting(Source::citation)
                .containsExactly("b.txt:4", "d.txt:5");
        assertThat(find("What is a TPU?")).isNull();
        assertThat(find("c.txt:3")).isNull();
    }

    @Test
    void whatCannotBeSplitIsRefusedSayingWhatToDo() {
        assertThatThrownBy(() -> find("kernel")).isInstanceOf(QbankException.class)
                .hasMessageContaining("is in 2 phrasings of q-kernel").hasMessageContaining("file:line");
        assertThatThrownBy(() -> find("what is a GPU kernel?")).hasMessageContaining("question text of q-kernel");
        assertThatThrownBy(() -> find("a.txt:1")).hasMessageContaining("question text of q-kernel");
        Question handWritten = merged().toBuilder().aliases(List.of("A phrasing typed by hand")).build();
        assertThatThrownBy(() -> PhrasingSplit.find(dir, handWritten, "typed by hand", "x"))
                .hasMessageContaining("no source of q-kernel gives").hasMessageContaining("delete it from its aliases");
        Question reworded = merged().toBuilder().question("Kernels, explained")
                .sources(List.of(source("b.txt", 4, "Explain GPU kernels"))).build();
        assertThatThrownBy(() -> PhrasingSplit.find(dir, reworded, "Explain GPU kernels", "x"))
                .hasMessageContaining("every source of q-kernel");
    }

    @Test
    void aSecondFileGivingTheQuestionTextItselfIsRefusedSayingHowToDropItsCopy() {
        Question twice = merged().toBuilder().sources(List.of(source("a.txt", 1, "What is a GPU kernel?"),
                source("e.txt", 7, "What is a GPU kernel?"), source("b.txt", 4, "Explain GPU kernels"))).build();
        assertThatThrownBy(() -> PhrasingSplit.find(dir, twice, "e.txt:7", "x"))
                .hasMessageContaining("question text of q-kernel")
                .hasMessageContaining("e.txt:7 gives the same wording as a.txt:1")
                .hasMessageContaining("delete its entry under 'sources'")
                .hasMessageNotContaining("make one of them its 'question'");
        Question alone = twice.toBuilder().aliases(List.of()).build();
        assertThatThrownBy(() -> PhrasingSplit.find(dir, alone, "What is a GPU kernel?", "x"))
                .hasMessageContaining("no other phrasing to split out");
    }

    @Test
    void theKeptQuestionLosesTheSourcesTheirConflictsAndTheAliasNoSourceItKeepsGives() {
        Question kept = PhrasingSplit.without(merged(), find("d.txt:5"));
        // b.txt:4 still gives "Explain GPU kernels": the alias and its conflict stay
        assertThat(kept.aliases()).containsExactly("Explain GPU kernels", "What does a CUDA kernel do?");
        assertThat(kept.conflicts()).hasSize(2);
        assertThat(kept.sources()).hasSize(4);

        Question withoutCuda = PhrasingSplit.without(merged(), find("cuda"));
        assertThat(withoutCuda.aliases()).containsExactly("Explain GPU kernels");
        assertThat(withoutCuda.conflicts()).extracting(Conflict::source).containsExactly("b.txt:4");
        assertThat(withoutCuda.sources()).extracting(Source::citation).containsExactly("a.txt:1", "b.txt:4", "d.txt:5");
        assertThat(withoutCuda.answer()).isEqualTo("A function run on the device.");
    }

    @Test
    void aRebuiltPhrasingTakesItsSourcesConflictsOrTheTextItsDigestSaysItGave() {
        Question q = merged();
        Question rebuilt = PhrasingSplit.rebuilt(q, find("cuda"), "q-cuda");
        assertThat(rebuilt.id()).isEqualTo("q-cuda");
        assertThat(rebuilt.question()).isEqualTo("What does a CUDA kernel do?");
        assertThat(rebuilt.answer()).isEqualTo("Code a GPU runs in parallel.");
        assertThat(rebuilt.language()).isEqualTo("en");

        // d.txt gave the kept question's very answer (no conflict): its digest says so
        Source same = source("d.txt", 5, "Explain GPU kernels")
                .withDigest(SourceDigest.of(Question.builder("x").answer("A function run on the device.").build()));
        Question cited = q.toBuilder().sources(List.of(q.sources().get(0), same)).build();
        PhrasingSplit.Choice choice = new PhrasingSplit.Choice("Explain GPU kernels", List.of(same));
        assertThat(PhrasingSplit.rebuilt(cited, choice, "q-x").answer()).isEqualTo("A function run on the device.");
        Source other = same.withDigest(SourceDigest.of(Question.builder("x").answer("Something else").build()));
        assertThat(PhrasingSplit.rebuilt(cited, new PhrasingSplit.Choice("Explain GPU kernels", List.of(other)),
                "q-x").answer()).isNull();
    }

    @Test
    void thePulledQuestionIsReadAgainFromItsFileWithTheIdImportWouldGiveIt() throws Exception {
        Path bank = Files.createDirectories(dir.resolve("bank"));
        Files.writeString(dir.resolve("c.txt"), "1. What is a GPU kernel?\n2. What does a CUDA kernel do?\n");
        Question q = merged().toBuilder().sources(List.of(source("a.txt", 1, "What is a GPU kernel?"),
                source("c.txt", 2, "What does a CUDA kernel do?"))).build();
        PhrasingSplit.Choice choice = PhrasingSplit.find(bank, q, "cuda", "x");
        PhrasingSplit.Result r = PhrasingSplit.split(bank, q, choice, id -> id.equals("q-taken"));
        assertThat(r.note()).isNull();
        assertThat(r.pulled().id()).isEqualTo(dev.qbank.model.QuestionIds.assign(choice.sources().get(0), id -> false));
        // read again: the file gives no answer, so the conflict (from the bank) is not taken for one
        assertThat(r.pulled().answer()).isNull();

        Files.writeString(dir.resolve("c.txt"), "1. Something else entirely?\n");
        PhrasingSplit.Result gone = PhrasingSplit.split(bank, q, choice, id -> false);
        assertThat(gone.note()).contains("c.txt no longer holds it");
        assertThat(gone.pulled().answer()).isEqualTo("Code a GPU runs in parallel.");
    }

    @Test
    void textsTheMergeFilledInFromThePhrasingAreNamedNotDropped() {
        String digest = SourceDigest.of(Question.builder("x").answer("A function run on the device.").build());
        Question q = merged().toBuilder().sources(List.of(source("a.txt", 1, "What is a GPU kernel?"),
                source("c.txt", 2, "What does a CUDA kernel do?").withDigest(digest))).build();
        PhrasingSplit.Choice cuda = PhrasingSplit.find(dir, q, "cuda", "x");
        Question kept = PhrasingSplit.without(q, cuda);
        assertThat(kept.answer()).isEqualTo("A function run on the device.");
        assertThat(PhrasingSplit.takenFrom(kept, cuda)).containsExactly("answer");
        // the kept question's own source gave that answer too: nothing was taken
        Question both = q.toBuilder().sources(List.of(q.sources().get(0).withDigest(digest), q.sources().get(1)))
                .build();
        assertThat(PhrasingSplit.takenFrom(PhrasingSplit.without(both, cuda), cuda)).isEmpty();
    }
}
