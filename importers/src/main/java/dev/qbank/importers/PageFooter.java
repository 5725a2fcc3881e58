package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * The last rule ({@code ---}) under a question whose answer is read line by line, so that the text after it, at the
 * end of the page, can be left out as the page's footer (a blog's sign-off, a copyright line, a request to follow the
 * author: "以上就是…", "欢迎关注公众号…", "Thanks for reading") rather than glued onto the last answer. One per
 * question; the numbered and chapters shapes share it.
 */
public final class PageFooter {
    /** A line that is not a sign-off's prose: code, a table, a picture, a list's point, an HTML block. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "^(?: {4}|\\t|[ \\t]*(?:```|~~~|\\||!\\[|<(?!br)[a-zA-Z/]|[-*+•][ \\t]|[0-9]{1,3}[.、)]))");

    /**
     * The line of the last rule under the question (0: none), and how many answer lines and references came
     * before it.
     */
    private int ruleLine;
    private int answerAtRule;
    private int referencesAtRule;

    /** Whether {@link #ruleLine} is an end mark's (see {@link #isEndMark}), which no later rule moves. */
    private boolean endMark;

    /**
     * A line that marks the end of an article, alone on its line: {@code — END —}, {@code -END-}, {@code （完）},
     * {@code —— 全文完 ——}, {@code THE END}, a review sheet's {@code -- End of review sheet. Good luck! --}. WeChat
     * articles put it between the last answer and the account's footer (往期推荐, a QR code, 扫码关注, 点个在看).
     */
    private static final Pattern END_MARK = Pattern.compile("^[ \\t>*_]*+(?:"
            + "[-—–=~·*]{1,8}+[ \\t]*(?:END|(?i:the[ \\t]+end)|End|全文完|正文完|本文完|完)[ \\t]*[-—–=~·*]{1,8}+"
            + "|[(（【\\[][ \\t]*(?:END|全文完|正文完|本文完|完)[ \\t]*[)）】\\]]"
            + "|END|THE[ \\t]+END|全文完|正文完|本文完"
            + "|[-—–=~·*]{2,8}+[ \\t]*(?i:end[ \\t]+of[ \\t])[^\\n]{0,80}?[-—–=~·*]{2,8}+"
            + ")[ \\t*_]*+$");

    /** Whether {@code line} marks the end of the article (see {@link #END_MARK}). */
    public static boolean isEndMark(String line) {
        return END_MARK.matcher(line).matches();
    }

    /**
     * An end mark at {@code lineNo}, kept as the answer's line {@code answerLines} (so that it is named when it goes),
     * after {@code references} references: from it on, the text is the page's footer.
     */
    public void endMarkAt(int lineNo, int answerLines, int references) {
        if (!endMark) {
            ruleAt(lineNo, answerLines, references);
            endMark = true;
        }
    }

    /** A rule at {@code lineNo}, after {@code answerLines} lines of the answer and {@code references} references. */
    public void ruleAt(int lineNo, int answerLines, int references) {
        if (endMark) {
            return; // after the article's end mark, a rule is the footer's
        }
        ruleLine = lineNo;
        answerAtRule = answerLines;
        referencesAtRule = references;
    }

