package dev.qbank.importers.flashcards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags of a note or a card: a line of nothing but hashtags ({@code #flashcards/redis #缓存}). A
 * {@code #flashcards} tag puts the note (a line on its own) or the card (the line right above it, in its paragraph)
 * in the plugin's deck, {@code #flashcards/redis/缓存} in a sub-deck, whose path below {@code flashcards} is the
 * cards' topic ({@code redis / 缓存}, as Anki's sub-decks are); the other hashtags are their tags.
 *
 * @param deck the deck below {@code flashcards}, levels joined by {@code " / "}; null when none is named
 * @param tags the other hashtags, without {@code #}
 * @param flashcards whether a {@code #flashcards} tag was among them
 */
record DeckTags(String deck, List<String> tags, boolean flashcards) {
    static final DeckTags NONE = new DeckTags(null, List.of(), false);
    /** A line of hashtags and nothing else; {@code # heading} has a space after its mark and is none. */
    private static final Pattern LINE = Pattern.compile("[ \\t]*#[\\p{L}\\p{N}_][\\p{L}\\p{N}_/.+-]*"
            + "(?:[ \\t]+#[\\p{L}\\p{N}_][\\p{L}\\p{N}_/.+-]*)*[ \\t]*");
    private static final Pattern TAG = Pattern.compile("#([\\p{L}\\p{N}_][\\p{L}\\p{N}_/.+-]*)");
    /** The plugin's default deck tag, anywhere in a note's text or front matter. */
    static final Pattern FLASHCARDS = Pattern.compile("(?<![\\p{L}\\p{N}_/])#?flashcards(?:/[^\\s#,\\]]+)?(?![\\p{L}\\p{N}_])",
            Pattern.CASE_INSENSITIVE);

    /** Whether the line is only hashtags. */
    static boolean isTagLine(String line) {
        return LINE.matcher(line).matches();
    }

    /** The tags of a line of hashtags. */
    static DeckTags of(String line) {
        String deck = null;
        boolean flashcards = false;
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(line);
        while (m.find()) {
            String tag = m.group(1);
            String lower = tag.toLowerCase(Locale.ROOT);
            if (lower.equals("flashcards") || lower.startsWith("flashcards/")) {
                flashcards = true;
                String below = tag.substring("flashcards".length()).replaceAll("^/+|/+$", "");
                deck = deck != null || below.isEmpty() ? deck : below.replace("/", " / ");
            } else {
                tags.add(tag);
            }
        }
        return new DeckTags(deck, List.copyOf(tags), flashcards);
    }

    /** A {@code tags:} (or {@code tag:}) entry in YAML front matter. */
    private static final Pattern FRONT_MATTER_TAGS = Pattern.compile(
            "(?m)^tags?[ \t]*:[ \t]*(.*)\n?((?:[ \t]*-[ \t]+.*(?:\n|$))*)");

    /**
     * The tags a note's front matter names ({@code yaml} its lines between the {@code ---}): {@code tags: [a, b]},
     * {@code tags: a, b}, {@code tags: a b} or a YAML list under {@code tags:}, each with or without its {@code #}
     * and quotes; a {@code flashcards} tag names the deck, as on a line of hashtags.
     */
    static DeckTags ofFrontMatter(String yaml) {
        Matcher m = FRONT_MATTER_TAGS.matcher(yaml);
        if (!m.find()) {
            return NONE;
        }
        StringBuilder line = new StringBuilder();
        String inline = m.group(1).strip().replaceAll("^\\[|]$", "");
        String listed = m.group(2).replaceAll("(?m)^[ \t]*-[ \t]+", "");
        for (String tag : (inline + "\n" + listed).split("[,\\s]+")) {
            String t = tag.strip().replaceAll("^[\"']|[\"']$", "").replaceFirst("^#", "");
            if (!t.isEmpty()) {
                line.append(" #").append(t);
            }
        }
        return of(line.toString());
    }

    /** These tags, then {@code more}'s; the deck named nearer the card ({@code more}'s) wins. */
    DeckTags and(DeckTags more) {
        List<String> all = new ArrayList<>(tags);
        more.tags.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return new DeckTags(more.deck != null ? more.deck : deck, List.copyOf(all), flashcards || more.flashcards);
    }
}
