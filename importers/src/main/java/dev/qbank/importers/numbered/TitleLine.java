package dev.qbank.importers.numbered;

import dev.qbank.importers.AskWords;
import dev.qbank.importers.AskingText;
import dev.qbank.importers.ListItemLine;
import dev.qbank.importers.PartNumber;
import dev.qbank.importers.PlainMarkup;
import dev.qbank.importers.TableOfContents;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain line that names the section of the items under it, as plain-text banks write their parts without any
 * markup: a blank line, {@code 循环神经网络}, then {@code 1. RNN 为什么会梯度消失？}. Such a line is short, is not
 * indented, holds no sentence or clause punctuation and does not open a block of its own (a bullet, a quote, a
 * label, a URL, a number) and neither asks nor notes ({@link #asksOrNotes}); an answer line is rarely all of that.
 * It is a title when the next line is an item; with
 * a blank line between, only when that item starts the numbering again at 1, or before the first question. A line
 * numbered as a part ({@code Part 2: Advanced}) is a title wherever it stands ({@link #part}).
 */
final class TitleLine {
    private static final int MAX_CHARACTERS = 30;
    /** Punctuation of a sentence or clause, which a title holds none of. */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。？?！!：:，,；;]");
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            SENTENCE_MARK.pattern() + "|^(?:[ \\t\\u3000]|[-*+•·>|`~#\\[(（【0-9０-９]|https?://)");

    /**
     * What a question says where it has no question mark: an interrogative ({@code 简述…}'s imperatives are the
     * glossary's, {@link AskWords}), or an English question's opening ({@code How does …}, {@code What is …}).
     */
    private static final Pattern ASKS = Pattern.compile(AskingText.QUESTION_WORDS + "|哪种|可否"
            + "|有没有|[吗呢]$|(?i)^(?:(?:what|why|how|when|where|which|who)[ \\t]+(?:is|are|was|were|do|does|did|can"
            + "|could|should|would|will|to|many|much)|(?:is|are|does|do|can|should)[ \\t]+\\S+[ \\t]+\\S)\\b");
    /**
     * A note on the items around it rather than their part's name: a warning or tip ({@code 注意区分这两个概念},
     * {@code 提示 先看定义}, {@code Note that …}), or words pointing at the items above or below
     * ({@code 以上是基础部分}, {@code 下面这些常考}).
     */
    private static final Pattern ASIDE = Pattern.compile("^(?:注意|提示|补充|以上|上面|上述|下面|以下|接下来|这些|这几|这两"
            + "|(?i:note|tip|hint|ps|p\\.s\\.)\\b)");

    /** The title as the topic will read it: markup removed. */
    final String text;
    /** The line as written, for the answer it belongs to when it is no title after all. */
    final String line;

    private TitleLine(String text, String line) {
        this.text = text;
        this.line = line;
    }

    /** The line as a possible title, when it looks like one. */
    static Optional<TitleLine> of(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || NOT_A_TITLE.matcher(line).find() || ItemsRemark.is(stripped) // 下面几题来自一面
                || stripped.codePointCount(0, stripped.length()) > MAX_CHARACTERS) {
            return Optional.empty();
        }
        String text = PlainMarkup.strip(stripped);
        return text.isEmpty() || TableOfContents.isTitle(text) || asksOrNotes(text) ? Optional.empty()
                : Optional.of(new TitleLine(text, stripped));
    }

    /**
     * Whether a short plain line is an unnumbered question ({@code 简述梯度消失的原因}, {@code 为什么要归一化},
     * {@code How does dropout work}) or a note ({@code 注意区分这两个概念}) rather than a part's name: a title names
     * a subject and asks nothing, so the numbered items after the line are not filed under it.
     */
    static boolean asksOrNotes(String text) {
        return ASKS.matcher(text).find() || ASIDE.matcher(text).find() || AskWords.opensWithImperative(text);
    }

    /**
     * The line as a part's title when it starts with a part's number ({@code Part 2: Advanced},
     * {@code Part II – Intermediate}, {@code 第二部分：进阶}, {@code Section 3: Deep Learning}, {@code 第一部分 基础题},
     * see {@link PartNumber}): then it is a section line wherever it stands, the colon after the number being the
     * part's, not a sentence's; the name after the number must still be a title's (short, no sentence in it). The
     * text is the whole line, number and all, as a plain title line's is.
     */
    static Optional<TitleLine> part(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return Optional.empty(); // indented: a point of an answer
        }
        String text = PlainMarkup.strip(line);
        return PartNumber.rest(text)
                .filter(name -> name.codePointCount(0, name.length()) <= MAX_CHARACTERS && !SENTENCE_MARK.matcher(name).find())
                .map(name -> new TitleLine(text, line.strip()));
    }

    /**
     * An interview round as a write-up (面经) names it: {@code 一面}, {@code 技术二面}, {@code HR面}, {@code 终面},
     * {@code 交叉面}, {@code 笔试}, {@code 第一轮}, {@code Round 2}.
     */
    private static final String ROUND = "(?:(?:技术|业务|交叉|主管|总监|部门|leader|Leader|HR|Hr|hr)?[一二三四五六七八九十]面"
            + "|(?:技术|业务|交叉|主管|总监|部门|leader|Leader|HR|Hr|hr|终|加|群)面|笔试|机试|第[一二三四五六七八九十]轮(?:面试)?"
            + "|(?i:round)[ \\t]*[0-9]{1,2})";
    /** A note in brackets after the round: its length or its kind, {@code （60min）}, {@code (视频面)}. */
    private static final String NOTE = "(?:[ \\t]*[(（][^)）]{1,20}[)）])?";
    /**
     * A line that only names the round, with its note and a colon ({@code 一面（60min）：}, {@code **二面**},
     * {@code ### 三面} is a heading), or the round in brackets before a remark ({@code 【一面】视频面，约 1 小时}).
     */
    private static final Pattern ROUND_LINE = Pattern.compile("^(?<round>" + ROUND + NOTE + ")[ \\t]*[:：]?[ \\t]*$"
            + "|^[【\\[](?<bracketed>" + ROUND + NOTE + ")[】\\]][ \\t]*[:：]?[^\\n]{0," + MAX_CHARACTERS + "}$");

    /**
     * The line as the round of an interview write-up over the questions asked in it ({@code 一面（60min）：} over
     * {@code 1、自我介绍}, {@code **二面**} over bullets, {@code 【HR面】}): a section line wherever it stands, as a part
     * line is. Its colon or bold made it no title, so the round went into the answer of the item above it, and the
     * items under it, numbered from 1 again, into that answer's list (imp36). The text is the round and its note;
     * a remark after a bracketed round ({@code 视频面，约 1 小时}) is left out of it.
     */
    static Optional<TitleLine> round(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return Optional.empty(); // indented: a point of an answer
        }
        Matcher m = ROUND_LINE.matcher(PlainMarkup.strip(line.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        String round = m.group("round") != null ? m.group("round") : m.group("bracketed");
        return Optional.of(new TitleLine(round.strip(), line.strip()));
    }

    /**
     * Whether this line names the section of {@code item}, the next item: at once under it, or after a blank line
     * when the item restarts the numbering or no question came before.
     */
    boolean namesSectionOf(ListItemLine item, boolean blankBetween, boolean noQuestionYet) {
        return !blankBetween || noQuestionYet || item.number().equals("1");
    }
}
