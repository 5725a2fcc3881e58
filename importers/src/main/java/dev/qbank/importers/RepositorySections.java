package dev.qbank.importers;

import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A README's sections about the repository rather than its subject, after the questions: {@code ## 贡献指南} with
 * its steps ({@code 1. Fork 本仓库}, {@code 2. 提交 PR}), {@code ## License}, {@code ## 致谢}, {@code ## Changelog},
 * {@code ## Star History}. Their numbered steps were read as questions (imp33). Such a section is the page's own
 * when its heading names one of these and nothing in it asks (no line ending in a question mark): its lines, up to
 * the next heading of its level or above, are no question and no answer. A heading that names one over items that
 * ask ({@code ## 参考资料} over {@code 1. 什么是 RAG？}) is left to the importer, as before. A TODO list or a roadmap
 * is not one: it may list questions still to answer ({@code 1. 解释 RoPE}).
 */
public final class RepositorySections {
    /** What such a heading says, after any emoji, number or bracketed English of it. */
    private static final Pattern NAMES = Pattern.compile("(?iu)(?:如何|参与|欢迎)?(?:贡献|貢獻)(?:指南|者|说明|說明|方式)?"
            + "|contribut(?:ing|ion|ions|ors?)(?: guide(?:lines)?)?|how to contribute|licen[cs]e|许可(?:证|協議|协议)?"
            + "|許可(?:證)?|开源(?:许可|协议)(?:证)?|开源協議|版权(?:声明)?|版權(?:聲明)?|copyright|致谢|致謝|鸣谢|鳴謝"
            + "|感谢|acknowledge?ments?|credits|thanks|star history|stargazers(?: over time)?|changelog|change log"
            + "|更新(?:日志|記錄|记录|历史)|版本(?:记录|历史)|sponsors?|赞助(?:商)?|贊助|打赏|donate|donation"
            + "|支持(?:作者|本项目)|support(?: the project)?|联系(?:我|我们|作者)?|聯繫|contact(?: me| us)?|关于(?:作者|我)|about(?: me| the author)?"
            + "|作者|author|交流(?:群)?|讨论(?:群)?");
    private static final Pattern LEADING = Pattern.compile("^[^\\p{L}]+");
    private static final Pattern BRACKETED = Pattern.compile("[(（\\[【][^(（\\[【)）\\]】]*+[)）\\]】][ \\t]*+$");

    private final BitSet lines = new BitSet();

    private RepositorySections(String text) {
        MarkdownLines scan = new MarkdownLines(text);
        int lineNo = 0;
        int open = 0; // the heading line of the section being read, or 0
        int level = 0;
        boolean asks = false;
        BitSet section = new BitSet();
        while (scan.next()) {
            lineNo++;
            String line = scan.line();
            Matcher heading = scan.code() ? null : MarkdownLines.HEADING.matcher(line);
            if (heading != null && heading.matches() && (open == 0 || heading.group(1).length() <= level)) {
                close(open, asks, section);
                open = 0;
                if (names(heading.group(2))) {
                    open = lineNo;
                    level = heading.group(1).length();
                    asks = false;
                    section.clear();
                }
            } else if (open != 0) {
                section.set(lineNo);
                asks |= !scan.code() && AskingText.asks(line);
            }
        }
        close(open, asks, section);
    }

    private void close(int open, boolean asks, BitSet section) {
        if (open != 0 && !asks) {
            lines.or(section);
        }
    }

    /** The sections of a Markdown text. */
    public static RepositorySections of(String text) {
        return new RepositorySections(text);
    }

    /** Whether a heading's text names a section about the repository ({@code 🤝 贡献指南}, {@code 5. License}). */
    public static boolean names(String heading) {
        String name = LEADING.matcher(PlainMarkup.strip(heading)).replaceFirst("");
        name = BRACKETED.matcher(name).replaceFirst("").replaceAll("[:：]\\s*$", "").strip();
        return NAMES.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether a line (1-based) is under such a heading, below it, in a section that asks nothing. */
    public boolean holds(int lineNo) {
        return lines.get(lineNo);
    }
}