    /**
     * Takes the lines after the last rule out of the last question's {@code answer}, with a warning naming the
     * rule's line, unless nothing but blank lines follows it or nothing but blank lines precedes it (a rule between
     * the question and its answer separates the two: what follows is the answer). A reference line of the question
     * above the rule is something ({@code 5. …？} over a URL, then {@code ---} and a copyright line): the rule then
     * closes the question, and the copyright was its answer before (imp33).
     *
     * The footer's links ("参考资料" over a list of them) go with it: they are the page's, not the question's, so the
     * question's {@code references} keep only those read before the rule. A footer of nothing but a reference line
     * ({@code ---} then {@code References: [url](url)}, {@code 引用：…}, which the importer read as references, not
     * answer text) is the page's too: a closing list of the page's sources, not the last question's.
     *
     * @param question how the warning names the question, e.g. {@code item 7}
     */
    public void leaveOut(List<String> answer, Collection<?> references, String file, String question,
                         Consumer<Diagnostic> warnings) {
        if (ruleLine == 0 || answerAtRule > answer.size()) {
            return;
        }
        List<String> after = answer.subList(answerAtRule, answer.size());
        boolean textAfter = !after.stream().allMatch(String::isBlank);
        if (!textAfter && references.size() <= referencesAtRule
                || answer.subList(0, answerAtRule).stream().allMatch(String::isBlank) && referencesAtRule == 0
                        && !repositoryBadges(after)) {
            return;
        }
        String mark = endMark ? after.get(0).strip() : "";
        after.clear();
        Iterator<?> kept = references.iterator();
        for (int i = 0; kept.hasNext(); i++) {
            kept.next();
            if (i >= referencesAtRule) {
                kept.remove(); // in reading order: the footer's come last
            }
        }
        warnings.accept(Diagnostic.warning("footer", file, ruleLine, 0, endMark
                ? "the article ends here ('" + mark + "'): this line and the text after it are "
                + "taken for the page's footer, not the answer of " + question + "; not imported"
                : textAfter
                ? "the text after this rule, at the end of the page, is taken for the page's footer, not the answer of "
                + question + "; not imported"
                : "the references after this rule, at the end of the page, are taken for the page's own (its footer), "
                + "not references of " + question + "; not imported"));
    }

    /**
     * A repository's badges or its star-history chart ({@code ![Star History Chart](https://api.star-history.com/…)},
     * {@code [![stars](https://img.shields.io/…)](…)}), alone on a line: the page's, never an answer.
     */
    private static final Pattern BADGES = Pattern.compile("(?i)[ \\t]*(?:\\[?!\\[[^\\]\\n]*\\]"
            + "\\(https?://(?:[a-z0-9.-]*\\.)?(?:star-history\\.com|starchart\\.cc|shields\\.io|badgen\\.net|visitor-badge\\.[a-z.]+"
            + "|komarev\\.com|awesome\\.re)/[^)\\s]*\\)(?:\\]\\([^)\\s]*\\))?[ \\t]*)+");

    /**
     * Whether the lines after a rule that nothing precedes are a repository's badges, then at most a note to the
     * reader ({@code ---}, a star-history chart, {@code 本文持续更新，欢迎 Star ⭐} under a last question with no
     * answer): the page's footer, not an answer the rule parts from its question (imp33).
     */
    private static boolean repositoryBadges(List<String> after) {
        int note = readersNoteFrom(after);
        List<String> lines = note < 0 ? after : after.subList(0, note);
        return lines.stream().anyMatch(l -> !l.isBlank())
                && lines.stream().allMatch(l -> l.isBlank() || BADGES.matcher(l).matches());
    }

    /** The questions of a list read so far, and whether any had an answer (see {@link #leaveOutSignOff}). */
    public static final class Tally {
        private int questions;
        private boolean answered;

        /** A question finished with these answer lines. */
        public void count(List<String> answer) {
            questions++;
            answered |= !answer.stream().allMatch(String::isBlank);
        }
    }

