package dev.qbank.importers.anki;

import dev.qbank.importers.ClozeDeletions;
import dev.qbank.importers.DifficultyWords;
import dev.qbank.importers.HtmlEntities;
import dev.qbank.importers.LanguageGuess;
import dev.qbank.importers.PlainMarkup;
import dev.qbank.importers.RemarkLabels;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.TagList;
import dev.qbank.importers.table.Column;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Anki note, as a package's collection or Anki's plain-text export holds it, and the question it asks. Its
 * fields are named by its note type: a field whose name is a column name ({@link Column}: Question, Answer,
 * Explanation, Difficulty, Topic, Tags, References, 题目, 答案, ...) fills that part of the question; a note type
 * naming no question field (Basic's Front/Back, Cloze's Text, or fields without names) gives its first field as the
 * question and its second as the answer. Fields are HTML, read as Markdown by {@link HtmlText} (nothing of the HTML
 * is kept); the question loses its bold, italics and code marks ({@link PlainMarkup}), as in every other format (not in
 * qbank's own note type, whose questions are a bank's). Tags are the note's, less qbank's own {@code difficulty::} and {@code source::} tags (a
 * {@code difficulty::} tag gives the difficulty when no field does; in qbank's note type {@code _} is a space again,
 * as its export wrote it); the topic is a Topic field, else the deck below the top one ({@code qbank::深度学习} files
 * under 深度学习, {@code Default} under none), else the note's one hierarchical tag ({@code 机器学习::树模型} files
 * under 机器学习 / 树模型 and is no tag; with two or more, none is chosen and they stay tags). A cloze note's
 * question hides its deletions as Anki's card does ({@code {{c1::O(n²)}}} shows as {@code [...]}, or as its hint)
 * and its answer starts with what they hide.
 *
 * @param noteType   the note type's name ("" when unknown)
 * @param fieldNames its fields' names in order (empty when unknown)
 * @param fields     the note's fields, HTML, in the same order
 * @param tags       the note's tags, separated by spaces (null: none)
 * @param deck       the deck of its first card, {@code ::} between levels (null: none)
 */
public record AnkiNote(String noteType, List<String> fieldNames, List<String> fields, String tags, String deck) {
    /** qbank's own note type, whose Topic field is the topic and whose deck adds nothing. */
    static final String QBANK_NOTETYPE = "qbank question";
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>");
    /** A line break in a references field, and where a link starts and ends: a break inside a link is its title's. */
    private static final Pattern BREAK_OR_LINK = Pattern.compile("(?i)<br\\s*/?>|<a\\s|</a\\s*>|<span\\s|</span\\s*>");
    /**
     * A citation as qbank's export writes one since exp27: its title as written, line breaks as breaks; before, it
     * was {@link Reference#written()}'s text, which {@link Reference#cited} reads. A titled reference that is no web
     * link is that written text in a {@code qbank-reference} span since exp29, its title's line breaks as breaks.
     */
    private static final Pattern CITATION = Pattern.compile(
            "(?<!\\s)\\s*+<span class=\"qbank-(citation|reference)\">(.*)</span>\\s*", Pattern.DOTALL);
    /**
     * The block qbank's export writes under a question's explanation for the question's aliases, one an item (see
     * the exporter's AnkiNoteBuilder: the note type has no field of their own). Its class is one qbank's card HTML
     * never writes elsewhere (the sanitiser keeps no class but a code block's language).
     */
    private static final Pattern ALIASES = Pattern.compile("<div class=\"qbank-aliases\">(.*)</div>\\s*$",
            Pattern.DOTALL);
    /** An item's tags: an alias may hold a list of its own (raw HTML the card keeps), balanced by the sanitiser. */
    private static final Pattern ITEM_TAG = Pattern.compile("(?i)<(/?)li\\b[^>]*>");
    /**
     * Fields shared decks add to a note type for where a card comes from (a book's chapter, a link): the question's
     * references, one a line. Only in a note's fields: in a sheet or JSON a {@code source} is often a scraper's label.
     */
    private static final Set<String> SOURCE_FIELDS = Set.of("source", "sources", "来源", "出处",
            "引用", "reference", "ref");
    /** Anki's name for what a card shows under its answer (Basic's added "Extra" field): the explanation. */
    private static final Set<String> EXTRA_FIELDS = Set.of("extra", "额外", "补充");

    /**
     * Fields of qbank's own note type that a re-import leaves out on purpose: {@code Source} lists the bank files the
     * question came from (its provenance, which the import records anew) and {@code Id} the id the bank makes again.
     */
    private static final Set<String> QBANK_OWN_FIELDS = Set.of("source", "id");

    /** The part of the question a field fills: its column, a source or an extra field's; null when none. */
    private Column role(String fieldName) {
        if (ownField(fieldName)) {
            return null;
        }
        String name = fieldName.strip().toLowerCase(Locale.ROOT);
        return SOURCE_FIELDS.contains(name) ? Column.REFERENCES
                : EXTRA_FIELDS.contains(name) ? Column.EXPLANATION
                : Column.of(fieldName).orElse(null);
    }

