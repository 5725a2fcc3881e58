package dev.qbank.importers.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word document converted from PDF keeps each page's number and running header as paragraphs of the body. They
 * were read as the end of the answer above them ("…循环等待。\n第 1 页 共 3 页\n某某面试宝典"); now they are left out,
 * with a warning each kind, and text that only looks like them stays.
 */
class DocxPageFurnitureTest {
    @TempDir
    Path dir;

    private final DocxImporter importer = new DocxImporter();

    private Path save(XWPFDocument doc, String name) throws IOException {
        return WordFiles.save(doc, dir, name);
    }

    private static void plain(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    @Test
    void pageNumbersAndARunningHeaderBesideThemAreLeftOutWithAWarning() throws IOException {
        Path file;
        try (XWPFDocument doc = new XWPFDocument()) {
            plain(doc, "云原生面试手册 v3");          // 1
            plain(doc, "1. 什么是 Pod？");           // 2
            plain(doc, "最小的调度单位。");           // 3
            plain(doc, "Page 1 of 2");            // 4
            plain(doc, "云原生面试手册 v3");          // 5
            plain(doc, "2. Service 有哪几种？");     // 6
            plain(doc, "ClusterIP、NodePort、LoadBalancer。"); // 7
            plain(doc, "Page 2 of 2");            // 8
            file = save(doc, "converted.docx");
        }
        Golden.Result r = Golden.read(importer, file, "converted.docx");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是 Pod？", "最小的调度单位。"), tuple("Service 有哪几种？", "ClusterIP、NodePort、LoadBalancer。"));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple("page-furniture", 4), tuple("page-furniture", 1));
        assertThat(r.warnings().get(0).message()).contains("'Page 1 of 2', paragraphs 4, 8");
        assertThat(r.warnings().get(1).message()).contains("'云原生面试手册 v3'").contains("paragraphs 1, 5");
    }

    @Test
    void aHeaderAfterEachPageBreakIsLeftOutWithoutPageNumbers() throws IOException {
        Path file;
        try (XWPFDocument doc = new XWPFDocument()) {
            plain(doc, "内部资料 请勿外传");
            plain(doc, "1. 什么是 Pod？");
            doc.createParagraph().createRun().setText("最小的调度单位。");
            doc.getLastParagraph().getRuns().get(0).addBreak(BreakType.PAGE);
            plain(doc, "内部资料 请勿外传");
            plain(doc, "2. Service 有哪几种？");
            plain(doc, "四种。");
            file = save(doc, "breaks.docx");
        }
        Golden.Result r = Golden.read(importer, file, "breaks.docx");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("最小的调度单位。", "四种。");
        assertThat(r.warnings()).extracting(Diagnostic::code).containsExactly("page-furniture");
    }

    /** Answers that read like page numbers but do not count up, and a repeated answer inside a page, stay. */
    @Test
    void textThatOnlyLooksLikePageFurnitureStays() throws IOException {
        Path file;
        try (XWPFDocument doc = new XWPFDocument()) {
            plain(doc, "1. 抛两枚硬币都为正面的概率？");
            plain(doc, "1/4");
            plain(doc, "2. 抛一枚硬币为正面的概率？");
            plain(doc, "1/2");
            plain(doc, "3. 同上，反面呢？");
            plain(doc, "1/2");
            file = save(doc, "fractions.docx");
        }
        Golden.Result r = Golden.read(importer, file, "fractions.docx");
        assertThat(r.questions()).extracting(Question::answer).containsExactly("1/4", "1/2", "1/2");
        assertThat(r.warnings()).isEmpty();
    }
}
