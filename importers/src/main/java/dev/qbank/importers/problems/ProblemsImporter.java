package dev.qbank.importers.problems;

import dev.qbank.importers.AnswerLines;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.Importer;
import dev.qbank.importers.LanguageGuess;
import dev.qbank.importers.MarkdownLines;
import dev.qbank.importers.MetadataLine;
import dev.qbank.importers.PlainMarkup;
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.TagList;
import dev.qbank.importers.chapters.ChaptersImporter;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book's problem pages, as 《百面机器学习》 lays them out and many Chinese interview banks copy: chapter lines
 * ({@code 第2章 模型评估}), section lines ({@code ## 01 特征归一化}, or a plain {@code 01 评估指标的局限性} over the
 * section's first label), then per section a {@code 场景描述} paragraph, a {@code 知识点} line, and problems:
 * {@code 问题1 …？} (or {@code > **问题** …？}, {@code Question 2: …}), a {@code 难度：★★☆☆☆} line, and
 * {@code 分析与解答} alone on its line over the answer, which runs to the next problem, label or section; a closing
 * {@code 总结与扩展} ends the section.
 *
 * <p>The section's title is its problems' topic; its 知识点 are their tags (a table's 知识点 column is too). Its
 * 场景描述 is their explanation: it sets every problem's scene, and often half answers it ("为了消除量纲影响…" over
 * "为什么需要归一化？"), so it belongs with the answer, not in what the card asks. The 总结与扩展 paragraph sums up the
 * section, no one problem: it is left out with a warning, as is other text no problem holds.
 */
public final class ProblemsImporter implements Importer {
    public static final String NAME = "problems";
    private static final String BOLD = "(?:\\*\\*|__)?";
    /**
     * {@code 问题1 …}, {@code > **问题** …}, {@code ### 问题2 …}, {@code 问题：…}, {@code Question 2: …}; the label
     * then a blank, colon or end ({@code 问题在于…} is text). Quote marks as a class: a repeated group recurses once
     * per {@code >}, and a deep quote overflowed the stack.
     */
    private static final Pattern PROBLEM = Pattern.compile("^[ \\t]*+(?:#{1,6}[ \\t]+)?[ \\t>]*+" + BOLD + "(?:问题|(?i:question))[ \\t]*"
            + "(?<number>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})?" + BOLD + "(?:[ \\t\\u3000]*[:：.．]|[ \\t\\u3000]|$)"
            + "[ \\t\\u3000]*" + BOLD + "[ \\t\\u3000]*(?<text>.*)$");
    /** {@code 分析与解答} alone on its line (bold, a heading, a colon), or with the answer's first words after a colon. */
    private static final Pattern ANSWER_LABEL = Pattern.compile("^[ \\t>#]*" + BOLD
            + "(?:分析与解答|分析与解析|解答与分析|(?i:analysis (?:and|&) answer|answer and analysis))" + BOLD
            + "[ \\t]*(?:[:：][ \\t]*" + BOLD + "[ \\t]*(?<rest>.*))?$");
    /** A section's own labels, alone on their line or before a colon and their text. */
    private static final Pattern SECTION_LABEL = Pattern.compile("^[ \\t>#]*" + BOLD
            + "(?:(?<scene>场景描述|(?i:scenario))|(?<points>知识点|(?i:knowledge points?|key concepts))"
            + "|(?<summary>总结与扩展|(?i:summary and extensions?)))" + BOLD
            + "[ \\t]*(?:[:：][ \\t]*" + BOLD + "[ \\t]*(?<rest>.*))?$");
    /** A plain section line: its number and a short title that says no sentence ({@code 02 ROC 曲线}). */
    private static final Pattern SECTION_LINE = Pattern.compile(
            "^(?<number>[0-9]{1,3}(?:[.．][0-9]{1,3}){0,6})[.．、]?[ \\t\\u3000]+(?<title>[^。，；？?！!：:]{1,40})$");
    /** A heading's section number ({@code 01 }, {@code 3.2 }), no part of its topic. */
    private static final Pattern HEADING_NUMBER = Pattern.compile("^[0-9]{1,3}(?:[.．][0-9]{1,3}){0,6}[.．、]?[ \\t\\u3000]+");
    /** What separates a 知识点 line's terms. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[，,、；;|]");
    private static final int SNIFF_LINES = 400;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a book's problem pages (百面机器学习-like): sections, '问题N' / 'Question N', '难度：★★☆☆☆', "
                + "'分析与解答' over the answer";
    }

    /** Problems and an answer label alone on its line: the label is this layout's own. */
    @Override
    public double sniff(SourceDocument doc) {
        int problems = 0;
        int labels = 0;
        for (String line : (Iterable<String>) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES)::iterator) {
            Matcher label = ANSWER_LABEL.matcher(line);
            if (label.matches() && label.group("rest") == null) {
                labels++;
            } else if (problem(line).isPresent()) {
                problems++;
            }
        }
        return problems > 0 && labels > 0 ? 0.97 : 0;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        List<String> lines = new ArrayList<>();
        List<Boolean> code = new ArrayList<>();
        MarkdownLines reader = new MarkdownLines(doc.text());
        while (reader.next()) {
            lines.add(reader.line());
            code.add(reader.code());
        }
        int documentTitle = DocumentTitle.line(doc.text());
        Section section = new Section(null, null, 0);
        Problem problem = null;
        Part part = Part.OUTSIDE; // what the text under the last label or line is
        boolean said = false; // the run of left-out text under way was warned about
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (code.get(i)) {
                if (part == Part.ANSWER) {
                    problem.answer.add(line); // a label or "问题" in a code block is code
                } else if (part == Part.QUESTION) {
                    problem.more.add(line); // the code the problem asks about
                } else if (!said) {
                    said = leftOut(doc, lineNo, "code under no problem", warnings);
                }
                continue;
            }
            Optional<String> chapter = ChaptersImporter.chapterTitle(line);
            Matcher heading = MarkdownLines.HEADING.matcher(line);
            Matcher label = SECTION_LABEL.matcher(line);
            Matcher answerLabel = ANSWER_LABEL.matcher(line);
            Optional<Problem> next = problem(line).map(p -> p.at(lineNo));
            if (next.isPresent()) {
                emit(doc, problem, section, questions, warnings);
                problem = next.get();
                part = Part.QUESTION;
                said = false;
            } else if (label.matches()) {
                emit(doc, problem, section, questions, warnings);
                problem = null;
                said = false;
                String rest = label.group("rest");
                if (label.group("summary") != null) {
                    part = Part.OUTSIDE;
                    said = leftOut(doc, lineNo, "'" + PlainMarkup.strip(line).strip() + "' sums up "
                            + (section.title == null ? "the page" : "'" + section.title + "'") + ", no one problem,",
                            warnings);
                } else {
                    part = label.group("scene") != null ? Part.SCENE : Part.POINTS;
                    if (rest != null && !rest.isBlank()) {
                        section.take(part, rest);
                    }
                }
            } else if (answerLabel.matches() && problem != null && part == Part.QUESTION) {
                part = Part.ANSWER;
                problem.labelled = true;
                if (answerLabel.group("rest") != null && !answerLabel.group("rest").isBlank()) {
                    problem.answer.add(answerLabel.group("rest"));
                }
            } else if (part == Part.ANSWER && chapter.isEmpty() && heading.matches()
                    && section.depth > 0 && heading.group(1).length() > section.depth) {
                problem.answer.add(line); // "#### 1. 线性函数归一化" under "## 01 特征归一化": the answer's own heading
            } else if (chapter.isPresent() || heading.matches() || isSectionLine(lines, code, i)) {
                emit(doc, problem, section, questions, warnings);
                problem = null;
                part = Part.OUTSIDE;
                said = false;
                if (lineNo == documentTitle && chapter.isEmpty()) {
                    continue; // the bank's title names no section
                }
                String title = chapter.orElseGet(() -> SectionTitle.topic(PlainMarkup.strip(HEADING_NUMBER.matcher(
                        heading.matches() ? heading.group(2) : line.strip()).replaceFirst(""))));
                section = heading.matches() ? new Section(title, heading.group(2).strip(), heading.group(1).length())
                        : new Section(title, line.strip(), 0);
            } else if (part == Part.QUESTION && problem.metadata.take(line, doc, lineNo, warnings)) {
                continue; // 难度：★★☆☆☆ / 标签：… under the problem: its level and tags
            } else if (part == Part.QUESTION) {
                if (problem.text.isEmpty() && !line.isBlank()) {
                    problem.text = line.strip(); // "**问题**" alone on its line over what it asks
                } else {
                    problem.more.add(line);
                }
            } else if (part == Part.ANSWER) {
                problem.answer.add(line);
            } else if (part == Part.SCENE || part == Part.POINTS) {
                section.take(part, line);
            } else if (!line.isBlank() && !said && !AnswerLines.isRule(line)) {
                said = leftOut(doc, lineNo, "this text" + (section.title == null ? "" : " under '" + section.title
                        + "'") + " belongs to no problem", warnings);
            }
        }
        emit(doc, problem, section, questions, warnings);
    }

    /** The line as a problem, if it is one. */
    private static Optional<Problem> problem(String line) {
        Matcher m = PROBLEM.matcher(line);
        return m.matches() ? Optional.of(new Problem(m.group("number"), m.group("text"))) : Optional.empty();
    }

    /**
     * Whether line {@code i} is a plain section line: a number and a short title after a blank line (or the start),
     * with the section's first label or problem the next text below it, as {@code 02 ROC 曲线} over
     * {@code 问题1 …}. A numbered point of an answer ({@code 1 线性函数归一化}) is followed by more answer.
     */
    private static boolean isSectionLine(List<String> lines, List<Boolean> code, int i) {
        if (!SECTION_LINE.matcher(lines.get(i).strip()).matches() || i > 0 && !lines.get(i - 1).isBlank()) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            String below = lines.get(j);
            if (!below.isBlank()) {
                return !code.get(j) && (SECTION_LABEL.matcher(below).matches() || PROBLEM.matcher(below).matches());
            }
        }
        return false;
    }

    /** Warns that the text at {@code lineNo} is not imported; true (the run is said). */
    private static boolean leftOut(SourceDocument doc, int lineNo, String what, Consumer<Diagnostic> warnings) {
        warnings.accept(Diagnostic.warning("outside-item", doc.file(), lineNo, 0, what + " and is not imported"));
        return true;
    }

    private static void emit(SourceDocument doc, Problem p, Section section, Consumer<Question> out,
                             Consumer<Diagnostic> warnings) {
        if (p == null) {
            return;
        }
        String text = PlainMarkup.question(p.text);
        if (text.isEmpty()) {
            warnings.accept(Diagnostic.warning("empty-question", doc.file(), p.line, 0,
                    "problem" + (p.number == null ? "" : " " + p.number) + " has no text; skipped"));
            return;
        }
        // lines between the problem and 分析与解答 say more of what it asks; without the label they are its answer
        String more = AnswerLines.join(p.more);
        String answer = p.labelled ? AnswerLines.join(p.answer) : more;
        String prompt = p.labelled && more != null ? text + "\n\n" + more : null;
        Set<String> tags = new LinkedHashSet<>(section.points);
        tags.addAll(p.metadata.tags());
        out.accept(Question.builder(text)
                .prompt(prompt)
                .answer(answer)
                .explanation(AnswerLines.join(section.scene))
                .topic(section.title)
                .difficulty(p.metadata.difficulty())
                .tags(List.copyOf(tags))
                .language(LanguageGuess.of(text))
                .source(new Source(doc.file(), p.line, text, NAME, p.number, null, section.line))
                .build());
    }

    /** What the lines under the last label or line are. */
    private enum Part {
        OUTSIDE, SCENE, POINTS, QUESTION, ANSWER
    }

    /** A chapter or section: its title (the topic), the line as written, its depth, its scene and knowledge points. */
    private static final class Section {
        final String title;
        final String line;
        /** The number of {@code #} of its heading; 0 for a chapter or plain section line. */
        final int depth;
        final List<String> scene = new ArrayList<>();
        final Set<String> points = new LinkedHashSet<>();

        Section(String title, String line, int depth) {
            this.title = title;
            this.line = line;
            this.depth = depth;
        }

        void take(Part part, String text) {
            if (part == Part.SCENE) {
                scene.add(text);
            } else if (LIST_SEPARATOR.matcher(text).find()) {
                // "K 均值聚类，EM 算法": a list of terms, each whole (spaces inside a term are no separator here)
                for (String point : LIST_SEPARATOR.split(PlainMarkup.strip(text))) {
                    if (!point.isBlank()) {
                        points.add(point.strip());
                    }
                }
            } else if (!text.isBlank()) {
                points.addAll(TagList.split(PlainMarkup.strip(text).strip()));
            }
        }
    }

    /** A problem whose level, answer and more lines may still follow. */
    private static final class Problem {
        final String number;
        int line;
        String text;
        /** Lines between the problem and its 分析与解答 label. */
        final List<String> more = new ArrayList<>();
        final List<String> answer = new ArrayList<>();
        final MetadataLine.Collected metadata = new MetadataLine.Collected();
        /** A 分析与解答 label opened the answer. */
        boolean labelled;

        Problem(String number, String text) {
            this.number = number;
            this.text = text.strip();
        }

        Problem at(int lineNo) {
            this.line = lineNo;
            return this;
        }
    }
}
