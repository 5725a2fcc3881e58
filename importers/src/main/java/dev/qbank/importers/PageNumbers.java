package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page numbers a PDF-to-text paste keeps as lines of their own inside answers ({@code - 12 -}, {@code 第 3 页},
 * {@code Page 4 of 20}, {@code 5 / 20}, a bare {@code 17} between two paragraphs): the printed page's furniture, not
 * the answer. One per file: each importer passes every answer through {@link #drop} and ends with {@link #report},
 * one warning saying how many lines were left out and where the first was.
 *
 * <p>A bare number is a page number only where nothing else explains it: its own paragraph after a paragraph of prose
 * that does not announce it ({@code 结果为：}), never the first paragraph of the answer (an answer that is a number),
 * nor in code, a list or a table. A number that names its page is one anywhere outside code.
 *
 * <p>The same goes for the page's running header and watermark, which such a paste repeats at every page break: a
 * line inside an answer that repeats the document's title (its first line), or a line asking to follow an account
 * ("更多面试题关注公众号…") met on three pages or more. They get a warning of their own.
 */
public final class PageNumbers {
    /**
     * A line that says it is a page number, and nothing else: {@code - 12 -}, {@code 第 3 页}, {@code 第 3 页 共 12 页},
     * {@code 共 12 页 第 3 页}, {@code Page 4 of 20}, {@code p. 4}, {@code 5 / 20}. One group holds the page's number.
     * Shared with the Word importer, which reads the same lines as paragraphs.
     */
    private static final Pattern NAMED = Pattern.compile("^[ \\t]*(?:[-–—][ \\t]*([0-9]{1,4})[ \\t]*[-–—]"
            + "|第[ \\t]*([0-9]{1,4})[ \\t]*页(?:[ \\t]*[,，/／、]?[ \\t]*共[ \\t]*[0-9]{1,4}[ \\t]*页)?"
            + "|共[ \\t]*[0-9]{1,4}[ \\t]*页[ \\t]*[,，/／、]?[ \\t]*第[ \\t]*([0-9]{1,4})[ \\t]*页"
            + "|(?i:page|p\\.|pg\\.?)[ \\t]*([0-9]{1,4})(?:[ \\t]*(?i:of|/)[ \\t]*[0-9]{1,4})?"
            + "|([0-9]{1,4})[ \\t]*/[ \\t]*[0-9]{1,4}[ \\t]*页?)[ \\t]*$");
    /** Longer lines are never page numbers: most lines are, and pay no pattern. */
    private static final int SHORT = 32;
    private static final Pattern BARE = Pattern.compile("^[ \\t]*[0-9]{1,4}[ \\t]*$");
    /** A line that is no prose: a list's point, a table's row, a quote, a heading, an HTML block, a fence. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "^[ \\t]*(?:[-*+•][ \\t]|[0-9]{1,3}[.、)）]|\\||>|#|<|```|~~~|[(（]?[0-9]{1,2}[)）])");
    /** How a line ends that announces what follows: the number is what it announces. */
    private static final Pattern ANNOUNCES = Pattern.compile("[:：=＝]\\s*$");

    /** A line asking to follow or join an account, or claiming the copyright: a watermark when repeated. */
    private static final Pattern WATERMARK = Pattern.compile(
            "公众号|微信|QQ[ \\t]*群|扫码|加群|关注我|获取更多|更多(?:资料|面试题|干货)|版权所有|©|(?i:copyright)");
    private static final Pattern MARKUP = Pattern.compile("^[#>*_\\s]+|(?<![*_\\s])[*_\\s]++$");

    private int dropped;
    private int firstLine;
    /** Lines were blanked in the document (see {@link #blankNamed}): answers may hold the blank lines left. */
    private boolean blanked;
    /** The document's running header and watermark lines, stripped; null until the first answer. */
    private Set<String> furniture;
    private int furnitureDropped;
    private int furnitureLine;

    /**
     * The answer without its page-number lines, counted for the file's warning.
     *
     * @param from the line of the file the answer starts at or after (1-based), to find the first dropped line
     */
    public List<String> drop(List<String> answer, SourceDocument doc, int from) {
        if (furniture == null) {
            furniture = furniture(doc);
        }
        boolean[] page = pageLines(answer, furniture);
        if (page.length == 0) {
            return answer;
        }
        List<String> kept = new ArrayList<>(answer.size());
        for (int i = 0; i < answer.size(); i++) {
            if (!page[i]) {
                kept.add(answer.get(i));
            } else if (furniture.contains(answer.get(i).strip())) {
                if (furnitureDropped++ == 0) {
                    furnitureLine = lineOf(doc, answer.get(i), from);
                }
            } else if (dropped++ == 0) {
                firstLine = lineOf(doc, answer.get(i), from);
            }
        }
        return kept.size() == answer.size() ? answer : kept;
    }

    /** {@link #drop} for an answer held as one text; null stays null. */
    public String drop(String answer, SourceDocument doc, int from) {
        if (answer == null) {
            return null;
        }
        List<String> lines = List.of(answer.split("\n", -1));
        List<String> kept = drop(lines, doc, from);
        return kept == lines && !blanked ? answer : String.join("\n", singleBlankLines(kept)).strip();
    }

    /** Whether {@code line} holds an ASCII digit, as every page number {@link #NAMED} or {@link #BARE} reads does. */
    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The lines with one blank line where there were more (where page numbers were), outside code. */
    private static List<String> singleBlankLines(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        CodeFence fence = null;
        for (String line : lines) {
            if (fence != null) {
                fence = fence.closedBy(line) ? null : fence;
            } else if (line.isBlank() && !kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
                continue;
            } else {
                fence = CodeFence.opening(line);
            }
            kept.add(line);
        }
        return kept;
    }

    /**
     * {@code doc} with the lines that say they are page numbers ({@code - 7 -}, {@code Page 8 of 20}; not bare numbers)
     * blank, outside code, counted as left out: for an importer that parses the page as Markdown, where such a line
     * between a question's heading and its label is a list or a paragraph that parts the two.
     */
    public SourceDocument blankNamed(SourceDocument doc) {
        String[] lines = doc.text().split("\n", -1);
        CodeFence fence = null;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (fence != null) {
                fence = fence.closedBy(lines[i]) ? null : fence;
            } else if ((fence = CodeFence.opening(lines[i])) == null && lines[i].length() <= SHORT
                    && hasDigit(lines[i]) && NAMED.matcher(lines[i]).matches()) {
                if (dropped++ == 0) {
                    firstLine = i + 1;
                }
                lines[i] = "";
                changed = true;
            }
        }
        blanked |= changed;
        return changed ? new SourceDocument(doc.file(), doc.path(), String.join("\n", lines), doc.bytes(), doc.sha256())
                : doc;
    }

    /** The page {@code line} names when it is nothing but a page number (see {@link #NAMED}), or -1. */
    public static int namedPage(String line) {
        Matcher m = NAMED.matcher(line);
        if (!m.matches()) {
            return -1;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return Integer.parseInt(m.group(g));
            }
        }
        throw new IllegalStateException("a page number without its number");
    }

    /** Whether {@code line} is a page number standing alone between blocks ({@code - 2 -}, {@code 第 1 页 共 2 页}, {@code 17}). */
    public static boolean isPageLine(String line) {
        return NAMED.matcher(line).matches() || BARE.matcher(line).matches();
    }

    /** The warning for {@code count} page-number lines left out of {@code file} from {@code line} on, between blocks. */
    public static void warnBetweenBlocks(String file, int line, int count, Consumer<Diagnostic> warnings) {
        warnings.accept(Diagnostic.warning("page-number", file, line, 0, count + (count == 1 ? " line" : " lines")
                + " between the tables, from here on, read as the page numbers of a printed or PDF page ('- 2 -', "
                + "'第 1 页 共 2 页'), neither questions nor notes; not imported"));
    }

    /** The file's warnings, one for page numbers and one for running headers, when any line was left out. */
    public void report(String file, Consumer<Diagnostic> warnings) {
        if (furnitureDropped > 0) {
            warnings.accept(Diagnostic.warning("page-header", file, furnitureLine, 0, furnitureDropped
                    + (furnitureDropped == 1 ? " line" : " lines") + " inside answers, from here on, repeat the page's "
                    + "running header or watermark (the document's title, 'follow our account…'), as a PDF prints it "
                    + "on every page, not answer text; not imported"));
        }
        if (dropped > 0) {
            warnings.accept(Diagnostic.warning("page-number", file, firstLine, 0, dropped + (dropped == 1 ? " line" : " lines")
                    + " inside answers, from here on, read as the page numbers of a printed or PDF page ('- 12 -', "
                    + "'第 3 页', 'Page 4 of 20', a lone number between paragraphs), not answer text; not imported"));
        }
    }

    private static boolean[] pageLines(List<String> answer, Set<String> furniture) {
        boolean[] page = new boolean[answer.size()];
        if (answer.stream().noneMatch(l -> hasDigit(l) && (BARE.matcher(l).matches() || NAMED.matcher(l).matches())
                || !furniture.isEmpty() && furniture.contains(l.strip()))) {
            return new boolean[0];
        }
        CodeFence fence = null;
        boolean anyOther = false;
        for (int i = 0; i < answer.size(); i++) {
            String line = answer.get(i);
            if (fence != null) {
                fence = fence.closedBy(line) ? null : fence;
            } else if ((fence = CodeFence.opening(line)) == null && !line.startsWith("    ") && !line.startsWith("\t")) {
                page[i] = NAMED.matcher(line).matches() || BARE.matcher(line).matches() && betweenParagraphs(answer, i)
                        || furniture.contains(line.strip());
            }
            anyOther |= !page[i] && !line.isBlank();
        }
        return anyOther ? page : new boolean[0];
    }

    /**
     * Whether the bare number at {@code i} stands alone after a paragraph of prose that does not announce it, with
     * nothing after it but a blank line, the end of the answer, or prose or code after a blank line.
     */
    private static boolean betweenParagraphs(List<String> answer, int i) {
        int before = i - 1;
        if (before < 0 || !answer.get(before).isBlank()) {
            return false;
        }
        while (before >= 0 && answer.get(before).isBlank()) {
            before--;
        }
        if (before < 0) {
            return false; // the answer's first paragraph: the answer is a number
        }
        String prose = answer.get(before);
        if (NOT_PROSE.matcher(prose).find() || ANNOUNCES.matcher(prose).find() || prose.startsWith("    ")) {
            return false;
        }
        int after = i + 1;
        if (after < answer.size() && !answer.get(after).isBlank()) {
            return false;
        }
        while (after < answer.size() && answer.get(after).isBlank()) {
            after++;
        }
        return after == answer.size() || !NOT_PROSE.matcher(answer.get(after)).find()
                || CodeFence.opening(answer.get(after)) != null;
    }

    /**
     * The lines of {@code doc} that are its running header or watermark, stripped: the title line when it comes
     * again, and a watermark line met three times or more (outside code).
     */
    private static Set<String> furniture(SourceDocument doc) {
        Map<String, Integer> counts = new HashMap<>();
        String title = null;
        CodeFence fence = null;
        for (String line : doc.lines()) {
            if (fence != null) {
                fence = fence.closedBy(line) ? null : fence;
                continue;
            }
            if ((fence = CodeFence.opening(line)) != null || line.isBlank()) {
                continue;
            }
            String s = line.strip();
            if (title == null) {
                title = MARKUP.matcher(s).replaceAll("");
            }
            counts.merge(s, 1, Integer::sum);
        }
        Set<String> found = new HashSet<>();
        if (title != null && title.codePointCount(0, title.length()) >= 6 && counts.getOrDefault(title, 0) >= 1
                && ListItemLine.parse(title).isEmpty()) {
            found.add(title); // the "# Title" line itself counts apart: its copies are plain lines
        }
        counts.forEach((line, n) -> {
            if (n >= 3 && line.length() <= 60 && WATERMARK.matcher(line).find() && ListItemLine.parse(line).isEmpty()) {
                found.add(line);
            }
        });
        return found;
    }

    /** The file line (1-based) holding {@code text} at or after {@code from}, else {@code from}. */
    private static int lineOf(SourceDocument doc, String text, int from) {
        List<String> lines = doc.lines();
        String wanted = text.strip();
        for (int i = Math.max(0, from - 1); i < lines.size(); i++) {
            if (lines.get(i).strip().equals(wanted)) {
                return i + 1;
            }
        }
        return from;
    }
}
