package dev.qbank.importers.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Question;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word's outline levels and list numbering as Word shows them, beyond the built-in heading styles. */
class DocxOutlineTest {
    @TempDir
    Path dir;

    private final DocxImporter importer = new DocxImporter();

    private Path save(XWPFDocument doc, String name) throws IOException {
        return WordFiles.save(doc, dir, name);
    }

    private static void style(XWPFDocument doc, String id, String name, Integer outline, String basedOn) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
        }
        if (outline != null) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        doc.getStyles().addStyle(new XWPFStyle(ct));
    }

    /**
     * Questions in a style of the author's own ("面试题", outline level 2, or one based on it) or given an outline
     * level by hand were plain paragraphs: the document was refused as having no questions. They are headings now.
     */
    @Test
    void paragraphsAtAnOutlineLevelAreHeadingsOverTheirAnswers() throws IOException {
        Path file;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles();
            style(doc, "Interview", "面试题", 1, null);
            style(doc, "InterviewRed", "面试题（重点）", null, "Interview");
            style(doc, "BodyText", "正文说明", 9, null);
            XWPFParagraph q1 = doc.createParagraph();
            q1.setStyle("Interview");
            q1.createRun().setText("什么是 Pod？");
            doc.createParagraph().createRun().setText("最小的调度单位。");
            XWPFParagraph q2 = doc.createParagraph();
            q2.setStyle("InterviewRed");
            q2.createRun().setText("Service 有哪几种？");
            XWPFParagraph a2 = doc.createParagraph();
            a2.setStyle("BodyText");
            a2.createRun().setText("四种。");
            XWPFParagraph q3 = doc.createParagraph();
            q3.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            q3.createRun().setText("Ingress 是什么？");
            doc.createParagraph().createRun().setText("七层入口。");
            file = save(doc, "outline.docx");
        }
        Golden.Result r = Golden.read(importer, file, "outline.docx");
        assertThat(r.questions()).extracting(Question::question, Question::answer, q -> q.sources().get(0).line())
                .containsExactly(tuple("什么是 Pod？", "最小的调度单位。", 1), tuple("Service 有哪几种？", "四种。", 3),
                        tuple("Ingress 是什么？", "七层入口。", 5));
    }

    /**
     * A list that starts at 5, and a second list going on from the first (Word's "continue numbering" writes a
     * start override): their questions' numbers were counted from 1 in each list; now they are the ones Word shows.
     */
    @Test
    void listNumbersStartWhereWordShowsThemStarting() throws IOException {
        Path file;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
            lvl.addNewStart().setVal(BigInteger.valueOf(5));
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            BigInteger first = numbering.addNum(abstractId);
            BigInteger second = numbering.addNum(abstractId);
            numbering.getNum(second).getCTNum().addNewLvlOverride().addNewStartOverride().setVal(BigInteger.valueOf(7));
            numbering.getNum(second).getCTNum().getLvlOverrideArray(0).setIlvl(BigInteger.ZERO);
            item(doc, first, "什么是 Pod？");
            doc.createParagraph().createRun().setText("最小的调度单位。");
            item(doc, first, "什么是 Deployment？");
            doc.createParagraph().createRun().setText("管理副本。");
            doc.createParagraph().createRun().setText("（以下为网络部分）");
            item(doc, second, "Service 有哪几种？");
            doc.createParagraph().createRun().setText("四种。");
            file = save(doc, "numbers.docx");
        }
        Golden.Result r = Golden.read(importer, file, "numbers.docx");
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).number()).containsExactly(
                tuple("什么是 Pod？", "5"), tuple("什么是 Deployment？", "6"), tuple("Service 有哪几种？", "7"));
    }

    private static void item(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }
}
