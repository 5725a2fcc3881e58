package dev.qbank.importers.qa;

import static dev.qbank.importers.SourceSpans.end;
import static dev.qbank.importers.SourceSpans.endOf;
import static dev.qbank.importers.SourceSpans.start;

import dev.qbank.importers.AnswerLines;
import dev.qbank.importers.AsideCallouts;
import dev.qbank.importers.ChineseNumerals;
import dev.qbank.importers.ChoiceOptions;
import dev.qbank.importers.DifficultyWords;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.FollowUps;
import dev.qbank.importers.FrequencyMarks;
import dev.qbank.importers.FrontMatter;
import dev.qbank.importers.HtmlHeadings;
import dev.qbank.importers.HyphenatedWords;
import dev.qbank.importers.Importer;
import dev.qbank.importers.LevelLabels;
import dev.qbank.importers.LevelSections;
import dev.qbank.importers.LineIndex;
import dev.qbank.importers.ListItemLine;
import dev.qbank.importers.MarkdownLimits;
import dev.qbank.importers.MarkdownLines;
import dev.qbank.importers.MarkdownPieces;
import dev.qbank.importers.NoteMarkup;
import dev.qbank.importers.PageFooter;
import dev.qbank.importers.PageNumbers;
import dev.qbank.importers.PlainMarkup;
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.SourceSpans;
import dev.qbank.importers.TableOfContents;
import dev.qbank.importers.TagList;
import dev.qbank.importers.YuqueMarkup;
import dev.qbank.importers.chapters.ChaptersImporter;
import dev.qbank.importers.flashcards.CardLine;
import dev.qbank.importers.notion.EmphasisStripper;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown Q&A document: a heading per question ({@code ### 1. title}, {@code ## 2、title}, {@code ### Q3: title},
 * or unnumbered), then sections opened by labels at the start of a line, {@code **题目：**} (prompt),
 * {@code **答案：**} (answer), {@code **解析：**} (explanation), their variants, bold or plain ({@code 答案：}; see
 * {@link SectionLabel}).
 *
 * <p>A section is the source text from after its label to the end of its last block, cut out by commonmark's
 * source spans: lists, code blocks, tables and paragraphs arrive byte for byte as written, never re-rendered.
 * A heading is a question when it is numbered or owns a section with a bold label; other headings are sections of
 * the document and are recorded as {@code Source.section}.
 */
public final class QaImporter implements Importer {
    public static final String NAME = "qa";

    /** A digit, ASCII or full-width ({@code １２．}, as Chinese input methods type numbers): the same number. */
    private static final String DIGIT = "[0-9０-９]";
    /** How a question heading numbers itself; see {@link #NUMBERED}. */
    private static final String NUMBER_MARK = "(?:第[ \\t]*(?<nth>" + DIGIT + "{1,6}|[" + ChineseNumerals.DIGITS
            + "]{1,6})[ \\t]*[题问][ \\t]*[.．、:：]?"
            + "|(?:[QＱ](?:uestion)?[ \\t]*)?(?<n>" + DIGIT + "{1,6}(?:[.．]" + DIGIT + "{1,6})*+)[ \\t]*[.．、)）:：]"
            + "|[(（][ \\t]*(?<pn>" + DIGIT + "{1,6})[ \\t]*[)）]"
            + "|(?<sub>" + DIGIT + "{1,6}(?:[.．]" + DIGIT + "{1,6})++)(?=[ \\t\\u3000])"
            + "|[QＱ](?:uestion)?[ \\t]*(?<qn>" + DIGIT + "{1,6})(?=[ \\t\\u3000]))";
    /** At most this much text after a footer's block (see footerRule): its other closing lines. */
    private static final int FOOTER_TAIL = 600;
    /** A heading or a question in a collapsed block, which no page footer has after it. */
    private static final Pattern QUESTION_AFTER_FOOTER = Pattern.compile("(?im)^[ \\t]{0,3}#{1,6}[ \\t]|<details|<summary");
    /**
     * {@code 1.}, {@code 2、}, {@code 3）}, {@code (4)}, {@code （4）}, {@code Q4:}, {@code Q4 title}, {@code Question 5:},
     * {@code 第6题}, and sub-numbers ({@code 1.2 title}, {@code 1.2. title}): the number, then the title. Digits may be
     * full-width ({@code １．}, {@code （２）}, {@code Ｑ３：}). A dotted number followed by a space is
     * still a number (a plain {@code 2023 年} is not); the possessive match keeps {@code 1.2 title} from reading as
     * number 1, title "2 title".
     */
    private static final Pattern NUMBERED = Pattern.compile("^" + NUMBER_MARK + "[ \\t]*(?<title>.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /**
     * A question heading's number in Chinese numerals ({@code ## 三、单例模式} over its {@code **题目：**}): not read
     * as a number by {@link #NUMBERED}, where {@code ## 一、基础} over numbered questions is a section, but no part
     * of the title of a heading that is a question.
     */
    private static final Pattern CHINESE_NUMBER = Pattern.compile(
            "^([" + ChineseNumerals.DIGITS + "]{1,4})[ \\t]*[、.．][ \\t\\u3000]*(?=\\S)");
    /**
     * A heading that only counts the questions, asking nothing: {@code Question 1}, {@code Problem 3},
     * {@code 题目 2}, {@code 第 5 题}. Group 1 is the number.
     */
    private static final Pattern COUNTED_ONLY = Pattern.compile(
            "(?i)^(?:question|problem|exercise|q|题目|问题|试题|第)[ \\t]*#?[ \\t]*([0-9]{1,4})[ \\t]*题?[ \\t]*[:：.]?$");
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+\\S");
    /** An unnumbered heading that asks: it ends with a question mark. */
    private static final Pattern ASKING_HEADING_LINE = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+\\S[^\\n]*[？?]"
            + "(?:[ \\t\\u3000]+#[\\p{L}\\p{N}][^\\s#]*)*[ \\t\\u3000#]*$");
    /**
     * Hashtags after a heading's question mark ({@code ## What is a CDN? #network #web}), as notes apps tag a block:
     * the question's tags, not part of what it asks; group 1 the tags.
     */
    private static final Pattern TRAILING_HASHTAGS = Pattern.compile(
            "(?<=[？?])((?:[ \\t\\u3000]+#[\\p{L}\\p{N}][\\p{L}\\p{N}_+.\\-/]*)+)[ \\t\\u3000]*$");
    private static final Pattern NUMBERED_HEADING_LINE =
            Pattern.compile("(?im)^[ \\t]{0,3}#{1,6}[ \\t]+" + NUMBER_MARK);
    /** An unindented numbered line ({@code 2、}, {@code 2.}, {@code (2)}): a list item, not a heading. */
    private static final Pattern NUMBERED_ITEM_LINE = Pattern.compile("(?:\\*\\*)?(?:[0-9]{1,4}[.、．)）]|[（(][0-9]{1,4}[)）])");
    private static final Pattern DETAILS_TAG = Pattern.compile("(?i)(?:<details[^>]*>|</details>)");
    /**
     * A heading whose text opens with a hash of its own, {@code ## # 1. Basics}, as GitHub READMEs of {@code ## Q. …}
     * questions title their parts: group 1 the part's title, its number gone.
     */
    private static final Pattern HASHED_PART = Pattern.compile("#{1,6}+[ \\t]++(?:[0-9]{1,3}[.、)][ \\t]*+)?(\\S.*+)");
    /** A tag; it holds no {@code <}, so a run of them is no search from each to the line's end. */
    private static final Pattern HTML_TAG = Pattern.compile("<[^<>\n]*+>");
    /** An Obsidian callout's first line naming a label: {@code > [!note]- 答案}, {@code > [!tip]+ Answer:}. */
    private static final Pattern CALLOUT = Pattern.compile("[ \\t]{0,3}>[ \\t]*\\[![A-Za-z-]+\\][-+]?[ \\t]*"
            + "(?:\\*\\*)?(?<word>[^\\s*：:]{1,12})(?:\\*\\*)?[ \\t]*[：:]?[ \\t]*(?=\\r?\\n|$)");
    /**
     * A block quote opened by a label, alone on its line or before text ({@code > 答案}, {@code > 答案：…},
     * {@code > **Answer:** …}), as notes set an answer apart: the section the label names, as a callout's.
     */
    private static final Pattern QUOTED_LABEL = Pattern.compile("[ \\t]{0,3}>[ \\t]*(?:\\*\\*)?(?<word>[^\\s*：:>]{1,12})"
            + "(?:\\*\\*)?[ \\t]*(?:[：:](?:\\*\\*)?[ \\t]*|(?=\\r?\\n|$))");
    /**
     * An Obsidian callout that asks ({@code > [!question] 什么是自注意力？}, also {@code faq}, {@code help}): group
     * {@code title} the question.
     */
    private static final Pattern QUESTION_CALLOUT = Pattern.compile("[ \\t]{0,3}>[ \\t]*\\[!(?i:question|faq|help)\\]"
            + "[-+]?[ \\t]+(?<title>[^\\n]*\\S)[ \\t]*(?=\\r?\\n|$)");
    private static final Pattern QUESTION_CALLOUT_LINE = Pattern.compile("(?m)^" + QUESTION_CALLOUT.pattern());
    /** Obsidian's comments, {@code %%hidden%%}: not shown, so not imported. */
    private static final Pattern COMMENT = Pattern.compile("(?s)%%.*?%%");
    /** The quote marker opening a line of a block quote. */
    private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
    /**
     * A {@code <summary>} that only says to open it: {@code 点击展开}, {@code Click to expand}, {@code Show}, also after a
     * marker, {@code 👉 Click}.
     */
    private static final Pattern REVEAL = Pattern.compile("(?i)[\\p{P}\\p{So}\\s\\uFE0F]*(?:点击|点我|click(?: here)?(?: to)?)?[ \\t]*"
            + "(?:查看|展开|显示|expand|show|view|see|reveal|toggle)?[ \\t]*(?:详情|更多|全部|内容|more|details?|content)?"
            + "[\\p{P}\\s]*");
    /** Any ATX heading or setext underline: a necessary condition for a question heading. */
    private static final Pattern ANY_HEADING =
            Pattern.compile("(?m)^ {0,3}(?:#{1,6}(?:[ \\t]|$)|=+[ \\t]*$|-+[ \\t]*$)");
    private static final int SNIFF_CHARS = 64 * 1024;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .inlineParserFactory(new HeadingInlinesOnly())
            .build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Markdown Q&A: '### N. title' headings with **题目：** / **答案：** / **解析：** sections "
                + "(and variants: 问题, 参考答案, 解释, Question, Answer, Explanation; bold or plain)";
    }

    /**
     * Bold section labels at the start of lines (or {@code <summary>Answer</summary>}) are what makes this format;
     * headings over them make it near certain. Plain labels ({@code 答案：}) also start prose lines, so they count
     * only under numbered question headings, and less, unless every such heading has one. Without any label, two
     * numbered headings ({@code ## 1. q}) still make a Q&A document whose answers follow the headings unlabelled; the shapes that outscore it (chapter
     * lists, Notion pages, tables) own such files, and a plain numbered list has no headings.
     */
    @Override
    public double sniff(SourceDocument doc) {
        // code blocks blanked, setext headings as '#' ones: a "Q:" or "## 1." in code is no label or heading;
        // <h3>q</h3> lines as the '###' headings they show
        String atx = ListedHeadings.asHeadings(HtmlHeadings.asAtx(PARSER, DocSiteBlocks.asHtml(
                doc.text().length() > SNIFF_CHARS ? doc.text().substring(0, SNIFF_CHARS) : doc.text())));
        String head = MarkdownLines.forScanning(atx);
        long askingHeadings = Reader.askingHeadings(head) + TaskHeadings.of(atx).size();
        long labels = SectionLabel.LINE.matcher(head).results().count()
                + SectionLabel.SUMMARY.matcher(head).results().count();
        if (labels > 0 && onlyExplanationLabels(head) && NUMBERED_HEADING_LINE.matcher(head).results().count() == 0
                && askingHeadings == 0) {
            // 【解析】/**解析：** after answers only says where an explanation starts, not which headings are
            // questions: a Notion page's "Q1：" paragraphs under "# 初级" with such lines is no Q&A document
            labels = 0;
        }
        if (labels == 0) {
            if (SectionLabel.QUESTION_SUMMARY.matcher(head).results().count() >= 2) {
                return 0.8; // questions as <summary>, answers inside their <details>
            }
            if (QUESTION_CALLOUT_LINE.matcher(head).results().count() >= 2) {
                return 0.8; // Obsidian: questions as "> [!question] title" callouts, answers inside
            }
            long plainLabels = SectionLabel.PLAIN_LINE.matcher(head).results().count();
            long numberedHeadings = NUMBERED_HEADING_LINE.matcher(head).results().count();
            if (numberedHeadings == 0 && Reader.pairs(head) >= 2) {
                return 0.7; // 问：/答： or Q:/A: pairs, no question headings
            }
            if (plainLabels >= 2 && numberedHeadings > 0) {
                // a plain label under every numbered heading ("## Q1：title" then "答：..."): surer than the
                // Notion reading of such headings, which would keep the labels in the answer
                return plainLabels >= numberedHeadings ? 0.75 : 0.5;
            }
            // numbered question headings with their answers written right under them, no labels at all; or
            // unnumbered headings that ask ("### 什么是梯度下降？")
            return numberedHeadings >= 2 || askingHeadings >= 2 ? 0.4 : 0;
        }
        boolean headings = HEADING_LINE.matcher(head).find();
        if (headings && Reader.unaskedAnswers(head)) {
            return 0.3; // answers under something else than headings or prompts: a numbered list's, say
        }
        if (!headings) {
            return Reader.pairs(head) >= 2 ? 0.8 : 0.3; // **问题：**/**答案：** pairs without headings
        }
        return labels >= 2 ? 0.95 : 0.6;
    }

    /** Whether every bold or bracketed label line is an explanation label, and there is no collapsed answer. */
    private static boolean onlyExplanationLabels(String head) {
        if (SectionLabel.SUMMARY.matcher(head).find()) {
            return false;
        }
        Matcher m = SectionLabel.LINE.matcher(head);
        while (m.find()) {
            if (SectionLabel.of(SectionLabel.word(m)).orElse(null) != SectionLabel.EXPLANATION) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        // a PDF's "- 7 -" between a question's heading and its label would part the two: blank, and counted
        PageNumbers pages = new PageNumbers();
        SourceDocument plain = pages.blankNamed(FrontMatter.blanked(doc, warnings));
        plain = plain.withText(DocSiteBlocks.asHtml(plain.text()));
        SourceDocument source = HtmlHeadings.document(PARSER, plain);
        source = source.withText(ListedHeadings.asHeadings(source.text()));
        AsideCallouts callouts = AsideCallouts.of(PARSER, source.text());
        Reader reader = new Reader(callouts.document(source), questions, warnings);
        reader.callouts = callouts;
        reader.pages = pages;
        reader.read();
    }

    /** A labelled section's place in the source: from after its label to the end of its last block. */
    private static final class Range {
        final int start;
        int end;
        /** The section is the inside of a quote (an Obsidian callout): its lines lose their {@code >}. */
        boolean quoted;
        /** The section is a Notion callout's content (see {@link AsideCallouts}): its lines become a quote. */
        boolean callout;
        /** Text the section holds instead of a range of the source: a collapsed block's summary as a bold line. */
        String literal;

        Range(int start, int end) {
            this.start = start;
            this.end = end;
        }
    }

    /** The question being collected. */
    private static final class Pending {
        final String number;
        final String title;
        final int line;
        String section;
        final int level;
        /**
         * True when the question is its prompt ({@code **Q：** text}) rather than its heading: one of several Q/A
         * pairs under a heading that is then their section ({@code ## 基础}, then {@code **Q：**}/{@code **A：**} pairs).
         */
        boolean titleFromPrompt;
        /** The line of the first prompt label, 0 before one. */
        int promptLine;
        final Map<SectionLabel, List<Range>> sections = new EnumMap<>(SectionLabel.class);
        Range open;
        /** The link the title was written as ({@code ### [title](url)}), or null. */
        String url;
        /** A level written after the title ({@code 【简单】}); a {@code 难度：} line overrides it. */
        Difficulty titleLevel;
        /** The kind of {@link #open}; after a metadata line, the text section that goes on below it. */
        SectionLabel openKind;
        /** Collapsed blocks ({@code <details>} with a summary that is no question) open in the text. */
        int folds;
        /** The question was asked by a {@code <summary>} and its {@code </details>} is still to come. */
        boolean detailsOpen;
        /**
         * Its {@code </details>} came, or it was a question callout with its answer inside: unlabelled text after it
         * is outside the question (see {@link Reader#outside}).
         */
        boolean detailsClosed;
        /** Text outside the question was warned about. */
        boolean outsideWarned;

        Pending(String number, String title, int line, String section, int level) {
            this.level = level;
            this.number = number;
            this.title = title;
            this.line = line;
            this.section = section;
        }

        /** The line of the last rule under the question (0: none since its last label), and the text open there. */
        int ruleLine;
        Range openAtRule;
        int endAtRule;

        void openSection(SectionLabel label, int start, int end) {
            ruleLine = 0; // a labelled section after a rule is the question's, whatever the rule meant
            Range range = new Range(start, end);
            sections.computeIfAbsent(label, k -> new ArrayList<>()).add(range);
            if (label.isMetadata()) {
                open = null; // a 难度：/标签： line holds its value only; text below it goes on with openKind
                return;
            }
            open = range;
            openKind = label;
        }

        /** The section text goes on in: the open one's, or {@code unlabelled} before any. */
        SectionLabel textKind(SectionLabel unlabelled) {
            return openKind != null ? openKind : unlabelled;
        }
    }

    private static final class Reader {
        private final SourceDocument doc;
        private final String text;
        private final Matcher labelMatcher;
        private final Consumer<Question> out;
        private final Consumer<Diagnostic> warnings;
        /** Enclosing headings that are not questions, innermost last: level and text. */
        private final Deque<Map.Entry<Integer, String>> sections = new ArrayDeque<>();
        private Pending current;
        private int emitted;
        private boolean ignoredIntro;
        /** The last heading that asks no question (a section: 贡献指南, License), its title, and the one warned of. */
        private int sectionLine;
        private String sectionTitle;
        private int warnedSection;
        private final TableOfContents toc = new TableOfContents();
        private PageNumbers pages = new PageNumbers();
        /** Whether the headings group the questions by level ({@code ## Basic}, {@code ## Advanced}). */
        private final LevelSections levels;
        /**
         * What text under a heading before any label is: the prompt where the document labels its sections (the
         * answer then has its own label), the answer where it has no labels at all ({@code ## 1. q} then the answer).
         */
        private final SectionLabel unlabelled;
        /** The document files Q/A pairs under section headings (see {@link #pairsUnderHeadings}). */
        private final boolean pairsUnderHeadings;
        /**
         * The document, which has no labels, asks its questions in unnumbered headings ({@code ### 什么是梯度下降？}
         * then the answer): a heading that ends with a question mark is a question (see {@link #askingHeadings}).
         */
        private final boolean askingHeadings;
        /**
         * The lines of the headings that ask without a question mark: by a level circle (see {@link #circleHeadings})
         * or by stating a task over its code ({@link TaskHeadings}).
         */
        private final Set<Integer> unmarkedQuestions;
        /** The document is Q/A pairs that no question heading opens (see {@link #pairs}). */
        private final boolean pairsAtTop;
        /** The line of the document's title heading (see {@link DocumentTitle}), 0 for none; and its text, once read. */
        private final int documentTitle;
        private String documentTitleText;
        /** The document's Notion callouts, their tags already out of {@link #text}; the one last quoted. */
        AsideCallouts callouts = AsideCallouts.NONE;
        private AsideCallouts.Region quotedCallout;

        Reader(SourceDocument doc, Consumer<Question> out, Consumer<Diagnostic> warnings) {
            this.doc = doc;
            this.text = doc.text(); // front matter already emptied by read()
            this.labelMatcher = SectionLabel.AT_LINE_START.matcher(text);
            this.out = out;
            this.warnings = warnings;
            this.levels = LevelSections.of(doc);
            // how the document is written, decided on its text outside code blocks: a few-shot prompt's "Q:"/"A:"
            // lines in an answer's code do not make it a labelled document
            String prose = MarkdownLines.forScanning(text);
            boolean labelled = SectionLabel.LINE.matcher(prose).find() || SectionLabel.PLAIN_LINE.matcher(prose).find()
                    || SectionLabel.SUMMARY.matcher(prose).find();
            // headings that ask without a question mark: by a level circle, or by stating a task over its code
            Set<Integer> tasks = labelled ? Set.of() : TaskHeadings.of(text);
            Set<Integer> unmarked = new HashSet<>(tasks);
            if (!labelled) {
                unmarked.addAll(circleHeadings(prose));
            }
            this.unmarkedQuestions = unmarked;
            this.askingHeadings = !labelled && askingHeadings(prose) + tasks.size() >= 2;
            this.unlabelled = labelled ? SectionLabel.PROMPT : SectionLabel.ANSWER;
            this.pairsUnderHeadings = labelled && pairsUnderHeadings(prose);
            this.pairsAtTop = labelled && pairs(prose) >= 2;
            this.documentTitle = DocumentTitle.line(text);
        }

        /**
         * Whether the answer labels outnumber the headings and there is no prompt label: then the questions are not
         * the headings but lines of another shape ({@code 1. question} then a collapsed
         * {@code <summary>Answer</summary>}).
         */
        static boolean unaskedAnswers(String text) {
            long answers = 0;
            Matcher label = SectionLabel.ANY_LINE.matcher(text);
            while (label.find()) {
                SectionLabel kind = SectionLabel.of(SectionLabel.word(label)).orElse(null);
                if (kind == SectionLabel.PROMPT) {
                    return false;
                }
                answers += kind == SectionLabel.ANSWER ? 1 : 0;
            }
            Matcher summary = SectionLabel.SUMMARY.matcher(text);
            while (summary.find()) {
                answers += SectionLabel.of(summary.group("word")).orElse(null) == SectionLabel.ANSWER ? 1 : 0;
            }
            return answers > HEADING_LINE.matcher(text).results().count() || listItemsAnswered(text);
        }

        /**
         * Whether one heading's part holds two answer labels (or collapsed answers) with a numbered line between them:
         * the answers then belong to a list's items under a section heading ({@code ## 一、CNN}, {@code 1、question},
         * {@code **答：**…}, {@code 2、question}, {@code **答：**…}), as a Word document's lists and GitHub READMEs'
         * {@code 1. **What is X?**} over {@code <details><summary>Answer</summary>} read, not to the heading.
         */
        private static boolean listItemsAnswered(String text) {
            int answers = 0;
            boolean itemAfterAnswer = false;
            for (String line : (Iterable<String>) text.lines()::iterator) {
                if (HEADING_LINE.matcher(line).lookingAt()) {
                    answers = 0;
                    itemAfterAnswer = false;
                    continue;
                }
                Matcher label = SectionLabel.ANY_LINE.matcher(line);
                Matcher summary = SectionLabel.SUMMARY.matcher(line);
                // a collapsed answer (<details><summary>Answer</summary>) under a list's item answers it the same way
                boolean collapsed = summary.find() && SectionLabel.of(summary.group("word")).orElse(null) == SectionLabel.ANSWER;
                if (collapsed || label.lookingAt()) {
                    if (collapsed || SectionLabel.of(SectionLabel.word(label)).orElse(null) == SectionLabel.ANSWER) {
                        if (answers > 0 && itemAfterAnswer) {
                            return true;
                        }
                        answers++;
                        itemAfterAnswer = false;
                    }
                } else if (answers > 0 && NUMBERED_ITEM_LINE.matcher(line).lookingAt()) {
                    itemAfterAnswer = true;
                }
            }
            return false;
        }

        /** The headings that ask: with a question mark, or a level circle (see {@link #circleHeadings}). */
        static long askingHeadings(String text) {
            return ASKING_HEADING_LINE.matcher(text).results().count() + circleHeadings(text).size();
        }

        /**
         * The lines (1-based) of the headings that end in a level circle, not a question mark, and have no heading
         * under them: a README of question headings marks each one's level so ({@code ### Explain closures 🟡}, as its
         * legend says). A heading with sub-headings under it is a section, whatever it ends in ({@code ## Done 🟢}).
         */
        static Set<Integer> circleHeadings(String text) {
            Set<Integer> lines = new HashSet<>();
            int circled = 0; // the line of the last circled heading not yet known to have no heading under it
            int circledLevel = 0;
            int lineNo = 0;
            for (String line : (Iterable<String>) text.lines()::iterator) {
                lineNo++;
                Matcher h = line.indexOf('#') < 0 ? null : MarkdownLines.HEADING.matcher(line);
                if (h == null || !h.matches()) {
                    continue;
                }
                int level = h.group(1).length();
                if (circled > 0 && level <= circledLevel) {
                    lines.add(circled);
                }
                boolean ends = LevelLabels.endsInCircle(h.group(2));
                circled = ends ? lineNo : 0;
                circledLevel = level;
            }
            if (circled > 0) {
                lines.add(circled);
            }
            return lines;
        }

        /**
         * How many prompt labels are followed by an answer label, bold or plain ({@code 问：} then {@code 答：},
         * {@code Q:} then {@code A:}), before the next prompt: the Q/A pairs of notes written without headings.
         */
        static long pairs(String text) {
            Matcher label = SectionLabel.ANY_LINE.matcher(text);
            long pairs = 0;
            boolean prompted = false;
            while (label.find()) {
                SectionLabel kind = SectionLabel.of(SectionLabel.word(label)).orElse(null);
                if (kind == SectionLabel.PROMPT) {
                    // "Q: question? A: answer" on one line is a whole pair
                    int lineEnd = text.indexOf('\n', label.end());
                    boolean inline = AnswerLines.inlineLabel(text, label.end(), lineEnd < 0 ? text.length() : lineEnd)
                            .isPresent();
                    pairs += inline ? 1 : 0;
                    prompted = !inline;
                } else if (kind == SectionLabel.ANSWER && prompted) {
                    pairs++;
                    prompted = false;
                }
            }
            return pairs;
        }

        /**
         * Whether some heading holds more than one prompt/answer pair ({@code ## 基础}, then {@code **Q：**} ...
         * {@code **A：**} ... {@code **Q：**}): then an unnumbered heading over labelled pairs is a section and each
         * pair a question, even under a heading that holds one pair. Decided for the whole document first, so
         * every heading of one document reads the same way. Two linear scans of the text.
         */
        private static boolean pairsUnderHeadings(String text) {
            Matcher heading = HEADING_LINE.matcher(text);
            Matcher label = SectionLabel.LINE.matcher(text);
            int nextHeading = heading.find() ? heading.start() : Integer.MAX_VALUE;
            boolean prompted = false;
            boolean answered = false;
            while (label.find()) {
                while (nextHeading < label.start()) {
                    prompted = false;
                    answered = false;
                    nextHeading = heading.find() ? heading.start() : Integer.MAX_VALUE;
                }
                SectionLabel kind = SectionLabel.of(SectionLabel.word(label)).orElse(null);
                if (kind == SectionLabel.PROMPT) {
                    if (prompted && answered) {
                        return true;
                    }
                    prompted = true;
                    answered = false;
                } else if (kind == SectionLabel.ANSWER && prompted) {
                    answered = true;
                }
            }
            return false;
        }

        void read() {
            // questions are headings, summaries or prompt labels: without any there is nothing to parse for
            if (!ANY_HEADING.matcher(text).find() && !SectionLabel.QUESTION_SUMMARY.matcher(text).find() && !pairsAtTop
                    && !QUESTION_CALLOUT_LINE.matcher(text).find()) {
                throw noQuestions();
            }
            MarkdownLimits.checkNesting(doc);
            // In pieces that start at headings (see MarkdownPieces): a question's look-ahead from its heading to
            // its labels stays within one piece, and no piece's tree outlives a young collection.
            MarkdownPieces.parse(PARSER, text, MarkdownPieces.Cut.HEADINGS, piece -> {
                List<Node> blocks = new ArrayList<>();
                for (Node b = piece.getFirstChild(); b != null; b = b.getNext()) {
                    if (!b.getSourceSpans().isEmpty()) {
                        blocks.add(b);
                    }
                }
                readBlocks(blocks);
            });
            leaveOutFooter();
            leaveOutPlatformLines();
            leaveOutReadersNote();
            flush();
            if (emitted == 0) {
                throw noQuestions();
            }
            pages.report(doc.file(), warnings);
            toc.report(doc.file(), warnings);
        }

        private void readBlocks(List<Node> blocks) {
            for (int i = 0; i < blocks.size(); i++) {
                Node block = blocks.get(i);
                if (block instanceof Heading heading) {
                    if (current != null && heading.getLevel() > current.level
                            && !NUMBERED.matcher(inlineSource(heading).strip()).matches()) {
                        extend(start(block), end(block)); // a sub-heading inside an answer is part of it
                        continue;
                    }
                    if (isPartTitle(current, heading)) {
                        // the question heading just read was a part of the document: "## 1. 基础篇" over
                        // "### 1.1 title"; decided here, not by looking ahead, since the next heading may start the
                        // next piece
                        sections.addLast(Map.entry(current.level, current.title));
                        current = null;
                    }
                    flush();
                    onHeading(heading, ownsLabel(blocks, i));
                    continue;
                }
                if (block instanceof Paragraph && mediumHighlight(start(block), end(block))) {
                    // Medium's label over the paragraph readers highlighted most: the page's, no word of the answer
                    warnings.accept(Diagnostic.warning("page-furniture", doc.file(), line(block), 0, "'"
                            + text.substring(start(block), end(block)).strip() + "' is the blog platform's label over "
                            + "the paragraph below it, no part of any answer; not imported"));
                    continue;
                }
                if ((block instanceof ListBlock || block instanceof Paragraph || block instanceof HtmlBlock)
                        && TableOfContents.isBlock(text.substring(start(block), end(block)))) {
                    // a table of contents or 'back to top' link: neither a question nor its answer, and a part
                    // heading over its part's contents stays a part
                    toc.leftOut(line(block), lastLine(block));
                    continue;
                }
                if (current != null && block instanceof HtmlBlock && details(block)) {
                    continue;
                }
                if (current != null && text.startsWith("<a", start(block))
                        && YuqueMarkup.anchorsOnly(text.substring(start(block), end(block)))) {
                    // the next heading's empty anchor shows nothing; taken as answer text it stretched the answer
                    // back over a 'back to top' line left out above it
                    continue;
                }
                if (block instanceof HtmlBlock && detailsQuestion(block)) {
                    continue;
                }
                if (block instanceof BlockQuote && calloutQuestion(block)) {
                    continue;
                }
                if (block instanceof Paragraph && (current == null || current.detailsClosed) && cardLines(block)) {
                    continue;
                }
                if (current != null && (block instanceof HtmlBlock && folded(block) || calloutQuoted(block))) {
                    continue;
                }
                if (current != null && block instanceof BlockQuote && callout(block)) {
                    continue;
                }
                List<Label> labels = labels(block);
                if (current == null && pairsAtTop && !labels.isEmpty() && labels.get(0).kind() == SectionLabel.PROMPT) {
                    // 问：/答： pairs with no question heading over them: each prompt opens a question (see
                    // nextPairUnderHeading), filed under the heading above, if any; a heading ends the pairs
                    String section = sections.isEmpty() || sections.peekLast().getValue().isBlank()
                            ? null : sections.peekLast().getValue();
                    current = new Pending(null, "", labels.get(0).line, section,
                            sections.isEmpty() ? 6 : sections.peekLast().getKey());
                    current.titleFromPrompt = true;
                }
                if (current == null) {
                    // a plain "说明：" before any question is prose of the introduction; a bold label is misplaced
                    labels = labels.stream().filter(l -> !l.plain() && !l.kind().isMetadata()).toList();
                    if (!labels.isEmpty()) {
                        throw new QbankException(Diagnostic.error("label-outside-question", doc.file(),
                                labels.get(0).line, 0, "a '" + labels.get(0).word + "' section before any question"
                                        + " heading; add a heading such as '### 1. title' above it"));
                    }
                    // an empty anchor (<a name="q1"></a>) before a heading shows nothing: no text is left out
                    boolean shows = !(block instanceof ThematicBreak)
                            && !YuqueMarkup.anchorsOnly(text.substring(start(block), end(block)));
                    if (shows && emitted > 0 && sectionLine > 0) {
                        outsideSection(block);
                        continue;
                    }
                    if (!ignoredIntro && shows) {
                        ignoredIntro = true; // said once: an introduction is normal, but nothing goes unmentioned
                        warnings.accept(Diagnostic.warning("preamble", doc.file(), line(block), 0,
                                "text outside any question (before the first question heading or under a section heading) "
                                        + "is not imported"));
                    }
                    continue;
                }
                if (block instanceof ThematicBreak) {
                    // a separator between questions, not content; remembered in case only a page footer follows
                    current.ruleLine = line(block);
                    current.openAtRule = current.open;
                    current.endAtRule = current.open == null ? 0 : current.open.end;
                    continue;
                }
                if (labels.isEmpty()) {
                    if (current.detailsClosed) {
                        outside(block);
                        continue;
                    }
                    extend(start(block), end(block));
                    continue;
                }
                // a paragraph may hold several labelled lines ("**题目：**...\n**答案：**..."): split it there
                List<SourceSpan> lines = block.getSourceSpans();
                if (labels.get(0).span > 0) {
                    extend(start(block), endOf(lines.get(labels.get(0).span - 1)));
                }
                for (int k = 0; k < labels.size(); k++) {
                    Label label = labels.get(k);
                    if (label.kind == SectionLabel.PROMPT && holdsAPair(current)) {
                        nextPairUnderHeading(label);
                    }
                    if (label.kind == SectionLabel.PROMPT && current.promptLine == 0) {
                        current.promptLine = label.line;
                    }
                    Label next = k + 1 < labels.size() ? labels.get(k + 1) : null;
                    if (next != null && next.span == label.span) {
                        // an answer label on the prompt's line ("Q: question? A: answer"): the prompt ends before it
                        current.openSection(label.kind, label.contentStart, labelStart(next));
                        continue;
                    }
                    int lastLine = next != null ? next.span - 1 : lines.size() - 1;
                    current.openSection(label.kind, label.contentStart, sectionEnd(label, lastLine, lines));
                }
            }
        }

        /** Where the label written after the prompt on its line starts: the end of the prompt's text before it. */
        private int labelStart(Label inline) {
            int start = text.lastIndexOf(inline.word, inline.contentStart);
            while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            return start;
        }

        /**
         * Where a section opened by {@code label} and running to line {@code lastLine} of its block ends: the end of
         * that line, or, when the whole line is in bold with its label ({@code **Q: question**}) and the section is
         * that line, before the closing bold.
         */
        private int sectionEnd(Label label, int lastLine, List<SourceSpan> lines) {
            int end = endOf(lines.get(lastLine));
            if (!label.wrapped || lastLine != label.span) {
                return end;
            }
            int close = end;
            while (close > label.contentStart && Character.isWhitespace(text.charAt(close - 1))) {
                close--;
            }
            boolean bold = close - 2 >= label.contentStart
                    && (text.startsWith("**", close - 2) || text.startsWith("__", close - 2));
            return bold ? close - 2 : end;
        }

        /**
         * Whether {@code q} already holds a whole prompt/answer pair under an unnumbered heading, so that another
         * prompt label starts another question: {@code ## 基础} over {@code **Q：**}/{@code **A：**} pairs. (Under
         * a numbered heading the heading is the question, and a second prompt stays part of it.)
         */
        private static boolean holdsAPair(Pending q) {
            return q.number == null && q.sections.containsKey(SectionLabel.PROMPT)
                    && q.sections.containsKey(SectionLabel.ANSWER);
        }

        /**
         * Ends the pair collected so far and opens a question at {@code label}. The first time under a heading, the
         * heading turns out to be a section: it becomes the pairs' topic, and the first pair, filed under the
         * heading's title until now, becomes a question asked by its prompt.
         */
        private void nextPairUnderHeading(Label label) {
            Pending done = current;
            if (!done.titleFromPrompt) {
                sections.addLast(Map.entry(done.level, done.title));
                done.section = done.title;
                done.titleFromPrompt = true;
            }
            flush();
            current = new Pending(null, done.title, label.line, done.section, done.level);
            current.titleFromPrompt = true;
        }

        private QbankException noQuestions() {
            return new QbankException(Diagnostic.error("no-questions", doc.file(), 1, 0,
                    "no question headings ('### 1. title' followed by **题目：**/**答案：**) found; "
                            + "check the file or choose another format with --format"));
        }

        private void onHeading(Heading heading, boolean ownsLabel) {
            Matcher part = HASHED_PART.matcher(inlineSource(heading));
            if (part.matches()) {
                // "## # 1. Neural network basics" over "## Q. What is X?": a part of the README, over the questions
                // of its own level (a question heading there would otherwise end it at once)
                int level = heading.getLevel() - 1;
                while (!sections.isEmpty() && sections.peekLast().getKey() >= level) {
                    sections.removeLast();
                }
                sectionLine = line(heading);
                sectionTitle = EmphasisStripper.strip(part.group(1)).strip();
                sections.addLast(Map.entry(level, sectionTitle));
                return;
            }
            while (!sections.isEmpty() && sections.peekLast().getKey() >= heading.getLevel()) {
                sections.removeLast();
            }
            // the title as asked: emphasis markers removed, every character kept (same rule as Notion questions)
            String title = EmphasisStripper.strip(inlineSource(heading)).strip();
            if (line(heading) == documentTitle) {
                documentTitleText = title; // the bank's title: questions under it get no topic from it
            }
            Matcher m = NUMBERED.matcher(title);
            boolean numbered = m.matches();
            String asked = FrequencyMarks.without(TRAILING_HASHTAGS.matcher(title).replaceFirst(""));
            boolean asks = askingHeadings && (asked.endsWith("？") || asked.endsWith("?")
                    || unmarkedQuestions.contains(line(heading)));
            if (!numbered && !ownsLabel && !asks) {
                sectionLine = line(heading);
                sectionTitle = title;
                // "## 目录" files nothing: the questions after it are not in it; nor does "## 前言" (see
                // SectionTitle.introduces): the questions under or after it are in the section over it, if any
                if (!TableOfContents.isTitle(title) && !SectionTitle.introduces(title)) {
                    sections.addLast(Map.entry(heading.getLevel(), title));
                }
                return;
            }
            if (!numbered && (pairsUnderHeadings || line(heading) == documentTitle)) {
                // a section over Q/A pairs: each prompt label will open a question (see nextPairUnderHeading); the
                // bank's title (# 面试题) over a pair asks nothing either: the pair's prompt does
                sections.addLast(Map.entry(heading.getLevel(), title));
                current = new Pending(null, title, line(heading), title, heading.getLevel());
                current.titleFromPrompt = true;
                return;
            }
            openQuestion(title, line(heading), heading.getLevel());
        }

        /** Opens the question a heading or a {@code <summary>} asks: its number, title and level taken apart. */
        private void openQuestion(String title, int line, int level) {
            Matcher m = NUMBERED.matcher(title);
            boolean numbered = m.matches();
            String number = numbered ? number(m) : null;
            String question = numbered ? m.group("title").strip() : title;
            Matcher chinese = CHINESE_NUMBER.matcher(question);
            if (!numbered && chinese.find() && ChineseNumerals.value(chinese.group(1)) > 0) {
                number = String.valueOf(ChineseNumerals.value(chinese.group(1))); // "## 三、单例模式": question 3
                question = question.substring(chinese.end());
            }
            // "## 问：…" / "## Q: …": the heading says it is a question; the label is no part of what it asks
            question = SectionLabel.withoutPromptLabel(question);
            // a linked title ("[What is X?](url)") is asked by its words; the link is where it comes from
            String url = NoteMarkup.wholeLinkUrl(question);
            question = NoteMarkup.plain(question).strip();
            // a level in brackets after the title ("…？【简单】") is its difficulty, not part of what it asks
            String asked = question;
            Optional<DifficultyWords.Trailing> trailing = DifficultyWords.trailing(question).or(() -> LevelLabels
                    .headingCircle(asked).map(c -> new DifficultyWords.Trailing(c.question(), c.difficulty(), List.of())));
            if (trailing.isPresent()) {
                question = trailing.get().question();
            }
            Matcher hashtags = TRAILING_HASHTAGS.matcher(question);
            String titleTags = hashtags.find() ? hashtags.group(1).strip() : null;
            if (titleTags != null) {
                question = question.substring(0, hashtags.start()).strip();
            }
            // the companies labelled beside the title ("[Google]", see LevelLabels) are tags as hashtags are
            List<String> labelled = trailing.map(DifficultyWords.Trailing::tags).orElse(List.of());
            if (!labelled.isEmpty()) {
                titleTags = (titleTags == null ? "" : titleTags + ", ") + String.join(", ", labelled);
            }
            Matcher counted = COUNTED_ONLY.matcher(question);
            // "### Question 1" / "## 第 1 题" over "**题目：** …": the heading only counts; its prompt label asks
            boolean onlyCounts = counted.matches() || question.isEmpty() && number != null
                    && unlabelled == SectionLabel.PROMPT;
            if (question.isEmpty() && !onlyCounts) {
                throw new QbankException(Diagnostic.error("empty-question", doc.file(), line, 0,
                        "question heading has no title; write the question after the number"));
            }
            String section = sections.isEmpty() || sections.peekLast().getValue().isBlank()
                    ? null : sections.peekLast().getValue();
            current = new Pending(number != null || !counted.matches() ? number : counted.group(1),
                    onlyCounts ? "" : question, line, section, level);
            current.titleLevel = trailing.map(DifficultyWords.Trailing::difficulty).orElse(null);
            current.url = url;
            current.titleFromPrompt = onlyCounts;
            if (titleTags != null) {
                Range tags = new Range(0, 0);
                tags.literal = titleTags;
                current.sections.computeIfAbsent(SectionLabel.TAGS, k -> new ArrayList<>()).add(tags);
            }
        }

        /**
         * A {@code <details>} block whose {@code <summary>} asks a question, as GitHub lists write them
         * ({@code <details><summary>1. What is X?</summary>answer</details>}): the question, with the rest of the
         * block as its answer; whether it was one. Under a question heading only a numbered summary or one ending
         * with a question mark asks one: another ({@code Show the code}) is part of that answer. A summary that only
         * says "click to expand" wraps the answer of the question above it.
         */
        private boolean detailsQuestion(Node block) {
            if (summary(block) != null) {
                return false; // <summary>Answer</summary>: a label (see details)
            }
            String html = text.substring(start(block), end(block));
            Matcher q = SectionLabel.QUESTION_SUMMARY.matcher(html);
            if (!q.find()) {
                return false;
            }
            String title = EmphasisStripper.strip(HTML_TAG.matcher(q.group("text")).replaceAll("")).strip()
                    .replaceAll("\\s+", " ");
            int close = html.toLowerCase(Locale.ROOT).indexOf("</details>", q.end());
            int from = start(block) + q.end();
            int to = start(block) + (close < 0 ? html.length() : close);
            if (REVEAL.matcher(title).matches()) {
                if (current == null) {
                    return false;
                }
                current.openSection(SectionLabel.ANSWER, from, to);
                return true;
            }
            // a summary marked with a level asks, as a question mark does ("🔴 Explain the GMP model.")
            boolean asks = NUMBERED.matcher(title).matches() || asks(title)
                    || LevelLabels.of(title).filter(m -> m.difficulty() != null).isPresent();
            if (title.isEmpty() || current != null && !asks) {
                return false;
            }
            flush();
            // deeper than any heading: the next heading ends the question
            openQuestion(title, line(block), 7);
            current.openSection(SectionLabel.ANSWER, from, to);
            current.detailsOpen = close < 0;
            current.detailsClosed = close >= 0;
            return true;
        }

        /** The heading's number as plain digits: {@code 007} is 7, {@code 1．02} is 1.2, {@code 第十二题} is 12. */
        private static String number(Matcher numbered) {
            String nth = numbered.group("nth");
            if (nth != null && !Character.isDigit(nth.charAt(0))) {
                int value = ChineseNumerals.value(nth);
                return value > 0 ? String.valueOf(value) : nth; // "第一二题" is no numeral: kept as written
            }
            String n = nth != null ? nth : numbered.group("n") != null ? numbered.group("n")
                    : numbered.group("pn") != null ? numbered.group("pn")
                    : numbered.group("sub") != null ? numbered.group("sub") : numbered.group("qn");
            StringBuilder sb = new StringBuilder();
            for (String part : n.split("[.．]")) {
                sb.append(sb.length() == 0 ? "" : ".").append(Integer.parseInt(ListItemLine.asciiDigits(part)));
            }
            return sb.toString();
        }

        /**
         * Whether {@code pending}, a question heading with nothing under it, is a numbered part of the document
         * rather than a question: {@code heading}, right after it, is deeper and numbered.
         */
        private boolean isPartTitle(Pending pending, Heading heading) {
            return pending != null && pending.number != null && pending.sections.isEmpty()
                    && heading.getLevel() > pending.level && NUMBERED.matcher(inlineSource(heading).strip()).matches();
        }

        /**
         * Whether a section with a bold label follows the heading at {@code index} before the next heading. Plain
         * labels do not count: {@code 说明：} or {@code 问题：} under a heading of the document is ordinary prose;
         * except a plain answer label opening the block right under a heading that asks ({@code ## 什么是过拟合？}
         * then {@code 答：…}), which answers it.
         */
        private boolean ownsLabel(List<Node> blocks, int index) {
            for (int j = index + 1; j < blocks.size() && !(blocks.get(j) instanceof Heading); j++) {
                List<Label> labels = labels(blocks.get(j));
                if (labels.stream().anyMatch(l -> !l.plain() && !l.kind().isMetadata())
                        || summary(blocks.get(j)) != null) {
                    return true;
                }
                if (j == index + 1 && !labels.isEmpty() && labels.get(0).span() == 0
                        && labels.get(0).kind() == SectionLabel.ANSWER && asks(inlineSource((Heading) blocks.get(index)))) {
                    return true;
                }
                if (j == index + 1 && revealSummary(blocks.get(j)) && asks(inlineSource((Heading) blocks.get(index)))) {
                    return true; // "## What is X?" right over <details><summary>👉 Click</summary>: its hidden answer
                }
            }
            return false;
        }

        /**
         * Whether the paragraph at {@code [from, to)} is the label a Medium post copied from the browser keeps over its
         * most highlighted paragraph ({@code Top highlight}), a paragraph of its own, an answer's middle too. Only a
         * short one is cut out of the text: every paragraph of the page passes here.
         */
        private boolean mediumHighlight(int from, int to) {
            if (to - from > 40) {
                return false;
            }
            String words = text.substring(from, to).strip();
            return words.length() <= 20 && words.replace('\t', ' ').replaceAll(" +", " ").equalsIgnoreCase("top highlight");
        }

        /** Whether the block is a {@code <details>} whose summary only says to open it (see {@link #REVEAL}). */
        private boolean revealSummary(Node block) {
            if (!(block instanceof HtmlBlock)) {
                return false;
            }
            Matcher q = SectionLabel.QUESTION_SUMMARY.matcher(text.substring(start(block), end(block)));
            return q.find() && REVEAL.matcher(EmphasisStripper.strip(HTML_TAG.matcher(q.group("text")).replaceAll(""))
                    .strip()).matches();
        }

        /** Whether a title ends in a question mark, maybe before a frequency mark ({@code 什么是BN？（高频）}). */
        private static boolean asks(String headingText) {
            String title = FrequencyMarks.without(headingText.strip());
            return title.endsWith("?") || title.endsWith("？");
        }

        /**
         * The {@code <details>} wrapping of a collapsed answer: a {@code <summary>Answer</summary>} block opens the
         * section its word names (content in the same HTML block, up to {@code </details>}, included), and a block
         * that is only a {@code <details>} or {@code </details>} tag is markup, not content. Whether it was either.
         */
        private boolean details(Node block) {
            int from = start(block);
            String html = text.substring(from, end(block));
            Matcher summary = summary(block);
            if (summary != null) {
                int close = html.toLowerCase(Locale.ROOT).indexOf("</details>", summary.end());
                current.openSection(SectionLabel.of(summary.group("word")).orElseThrow(), from + summary.end(),
                        from + (close < 0 ? html.length() : close));
                current.folds += close < 0 ? 1 : 0; // its </details> ends this block, not a question's
                return true;
            }
            if (!DETAILS_TAG.matcher(html.strip()).matches()) {
                return closedWithTextAfter(block, html);
            }
            if (html.strip().startsWith("</")) {
                current.open = null; // the text after the tag goes on in a section of its own, without the tag
                if (current.folds > 0) {
                    current.folds--;
                } else if (current.detailsOpen) {
                    current.detailsOpen = false;
                    current.detailsClosed = true;
                }
            }
            return true;
        }

        /**
         * A question's {@code </details>} with text right under it, no blank line between ({@code </details>} then
         * {@code Made with ❤}, or a docs site's note after its last collapsible question, see
         * {@link DocSiteBlocks}): one HTML block to the parser, the tag and text after the question, which is
         * outside it as it is after a tag alone. Whether it was one.
         */
        private boolean closedWithTextAfter(Node block, String html) {
            int lineEnd = html.indexOf('\n');
            if (!current.detailsOpen || current.folds > 0 || lineEnd < 0
                    || !html.substring(0, lineEnd).strip().equalsIgnoreCase("</details>")) {
                return false;
            }
            current.open = null;
            current.detailsOpen = false;
            current.detailsClosed = true;
            outside(line(block) + 1, html.substring(lineEnd + 1), null);
            return true;
        }

        /**
         * A collapsed block in a question's text whose summary asks nothing ({@code <details><summary>代码</summary>}
         * then code): its content is part of the text, as Markdown, the summary a bold line over it; whether it was
         * one. (Labels, questions and "click to expand" summaries were taken before.)
         */
        private boolean folded(Node block) {
            String html = text.substring(start(block), end(block));
            Matcher q = SectionLabel.QUESTION_SUMMARY.matcher(html);
            if (!q.find() || !html.substring(0, q.start()).isBlank()) {
                return false;
            }
            String title = EmphasisStripper.strip(HTML_TAG.matcher(q.group("text")).replaceAll("")).strip()
                    .replaceAll("\\s+", " ");
            SectionLabel kind = current.textKind(unlabelled);
            current.open = null;
            if (!title.isEmpty()) {
                current.openSection(kind, start(block), start(block));
                current.open.literal = "**" + title + "**";
                current.open = null;
            }
            int close = html.toLowerCase(Locale.ROOT).indexOf("</details>", q.end());
            current.openSection(kind, start(block) + q.end(), start(block) + (close < 0 ? html.length() : close));
            if (close < 0) {
                current.folds++; // its content goes on in the blocks below, up to its </details>
            } else {
                current.open = null;
            }
            return true;
        }

        /**
         * A Notion callout ({@code <aside>💡 ...</aside>}, see {@link AsideCallouts}) in a question's text: the whole
         * callout, quoted, at its first block; its later blocks are in it. A callout holding a label is read as if
         * its tags were not there. Whether the block was one.
         */
        private boolean calloutQuoted(Node block) {
            Optional<AsideCallouts.Region> callout = callouts.at(start(block));
            if (callout.isEmpty() || callout.get().equals(quotedCallout)) {
                return callout.isPresent();
            }
            if (!labels(block).isEmpty()) {
                return false;
            }
            quotedCallout = callout.get();
            current.openSection(current.textKind(unlabelled), callout.get().start(), callout.get().end());
            current.open.callout = true;
            current.open = null; // what follows the callout is text of its own
            return true;
        }

        /**
         * Text under a section heading after questions were read (a README's 贡献指南, 参考资料, Star History, a
         * licence, after the last question; a note under a part's heading between them): no question's, so not
         * imported, and said at its first line once per heading, where the single top-of-page warning about an
         * introduction would leave it unmentioned.
         */
        private void outsideSection(Node block) {
            if (warnedSection == sectionLine) {
                return;
            }
            warnedSection = sectionLine;
            warnings.accept(Diagnostic.warning("outside-question", doc.file(), line(block), 0, "this text under '"
                    + sectionTitle + "' belongs to no question (a note, references, a licence) and is not imported"));
        }

        /**
         * Unlabelled text after the {@code </details>} of a question its {@code <summary>} asked: on the page it
         * stands outside the collapsed answer (a note between questions, a remark on the list), so it is not
         * imported; warned about once per question, at its first line.
         */
        private void outside(Node block) {
            outside(line(block), text.substring(start(block), end(block)), block);
        }

        /** Text after the question's end at {@code line} ({@code block}'s, when it is a block of its own). */
        private void outside(int line, String shown, Node block) {
            if (COMMENT.matcher(shown).replaceAll("").isBlank()) {
                return; // an Obsidian comment (%%TODO%%), hidden on the page: nothing is left out that shows
            }
            if (!current.outsideWarned) {
                current.outsideWarned = true;
                int rule = block == null ? 0 : footerRule(block);
                if (rule > 0) {
                    warnings.accept(Diagnostic.warning("footer", doc.file(), rule, 0, "the text after this rule, at "
                            + "the end of the page, is taken for the page's footer, outside the last question; not "
                            + "imported"));
                    return;
                }
                warnings.accept(Diagnostic.warning("outside-question", doc.file(), line, 0,
                        "text after the end of the question above (its </details> or its callout) is outside its "
                                + "answer and is not imported (move it inside to keep it)"));
            }
        }

        /**
         * The line of the rule ({@code ---}) above {@code block} when it is the page's footer: a README's closing
         * lines under the last question ("Made with ❤ by …", "If this helped, give it a ⭐", a licence line), text and
         * HTML alone between that rule and the end of the page, no heading or question after it. 0 when it is not.
         * Only the page's last few hundred characters are looked at: a footer is short, and a page of many questions
         * each followed by text is not searched to its end for each.
         */
        private int footerRule(Node block) {
            String after = text.substring(end(block));
            if (after.length() > FOOTER_TAIL || QUESTION_AFTER_FOOTER.matcher(after).find()) {
                return 0;
            }
            for (Node b = block.getPrevious(); b != null; b = b.getPrevious()) {
                if (b instanceof ThematicBreak) {
                    return line(b);
                }
                boolean prose = b instanceof Paragraph || b instanceof HtmlBlock
                        && !text.substring(start(b), end(b)).toLowerCase(Locale.ROOT).contains("</details>");
                if (!prose) {
                    return 0;
                }
            }
            return 0;
        }

        /**
         * An Obsidian callout titled by a label ({@code > [!note]- 答案} then {@code > text}), as notes apps fold an
         * answer, or a plain quote opened by one ({@code > 答案} over {@code > text}, {@code > 答案：text}): the
         * section the label names, its text the quote's lines without their {@code >} nor the label. Whether it was
         * one.
         */
        private boolean callout(Node block) {
            Matcher m = CALLOUT.matcher(text).region(start(block), end(block));
            if (!m.lookingAt()) {
                m = QUOTED_LABEL.matcher(text).region(start(block), end(block)); // "> 答案" over "> text"
                if (!m.lookingAt()) {
                    return false;
                }
            }
            Optional<SectionLabel> kind = SectionLabel.of(m.group("word"));
            if (kind.isEmpty() || kind.get().isMetadata()) {
                return false;
            }
            boolean alone = m.end() == end(block) || text.charAt(m.end()) == '\n';
            current.openSection(kind.get(), alone ? Math.min(m.end() + 1, end(block)) : m.end(), end(block));
            current.open.quoted = true;
            return true;
        }

        /**
         * An Obsidian callout that asks ({@code > [!question] 什么是自注意力？} then {@code > answer}): the question,
         * its lines the answer, which ends with it as a {@code <details>} question's does; a callout with only its
         * title asks the question whose answer follows it. Whether it was one.
         */
        private boolean calloutQuestion(Node block) {
            Matcher m = QUESTION_CALLOUT.matcher(text).region(start(block), end(block));
            if (!m.lookingAt()) {
                return false;
            }
            flush();
            openQuestion(EmphasisStripper.strip(m.group("title")).strip(), line(block), 7); // deeper than headings
            int from = Math.min(m.end() + 1, end(block));
            boolean body = !QUOTE_MARK.matcher(text.substring(from, end(block))).replaceAll("").isBlank();
            if (body) {
                current.openSection(SectionLabel.ANSWER, from, end(block));
                current.open.quoted = true;
                current.open = null;
                current.detailsClosed = true;
            }
            return true;
        }

        /**
         * A paragraph of Obsidian's one-line cards ({@code What is a Service?::answer}, see the flashcards format)
         * where no question is open, between callout or {@code <details>} questions: a note mixes the two, and each
         * such line asks a question of its own, which would otherwise be left out as text outside every question.
         * Every line must be a card that asks (a question mark, as a note not tagged for the plugin needs); whether
         * the paragraph was such cards.
         */
        private boolean cardLines(Node block) {
            List<SourceSpan> lines = block.getSourceSpans();
            List<CardLine> cards = new ArrayList<>();
            for (SourceSpan span : lines) {
                Optional<CardLine> card = CardLine.of(text.substring(span.getInputIndex(), endOf(span)));
                if (card.isEmpty() || !card.get().asks()) {
                    return false;
                }
                cards.add(card.get());
            }
            for (int k = 0; k < cards.size(); k++) {
                SourceSpan span = lines.get(k);
                flush();
                openQuestion(cards.get(k).question(), span.getLineIndex() + 1, 7); // deeper than headings
                current.openSection(SectionLabel.ANSWER, span.getInputIndex(), endOf(span));
                current.open.literal = cards.get(k).answer();
                current.open = null;
                current.detailsClosed = true; // the line is the whole card: text below it is outside, as a callout's
            }
            return true;
        }

        /** The {@code <summary>} label of an HTML block, or null. */
        private Matcher summary(Node block) {
            if (!(block instanceof HtmlBlock)) {
                return null;
            }
            Matcher m = SectionLabel.SUMMARY.matcher(text.substring(start(block), end(block)));
            return m.find() ? m : null;
        }

        /** Adds unlabelled content to the open section; right under the heading it states the question. */
        private void extend(int from, int to) {
            if (current.open == null) {
                int rule = current.ruleLine;
                // the answer was given and closed (its </details>) before the rule: what follows may be the footer
                boolean closedAtRule = rule != 0 && current.openAtRule == null && current.sections.keySet().stream()
                        .anyMatch(label -> !label.isMetadata());
                current.openSection(current.openKind != null ? current.openKind : unlabelled, from, to);
                if (closedAtRule) {
                    current.ruleLine = rule;
                    current.openAtRule = current.open;
                    current.endAtRule = from;
                }
            }
            current.open.end = to;
        }

        /**
         * A label line of a paragraph: its kind, the word as written, where the content after it starts, and
         * whether it was written without bold.
         */
        private record Label(SectionLabel kind, String word, int line, int span, int contentStart, boolean plain,
                boolean wrapped) {
        }

        /**
         * The lines of a block that open with a label: bold ({@code **答案：**}, {@code **答案**：}, or the bold label
         * alone on its line) or plain with its colon ({@code 答案：}). Prose ({@code **答案**是...}, {@code 答案是...})
         * is not a label. In a paragraph any line counts; in a
         * list or quote only a line at column 0, which can only be a lazy continuation line there (the label was
         * written right under the list without a blank line). Code blocks, tables and headings have no labels.
         */
        private List<Label> labels(Node block) {
            boolean paragraph = block instanceof Paragraph;
            if (!paragraph && !(block instanceof ListBlock) && !(block instanceof BlockQuote)) {
                return List.of();
            }
            List<Label> labels = new ArrayList<>();
            List<SourceSpan> spans = block.getSourceSpans();
            for (int k = 0; k < spans.size(); k++) {
                SourceSpan span = spans.get(k);
                if (!paragraph && (span.getInputIndex() > 0 && text.charAt(span.getInputIndex() - 1) != '\n'
                        || span.getColumnIndex() != 0)) {
                    continue;
                }
                // matched in place (a region of the text, one matcher per document): a substring and a matcher per
                // line of every block were 0.08 GB at 100k questions
                Matcher m = labelMatcher.region(span.getInputIndex(), endOf(span));
                if (!m.lookingAt()) {
                    continue;
                }
                // a bracketed label (【答案】) is as sure as a bold one; a dotted one (Ans.) is plain
                String bracketed = m.group("bracketed");
                String dotted = m.group("dotted");
                String wrapped = m.group("wrapped"); // **Q: question**: bold around the label and its text
                boolean plain = m.group("plain") != null || dotted != null;
                boolean colon = plain || bracketed != null || wrapped != null || m.group("in") != null
                        || m.group("after") != null;
                if (!colon && m.end() < endOf(span)) {
                    continue;
                }
                String word = dotted != null ? dotted : plain ? m.group("plain") : bracketed != null ? bracketed
                        : wrapped != null ? wrapped : m.group("word");
                Optional<SectionLabel> kind = SectionLabel.of(word);
                if (kind.isPresent()) {
                    labels.add(new Label(kind.get(), word, span.getLineIndex() + 1, k, m.end(), plain, wrapped != null));
                    // "Q: question? A: answer" on one line: the answer's label opens its section there
                    Optional<AnswerLines.InlineLabel> inline = kind.get() == SectionLabel.PROMPT && wrapped == null
                            ? AnswerLines.inlineLabel(text, m.end(), endOf(span)) : Optional.empty();
                    if (inline.isPresent()) {
                        AnswerLines.InlineLabel a = inline.get();
                        labels.add(new Label(SectionLabel.ANSWER, text.substring(a.start(), a.end()).strip(),
                                span.getLineIndex() + 1, k, a.end(), true, false));
                    }
                }
            }
            return labels;
        }

        /**
         * Text after a rule under the last question, to the end of the page, is the page's footer (a blog's
         * copyright line, a request to follow the author), not that question's answer: left out, with a warning.
         */
        private void leaveOutFooter() {
            Pending q = current;
            if (q == null || q.ruleLine == 0 || q.open == null || q.open != q.openAtRule || q.open.end <= q.endAtRule) {
                return;
            }
            q.open.end = q.endAtRule;
            warnings.accept(Diagnostic.warning("footer", doc.file(), q.ruleLine, 0, "the text after this rule, at the "
                    + "end of the page, is taken for the page's footer, not the answer of the last question; not imported"));
        }

        /** The blog platform's lines at the end of the page (see {@link PageFooter#platformLinesFrom}) are no answer. */
        private void leaveOutPlatformLines() {
            leaveOutEnd(PageFooter::platformLinesFrom, line -> PageFooter.warnPlatformLines(doc.file(), line,
                    "the last question", warnings));
        }

        /** Nor is a closing note to the reader (see {@link PageFooter#readersNoteFrom}): "注：以上答案仅供参考". */
        private void leaveOutReadersNote() {
            leaveOutEnd(PageFooter::readersNoteFrom, line -> PageFooter.warnReadersNote(doc.file(), line,
                    "the last question", warnings));
        }

        /**
         * Ends the last question's open section before the lines {@code from} finds at its end (-1: none), and
         * {@code warn}s with the line of the first.
         */
        private void leaveOutEnd(ToIntFunction<List<String>> from, IntConsumer warn) {
            Range open = current == null ? null : current.open;
            if (open == null || open.literal != null || open.end <= open.start) {
                return;
            }
            List<String> lines = List.of(text.substring(open.start, open.end).split("\n", -1));
            int first = from.applyAsInt(lines);
            if (first < 0) {
                return;
            }
            int cut = open.start;
            for (int i = 0; i < first; i++) {
                cut += lines.get(i).length() + 1;
            }
            open.end = Math.max(open.start, cut - 1);
            warn.accept(new LineIndex(text).lineAt(cut));
        }

        private void flush() {
            if (current == null) {
                return;
            }
            Pending q = current;
            current = null;
            String tags = section(q, SectionLabel.TAGS);
            String answer = HyphenatedWords.join(pages.drop(section(q, SectionLabel.ANSWER), doc, q.line), doc.text());
            List<Reference> references = referencesOnly(answer);
            String prompt = section(q, SectionLabel.PROMPT);
            List<String> labelled = List.of();
            Optional<LevelLabels.Marks> labels = prompt == null || q.titleFromPrompt ? Optional.empty()
                    : LevelLabels.line(prompt);
            if (labels.isPresent()) {
                // "![Medium](…shields.io/badge/-Medium-yellow) `[Google]`" under the title: its level and companies
                prompt = null;
                q.titleLevel = q.titleLevel != null ? q.titleLevel : labels.get().difficulty();
                labelled = labels.get().tags();
            }
            String title = q.title;
            if (q.titleFromPrompt && prompt != null) {
                // a pair under a section heading asks its prompt: the question is the prompt, on one line; options
                // under it ("A. ReLU", "(B) Adam") are no part of the question: the prompt keeps them
                List<String> lines = prompt.lines().toList();
                int stem = 0;
                while (stem < lines.size() && ChoiceOptions.letter(lines.get(stem)) != 'A') {
                    stem++;
                }
                ChoiceOptions.Split choice = ChoiceOptions.split(lines.subList(stem, lines.size()));
                boolean options = stem > 0 && !choice.options().isEmpty();
                title = PlainMarkup.strip(options ? String.join("\n", lines.subList(0, stem)) : prompt).strip()
                        .replaceAll("\\s+", " ");
                prompt = options ? ChoiceOptions.prompt(null, title,
                        String.join("\n", lines.subList(stem, lines.size())).strip()) : null;
            }
            if (prompt == null && !q.titleFromPrompt && answer != null) {
                // "- 为什么不是两次？" "- 那如果…呢？" right under the heading, every item asking: its follow-ups
                List<String> lines = answer.lines().toList();
                int asked = FollowUps.leading(lines);
                if (asked > 0) {
                    prompt = title + "\n" + String.join("\n", FollowUps.lines(lines, asked));
                    String rest = String.join("\n", lines.subList(asked, lines.size())).strip();
                    answer = rest.isEmpty() ? null : rest;
                }
            }
            if (title.isBlank() && q.number != null && prompt == null && q.titleFromPrompt) {
                warnings.accept(Diagnostic.warning("empty-question", doc.file(), q.line, 0, "question " + q.number
                        + " has a heading that only numbers it and no question label (题目：, Question:) under it "
                        + "that asks it; skipped"));
                return;
            }
            if (title.isBlank()) {
                warnings.accept(Diagnostic.warning("empty-question", doc.file(), q.line, 0,
                        "a question label with no question after it; skipped"));
                return;
            }
            out.accept(Question.builder(title)
                    .prompt(prompt)
                    .answer(references.isEmpty() ? answer : null)
                    .references(references)
                    .explanation(section(q, SectionLabel.EXPLANATION))
                    .difficulty(difficulty(q))
                    .tags(DifficultyWords.withLabels(tags == null ? List.of() : TagList.split(PlainMarkup.strip(tags)),
                            labelled))
                    .language(hasCjk(title) ? "zh-CN" : "en")
                    // the heading the question is filed under is its topic, as the table and numbered shapes do
                    .topic(topic(q))
                    .source(new Source(doc.file(), q.titleFromPrompt && q.promptLine > 0 ? q.promptLine : q.line, title,
                            NAME, q.number, q.url, q.section))
                    .build());
            emitted++;
        }

        /**
         * The references an answer is made of when it is nothing but reference lines (a book's question list as
         * headings, each with the URLs to read); empty when it says anything else.
         */
        private static List<Reference> referencesOnly(String answer) {
            if (answer == null) {
                return List.of();
            }
            List<Reference> references = new ArrayList<>();
            for (String line : (Iterable<String>) answer.lines()::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                Optional<Reference> r = ChaptersImporter.reference(line);
                if (r.isEmpty()) {
                    return List.of();
                }
                references.add(r.get());
            }
            return references;
        }

        /**
         * The heading the question is filed under, as its topic: the nearest one that is neither the bank's title nor
         * a level ({@code # 初级}, as a Notion page exported with collapsed toggles has them), which gives its
         * difficulty instead (see {@link #headingLevel}).
         */
        private String topic(Pending q) {
            if (q.section == null || q.section.equals(documentTitleText)) {
                return null;
            }
            if (levels.level(q.section).isEmpty()) {
                return SectionTitle.topic(q.section);
            }
            for (var it = sections.descendingIterator(); it.hasNext(); ) {
                String title = it.next().getValue();
                if (!title.isBlank() && !title.equals(documentTitleText) && levels.level(title).isEmpty()) {
                    return SectionTitle.topic(title);
                }
            }
            return null;
        }

        /** The level the nearest level heading over the question names ({@code # 初级}), or null. */
        private Difficulty headingLevel() {
            for (var it = sections.descendingIterator(); it.hasNext(); ) {
                Optional<Difficulty> level = levels.level(it.next().getValue());
                if (level.isPresent()) {
                    return level.get();
                }
            }
            return null;
        }

        /**
         * The entry's {@code 难度：} word as a level; one qbank does not know is left unset, with a warning. Without
         * one, a level after the title ({@code 【简单】}), else the level heading's.
         */
        private Difficulty difficulty(Pending q) {
            String word = section(q, SectionLabel.DIFFICULTY);
            if (word == null) {
                return q.titleLevel != null ? q.titleLevel : headingLevel();
            }
            word = PlainMarkup.strip(word);
            Optional<Difficulty> level = DifficultyWords.parse(word);
            if (level.isEmpty()) {
                int at = q.sections.get(SectionLabel.DIFFICULTY).get(0).start;
                int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count(); // rare: counted here
                warnings.accept(Diagnostic.warning("difficulty", doc.file(), line, 0, "unknown difficulty '" + word
                        + "' (use 简单/中等/困难, easy/medium/hard, 1-3 or stars); left unset"));
            }
            return level.orElse(q.titleLevel != null ? q.titleLevel : headingLevel());
        }

        /** The section's Markdown as written, label removed and trimmed; repeated sections joined in order. */
        private String section(Pending q, SectionLabel label) {
            List<String> parts = new ArrayList<>();
            for (Range r : q.sections.getOrDefault(label, List.of())) {
                String part = r.literal != null ? r.literal : text.substring(r.start, Math.max(r.start, r.end));
                if (r.quoted) {
                    part = QUOTE_MARK.matcher(part).replaceAll("");
                }
                part = part.strip();
                if (r.callout) {
                    part = AsideCallouts.asQuote(part);
                }
                if (part.contains("%%") && !part.contains("```")) {
                    part = COMMENT.matcher(part).replaceAll("").strip(); // Obsidian's hidden comments
                }
                part = YuqueMarkup.plainOutsideCode(part); // a Yuque/Feishu export's anchors, font tags, :::tips blocks
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return parts.isEmpty() ? null : String.join("\n\n", parts);
        }

        private String inlineSource(Node n) {
            return SourceSpans.inlineSource(text, n);
        }

        private static int line(Node n) {
            return n.getSourceSpans().get(0).getLineIndex() + 1;
        }

        private static int lastLine(Node n) {
            return n.getSourceSpans().get(n.getSourceSpans().size() - 1).getLineIndex() + 1;
        }
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }
}