    /**
     * In a list of questions without answers (an interview write-up, "1. 自我介绍 2. 讲讲 LoRA"), the paragraph after
     * the last question, below a blank line, is no answer: it is the page's sign-off ("祝大家offer多多！", "以上就是全部
     * 问题，欢迎补充", "Good luck!"). Takes it out of the last question's {@code answer} with a warning. Only when
     * other questions came before and none of them has an answer (or the paragraph is a write-up's closing words,
     * see {@link #WRITE_UP_WORDS}), and only prose reads so: code, a table, a picture
     * or a list under the last question may be what it shows, and text opened by an answer label answers it.
     *
     * @param before       the questions before the last one
     * @param questionEnd  the last line of the last question (1-based): its own, or its last wrapped line or part
     */
    public static void leaveOutSignOff(Tally before, List<String> answer, SourceDocument doc, int questionEnd,
                                       String question, Consumer<Diagnostic> warnings) {
        if (leaveOutClosingParagraphs(answer, doc, question, warnings) || !signOff(before, answer)) {
            return;
        }
        List<String> lines = doc.lines();
        int first = questionEnd; // 0-based: the line after the question
        while (first < lines.size() && (lines.get(first).isBlank() || AnswerLines.isRule(lines.get(first)))) {
            first++; // a rule above the sign-off sets it apart as well
        }
        String opening = answer.stream().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
        if (first == questionEnd || first == lines.size() || !lines.get(first).strip().equals(opening)) {
            return; // right under the question, no blank line between (it goes on with it), or on its line
        }
        answer.clear();
        warnings.accept(Diagnostic.warning("footer", doc.file(), first + 1, 0, (before.answered
                ? "these closing words of the write-up (its outcome, a wish for an offer) are"
                : "no other question of the list has an answer, so the text from here to the end of the page is")
                + " taken for the page's footer (a sign-off), not the answer of " + question + "; not imported"));
    }

    /**
     * The same at the end of a part, under the last question above the next heading or part line (a write-up's round,
     * {@code 一面} over its questions, then {@code 二面}): a paragraph set apart from the question by a blank line that
     * speaks of the interview ({@code 面试官人很好，还给了建议。}, see {@link #WRITE_UP_WORDS}) is the write-up's remark
     * on the round, not the question's answer. Only such words: other prose there ({@code 这题聊了很久，我答了…}) is
     * the candidate's answer, where at the page's end it would be its sign-off. Takes it out with a warning.
     *
     * @param paragraphLine the line (1-based) of the paragraph's first line, which the caller found set apart from
     *                      the question and opening {@code answer}
     */
    public static void leaveOutPartRemark(Tally before, List<String> answer, String file, int paragraphLine,
                                          String question, Consumer<Diagnostic> warnings) {
        if (!writeUpSignOff(answer) || !signOff(before, answer)) {
            return;
        }
        answer.clear();
        warnings.accept(Diagnostic.warning("remark", file, paragraphLine, 0, "these words on the interview (how it "
                + "went, the interviewer) are a remark of the write-up on this part, not the answer of " + question
                + "; not imported"));
    }

    /**
     * Whether the text under a list's last question reads as the page's words rather than its answer: other questions
     * came before and none has an answer (or the text is a write-up's closing words), and it is prose, not opened by
     * an answer label.
     */
    private static boolean signOff(Tally before, List<String> answer) {
        return before.questions > 0 && (!before.answered || writeUpSignOff(answer))
                && !answer.stream().allMatch(String::isBlank) && !AnswerLines.startsWithLabel(answer.get(0).strip())
                && answer.stream().noneMatch(l -> !l.isBlank() && NOT_PROSE.matcher(l).find());
    }

    /**
     * A write-up's (面经's) closing words on the interview or its outcome: "许愿 offer！", "求 offer", "攒人品",
     * "目前等结果中，有消息再更新", "面试官人很好", "已 oc", "凉了", "求点赞", "祝大家都拿到 offer". They speak of the candidate's
     * interview, never of a question, so a short paragraph of them after the last item is the post's sign-off even
     * when other items have answers (the candidate's "答：…"), where a paragraph of prose there would be an answer.
     */
    private static final Pattern WRITE_UP_WORDS = Pattern.compile("许愿|攒人品|求[ \\t]*(?:(?i:offer|oc)|好运|点?赞)"
            + "|蹲[ \\t]*(?i:offer|oc)|等(?:结果|通知|消息|(?i:hr))|有消息再更新|面试体验|面试官(?:人)?(?:都)?(?:很|挺|超|特别|非常)"
            + "(?:好|nice|友好|和善|温柔)|点个?赞|已[ \\t]*(?i:oc|挂|凉)|凉经|凉了|(?i:offer)[ \\t]*(?:多多|顺利)"
            + "|祝(?:大家|各位)");

