package dev.qbank.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Git's conflict markers left in a bank file after a merge. Two branches that each import or curate touch the same
 * lists (a question's {@code sources}, {@code aliases}, {@code conflicts}; {@code bank.yaml}'s entries), and a
 * maintainer who commits the merge unresolved gets a file YAML cannot read. The parser then speaks of the line
 * after the marker ("this line is not 'field: value'", "could not find expected ':'"), which sends the reader to
 * fix indentation; the marker itself says what happened and what to do.
 */
public final class ConflictMarkers {
    private ConflictMarkers() {
    }

    /** The 1-based line of the first conflict marker line in {@code text}, or 0 when it has none. */
    public static int firstLine(String text) {
        if (text.indexOf("<<<<<<<") < 0 && text.indexOf(">>>>>>>") < 0 && text.indexOf("=======") < 0) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("<<<<<<< ") || l.startsWith(">>>>>>> ") || l.startsWith("||||||| ")
                    || l.strip().equals("=======") && l.startsWith("=")
                    || l.equals("<<<<<<<") || l.equals(">>>>>>>")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * What to do about {@code text}, whose first marker is at 1-based {@code line}: keep both sides' entries when the
     * sides added to a list; keep one side's line when both set the same fields (two curators reworded one question:
     * a field holds one value, and keeping both lines would repeat the field).
     */
    public static String message(String text, int line) {
        return "a git merge conflict marker ('" + lineText(text, line).strip() + "'): the merge left this file "
                + "unresolved; " + (bothSetTheSameFields(text, line)
                        ? "both sides set the same field: keep one side's line (or write one value from both)"
                        : "keep the lines of each side the bank needs (both sides' list entries, usually)")
                + ", delete the marker lines, then run 'qbank validate'";
    }

    /**
     * Whether the conflict opened at {@code line} ({@code <<<<<<<}) holds on each side only top-level
     * {@code field: value} lines, the same fields on both.
     */
    private static boolean bothSetTheSameFields(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || !lines[line - 1].startsWith("<<<<<<<")) {
            return false;
        }
        List<Set<String>> sides = new ArrayList<>();
        Set<String> side = new TreeSet<>();
        boolean base = false; // diff3's '|||||||' part: what the two sides changed, not a side
        for (int i = line; i < lines.length; i++) {
            String l = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (l.startsWith("|||||||")) {
                sides.add(side);
                base = true;
            } else if (l.equals("=======") || l.startsWith(">>>>>>>")) {
                if (!base) {
                    sides.add(side);
                }
                side = new TreeSet<>();
                base = false;
                if (l.startsWith(">>>>>>>")) {
                    return sides.size() == 2 && !sides.get(0).isEmpty() && sides.get(0).equals(sides.get(1));
                }
            } else if (!base) {
                Matcher m = FIELD_WITH_VALUE.matcher(l);
                if (!m.matches()) {
                    return false;
                }
                side.add(m.group(1));
            }
        }
        return false;
    }

    /** A top-level field with its value on its line ({@code question: …}), not one opening a list or a block. */
    private static final Pattern FIELD_WITH_VALUE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*): (?![|>][-+]?$)\\S.*");

    /** The text of 1-based {@code line}, without its line break. */
    public static String lineText(String text, int line) {
        String[] lines = text.split("\n", line + 1);
        String s = line - 1 < lines.length ? lines[line - 1] : "";
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
