package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A page's table of contents and its other links within the page: GitHub READMEs, blog posts and Obsidian notes list
 * their questions as links to the page's own headings ({@code - [什么是BN](#什么是bn)}, {@code * [Q1 …](#q1)},
 * {@code 1. [Q](#anchor)}, nested, often under {@code ## 目录} or {@code Table of Contents}) and end answers with
 * {@code [⬆ back to top](#目录)}. Such a line only says where the page asks something, so it is neither a question
 * (the question is read where the page asks it) nor an answer. Only links to an anchor of the same page
 * ({@code #…}, Obsidian's {@code [[#heading]]}, {@code <a href="#…">}) make one: a list of links to other pages under
 * a question is that question's references or answer. So are the markers editors replace with the contents
 * ({@code [TOC]}, {@code @[TOC](目录)}, {@code <!-- toc -->}).
 *
 * <p>An importer keeps one instance per document read: it records the lines it leaves out and reports them once,
 * as a warning, so that a user who wonders where such a line went is told, and can compare the count with the
 * questions read.
 */
public final class TableOfContents {
    /** Arrows, emoji and punctuation around a navigation link's words ({@code ⬅ 上一篇}, {@code « Back}). */
    private static final String NAV_MARKS = "[\\p{So}\\p{Sm}\\p{P}\\s←→⬅➡⬆«»]*";
    /**
     * One in-page link: {@code [text](#anchor)} (maybe titled), {@code [[#heading]]}, {@code <a href="#x">text</a>};
     * or a link that only moves about the site, to another page, by its words ({@code [返回首页](../Home.md)},
     * {@code [下一篇 ➡](b.md)}, {@code [« Back](index.md)}), as a Notion export or a blog ends a page: no answer
     * either (it was the last question's, imp33).
     */
    private static final String LINK = "(?:\\[(?:[^\\[\\]\\n]++|\\[[^\\[\\]\\n]*+\\])*+\\]\\([ \\t]*#[^()\\s]*"
            + "(?:[ \\t]+\"[^\"\\n]*\")?[ \\t]*\\)|\\[\\[#[^\\[\\]\\n]+\\]\\]|<a[ \\t]+href=\"#[^\"\\n]*\"[^>\\n]*>[^<\\n]*</a>"
            + "|\\[" + NAV_MARKS + "(?i:返回首页|返回主页|返回目录|返回上一?级|返回顶部|回到顶部|回到首页|回到目录|返回|首页|主页"
            + "|上一[页篇章题节]|下一[页篇章题节]|back to (?:top|home|index|contents|the index)|back|home|index|previous|prev"
            + "|next|go back|home ?page)" + NAV_MARKS + "\\]\\([^()\\s]+\\))";
    private static final String EMPHASIS = "(?:\\*{1,3}|_{1,3}|<b>|<strong>|</b>|</strong>)?";
    /** A link as a list shows it: in emphasis, maybe followed by a count of what its part holds ({@code (12)}). */
    private static final String ENTRY_LINK = EMPHASIS + LINK + EMPHASIS + "(?:[ \\t]*[(（][0-9０-９]{1,6}[)）])?";
    /**
     * A line that is only in-page links: maybe as a list item (bullet, {@code 1.}, {@code 1)}, {@code 1、}), several
     * separated by {@code |}, {@code ·} or commas ({@code [上一题](#q1) | [下一题](#q3)}).
     */
    private static final Pattern ENTRY = Pattern.compile("[ \\t\\u3000]*(?:>[ \\t]*)?(?:(?:[-*+•]|[0-9０-９]{1,9}[.)、．）])[ \\t]+)?"
            + ENTRY_LINK + "(?:[ \\t]*[|·•,，/][ \\t]*" + ENTRY_LINK + ")*[ \\t]*");
    /**
     * A marker an editor or blog replaces with the page's contents: {@code [TOC]} (Typora, Hexo, Python-Markdown),
     * {@code @[TOC](title)} (CSDN), {@code [[TOC]]}, {@code [[_TOC_]]} (GitLab), {@code ${toc}},
     * {@code <!-- toc -->} / {@code <!-- tocstop -->} / {@code <!-- /TOC -->} (markdown-toc).
     */
    private static final Pattern MARKER = Pattern.compile("(?i)[ \\t]*(?:@?\\[toc\\](?:\\([^()\\n]*\\))?"
            + "|\\[\\[_?toc_?\\]\\]|\\$\\{toc\\}|<!--[ \\t]*/?[ \\t]*toc(?:stop)?[ \\t]*-->)[ \\t]*");
    /** The title of a table of contents: {@code 目录}, {@code Contents}, {@code Table of Contents}, {@code TOC}. */
    private static final Pattern TITLE = Pattern.compile("[\\p{So}\\p{P}\\s]*(?:文章|本文|内容)?(?:目录|目錄)"
            + "|[\\p{So}\\p{P}\\s]*(?i:(?:table[ \\t]+of[ \\t]+)?contents|toc)[\\p{So}\\p{P}\\s]*");

    /** A table of contents' number cell: {@code 1}, {@code 12.}, {@code Q3}. */
    private static final Pattern NUMBER = Pattern.compile("(?i)q?[0-9０-９]{1,6}[.、．]?");

    /**
     * Longer lines are no entry. Java's regex engine recurses once per turn of a repeated alternation, so a link text
     * of thousands of turns (untrusted input: brackets and words alternating) overflows a reader thread's stack; a
     * line of contents is far shorter than this.
     */
    private static final int MAX_ENTRY_LENGTH = 1_000;

    /** Lines left out; a blank line between two parts of one list does not split it. */
    private final LineStretches leftOut = new LineStretches(2);

    /** Whether the line is only links within the page (see the class comment). Cheap on other lines. */
    public static boolean isEntry(String line) {
        return line.length() <= MAX_ENTRY_LENGTH && (line.contains("](") || line.contains("[[#") || line.contains("href=\"#"))
                && ENTRY.matcher(line).matches()
                || line.length() < 60 && (line.contains("oc") || line.contains("OC")) && MARKER.matcher(line).matches();
    }

    /**
     * Whether a Markdown table's body rows (their source lines) are a table of contents: GitHub READMEs list their
     * questions as {@code | 1 | [What is hoisting?](#1-what-is-hoisting) |} under a {@code | No. | Questions |}
     * header, which names a question column but holds no question, only where the page asks one. Every row has an
     * in-page link, and its other cells are blank or a number.
     */
    public static boolean isTable(List<String> rows) {
        boolean any = false;
        for (String row : rows) {
            if (row.isBlank()) {
                continue;
            }
            String cells = row.strip();
            cells = cells.startsWith("|") ? cells.substring(1) : cells;
            cells = cells.endsWith("|") && !cells.endsWith("\\|") ? cells.substring(0, cells.length() - 1) : cells;
            boolean link = false;
            for (String cell : cells.split("(?<!\\\\)\\|", -1)) {
                String c = cell.strip();
                if (isEntry(c)) {
                    link = true;
                } else if (!c.isEmpty() && !NUMBER.matcher(c).matches()) {
                    return false;
                }
            }
            if (!link) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * A line that only opens or closes the HTML a README aligns its "back to top" link with ({@code <div align="right">}
     * over {@code <b><a href="#table-of-contents">↥ back to top</a></b>} over {@code </div>}).
     */
    private static final Pattern WRAPPER = Pattern.compile("(?<![ \\t])[ \\t]*+</?(?:div|p|span)(?:[ \\t][^<>\\n]*+)?>[ \\t]*+",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether every non-blank line of {@code text} (a block's source) is such a line, or a tag wrapping them (see
     * {@link #WRAPPER}), and there is one.
     */
    public static boolean isBlock(String text) {
        boolean any = false;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (!line.isBlank() && !WRAPPER.matcher(line).matches()) {
                if (!isEntry(line)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Whether a heading's text titles a table of contents ({@code ## 目录}, {@code ## Table of Contents 📑}): such a
     * heading names no part of the bank, so the questions after it are not filed under it.
     */
    public static boolean isTitle(String heading) {
        return TITLE.matcher(PlainMarkup.strip(heading)).matches();
    }

    /** Records that lines {@code first} to {@code last} (1-based, inclusive) were left out as in-page links. */
    public void leftOut(int first, int last) {
        leftOut.add(first, last);
    }

    /** Records {@code line} if it is only in-page links; whether it was. */
    public boolean leaves(String line, int lineNo) {
        if (!isEntry(line)) {
            return false;
        }
        leftOut(lineNo, lineNo);
        return true;
    }

    /** One warning for all the lines left out, at the first of them; nothing when there were none. */
    public void report(String file, Consumer<Diagnostic> warnings) {
        if (leftOut.isEmpty()) {
            return;
        }
        int lines = leftOut.count();
        warnings.accept(Diagnostic.warning("table-of-contents", file, leftOut.first(), 0, "links within the page "
                + "(a table of contents, 'back to top') are neither questions nor answers: " + lines
                + (lines == 1 ? " line" : " lines") + " not imported (line" + (lines > 1 ? "s " : " ") + leftOut.named()
                + "); the questions are read where the page asks them"));
    }
}
