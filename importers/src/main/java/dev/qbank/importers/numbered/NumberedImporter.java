package dev.qbank.importers.numbered;

import dev.qbank.importers.AnswerLines;
import dev.qbank.importers.AnswerList;
import dev.qbank.importers.AskingText;
import dev.qbank.importers.ChineseNumerals;
import dev.qbank.importers.ChoiceOptions;
import dev.qbank.importers.CircledNumbers;
import dev.qbank.importers.ClozeDeletions;
import dev.qbank.importers.DifficultyWords;
import dev.qbank.importers.LevelLabels;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.EndNotes;
import dev.qbank.importers.ExplanationLabel;
import dev.qbank.importers.FrontMatter;
import dev.qbank.importers.HyphenatedWords;
import dev.qbank.importers.Importer;
import dev.qbank.importers.InterviewSteps;
import dev.qbank.importers.ItemParts;
import dev.qbank.importers.LanguageGuess;
import dev.qbank.importers.LevelSections;
import dev.qbank.importers.ListItemLine;
import dev.qbank.importers.MarkdownLines;
import dev.qbank.importers.MetadataLine;
import dev.qbank.importers.PageFooter;
import dev.qbank.importers.PageNumbers;
import dev.qbank.importers.PartNumber;
import dev.qbank.importers.PlainMarkup;
import dev.qbank.importers.QuestionLabel;
import dev.qbank.importers.RepositorySections;
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.TableOfContents;
import dev.qbank.importers.TextOutsideItems;
import dev.qbank.importers.WrappedLine;
import dev.qbank.importers.chapters.ChaptersImporter;
import dev.qbank.importers.table.TableImporter;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain numbered list of questions ({@code 1.}, {@code 1、}, {@code 1)}, {@code (1)}, {@code （1）}, {@code [1]}, see
 * {@link ListItemLine}), one per line; {@code 7.1} and {@code 7.2} after item 6 or 7 are questions of their own.
 * Lines before the first item are a preamble (title). A line right under an item whose sentence it finishes is the
 * rest of the question ({@link WrappedLine}); other non-numbered lines after an item are that item's answer, and one
 * that starts like a number is kept there with a warning; so is a numbered line indented at least two columns deeper
 * than the item above it (a nested list of points), silently, unless it is numbered right after that item and
 * nothing came between (a stray indent). A Markdown heading, a line numbered in Chinese numerals
 * ({@code 一、图像分类}) or a part line ({@code Part 2: Advanced}, {@code 第一部分 基础题}, even the first line) names
 * the section the following items belong to, and so does a short plain
 * line after a blank line, right above an item ({@link TitleLine}). An outliner's page whose questions are nested
 * under title bullets is read as the bulleted list it stands for ({@link OutlinePage}).
 */
public final class NumberedImporter implements Importer {
    public static final String NAME = "numbered";
    private static final Pattern HEADING = MarkdownLines.HEADING;
    /**
     * A section line numbered in Chinese numerals ({@code 一、图像分类}, {@code 二. 目标检测}, {@code （三）进阶}):
     * plain-text banks group their Arabic-numbered questions under such lines the way Markdown files use headings.
     * Group {@code n} is the numeral, group {@code title} the title. In a list without Arabic numbers these lines are
     * the questions.
     */
    private static final Pattern CHINESE_SECTION = Pattern.compile(
            "^[ \\t\\u3000]*(?:(?<n>[一二三四五六七八九十]{1,3})[ \\t]*[、.．]"
                    + "|[(（][ \\t]*(?<pn>[一二三四五六七八九十]{1,3})[ \\t]*[)）])[ \\t\\u3000]*(?<title>\\S.*?)[ \\t\\u3000]*$");
    /**
     * The title of {@code line} as a numbered part of the document, as read below: a line numbered in Chinese
     * numerals ({@code 二、进阶}), a part line ({@code 第一部分 基础题}, {@code Part 2: Advanced}), or a plain title
     * line with a part's count ({@code 基础（3题）}). Only to tell whether the parts name levels (see
     * {@link LevelSections}).
     */
    private static Optional<String> partLine(String line) {
        Matcher chinese = CHINESE_SECTION.matcher(line);
        if (chinese.matches()) {
            return Optional.of(chinese.group("title"));
        }
        return TitleLine.part(line).or(() -> TitleLine.of(line)).map(t -> t.text)
                .filter(t -> !SectionTitle.topic(t).equals(t));
    }

