package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical question: what every importer produces and every exporter consumes.
 *
 * <p>The id is assigned once when the question first enters a bank and is never recomputed from text a curator
 * may later edit, so Anki GUIDs, links and review decisions survive edits. Importers produce questions without an
 * id ({@code null}); the import pipeline assigns it.
 *
 * <p>The Markdown fields may hold TeX. Inline math written {@code $x$} or {@code \(x\)} is one thing to a learner, a
 * formula in the line, and displayed math written {@code $$x$$} or {@code \[x\]} one displayed formula: the bank
 * keeps each as written (the Markdown, JSON and sheet exports write it so), but a format with one spelling of its own
 * reads back in the bank's usual one: an Anki card typesets both with MathJax's {@code \(…\)} and {@code \[…\]},
 * which the anki import reads as {@code $…$} and {@code $$…$$} (exp27; AnkiRoundTripTest states it).
 *
 * @param id          stable, unique in the bank, {@code [a-z0-9-]}
 * @param question    the question as asked (plain text, inline Markdown allowed)
 * @param prompt      a fuller statement of the question (Markdown)
 * @param answer      the answer (Markdown)
 * @param explanation an explanation or discussion beyond the answer (Markdown)
 * @param difficulty  easy, medium or hard
 * @param topic       chapter or category
 * @param tags        free tags, in source order, without duplicates
 * @param language    BCP 47 tag of the question text, e.g. {@code zh-CN}
 * @param aliases     other phrasings of the same question (from merged duplicates), without duplicates
 * @param references  links for further reading
 * @param media       files the Markdown refers to, relative to the bank's folder
 * @param sources     every place this question came from (at least one for imported questions)
 * @param conflicts   values that disagreed when duplicates were merged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "question", "prompt", "answer", "explanation", "difficulty", "topic", "tags", "language",
        "aliases", "references", "media", "sources", "conflicts"})
public record Question(
        String id,
        String question,
        String prompt,
        String answer,
        String explanation,
        Difficulty difficulty,
        String topic,
        List<String> tags,
        String language,
        List<String> aliases,
        List<Reference> references,
        List<String> media,
        List<Source> sources,
        List<Conflict> conflicts) {

    /** What a valid id looks like; the JSON Schema states the same pattern. */
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    public static final int ID_MAX_LENGTH = 64;

    public Question {
        Objects.requireNonNull(question, "question");
        // A line ends in \n in a bank's text: a Markdown book, a sheet's cell and a card read \r\n back as \n, so a
        // question imported from JSON with Windows line ends changed on every round trip (exp29)
        question = unixLines(question);
        // An empty optional field is the same as an absent one: neither is written, so both must read back alike.
        prompt = unixLines(emptyToNull(prompt));
        answer = unixLines(emptyToNull(answer));
        explanation = unixLines(emptyToNull(explanation));
        topic = emptyToNull(topic);
        language = emptyToNull(language);
        // a repeated tag or phrasing says nothing twice; the schema refuses repeats, so the model never writes one
        tags = distinct(tags);
        aliases = distinct(aliases);
        references = copy(references);
        media = copy(media);
        sources = copy(sources);
        conflicts = copy(conflicts);
    }

    /** Text with its line ends as {@code \n}: {@code \r\n} and a lone {@code \r} each become one. */
    static String unixLines(String s) {
        return s == null || s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> distinct(List<String> list) {
        if (list == null || list.size() < 2) {
            return copy(list);
        }
        Set<String> seen = new LinkedHashSet<>(list);
        return seen.size() == list.size() ? List.copyOf(list) : List.copyOf(seen);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static Builder builder(String question) {
        return new Builder(question);
    }

    public Builder toBuilder() {
        return new Builder(question).id(id).prompt(prompt).answer(answer).explanation(explanation)
                .difficulty(difficulty).topic(topic).tags(tags).language(language).aliases(aliases)
                .references(references).media(media).sources(sources).conflicts(conflicts);
    }

    public Question withId(String newId) {
        return toBuilder().id(newId).build();
    }

    /** Mutable builder: importers fill a question field by field as they read. */
    public static final class Builder {
        private String id;
        private String question;
        private String prompt;
        private String answer;
        private String explanation;
        private Difficulty difficulty;
        private String topic;
        private List<String> tags = List.of();
        private String language;
        private List<String> aliases = List.of();
        private List<Reference> references = List.of();
        private List<String> media = List.of();
        private List<Source> sources = List.of();
        private List<Conflict> conflicts = List.of();

        private Builder(String question) {
            this.question = question;
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder question(String v) { this.question = v; return this; }
        public Builder prompt(String v) { this.prompt = v; return this; }
        public Builder answer(String v) { this.answer = v; return this; }
        public Builder explanation(String v) { this.explanation = v; return this; }
        public Builder difficulty(Difficulty v) { this.difficulty = v; return this; }
        public Builder topic(String v) { this.topic = v; return this; }
        public Builder tags(List<String> v) { this.tags = v; return this; }
        public Builder language(String v) { this.language = v; return this; }
        public Builder aliases(List<String> v) { this.aliases = v; return this; }
        public Builder references(List<Reference> v) { this.references = v; return this; }
        public Builder media(List<String> v) { this.media = v; return this; }
        public Builder sources(List<Source> v) { this.sources = v; return this; }
        public Builder source(Source v) { this.sources = List.of(v); return this; }
        public Builder conflicts(List<Conflict> v) { this.conflicts = v; return this; }

        public Question build() {
            return new Question(id, question, prompt, answer, explanation, difficulty, topic, tags, language,
                    aliases, references, media, sources, conflicts);
        }
    }
}
