package dev.qbank.importers.org;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One org heading line taken apart: its stars, a to-do keyword, its title and its tags ({@code :drill:go:}).
 *
 * <p>The title and the tags are found by code, not by one pattern: a lazy title followed by optional tags and
 * trailing blanks backtracks over every blank of a long run, so a line of a few thousand spaces (untrusted input)
 * took seconds and grew with the square of its length. Here the line is walked a constant number of times.
 */
record HeadingLine(int level, String keyword, String title, String tags) {
    /** The stars, a to-do keyword and a priority cookie ({@code [#A]}): each bounded by what follows it. */
    private static final Pattern PREFIX = Pattern.compile("(\\*+)[ \\t]+(?:(TODO|DONE|NEXT|WAITING|HOLD|CANCELL?ED)"
            + "(?:[ \\t]+|$))?(?:\\[#[A-Z0-9]\\][ \\t]*)?");
    private static final Pattern TAGS = Pattern.compile(":(?:[\\p{L}\\p{N}_@#%]+:)+");

    /** The heading on this line, or null when the line is no heading (no stars, or no blank after them). */
    static HeadingLine parse(String line) {
        Matcher m = PREFIX.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        String rest = stripTrailingBlanks(line.substring(m.end()));
        String tags = null;
        int blank = Math.max(rest.lastIndexOf(' '), rest.lastIndexOf('\t'));
        // Tags need a blank before them; a heading that is only ":word:" has that as its title.
        if (blank >= 0 && TAGS.matcher(rest).region(blank + 1, rest.length()).matches()) {
            tags = rest.substring(blank + 1);
            rest = stripTrailingBlanks(rest.substring(0, blank));
        }
        return new HeadingLine(m.group(1).length(), m.group(2), rest, tags);
    }

    private static String stripTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }
}
