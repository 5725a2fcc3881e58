package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.chapters.ChaptersImporter;
import dev.qbank.importers.notion.NotionImporter;
import dev.qbank.importers.numbered.NumberedImporter;
import dev.qbank.importers.table.TableImporter;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * imp42: Feishu, Yuque and Typora write a highlight as {@code <mark>} and colour or underline as {@code <font>},
 * {@code <span style>}, {@code <u>} into any shape of bank. Only the qa importer read them (the highlight in bold,
 * the other tags gone with their words kept); a numbered list, a chapter list, a Notion page or a table kept the
 * tags as text, which every exporter but the Markdown one shows raw. Now every import reads them alike
 * ({@link QuestionText#canonical}), code as written.
 */
class StyleTagsTest {
    private static final String STYLED = "梯度<mark>逐层变小</mark>，<font color=\"red\">导致</font>底层"
            + "<span style=\"color:blue\">学不动</span>，<u>很重要</u>。";
    private static final String READ = "梯度**逐层变小**，导致底层学不动，很重要。";

    @Test
    void everyMarkdownShapeReadsStyleTagsAsQaDoes() {
        assertThat(answers(Golden.readTextAsImported(new NumberedImporter(),
                "1. 什么是<mark>梯度消失</mark>？\n" + STYLED + "\n\n2. 什么是过拟合？\n训练好测试差。\n")))
                .containsExactly(READ, "训练好测试差。");
        assertThat(answers(Golden.readTextAsImported(new ChaptersImporter(),
                "第一章 基础\n\n1. 什么是梯度消失？\n" + STYLED + "\n\n2. 什么是过拟合？\n训练好测试差。\n")))
                .containsExactly(READ, "训练好测试差。");
        assertThat(answers(Golden.readTextAsImported(new NotionImporter(),
                "Q1：什么是梯度消失？\n\n" + STYLED + "\n\nQ2：什么是过拟合？\n\n训练好测试差。\n")))
                .containsExactly(READ, "训练好测试差。");
        assertThat(answers(Golden.readTextAsImported(new TableImporter(),
                "| 题目 | 答案 |\n|---|---|\n| 什么是梯度消失？ | " + STYLED + " |\n| 什么是过拟合？ | 训练好测试差 |\n")))
                .containsExactly(READ, "训练好测试差");
    }

    @Test
    void aQuestionKeepsTheWordsOfItsStyleTagsAndItsSourceAsWritten() {
        Golden.Result r = Golden.readTextAsImported(new NumberedImporter(),
                "1. 什么是<mark>梯度消失</mark>？\n梯度变小。\n\n2. 什么是<U>过拟合</U>？\n训练好测试差。\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly("什么是梯度消失？", "什么是过拟合？");
        assertThat(r.questions().get(0).sources().get(0).text()).isEqualTo("什么是<mark>梯度消失</mark>？");
    }

    @Test
    void codeKeepsItsTagsAndOtherHtmlStays() {
        String answer = "用 `<span style=\"x\">` 包住文字，<mark>高亮</mark>。\n\n```html\n<mark>a</mark><u>b</u>\n```\n"
                + "<sub>2</sub> 与 <b>粗</b>";
        Question q = Question.builder("HTML 里怎么标记文字？").answer(answer)
                .source(new Source("a.md", 1, "HTML 里怎么标记文字？", null, null, null, null)).build();
        assertThat(QuestionText.canonical(q).answer()).isEqualTo("用 `<span style=\"x\">` 包住文字，**高亮**。\n\n"
                + "```html\n<mark>a</mark><u>b</u>\n```\n<sub>2</sub> 与 <b>粗</b>");
        Question plain = Question.builder("a < b 时呢？").answer("若 a < b 且 c<d，<ul> 不是样式。")
                .source(new Source("a.md", 1, "a < b 时呢？", null, null, null, null)).build();
        assertThat(QuestionText.canonical(plain)).isSameAs(plain);
    }

    private static List<String> answers(Golden.Result r) {
        return r.questions().stream().map(Question::answer).toList();
    }
}