    /**
     * The last item's own answer, then, below a blank line and at the page's end, a write-up's closing words
     * ("许愿 offer！求好运～"): those paragraphs are the post's, not the answer's (and the post's hashtags under them
     * tag no question, see {@link #leaveOut}). Takes them out with a warning; true when it did.
     */
    private static boolean leaveOutClosingParagraphs(List<String> answer, SourceDocument doc, String question,
                                                     Consumer<Diagnostic> warnings) {
        int cut = answer.size();
        while (true) {
            int end = cut;
            while (end > 0 && answer.get(end - 1).isBlank()) {
                end--;
            }
            int start = end;
            while (start > 0 && !answer.get(start - 1).isBlank()) {
                start--;
            }
            if (start == end || start == 0) {
                break; // no paragraph left, or the answer's first: the answer itself
            }
            List<String> paragraph = answer.subList(start, end);
            if (!writeUpSignOff(paragraph) || paragraph.stream().anyMatch(l -> NOT_PROSE.matcher(l).find())) {
                break;
            }
            cut = start;
        }
        if (cut == answer.size() || answer.subList(0, cut).stream().allMatch(String::isBlank)) {
            return false;
        }
        String opening = answer.get(cut).strip();
        List<String> lines = doc.lines();
        int at = lines.size() - 1;
        while (at >= 0 && !lines.get(at).strip().equals(opening)) {
            at--; // the closing words stand at the page's end: the last line that reads so
        }
        answer.subList(cut, answer.size()).clear();
        warnings.accept(Diagnostic.warning("footer", doc.file(), at + 1, 0, "these closing words of the write-up (its "
                + "outcome, a wish for an offer) and what follows them are taken for the page's footer (a sign-off), not "
                + "the answer of " + question + "; not imported"));
        return true;
    }

    /** Whether the text under the last item is a short paragraph of a write-up's closing words (see above). */
    private static boolean writeUpSignOff(List<String> answer) {
        List<String> text = answer.stream().filter(l -> !l.isBlank()).toList();
        return !text.isEmpty() && text.size() <= 3 && text.stream().anyMatch(l -> WRITE_UP_WORDS.matcher(l).find());
    }

