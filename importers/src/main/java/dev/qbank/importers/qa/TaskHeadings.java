package dev.qbank.importers.qa;

import dev.qbank.importers.MarkdownLines;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings that state a coding task over its solution: {@code ### Find the second highest salary} over a
 * {@code ```sql} block, {@code ### 实现一个 LRU 缓存} over {@code ```java}. A SQL or LeetCode-style bank asks so, without
 * a question mark. By shape: the heading's text starts with a task verb and its section (up to the next heading) holds
 * a fenced code block and little prose. A README's {@code ### Installation} over {@code ```bash} names no task, and
 * its {@code ### Install the CLI} no coding one (install, run, build, configure are not among the verbs); a lone such
 * heading asks nothing either (the reader wants two asking headings, see {@link QaImporter}).
 *
 * <p>The verbs are this importer's own: dedup's glossary reads its imperatives as ask words, which these must not
 * change.
 */
final class TaskHeadings {
    /** A coding task's first word, then more words: "Reverse a linked list", "Given an array, find …", "求两数之和". */
    private static final Pattern TASK = Pattern.compile("(?i)(?:(?:find|write|implement|return|given|count|reverse"
            + "|merge|design|delete|remove|calculate|compute|determine|check|sort|detect|print|convert|swap|rotate"
            + "|flatten|solve|select|rank|transpose|validate|generate|serialize|invert|encode|decode|traverse)"
            + "[ \\t]+\\S|(?:实现|编写|写一个|写出|求|给定|找出|计算|统计|反转|翻转|合并|设计|删除|判断|查询|排序|输出)\\S)");
    /** More prose lines than this beside the code, and the section is an explanation, not a task's solution. */
    private static final int MAX_PROSE_LINES = 3;

    private TaskHeadings() {
    }

    /** The lines (1-based) of the headings in {@code text} (code blocks not blanked) that state a coding task. */
    static Set<Integer> of(String text) {
        Set<Integer> lines = new HashSet<>();
        MarkdownLines lines0 = new MarkdownLines(text);
        int heading = 0; // the line of the open task heading, 0 for none
        boolean code = false;
        int prose = 0;
        int lineNo = 0;
        while (lines0.next()) {
            lineNo++;
            String line = lines0.line();
            if (lines0.code()) {
                code = true;
                continue;
            }
            Matcher h = line.indexOf('#') < 0 ? null : MarkdownLines.HEADING.matcher(line);
            if (h != null && h.matches()) {
                if (heading > 0 && code && prose <= MAX_PROSE_LINES) {
                    lines.add(heading);
                }
                heading = TASK.matcher(h.group(2)).lookingAt() ? lineNo : 0;
                code = false;
                prose = 0;
            } else if (!line.isBlank()) {
                prose++;
            }
        }
        if (heading > 0 && code && prose <= MAX_PROSE_LINES) {
            lines.add(heading);
        }
        return lines;
    }
}
