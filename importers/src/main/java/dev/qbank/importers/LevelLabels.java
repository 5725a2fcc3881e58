package dev.qbank.importers;

import dev.qbank.model.Difficulty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels GitHub-README banks put beside a question: its level as a coloured marker and a word
 * ({@code **1. What is JSX?** 🟢 Easy}, {@code 🟡 中等}), a coloured circle alone before it
 * ({@code <summary>🔴 <b>Explain the GMP model.</b></summary>}, as a legend "🟢 junior · 🟡 middle · 🔴 senior"
 * explains), a shields.io badge ({@code ![Medium](https://img.shields.io/badge/-Medium-yellow)}), and the companies
 * that asked it in brackets ({@code [Google]}, {@code 【字节跳动】}, {@code `[Amazon]`}), among which a frequency mark
 * ({@code （高频）}, {@code [hot]}: {@link FrequencyMarks}). They say how hard a question is, where and how often it
 * was asked, not what it asks: the level is its difficulty, the companies and the frequency its tags.
 */
public final class LevelLabels {
    /** A coloured circle alone before the question: the traffic-light levels such lists use. */
    private static final Pattern LEADING_CIRCLE = Pattern.compile("^(🟢|🟡|🟠|🔴)\\x{FE0F}?[ \\t\\u3000]+(?=\\S)");
    /** What may name a bracketed level before it: {@code 难度：}, {@code Difficulty:}. */
    private static final String LEVEL_NAMED = "难度[ \\t]*[:：][ \\t]*|(?i:difficulty)[ \\t]*:[ \\t]*";
    /**
     * A label in brackets at the end, maybe in a code span: a level ({@code [Easy]}, {@code 【简单】}, {@code (Hard)},
     * {@code （中等）}, {@code 「困難」}, {@code （难度：★★）}) or, in square brackets, a company ({@code [Google]},
     * {@code 【字节跳动】}). Group {@code square} or {@code round} is the word, by the brackets around it; {@code named}
     * a {@code 难度：} / {@code Difficulty:} before it.
     */
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "(?<![ \\t\\u3000])[ \\t\\u3000]*+`?(?:[\\[【][ \\t]*(?<named>" + LEVEL_NAMED + ")?"
                    + "(?<square>[^\\[\\]【】`\\n]{1,24}?)[ \\t]*[\\]】]|[（(「][ \\t]*(?:" + LEVEL_NAMED + ")?"
                    + "(?<round>[^【】（）()\\[\\]「」`\\n]{1,12}?)[ \\t]*[）)」])`?$");
    /**
     * Words too common in other senses to be a level in a question's closing round brackets: {@code (1)} is a
     * footnote, {@code (basic)} or {@code （中）} a qualifier. In square brackets, where GitHub lists put a level or a
     * company, only the numbers are footnotes ({@code [1]}): {@code [Basic]} is a level.
     */
    private static final Set<String> NOT_IN_BRACKETS = Set.of("1", "2", "3", "low", "high", "basic", "normal",
            "simple", "mid", "junior", "senior", "expert", "moderate", "低", "中", "高", "一般", "基础", "复杂");
    /** A level word after a marker at the end: {@code 🟢 Easy}, {@code 🔴 困难}; group 1 the word. */
    private static final Pattern TRAILING_MARKED_LEVEL = Pattern.compile(
            "(?<![ \\t\\u3000])[ \\t\\u3000]++\\p{So}\\x{FE0F}?[ \\t\\u3000]*(\\p{L}{1,12})$");
    /**
     * A level written out at the end: a run of stars after a blank, or right after the question's mark or a label's
     * closing bracket ({@code ⭐⭐⭐}, {@code 什么是过拟合？★★☆}, {@code 什么是BN？（高频）⭐⭐}) or a named level
     * ({@code Level: Medium}, {@code Difficulty: hard}, {@code 难度：★★☆}); group 1 the word or stars.
     */
    private static final Pattern TRAILING_WRITTEN_LEVEL = Pattern.compile("(?<![ \\t\\u3000])(?:[ \\t\\u3000]*+"
            + "(?:[-–—|·,，;；][ \\t\\u3000]*+)?(?<!\\p{L})(?:(?i:level|difficulty)|难度|等级)[ \\t]*[:：][ \\t]*"
            + "(\\p{L}{1,12}|[★☆⭐\\x{FE0F}]{1,10})|(?:[ \\t\\u3000]++|(?<=[?？)）】\\]]))([★☆⭐\\x{FE0F}]{1,10}))$");
    /** A coloured circle alone after the question's mark: {@code What is a closure? 🟡}; group 1 the circle. */
    private static final Pattern TRAILING_CIRCLE = Pattern.compile("(?<=[?？])[ \\t\\u3000]*+(🟢|🟡|🟠|🔴)\\x{FE0F}?$");
    /*
     * The trailing patterns are searched for (find) in untrusted question lines: a run of blanks is tried from its
     * first blank only (the look-behind), or a line of many blanks not ending in a label was searched from every one
     * of them to its end, quadratic in the run. The leftmost match, the one found, starts there anyway.
     */
    /** A coloured circle at a heading's end after any text: {@code ### Explain closures 🟡}; group 1 the circle. */
    private static final Pattern HEADING_CIRCLE = Pattern.compile("(?<=\\S)[ \\t\\u3000]++(🟢|🟡|🟠|🔴)\\x{FE0F}?$");
    /**
     * A legend of the levels: circles each with its level's word, two or more, maybe after a label
     * ({@code 🟢 Easy 🟡 Medium 🔴 Hard}, {@code 难度：🟢 简单 · 🟡 中等 · 🔴 困难}, {@code > **Legend:** 🟢 junior | 🟡 middle}).
     */
    private static final Pattern LEGEND = Pattern.compile("[ \\t]*(?:>[ \\t]*)?(?:\\*\\*)?(?:(?i:legend|levels?|difficulty)|图例|难度|说明)?"
            + "[ \\t]*[:：]?(?:\\*\\*)?(?:[ \\t\\u3000|·•,，/]*+(🟢|🟡|🟠|🔴)\\x{FE0F}?[ \\t]*(?:\\*\\*)?[ \\t]*"
            + "(\\p{L}{1,12})(?:\\*\\*)?){2,6}[ \\t\\u3000|·•,，/]*");
    private static final Pattern LEGEND_ENTRY = Pattern.compile("(🟢|🟡|🟠|🔴)\\x{FE0F}?[ \\t]*(?:\\*\\*)?[ \\t]*(\\p{L}{1,12})");
    /** One token of a line of labels: a badge (maybe linked), a label in brackets, a separator. */
    private static final Pattern LINE_TOKEN = Pattern.compile("[ \\t\\u3000|·•,，]+|\\[?!\\[([^\\[\\]\\n]*)\\]\\(([^()\\s]*)\\)"
            + "(?:\\]\\([^()\\s]*\\))?|`?[\\[【][ \\t]*(\\p{L}[^\\[\\]【】`\\n]{0,23}?)[ \\t]*[\\]】]`?");
    /** The level word in a shields.io badge's path: {@code badge/-Medium-yellow}, {@code badge/难度-中等-yellow}. */
    private static final Pattern BADGE_WORDS = Pattern.compile("/badge/([^?#]*)");

    private LevelLabels() {
    }

    /** What the labels said: the question without them (null for a line of labels alone), its level and tags. */
    public record Marks(String question, Difficulty difficulty, List<String> tags) {
    }

    /**
     * The question without a level marker and company labels around it ({@code What is JSX? 🟢 Easy [Meta]} is
     * {@code What is JSX?}, easy, tag Meta). Labels alone count only after a question mark or a level: elsewhere a
     * bracket may be part of what is asked. Empty when the text has no such labels.
     */
    public static Optional<Marks> of(String question) {
        String rest = question.strip();
        Difficulty level = null;
        List<String> tags = new ArrayList<>();
        Matcher lead = LEADING_CIRCLE.matcher(rest);
        if (lead.find()) {
            level = circle(lead.group(1));
            rest = rest.substring(lead.end());
        }
        List<String> labels = new ArrayList<>();
        List<String> frequency = new ArrayList<>();
        while (true) {
            Optional<FrequencyMarks.Marked> often = FrequencyMarks.trailing(rest);
            if (often.isPresent()) {
                frequency.addAll(0, often.get().tags());
                rest = often.get().text();
                continue;
            }
            Ending end = Ending.of(rest);
            if (end.equals(Ending.NONE)) {
                break; // no label, level or circle can end here
            }
            Matcher label = TRAILING_LABEL.matcher(rest);
            if (end.bracket && label.find() && label.start() > 0) {
                Optional<String> read = bracketed(label);
                if (read.isPresent()) {
                    labels.add(0, read.get());
                    rest = rest.substring(0, label.start()).strip();
                    continue;
                }
            }
            Matcher marked = TRAILING_MARKED_LEVEL.matcher(rest);
            Optional<Difficulty> word = end.letter && marked.find() && marked.start() > 0
                    ? DifficultyWords.parse(marked.group(1)) : Optional.empty();
            if (word.isPresent()) {
                level = word.get();
                rest = rest.substring(0, marked.start()).strip();
                continue;
            }
            Matcher circle = TRAILING_CIRCLE.matcher(rest);
            if (end.circle && circle.find()) {
                level = circle(circle.group(1));
                rest = rest.substring(0, circle.start()).strip();
                continue;
            }
            Matcher written = TRAILING_WRITTEN_LEVEL.matcher(rest);
            Optional<Difficulty> named = (end.letter || end.star) && written.find() && written.start() > 0
                    ? DifficultyWords.parse(written.group(1) != null ? written.group(1) : written.group(2))
                    : Optional.empty();
            if (named.isPresent()) {
                level = named.get();
                rest = rest.substring(0, written.start()).strip();
                continue;
            }
            break;
        }
        for (String label : labels) {
            Optional<Difficulty> d = DifficultyWords.parse(label);
            if (d.isPresent()) {
                level = level != null ? level : d.get();
            } else {
                tags.add(label);
            }
        }
        tags = DifficultyWords.withLabels(tags, frequency);
        boolean asks = rest.endsWith("?") || rest.endsWith("？");
        if (rest.isEmpty() || level == null && (tags.isEmpty() || !asks)) {
            return Optional.empty();
        }
        return Optional.of(new Marks(rest, level, List.copyOf(tags)));
    }

    /**
     * What the text's last character allows at its end, so that the trailing patterns, each searched from every
     * position of every question, run only where they can match: most questions end with a question mark and pay
     * none. A line terminator last (which {@code $} may stand before) allows everything.
     */
    private record Ending(boolean bracket, boolean letter, boolean star, boolean circle) {
        private static final Ending ANY = new Ending(true, true, true, true);
        private static final Ending NONE = new Ending(false, false, false, false);

        static Ending of(String text) {
            if (text.isEmpty()) {
                return NONE;
            }
            char c = text.charAt(text.length() - 1);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return ANY;
            }
            int cp = text.codePointBefore(text.length());
            return new Ending("])）】」`".indexOf(c) >= 0, Character.isLetter(cp), "★☆⭐\uFE0F".indexOf(c) >= 0,
                    c == '\uFE0F' || cp == 0x1F7E2 || cp == 0x1F7E1 || cp == 0x1F7E0 || cp == 0x1F534);
        }
    }

    /**
     * The word of a label in brackets when it is one: a level word ({@link #bracketLevel}), or in square brackets a
     * company's name (a word starting with a letter, not after {@code 难度：}). A round bracket holding anything else
     * ({@code (see below)}, {@code (C++)}) is part of what is asked.
     */
    private static Optional<String> bracketed(Matcher label) {
        boolean round = label.group("round") != null;
        String word = (round ? label.group("round") : label.group("square")).strip();
        if (bracketLevel(word, round).isPresent()) {
            return Optional.of(word);
        }
        return !round && label.group("named") == null && Character.isLetter(word.codePointAt(0))
                ? Optional.of(word) : Optional.empty();
    }

    /** The level a bracketed word names, unless in its brackets it means something else (see NOT_IN_BRACKETS). */
    private static Optional<Difficulty> bracketLevel(String word, boolean round) {
        boolean other = NOT_IN_BRACKETS.contains(word.toLowerCase(Locale.ROOT))
                && (round || !Character.isLetter(word.codePointAt(0)));
        return other ? Optional.empty() : DifficultyWords.parse(word);
    }

    /**
     * A line (or lines) of labels alone under a question: level badges, company labels and frequency marks
     * ({@code ![Easy](https://img.shields.io/badge/-Easy-green) `[Google]` 🔥}, tagged as {@link #of} tags them);
     * empty when anything else is on it, or it names neither a level nor a label.
     */
    public static Optional<Marks> line(String text) {
        Difficulty level = null;
        List<String> tags = new ArrayList<>();
        List<String> frequency = new ArrayList<>();
        String line = text.strip();
        Matcher m = LINE_TOKEN.matcher(line);
        int at = 0;
        while (at < m.regionEnd()) {
            // a frequency mark (【必问】, （高频）, 🔥, ⭐重点) reads as it does around a question (FrequencyMarks):
            // 必问 is no company, and a 🔥 no text
            int mark = FrequencyMarks.markAt(line, at, frequency);
            if (mark > at) {
                at = mark;
                continue;
            }
            if (!m.find(at) || m.start() != at || m.end() == at) {
                break;
            }
            at = m.end();
            if (m.group(1) != null) {
                Optional<Difficulty> d = DifficultyWords.parse(m.group(1));
                if (d.isEmpty()) {
                    Matcher badge = BADGE_WORDS.matcher(m.group(2));
                    if (badge.find()) {
                        for (String w : badge.group(1).split("[-_%/]+")) {
                            d = d.or(() -> DifficultyWords.parse(w));
                        }
                    }
                }
                if (d.isEmpty()) {
                    return Optional.empty(); // a picture, or a badge of something else: not only labels
                }
                level = level != null ? level : d.get();
            } else if (m.group(3) != null) {
                Optional<Difficulty> d = DifficultyWords.parse(m.group(3));
                if (d.isPresent()) {
                    level = level != null ? level : d.get();
                } else {
                    tags.add(m.group(3).strip());
                }
            }
        }
        tags = DifficultyWords.withLabels(tags, frequency);
        if (at != line.length() || level == null && tags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Marks(null, level, List.copyOf(tags)));
    }

    /**
     * A question heading's title without the coloured circle that ends it, and its level: a list of headings marks
     * each question's level so ({@code ### Explain closures 🟡}, as its legend says), after any text, where a line of
     * text needs a question mark before it (see {@link #of}). Empty when the title does not end in one.
     */
    public static Optional<Marks> headingCircle(String title) {
        Matcher m = HEADING_CIRCLE.matcher(title.strip());
        return m.find() ? Optional.of(new Marks(title.strip().substring(0, m.start()).strip(), circle(m.group(1)),
                List.of())) : Optional.empty();
    }

    /** Whether a heading's title ends in a coloured circle (see {@link #headingCircle}). */
    public static boolean endsInCircle(String title) {
        return HEADING_CIRCLE.matcher(title.strip()).find();
    }

    /**
     * Whether the line is a legend of the levels ({@code 🟢 Easy 🟡 Medium 🔴 Hard}): the bank's key to its markers,
     * which a list repeats between its items, no text of the answer above it. Most circles name a level
     * ({@code 🟢 junior}, {@code 🔴 困难}); a line saying anything else ({@code 🟢 Easy ones first, then 🟡 Medium}),
     * or of other words ({@code 🟢 Go 🟡 Wait 🔴 Stop}), is text.
     */
    public static boolean legend(String line) {
        if (line.length() > 200 || !LEGEND.matcher(line).matches()) {
            return false;
        }
        Matcher entry = LEGEND_ENTRY.matcher(line);
        int entries = 0;
        int levels = 0;
        while (entry.find()) {
            entries++;
            levels += DifficultyWords.parse(entry.group(2)).isPresent() ? 1 : 0;
        }
        return levels >= 2 && 2 * levels > entries; // "🟢 junior 🟡 middle 🔴 senior": most name a level
    }

    private static Difficulty circle(String circle) {
        return switch (circle) {
            case "🟢" -> Difficulty.EASY;
            case "🟡" -> Difficulty.MEDIUM;
            // an amber circle sits above the yellow one: where banks use it, their legend names it "Hard" and keeps
            // red for "Expert" (🟢 Easy 🟡 Medium 🟠 Hard 🔴 Expert), so on three levels it is hard, not medium
            case "🟠" -> Difficulty.HARD;
            default -> Difficulty.HARD;
        };
    }
}
