package dev.qbank.model;

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

    /** What to do about a file with a marker at {@code line}. */
    public static String message(String markerLine) {
        return "a git merge conflict marker ('" + markerLine.strip() + "'): the merge left this file "
                + "unresolved; keep the lines of each side the bank needs (both sides' list entries, usually), "
                + "delete the marker lines, then run 'qbank validate'";
    }

    /** The text of 1-based {@code line}, without its line break. */
    public static String lineText(String text, int line) {
        String[] lines = text.split("\n", line + 1);
        String s = line - 1 < lines.length ? lines[line - 1] : "";
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
