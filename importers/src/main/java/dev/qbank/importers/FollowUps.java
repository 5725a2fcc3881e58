package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follow-up questions written as a plain bullet list right under a question, without a {@code 追问：} label
 * ({@code - 为什么不是两次？}, {@code - 那如果第三次握手丢了呢？}, {@code - What if the key is null?}): what the
 * interviewer asks next, part of the question's prompt, not its answer. Decided by the whole list, nested items
 * too: every item asks (a question mark ends it, or a {@code 追问：} label opens it). An answer's points that state
 * things, and a list one of whose points happens to end with a question mark, stay the answer. The list must open
 * what is under the question and end at a blank line (or the end); text under it (an answer) stays the answer.
 */
public final class FollowUps {
    private static final Pattern BULLET = Pattern.compile("^([ \\t]*+)[-*+•][ \\t]++(\\S.*)");

    private FollowUps() {
    }

    /** How many of {@code lines}' first lines are such a list of follow-ups (with blank lines among them); 0: none. */
    public static int leading(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        int end = 0;
        boolean blankBefore = true;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            Matcher item = BULLET.matcher(line);
            if (!item.matches()) {
                // a paragraph after a blank line ends the list; one right under an item goes on with it
                return blankBefore && end > 0 ? end : 0;
            }
            if (!asks(line, item.group(2))) {
                return 0;
            }
            blankBefore = false;
            end = i + 1;
        }
        return end;
    }

    /** The list's lines {@link #leading} counts, blank ones dropped, less the indentation they share. */
    public static List<String> lines(List<String> lines, int leading) {
        List<String> items = lines.subList(0, leading).stream().filter(l -> !l.isBlank()).toList();
        int indent = items.stream().mapToInt(FollowUps::indent).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String l : items) {
            out.add(l.substring(indent).stripTrailing());
        }
        return out;
    }

    private static boolean asks(String line, String text) {
        return ItemParts.followUp(line) || AskingText.asks(PlainMarkup.strip(text).strip());
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }
}
