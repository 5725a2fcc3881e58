package dev.qbank.importers;

import dev.qbank.importers.notion.LevelHeadings;
import dev.qbank.model.Difficulty;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a document's headings group its questions by difficulty ({@code ## Basic} / {@code ## Intermediate} /
 * {@code ## Advanced}, {@code ## 基础} / {@code ## 进阶} / {@code ## 高级}, {@code ## Easy} / {@code ## Hard}) rather
 * than by topic. "Basic", "入门", "进阶" or "基础" as often name a document's parts ({@code ## 2. 进阶篇} over its
 * questions, {@code ## 基础} over the basics of a topic; {@code 基础篇} and {@code 进阶篇} together still do); beside
 * a heading that plainly names another level ({@code ## 高级}, {@code ## Advanced}) they are levels too. A heading
 * naming a level plainly ({@code ## Hard}) is a level either way.
 */
public final class LevelSections {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");

    private final boolean grouped;

    private LevelSections(boolean grouped) {
        this.grouped = grouped;
    }

    /** Reads the document's headings (outside code) to tell. */
    public static LevelSections of(SourceDocument doc) {
        Set<Difficulty> named = EnumSet.noneOf(Difficulty.class);
        boolean plain = false;
        MarkdownLines lines = new MarkdownLines(doc.text());
        while (lines.next()) {
            Matcher m;
            if (!lines.code() && (m = HEADING.matcher(lines.line())).matches()) {
                word(m.group(1)).ifPresent(named::add);
                plain |= LevelHeadings.plainly(m.group(1)).isPresent();
            }
        }
        return new LevelSections(plain && named.size() >= 2);
    }

    /** The difficulty a heading's text names as a level of this document, or empty when it names a topic. */
    public Optional<Difficulty> level(String heading) {
        return grouped ? word(heading) : LevelHeadings.plainly(heading);
    }

    /** Whether the document groups its questions by level. */
    public boolean grouped() {
        return grouped;
    }

    /**
     * Any level word, the ones that also name parts included; "基础" and "Basics" (the basics) read as the first
     * level.
     */
    private static Optional<Difficulty> word(String heading) {
        return LevelHeadings.of(heading).or(() -> LevelHeadings.of(BASICS.matcher(heading).replaceFirst("basic")));
    }

    private static final Pattern BASICS = Pattern.compile("基础|(?i)\\bbasics\\b");
}
