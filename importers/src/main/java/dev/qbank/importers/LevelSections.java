package dev.qbank.importers;

import dev.qbank.model.Difficulty;
import java.util.EnumSet;
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
 * begins with a level word ({@code 一、基础知识}) names no level.
 */
public final class LevelSections {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");

    private final boolean grouped;

    private LevelSections(boolean grouped) {
        this.grouped = grouped;
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
        Set<Difficulty> named = EnumSet.noneOf(Difficulty.class);
        boolean plain = false;
        MarkdownLines lines = new MarkdownLines(doc.text());
        while (lines.next()) {
            if (lines.code()) {
                continue;
            }
            Matcher m = HEADING.matcher(lines.line());
            String title = m.matches() ? m.group(1) : sectionLine.apply(lines.line()).orElse(null);
            if (title != null) {
                LevelHeadings.any(title).ifPresent(named::add);
                plain |= LevelHeadings.plainly(title).isPresent();
            }
        }
        return new LevelSections(plain && named.size() >= 2);
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
        return grouped ? LevelHeadings.any(heading) : LevelHeadings.plainly(heading);
    }

    /** Whether the document groups its questions by level. */
    public boolean grouped() {
        return grouped;
    }
}
