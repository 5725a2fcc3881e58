package dev.qbank.importers;

import dev.qbank.model.Difficulty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a remarks cell ({@code 备注}, {@code Notes}: a sheet's, a Markdown table's, a JSON record's or an Anki note's)
 * says besides prose. Sheets use the column for a question's marks as often as for a remark: {@code 高频},
 * {@code 必考}, {@code 🔥}, {@code 【必问】}, {@code ⭐⭐⭐}, alone or beside words ({@code 高频，字节二面}). A mark is
 * read as {@link FrequencyMarks} reads it around a question (the tag {@value FrequencyMarks#OFTEN} or
 * {@value FrequencyMarks#MUST}) and stars alone as {@link LevelLabels} reads them after one (a level); the rest is
 * the remark. Here, unlike in a question, a frequency word may stand bare: a cell, or a piece of one set apart by a
 * comma, a slash or a line, that holds only {@code 高频} is a mark, not a sentence about high frequencies. A word
 * inside the prose ({@code 高频交易场景常问}) is the prose's.
 */
public final class RemarkLabels {
    /** What sets the pieces of a remarks cell apart: a comma, a list's separators, a line. */
    private static final Pattern SEPARATOR = Pattern.compile("(?<![ \\t\\u3000])[ \\t\\u3000]*+[，,、;；/|·•\\n][ \\t\\u3000]*+");
    private static final Pattern STARS = Pattern.compile("[★☆⭐\\x{FE0F}]{1,10}");
    /** A bare Chinese frequency word set apart from the remark by a blank only: {@code 高频 字节面试}. */
    private static final Pattern HAN_WORD_LEADING = Pattern.compile("^(\\p{IsHan}{2,3})[ \\t\\u3000]+(?=\\S)");
    private static final Pattern HAN_WORD_TRAILING = Pattern.compile("(?<=\\S)[ \\t\\u3000]+(\\p{IsHan}{2,3})$");

    private RemarkLabels() {
    }

    /** The remark without its marks (null when nothing else was written), their tags and the level stars gave. */
    public record Read(String text, List<String> tags, Difficulty level) {
    }

    /** What {@code remark} says; null when it is null. A remark without marks is its text alone, as written. */
    public static Read of(String remark) {
        if (remark == null || remark.isBlank()) {
            return new Read(remark, List.of(), null);
        }
        List<int[]> pieces = pieces(remark);
        List<String> tags = new ArrayList<>();
        Difficulty[] level = new Difficulty[1];
        int first = 0;
        while (first < pieces.size() && mark(piece(remark, pieces.get(first)), tags, level)) {
            first++;
        }
        int last = pieces.size() - 1;
        List<String> trailing = new ArrayList<>();
        while (last >= first && mark(piece(remark, pieces.get(last)), trailing, level)) {
            last--;
        }
        if (first > last) {
            Collections.reverse(trailing);
            tags.addAll(trailing);
            return new Read(null, distinct(tags), level[0]);
        }
        int start = pieces.get(first)[0];
        int end = pieces.get(last)[1];
        String text = remark.substring(start, end);
        String head = inner(text, true, tags);
        String rest = inner(head, false, trailing);
        Collections.reverse(trailing);
        tags.addAll(trailing);
        return new Read(rest, distinct(tags), level[0]);
    }

    /** The offsets of the cell's pieces between separators, blanks around them left out; empty pieces skipped. */
    private static List<int[]> pieces(String remark) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(remark);
        int at = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : remark.length();
            int s = at;
            int e = end;
            while (s < e && Character.isWhitespace(remark.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(remark.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
            if (!found) {
                return out;
            }
            at = m.end();
        }
    }

    private static String piece(String remark, int[] at) {
        return remark.substring(at[0], at[1]);
    }

    /**
     * Whether {@code piece} is only marks (a frequency mark, a bare frequency word, stars, or blanks between them);
     * their tags join {@code tags} and the stars' level {@code level} (the first one).
     */
    private static boolean mark(String piece, List<String> tags, Difficulty[] level) {
        List<String> found = new ArrayList<>(marks(piece)); // "frequently asked" is one mark of two words
        Difficulty stars = null;
        for (String token : found.isEmpty() ? piece.split("[ \\t\\u3000]+") : new String[0]) {
            List<String> marks = marks(token);
            if (!marks.isEmpty()) {
                found.addAll(marks);
            } else if (STARS.matcher(token).matches() && DifficultyWords.parse(token).isPresent()) {
                stars = stars != null ? stars : DifficultyWords.parse(token).get();
            } else {
                return false;
            }
        }
        tags.addAll(found);
        if (level[0] == null) {
            level[0] = stars;
        }
        return true;
    }

    /** The tags of {@code text} when it is frequency marks or a bare frequency word and nothing else. */
    private static List<String> marks(String text) {
        return FrequencyMarks.bareWord(text).map(List::of).orElseGet(() -> FrequencyMarks.alone(text));
    }

    /**
     * {@code text} without the marks at its start ({@code leading}) or end: bracketed and 🔥 marks as around a
     * question ({@code 【高频】注意边界}), or a Chinese frequency word set apart by a blank ({@code 高频 字节面试}).
     */
    private static String inner(String text, boolean leading, List<String> tags) {
        Matcher han = (leading ? HAN_WORD_LEADING : HAN_WORD_TRAILING).matcher(text);
        if (han.find()) {
            Optional<String> bare = FrequencyMarks.bareWord(han.group(1));
            if (bare.isPresent()) {
                tags.add(bare.get());
                return leading ? text.substring(han.end()) : text.substring(0, han.start());
            }
        }
        Optional<FrequencyMarks.Marked> marked = leading ? FrequencyMarks.leading(text) : FrequencyMarks.trailing(text);
        if (marked.isPresent()) {
            tags.addAll(marked.get().tags());
            return marked.get().text();
        }
        return text;
    }

    private static List<String> distinct(List<String> tags) {
        return tags.stream().distinct().toList();
    }
}
