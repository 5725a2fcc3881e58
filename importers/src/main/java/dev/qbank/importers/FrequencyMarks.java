package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a question is asked, as banks mark it before or after the question: {@code （高频）}, {@code 【必考】},
 * {@code [hot]}, {@code (frequently asked)}, {@code 🔥}, {@code ⭐重点} ({@code 1. 🔥 什么是过拟合？},
 * {@code 什么是BN？（高频）}). The mark says how much the question matters, not what it asks: it leaves the text and
 * becomes a tag, one spelling per meaning so that a bank filters on one tag:
 *
 * <ul>
 *   <li>{@value #OFTEN} for 高频, 超高频, 常考, 常问, hot, frequently asked and 🔥 (asked often);</li>
 *   <li>{@value #MUST} for 必考, 必问, 必会, 重点, 重要 (must be prepared).</li>
 * </ul>
 *
 * <p>A mark is one of those words in brackets ({@code （）()【】[]「」}, maybe with a 🔥 or ⭐ inside), the word right
 * after a 🔥 or ⭐ ({@code ⭐重点}), or 🔥 alone, at the very start or end of the text. The same word inside the
 * sentence ({@code 高频交易是什么？}, {@code Why is the hot path slow?}) is what is asked and stays. Stars alone
 * ({@code ⭐⭐⭐}) are a difficulty ({@link LevelLabels}), not a frequency.
 */
public final class FrequencyMarks {
    /** The tag of a question marked as asked often. */
    public static final String OFTEN = "高频";
    /** The tag of a question marked as one to prepare. */
    public static final String MUST = "必考";

    private static final String FIRE = "\\x{1F525}\\x{FE0F}?";
    private static final String STAR = "[⭐★]\\x{FE0F}?";
    private static final String WORD = "(?:超高频|高频|常考|常问|必考|必问|必会|重点|重要|(?i:hot|frequently[ \\t]+asked))";
    /** One mark: a word in brackets, a word after a 🔥 or ⭐, or a run of 🔥. */
    private static final String MARK = "(?:[\\[【（(「][ \\t]*(?:(?:" + FIRE + "|" + STAR + ")[ \\t]*)*" + WORD
            + "[ \\t]*(?:" + FIRE + "[ \\t]*)*[\\]】）)」]"
            + "|(?:" + FIRE + "[ \\t]*)*(?:" + FIRE + "|" + STAR + ")[ \\t]*" + WORD + "(?![\\p{L}\\p{N}])"
            + "|(?:" + FIRE + "[ \\t\\u3000]*)*" + FIRE + ")";
    private static final Pattern LEADING = Pattern.compile("^[ \\t\\u3000]*+" + MARK + "[ \\t\\u3000]*+");
    private static final Pattern TRAILING = Pattern.compile("(?<![ \\t\\u3000])[ \\t\\u3000]*+" + MARK + "[ \\t\\u3000]*$");
    /** A frequency word alone, without brackets or 🔥: a mark only where nothing else is written with it. */
    private static final Pattern BARE_WORD = Pattern.compile(WORD);
    /** The words meaning {@value #MUST}; every other mark means {@value #OFTEN}. */
    private static final Pattern MUST_WORD = Pattern.compile("必考|必问|必会|重点|重要");
    /** Longer than any mark with the blanks around it: a trailing mark is looked for in the text's last characters. */
    private static final int TAIL = 48;

    private FrequencyMarks() {
    }

    /** A text without its frequency marks, and their tags ({@value #OFTEN}, {@value #MUST}) in the order read. */
    public record Marked(String text, List<String> tags) {
    }

    /**
     * The text without the frequency marks at its start and end, and the tags they mean; empty when it has none, or
     * when nothing but marks would be left (a line {@code 🔥} alone is no question).
     */
    public static Optional<Marked> of(String text) {
        if (!mayHaveMark(text)) {
            return Optional.empty();
        }
        String rest = text;
        List<String> tags = new ArrayList<>();
        Matcher lead = LEADING.matcher(rest);
        while (lead.lookingAt() && lead.end() < rest.length()) {
            tags.add(tag(lead.group()));
            rest = rest.substring(lead.end());
            lead = LEADING.matcher(rest);
        }
        Optional<Marked> tail = trailing(rest);
        while (tail.isPresent()) {
            tags.add(tail.get().tags().get(0));
            rest = tail.get().text();
            tail = trailing(rest);
        }
        rest = rest.strip();
        if (tags.isEmpty() || rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        return Optional.of(new Marked(rest, tags.stream().distinct().toList()));
    }

    /** The text without its frequency marks ({@link #of}); the text itself when it has none. */
    public static String without(String text) {
        return of(text).map(Marked::text).orElse(text);
    }

    /**
     * The text without the one frequency mark that ends it, and its tag: for readers of the other labels after a
     * question ({@link LevelLabels}), which may stand before or after it ({@code 什么是BN？（高频）⭐⭐⭐}).
     */
    public static Optional<Marked> trailing(String text) {
        if (!mayEndWithMark(text)) {
            return Optional.empty();
        }
        Matcher m = TRAILING.matcher(text);
        m.region(Math.max(0, text.length() - TAIL), text.length());
        if (!m.find() || m.start() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Marked(text.substring(0, m.start()).strip(), List.of(tag(m.group()))));
    }

    /** The text without the one frequency mark that starts it, and its tag; empty when none does, or nothing follows. */
    public static Optional<Marked> leading(String text) {
        List<String> tags = new ArrayList<>();
        int end = markAt(text, 0, tags);
        String rest = end < 0 ? "" : text.substring(end).strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(new Marked(rest, tags));
    }

    /** The tags of {@code marks} when it holds nothing else ({@code 🔥}, {@code 【高频】 }); none otherwise. */
    public static List<String> alone(String marks) {
        List<String> tags = new ArrayList<>();
        Matcher m = LEADING.matcher(marks);
        int at = 0;
        while (at < marks.length() && m.region(at, marks.length()).lookingAt() && m.end() > at) {
            tags.add(tag(m.group()));
            at = m.end();
        }
        return at == marks.length() ? tags.stream().distinct().toList() : List.of();
    }

    /**
     * The tag of a frequency word written bare ({@code 高频}, {@code 必考}, {@code hot}), when {@code word} is nothing
     * else: a remarks cell or a piece of one holding only the word (see {@link RemarkLabels}). In a sentence the word
     * is what is said ({@code 高频交易是什么？}), so this is never asked of a question.
     */
    public static Optional<String> bareWord(String word) {
        return BARE_WORD.matcher(word.strip()).matches() ? Optional.of(tag(word)) : Optional.empty();
    }

    /**
     * Whether a mark may be there at all: marks stand only at the start or the end, and most questions neither start
     * with a bracket, a 🔥 or a star nor end with a mark ({@link #mayEndWithMark}); the middle is never looked at.
     */
    private static boolean mayHaveMark(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) { // U+3000 too
            start++;
        }
        if (start == text.length()) {
            return false;
        }
        char first = text.charAt(start);
        return "[【（(「".indexOf(first) >= 0 || isFireOrStar(text, start) || mayEndWithMark(text);
    }

    /**
     * Whether a mark may end the text: every mark ends with a closing bracket or holds a 🔥 or a star, so most
     * questions (ending in ？ with neither in their last characters) skip the pattern, which every question of every
     * format is asked through {@link LevelLabels} (it was a tenth of the numbered reader's time).
     */
    private static boolean mayEndWithMark(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) { // U+3000 too
            end--;
        }
        if (end == 0) {
            return false;
        }
        if ("]】）)」".indexOf(text.charAt(end - 1)) >= 0) {
            return true;
        }
        for (int i = Math.max(0, end - TAIL); i < end; i++) {
            if (isFireOrStar(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the frequency mark starting at {@code at} in a line of labels ({@code `[Google]` 【必问】 🔥}), whose
     * tag joins {@code tags}; -1 when none starts there. Only a bracket, a 🔥 or a star may open one: other text is
     * not matched.
     */
    public static int markAt(String text, int at, List<String> tags) {
        if (at >= text.length() || "[【（(「".indexOf(text.charAt(at)) < 0 && !isFireOrStar(text, at)) {
            return -1;
        }
        Matcher m = LEADING.matcher(text).region(at, text.length());
        if (!m.lookingAt() || m.end() == at) {
            return -1;
        }
        tags.add(tag(m.group()));
        return m.end();
    }

    /** Whether a 🔥 (U+1F525, two chars) or a star starts at {@code i}. */
    private static boolean isFireOrStar(String text, int i) {
        char c = text.charAt(i);
        return c == '⭐' || c == '★' || c == '\uD83D' && i + 1 < text.length() && text.charAt(i + 1) == '\uDD25';
    }

    private static String tag(String mark) {
        return MUST_WORD.matcher(mark.toLowerCase(Locale.ROOT)).find() ? MUST : OFTEN;
    }
}
