package dev.qbank.importers.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word tables of questions without a header row: the first row already a question beside its answer. */
class DocxTableTest {
    @TempDir
    Path dir;

    private final DocxImporter importer = new DocxImporter();

    /** A document of a title paragraph over a table of these rows, saved. */
    private Path document(String... cells) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("NLP 面试题");
            XWPFTable t = doc.createTable(cells.length / 2, 2);
            for (int i = 0; i < cells.length; i++) {
                t.getRow(i / 2).getCell(i % 2).setText(cells[i]);
            }
            return WordFiles.save(doc, dir, "nlp.docx");
        }
    }

    /** Refused before ("no question table"): its first row was taken for a header naming no known column. */
    @Test
    void aTwoColumnTableWhoseFirstRowAsksIsReadAsQuestionAnswerRows() throws IOException {
        Path file = document(
                "什么是词向量？", "把词映射为稠密向量。",
                "Word2Vec 有哪两种训练方式？", "CBOW 和 Skip-gram。",
                "什么是注意力机制？（中等）", "按相关性加权求和。");
        Golden.Result r = Golden.read(importer, file, "nlp.docx");
        assertThat(r.questions()).extracting(Question::question, Question::answer, q -> q.sources().get(0).line())
                .containsExactly(tuple("什么是词向量？", "把词映射为稠密向量。", 2),
                        tuple("Word2Vec 有哪两种训练方式？", "CBOW 和 Skip-gram。", 3),
                        tuple("什么是注意力机制？（中等）", "按相关性加权求和。", 4));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * Left cells that ask as an instruction, without a question mark ({@code 解释过拟合}, {@code 简述 BN 的作用},
     * {@code Explain dropout}: the glossary's imperatives, which deduplication reads as asks), ask: the table was
     * refused, its first row taken for a header. A cell that merely starts like one ({@code 对比学习}) does not ask.
     */
    @Test
    void leftCellsThatAskAsAnInstructionAsk() throws IOException {
        Path file = document(
                "解释过拟合", "训练集上好，测试集上差。",
                "简述 BN 的作用", "稳定每层输入的分布。",
                "Explain dropout", "Randomly zero activations while training.",
                "Compare Adam and SGD", "Adam adapts the step per parameter.");
        Golden.Result r = Golden.read(importer, file, "nlp.docx");
        assertThat(r.questions()).extracting(Question::question).containsExactly("解释过拟合", "简述 BN 的作用",
                "Explain dropout", "Compare Adam and SGD");
        assertThat(r.warnings()).isEmpty();
        Path contrastive = document("对比学习", "拉近正样本，推远负样本。", "解释器", "逐行执行代码的程序。");
        assertThatThrownBy(() -> Golden.read(importer, contrastive, "nlp.docx")).isInstanceOf(QbankException.class);
    }

    /** Some left cells that do not ask: the rows are still read, and the warning names them to be checked. */
    @Test
    void leftCellsThatDoNotAskAreReadAndNamedInAWarning() throws IOException {
        Path file = document(
                "什么是分词？", "把句子切成词。",
                "BPE 分词", "按频率合并字符对。",
                "什么是 TF-IDF？", "词频乘逆文档频率。");
        Golden.Result r = Golden.read(importer, file, "nlp.docx");
        assertThat(r.questions()).extracting(Question::question)
                .containsExactly("什么是分词？", "BPE 分词", "什么是 TF-IDF？");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w).extracting(Diagnostic::code, Diagnostic::line).containsExactly("table-no-header", 2);
            assertThat(w.message()).contains("3 rows has no header row", "1 do not (paragraph 3)");
        });
    }

    /** Two columns that do not start with a question (a model and its size) are no question table, as before. */
    @Test
    void aTwoColumnTableThatDoesNotAskIsStillRefused() throws IOException {
        Path file = document("BERT-base", "1.1 亿参数", "GPT-2", "15 亿参数");
        assertThatThrownBy(() -> Golden.read(importer, file, "nlp.docx")).isInstanceOf(QbankException.class)
                .hasMessageContaining("no table has a question column");
    }
}
