package dev.qbank.importers.notion;

import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The italic line a Notion page often ends with, about the page and not the last answer: when it was edited
 * ({@code *Last edited by … on March 3, 2024*}, {@code *最后更新：2024-03-03*}) or the author's note to readers
 * ({@code *整理不易，转载请注明出处*}, {@code *未完待续*}, {@code _Thanks for reading!_}). It was glued to the
 * last question's answer. Only a paragraph of its own at the very end, wholly in emphasis, saying such a thing.
 */
final class PageNote {
    /** A line wholly in emphasis: {@code *…*}, {@code _…_}, {@code ***…***}; group 2 is its text. */
    private static final Pattern EMPHASIS = Pattern.compile("^(\\*{1,3}|_{1,3})(?![*_\\s])(.+?)(?<![*_\\s])\\1$");
    /** What a note about the page says. */
    private static final Pattern NOTE = Pattern.compile(
            "(?i)^(?:last\\s+(?:edited|updated|modified|reviewed)|(?:edited|updated|created)\\s+(?:on|by|at|:))"
                    + "|最后(?:编辑|更新|修改)|(?:更新|编辑|修改)(?:于|时间|日期)|整理不易|转载|未完待续|持续更新"
                    + "|to be continued|thanks? (?:you )?for reading|欢迎(?:关注|点赞|收藏|转发|补充|指正|交流)"
                    + "|感谢(?:阅读|观看|关注)|(?:如有|若有)(?:错误|问题|不对|疏漏)");

    private PageNote() {
    }

    /**
     * Takes the page's closing note off the end of the last question's {@code answer} (its blocks, a paragraph
     * each), with a warning naming its line, when the last block is one and the answer has a block above it.
     *
     * @param question how the warning names the question, e.g. {@code Q7}
     */
    static void leaveOut(List<String> answer, SourceDocument doc, String question, Consumer<Diagnostic> warnings) {
        int last = answer.size() - 1;
        while (last >= 0 && answer.get(last).isBlank()) {
            last--;
        }
        if (last < 1 || answer.get(last).strip().contains("\n")) {
            return; // the answer's only paragraph, or a paragraph of several lines
        }
        String line = answer.get(last).strip();
        Matcher m = EMPHASIS.matcher(line);
        if (!m.matches() || !NOTE.matcher(m.group(2).strip()).find()) {
            return;
        }
        answer.subList(last, answer.size()).clear();
        List<String> lines = doc.lines();
        int at = lines.size();
        while (at > 0 && !lines.get(at - 1).strip().equals(line)) {
            at--;
        }
        warnings.accept(Diagnostic.warning("footer", doc.file(), at, 0, "the italic line ending the page ('" + line
                + "') is a note about the page, not part of the answer of " + question + "; not imported"));
    }
}