    /**
     * Lines a blog platform puts under every post, which a copied page keeps at its end (and a README's date stamp,
     * "最后更新：2024-03-01", "Last updated: March 2024"): Zhihu's "编辑于 2023-08-12・IP
     * 属地北京" and the block its copy button adds ("作者：…", "链接：…", "来源：知乎", "著作权归作者所有。…"), CSDN's
     * "版权声明：本文为博主原创文章…" and "原文链接：…". Each names the post, not the question.
     */
    private static final Pattern PLATFORM_LINE = Pattern.compile(
            "^(?:(?:编辑|发布|更新)于\\s*(?:[0-9]{2,4}[-/年.]|昨天|今天|前天|[0-9]+\\s*(?:分钟|小时|天)前)|IP\\s*属地|版权声明[:：]"
                    // a page's date stamp: "最后更新：2024-03-01", "Last updated: March 2024"
                    + "|(?:最后|最近)(?:更新|修改|编辑)(?:于|时间|日期)?[ \\t]*[:：]?[ \\t]*[0-9]{4}"
                    + "|(?i:last[ \\t]+(?:updated|modified|edited|reviewed))[ \\t]*(?:on[ \\t]+)?[:：]?[ \\t]*[0-9A-Za-z]{3,}[^.!?]{0,20}$"
                    // Notion's stamp, by whom and when: "Last edited by Lin on March 3, 2024 8:12 PM", "Updated on
                    // 2024-03-03", "更新时间：2024-03-03"; the year and nothing but the time after it, so that prose
                    // ("Updated in 2019, the spec now…") is no stamp
                    + "|(?i:(?:last[ \\t]+)?(?:edited|updated|modified|reviewed|created)[ \\t]+(?:by[ \\t]+[^.!?:：]{1,40}?[ \\t]+)?"
                    + "(?:on|at)[ \\t]+[^.!?]{0,24}?[0-9]{4}[^.!?。]{0,16}$)"
                    + "|^(?:更新|编辑|修改)(?:时间|日期)[ \\t]*[:：][ \\t]*[0-9]{4}"
                    + "|本文为博主原创文章|著作权归作者所有|转载请(?:注明|附上|联系))");
    /** Lines of that block that say nothing alone ("作者：…", "链接：…"): left out only with one of the lines above. */
    private static final Pattern PLATFORM_COMPANION = Pattern.compile(
            "^(?:作者|链接|来源|原文链接|原文地址|出处)[:：]"
                    // the action bar a copied Zhihu or WeChat page ends with: "赞同 1.2k", "48 条评论", "分享", "收藏",
                    // "喜欢", "1,204 人赞同了该回答" (imp40)
                    + "|^(?:赞同|赞|点赞|喜欢|收藏|分享|举报|评论|在看|阅读|申请转载|收起|添加评论)(?:[ \\t\\u00a0\\u3000]*[0-9][0-9.,，万千kKwW+]*)?[ \\t]*$"
                    + "|^[0-9][0-9.,，万千kKwW+]*[ \\t\\u00a0]*(?:条评论|人赞同了该(?:回答|文章)|人赞同|人喜欢|次赞同|赞同|人已赞赏)[ \\t]*$");
    private static final Pattern MARKUP = Pattern.compile("^[\\s>*_]+");

    /**
     * Takes the platform's lines (see {@link #PLATFORM_LINE}) off the end of the last question's {@code answer},
     * with a warning naming the first of them: they were read as the end of that answer. Only a run at the very end,
     * of such lines and blank ones, with one that plainly is the platform's.
     *
     * @param question how the warning names the question, e.g. {@code item 7}
     */
    public static void leaveOutPlatformLines(List<String> answer, SourceDocument doc, String question,
                                             Consumer<Diagnostic> warnings) {
        leaveOutEnd(answer, doc, platformLinesFrom(answer), line -> warnPlatformLines(doc.file(), line, question,
                warnings));
    }

    /**
     * Clears {@code answer} from its line {@code from} on (-1: nothing to clear) and {@code warn}s with the line of
     * the file that line is (the last that reads so: the end of the page).
     */
    private static void leaveOutEnd(List<String> answer, SourceDocument doc, int from,
                                    IntConsumer warn) {
        if (from < 0) {
            return;
        }
        String first = answer.get(from).strip();
        answer.subList(from, answer.size()).clear();
        List<String> lines = doc.lines();
        int at = lines.size();
        while (at > 0 && !lines.get(at - 1).strip().equals(first)) {
            at--;
        }
        warn.accept(at);
    }

    /** The index of the first of the platform's lines that end {@code lines}, or -1 when they do not end so. */
    public static int platformLinesFrom(List<String> lines) {
        int from = lines.size();
        boolean platform = false;
        while (from > 0) {
            String line = MARKUP.matcher(lines.get(from - 1)).replaceFirst("");
            boolean own = PLATFORM_LINE.matcher(line).find();
            if (!line.isBlank() && !own && !PLATFORM_COMPANION.matcher(line).find()) {
                break;
            }
            platform |= own;
            from--;
        }
        while (from < lines.size() && lines.get(from).isBlank()) {
            from++;
        }
        return platform && from < lines.size() ? from : -1;
    }

