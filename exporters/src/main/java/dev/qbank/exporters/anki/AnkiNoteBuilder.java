package dev.qbank.exporters.anki;

import dev.qbank.exporters.LinkLabel;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import dev.qbank.model.TopicLevels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Turns one question into the fields, tags and deck of its Anki note. Not thread-safe (see {@link CardHtml}). */
final class AnkiNoteBuilder {
    /** What a question becomes in Anki, before ids and positions are assigned. */
    record NoteContent(List<String> fields, List<String> tags, String deck) {
        String joinedFields() {
            return String.join("\u001f", fields);
        }

        /** Anki stores tags space-separated with a space on each side, or empty. */
        String joinedTags() {
            return tags.isEmpty() ? "" : " " + String.join(" ", tags) + " ";
        }
    }

    private static final Pattern ANKI_MARKUP =
            Pattern.compile("(?i)\\[(sound:|/?latex\\]|/?\\$\\$?\\])");

    private final CardHtml html = new CardHtml();
    private final String rootDeck;

    AnkiNoteBuilder(String rootDeck) {
        this.rootDeck = deckName(rootDeck);
    }

    String rootDeck() {
        return rootDeck;
    }

    NoteContent build(Question q, Map<String, String> media) {
        List<String> fields = new ArrayList<>(AnkiCollectionSchema.FIELDS.size());
        fields.add(markdown(q, "question", q.question(), media, true));
        fields.add(markdown(q, "prompt", q.prompt(), media, false));
        fields.add(markdown(q, "answer", q.answer(), media, false));
        fields.add(explanation(q, media));
        fields.add(q.difficulty() == null ? "" : CardHtml.text(q.difficulty().id()));
        fields.add(CardHtml.text(q.topic()));
        fields.add(sources(q.sources()));
        fields.add(references(q.references()));
        fields.add(CardHtml.text(q.id()));
        // U+001F separates fields in the notes table; it can never be part of one. Anki's own markup in field
        // text ([sound:...] plays a file, [latex]/[$]/[$$] runs LaTeX on the learner's machine) must stay text, and
        // so must MathJax commands that make links or styles, wherever the text put MathJax delimiters.
        fields.replaceAll(f -> MathSpans.defuse(inertAnkiMarkup(f)));
        return new NoteContent(List.copyOf(fields), tags(q), deckFor(q.topic()));
    }

    /**
     * A field with U+001F removed and Anki's markup made text. Both need a character most fields lack ({@code [} or
     * U+001F), and running the regex over every field was a visible share of the export.
     */
    static String inertAnkiMarkup(String field) {
        String f = field.indexOf('\u001f') < 0 ? field : field.replace("\u001f", "");
        return f.indexOf('[') < 0 ? f : ANKI_MARKUP.matcher(f).replaceAll("&#91;$1");
    }

    private String markdown(Question q, String field, String text, Map<String, String> media, boolean inline) {
        try {
            return inline ? html.renderInline(text, media) : html.render(text, media);
        } catch (CardHtml.TooDeep e) {
            throw new QbankException(Diagnostic.error("markdown", BankStore.defaultRelativePath(q.id()), 0, 0, field + " is Markdown " + e.getMessage() + " (at most "
                    + CardHtml.MAX_DEPTH + "); flatten its quotes, lists or emphasis; nothing was exported"));
        }
    }

    /**
     * The explanation, and under it the question's aliases (its other phrasings, merged by dedup), one an item of a
     * block the anki import reads back as the aliases: {@code <div class="qbank-aliases">Also asked as:<ul><li>…}.
     * <p>
     * Why no field of their own: Anki's package import (rslib, import_export/package/apkg/import/notes.rs) compares
     * the incoming note type with the learner's one of the same id by its fields and templates ({@code
     * equal_schema}). A changed field list makes it add the incoming type as a copy under a new id, and every note
     * of an earlier export (the same guid) on the old type is then "conflicting": left as it was, not updated, unless
     * the learner ticks "merge note types", which changes their notes' type (a full sync). A new note-type id or
     * version is no better: the guids match notes of another type, the same conflict. A block in a field the card
     * already shows under the answer changes only the field's text, so a newer export updates each note in place
     * (its guid, cards and review history kept). Each alias is rendered as the question is (inline, sanitised: an
     * alias is untrusted text) and read back as the question is.
     */
    private String explanation(Question q, Map<String, String> media) {
        String explanation = markdown(q, "explanation", q.explanation(), media, false);
        if (q.aliases().isEmpty()) {
            return explanation;
        }
        StringBuilder sb = new StringBuilder(explanation).append("<div class=\"qbank-aliases\">Also asked as:<ul>");
        for (String alias : q.aliases()) {
            sb.append("<li>").append(markdown(q, "aliases", alias, media, true)).append("</li>");
        }
        return sb.append("</ul></div>").toString();
    }

