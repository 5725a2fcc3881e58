package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParaphraseCheckTest {
    @TempDir
    Path tmp;

    private Path bank(Question... questions) {
        Path bank = tmp.resolve("bank");
        new BankStore(bank).commit(List.of(questions), List.of(), BankManifest.empty());
        return bank;
    }

    private static Question q(String id, String text) {
        return Question.builder(text).id(id).build();
    }

    /** Each later phrasing is reported once, on its own file, at its question line; the first one never is. */
    @Test
    void laterPhrasingsOfOneQuestionAreReportedOnTheirOwnFiles() {
        Path bank = bank(q("q-1", "什么是Dropout？"), q("q-2", "Dropout是什么"), q("q-3", "请解释一下Dropout"),
                q("q-4", "Dropout有什么缺点？"), q("q-5", "Dropout和BN的区别"));
        List<Diagnostic> found = ParaphraseCheck.check(bank);
        assertThat(found).extracting(Diagnostic::file).containsExactly(
                bank.resolve(BankStore.defaultRelativePath("q-2")).toString(),
                bank.resolve(BankStore.defaultRelativePath("q-3")).toString());
        assertThat(found).allSatisfy(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.code()).isEqualTo(ParaphraseCheck.CODE);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(11);
            assertThat(d.message()).contains("q-1.yaml in other words", "--merge q-1 ");
        });
    }

    /**
     * curator42 (contributor audit 42): a question file copied as a template for a new question keeps the sources and
     * aliases of the one it was copied from, which make it a "paraphrase (same text)" of that one whatever its new
     * text; the warning says what it is: both cite one source question, and a new question deletes what it copied.
     */
    @Test
    void aCopiedTemplateIsToldToDeleteTheSourcesItCopied() {
        Source seed = new Source("seeds/a.md", 39, "如何判断梯度爆炸？", "notion", "Q8", null, null, null);
        Question original = Question.builder("如何判断梯度爆炸？").id("q-1").aliases(List.of("如何确定是否出现梯度爆炸？"))
                .sources(List.of(seed)).build();
        Question copy = original.toBuilder().id("q-new").question("什么是知识蒸馏？").build();
        List<Diagnostic> found = ParaphraseCheck.check(bank(original, copy));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.message())
                .contains("q-1.yaml in other words (both cite the source question seeds/a.md:39",
                        "delete the sources and aliases it copied, which are q-1's", "--merge q-1 q-new")
                .doesNotContain("same text"));
    }

    @Test
    void aBankWithoutParaphrasesHasNoFindings() {
        assertThat(ParaphraseCheck.check(bank(q("q-1", "什么是CNN？"), q("q-2", "什么是RNN？"),
                q("q-3", "CNN和RNN的区别")))).isEmpty();
        assertThat(ParaphraseCheck.check(tmp.resolve("empty"))).isEmpty();
    }
}