    /**
     * The fields of this note that hold text no part of the question reads ({@code 备注}, a note type's own
     * {@code Hint}; {@code field 3} for a field without a name): the importer names them once per file, rather than
     * dropping them unsaid.
     */
    public List<String> unreadFields() {
        boolean named = fieldNames.stream().anyMatch(n -> role(n) == Column.QUESTION);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            boolean read = i < fieldNames.size() && (role(fieldNames.get(i)) != null || ownField(fieldNames.get(i)))
                    || !named && i < 2;
            if (!read && !HtmlText.of(fields.get(i)).text().isBlank()) {
                unread.add(i < fieldNames.size() && !fieldNames.get(i).isBlank() ? fieldNames.get(i)
                        : "field " + (i + 1));
            }
        }
        return unread;
    }

    private boolean ownField(String fieldName) {
        return QBANK_NOTETYPE.equals(noteType) && QBANK_OWN_FIELDS.contains(fieldName.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The question this note asks, at {@code line} of {@code doc} as the {@code number}th note, read by the importer
     * named {@code format}; the images its fields show are added to {@code images}. Null, with a warning, when its
     * question field is empty.
     */
    public Question question(SourceDocument doc, int line, int number, String format, List<String> images,
                             Consumer<Diagnostic> warnings) {
        Map<Column, String> byColumn = new EnumMap<>(Column.class);
        for (int i = 0; i < fields.size() && i < fieldNames.size(); i++) {
            Column c = role(fieldNames.get(i));
            if (c != null) {
                byColumn.putIfAbsent(c, fields.get(i));
            }
        }
        if (!byColumn.containsKey(Column.QUESTION) && !fields.isEmpty()) {
            // Basic (Front/Back), Cloze (Text/Back Extra) and other note types: first field asks, second answers
            byColumn.put(Column.QUESTION, fields.get(0));
            if (fields.size() > 1) {
                byColumn.putIfAbsent(Column.ANSWER, fields.get(1));
            }
        }
        boolean qbank = noteType.equals(QBANK_NOTETYPE);
        // the question is plain text in every format: a card's bold markup is how it looked, not what it asks, while
        // its code spans (`@staticmethod`) stay, as every Markdown format keeps them (source keys compare wordings
        // without backticks, so a bank imported when they went finds its questions); qbank's own cards hold a
        // bank's text as its curator wrote it, and come back as they were
        String asked = markdown(byColumn.get(Column.QUESTION), images);
        String text = oneLine(asked == null || qbank ? asked : PlainMarkup.question(asked));
        if (text == null) {
            warnings.accept(Diagnostic.warning("empty-question", doc.file(), line, 0,
                    "note " + number + " has an empty question field; skipped"));
            return null;
        }
        List<String> noteTags = new ArrayList<>();
        Difficulty difficulty = null;
        for (String tag : (tags == null ? "" : tags).strip().split("[ \\u3000]+")) {
            String lower = tag.toLowerCase(Locale.ROOT);
            if (lower.startsWith("difficulty::")) {
                difficulty = DifficultyWords.parse(tag.substring("difficulty::".length())).orElse(difficulty);
            } else if (!tag.isEmpty() && !lower.startsWith("source::")) {
                // qbank's export writes a space inside a tag as '_' (Anki splits tags at spaces)
                noteTags.add(qbank ? tag.replace('_', ' ') : tag);
            }
        }
        String level = oneLine(markdown(byColumn.get(Column.DIFFICULTY), images));
        if (level != null) {
            Difficulty d = DifficultyWords.parse(level).orElse(null);
            if (d == null) {
                warnings.accept(Diagnostic.warning("difficulty", doc.file(), line, 0, "note " + number
                        + ": unknown difficulty '" + level + "' (use 简单/中等/困难, easy/medium/hard, 1-3 or stars); "
                        + "left unset"));
            }
            difficulty = d != null ? d : difficulty;
        }
        RemarkLabels.Read remark = RemarkLabels.of(markdown(byColumn.get(Column.NOTES), images));
        difficulty = difficulty == null ? remark.level() : difficulty;
        String topicField = byColumn.containsKey(Column.TOPIC) ? oneLine(markdown(byColumn.get(Column.TOPIC), images))
                : null;
        String topic = topicField != null || qbank ? topicField : topicOfDeck(deck);
        if (topic == null && !qbank && topicField == null) {
            // no Topic field and no deck below the top: a note's one hierarchical tag is where its author filed it
            List<String> filed = noteTags.stream().filter(t -> !topicOfTag(t).isEmpty()).toList();
            if (filed.size() == 1) {
                topic = topicOfTag(filed.get(0));
                noteTags.remove(filed.get(0));
            }
        }
        LinkedHashSet<String> allTags = new LinkedHashSet<>(noteTags);
        String tagField = oneLine(markdown(byColumn.get(Column.TAGS), images));
        if (tagField != null) {
            allTags.addAll(TagList.split(tagField));
        }
        allTags.addAll(remark.tags());
        String answer = markdown(byColumn.get(Column.ANSWER), images);
        ClozeDeletions cloze = ClozeDeletions.of(text).orElse(null);
        String explanation = byColumn.get(Column.EXPLANATION);
        List<String> aliases = new ArrayList<>();
        Matcher block = ALIASES.matcher(explanation == null ? "" : explanation);
        if (block.find()) {
            explanation = explanation.substring(0, block.start());
            for (String item : items(block.group(1))) {
                // read as the question is: qbank's card writes each alias as it writes the question
                String alias = oneLine(markdown(item, images));
                if (alias != null) {
                    aliases.add(alias);
                }
            }
        }
        return Question.builder(cloze == null ? text : cloze.question())
                .prompt(markdown(byColumn.get(Column.PROMPT), images))
                .aliases(aliases)
                .answer(cloze == null ? answer : cloze.answer(answer))
                .explanation(Column.withNotes(markdown(explanation, images), remark.text()))
                .difficulty(difficulty)
                .topic(topic)
                .tags(List.copyOf(allTags))
                .references(references(byColumn.get(Column.REFERENCES)))
                .language(LanguageGuess.of(text))
                .source(new Source(doc.file(), line, text, format, null, null,
                        deck == null || deck.isEmpty() ? null : deck))
                .build();
    }

    private static String markdown(String html, List<String> images) {
        if (html == null || html.isBlank()) {
            return null;
        }
        HtmlText.Result r = HtmlText.of(html);
        images.addAll(r.images());
        return r.text().isEmpty() ? null : r.text();
    }

    /**
     * References, one a line: links keep their address and the text they show (qbank writes a link per reference);
     * text is a citation (its title), or an address when it is one.
     */
    private static List<Reference> references(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        List<Reference> refs = new ArrayList<>();
        Matcher link = LINK.matcher("");
        Matcher citation = CITATION.matcher("");
        for (String part : lines(html)) {
            link.reset(part);
            if (link.find()) {
                // the text a link shows is its title (Attention Is All You Need), unless it spells the address, as
                // qbank's own export writes a link without a title
                // a web link's address is its href as written: read as a Markdown link it had its ')' written as
                // %29, which an address with %29 of its own has too (exp26: Heap_(data_structure) came back so)
                String href = HtmlEntities.decode(link.group(1)).strip();
                String lower = href.toLowerCase(Locale.ROOT);
                String url = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                        ? href : HtmlText.of("<a href=\"" + link.group(1) + "\">x</a>").text()
                        .replaceFirst("^\\[x\\]\\((.*)\\)$", "$1");
                refs.add(Reference.linked(url, HtmlText.asWritten(link.group(2))));
            } else if (citation.reset(part).matches()) {
                // a citation is its title; a titled reference that is no web link its written text (since exp29)
                String text = HtmlText.asWritten(citation.group(2));
                refs.add(citation.group(1).equals("citation") ? new Reference(null, text) : Reference.cited(text));
            } else {
                String text = HtmlText.asWritten(part).strip();
                if (!text.isEmpty()) {
                    refs.add(Reference.cited(text)); // 《现代操作系统》第 2 章 is a citation, its title
                }
            }
        }
        return refs;
    }

    /** The HTML of a list's items, each whole with any list inside it. */
    private static List<String> items(String html) {
        List<String> items = new ArrayList<>();
        Matcher m = ITEM_TAG.matcher(html);
        int depth = 0;
        int start = 0;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            if (!closing && depth++ == 0) {
                start = m.end();
            } else if (closing && depth > 0 && --depth == 0) {
                items.add(html.substring(start, m.start()));
            }
        }
        return items;
    }

    /**
     * A references field's lines: it is split at its line breaks, except one inside a link or a span, which is a line
     * break of the link's title or the citation's (qbank writes one so; exp26: split there, the title came back as
     * two references).
     */
    private static List<String> lines(String html) {
        List<String> lines = new ArrayList<>();
        Matcher m = BREAK_OR_LINK.matcher(html);
        int start = 0;
        boolean inside = false;
        while (m.find()) {
            char second = Character.toLowerCase(m.group().charAt(1));
            if (second == 'a' || second == 's') {
                inside = true;
            } else if (second == '/') {
                inside = false;
            } else if (!inside) {
                lines.add(html.substring(start, m.start()));
                start = m.end();
            }
        }
        lines.add(html.substring(start));
        return lines;
    }

    /** The deck below the top one ({@code qbank::深度学习} is 深度学习), or none for a top-level deck. */
    private static String topicOfDeck(String deck) {
        if (deck == null) {
            return null;
        }
        int sep = deck.indexOf("::");
        String below = sep < 0 ? null : deck.substring(sep + 2).replace("::", " / ").strip();
        return below == null || below.isEmpty() ? null : below;
    }

    /**
     * A hierarchical tag's levels as a topic ({@code 机器学习::树模型::GBDT} is {@code 机器学习 / 树模型 / GBDT}, the
     * levels of a nested deck), or "" for a flat tag. Anki shows such tags as a tree in its browser, and many shared
     * decks file their cards by them rather than by sub-decks.
     */
    private static String topicOfTag(String tag) {
        if (!tag.contains("::")) {
            return "";
        }
        List<String> levels = Arrays.stream(tag.split("::")).map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        return levels.size() < 2 ? "" : String.join(" / ", levels);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