    private static final Pattern DELIMITER = Pattern.compile(
            "^[ \\t]*+\\|?[ \\t]*+:?-{3,}+:?[ \\t]*+(?:\\|[ \\t]*+:?-{3,}+:?[ \\t]*+)*+\\|?[ \\t]*+$"); // possessive: linear
    /** A question's own Q-number at the start of a numbered item's text ({@code 1. Q1：question}). */
    private static final Pattern Q_NUMBER_AFTER_ITEM =
            Pattern.compile("^[QＱ][ \\t]*[0-9０-９]{1,6}[ \\t]*[：:.．、][ \\t]*(?=\\S)");
    /**
     * An exam paper's marks before the question ({@code 1．（10分）简述…}, {@code 3. [5 points] Explain …}): the
     * paper's, no part of what it asks (imp36).
     */
    private static final Pattern MARKS_BEFORE = Pattern.compile(
            "^[(（【\\[][ \\t]*[0-9]{1,3}[ \\t]*(?:分|(?i:points?|pts?|marks?))[ \\t]*[)）】\\]][ \\t]*(?=\\S)");
    /** A Notion-style question line: {@code Q1：}, {@code **Q1：}, {@code Ｑ1：}, {@code 问题1：}. */
    private static final Pattern Q_LABEL = Pattern.compile("^\\s*(?:\\*\\*)?(?:[QＱ]|问题)[0-9０-９]+\\s*[：:]");
    private static final Pattern CHAPTER = Pattern.compile("^\\s*(第\\s*[0-9０-９一二三四五六七八九十百]+\\s*章|chapter\\s+(?:" + PartNumber.LATIN_NUMBER + ")(?![\\p{L}\\p{N}]))",
            Pattern.CASE_INSENSITIVE);
    /**
     * A line that only opens or closes a collapsed answer, as GitHub lists write them: {@code <details>},
     * {@code <summary>Answer</summary>} ({@code 答案}, {@code 点击查看答案}, {@code Show answer}), {@code </details>}.
     * Linear on any line: every run of blanks is possessive and comes before a tag, and the line must end in a tag
     * (then blanks) however many blanks follow. The pattern had a greedy run of blanks before the optional tags and
     * another after them, which split a line of blanks (an indented list, a fuzzed page) every way before failing:
     * quadratic, seconds at a few thousand blanks.
     */
    private static final Pattern COLLAPSED_ANSWER = Pattern.compile("(?i)[ \\t]*+(?:<details[^>]*+>)?"
            + "(?:[ \\t]*+<summary>[^<\\n]{0,12}?(?:<b>|<strong>)?[^<\\n]{0,12}?(?:答案|解析|解答|answer|explanation|solution"
            + "|展开|查看|expand|show)[^<\\n]{0,12}(?:</b>|</strong>)?[^<\\n]{0,12}</summary>)?(?:[ \\t]*+</details>)?"
            + "(?<=>)[ \\t]*+");
    /**
     * A bullet at the start of a line, group 1 its text (trimmed). A task list's box ({@code - [ ] What is X?},
     * {@code - [x] …}, as GitHub checklists of questions to practise have it) is no part of the text.
     */
    private static final Pattern BULLET = Pattern.compile("^[-*+•][ \\t]+(?:\\[[ xX]\\][ \\t]+)?(\\S" + MarkdownLines.TO_LAST_NON_BLANK + ")[ \\t]*+$");
    /**
     * A bullet's text that is only a link to another page, which asks nothing: a list of resources. The link text
     * does not end in a question mark; it is taken possessively and its last character looked behind at, which
     * backtracking through it with a blank run before the bracket made quadratic.
     */
    private static final Pattern OTHER_PAGE = Pattern.compile(
            "\\[[^\\]\\n]*+(?<![？?\\[])\\]\\([ \\t]*(?:https?://|www\\.)[^()\\s]*\\)[ \\t]*");
    /** A line wholly in bold ({@code **什么是过拟合？**}, {@code __Q: What is X?__}): group 2 the text. */
    private static final Pattern BOLD_LINE = Pattern.compile("^(\\*\\*|__)(?![ \\t])(.+?)(?<![ \\t])\\1[ \\t]*$");
    /** How a line starts that a reader takes for a number: {@code 7.5}, {@code 8.}, {@code [9}, {@code ５、}. */
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "^[ \\t\\u3000]*(?:[\\[(（【][ \\t]*)?[0-9０-９]{1,9}[ \\t]*(?:[.．、)）\\]】]|\\\\[.)])");
    private static final int SNIFF_LINES = 200;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "plain numbered list: '1.', '1、', '1)', '(1)', '（1）', '[1]', 'Q1.', '7.1', one question per line";
    }

    /**
     * Mostly numbered lines, and none of the marks of the richer formats that also number their questions:
     * numbered or third-level headings ({@code ### 1. ...}, Q&A), {@code 问题1：} labels (Notion), chapter lines; and not
     * too sure when reference URLs follow the questions (the chaptered-list shape). Only a table whose header names a
     * question column is a table bank's mark; another table (an answer's) or a {@code ---} rule is another line.
     * {@code Q1.} / {@code Q1：} items are this shape when nothing but a title comes with them; with text under them
     * they are a Notion page's question lines and score at most 0.5, below the Notion importer.
     */
    @Override
    public double sniff(SourceDocument source) {
        SourceDocument doc = OutlinePage.flattened(source).orElse(source); // questions under title bullets
        int items = 0;
        int other = 0;
        int headings = 0;
        int urls = 0;
        int seen = 0;
        int qItems = 0;
        int answerLines = 0;
        int numberedHeadings = 0;
        int subItems = 0;
        int groupingHeadings = 0; // headings that title the items right under them: sections, not questions
        boolean afterSectionHeading = false;
        boolean deepHeading = false; // a "###" heading: a Q&A question's, unless numbered items follow right under it
        int deepHeadings = 0;
        boolean deepContinues = false; // a deep heading over items that go on with the numbers above it
        Numbering parts = new Numbering();
        String previous = "";
        boolean bulletNumbers = bulletedNumbers(doc);
        for (String scanned : (Iterable<String>) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES)::iterator) {
            String line = bulletNumbers ? unbulleted(scanned) : scanned;
            if (line.isBlank() || TableOfContents.isEntry(line)) {
                continue; // a table of contents lists the questions, it asks none (see TableOfContents)
            }
            if (COLLAPSED_ANSWER.matcher(line).matches()) {
                continue; // <details><summary>Answer</summary> wraps an item's answer: neither a question nor text
            }
            String header = previous;
            previous = line;
            seen++;
            Matcher h = HEADING.matcher(line);
            Matcher bulleted = BULLET.matcher(line);
            if (afterSectionHeading && !h.matches() && (ListItemLine.parse(line).isPresent()
                    && !ListItemLine.hasQPrefix(line) // "Q1：" under a heading: a Notion page's question line
                    || bulleted.matches() && AskingText.asks(bulleted.group(1)))) { // "- 什么是幻读？": a bulleted question
                groupingHeadings++;
                // "#### 并发" (a level skipped) over "4. …" after items 1-3: a section whose list goes on
                deepContinues |= deepHeading && items > 0 && ListItemLine.parse(line)
                        .filter(i -> i.wholeNumber() && Integer.parseInt(i.number()) > 1).isPresent();
            } else if (deepHeading) {
                return 0; // "### 什么是过拟合" over its answer: the Q&A shape
            }
            deepHeading = false;
            afterSectionHeading = h.matches() && !AskingText.asks(h.group(2));
            if (h.matches() && TableOfContents.isTitle(h.group(2))) {
                continue; // "## 目录" names no part of the bank
            } else if (h.matches()) {
                Optional<ListItemLine> part = ListItemLine.parse(h.group(2));
                boolean deep = h.group(1).length() >= 3;
                if (deep && (part.isPresent() || AskingText.asks(h.group(2)))
                        || part.isPresent() && !part.get().wholeNumber()) {
                    return 0;
                }
                // "### 一面" over "1. 自我介绍": the rounds of an interview write-up, sections of a list; one that
                // names a round is one whatever else the page does ("### 三面（HR）" after plain round lines)
                boolean section = deep && TitleLine.round(h.group(2)).isEmpty();
                deepHeading = section;
                deepHeadings += section ? 1 : 0;
                if (part.isPresent()) {
                    // "## 1. 基础" is a Q&A question heading, unless "1.1 question" lines under it make it a part
                    numberedHeadings++;
                    parts.reached(part.get());
                }
                headings++;
            } else if (line.indexOf('|') >= 0 && TableImporter.namesQuestionColumn(header) && DELIMITER.matcher(line).matches()) {
                return 0; // a table of questions belongs to the table shape; a table inside an answer does not
            } else if (CHAPTER.matcher(line).find()) {
                return 0.1;
            } else if (ListItemLine.parse(line).isPresent()) {
                items++;
                qItems += ListItemLine.hasQPrefix(line) ? 1 : 0;
            } else if (numberedHeadings > 0 && parts.subItem(line).map(i -> {
                parts.reached(i);
                return i;
            }).isPresent()) {
                items++;
                subItems++;
            } else if (Q_LABEL.matcher(line).find()) {
                return 0; // 问题1： and the like: a Notion page's question lines
            } else if (ChaptersImporter.URL_LINE.matcher(line).matches()) {
                urls += items > 0 ? 1 : 0; // above the questions a link is a badge or the project's page
                other++;
            } else {
                other++;
                answerLines += items > 0 ? 1 : 0;
            }
        }
        if (items == 0 && circledNumbersAreItems(doc)) {
            items = (int) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES).filter(l -> CircledNumbers.item(l).isPresent()).count();
            other -= items;
        } else if (items == 0 && chineseNumbersAreItems(doc)) {
            items = (int) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES).filter(l -> CHINESE_SECTION.matcher(l).matches()).count();
            other -= items;
        }
        char bullet = items == 0 ? bulletMarker(doc) : 0;
        if (bullet != 0) {
            items = (int) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES).filter(l -> !l.isEmpty() && l.charAt(0) == bullet
                    && BULLET.matcher(l).matches() && !TableOfContents.isEntry(l)).count();
            other -= items;
        }
        if (bullet == 0 && boldQuestions(doc)) {
            other += items; // the answers' numbered points, if any (see boldQuestions)
            items = (int) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES).filter(l -> boldQuestion(l) != null)
                    .count();
            other -= items;
        }
        if (deepHeadings == 1 && !deepContinues) {
            // one "### Basics" over a list: as likely a Q&A question over the points of its answer; not when the
            // list under it goes on with the numbers of the items above it (a section, its heading a level too deep)
            return 0;
        }
        if (numberedHeadings > 0 && (subItems < 2 || subItems < numberedHeadings)) {
            return 0; // numbered headings that are questions: the Q&A shape
        }
        if (items < 2 || seen == 0) {
            return items == 1 && seen <= 2 ? 0.35 : 0;
        }
        double score = 0.3 + 0.65 * items / (items + other + Math.max(0, headings - 1));
        if (2 * urls >= items) {
            // Reference URLs under the questions: the chaptered-list shape, which keeps them as references.
            score = Math.min(score, 0.5);
        }
        if (qItems > 0 && (answerLines > 0 || qItems < items)) {
            // Q1：question lines with text (or a list) under them: a Notion page's shape (emphasis, images, level
            // headings), which the Notion importer reads; a plain list of Q1. lines, maybe under a title, is this one's
            score = Math.min(score, 0.5);
        }
        if (numberedHeadings > 0) {
            // numbered parts over "1.1 question" lines: surer than the Q&A reading, which would take the parts for
            // questions and their questions for answer text, however long the answers
            return Math.max(score, 0.45);
        }
        // many headings that do not title a group of items: a document whose headings are its questions (Q&A)
        return headings - groupingHeadings > 3 ? score * 0.5 : score;
    }


    @Override
    public void read(SourceDocument source, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        Optional<OutlinePage.Outline> outline = OutlinePage.outline(source); // an outliner's page, see OutlinePage
        SourceDocument doc = outline.map(OutlinePage.Outline::doc).orElse(source);
        Map<Integer, OutlinePage.Resumed> resumed = outline.map(OutlinePage.Outline::resumed).orElse(Map.of());
        List<String> pageTags = PageTags.of(source.text()); // a Logseq page's "tags::" above its first bullet
        String section = null;
        boolean sectionIsTitle = false; // the section is the document's title (see DocumentTitle): no topic
        int sectionDepth = LevelSections.SECTION_LINE_DEPTH; // the section's heading's #s; a section line's is deepest
        // headings that group the questions by level (## Basic, ## Advanced): their difficulty; the topic is the
        // nearest other section over them
        // and so do section lines ("一、基础", "第二部分 进阶题") naming levels
        LevelSections.Walk levels = LevelSections.of(doc, NumberedImporter::partLine).walk();
        int documentTitle = DocumentTitle.line(doc.text());
        Pending pending = null;
        Numbering numbering = new Numbering();
        boolean afterBlank = false;
        TitleLine title = null; // a plain line after a blank line: a section title if an item follows
        int titleAt = 0;
        int titleIndex = 0; // where the title line stands in the answer, should it be no title after all
        TextOutsideItems outside = new TextOutsideItems();
        outside.metadataThrough(Math.max(FrontMatter.said(doc, warnings), PageTags.lines(doc.text())));
        boolean circledItems = circledNumbersAreItems(doc);
        boolean chineseItems = !circledItems && chineseNumbersAreItems(doc);
        char bullet = bulletMarker(doc);
        int[] bullets = bullet != 0 ? new int[1] : null; // bulleted questions, counted
        int[] loose = new int[1]; // questions-only bullets under a heading of a numbered list, counted
        int[] bolds = bullet == 0 && !chineseItems && boldQuestions(doc) ? new int[1] : null; // bold ones, counted
        boolean bulletNumbers = bulletedNumbers(doc);
        boolean boldNumbers = numberedInBold(doc);
        // A part of answers after the questions ("## 答案" then "1. answer"): the questions wait for their answers.
        int answersLine = answersHeading(doc);
        List<Pending> held = new ArrayList<>();
        Map<String, List<Pending>> heldByNumber = new HashMap<>();
        PageFooter.Tally finished = new PageFooter.Tally(); // the items above the last, in case a sign-off ends the page
        Consumer<Pending> tally = p -> {
            if (p != null && !p.held) {
                finished.count(ItemParts.answer(p.text, p.parts, p.answer));
            }
        };
        PageNumbers pages = new PageNumbers();
        EndNotes notes = EndNotes.of(doc.text()); // "… in Adam? [5]" over "[5] https://…" at the end
        Consumer<Pending> finish = tally.andThen(answersLine == 0 ? p -> emit(doc, p, pages, notes, questions, warnings) : p -> {
            if (p != null && !p.held) {
                p.held = true;
                held.add(p);
                heldByNumber.computeIfAbsent(p.item.number(), n -> new ArrayList<>()).add(p);
            }
        });
        boolean inAnswers = false;
        Pending answered;
        ItemParts parts = new ItemParts();
        int lineNo = 0;
        TableOfContents toc = new TableOfContents();
        RepositorySections repository = RepositorySections.of(doc.text());
        MarkdownLines lines = new MarkdownLines(doc.text());
        while (lines.next()) {
            lineNo++;
            if (!resumed.isEmpty() && resumed.containsKey(lineNo)) {
                // an outline's heading bullet heads its own children only: the sibling after them is in the part over it
                OutlinePage.Resumed back = resumed.get(lineNo);
                section = back.title() == null ? null : PlainMarkup.strip(back.title());
                sectionIsTitle = back.line() == documentTitle;
                sectionDepth = LevelSections.SECTION_LINE_DEPTH;
            }
            boolean code = lines.code();
            String line = bulletNumbers && !code ? unbulleted(lines.line()) : lines.line();
            if (!code && toc.leaves(line, lineNo)) {
                continue; // a table of contents or 'back to top' line: neither a question nor an answer
            }
            if (repository.holds(lineNo)) {
                // "## 贡献指南" over "1. Fork 本仓库": the page's own steps, no question (said once, as other such text)
                if (!line.isBlank()) {
                    outside.line(doc.file(), lineNo, line, section, warnings);
                }
                continue;
            }
            if (!code && notes.isNoteLine(lineNo)) {
                continue; // a note the questions cite ("[5] https://…"): their reference, no item of its own
            }
            Pending above = pending;
            Optional<ListItemLine> item = code ? Optional.empty() : ListItemLine.parse(line).or(() -> numbering.subItem(line))
                    .or(() -> circledItems ? CircledNumbers.item(line) : Optional.empty())
                    .or(() -> chineseItems ? chineseItem(line) : Optional.empty())
                    .or(() -> bullets != null ? bulletItem(line, bullet, bullets) : Optional.empty())
                    .or(() -> bolds != null ? boldItem(line, bolds) : Optional.empty())
                    .or(() -> bullets == null && bolds == null ? looseBullet(line, above, loose) : Optional.empty());
            boolean subList = item.isPresent() && pending != null && indent(line) >= pending.indent + 2
                    && !(pending.answer.isEmpty() && ItemParts.follows(pending.item, item.get()));
            // a list numbered another way right under an item ("1. …" then "(1) …", "①") is that item's parts
            boolean part = !code && !subList && (parts.part(line, item, pending == null ? null : pending.item)
                    || pending != null && pending.answer.isEmpty() && ItemParts.followUp(line)); // "- 追问：…"
            subList |= part;
            // "包括以下四点：" then "1. 慢启动" "2. …" at the margin: a list in the answer, numbered from 1 again
            boolean answerList = !code && !subList && item.isPresent() && pending != null
                    && pending.answerList.takes(pending.item, item.get(), pending.answer);
            subList |= answerList;
            // "**5. 什么是 BFC？**" then "1. float 不为 none；" at the margin: where the questions are numbered in bold,
            // a plain numbered line is a list of the answer, unless it asks with the next question's number
            // and so it is under a question wholly in bold ("**Q: Why does momentum help?**", see boldQuestions)
            boolean plainUnderBold = !code && !subList && (boldNumbers || bolds != null) && item.isPresent() && pending != null
                    && ListItemLine.parse(line).isPresent() && !ListItemLine.isBold(line)
                    && !(ItemParts.follows(pending.item, item.get()) && AskingText.asks(item.get().text()));
            subList |= plainUnderBold;
            if (title != null && item.isPresent() && !subList
                    && title.namesSectionOf(item.get(), afterBlank, pending == null)) {
                boolean introduces = SectionTitle.introduces(title.text); // "前言" over items: no section either
                section = introduces ? null : title.text;
                sectionIsTitle = false;
                sectionDepth = LevelSections.SECTION_LINE_DEPTH;
                levels.section(title.text, LevelSections.SECTION_LINE_DEPTH, introduces);
                title = null;
            } else if (title != null && !line.isBlank()) {
                if (pending != null) {
                    // no title after all: where it would have gone, before the blank lines that followed it
                    int at = Math.min(titleIndex, pending.answer.size());
                    pending.answer.add(at, title.line);
                    if (afterBlank && (at + 1 == pending.answer.size() || !pending.answer.get(at + 1).isBlank())) {
                        pending.answer.add(at + 1, ""); // the answer's first line: no blank line was kept after it
                    }
                } else {
                    outside.line(doc.file(), titleAt, title.line, section, warnings);
                }
                title = null;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher chineseSection;
            Optional<TitleLine> titleLine;
            if (code) {
                if (pending != null) {
                    pending.answer.add(line); // "1. x", "# comment" in a code block are code, not items or headings
                }
            } else if (part) {
                if (pending.answer.isEmpty()) {
                    pending.parts.add(line.strip()); // sub-questions, or the first points of the answer (see emit)
                    pending.questionEnd = lineNo;
                } else {
                    pending.answer.add(line);
                }
            } else if (subList) {
                // a numbered list indented under a question is its answer's list (steps, points), not questions
                pending.answer.add(line);
            } else if (item.isPresent() && inAnswers && (answered = answerFor(heldByNumber, item.get())) != null) {
                // "1. answer" under the answers part: the answer of question 1 above
                finish.accept(pending);
                outside.item();
                pending = answered;
                // at the column it starts at, so that lines indented under it lose the same indentation
                int column = Math.max(0, line.indexOf(item.get().text()));
                pending.answer.add(" ".repeat(column) + item.get().text());
            } else if (item.isPresent()) {
                leaveOutRemark(doc, pending, lineNo, warnings); // "这两题几乎每场都会问。" between two items
                finish.accept(pending);
                outside.item();
                parts.question(line);
                boolean loosely = bullets == null && bolds == null && ListItemLine.parse(line).isEmpty()
                        && BULLET.matcher(line).matches();
                if (!loosely) {
                    numbering.reached(item.get()); // a bullet's count numbers no part of the list
                }
                pending = new Pending(lineNo, item.get(), section, sectionIsTitle, line);
                pending.loose = loosely;
                pending.metadata.tags(pageTags);
                Pending levelled = pending;
                levels.levelIn(section).ifPresent(level -> {
                    levelled.level = level;
                    levelled.topic = levels.topic();
                });
            } else if (heading.matches()) {
                endPart(doc, pending, finished, lineNo, answersLine, warnings);
                finish.accept(pending);
                outside.heading();
                pending = null;
                int depth = heading.group(1).length();
                String headed = PlainMarkup.strip(heading.group(2));
                if (SectionTitle.introduces(headed)) {
                    // "## 前言" is no section (see SectionTitle.introduces): the items after it are in the heading
                    // over it, if one is, else in none
                    if (sectionDepth >= depth) {
                        section = null;
                        sectionIsTitle = false;
                    }
                    levels.section(headed, depth, true);
                } else if (!TableOfContents.isTitle(heading.group(2))) { // "## 目录" files nothing: the section goes on
                    section = headed;
                    sectionIsTitle = lineNo == documentTitle;
                    sectionDepth = depth;
                    levels.section(section, depth, sectionIsTitle);
                }
                // a numbered part ("## 3. 优化") numbers the questions under it: 3.1, 3.2
                ListItemLine.parse(heading.group(2)).filter(ListItemLine::wholeNumber)
                        .ifPresent(numbering::reached);
                inAnswers = lineNo == answersLine;
            } else if ((chineseSection = CHINESE_SECTION.matcher(line)).matches()) {
                endPart(doc, pending, finished, lineNo, answersLine, warnings);
                finish.accept(pending);
                outside.heading();
                pending = null;
                section = PlainMarkup.strip(chineseSection.group("title"));
                sectionIsTitle = false;
                sectionDepth = LevelSections.SECTION_LINE_DEPTH;
                levels.section(section, LevelSections.SECTION_LINE_DEPTH, false);
            } else if ((titleLine = TitleLine.part(line).or(() -> TitleLine.round(line))).isPresent()) {
                // "Part 2: Advanced", "第一部分 基础题" even as the first line: a section line, as "二、进阶" is; so is
                // an interview round, "一面（60min）：", "**二面**", "【HR面】"
                endPart(doc, pending, finished, lineNo, answersLine, warnings);
                finish.accept(pending);
                outside.heading();
                pending = null;
                section = titleLine.get().text;
                sectionIsTitle = false;
                sectionDepth = LevelSections.SECTION_LINE_DEPTH;
                levels.section(section, LevelSections.SECTION_LINE_DEPTH, false);
            } else if (pending != null && COLLAPSED_ANSWER.matcher(line).matches()) {
                // <details><summary>Answer</summary> ... </details>: the wrapping of the answer, not its text
            } else if (pending != null && LevelLabels.legend(line)) {
                // "🟢 Easy 🟡 Medium 🔴 Hard" between the items: the bank's key to its markers, no text of the answer
            } else if (pending != null && PageFooter.isEndMark(line)) {
                // "— END —" under the last answer: the article's end, the account's footer after it
                pending.footer.endMarkAt(lineNo, pending.answer.size(), pending.references.size());
                pending.answer.add(line);
            } else if (AnswerLines.isRule(line)) {
                if (pending != null) {
                    pending.footer.ruleAt(lineNo, pending.answer.size(), pending.references.size()); // in case only the page's footer follows
                }
                continue; // a separator, as Markdown renders it: neither answer text nor a title
            } else if (afterBlank && (titleLine = TitleLine.of(line)).isPresent()) {
                title = titleLine.get();
                titleAt = lineNo;
                titleIndex = pending == null ? 0 : pending.answer.size();
            } else if (pending != null && line.isBlank()) {
                if (!pending.answer.isEmpty()) {
                    pending.answer.add(line); // between paragraphs of the answer (trailing ones are dropped)
                }
            } else if (pending != null) {
                if (afterBlank && pending.answer.stream().anyMatch(l -> !l.isBlank())
                        && MetadataLine.parse(line).filter(m -> m.kind() == MetadataLine.Kind.TAGS).isPresent()) {
                    // "#面经 #大模型" below the answer: its tags, unless the text above it is the page's footer
                    pending.tagsBelow = line;
                    pending.tagsBelowLine = lineNo;
                    pending.tagsBelowAt = pending.answerText();
                } else if (pending.metadata.take(line, doc, lineNo, warnings)) {
                    // 难度：/标签： under the question: its difficulty and tags, not its answer
                } else if (NUMBER_LIKE.matcher(line).find()) {
                    // Users read every numbered line as a question: say so when one is not taken as one.
                    warnings.accept(Diagnostic.warning("not-an-item", doc.file(), lineNo, 0, "'" + shortened(line)
                            + "' starts like a numbered item but is not one (a decimal, no text, or a number that "
                            + "does not follow " + pending.item.number() + "), so it is kept in the answer of item "
                            + pending.item.number() + "; give it a number of its own if it is a question"));
                    pending.answer.add(line);
                } else if (ChaptersImporter.reference(line).isPresent()) {
                    // a reference line under the question, bare or labelled (参考：https://…), as chapter lists have
                    ChaptersImporter.leaveOutReferenceLabel(pending.answer);
                    pending.references.add(ChaptersImporter.reference(line).get());
                } else if (!afterBlank && pending.answer.isEmpty() && WrappedLine.continues(pending.text, line)) {
                    pending.text = WrappedLine.join(pending.text, line);
                    pending.questionEnd = lineNo;
                } else {
                    pending.answer.add(line);
                }
            } else if (!line.isBlank()) {
                outside.line(doc.file(), lineNo, line, section, warnings);
            }
            afterBlank = line.isBlank();
            if (pending != null && pending.textBelowLine == 0 && !afterBlank && lineNo > pending.questionEnd) {
                pending.textBelow = line.strip();
                pending.textBelowLine = lineNo;
            }
        }
        if (title != null && pending != null) {
            pending.answer.add(title.line);
        } else if (title != null) {
            outside.line(doc.file(), titleAt, title.line, section, warnings);
        }
        if (pending != null) {
            pending.footer.leaveOut(pending.answer, pending.references, doc.file(), "item " + pending.item.number(), warnings);
            PageFooter.leaveOutPlatformLines(pending.answer, doc, "item " + pending.item.number(), warnings);
            PageFooter.leaveOutReadersNote(pending.answer, doc, "item " + pending.item.number(), warnings);
            pending.leaveOutCutOff(doc, warnings);
            if (answersLine == 0) {
                PageFooter.leaveOutSignOff(finished, pending.answer, doc, pending.questionEnd, "item "
                        + pending.item.number(), warnings);
            }
        }
        finish.accept(pending);
        for (Pending p : held) {
            emit(doc, p, pages, notes, questions, warnings);
        }
        pages.report(doc.file(), warnings);
        toc.report(doc.file(), warnings);
    }

    /**
     * A remark on the questions as a group ending what is under {@code p}, right above the item or heading at
     * {@code lineNo}: no part of its answer ({@link ItemsRemark}).
     */
    private static void leaveOutRemark(SourceDocument doc, Pending p, int lineNo, Consumer<Diagnostic> warnings) {
        if (p != null && !p.held) {
            ItemsRemark.leaveOut(p.answer, doc, lineNo, p.item.number(), warnings);
        }
    }

    /**
     * What ends the last item of a part, right above the heading or part line at {@code lineNo}: a remark on the
     * questions as a group ({@link ItemsRemark}), or a paragraph set apart below the item that is the write-up's
     * remark on the part, not its answer ({@link PageFooter#leaveOutPartRemark}; not while questions wait for an
     * answers part).
     */
    private static void endPart(SourceDocument doc, Pending p, PageFooter.Tally finished, int lineNo, int answersLine,
                                Consumer<Diagnostic> warnings) {
        leaveOutRemark(doc, p, lineNo, warnings);
        if (p == null || p.held || answersLine != 0 || p.textBelowLine <= p.questionEnd + 1) {
            return;
        }
        String opening = p.answer.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (opening.equals(p.textBelow)) {
            PageFooter.leaveOutPartRemark(finished, p.answer, doc.file(), p.textBelowLine, "item " + p.item.number(),
                    warnings);
        }
    }

    private static void emit(SourceDocument doc, Pending p, PageNumbers pages, EndNotes notes, Consumer<Question> out,
                             Consumer<Diagnostic> warnings) {
        if (p == null) {
            return;
        }
        p.settleTagsBelow(doc, warnings);
        EndNotes.Cited cited = notes.cited(p.text);
        p.references.addAll(cited.references());
        // a Q-number after the item's own ("1. Q1：question") numbers it twice; the question starts after it
        String text = MARKS_BEFORE.matcher(Q_NUMBER_AFTER_ITEM.matcher(PlainMarkup.question(cited.text())).replaceFirst(""))
                .replaceFirst("");
        // a level in brackets after the question ("…？【简单】") is its difficulty, not part of what it asks
        Optional<DifficultyWords.Trailing> level = DifficultyWords.trailing(text);
        if (level.isPresent()) {
            text = level.get().question();
        }
        if (text.isEmpty()) {
            warnings.accept(Diagnostic.warning("empty-question", doc.file(), p.line, 0,
                    "item " + p.item.number() + " has no question text after its markup; skipped"));
            return;
        }
        if (InterviewSteps.is(text) && p.parts.isEmpty() && p.answer.stream().allMatch(String::isBlank)) {
            warnings.accept(Diagnostic.warning("interview-step", doc.file(), p.line, 0, "item " + p.item.number()
                    + " '" + text + "' is a step of the interview, not a question to study; not imported"));
            return;
        }
        Source source = new Source(doc.file(), p.line, text, NAME, p.item.number(),
                PlainMarkup.wholeLinkUrl(p.text), p.section);
        // a cloze (Logseq's "{{cloze 单线程}}", Anki's "{{c1::…}}") asks with its deletions hidden, which answer it;
        // the source keeps it as written
        Optional<ClozeDeletions> cloze = ClozeDeletions.of(text);
        text = cloze.map(ClozeDeletions::question).orElse(text);
        // parts that all ask ("(1) 训练时如何计算？") are the question's sub-questions: its full prompt; other parts
        // are the first points of its answer
        List<String> answer = pages.drop(ItemParts.answer(text, p.parts, p.answer), doc, p.line);
        // "A. ReLU" / "B. Sigmoid" lines right under the question are its options: part of what it asks
        ChoiceOptions.Split choice = ChoiceOptions.split(answer);
        answer = choice.rest();
        int explained = ExplanationLabel.start(answer);
        out.accept(Question.builder(text)
                .prompt(ChoiceOptions.prompt(ItemParts.prompt(text, p.parts, p.answer), text, choice.joined()))
                .answer(clozeAnswer(cloze, HyphenatedWords.join(AnswerLines.join(explained < 0 ? answer
                        : answer.subList(0, explained)), doc.text())))
                .explanation(explained < 0 ? null : HyphenatedWords.join(AnswerLines.join(ExplanationLabel.withoutLabel(
                        answer.subList(explained, answer.size()))), doc.text()))
                .topic(p.level != null ? SectionTitle.topic(p.topic) : p.sectionIsTitle ? null : SectionTitle.topic(p.section))
                .references(List.copyOf(p.references))
                .difficulty(p.metadata.difficulty() != null ? p.metadata.difficulty()
                        : level.map(DifficultyWords.Trailing::difficulty).orElse(p.level))
                .tags(DifficultyWords.withLabels(DifficultyWords.withLabels(p.metadata.tags(), level), p.frequency))
                .language(LanguageGuess.of(text))
                .source(source)
                .build());
    }

    /** A cloze question's answer: what it hides, then what is written under it; another question's as written. */
    private static String clozeAnswer(Optional<ClozeDeletions> cloze, String written) {
        return cloze.map(c -> c.answer(written)).orElse(written);
    }

    /**
     * Whether the list numbers its questions with circled numbers ({@code ① 什么是条件概率？}, see
     * {@link CircledNumbers}), as word processors' list styles do: two or more such lines at the margin and no Arabic-numbered
     * line among the first ones. Then they are the questions, and Chinese-numbered lines over them ({@code 一、概率论}) the
     * sections; in a list numbered {@code 1.} they stay a question's parts (see {@link ItemParts}).
     */
    private static boolean circledNumbersAreItems(SourceDocument doc) {
        int circled = 0;
        for (String line : (Iterable<String>) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES)::iterator) {
            if (ListItemLine.parse(line).isPresent() && !TableOfContents.isEntry(line)) {
                return false;
            }
            // at the margin: circled lines indented under bulleted or bold questions are those questions' parts
            circled += !line.isEmpty() && CircledNumbers.value(line.charAt(0)) > 0 && CircledNumbers.item(line).isPresent() ? 1 : 0;
        }
        return circled >= 2;
    }

    /**
     * Whether the list numbers its questions in Chinese numerals ({@code 一、什么是深度学习？}): such lines, with no
     * Arabic-numbered line among the first ones, are the questions themselves, not the titles of sections of them.
     */
    private static boolean chineseNumbersAreItems(SourceDocument doc) {
        int chinese = 0;
        for (String line : (Iterable<String>) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES)::iterator) {
            if (ListItemLine.parse(line).isPresent() && !TableOfContents.isEntry(line)) {
                return false;
            }
            chinese += CHINESE_SECTION.matcher(line).matches() ? 1 : 0;
        }
        return chinese >= 2;
    }

    /**
     * Whether the questions are numbered in bold ({@code **1. What is JSX?**}, as GitHub lists write them): two or
     * more bold numbered lines at the margin, and at most one plain numbered line that asks for every three of them.
     * Then a plain numbered list under a question ({@code 1. float 不为 none；}) is its answer's, not more questions.
     */
    private static boolean numberedInBold(SourceDocument doc) {
        int bold = 0;
        int plainAsking = 0;
        for (String line : (Iterable<String>) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES)::iterator) {
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || TableOfContents.isEntry(line)) {
                continue;
            }
            if (ListItemLine.isBold(line)) {
                bold++;
            } else {
                plainAsking += ListItemLine.parse(line).filter(i -> AskingText.asks(i.text())).isPresent() ? 1 : 0;
            }
        }
        return bold >= 2 && 3 * plainAsking <= bold;
    }

    /**
     * Whether the list is one of bulleted questions ({@code * 什么是 Batch Size？}): bullets at the start of lines,
     * most of them asking, and no numbered line among the first ones. Such a list has no numbers; its questions are
     * counted. The bullet its first question uses, or 0 when it is no such list: a bullet of another kind under a
     * question is a point of its answer.
     */
    private static char bulletMarker(SourceDocument doc) {
        char marker = 0;
        int bullets = 0;
        int asking = 0;
        for (String line : (Iterable<String>) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES)::iterator) {
            if (ListItemLine.parse(line).isPresent() && !TableOfContents.isEntry(line)) {
                return 0;
            }
            Matcher b = BULLET.matcher(line);
            if (b.matches() && (marker == 0 || line.charAt(0) == marker) && !TableOfContents.isEntry(line)) {
                marker = line.charAt(0);
                if (ListItemLine.parse(b.group(1)).isPresent() || Q_LABEL.matcher(b.group(1)).find()) {
                    return 0; // "- Q1：question": a Notion toggle; "- 1. x": not a plain list either
                }
                String text = b.group(1).strip();
                if (InterviewSteps.is(text)) {
                    continue; // "- 自我介绍" in a write-up's list: neither asks nor says the list is not one of questions
                }
                bullets++;
                asking += OutlinePage.asks(text) ? 1 : 0;
            }
        }
        return asking >= 2 && 3 * asking >= 2 * bullets ? marker : 0;
    }

    /**
     * A bullet at the margin that asks, under a heading of a numbered list with no numbered item above it in that part
     * ({@code ## 更多练习题} over {@code - 什么是 Service Worker？}, as READMEs end with questions not yet answered),
     * or right after another such bullet with nothing under it: a question with no answer, counted after the
     * numbered ones. Under a numbered question a bullet is a point of its answer.
     */
    private static Optional<ListItemLine> looseBullet(String line, Pending pending, int[] count) {
        if (pending != null && !(pending.loose && pending.answer.stream().allMatch(String::isBlank))) {
            return Optional.empty();
        }
        Matcher m = BULLET.matcher(line);
        if (!m.matches() || TableOfContents.isEntry(line) || !AskingText.asks(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new ListItemLine(String.valueOf(++count[0]), m.group(1)));
    }

    private static Optional<ListItemLine> bulletItem(String line, char marker, int[] count) {
        Matcher m = BULLET.matcher(line);
        if (line.isEmpty() || line.charAt(0) != marker || !m.matches() || OTHER_PAGE.matcher(m.group(1)).matches()) {
            return Optional.empty(); // "- [The System Design Primer](https://…)" under "## Resources": no question
        }
        return Optional.of(new ListItemLine(String.valueOf(++count[0]), m.group(1)));
    }

    /**
     * Whether the questions are lines wholly in bold, each its own paragraph with its answer below it, as blogs
     * write them ({@code **什么是过拟合？**}, {@code **Q: What is dropout?**}): two or more such lines that ask (a
     * question mark at the end, or a question label first), most bold lines asking, and no numbered line (but a
     * list of an answer's points numbered from 1 under its question) or bulleted question list. Such questions have
     * no numbers; they are counted.
     */
    private static boolean boldQuestions(SourceDocument doc) {
        int bold = 0;
        int asking = 0;
        boolean afterQuestion = false;
        int nextPoint = 0; // the number the answer's list goes on with (0: no bold question above, no list open)
        for (String line : (Iterable<String>) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES)::iterator) {
            Optional<ListItemLine> numbered = TableOfContents.isEntry(line) ? Optional.empty() : ListItemLine.parse(line);
            if (numbered.isPresent()) {
                // "**Q: Why does momentum help?**" over "It…, which:" and "1. damps …" "2. speeds …": a list of the
                // answer's points, numbered from 1 under each bold question (as Google Docs exports them); any other
                // numbered line (one that asks, a bold one, a list that goes on across questions) numbers questions
                String n = numbered.get().number();
                boolean point = asking > 0 && !ListItemLine.isBold(line) && !AskingText.asks(numbered.get().text())
                        && (n.equals("1") || n.equals(String.valueOf(nextPoint)));
                if (!point) {
                    return false;
                }
                nextPoint = Integer.parseInt(n) + 1;
                afterQuestion = false;
                continue;
            }
            if (afterQuestion && !line.isBlank() && !AnswerLines.withoutLabel(line.strip()).equals(line.strip())) {
                return false; // "**问：…**" over "答：…": labelled pairs, the Q&A shape, which also reads 解析：
            }
            afterQuestion = afterQuestion && line.isBlank();
            if (BOLD_LINE.matcher(line).matches()) {
                bold++;
                boolean asks = boldQuestion(line) != null;
                asking += asks ? 1 : 0;
                afterQuestion = asks;
                nextPoint = asks ? 1 : nextPoint;
            }
        }
        return asking >= 2 && 3 * asking >= 2 * bold;
    }

    /** A numbered item written after a bullet at the start of a line: {@code - 1. question}; group 1 the item. */
    private static final Pattern BULLETED_NUMBER = Pattern.compile("^[-*+][ \\t]+([0-9]{1,4}[.、．)][ \\t]*\\S.*)$");

    /**
     * Whether the questions are numbered items each behind a bullet ({@code - 1. 什么是BN？}, the answer's points
     * as sub-bullets below it): two or more such lines, and no numbered line without its bullet at the start of
     * a line. Then the bullet is not read (an answer's {@code - 1. step} in a list numbered plainly stays text).
     */
    private static boolean bulletedNumbers(SourceDocument doc) {
        int bulleted = 0;
        for (String line : (Iterable<String>) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES)::iterator) {
            if (BULLETED_NUMBER.matcher(line).matches()) {
                bulleted += TableOfContents.isEntry(line) ? 0 : 1;
            } else if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))
                    && ListItemLine.parse(line).isPresent() && !TableOfContents.isEntry(line)) {
                return false;
            }
        }
        return bulleted >= 2;
    }

    /** {@code - 1. question} as {@code 1. question}; any other line as it is. */
    private static String unbulleted(String line) {
        Matcher m = BULLETED_NUMBER.matcher(line);
        return m.matches() ? m.group(1) : line;
    }

    /** The question a bold line asks, its label kept (the item drops it), or null when it asks nothing. */
    private static String boldQuestion(String line) {
        Matcher m = BOLD_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String text = m.group(2).strip();
        String unlabelled = QuestionLabel.strip(text);
        boolean asks = text.endsWith("？") || text.endsWith("?") || !unlabelled.equals(text) && !unlabelled.isBlank();
        return asks && !AnswerLines.withoutLabel(text).equals("") ? text : null;
    }

    private static Optional<ListItemLine> boldItem(String line, int[] count) {
        String question = boldQuestion(line);
        return question == null ? Optional.empty() : Optional.of(new ListItemLine(String.valueOf(++count[0]), question));
    }

    private static Optional<ListItemLine> chineseItem(String line) {
        Matcher m = CHINESE_SECTION.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String numeral = m.group("n") != null ? m.group("n") : m.group("pn");
        return Optional.of(new ListItemLine(String.valueOf(ChineseNumerals.value(numeral)), m.group("title")));
    }

    /** The words of a heading over the answers of the questions above it. */
    private static final Pattern ANSWERS_HEADING = Pattern.compile(
            "(?i)(?:参考)?答案(?:与解析|解析|汇总)?|解答|answers?(?: key)?|solutions?");

    /**
     * The line of a heading that titles the answers to the questions above it ({@code ## 答案}, {@code ## Answers}),
     * when questions come before it; 0 for none.
     */
    private static int answersHeading(SourceDocument doc) {
        int lineNo = 0;
        boolean items = false;
        for (String line : (Iterable<String>) MarkdownLines.scanned(doc.text())::iterator) {
            lineNo++;
            Matcher h;
            if (!items) {
                items = ListItemLine.parse(line).isPresent() && !TableOfContents.isEntry(line);
            } else if (line.indexOf('#') >= 0 && (h = HEADING.matcher(line)).matches()
                    && ANSWERS_HEADING.matcher(SectionTitle.topic(PlainMarkup.strip(h.group(2)))).matches()) {
                return lineNo;
            }
        }
        return 0;
    }

    /** The question above the answers part numbered as {@code item} and not answered yet, or null. */
    private static Pending answerFor(Map<String, List<Pending>> held, ListItemLine item) {
        for (Pending p : held.getOrDefault(item.number(), List.of())) {
            if (p.answer.isEmpty() && p.parts.isEmpty()) {
                return p;
            }
        }
        return null;
    }


    /** Leading blanks in columns: a tab counts as 4, an ideographic space as 2. */
    private static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else if (c == '\u3000') {
                columns += 2;
            } else {
                break;
            }
        }
        return columns;
    }

    private static String shortened(String line) {
        String text = line.strip();
        return text.codePointCount(0, text.length()) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
    }

    /** An item whose wrapped question lines and answer lines may still follow. */
    private static final class Pending {
        final int line;
        final ListItemLine item;
        final String section;
        /** The section is the document's title, which names no topic. */
        final boolean sectionIsTitle;
        /** The item line's indentation (see {@link #indent}): a numbered line indented deeper is a sub-list. */
        final int indent;
        final List<String> answer = new ArrayList<>();
        /** The tags of a frequency mark before the item's number ({@code 🔥 1. question}). */
        final List<String> frequency;
        final Set<Reference> references = new LinkedHashSet<>();
        final MetadataLine.Collected metadata = new MetadataLine.Collected();
        /** Held back until the answers part below gives it its answer (see answersHeading). */
        boolean held;
        /** Lines of a sub-list numbered another way right under the item, before any answer line. */
        final List<String> parts = new ArrayList<>();
        String text;
        /** The last rule under the item, in case only the page's footer follows it. */
        final PageFooter footer = new PageFooter();
        /** The last line of the question: its item line, a wrapped line or a part. */
        int questionEnd;
        /** A list in the answer numbered from 1 again (see {@link AnswerList}). */
        final AnswerList answerList = new AnswerList();
        /** The level its section names, when the headings group questions by level; its topic is then this one. */
        Difficulty level;
        String topic;
        /** A bullet that asks, in a numbered list (see looseBullet). */
        boolean loose;
        /** A line of hashtags below the answer and a blank line, its line, and how many lines of text came before it. */
        String tagsBelow;
        int tagsBelowLine;
        int tagsBelowAt;
        /** The first line of text below the question and its line number: is it set apart (see endPart)? */
        String textBelow;
        int textBelowLine;

        /** How many lines of the answer hold text. */
        int answerText() {
            return (int) answer.stream().filter(l -> !l.isBlank()).count();
        }

        /**
         * Hashtags below a paragraph that turned out to be the page's footer ({@code 许愿 offer顺利🙏} then
         * {@code #面经 #大模型}, as a 小红书 or 知乎 post ends) are the post's tags, not the last question's: left out
         * with a warning. Below the answer they are its tags, as right under it.
         */
        void settleTagsBelow(SourceDocument doc, Consumer<Diagnostic> warnings) {
            if (tagsBelow == null) {
                return;
            }
            if (answerText() >= tagsBelowAt) {
                metadata.take(tagsBelow, doc, tagsBelowLine, warnings);
            } else {
                warnings.accept(Diagnostic.warning("footer", doc.file(), tagsBelowLine, 0, "the hashtags under the "
                        + "page's footer are the post's own, not tags of item " + item.number() + "; not imported"));
            }
            tagsBelow = null;
        }

        /**
         * An ellipsis ending the page ({@code ........}, {@code ……}) under the last item marks a list cut off, as
         * chapter lists do: it is no answer, and is said once.
         */
        void leaveOutCutOff(SourceDocument doc, Consumer<Diagnostic> warnings) {
            int end = answer.size();
            while (end > 0 && answer.get(end - 1).isBlank()) {
                end--;
            }
            if (end == 0 || !ChaptersImporter.isEllipsis(answer.get(end - 1))) {
                return;
            }
            String marker = answer.get(end - 1).strip();
            answer.subList(end - 1, answer.size()).clear();
            List<String> lines = doc.lines();
            int at = lines.size();
            while (at > 0 && !ChaptersImporter.isEllipsis(lines.get(at - 1))) {
                at--; // the marker's own line: the last ellipsis of the page (a footer may follow it)
            }
            warnings.accept(Diagnostic.warning("truncated", doc.file(), at, 0,
                    "the list seems cut off here ('" + marker + "'); questions after it, if any, are missing"));
        }

        Pending(int line, ListItemLine item, String section, boolean sectionIsTitle, String source) {
            int indent = indent(source);
            this.sectionIsTitle = sectionIsTitle;
            this.line = line;
            this.questionEnd = line;
            this.indent = indent;
            this.item = item;
            this.frequency = ListItemLine.frequencyTags(source);
            this.section = section;
            // "1. 问：什么是过拟合？": the label says what the line is, it is no part of the question
            String question = QuestionLabel.strip(item.text());
            // "1. 什么是过拟合？ https://…": the URL at the end is a reference, as in a chapter list
            question = ChaptersImporter.withoutTrailingUrls(question, references::add);
            // "1. 什么是过拟合？ 答：训练好测试差。": the answer written on the question's line after it
            Optional<AnswerLines.Inline> inline = AnswerLines.inline(question);
            this.text = inline.map(AnswerLines.Inline::question).orElse(question);
            // at the column it starts at, so that lines indented under it lose the same indentation
            inline.ifPresent(i -> answer.add(" ".repeat(Math.max(0, source.indexOf(i.answer()))) + i.answer()));
        }
    }
}