    /**
     * A closing note to the reader about the whole page, as its last paragraph: "注：以上答案仅供参考", "*以上内容整理自网络*",
     * "Note: answers are my own", "Disclaimer: these answers…", a README's "本文持续更新，欢迎 Star ⭐" or "If this helped,
     * give it a star", a write-up's "最后祝大家都拿到 offer！" or "Good luck!". It speaks of the answers above, or to the
     * reader, not to the question.
     */
    private static final Pattern READERS_NOTE = Pattern.compile(
            "^(?:注|注意|备注|说明|声明|PS|P\\.S\\.?)[ \\t]*[:：][ \\t]*(?:以上|本文|全文|本篇|所有|全部)"
                    + "(?:所有|全部)?(?:内容|答案|题目|问题|解答|资料|均|都|仅)"
                    + "|^(?:以上|上述|本文|全文|本篇|文中)(?:所有|全部)?(?:内容|答案|题目|问题|解答|资料)?[^。！!？?]{0,12}?"
                    + "(?:仅供参考|整理自|摘自|来自|来源于|转载|搜集|收集|如有(?:错误|问题|不足|疏漏|侵权)|欢迎(?:指正|补充|交流|留言))"
                    + "|^(?i:免责声明|disclaimer)[ \\t]*[:：]"
                    // a README's request: "本文持续更新，欢迎 Star ⭐", "如果对你有帮助，请点个 Star", "Star this repo if…"
                    + "|^(?:本文|本篇|本仓库|本项目|本题库|题库)?(?:会)?持续更新|^未完待续"
                    + "|^(?:如果|若)[^。！!]{0,16}(?:帮助|有用)[^。！!]{0,8}(?:点赞|收藏|star|Star|⭐)"
                    + "|^欢迎[ \\t]*(?:star|Star|⭐|点赞|收藏|转发|关注|补充|指正|交流)"
                    // the author's word to the reader that ends a Notion page: "整理不易，转载请注明出处", "感谢阅读",
                    // "如有错误，欢迎指正", "Thanks for reading!"
                    + "|^(?:本文|本篇|本页|资料)?整理不易|^转载|^(?:感谢|谢谢)(?:你的|您的|大家的)?(?:阅读|观看|关注)"
                    + "|^(?:如有|若有)(?:错误|问题|不对|疏漏)|^(?i:thanks?[ \\t]+(?:you[ \\t]+)?for[ \\t]+reading)"
                    // a write-up's well-wish to the reader: "最后祝大家都能拿到心仪的 offer！", "祝各位早日上岸", "Good luck!"
                    + "|^(?:以上[。，,！!]?[ \\t]*)?(?:最后|最後)?[，,、 \\t]*(?:预祝|祝福|祝)(?:大家|各位|你们|您|小伙伴们?|看到这里的)"
                    + "|^(?i:good[ \\t]+luck|best[ \\t]+of[ \\t]+luck|all[ \\t]+the[ \\t]+best|happy[ \\t]+interviewing)\\b"
                    + "|^(?i:(?:please[ \\t]+)?(?:give[ \\t]+(?:it|this(?:[ \\t]+repo)?)[ \\t]+a[ \\t]+star|star[ \\t]+(?:this|the)[ \\t]+repo)"
                    + "|if[ \\t]+(?:you[ \\t]+found[ \\t]+)?this[ \\t]+(?:helped|was[ \\t]+helpful|is[ \\t]+helpful|helps)|to[ \\t]+be[ \\t]+continued)"
                    + "|^(?i:(?:note|nb|p\\.?s\\.?)[ \\t]*[:.][ \\t]*(?:(?:the|all|these|my|all\\s+of\\s+the)[ \\t]+)?"
                    + "(?:above[ \\t]+)?(?:answers|solutions|notes[ \\t]+(?:above|here)|this[ \\t]+(?:list|page|collection))\\b)");

    /**
     * The index of the first line of a closing note to the reader (see {@link #READERS_NOTE}) that ends {@code lines}
     * as its own paragraph below other text, or -1.
     */
    public static int readersNoteFrom(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        int from = end;
        while (from > 0 && !lines.get(from - 1).isBlank()) {
            from--;
        }
        if (from == end || from == 0 || end - from > 3 || lines.subList(0, from).stream().allMatch(String::isBlank)) {
            return -1;
        }
        String first = MARKUP.matcher(lines.get(from)).replaceFirst("").replaceAll("[*_]+", "").strip();
        return READERS_NOTE.matcher(first).find() ? from : -1;
    }

