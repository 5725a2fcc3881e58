package dev.qbank.importers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading that titles a whole bank ({@code # 深度学习面试题}, {@code # ML Interview Questions}): the document's
 * first heading, with no other heading at its level or above after it, naming a collection of questions. Every
 * question sits under it, so as a topic it would say nothing (every question of the file, and no other, would have
 * it); the importers that file questions under headings (numbered lists, Q&A documents, tables) give such
 * questions no topic from it, or the topic of a part heading below it, and keep it in {@code Source.section}. A lone
 * heading that names a subject ({@code # 卷积神经网络}) is still the questions' topic: it is all the file says
 * about them.
 */
public final class DocumentTitle {
    /**
     * An ATX heading, group 2 its text without the blanks and {@code #}s closing it (null for a bare {@code #}). The
     * text is runs of blanks and {@code #}s each followed by another character, taken possessively, as in
     * {@link MarkdownLines#HEADING}: a lazy {@code (.*?)[ \t#]*$} tried the closing run at every character.
     */
    private static final Pattern HEADING = Pattern.compile(
            "^ {0,3}(#{1,6})(?:[ \\t]+((?:[ \\t#]*+[^ \\t#])*+))?[ \\t#]*+$");
    /** Words that call the document a collection of questions or notes, rather than a subject. */
    private static final Pattern BANK_WORDS = Pattern.compile("面试|面经|笔试|题库|题集|试题|习题|题目|问题|问答|八股|汇总|整理"
            + "|合集|大全|精选|集锦|笔记|总结|复习"
            // the same in traditional Chinese, Japanese (面接, 質問集, まとめ) and Korean (면접 질문, 문제집, 정리)
            + "|面試|面經|筆試|題庫|題集|試題|習題|題目|問題|問答|彙總|匯總|筆記|總結|複習|面接|質問|まとめ|면접|질문|문제집|정리"
            // a bank's note after its kind of question, 手撕代码题（附答案）, or a kind no subject is named by (高频题);
            // a lone 选择题 heading may still be what its questions are filed under
            + "|题[ \\t]*[（(【\\[][^\\n]*$|代码题|算法题|编程题|高频题|常考题|必考题|真题|"
            // a subject's questions of a level or kind (Deep Learning 进阶题, Python 基础题) or its N questions
            // (机器学习 100 问, 深度学习百问): a bank's name; the subject alone (卷积神经网络) is still a topic
            + "(?:进阶|基础|入门|初级|中级|高级|练习|经典|常见|热门|综合|模拟|拔高|提高|补充|附加|精华|重点)题$"
            + "|(?:(?<![0-9０-９])[0-9０-９]++[ \\t]*+|百|千)问$|(?i:\\binterviews?\\b|\\bquestions?\\b|\\bq ?& ?a\\b|\\bfaqs?\\b"
            + "|cheat ?sheet|\\bnotes\\b|\\bprep\\b|\\bquiz)");
    /** How far into a document its title may be: after a badge line or two, not after the questions. */
    private static final int MAX_LINE = 20;

    private DocumentTitle() {
    }

    /** Whether a title calls what it titles a collection of questions or notes ({@code 面试题}, {@code Questions}). */
    public static boolean namesBank(String title) {
        return BANK_WORDS.matcher(title).find();
    }

    /**
     * The 1-based line of the document's title heading, or 0 when it has none: its first heading (ATX or setext),
     * within the first lines, unnumbered, when no later heading (outside code blocks) is at its level or above and
     * its text names a bank.
     */
    public static int line(String text) {
        int titleLine = 0;
        int titleLevel = 0;
        int lineNo = 0;
        MarkdownLines lines = new MarkdownLines(text); // setext titles too; '# comment' in code is none
        while (lines.next()) {
            lineNo++;
            String line = lines.line();
            Matcher h = !lines.code() && line.indexOf('#') >= 0 ? HEADING.matcher(line) : null;
            if (h == null || !h.matches()) {
                continue;
            }
            int level = h.group(1).length();
            if (titleLine == 0) {
                // a count of questions ("CNN (3 questions)") says how many, not that the heading titles a bank
                String title = h.group(2) == null ? "" : SectionTitle.topic(PlainMarkup.strip(h.group(2)));
                // a numbered heading is a question or a part ("## 1. 面试技巧", "# 第一部分 面试题"), not the title of
                // the whole
                if (lineNo > MAX_LINE || !BANK_WORDS.matcher(title).find() || ListItemLine.parse(h.group(2)).isPresent()
                        || PartNumber.rest(PlainMarkup.strip(h.group(2))).isPresent()) {
                    return 0;
                }
                titleLine = lineNo;
                titleLevel = level;
            } else if (level <= titleLevel) {
                return 0;
            }
        }
        return titleLine;
    }
}
