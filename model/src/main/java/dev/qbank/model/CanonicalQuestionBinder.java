package dev.qbank.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes a {@link Question} from the tree {@link CanonicalQuestionYaml} reads, without Jackson. Binding that tree
 * with the strict mapper ({@code convertValue}) cost about as much as reading the file and parsing it together:
 * half of every reader thread's time in a 1M {@code export --format anki} (JFR).
 *
 * <p>Like the reader, it is only a shortcut. It answers only when every value has exactly the type its field takes
 * (a string for a text field, a list of strings for tags, a whole number from 1 for a source's line, a known
 * difficulty name) and every key is one the model knows; anything else, even what Jackson would coerce (a number
 * where text is expected, a one-item value where a list is), makes it return {@code null}, and the caller binds
 * with the strict mapper as before, which also reports what is wrong. A property test checks that where it
 * answers, it answers what the mapper does.
 */
final class CanonicalQuestionBinder {
    /** Thrown internally when the tree holds anything this binder does not bind with certainty. */
    private static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Declined INSTANCE = new Declined();

        private Declined() {
            super(null, null, false, false);
        }
    }

    private CanonicalQuestionBinder() {
    }

    /** The question the tree describes, or null when the strict mapper must bind it. */
    static Question bind(Map<String, Object> tree) {
        try {
            return question(tree);
        } catch (Declined | IllegalArgumentException | NullPointerException e) {
            // The last two: the records refused a value (a missing question text, a line below 1); the mapper
            // refuses it too, and says so with the field's name.
            return null;
        }
    }

    private static Question question(Map<String, Object> tree) {
        Question.Builder b = Question.builder(null);
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "id" -> b.id(text(v));
                case "question" -> b.question(text(v));
                case "prompt" -> b.prompt(text(v));
                case "answer" -> b.answer(text(v));
                case "explanation" -> b.explanation(text(v));
                case "difficulty" -> b.difficulty(Difficulty.parse(text(v)).orElseThrow(() -> Declined.INSTANCE));
                case "topic" -> b.topic(text(v));
                case "tags" -> b.tags(list(v, CanonicalQuestionBinder::text));
                case "language" -> b.language(text(v));
                case "aliases" -> b.aliases(list(v, CanonicalQuestionBinder::text));
                case "references" -> b.references(list(v, CanonicalQuestionBinder::reference));
                case "media" -> b.media(list(v, CanonicalQuestionBinder::text));
                case "sources" -> b.sources(list(v, CanonicalQuestionBinder::source));
                case "conflicts" -> b.conflicts(list(v, CanonicalQuestionBinder::conflict));
                default -> throw Declined.INSTANCE; // the strict mapper refuses unknown keys
            }
        }
        return b.build();
    }

    private static Source source(Object v) {
        String file = null;
        String text = null;
        String format = null;
        String number = null;
        String url = null;
        String section = null;
        String digest = null;
        int line = 0;
        for (Map.Entry<String, Object> e : mapping(v).entrySet()) {
            Object value = e.getValue();
            switch (e.getKey()) {
                case "file" -> file = text(value);
                case "line" -> line = line(value);
                case "text" -> text = text(value);
                case "format" -> format = text(value);
                case "number" -> number = text(value);
                case "url" -> url = text(value);
                case "section" -> section = text(value);
                case "digest" -> digest = text(value);
                default -> throw Declined.INSTANCE;
            }
        }
        if (line == 0) {
            throw Declined.INSTANCE; // no line: the mapper would pass 0, which Source refuses
        }
        return new Source(file, line, text, format, number, url, section, digest);
    }

    private static Reference reference(Object v) {
        String url = null;
        String title = null;
        for (Map.Entry<String, Object> e : mapping(v).entrySet()) {
            switch (e.getKey()) {
                case "url" -> url = text(e.getValue());
                case "title" -> title = text(e.getValue());
                default -> throw Declined.INSTANCE;
            }
        }
        return new Reference(url, title);
    }

    private static Conflict conflict(Object v) {
        String field = null;
        String value = null;
        String source = null;
        for (Map.Entry<String, Object> e : mapping(v).entrySet()) {
            switch (e.getKey()) {
                case "field" -> field = text(e.getValue());
                case "value" -> value = text(e.getValue());
                case "source" -> source = text(e.getValue());
                default -> throw Declined.INSTANCE;
            }
        }
        return new Conflict(field, value, source);
    }

    private static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw Declined.INSTANCE; // a number or a collection: the mapper coerces or refuses it
    }

    /** A line number: a whole number the reader read as such, from 1 up to what an {@code int} holds. */
    private static int line(Object v) {
        if (v instanceof Long n && n >= 1 && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw Declined.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Object v) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw Declined.INSTANCE;
    }

    private static <T> List<T> list(Object v, Function<Object, T> item) {
        if (!(v instanceof List<?> items)) {
            throw Declined.INSTANCE;
        }
        List<T> out = new ArrayList<>(items.size());
        for (Object o : items) {
            out.add(item.apply(o));
        }
        return out;
    }
}
