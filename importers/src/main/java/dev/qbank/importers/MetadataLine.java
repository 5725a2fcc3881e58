package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line under a question that states its difficulty or tags, not its text: {@code 难度：中等}, {@code 标签：CNN, 池化},
 * {@code **Tags:** optimisation}. One list of words for every importer that reads such lines (Q&A sections, Notion
 * paragraphs, numbered and chaptered lists), so that a word means the same in each.
 *
 * @param kind  what the line states
 * @param value the rest of the line, markup removed
 */
public record MetadataLine(Kind kind, String value) {
    /** What a metadata line states. */
    public enum Kind {
        DIFFICULTY, TAGS
    }

    /** The words, as regex alternatives, longer first; English ones in any case. */
    public static final String WORDS = "难易度|难度|关键词|标签|(?i:difficulty|tags?|keywords)";

    /**
     * The word, then a colon, maybe in bold ({@code **难度：**}, {@code **难度**：}), or two as an outline app writes a
     * block property ({@code tags:: CNN, 池化}); group 1 the word, 2 the value.
     */
    private static final Pattern LINE = Pattern.compile(
            "^[ \\t]*(?:\\*\\*)?(" + WORDS + ")[ \\t]*(?:\\*\\*)?[ \\t]*(?:::?|：)[ \\t]*(?:\\*\\*)?(.*)$");

    /**
     * A block property an outline app (Logseq) writes under a bullet, {@code id:: 64a1…}, {@code collapsed:: true}:
     * a lower-case key, two colons right after it, then a space and the value. The app's bookkeeping, neither
     * question nor answer ({@code std::vector}, with no space, and {@code x :: Int}, with one before, are text).
     */
    private static final Pattern BLOCK_PROPERTY = Pattern.compile("^[ \\t]*[a-z][a-z0-9_-]*::(?:[ \\t].*)?$");

    /** Whether the line is an outline app's block or page property ({@code id:: …}, {@code collapsed:: true}). */
    public static boolean isBlockProperty(String line) {
        return BLOCK_PROPERTY.matcher(line).matches();
    }

    /** What the word names, if it is one of {@link #WORDS} (any case, no colon). */
    public static Optional<Kind> kind(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "难易度", "难度", "difficulty" -> Optional.of(Kind.DIFFICULTY);
            case "关键词", "标签", "tag", "tags", "keywords" -> Optional.of(Kind.TAGS);
            default -> Optional.empty();
        };
    }

    /**
     * A line of two or more hashtags and nothing else ({@code #CNN #池化}, Logseq's {@code #[[machine learning]]}),
     * as notes apps tag a note. One hashtag
     * alone is left to the text: it may as well be a code comment or an issue number.
     */
    private static final String HASHTAG = "#(?:[\\p{L}\\p{N}][\\p{L}\\p{N}_+.\\-]*|\\[\\[[^\\[\\]\\n]+\\]\\])";
    private static final Pattern HASHTAGS = Pattern.compile("^[ \\t]*" + HASHTAG + "(?:[ \\t]+" + HASHTAG + ")+[ \\t]*$");

    /** The line as a metadata line, if it is one. */
    public static Optional<MetadataLine> parse(String line) {
        if (HASHTAGS.matcher(line).matches() && !line.strip().matches(".*#[0-9]+(\\s.*)?$")) {
            return Optional.of(new MetadataLine(Kind.TAGS, line.strip()));
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MetadataLine(kind(m.group(1)).orElseThrow(),
                PlainMarkup.strip(m.group(2).replaceFirst("^\\*\\*", ""))));
    }

    /** The level a difficulty value names; one qbank does not know is a warning ({@code unset} says what happens). */
    public static Optional<Difficulty> level(String value, SourceDocument doc, int line, String unset,
                                             Consumer<Diagnostic> warnings) {
        Optional<Difficulty> level = DifficultyWords.parse(value);
        if (level.isEmpty()) {
            warnings.accept(Diagnostic.warning("difficulty", doc.file(), line, 0, "unknown difficulty '" + value
                    + "' (use 简单/中等/困难, easy/medium/hard, 1-3 or stars); " + unset));
        }
        return level;
    }

    /**
     * What the metadata lines under one question of a plain-text list said: the lines are taken out of its answer.
     */
    public static final class Collected {
        private Difficulty difficulty;
        private final Set<String> tags = new LinkedHashSet<>();

        /** Takes {@code line} when it is a metadata line or an outline app's block property; whether it was one. */
        public boolean take(String line, SourceDocument doc, int lineNo, Consumer<Diagnostic> warnings) {
            Optional<MetadataLine> m = parse(line);
            if (m.isEmpty()) {
                return isBlockProperty(line); // an outline app's bookkeeping: dropped
            }
            if (m.get().kind() == Kind.TAGS) {
                tags.addAll(TagList.split(m.get().value()));
            } else {
                level(m.get().value(), doc, lineNo, "left unset", warnings).ifPresent(d -> difficulty = d);
            }
            return true;
        }

        /** Takes tags given from elsewhere (an outliner's page's {@code tags::}), before those of the lines. */
        public void tags(List<String> given) {
            tags.addAll(given);
        }

        /** The level a line named, or null. */
        public Difficulty difficulty() {
            return difficulty;
        }

        public List<String> tags() {
            return List.copyOf(tags);
        }
    }
}
