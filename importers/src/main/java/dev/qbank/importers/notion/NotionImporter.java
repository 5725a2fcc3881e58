package dev.qbank.importers.notion;

import static dev.qbank.importers.SourceSpans.end;
import static dev.qbank.importers.SourceSpans.endOf;
import static dev.qbank.importers.SourceSpans.start;

import dev.qbank.importers.AnswerLines;
import dev.qbank.importers.AsideCallouts;
import dev.qbank.importers.ChineseNumerals;
import dev.qbank.importers.ChoiceOptions;
import dev.qbank.importers.DifficultyWords;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.ExplanationLabel;
import dev.qbank.importers.FoldedBlock;
import dev.qbank.importers.FrontMatter;
import dev.qbank.importers.Importer;
import dev.qbank.importers.LevelHeadings;
import dev.qbank.importers.LevelSections;
import dev.qbank.importers.LineIndex;
import dev.qbank.importers.MarkdownLimits;
import dev.qbank.importers.MarkdownLines;
import dev.qbank.importers.MarkdownPieces;
import dev.qbank.importers.MetadataLine;
import dev.qbank.importers.PageFooter;
import dev.qbank.importers.PlainMarkup;
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.SourceSpans;
import dev.qbank.importers.SpacedImageLinks;
import dev.qbank.importers.TableOfContents;
import dev.qbank.importers.TagList;
import dev.qbank.importers.WrappedLine;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Notion page exported to Markdown: level headings ({@code # 初级}) give the difficulty, {@code QN：***question***}
 * paragraphs start questions, the blocks under a question are its answer, image links its media and
 * {@code 引用：} links its references.
 *
 * <p>The document is parsed once with commonmark (source spans on) and walked block by block; the answer is the
 * source text of its blocks, so lists, code and tables arrive exactly as written.
 */
public final class NotionImporter implements Importer {
    public static final String NAME = "notion";

    /**
     * What opens a question's number: {@code Q}, the full-width {@code Ｑ} a Chinese input method types, or the word
     * {@code 问题} / {@code 题目} ({@code 问题3：}); the digits may be full-width too ({@code Ｑ１２：}). Group 1 holds
     * the number.
     */
    private static final String Q_MARK = "(?:[QＱ]|问题|题目)[ \\t]*([0-9０-９]{1,6})";
    /** The count in words Chinese pages also use, {@code 第一题：}, {@code 第12题 }; group 1 holds the numeral. */
    private static final String NTH_MARK = "第[ \\t]*([0-9０-９]{1,6}|[" + ChineseNumerals.DIGITS + "]{1,6})[ \\t]*题";
    /**
     * After the number: a colon or dot; after {@code 第N题} a space is enough, since 题 already ends the number; or
     * nothing, the number alone on its line ({@code **问题 1**}, as Feishu and Word documents label a question whose
     * text is the paragraph below).
     */
    private static final String SEPARATOR = "(?:[ \\t]*[：:.．、]|(?<=题)[ \\t]+(?=\\S)|(?=[ \\t]*$))";
    /**
     * {@code Q12：}, {@code Q12:}, {@code Q 12.}, {@code Ｑ12：}, {@code 问题12：}, {@code 第十二题：}: the question number
     * and the start of its text. The line may open with emphasis ({@code **Q1：question**}, {@code **Q1：**question},
     * {@code **Q1**：question}): group 1 holds those markers, group 4 markers that close them right after the
     * number (groups 2 and 3: the number after a Q, or in a {@code 第N题}). Opening markers must touch the Q, as an
     * opening delimiter does; {@code * Q1} is a bullet, not emphasis.
     */
    static final Pattern Q_LINE = Pattern.compile(
            "^[ \\t]{0,3}(\\*{1,3}|_{1,3})?(?:" + Q_MARK + "|" + NTH_MARK + ")(\\*{1,3}|_{1,3})?" + SEPARATOR + "[ \\t]*");
    /**
     * A Q-line, also as a bullet or a heading: Notion exports a toggle ({@code - Q1：question}, the answer inside) and
     * a toggle heading ({@code ### Q1：question}) that way. A {@code 第N题} heading is left to Q&A documents, which
     * number their question headings that way.
     */
    private static final Pattern Q_LINE_SNIFF = Pattern.compile(
            "(?m)^[ \\t]{0,3}(?:(?:[-*+][ \\t]+|#{1,6}[ \\t]+)?(?:\\*{1,3}|_{1,3})?" + Q_MARK + "(?:\\*{1,3}|_{1,3})?[ \\t]*[：:.．、]"
                    + "|(?:[-*+][ \\t]+)?(?:\\*{1,3}|_{1,3})?" + NTH_MARK + "(?:\\*{1,3}|_{1,3})?" + SEPARATOR
                    // the number alone on its line or heading, the question in the paragraph below: **问题 1**
                    + "|(?:#{1,6}[ \\t]+)?(?:\\*{1,3}|_{1,3})?" + Q_MARK + "(?:\\*{1,3}|_{1,3})?[ \\t]*[：:]?[ \\t]*$)");
    private static final Pattern LEVEL_SNIFF = Pattern.compile("(?m)^#{1,6}[ \\t]+((?:#*+[^\\s#])++)[ \\t]*+#*+[ \\t]*+$");
    private static final Pattern REFERENCE_LABEL = Pattern.compile(
            "^\\s*(引用|参考|参考资料|参考链接|来源|references?|refs?|sources?)\\s*[：:]", Pattern.CASE_INSENSITIVE);
    /** A run of emphasis markers opening a question's text. */
    private static final Pattern OPENING_RUN = Pattern.compile("\\*{1,3}|_{1,3}");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>()\\[\\]]+");
    /** A line that is only a link: a bare or {@code <...>} URL or {@code [title](url)}, maybe as a list item. */
    private static final Pattern LINK_LINE = Pattern.compile("(?m)^[ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?"
            + "(?:<?https?://[^\\s<>]+>?|\\[[^\\]\\n]*\\]\\([ \\t]*\\S+(?:[ \\t]+\"[^\"\\n]*\")?[ \\t]*\\))[ \\t]*$");
    private static final int SNIFF_CHARS = 64 * 1024;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** Lists the export folder's pictures each question's blocks show, and warns about those it cannot resolve. */
    @Override
    public boolean listsMedia() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Notion page export: '# 初级/中级/高级' level headings, 'QN：***question***' lines, bullet answers, "
                + "images, '引用：' references";
    }

    /**
     * Two or more {@code QN：} lines make a Notion-style page; level headings make it near certain. A Q&A document
     * ({@code ### N. title}) or a table has no such lines and scores 0.
     */
    @Override
    public double sniff(SourceDocument doc) {
        String head = MarkdownLines.forScanning(
                doc.text().length() > SNIFF_CHARS ? doc.text().substring(0, SNIFF_CHARS) : doc.text());
        long questions = Q_LINE_SNIFF.matcher(head).results().count();
        if (questions == 0) {
            return 0;
        }
        boolean levels = LEVEL_SNIFF.matcher(head).results().anyMatch(m -> LevelHeadings.of(m.group(1)).isPresent());
        if (questions == 1) {
            return levels ? 0.5 : 0.3;
        }
        return levels ? 0.95 : 0.7;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        // ![conv](Notes 1a2b/conv stride.png): no image to CommonMark until its spaces are written %20
        SourceDocument source = SpacedImageLinks.document(FrontMatter.blanked(doc, warnings));
        AsideCallouts callouts = AsideCallouts.of(PARSER, source.text());
        new Reader(callouts.document(source), questions, warnings, callouts).read();
    }

    /** One pass over one document; holds the question being collected. */
    private static final class Reader {
        private final SourceDocument doc;
        private final String text;
        private final Consumer<Question> out;
        private final Consumer<Diagnostic> warnings;
        private final Map<String, Integer> seenNumbers = new HashMap<>();
        /** Which headings name levels: the page's headings are, {@code # 基础} beside another level too. */
        private final LevelSections levels;
        private Difficulty level;
        private int levelHeadingDepth = Integer.MAX_VALUE;
        private String section;
        /** The heading each level names, 1 to 6 (null: none), for the section a question heading goes back to. */
        private final String[] sections = new String[7];
        /** The level of the heading {@link #section} is. */
        private int sectionLevel;
        /**
         * The topic each heading level names, 1 to 6 (null: none): a heading files the questions under it, as in
         * the other Markdown formats, unless it names a level (the difficulty) or titles the whole bank.
         */
        private final String[] topics = new String[7];
        private final int titleLine;
        private Pending current;
        private int emitted;
        private boolean ignoredPreamble;
        /** Whether a question was asked yet, and the line of the heading whose text outside questions was last named. */
        private boolean asked;
        private int headingLine;
        private int outsideSaidUnder = -1;
        private final TableOfContents toc = new TableOfContents();
        private LineIndex lineStarts;
        /** While reading the blocks inside a toggle: their indentation, taken off every line of the answer. */
        private int toggleIndent;
        /** The page's callouts ({@code <aside>}), their tags already out of {@link #text}. */
        private final AsideCallouts callouts;
        /** The callout last quoted into an answer, whose later blocks only add their pictures. */
        private AsideCallouts.Region quotedCallout;
        /** The callout that asked a question, whose blocks are its answer as written. */
        private AsideCallouts.Region askingCallout;

        Reader(SourceDocument doc, Consumer<Question> out, Consumer<Diagnostic> warnings, AsideCallouts callouts) {
            this.doc = doc;
            this.text = doc.text(); // front matter already emptied by read()
            this.titleLine = DocumentTitle.line(text);
            this.levels = LevelSections.ofLevelPage(doc);
            this.out = out;
            this.warnings = warnings;
            this.callouts = callouts;
        }

        void read() {
            // a question is a top-level paragraph starting "QN："; without such a line there is nothing to parse for
            if (!Q_LINE_SNIFF.matcher(text).find()) {
                throw noQuestions();
            }
            MarkdownLimits.checkNesting(doc);
            // In pieces (see MarkdownPieces): the state below carries from block to block, so pieces change
            // nothing, and no piece's tree outlives a young collection.
            MarkdownPieces.parse(PARSER, text, MarkdownPieces.Cut.BLOCKS, this::readBlocks);
            if (current != null) {
                current.footer.leaveOut(current.answer, current.references, doc.file(), current.number, warnings);
                PageFooter.leaveOutClosingBlocks(current.answer, doc, current.number, warnings);
            }
            flush();
            if (emitted == 0) {
                throw noQuestions();
            }
            toc.report(doc.file(), warnings);
        }

        private void readBlocks(Node root) {
            for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
                if (block.getSourceSpans().isEmpty()) {
                    continue;
                }
                if (block instanceof ThematicBreak) {
                    if (current != null) {
                        current.footer.ruleAt(line(block), current.answer.size(), current.references.size()); // in case a page footer follows
                    }
                    continue;
                }
                Optional<AsideCallouts.Region> callout = callouts.at(start(block));
                if (callout.isPresent() && !callout.get().equals(askingCallout)) {
                    if (!callout.get().equals(quotedCallout) && asksInCallout(block, callout.get())) {
                        continue;
                    }
                    content(block, start(block), end(block)); // quoted whole (see calloutContent)
                    continue;
                }
                if (block instanceof Heading heading) {
                    flush();
                    String title = inlineSource(heading);
                    if (Q_LINE.matcher(title).find()) {
                        // a toggle heading: Notion exports it as a heading holding the Q-line; it ends the part a
                        // heading of its level or deeper began ("## 前言" over an introduction, then "## Q1：…")
                        Arrays.fill(topics, Math.min(heading.getLevel(), 6), topics.length, null);
                        endIntroduction(heading.getLevel());
                        startQuestion(title, line(heading));
                    } else if (!TableOfContents.isTitle(title)) { // "# 目录" is no part of the page
                        onHeading(heading);
                    }
                    continue;
                }
                if ((block instanceof ListBlock || block instanceof Paragraph) && TableOfContents.isBlock(source(block))) {
                    // a table of contents or 'back to top' link: neither a question nor its answer
                    toc.leftOut(line(block), lastLine(block));
                    continue;
                }
                if (block instanceof ListBlock list && isToggle(list.getFirstChild())
                        && list.getFirstChild().getFirstChild().getNext() != null) {
                    readToggles(list);
                    continue;
                }
                // Q-lines inside the block: its first line, or a line commonmark took as a lazy continuation
                // of the paragraph or list above because no blank line separated them
                int from = start(block);
                for (SourceSpan q : questionLines(block)) {
                    int lineStart = lineStart(q.getInputIndex());
                    if (lineStart > from) {
                        content(block, from, lineStart);
                    }
                    flush();
                    SourceSpan last = emphasisClosedBelow(block, q);
                    String line = text.substring(q.getInputIndex(), endOf(q));
                    if (last != q) {
                        line = WrappedLine.join(line, text.substring(last.getInputIndex(), endOf(last)));
                    }
                    startQuestion(line, q.getLineIndex() + 1);
                    from = endOf(last);
                }
                if (from < end(block)) {
                    content(block, from, end(block));
                }
            }
        }

        /**
         * A list item whose first line is a Q-line: how Notion exports a toggle, the question as the toggle's text
         * and the answer as the blocks inside it ({@code - Q1：question} then indented blocks). A list is read as
         * toggles when its first item is one with blocks inside; a lone {@code * Q4：text} bullet under a question
         * stays part of its answer.
         */
        private boolean isToggle(Node item) {
            if (item == null || !(item.getFirstChild() instanceof Paragraph p) || p.getSourceSpans().isEmpty()) {
                return false;
            }
            SourceSpan first = p.getSourceSpans().get(0);
            return Q_LINE.matcher(text.substring(first.getInputIndex(), endOf(first))).find();
        }

        /**
         * A callout whose text opens with a Q-line after its icon ({@code <aside>❓ Q3：question} ...): the question,
         * the rest of the callout (and what follows it) its answer, as a toggle's; whether it was one.
         */
        private boolean asksInCallout(Node block, AsideCallouts.Region callout) {
            if (!(block instanceof Paragraph)) {
                return false;
            }
            SourceSpan first = block.getSourceSpans().get(0);
            int from = AsideCallouts.afterIcon(text, first.getInputIndex(), endOf(first));
            String line = text.substring(from, endOf(first));
            if (!Q_LINE.matcher(line).find()) {
                return false;
            }
            flush();
            startQuestion(line, first.getLineIndex() + 1);
            askingCallout = callout;
            if (block.getSourceSpans().size() > 1) { // the question's paragraph goes on: that is answer too
                content(block, lineStart(block.getSourceSpans().get(1).getInputIndex()), end(block));
            }
            return true;
        }

        /**
         * A block of a callout that asks nothing: the first one puts the whole callout into the answer as a quote
         * (icon kept: it tells a tip from a warning); every one adds its pictures.
         */
        private void calloutContent(Node block, AsideCallouts.Region callout, int from, int to) {
            if (!callout.equals(quotedCallout)) {
                quotedCallout = callout;
                String slice = dedent(text.substring(callout.start(), callout.end())).strip();
                if (slice.isEmpty()) {
                    return;
                }
                if (current == null) {
                    preamble(from);
                    return;
                }
                current.answer.add(AsideCallouts.asQuote(slice));
                current.onlyQuotes = false; // a callout's quote is the page's, not a quoted answer's
            }
            if (current != null) {
                addImages(block, from, to);
            }
        }

        /** A list of toggles: each Q-line item starts a question, the blocks inside the item are its answer. */
        private void readToggles(Node list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                Node child = item.getFirstChild();
                if (isToggle(item)) {
                    SourceSpan q = child.getSourceSpans().get(0);
                    flush();
                    startQuestion(text.substring(q.getInputIndex(), endOf(q)), q.getLineIndex() + 1);
                    if (child.getSourceSpans().size() > 1) { // the question's paragraph goes on: that is answer too
                        content(child, lineStart(child.getSourceSpans().get(1).getInputIndex()), end(child));
                    }
                    child = child.getNext();
                }
                for (; child != null; child = child.getNext()) {
                    if (!child.getSourceSpans().isEmpty()) {
                        toggleIndent = indentOf(start(child));
                        content(child, start(child), end(child));
                        toggleIndent = 0;
                    }
                }
            }
        }

        private QbankException noQuestions() {
            return new QbankException(Diagnostic.error("no-questions", doc.file(), 1, 0,
                    "no 'QN：question' lines found, so nothing to import as a Notion export; "
                            + "check the file or choose another format with --format"));
        }

        private void onHeading(Heading heading) {
            String title = inlineSource(heading).strip();
            headingLine = line(heading);
            var difficulty = levels.level(title);
            if (difficulty.isPresent()) {
                level = difficulty.get();
                levelHeadingDepth = heading.getLevel();
            } else if (heading.getLevel() <= levelHeadingDepth) {
                level = null; // a new part of the page at the level headings' depth: they no longer apply
                levelHeadingDepth = Integer.MAX_VALUE;
            }
            section = EmphasisStripper.strip(title).strip();
            if (section.isEmpty()) {
                section = null; // an empty heading ("#") names nothing
            }
            Arrays.fill(topics, Math.min(heading.getLevel(), 6), topics.length, null);
            Arrays.fill(sections, Math.min(heading.getLevel(), 6), sections.length, null);
            sections[Math.min(heading.getLevel(), 6)] = section;
            sectionLevel = heading.getLevel();
            if (section != null && difficulty.isEmpty() && line(heading) != titleLine && !SectionTitle.introduces(section)) {
                topics[heading.getLevel()] = SectionTitle.topic(section);
            }
        }

        /**
         * The section the question is in: the heading over it, or the one over that when it only introduces the page
         * ({@code ## 前言} over {@code ### Q1：…}, see {@link SectionTitle#introduces}).
         */
        private String filedSection() {
            if (section == null || !SectionTitle.introduces(section)) {
                return section;
            }
            for (int i = Math.min(sectionLevel, 6) - 1; i > 0; i--) {
                if (sections[i] != null) {
                    return sections[i];
                }
            }
            return null;
        }

        /**
         * A question heading at the level of an introduction's heading ({@code ## 前言} over the page's purpose, then
         * {@code ## Q1：…}) ends it: the introduction is no section of the questions after it, which are in the
         * heading above it, if any.
         */
        private void endIntroduction(int level) {
            if (section == null || sectionLevel < level || !SectionTitle.introduces(section)) {
                return;
            }
            section = null;
            for (int i = Math.min(level, 6) - 1; i > 0 && section == null; i--) {
                section = sections[i];
                sectionLevel = i;
            }
        }

        /**
         * The lines of a block that are Q-lines: in a paragraph any line (the first, or one that followed the
         * previous line without a blank line); in a list or quote a line at column 0, which can only be a lazy
         * continuation line there, never content indented under an item.
         */
        private List<SourceSpan> questionLines(Node block) {
            boolean paragraph = block instanceof Paragraph;
            if (!paragraph && !(block instanceof ListBlock) && !(block instanceof BlockQuote)) {
                return List.of();
            }
            List<SourceSpan> found = new ArrayList<>();
            for (SourceSpan span : block.getSourceSpans()) {
                int from = paragraph ? span.getInputIndex() : lineStart(span.getInputIndex());
                if (Q_LINE.matcher(text.substring(from, endOf(span))).find()
                        && (paragraph || from == span.getInputIndex() && isQuestionStart(text.charAt(from)))) {
                    found.add(span);
                }
            }
            return found;
        }

        /**
         * The last line of a question wrapped inside its emphasis: {@code Q2：***Adam 的更新公式是什么？} over
         * {@code 和 SGD 有什么区别？***} in one paragraph is one question (the second line was its answer, opening
         * with the stray {@code ***}). The Q-line must open a run of stars or underscores that it does not close,
         * and the next line of the paragraph, no Q-line itself, end with the same run; else the Q-line is its own.
         */
        private SourceSpan emphasisClosedBelow(Node block, SourceSpan q) {
            List<SourceSpan> spans = block.getSourceSpans();
            int k = spans.indexOf(q);
            if (!(block instanceof Paragraph) || k < 0 || k + 1 >= spans.size()) {
                return q;
            }
            Matcher m = Q_LINE.matcher(text.substring(q.getInputIndex(), endOf(q)));
            if (!m.find()) {
                return q;
            }
            String rest = questionMarkup(m, text.substring(q.getInputIndex(), endOf(q))).strip();
            Matcher run = OPENING_RUN.matcher(rest);
            if (!run.lookingAt() || rest.length() == run.end() || rest.indexOf(run.group(), run.end()) >= 0) {
                return q;
            }
            SourceSpan next = spans.get(k + 1);
            String below = text.substring(next.getInputIndex(), endOf(next)).strip();
            return below.endsWith(run.group()) && below.length() > run.group().length()
                    && !Q_LINE.matcher(below).find() ? next : q;
        }

        /** The first character of a Q-line at column 0: the Q (or 问题, 题目, 第N题), or the emphasis markers it opens with. */
        private static boolean isQuestionStart(char c) {
            return c == 'Q' || c == 'Ｑ' || c == '问' || c == '题' || c == '第' || c == '*' || c == '_';
        }

        private int lineStart(int index) {
            return text.lastIndexOf('\n', index - 1) + 1;
        }

        private void startQuestion(String line, int lineNo) {
            asked = true;
            Matcher m = Q_LINE.matcher(line);
            if (!m.find()) {
                return; // cannot happen: questionLines() matched the same pattern
            }
            String number = "Q" + (m.group(2) != null ? Integer.parseInt(m.group(2)) : nthValue(m.group(3)));
            String question = EmphasisStripper.strip(questionMarkup(m, line)).strip();
            Integer earlier = seenNumbers.putIfAbsent(number, lineNo);
            if (earlier != null) {
                warnings.accept(Diagnostic.warning("duplicate-number", doc.file(), lineNo, 0, number
                        + " already appeared on line " + earlier + "; both are imported"));
            }
            // "**问题 1**" alone: the question is the paragraph below (see textBelow)
            current = new Pending(number, lineNo, question.isEmpty() ? null : question);
        }

        /**
         * The question of a number written alone on its line ({@code **问题 1**}) is the first line of the paragraph
         * under it; the rest of that paragraph starts its answer. Returns where that rest starts.
         */
        private int textBelow(Node block, int from, int to) {
            int lineEnd = text.indexOf('\n', from);
            int end = lineEnd < 0 || lineEnd > to ? to : lineEnd;
            String question = block instanceof Paragraph ? EmphasisStripper.strip(text.substring(from, end)).strip() : "";
            if (question.isEmpty()) {
                throw noQuestionText(current);
            }
            current = new Pending(current.number, lineOf(from), question);
            return end;
        }

        private QbankException noQuestionText(Pending q) {
            return new QbankException(Diagnostic.error("empty-question", doc.file(), q.line, 0, q.number
                    + " has no question text: write the question after its number, or as the paragraph right under"
                    + " it"));
        }

        /** The value of a {@code 第N题} numeral, digits or Chinese ({@code 十二} is 12; one that is no numeral is 0). */
        private static int nthValue(String numeral) {
            return Character.isDigit(numeral.charAt(0)) ? Integer.parseInt(numeral)
                    : Math.max(0, ChineseNumerals.value(numeral));
        }

        /**
         * The question's inline Markdown after its number. Markers that opened the line before the Q belong to the
         * question: {@code **Q1：text**} is the bold {@code **text**}. When they close right after the number
         * ({@code **Q1：**text}, {@code **Q1**：text}), they emphasised the number only and go with it.
         */
        private static String questionMarkup(Matcher qLine, String line) {
            String open = qLine.group(1) == null ? "" : qLine.group(1);
            String rest = line.substring(qLine.end());
            if (open.isEmpty() || qLine.group(4) != null) {
                return rest;
            }
            return rest.startsWith(open) ? rest.substring(open.length()) : open + rest;
        }

        /** Source {@code [from, to)} of {@code block} (all of it, or the part around Q-lines) under a question. */
        private void content(Node block, int from, int to) {
            String slice = dedent(text.substring(from, to)).strip();
            if (slice.isEmpty()) {
                return;
            }
            Optional<AsideCallouts.Region> callout = callouts.at(from);
            if (callout.isPresent() && !callout.get().equals(askingCallout)) {
                calloutContent(block, callout.get(), from, to);
                return;
            }
            if (current == null) {
                preamble(from);
                return;
            }
            if (current.question == null) {
                int first = from;
                while (Character.isWhitespace(text.charAt(first))) {
                    first++; // slice is not empty: a visible character comes before to
                }
                from = textBelow(block, first, to);
                slice = dedent(text.substring(from, to)).strip();
                if (slice.isEmpty()) {
                    return;
                }
            }
            if (current.referencesBelow != null) {
                if (onlyLinks(slice)) {
                    addLinks(block, from, to);
                    current.referencesBelow = current.referencesBelow.withLinks();
                    return;
                }
                endReferencesBelow(); // other content: the reference list has ended
            }
            if (block instanceof Paragraph && metadata(slice, lineOf(from))) {
                return;
            }
            boolean whole = from == start(block) && to == end(block);
            Matcher label = REFERENCE_LABEL.matcher(slice);
            if ((block instanceof Paragraph || !whole) && label.find()) {
                if (label.end() == slice.length()) {
                    // "引用：" alone: its links are the link lines below it (warned about only if none come)
                    current.referencesBelow = new ReferenceLabel(slice, lineOf(from), false);
                    return;
                }
                addReferences(block, from, to, slice);
                return;
            }
            if (block instanceof HtmlBlock && whole) {
                String folded = FoldedBlock.asMarkdown(slice); // <details><summary>代码</summary>: open, as Markdown
                if (folded != null) {
                    if (!folded.isEmpty()) {
                        current.answer.add(folded);
                        current.onlyQuotes = false;
                    }
                    return;
                }
            }
            addImages(block, from, to);
            if (current.answer.isEmpty() && block instanceof Paragraph) {
                // "答：" / "**答：**" before the answer says what it is; it is not the answer's text
                slice = AnswerLines.withoutLabel(slice).strip();
                if (slice.isEmpty()) {
                    return;
                }
            }
            // A picture stays in the answer where the page shows it (the link is rewritten to the bank's copy on
            // import), so the answer reads as the page does and every exporter can place it.
            current.answer.add(slice);
            current.onlyQuotes &= block instanceof BlockQuote && whole;
        }

        private void preamble(int from) {
            if (asked && outsideSaidUnder != headingLine) {
                // "## 写在最后" over "码字不易，点赞收藏" after the questions: named once per heading, as the page's
                // introduction is (it went unsaid once the preamble had been, imp40)
                outsideSaidUnder = headingLine;
                warnings.accept(Diagnostic.warning("outside-question", doc.file(), lineOf(from), 0, "this text under '"
                        + section + "' belongs to no question (a closing note, references, a licence) and is not imported"));
                return;
            }
            if (!ignoredPreamble) {
                ignoredPreamble = true; // said once: a page introduction is normal, but nothing goes unmentioned
                warnings.accept(Diagnostic.warning("preamble", doc.file(), lineOf(from), 0,
                        "text outside any question (before the first 'QN：' line or under a heading) is not "
                                + "imported"));
            }
        }

        /** The question's media: the local pictures of {@code block} within {@code [from, to)}. */
        private void addImages(Node block, int from, int to) {
            List<Image> images = new ArrayList<>();
            collectImages(block, images);
            images.removeIf(i -> i.getSourceSpans().isEmpty() || start(i) < from || start(i) >= to);
            for (Image image : images) {
                addMedia(image);
            }
        }

        /**
         * Takes a paragraph of {@code 标签：} / {@code 难度：} lines as the question's tags and difficulty (a level
         * named here wins over the level heading); whether it was one. A paragraph with other lines is answer text.
         */
        private boolean metadata(String slice, int line) {
            List<MetadataLine> lines = new ArrayList<>();
            for (String l : (Iterable<String>) slice.lines()::iterator) {
                Optional<MetadataLine> m = MetadataLine.parse(l);
                if (m.isEmpty()) {
                    return false;
                }
                lines.add(m.get());
            }
            for (MetadataLine m : lines) {
                if (m.kind() == MetadataLine.Kind.DIFFICULTY) {
                    MetadataLine.level(m.value(), doc, line, "left as the level heading says", warnings)
                            .ifPresent(d -> current.difficulty = d);
                } else {
                    current.tags.addAll(TagList.split(m.value()));
                }
            }
            return true;
        }

        /** The spaces before the first character of the line holding {@code index} (a block's span may start before). */
        private int indentOf(int index) {
            int from = lineStart(index);
            int at = from;
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            return at - from;
        }

        /** The text with the indentation of the toggle it sits in taken off each line (nothing outside toggles). */
        private String dedent(String slice) {
            if (toggleIndent == 0) {
                return slice;
            }
            return slice.lines().map(l -> {
                int n = 0;
                while (n < toggleIndent && n < l.length() && l.charAt(n) == ' ') {
                    n++;
                }
                return l.substring(n);
            }).collect(Collectors.joining("\n"));
        }

        private void addReferences(Node block, int from, int to, String slice) {
            if (addLinks(block, from, to) == 0) {
                warnReferenceEmpty(slice, lineOf(from));
            }
        }

        private void warnReferenceEmpty(String slice, int line) {
            current.answer.add(slice);
            // said when the question is done: a page footer's reference line is left out, not kept (see flush)
            current.keptReferences.put(current.answer.size() - 1, Diagnostic.warning("reference-empty", doc.file(),
                    line, 0, "reference line without a link; kept in the answer"));
        }

        /** Ends the link lines under a bare {@code 引用：}; without any, the label was a reference without a link. */
        private void endReferencesBelow() {
            ReferenceLabel label = current.referencesBelow;
            current.referencesBelow = null;
            if (!label.hasLinks()) {
                warnReferenceEmpty(label.text(), label.line());
            }
        }

        private static boolean onlyLinks(String slice) {
            return slice.lines().allMatch(l -> l.isBlank() || LINK_LINE.matcher(l).matches());
        }

        /**
         * Adds the links of {@code [from, to)} to the references in the order written: Markdown links with their
         * titles, and bare URLs outside them (commonmark makes no links of those); how many it found.
         */
        private int addLinks(Node block, int from, int to) {
            TreeMap<Integer, Reference> found = new TreeMap<>();
            List<int[]> linkSpans = new ArrayList<>();
            for (Node n = block; n != null; n = next(n, block)) {
                if (n instanceof Link link && !n.getSourceSpans().isEmpty() && start(n) >= from && start(n) < to) {
                    String title = inlineSource(link).strip();
                    boolean titleIsUrl = title.equals(link.getDestination()) || title.isEmpty();
                    found.put(start(n), new Reference(link.getDestination(), titleIsUrl ? null : title));
                    linkSpans.add(new int[] {start(n), end(n)});
                }
            }
            Matcher m = BARE_URL.matcher(text).region(from, to);
            while (m.find()) {
                int at = m.start();
                if (linkSpans.stream().noneMatch(span -> at >= span[0] && at < span[1])) {
                    found.put(at, Reference.of(m.group()));
                }
            }
            current.references.addAll(found.values());
            return found.size();
        }

        private void addMedia(Image image) {
            if (MediaLinks.isRemote(image.getDestination())) {
                return; // stays in the answer text as a link; nothing to copy
            }
            MediaLinks.resolve(image.getDestination(), doc.path(), doc.file(), line(image), warnings)
                    .ifPresent(current.media::add);
        }

        private void flush() {
            if (current == null) {
                return;
            }
            if (current.referencesBelow != null) {
                endReferencesBelow();
            }
            Pending q = current;
            current = null;
            if (q.question == null) {
                throw noQuestionText(q);
            }
            q.keptReferences.headMap(q.answer.size()).values().forEach(warnings);
            // an answer written as block quotes ("> answer" under "Q1: question") is quoted to stand out from its
            // question, not because it quotes anyone: its text is the answer
            List<String> blocks = q.onlyQuotes ? q.answer.stream().map(AnswerLines::unquoted).toList() : q.answer;
            // option paragraphs right under the question ("A. ReLU", "B. Adam") are what it asks, not its answer
            int optionBlocks = optionBlocks(blocks);
            String options = optionBlocks == 0 ? null : String.join("\n", blocks.subList(0, optionBlocks).stream()
                    .flatMap(String::lines).map(String::strip).toList());
            if (optionBlocks > 0) {
                blocks = new ArrayList<>(blocks.subList(optionBlocks, blocks.size()));
                if (!blocks.isEmpty()) {
                    blocks.set(0, AnswerLines.withoutLabel(blocks.get(0).strip())); // "答：A" under the options
                }
            }
            // a block after the answer opened by 【解析】/**解析：**/Explanation: starts the explanation, as in numbered
            int explained = ExplanationLabel.start(blocks);
            String answer = String.join("\n\n", explained < 0 ? blocks : blocks.subList(0, explained));
            String explanation = explained < 0 ? "" : String.join("\n\n",
                    ExplanationLabel.withoutLabel(blocks.subList(explained, blocks.size()))).strip();
            out.accept(Question.builder(q.question)
                    .prompt(ChoiceOptions.prompt(null, q.question, options))
                    .answer(answer.isEmpty() ? null : answer)
                    .explanation(explanation.isEmpty() ? null : explanation)
                    .difficulty(q.difficulty != null ? q.difficulty : level)
                    .topic(topic())
                    .tags(List.copyOf(q.tags))
                    .language(hasCjk(q.question) ? "zh-CN" : "en")
                    .references(List.copyOf(q.references))
                    .media(List.copyOf(q.media))
                    .source(new Source(doc.file(), q.line, q.question, NAME, q.number, null, filedSection()))
                    .build());
            emitted++;
        }

        /** The topic the nearest heading above names, if any does (see {@link #topics}). */
        private String topic() {
            for (int i = topics.length - 1; i > 0; i--) {
                if (topics[i] != null) {
                    return topics[i];
                }
            }
            return null;
        }

        /** How many blocks at the start of the answer are only option lines, A, B, … in order (two or more). */
        private static int optionBlocks(List<String> blocks) {
            char next = 'A';
            int options = 0;
            int letters = 0;
            for (int i = 0; i < blocks.size(); i++) {
                for (String line : blocks.get(i).lines().filter(l -> !l.isBlank()).toList()) {
                    if (ChoiceOptions.letter(line) != next) {
                        return letters >= 2 ? options : 0;
                    }
                    next++;
                }
                options = i + 1;
                letters = next - 'A';
            }
            return letters >= 2 ? options : 0;
        }

        private String source(Node n) {
            return text.substring(start(n), end(n));
        }

        private String inlineSource(Node n) {
            return SourceSpans.inlineSource(text, n);
        }

        /** 1-based line of a character offset (the line starts are found on first use). */
        private int lineOf(int index) {
            if (lineStarts == null) {
                lineStarts = new LineIndex(text);
            }
            return lineStarts.lineAt(index);
        }

        private static int line(Node n) {
            return n.getSourceSpans().isEmpty() ? 0 : n.getSourceSpans().get(0).getLineIndex() + 1;
        }

        private static int lastLine(Node n) {
            return n.getSourceSpans().get(n.getSourceSpans().size() - 1).getLineIndex() + 1;
        }
    }

    /** The question being collected: its Q-line and what came under it. */
    private static final class Pending {
        final String number;
        final int line;
        /** Null while a number written alone on its line waits for the paragraph below it, its question. */
        final String question;
        final List<String> answer = new ArrayList<>();
        final Set<Reference> references = new LinkedHashSet<>();
        final Set<String> media = new LinkedHashSet<>();
        final Set<String> tags = new LinkedHashSet<>();
        /** A level named under the question ({@code 难度：困难}), or null: the level heading's applies. */
        Difficulty difficulty;
        /** Every block of the answer so far is a block quote. */
        boolean onlyQuotes = true;
        /** A {@code 引用：} with nothing after it, while the blocks below it are links. */
        ReferenceLabel referencesBelow;
        /** The last rule under the question: what follows it at the end of the page may be the page's footer. */
        final PageFooter footer = new PageFooter();
        /** The reference lines without a link kept in the answer, by their block's index there. */
        final SortedMap<Integer, Diagnostic> keptReferences = new TreeMap<>();

        Pending(String number, int line, String question) {
            this.number = number;
            this.line = line;
            this.question = question;
        }
    }

    /** A reference label alone on its line, its line, and whether links followed it. */
    private record ReferenceLabel(String text, int line, boolean hasLinks) {
        ReferenceLabel withLinks() {
            return new ReferenceLabel(text, line, true);
        }
    }

    private static void collectImages(Node block, List<Image> images) {
        for (Node n = block; n != null; n = MarkdownPieces.nextInTree(n, block)) {
            if (n instanceof Image image) {
                images.add(image);
            }
        }
    }

    /** Depth-first successor of {@code n} within {@code root}. */
    private static Node next(Node n, Node root) {
        if (n.getFirstChild() != null && !(n instanceof Link)) {
            return n.getFirstChild();
        }
        for (Node x = n; x != null && x != root; x = x.getParent()) {
            if (x.getNext() != null) {
                return x.getNext();
            }
        }
        return null;
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }
}
