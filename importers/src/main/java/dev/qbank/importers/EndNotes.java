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
    /** A note: its number, then a Markdown link (groups 2, 3) or a URL after an optional title (groups 4, 5). */
    private static final Pattern NOTE = Pattern.compile("^[ \\t]*\\[\\^?([0-9]{1,4})\\][:：]?[ \\t]+(?:\\[([^\\]\\n]*)\\]"
            + "\\((https?://[^\\s)]+)\\)|(?:([^\\n]*?)[ \\t]+)?<?(https?://[^\\s>]+?)>?)[ \\t]*$");
    /** The markers ending a line ({@code [1]}, {@code [1][2]}, {@code [^3]}). */
    private static final Pattern MARKERS = Pattern.compile("(?:[ \\t\\u3000]*\\[\\^?[0-9]{1,4}\\])+[ \\t\\u3000]*$");
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
        List<String> lines = text.lines().toList();
        Map<String, List<Reference>> notes = new HashMap<>();
        BitSet at = new BitSet();
        int firstNote = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = line.indexOf("://") < 0 ? null : NOTE.matcher(line);
            if (m != null && m.matches()) {
                Reference r = m.group(3) != null ? new Reference(m.group(3), blankToNull(m.group(2)))
                        : new Reference(m.group(5), blankToNull(m.group(4)));
                notes.computeIfAbsent(m.group(1), n -> new ArrayList<>()).add(r);
                at.set(i + 1);
                firstNote = firstNote < 0 ? i : firstNote;
            }
        }
        if (notes.isEmpty() || !cites(lines.subList(0, firstNote), notes)) {
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
            if (line.stripTrailing().endsWith("]") && !cited(line, notes).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The note numbers a line's closing markers cite, when every one of them is a note; empty otherwise. */
    private static List<String> cited(String line, Map<String, List<Reference>> notes) {
        Matcher run = MARKERS.matcher(line);
        if (!line.stripTrailing().endsWith("]") || !run.find()) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        for (Matcher m = MARKER.matcher(run.group()); m.find(); ) {
            if (!notes.containsKey(m.group(1))) {
                return List.of();
            }
            numbers.add(m.group(1));
        }
        return numbers;
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
        Matcher run = MARKERS.matcher(question);
        run.find();
        List<Reference> refs = new ArrayList<>();
        numbers.forEach(n -> refs.addAll(notes.get(n)));
        return new Cited(question.substring(0, run.start()), refs);
    }
}