    /**
     * Takes a closing note to the reader (see {@link #readersNoteFrom}) off the end of the last question's
     * {@code answer}, with a warning naming its line.
     */
    public static void leaveOutReadersNote(List<String> answer, SourceDocument doc, String question,
                                           Consumer<Diagnostic> warnings) {
        leaveOutEnd(answer, doc, readersNoteFrom(answer), line -> warnReadersNote(doc.file(), line, question,
                warnings));
    }

    /**
     * Takes the page's closing lines — the platform's (see {@link #platformLinesFrom}), then a closing note to the
     * reader (see {@link #readersNoteFrom}) — off the end of an answer held as blocks joined by blank lines (the
     * Notion shape: a block may hold several lines), with the same warnings as for an answer held line by line. A
     * note set in italics ({@code *Last edited by … on March 3, 2024*}, {@code _整理不易，转载请注明出处_}) reads the
     * same as a plain one: the markup is no part of what it says.
     */
    public static void leaveOutClosingBlocks(List<String> blocks, SourceDocument doc, String question,
                                             Consumer<Diagnostic> warnings) {
        cutBlocks(blocks, doc, platformLinesFrom(linesOf(blocks)),
                line -> warnPlatformLines(doc.file(), line, question, warnings));
        cutBlocks(blocks, doc, readersNoteFrom(linesOf(blocks)),
                line -> warnReadersNote(doc.file(), line, question, warnings));
    }

    /** {@code blocks} as lines, a blank line between two blocks. */
    private static List<String> linesOf(List<String> blocks) {
        List<String> lines = new ArrayList<>();
        for (String block : blocks) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(List.of(block.split("\n", -1)));
        }
        return lines;
    }

    /**
     * Clears {@code blocks} from their line {@code from} on (as {@link #linesOf} counts; -1: nothing to clear),
     * keeping the lines of a block above it, and {@code warn}s with the line of the file that line is.
     */
    private static void cutBlocks(List<String> blocks, SourceDocument doc, int from,
                                  IntConsumer warn) {
        if (from < 0) {
            return;
        }
        List<String> lines = linesOf(blocks);
        int seen = 0;
        for (int b = 0; b < blocks.size(); b++) {
            int count = blocks.get(b).split("\n", -1).length;
            if (from < seen + count) {
                List<String> kept = lines.subList(seen, from);
                List<String> answerLines = new ArrayList<>(lines);
                blocks.subList(b, blocks.size()).clear();
                if (!kept.stream().allMatch(String::isBlank)) {
                    blocks.add(String.join("\n", kept).stripTrailing());
                }
                leaveOutEnd(answerLines, doc, from, warn);
                return;
            }
            seen += count + 1; // and the blank line after it
        }
    }

    /** The warning for a closing note to the reader left out, at {@code line}, under {@code question}. */
    public static void warnReadersNote(String file, int line, String question, Consumer<Diagnostic> warnings) {
        warnings.accept(Diagnostic.warning("footer", file, line, 0, "the closing note to the reader at the end of "
                + "the page (about the page as a whole or to its reader: '以上答案仅供参考', '持续更新，欢迎 Star', '祝大家拿到 "
                + "offer') is taken for the page's "
                + "footer, not the answer of " + question + "; not imported"));
    }

    /** The warning for the platform's lines left out, from {@code line}, under {@code question}. */
    public static void warnPlatformLines(String file, int line, String question, Consumer<Diagnostic> warnings) {
        warnings.accept(Diagnostic.warning("footer", file, line, 0, "the blog platform's lines at the end of the "
                + "page (edit date, copyright, where it was copied from) are no part of the answer of " + question
                + "; not imported"));
    }
}
