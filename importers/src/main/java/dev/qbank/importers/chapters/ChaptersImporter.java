package dev.qbank.importers.chapters;

import dev.qbank.importers.AnswerLines;
import dev.qbank.importers.AnswerList;
import dev.qbank.importers.AskWords;
import dev.qbank.importers.AskingText;
import dev.qbank.importers.ChoiceOptions;
import dev.qbank.importers.DifficultyWords;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.EndNotes;
import dev.qbank.importers.FrontMatter;
import dev.qbank.importers.HyphenatedWords;
import dev.qbank.importers.Importer;
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
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.TableOfContents;
import dev.qbank.importers.TextOutsideItems;
import dev.qbank.importers.WrappedLine;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book's question list: title lines, chapter lines ({@code 第N章 TITLE}, {@code 第N部分}, {@code 第N篇},
 * {@code Chapter N: TITLE}, {@code Chapter One: TITLE}, {@code Part N}, indented or not, optionally as a Markdown heading or in brackets), numbered questions, and under each question (or at the end of its line)
 * the URLs of its references, one a line, maybe after a label ({@code 参考链接：https://…}). Questions are
 * numbered as in {@link ListItemLine}, or with a {@code Q} before the number ({@code Q3. question}).
 * The chapter's title, without a count of its questions ({@code （共5题）}), becomes the topic. Lines before the first question are a preamble, said once (see {@link TextOutsideItems}); a cut-off tail
 * ({@code ........} ending the document) is tolerated with a warning, the same marker between questions warns only
 * when the numbering skips over it; other text under a question is kept as its answer.
 */
public final class ChaptersImporter implements Importer {
    public static final String NAME = "chapters";
    private static final Pattern CHAPTER = Pattern.compile(
            "^[ \\t\\u3000]*(?:#{1,6}[ \\t]+)?(?<open>[【\\[〔「][ \\t\\u3000]*)?"
                    + "(?<number>第[ \\t]*[0-9０-９一二三四五六七八九十百零〇两]+[ \\t]*(?:章|部分|篇)|(?i:chapter|part)[ \\t]+(?:" + PartNumber.LATIN_NUMBER + ")(?![\\p{L}\\p{N}]))"
                    + PartNumber.SEPARATOR + "(?<title>" + MarkdownLines.toLastCharNotIn(" \\t#") + ")[ \\t#]*+$"); // "Part II – Intermediate" too
    /** The bracket closing a chapter line written in brackets ({@code 【第一部分 基础】}). */
    private static final Pattern CLOSING_BRACKET = Pattern.compile("(?<![ \\t\\u3000])[ \\t\\u3000]*+[】\\]〕」]$");
    /** One URL: bare, in angle brackets, or as a Markdown link (groups: angle, bare, link title, link target). */
    private static final String URL = "(?:<(https?://\\S+)>|(https?://\\S+)|\\[([^\\]]*)\\]\\((https?://\\S+?)\\))";
    /** A label some lists put before a reference URL: {@code 参考链接：}, {@code 参考：}, {@code Reference:}. */
    private static final String LABEL = "(?:参考(?:链接|资料|文章|答案)?|相关链接|链接|来源|出处|原文|答案链接|解答"
            + "|(?i:references?|refs?|links?|sources?|see(?: also)?))[ \\t]*[:：][ \\t]*";
    /** A label alone on its line ({@code 参考资料：}, {@code **References:**}) over the reference URLs below it. */
    private static final Pattern LABEL_LINE = Pattern.compile("^[ \\t>#*_]*" + LABEL + "[*_ \\t]*$");
    /** A line that is one URL, bare, in angle brackets, as a bullet, or as a Markdown link. */
    public static final Pattern URL_LINE = Pattern.compile("^[ \\t]*(?:[-*+][ \\t]+)?" + URL + "[ \\t]*$");
    /** The same after a label; tried apart, on lines that are not a bare URL, so that those pay nothing more. */
    private static final Pattern LABELLED_URL_LINE =
            Pattern.compile("^[ \\t]*(?:[-*+][ \\t]+)?" + LABEL + URL + "[ \\t]*$");
    /** A URL at the end of a question line, after a space or the question's closing mark. */
    private static final Pattern TRAILING_URL = Pattern.compile(
            "(?:(?<![ \\t\\u3000])[ \\t\\u3000]++|(?<=[?？]))" + URL + "[ \\t\\u3000]*$");
    /** A line that is only an HTML comment, which a reader never sees. */
    private static final Pattern COMMENT = Pattern.compile("^[ \\t]*+<!--.*-->[ \\t]*+$");
    /** A Markdown heading that is no chapter line; group 1 its text. */
    private static final Pattern HEADING = MarkdownLines.HEADING;
    /** Three dots or more ({@code ........}, {@code 。。。}), or any run holding an ellipsis ({@code ……}, {@code …}). */
    private static final Pattern TRUNCATED = Pattern.compile(
            "^[ \\t]*+(?=(?:[.。·][ \\t]*+){3}|[^…⋯]*+[…⋯])(?:[.。·…⋯][ \\t]*+)+$");
    private static final int SNIFF_LINES = 200;
    /** A heading's text numbered as a book's section or entry: {@code 3.1.1 神经网络组成？}, {@code 2. 什么是…}, {@code 01 特征归一化}. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^[0-9]{1,3}(?:[.．][0-9]{1,3})*[.．、]?[ \\t\\u3000]");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "chaptered list: '第N章 TITLE' / 'Chapter N' lines, numbered questions, reference URLs under each";
    }

    /** Chapter lines plus numbered questions; URL lines under the questions make it surer. */
    @Override
    public double sniff(SourceDocument doc) {
        int chapters = 0;
        int items = 0;
        int urls = 0;
        int numberedHeadings = 0;
        int askingHeadings = 0; // numbered headings that ask ("### 3.1.1 神经网络组成？"), of those
        int asking = 0; // numbered lines that ask
        ChapterSections sections = new ChapterSections();
        Optional<ListItemLine> item;
        Matcher chapter;
        Matcher heading;
        for (String line : (Iterable<String>) MarkdownLines.scanned(doc.text()).limit(SNIFF_LINES)::iterator) {
            if (TableOfContents.isEntry(line)) {
                continue; // a table of contents lists the questions, it asks none (see TableOfContents)
            } else if ((chapter = CHAPTER.matcher(line)).matches()) {
                chapters++;
                sections.chapter(chapter.group("number"));
            } else if (urlLine(line) != null) {
                urls += items > 0 ? 1 : 0; // above the questions a link is a badge or the project's page
            } else if ((item = item(line, sections)).isPresent()) {
                items++;
                asking += AskingText.asks(item.get().text()) || AskWords.opensWithImperative(item.get().text()) ? 1 : 0;
                sections.reached(item.get());
            } else if ((heading = HEADING.matcher(line)).matches() && NUMBERED_HEADING.matcher(heading.group(2)).find()) {
                numberedHeadings++;
                askingHeadings += AskingText.asks(PlainMarkup.strip(heading.group(2))) ? 1 : 0;
            }
        }
        if (items == 0 || askingHeadings >= 2 && 2 * askingHeadings >= numberedHeadings || asking == 0 && urls == 0) {
            // "# 第三章" over "### 3.1.1 神经网络组成？" with its answer below: the questions are headings, as a Q&A
            // document has them, and the numbered lines the points of their answers (imp36); so are numbered lines
            // none of which asks, without the references that make a chapter list: "（1）线性函数归一化。" under a
            // book's "## 01 特征归一化" are an answer's points
            return 0;
        }
        if (chapters > 0) {
            return urls > 0 ? 0.95 : 0.8;
        }
        // No chapters yet: a numbered list whose questions carry reference URLs is still this shape.
        return 2 * urls >= items ? 0.6 : 0;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        String chapterLine = null;
        String chapterTitle = null;
        // chapters or headings that name levels ("第一部分 基础", "Part 3: Advanced") give the difficulty
        LevelSections.Walk levels = LevelSections.of(doc, ChaptersImporter::chapterTitle).walk();
        Pending pending = null;
        String lastNumber = null;
        Cut cut = null;
        ItemParts parts = new ItemParts();
        TableOfContents toc = new TableOfContents();
        int documentTitle = DocumentTitle.line(doc.text());
        PageFooter.Tally finished = new PageFooter.Tally(); // questions above the last, in case of a sign-off
        PageNumbers pages = new PageNumbers();
        EndNotes notes = EndNotes.of(doc.text()); // "… in Adam? [5]" over "[5] https://…" at the end
        Consumer<Pending> finish = p -> {
            if (p != null) {
                finished.count(ItemParts.answer(p.text, p.parts, p.answer));
            }
            emit(doc, p, pages, notes, questions, warnings);
        };
        int lineNo = 0;
        boolean previousBlank = false;
        TextOutsideItems outside = new TextOutsideItems(); // "## 贡献指南" after the last question: said, not dropped
        outside.metadataThrough(FrontMatter.said(doc, warnings));
        ChapterSections sections = new ChapterSections(); // "第1章" over "1.1 question"
        MarkdownLines lines = new MarkdownLines(doc.text());
        while (lines.next()) {
            lineNo++;
            String line = lines.line();
            boolean afterBlank = previousBlank;
            previousBlank = line.isBlank();
            if (lines.code()) {
                if (pending != null) {
                    pending.answer.add(line); // "1. x" or a URL in a code block is code, not a question or a reference
                }
                continue;
            }
            if (toc.leaves(line, lineNo)) {
                continue; // a table of contents or 'back to top' line: neither a question nor an answer
            }
            if (notes.isNoteLine(lineNo)) {
                continue; // a note the questions cite: their reference, no answer text
            }
            Matcher chapter = CHAPTER.matcher(line);
            Optional<ListItemLine> item;
            Matcher url;
            Matcher heading;
            boolean ownQuestion = false; // "第一题 …？" after a blank line below "Q3." (see ItemParts.asksOnItsOwn)
            if (!chapter.matches() && lineNo != documentTitle && (heading = HEADING.matcher(line)).matches()) {
                // a heading between questions ("## 优化" in a README whose questions carry links) ends the question
                // above and, like a chapter, names the part the questions below belong to; it is no answer text.
                // The bank's title names no part.
                finish.accept(pending);
                pending = null;
                outside.heading();
                String headed = PlainMarkup.strip(heading.group(2));
                int depth = line.strip().replaceFirst("[^#].*", "").length(); // its #s
                if (SectionTitle.introduces(headed)) {
                    // "## 前言" names no part (see SectionTitle.introduces): the questions after it are in none
                    chapterLine = null;
                    chapterTitle = null;
                    levels.section(headed, depth, true);
                } else if (!TableOfContents.isTitle(heading.group(2))) {
                    chapterLine = heading.group(2);
                    chapterTitle = SectionTitle.topic(headed);
                    levels.section(chapterTitle, depth, false);
                }
            } else if (chapter.matches()) {
                finish.accept(pending);
                pending = null;
                outside.heading();
                chapterLine = line.strip().replaceFirst("^#{1,6}[ \\t]+", "").replaceFirst("[ \\t]+#+$", "");
                chapterTitle = chapterTitle(chapter);
                sections.chapter(chapter.group("number"));
                levels.section(chapterTitle, LevelSections.SECTION_LINE_DEPTH, false);
            } else if (!(ownQuestion = afterBlank && item(line, sections).filter(i -> ItemParts.asksOnItsOwn(line, i))
                    .isPresent()) && (parts.part(line, item(line, sections), pending == null ? null : pending.item)
                    || pending != null && pending.answer.isEmpty() && ItemParts.followUp(line))) {
                // "(1) …" or "①" under "1. …", or "- 追问：…": the question's parts (see ItemParts)
                if (pending.answer.isEmpty()) {
                    pending.parts.add(line.strip());
                    pending.questionEnd = lineNo;
                } else {
                    pending.answer.add(line);
                }
            } else if ((url = urlLine(line)) != null) {
                if (pending != null) {
                    leaveOutReferenceLabel(pending.answer);
                    pending.addReference(url);
                } else {
                    outside.line(doc.file(), lineNo, line, chapterLine, warnings); // a link under no question
                }
            } else if ((item = item(line, sections)).isPresent() && pending != null && !Character.isWhitespace(line.charAt(0))
                    && !ownQuestion && pending.answerList.takes(pending.item, item.get(), pending.answer)) {
                pending.answer.add(line); // "包括：" then "1. 慢启动": the answer's own list, numbered from 1 again
            } else if (item.isPresent()) {
                finish.accept(pending);
                outside.item();
                parts.question(line);
                sections.reached(item.get());
                pending = new Pending(lineNo, item.get(), chapterLine, chapterTitle);
                pending.frequency = ListItemLine.frequencyTags(line);
                Pending levelled = pending;
                levels.levelIn(chapterTitle).ifPresent(level -> {
                    levelled.level = level;
                    levelled.topic = levels.topic();
                });
                if (cut != null) {
                    cut.warnIfNumbersSkipped(doc, item.get().number(), warnings);
                    cut = null;
                }
                lastNumber = item.get().number();
            } else if (isEllipsis(line)) {
                // Only the end of the document tells a cut-off tail from an ellipsis between questions.
                cut = cut != null ? cut : new Cut(lineNo, line.strip(), lastNumber);
            } else if (pending != null && pending.metadata.take(line, doc, lineNo, warnings)) {
                continue; // 难度：/标签： under the question: its difficulty and tags, not its answer
            } else if (pending != null && PageFooter.isEndMark(line)) {
                // "-- End of review sheet --" under the last answer: the article's end, the page's footer from there
                pending.footer.endMarkAt(lineNo, pending.answer.size(), pending.references.size());
                pending.answer.add(line);
            } else if (pending != null && AnswerLines.isRule(line)) {
                // a separator; in case only the footer follows
                pending.footer.ruleAt(lineNo, pending.answer.size(), pending.references.size());
            } else if (pending != null && !afterBlank && pending.answer.isEmpty() && pending.parts.isEmpty()
                    && pending.references.isEmpty() && WrappedLine.continues(pending.text, line)) {
                // a long question wrapped onto the next line, as a book's list pasted from a PDF has it
                pending.text = WrappedLine.join(pending.text, line);
                pending.questionEnd = lineNo;
            } else if (pending != null && (!line.isBlank() || !pending.answer.isEmpty())) {
                pending.answer.add(line); // blank lines between paragraphs too: AnswerLines keeps one
            } else if (pending == null && !line.isBlank() && !AnswerLines.isRule(line) && lineNo != documentTitle
                    && !COMMENT.matcher(line).matches()) { // "<!-- moved question 3 -->" shows nothing; the title is read
                outside.line(doc.file(), lineNo, line, chapterLine, warnings); // text under a heading no question follows
            }
        }
        if (pending != null) {
            pending.footer.leaveOut(pending.answer, pending.references.values(), doc.file(),
                    "question " + pending.item.number(), warnings);
            PageFooter.leaveOutPlatformLines(pending.answer, doc, "question " + pending.item.number(), warnings);
            PageFooter.leaveOutReadersNote(pending.answer, doc, "question " + pending.item.number(), warnings);
            PageFooter.leaveOutSignOff(finished, pending.answer, doc, pending.questionEnd, "question "
                    + pending.item.number(), warnings);
        }
        emit(doc, pending, pages, notes, questions, warnings);
        pages.report(doc.file(), warnings);
        if (cut != null) {
            warnings.accept(Diagnostic.warning("truncated", doc.file(), cut.line, 0,
                    "the list seems cut off here ('" + cut.marker + "'); questions after it, if any, are missing"));
        }
        toc.report(doc.file(), warnings);
    }

    /** Whether the line is only an ellipsis, the mark of a list cut off (at its end) or shortened (between items). */
    public static boolean isEllipsis(String line) {
        String t = line.stripLeading();
        // most lines fail at their first character; the pattern is for the few that do not
        return !t.isEmpty() && ".。·…⋯".indexOf(t.charAt(0)) >= 0 && TRUNCATED.matcher(line).matches();
    }

    /**
     * Takes a label alone on the last line of {@code answer} ({@code 参考资料：} over the URLs that become the question's
     * references) off it, with the blank lines after it: once the URLs are references, it labels nothing.
     */
    public static void leaveOutReferenceLabel(List<String> answer) {
        int end = answer.size();
        while (end > 0 && answer.get(end - 1).isBlank()) {
            end--;
        }
        if (end > 0 && LABEL_LINE.matcher(answer.get(end - 1)).matches()) {
            answer.subList(end - 1, answer.size()).clear();
        }
    }

    /**
     * A question line without the reference URLs some lists put at its end ({@code 1.什么是动量法? https://…}, after a
     * space or the question mark), which are handed to {@code references} in the order written.
     */
    public static String withoutTrailingUrls(String text, Consumer<Reference> references) {
        if (text.indexOf("://") < 0) {
            return text; // most lines: no matcher needed
        }
        List<Reference> trailing = new ArrayList<>();
        for (Matcher url = TRAILING_URL.matcher(text); url.find(); url = TRAILING_URL.matcher(text)) {
            trailing.add(0, Pending.reference(url));
            text = text.substring(0, url.start());
        }
        trailing.forEach(references);
        return text;
    }

    /** The line as one reference ({@code https://…}, {@code 参考：https://…}, {@code [title](https://…)}), if it is one. */
    public static Optional<Reference> reference(String line) {
        Matcher url = urlLine(line);
        return url == null ? Optional.empty() : Optional.of(Pending.reference(url));
    }

    /** The line as one reference URL, bare or after a label, or null. */
    private static Matcher urlLine(String line) {
        if (line.indexOf("://") < 0) {
            return null; // most lines: no matcher needed
        }
        Matcher url = URL_LINE.matcher(line);
        if (url.matches()) {
            return url;
        }
        url = LABELLED_URL_LINE.matcher(line);
        return url.matches() ? url : null;
    }

    /** The line as a numbered question: {@code 3.}, {@code 3、}, {@code Q3.} and the like (see {@link ListItemLine}). */
    private static Optional<ListItemLine> item(String line, ChapterSections sections) {
        return ListItemLine.parse(line).or(() -> sections.item(line));
    }

    /** The title of a chapter line, as the topic will read it. */
    private static String chapterTitle(Matcher chapter) {
        // a chapter line in brackets ("【第一部分 基础】") ends with the closing one, no part of its title
        String title = chapter.group("open") == null ? chapter.group("title")
                : CLOSING_BRACKET.matcher(chapter.group("title")).replaceFirst("");
        return title.isBlank() ? chapter.group("number").strip() : SectionTitle.topic(PlainMarkup.strip(title));
    }

    /** The title of {@code line} as a chapter line ({@code 第1章 特征工程}, {@code # Chapter 2: …}), if it is one. */
    public static Optional<String> chapterTitle(String line) {
        Matcher chapter = CHAPTER.matcher(line);
        return chapter.matches() ? Optional.of(chapterTitle(chapter)) : Optional.empty();
    }

    private static void emit(SourceDocument doc, Pending p, PageNumbers pages, EndNotes notes, Consumer<Question> out,
                             Consumer<Diagnostic> warnings) {
        if (p == null) {
            return;
        }
        EndNotes.Cited cited = notes.cited(p.text);
        cited.references().forEach(r -> p.references.putIfAbsent(r.url(), r));
        String text = PlainMarkup.question(cited.text()); // its code spans kept, as a table's question cell keeps them
        // a level in brackets after the question ("…？【简单】") is its difficulty, not part of what it asks
        Optional<DifficultyWords.Trailing> level = DifficultyWords.trailing(text);
        if (level.isPresent()) {
            text = level.get().question();
        }
        if (text.isEmpty()) {
            warnings.accept(Diagnostic.warning("empty-question", doc.file(), p.line, 0,
                    "question " + p.item.number() + " has no text; skipped"));
            return;
        }
        Source source = new Source(doc.file(), p.line, text, NAME, p.item.number(),
                PlainMarkup.wholeLinkUrl(p.text), p.chapterLine);
        // "A. ReLU" / "B. Sigmoid" lines right under the question are its options: part of what it asks
        ChoiceOptions.Split choice = ChoiceOptions.split(pages.drop(ItemParts.answer(text, p.parts, p.answer), doc, p.line));
        out.accept(Question.builder(text)
                .prompt(ChoiceOptions.prompt(ItemParts.prompt(text, p.parts, p.answer), text, choice.joined()))
                .answer(HyphenatedWords.join(AnswerLines.join(choice.rest()), doc.text()))
                .topic(p.topic)
                .difficulty(p.metadata.difficulty() != null ? p.metadata.difficulty()
                        : level.map(DifficultyWords.Trailing::difficulty).orElse(p.level))
                .tags(DifficultyWords.withLabels(DifficultyWords.withLabels(p.metadata.tags(), level), p.frequency))
                .language(LanguageGuess.of(text))
                .references(List.copyOf(p.references.values()))
                .source(source)
                .build());
    }

    /**
     * A {@code ........} line, and the number of the question before it. Followed by more questions it is an
     * ellipsis, worth a warning only when the numbering skips over it; at the end it is a cut-off tail.
     */
    private record Cut(int line, String marker, String numberBefore) {
        void warnIfNumbersSkipped(SourceDocument doc, String numberAfter, Consumer<Diagnostic> warnings) {
            if (numberBefore == null) {
                return;
            }
            long before = Long.parseLong(numberBefore);
            long after = Long.parseLong(numberAfter);
            if (after > before + 1) {
                warnings.accept(Diagnostic.warning("gap", doc.file(), line, 0, "questions " + (before + 1)
                        + (after - 1 > before + 1 ? " to " + (after - 1) : "") + " are left out here ('" + marker
                        + "'); the list goes on with " + numberAfter));
            }
        }
    }

    /** A question whose reference and answer lines may still follow. */
    private static final class Pending {
        final int line;
        final ListItemLine item;
        final String chapterLine;
        final String chapterTitle;
        /** The topic: the chapter's title, or the section over it when the chapter names a level. */
        String topic;
        /** The level the chapter names, when the chapters group the questions by level. */
        Difficulty level;
        final Map<String, Reference> references = new LinkedHashMap<>();
        final List<String> answer = new ArrayList<>();
        /** Lines of a sub-list numbered another way right under the question, before any answer line. */
        final List<String> parts = new ArrayList<>();
        final MetadataLine.Collected metadata = new MetadataLine.Collected();
        /** The tags of a frequency mark before the question's number ({@code 🔥 1. question}). */
        List<String> frequency = List.of();
        /** The last rule under the question, in case only the page's footer follows it. */
        final PageFooter footer = new PageFooter();
        /** The last line of the question: its own or its last part. */
        int questionEnd;
        /** A list in the answer numbered from 1 again (see {@link AnswerList}). */
        final AnswerList answerList = new AnswerList();
        /** The question line without the reference URLs some lists put at its end ({@code 1.什么是动量法? https://…}). */
        String text;

        Pending(int line, ListItemLine item, String chapterLine, String chapterTitle) {
            this.line = line;
            this.questionEnd = line;
            this.item = item;
            this.chapterLine = chapterLine;
            this.chapterTitle = chapterTitle;
            this.topic = chapterTitle;
            // "1. 问：…": the label is no part of the question
            this.text = withoutTrailingUrls(QuestionLabel.strip(item.text()), r -> references.putIfAbsent(r.url(), r));
        }

        void addReference(Matcher url) {
            Reference r = reference(url);
            references.putIfAbsent(r.url(), r);
        }

        static Reference reference(Matcher url) {
            String href = url.group(1) != null ? url.group(1) : url.group(2) != null ? url.group(2) : url.group(4);
            String title = url.group(3) == null || url.group(3).isBlank() ? null : url.group(3).strip();
            return new Reference(href, title);
        }
    }
}
