package dev.qbank.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The levels of a topic. A slash with spaces around it separates them ({@code 计算机视觉 / 目标检测}): that is how
 * the {@code anki} import writes a nested deck's path as a topic, so the Anki export can give the decks back and
 * {@code export --topic 计算机视觉} can take the whole branch, as Anki's own deck search does. A slash without
 * spaces is part of a name ({@code TCP/IP}, {@code I/O}, {@code CV/检测}) and stays in one level.
 */
public final class TopicLevels {
    /** Spaces, tabs or ideographic spaces on both sides of a slash. */
    private static final Pattern SPACED_SLASH = Pattern.compile("[ \\t\\u3000]+/[ \\t\\u3000]+");

    private TopicLevels() {
    }

    /** The topic's levels, each stripped, empty ones left out ({@code " / a / "} has one). */
    public static List<String> of(String topic) {
        List<String> levels = new ArrayList<>();
        if (topic == null) {
            return levels;
        }
        for (String level : SPACED_SLASH.split(topic, -1)) {
            String l = level.strip();
            if (!l.isEmpty()) {
                levels.add(l);
            }
        }
        return levels;
    }

    /** The topic with its levels joined by {@code separator} (Anki's {@code ::}). */
    public static String joined(String topic, String separator) {
        return String.join(separator, of(topic));
    }

    /**
     * Whether {@code topic} is {@code branch} or lies below it: {@code 编程 / Java} is within {@code 编程} and
     * within itself, not within {@code 编} or {@code Java}. Levels compare case-insensitively.
     */
    public static boolean isWithin(String topic, String branch) {
        List<String> t = of(topic);
        List<String> b = of(branch);
        if (b.isEmpty() || b.size() > t.size()) {
            return false;
        }
        for (int i = 0; i < b.size(); i++) {
            if (!key(t.get(i)).equals(key(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String level) {
        return level.toLowerCase(Locale.ROOT);
    }
}
