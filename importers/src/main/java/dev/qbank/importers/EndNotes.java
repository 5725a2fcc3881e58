package dev.qbank.importers;

import dev.qbank.model.Reference;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list's notes, as a book's or a paper's question list has them: questions that cite a source with a note marker
 * at their end ({@code … in Adam? [5]}, {@code …？[^2]}) and, below them, the notes, one a line ({@code [5] https://…},
 * {@code [^2]: 标题 https://…}, {@code [3] [title](https://…)}), maybe under a {@code References} / {@code 参考文献}
 * line. A note is the reference of the questions citing it, and a marker no part of what they ask; the notes are no
 * answer of the question above them (nor a footer to leave out). Notes nothing cites are read as before.
 */
public final class EndNotes {
    /** A note's number and what follows it (group 2), read by {@link #reference}. */
    private static final Pattern NOTE = Pattern.compile("^[ \\t]*+\\[\\^?([0-9]{1,4})\\][:：]?[ \\t]++(\\S.*)");
    /** A note's text that is one Markdown link. */
    private static final Pattern LINK = Pattern.compile("^\\[([^\\]\\n]*+)\\]\\((https?://[^\\s)]++)\\)");
    /** A note's last word that is a URL, maybe in angle brackets. */
    private static final Pattern URL = Pattern.compile("<?(https?://[^\\s<>]++)>?");
    private static final Pattern MARKER = Pattern.compile("\\[\\^?([0-9]{1,4})\\]");
    /** The line a block of notes may sit under. */
    private static final Pattern HEADER = Pattern.compile("^[ \\t]*(?:#{1,6}[ \\t]+)?[*_]*(?:references?|notes?|sources?"
            + "|bibliography|参考文献|参考资料|参考链接|引用|注释|注)[*_]*[ \\t]*[:：]?[*_ \\t]*$", Pattern.CASE_INSENSITIVE);
    private static final EndNotes NONE = new EndNotes(Map.of(), new BitSet());

    private final Map<String, List<Reference>> notes;
    /** The lines (1-based) that are notes or the line over them. */
    private final BitSet lines;

    private EndNotes(Map<String, List<Reference>> notes, BitSet lines) {
        this.notes = notes;
        this.lines = lines;
    }

    /** The notes of a document, when a line above them cites one; none otherwise. */
    public static EndNotes of(String text) {
        // one pass that makes no string but for a line opening with '[' and holding a URL: most documents have none
        Map<String, List<Reference>> notes = new HashMap<>();
        BitSet at = new BitSet();
        int line = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            line++;
            int i = start;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < end && text.charAt(i) == '[') {
                Matcher m = NOTE.matcher(text.substring(start, end));
                Reference r = m.matches() ? reference(m.group(2).strip()) : null;
                if (r != null) {
                    notes.computeIfAbsent(m.group(1), n -> new ArrayList<>()).add(r);
                    at.set(line);
                }
            }
            start = end + 1;
        }
        if (notes.isEmpty()) {
            return NONE;
        }
        List<String> lines = text.lines().toList();
        if (!cites(lines.subList(0, at.nextSetBit(0) - 1), notes)) {
            return NONE;
        }
        for (int n = at.nextSetBit(0); n >= 0; n = at.nextSetBit(n + 1)) {
            int above = n - 2; // 0-based index of the line above the note
            while (above >= 0 && lines.get(above).isBlank()) {
                above--;
            }
            if (above >= 0 && !at.get(above + 1) && HEADER.matcher(lines.get(above)).matches()) {
                at.set(above + 1);
            }
        }
        return new EndNotes(notes, at);
    }

    private static boolean cites(List<String> lines, Map<String, List<Reference>> notes) {
        for (String line : lines) {
            if (!cited(line, notes).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the run of markers ending a line ({@code [1]}, {@code [1][2]}, {@code [^3]}) starts, blanks before it
     * included; -1 when the line ends otherwise. Read from the end by hand: a pattern searched from every blank of a
     * long run of them was quadratic.
     */
    private static int markersStart(String line) {
        int i = line.length();
        int start = -1;
        while (true) {
            while (i > 0 && isBlank(line.charAt(i - 1))) {
                i--;
            }
            if (i == 0 || line.charAt(i - 1) != ']') {
                break;
            }
            int j = i - 1;
            int digits = 0;
            while (j > 0 && digits <= 4 && Character.isDigit(line.charAt(j - 1)) && line.charAt(j - 1) < 128) {
                j--;
                digits++;
            }
            if (digits == 0 || digits > 4) {
                break;
            }
            j -= j > 0 && line.charAt(j - 1) == '^' ? 1 : 0;
            if (j == 0 || line.charAt(j - 1) != '[') {
                break;
            }
            i = j - 1;
            start = i;
        }
        if (start < 0) {
            return -1;
        }
        while (start > 0 && isBlank(line.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    /** The note numbers a line's closing markers cite, when every one of them is a note; empty otherwise. */
    private static List<String> cited(String line, Map<String, List<Reference>> notes) {
        int start = markersStart(line);
        if (start < 0) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        for (Matcher m = MARKER.matcher(line.substring(start)); m.find(); ) {
            if (!notes.containsKey(m.group(1))) {
                return List.of();
            }
            numbers.add(m.group(1));
        }
        return numbers;
    }

    /** A note's text as a reference: one link, or a URL after a title ({@code Gundersen, SVD https://…}); else null. */
    private static Reference reference(String note) {
        Matcher link = LINK.matcher(note);
        if (link.matches()) {
            return new Reference(link.group(2), blankToNull(link.group(1)));
        }
        int space = Math.max(note.lastIndexOf(' '), note.lastIndexOf('\t'));
        Matcher url = URL.matcher(note.substring(space + 1));
        return url.matches() ? new Reference(url.group(1), blankToNull(note.substring(0, Math.max(space, 0)))) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the 1-based line is a note, or the {@code References} line over them. */
    public boolean isNoteLine(int line) {
        return lines.get(line);
    }

    /** A question's text without the markers ending it, and the references they cite. */
    public record Cited(String text, List<Reference> references) {
    }

    /** What {@code question} cites: its text without the markers, and their notes; the text as it is when none. */
    public Cited cited(String question) {
        List<String> numbers = notes.isEmpty() ? List.of() : cited(question, notes);
        if (numbers.isEmpty()) {
            return new Cited(question, List.of());
        }
        List<Reference> refs = new ArrayList<>();
        numbers.forEach(n -> refs.addAll(notes.get(n)));
        return new Cited(question.substring(0, markersStart(question)), refs);
    }
}