    private String sources(List<Source> sources) {
        // most questions have none or only plain ones; the sanitiser costs tens of microseconds even on ""
        return html.inline(sources.stream()
                .map(s -> new CardHtml.Line(shown(s), isWebLink(s.url()) ? s.url() : null)).toList());
    }

    /**
     * A source as the card shows it under the answer: the file's name and line, and the section the source filed the
     * question under ({@code 003_dl.txt:59 (初级)}). The folders are the importing machine's ({@code
     * ../work/wt/x/seeds/003_dl.txt:59} on every card of a bank kept elsewhere, exp27), which tell a learner nothing;
     * the bank and the other exports keep the whole path.
     */
    static String shown(Source s) {
        String name = fileName(s) + ":" + s.line();
        return s.section() == null || s.section().isBlank() ? name : name + " (" + s.section().strip() + ")";
    }

    /**
     * A web link shows its title (or a short label) and links to its url; a citation its title as written
     * ({@link CardHtml.Line#citation}); any other reference is its text as {@link Reference#written()} writes it
     * ({@code [The DOI Handbook](doi:10.1000/182)}, a whole {@code mailto:} address), its title's line breaks as
     * breaks ({@link CardHtml.Line#written}): shown as its title alone, a doi's or arXiv's url was lost on the way back.
     */
    private String references(List<Reference> refs) {
        return html.lines(refs.stream().map(r -> isWebLink(r.url()) ? new CardHtml.Line(LinkLabel.of(r), r.url())
                : r.url() == null || r.url().isEmpty() ? CardHtml.Line.citation(r.title())
                : CardHtml.Line.written(r.written("\n"))).toList());
    }

    /** Only web pages become links; anything else is shown as text (the sanitiser would drop it anyway). */
    private static boolean isWebLink(String url) {
        return url != null && url.regionMatches(true, 0, "https://", 0, 8)
                || url != null && url.regionMatches(true, 0, "http://", 0, 7);
    }

    /** The question's tags, its difficulty and its source banks; case-insensitively unique, sorted. */
    static List<String> tags(Question q) {
        TreeMap<String, String> unique = new TreeMap<>();
        for (String t : q.tags()) {
            add(unique, AnkiText.tag(t));
        }
        if (q.difficulty() != null) {
            add(unique, "difficulty::" + q.difficulty().id());
        }
        for (Source s : q.sources()) {
            String name = fileName(s);
            int dot = name.lastIndexOf('.');
            add(unique, AnkiText.tag("source::" + (dot > 0 ? name.substring(0, dot) : name)));
        }
        return List.copyOf(unique.values());
    }

    /** The source file's name, without its folders (either slash: a path may come from Windows). */
    private static String fileName(Source s) {
        String file = s.file().replace('\\', '/');
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static void add(Map<String, String> unique, String tag) {
        if (!tag.isEmpty() && !tag.equals("::") && !tag.endsWith("::")) {
            unique.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
    }

    String deckFor(String topic) {
        if (topic == null) {
            return rootDeck;
        }
        // one deck name object per topic: the writer thread looks every note's deck up in a hash map, and a name
        // it has seen before then comes with its hash already computed (a bank has few topics; the cap is a guard)
        String known = decksByTopic.get(topic);
        if (known != null) {
            return known;
        }
        String t = deckName(TopicLevels.joined(topic, "::"));
        String deck = t.isEmpty() ? rootDeck : rootDeck + "::" + t;
        if (decksByTopic.size() < 10_000) {
            deck.hashCode();
            decksByTopic.put(topic, deck);
        }
        return deck;
    }

    private final Map<String, String> decksByTopic = new HashMap<>();

    /** A deck path with empty components and control characters removed ({@code ::} separates levels). */
    static String deckName(String raw) {
        if (raw == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : AnkiText.nfc(raw).split("::")) {
            String p = part.replaceAll("\\p{Cntrl}", "").strip();
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return String.join("::", parts);
    }
}
