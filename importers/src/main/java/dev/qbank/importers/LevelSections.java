package dev.qbank.importers;

import dev.qbank.importers.notion.EmphasisStripper;
import dev.qbank.model.Difficulty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a document's headings group its questions by difficulty ({@code ## Basic} / {@code ## Intermediate} /
 * {@code ## Advanced}, {@code ## 基础} / {@code ## 进阶} / {@code ## 高级}, {@code ## Easy} / {@code ## Hard}) rather
 * than by topic. "Basic", "入门", "进阶" or "基础" as often name a document's parts ({@code ## 2. 进阶篇} over its
 * questions, {@code ## 基础} over the basics of a topic; {@code 基础篇} and {@code 进阶篇} together still do); beside
 * a heading that plainly names another level ({@code ## 高级}, {@code ## Advanced}) they are levels too. A heading
 * naming a level plainly ({@code ## Hard}) is a level either way. A section line the importer reads as one
 * ({@code 一、基础}, {@code 第二部分 进阶题}, {@code Part 3: Advanced}) counts as a heading does; a topic that merely
 * begins with a level word ({@code 一、基础知识}) names no level, and neither does a part word with a level heading
 * under it ({@code ## 一、基础篇} over {@code ### 初级}): it is a part holding levels.
 */
public final class LevelSections {
    private static final Pattern HEADING = MarkdownLines.HEADING;

    /** Whether the level words that also name parts ({@code 基础}, {@code 进阶}) are levels here. */
    private final boolean grouped;
    /** A page whose headings are levels by its format (Notion's): see {@link #ofLevelPage}. */
    private final boolean levelPage;
    /**
     * The headings (as {@link #titleKey} reads them) named with a word that also names parts and with a level
     * heading under them: {@code ## 一、基础篇} over {@code ### 初级} is a part of the document holding levels, not a
     * level itself.
     */
    private final Set<String> partsOverLevels;

    private LevelSections(boolean grouped, boolean levelPage, Set<String> partsOverLevels) {
        this.grouped = grouped;
        this.levelPage = levelPage;
        this.partsOverLevels = partsOverLevels;
    }

    /** Reads the document's headings (outside code) to tell. */
    public static LevelSections of(SourceDocument doc) {
        return of(doc, line -> Optional.empty());
    }

    /**
     * Reads the document's headings and the lines its importer takes for section lines (the title
     * {@code sectionLine} finds in a line: a plain-text bank's {@code 一、基础}, a book's {@code 第一部分 基础题}),
     * outside code, to tell.
     */
    public static LevelSections of(SourceDocument doc, Function<String, Optional<String>> sectionLine) {
        return read(doc, sectionLine, false);
    }

    /**
     * For a page whose headings name levels by its format (a Notion page of {@code # 初级} / {@code # 中级} /
     * {@code # 高级} over its Q-lines): every level word is a level, the basics ({@code # 基础}, {@code # Basics})
     * too as soon as the page names two levels, unless a level heading stands under it
     * ({@code ## 一、基础篇} over {@code ### 初级}).
     */
    public static LevelSections ofLevelPage(SourceDocument doc) {
        return read(doc, line -> Optional.empty(), true);
    }

    private static LevelSections read(SourceDocument doc, Function<String, Optional<String>> sectionLine,
                                      boolean levelPage) {
        List<Section> sections = new ArrayList<>();
        MarkdownLines lines = new MarkdownLines(doc.text());
        while (lines.next()) {
            if (lines.code()) {
                continue;
            }
            Matcher m = HEADING.matcher(lines.line());
            if (m.matches()) {
                sections.add(Section.of(m.group(2), m.group(1).length()));
            } else {
                sectionLine.apply(lines.line()).ifPresent(title -> sections.add(Section.of(title, SECTION_LINE_DEPTH)));
            }
        }
        Set<String> partsOverLevels = new HashSet<>();
        Deque<Section> open = new ArrayDeque<>(); // the sections the reading is in, deepest first
        for (Section s : sections) {
            while (!open.isEmpty() && open.peek().depth() >= s.depth()) {
                open.pop();
            }
            if (s.named().isPresent()) {
                open.forEach(over -> {
                    // only a word that also names parts ("基础篇"); "# Medium" over "## 中等" is the level twice
                    if (over.named().isPresent() && LevelHeadings.plainly(over.title()).isEmpty()) {
                        partsOverLevels.add(titleKey(over.title()));
                    }
                });
            }
            open.push(s);
        }
        Set<Difficulty> named = EnumSet.noneOf(Difficulty.class);
        Set<Difficulty> ranks = EnumSet.noneOf(Difficulty.class);
        boolean plain = false;
        for (Section s : sections) {
            if (s.named().isPresent() && !partsOverLevels.contains(titleKey(s.title()))) {
                named.add(s.named().get());
                plain |= LevelHeadings.plainly(s.title()).isPresent();
                if (LevelHeadings.ranked(s.title())) {
                    ranks.add(s.named().get());
                }
            }
        }
        plain |= ranks.size() >= 2; // "## L1" beside "## L2": ranks of levels, as plain as "## Hard"
        return new LevelSections((plain || levelPage) && named.size() >= 2, levelPage, Set.copyOf(partsOverLevels));
    }

    /**
     * A heading or section line's title, how deep it stands and the level any of its words names, read once: a page
     * of questions as headings has as many sections as questions, and reading a title for a level is not free.
     */
    private record Section(String title, int depth, Optional<Difficulty> named) {
        static Section of(String title, int depth) {
            return new Section(title, depth, LevelHeadings.any(title));
        }
    }

    /** A section's name as every importer's titles agree on it: no emphasis, no part number or count. */
    private static String titleKey(String title) {
        return SectionTitle.topic(EmphasisStripper.strip(title).strip());
    }

    /** How deep a section line stands: under every heading ({@code #} to {@code ######}). */
    public static final int SECTION_LINE_DEPTH = 7;

    /** A walk through the document's sections in order, for the level and the topic over each question. */
    public Walk walk() {
        return new Walk();
    }

    /**
     * The level section the reading is in, and the nearest section over it that names a topic. A section naming a
     * level sets it for the sections deeper than it; any other at its depth or above ends it. A topic section at the
     * level section's depth or deeper, before it, is its sibling or a sibling's child: no topic of its questions.
     */
    public final class Walk {
        private Difficulty level;
        private int levelDepth;
        private String topic;
        private int topicDepth;
        private boolean topicIsTitle;

        private Walk() {
        }

        /**
         * A section titled {@code title} at {@code depth} (a heading's 1 to 6, or {@link #SECTION_LINE_DEPTH});
         * {@code documentTitle}: it is the bank's title, which names no topic.
         */
        public void section(String title, int depth, boolean documentTitle) {
            Optional<Difficulty> named = level(title);
            if (named.isPresent()) {
                level = named.get();
                levelDepth = depth;
                if (topic != null && topicDepth >= depth) {
                    topic = null; // "Section 2: CNN" then "Section 3: Advanced": a sibling, not over the level
                }
            } else {
                level = level != null && depth > levelDepth ? level : null;
                topic = title;
                topicDepth = depth;
                topicIsTitle = documentTitle;
            }
        }

        /** The level of a question in the section {@code section}, when that section names the one in force. */
        public Optional<Difficulty> levelIn(String section) {
            return level != null && section != null && level(section).isPresent() ? Optional.of(level) : Optional.empty();
        }

        /** The topic over the level section: the nearest other section, not the bank's title (null: none). */
        public String topic() {
            return topicIsTitle ? null : topic;
        }
    }

    /** The difficulty a heading's text names as a level of this document, or empty when it names a topic. */
    public Optional<Difficulty> level(String heading) {
        if (!partsOverLevels.isEmpty() && partsOverLevels.contains(titleKey(heading))) {
            return Optional.empty();
        }
        return grouped ? LevelHeadings.any(heading) : levelPage ? LevelHeadings.of(heading) : LevelHeadings.plainly(heading);
    }

    /** Whether the document groups its questions by level. */
    public boolean grouped() {
        return grouped;
    }
}
