package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A lone heading over a whole bank titles the bank; it is no topic of its questions. */
class DocumentTitleTest {

    @Test
    void aLoneFirstHeadingNamingABankIsTheDocumentsTitle() {
        assertThat(DocumentTitle.line("# 深度学习面试题\n\n1. a？\n2. b？\n")).isEqualTo(1);
        assertThat(DocumentTitle.line("<!-- x -->\n\n# ML Interview Questions\n\n## Basics\n\n1. a?\n")).isEqualTo(3);
        // its parts below it are topics; the title is still the title
        assertThat(DocumentTitle.line("# 面试题汇总\n## CNN\n1. a\n## RNN\n2. b\n")).isEqualTo(1);
        // the kind of question it holds, last or before a bracketed note, names a bank too
        assertThat(DocumentTitle.line("# 手撕代码题（附 Python 参考实现）\n\n## 1. LRU\n")).isEqualTo(1);
        assertThat(DocumentTitle.line("# 操作系统高频题\n\n1. a？\n")).isEqualTo(1);
        // in traditional Chinese, Japanese and Korean as in simplified Chinese
        assertThat(DocumentTitle.line("# 資料結構面試題\n\n1. a？\n")).isEqualTo(1);
        assertThat(DocumentTitle.line("# Java 面接質問集\n\n## 基礎\n\nQ1. a？\n")).isEqualTo(1);
        assertThat(DocumentTitle.line("# 자료구조 면접 질문\n\n1. a?\n")).isEqualTo(1);
        assertThat(DocumentTitle.line("# 자료구조\n\n1. a?\n")).isZero(); // a subject
    }

    @Test
    void aHeadingThatIsNotAloneOrNamesASubjectIsNoTitle() {
        assertThat(DocumentTitle.line("# 卷积神经网络\n\n1. a？\n")).isZero(); // all the file says about the topic
        assertThat(DocumentTitle.line("# 题型分析与卷积\n\n1. a？\n")).isZero(); // 题 not last: a subject
        assertThat(DocumentTitle.line("## 选择题\n\n1. a？\nA. x\nB. y\n")).isZero(); // what its questions are filed under
        assertThat(DocumentTitle.line("## CNN (3 questions)\n1. a？\n")).isZero(); // a count, not a bank
        assertThat(DocumentTitle.line("# 面试题\n1. a\n# 附录\n2. b\n")).isZero(); // a heading at its level after it
        assertThat(DocumentTitle.line("### 1. 什么是面试题？\n")).isZero(); // numbered: a question
        assertThat(DocumentTitle.line("# 第一部分 面试题\n1. a？\n")).isZero(); // numbered as a part
        assertThat(DocumentTitle.line("# Part 1: Interview Questions\n1. a?\n")).isZero();
        assertThat(DocumentTitle.line("```\n# 面试题\n```\n# CNN\n")).isZero(); // a comment in code is no heading
    }
}
