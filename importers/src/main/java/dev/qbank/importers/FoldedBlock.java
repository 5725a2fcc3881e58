package dev.qbank.importers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collapsed block in an answer, as GitHub and newer Notion exports write one ({@code <details>},
 * {@code <summary>代码</summary>}, the content, {@code </details>}): what a reader sees when it is open, as Markdown, the
 * summary a bold line over the content (unless it only says the content is the answer, {@code 答案}). For importers
 * that take an answer block by block: the HTML block holding the opening tags, the one holding {@code </details>}
 * and the blocks between arrive one at a time.
 */
public final class FoldedBlock {
    private static final Pattern OPENING = Pattern.compile(
            "(?is)\\s*<details(?:\\s[^>]*)?>\\s*(?:<summary(?:\\s[^>]*)?>(?<summary>.*?)</summary>)?(?<rest>.*)");
    private static final Pattern CLOSING = Pattern.compile("(?is)(?<before>.*?)</details\\s*>\\s*");
    /**
     * A tag in the summary. No {@code <} inside one: a search from every {@code <} of a long run of them to the end of
     * the line was quadratic in the run (and a tag holds no {@code <}).
     */
    private static final Pattern TAG = Pattern.compile("<[^<>\\n]*+>");
    /**
     * A summary that only says the block holds the answer ({@code 答案}, {@code 参考答案}, {@code 点击查看答案},
     * {@code Show answer}): the content is the answer, and the summary no line of it.
     */
    private static final Pattern ANSWER_SUMMARY = Pattern.compile("(?i)(?:\\*\\*)?(?:(?:点击|点我|click(?: here)?(?: to)?)"
            + "\\s*)?(?:(?:查看|展开|显示|show|view|see|reveal|expand)(?: the)?\\s*)?(?:答案|参考答案|回答|解答|答|answer)"
            + "\\s*[：:]?\\s*(?:[(（][^()（）]{0,12}[)）])?(?:\\*\\*)?");

    private FoldedBlock() {
    }

    /**
     * The Markdown an HTML block of a collapsed block stands for: the summary in bold and the content after it, the
     * content before a {@code </details>}, or nothing for a lone tag; null when the block is no part of one.
     */
    public static String asMarkdown(String html) {
        Matcher open = OPENING.matcher(html);
        if (open.matches()) {
            String summary = open.group("summary") == null ? ""
                    : TAG.matcher(open.group("summary")).replaceAll("").strip().replaceAll("\\s+", " ");
            String rest = content(open.group("rest"));
            String bold = summary.isEmpty() || ANSWER_SUMMARY.matcher(summary).matches() ? "" : "**" + summary + "**";
            return bold.isEmpty() || rest.isEmpty() ? bold + rest : bold + "\n\n" + rest;
        }
        Matcher close = CLOSING.matcher(html);
        return close.matches() ? close.group("before").strip() : null;
    }

    private static String content(String rest) {
        Matcher close = CLOSING.matcher(rest);
        return (close.matches() ? close.group("before") : rest).strip();
    }
}
