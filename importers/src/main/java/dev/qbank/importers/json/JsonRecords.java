package dev.qbank.importers.json;

import dev.qbank.importers.ChoiceOptions;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.HtmlEntities;
import dev.qbank.importers.PlainMarkup;
import dev.qbank.importers.anki.HtmlText;
import dev.qbank.importers.table.Column;
import dev.qbank.importers.table.SheetRow;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One pass over a JSON bank's tokens. Every object is read the same way, however deep: its plain fields (text,
 * numbers, booleans, lists of them) are kept; a list of objects or an object in a field is read, recursively, as
 * the questions it holds, filed under a topic (the object's name or title field, else the field's own name unless
 * it is a container word such as {@code questions} or {@code data}). At the object's end it is a question when it
 * has a question field and is not merely the title of a group (a group has questions inside and no answer).
 * Questions are made by {@link SheetRow}, the spreadsheet formats' rules, from the fields as cells.
 */
final class JsonRecords {
    /** Field names that hold questions without naming a topic. */
    private static final Set<String> CONTAINERS = Set.of("data", "items", "item", "list", "records", "record",
            "entries", "rows", "results", "qa", "qas", "faq", "faqs", "cards", "content", "contents", "children",
            "sections", "groups", "categories", "chapters", "topics", "bank", "questionbank", "题库", "列表", "数据",
            "内容", "章节", "分类",
            // what a blog, a notes app or a data set calls its records
            "posts", "articles", "pages", "notes", "documents", "docs", "examples", "samples", "problems",
            "exercises",
            // what a quiz app calls the set ({"quiz": {"title": …, "questions": […]}})
            "quiz", "quizzes", "exam", "exams", "test", "tests", "试卷", "测验");
    /** Field names that name a group (its topic) besides the topic and question columns. */
    private static final Set<String> NAMES = Set.of("name", "名称", "标题", "名字", "heading", "label");

    private final JsonParser p;
    /**
     * The whole file on one line (minified, as an API or {@code JSON.stringify} writes it): every question would be
     * at line 1, so positions here are columns, and messages name the line and the column where each object starts
     * ({@code bank.json:1:2345:}). A question's source keeps line 1: the model's Source has no column. Files of
     * several lines (pretty-printed JSON, JSON Lines) are placed by line only, as before.
     */
    private final boolean oneLine;
    private final String text;
    /** How far {@link #column} has counted {@link #text}, and the characters up to there. */
    private int countedTo;
    private int countedCharacters;
    private final SheetRow.Place place;
    private final Consumer<Question> out;
    private final Consumer<Diagnostic> warnings;
    private final Set<String> unread = new TreeSet<>();
    private int unreadLine;
    /** Turns of chat records' conversations not read (see {@link ChatTurns}), and the line of the first. */
    private int unreadTurns;
    private int unreadTurnsLine;
    /** The texts of the list {@link #array} read last, and their lines; null when it held none. */
    private List<String> lastTexts;
    private List<Integer> lastLines;

    /** A field's list of texts: questions, or answers to pair with them. */
    private record Listed(String field, List<String> texts, List<Integer> lines, String topic) {
    }
    private int questions;

    JsonRecords(JsonParser p, String file, String text, Consumer<Question> out, Consumer<Diagnostic> warnings) {
        this.p = p;
        this.text = text;
        this.oneLine = text.strip().indexOf('\n') < 0;
        this.place = new SheetRow.Place(file, JsonRecordsImporter.NAME, null);
        this.out = q -> {
            questions++;
            out.accept(q);
        };
        this.warnings = warnings;
    }

    /** Reads every top-level value: one document, or JSON Lines (a value a line). */
    void read() {
        JsonToken t;
        int firstLine = 0;
        while ((t = p.nextToken()) != null) {
            firstLine = firstLine == 0 ? line() : firstLine;
            switch (t) {
                case START_OBJECT -> object(null, null, false);
                case START_ARRAY -> array(null, true, null, null);
                default -> throw refused(line(), "a JSON bank is an object or an array of objects, not "
                        + describe(t));
            }
        }
        if (questions == 0) {
            throw refused(Math.max(1, firstLine), "no object with a question field (" + questionNames()
                    + ") in this JSON; name the field holding each question's text like one of these");
        }
        if (unreadTurns > 0) {
            warn("chat-turns", unreadTurnsLine, unreadTurns + " turn"
                    + (unreadTurns == 1 ? "" : "s") + " of the conversations (system prompts, turns after the first "
                    + "question and its answer) not imported: each conversation gives its first question and answer");
        }
        if (!unread.isEmpty()) {
            warn("fields-not-read", unreadLine, "field"
                    + (unread.size() == 1 ? " " : "s ") + String.join(", ", unread)
                    + (unread.size() == 1 ? " is" : " are") + " not a question field and not imported (qbank reads "
                    + "question, prompt, aliases, answer, explanation, difficulty, tags, topic, number, url, "
                    + "references, and their Chinese names)");
        }
    }

    /**
     * Reads the object whose {@code {} was just read: a question, a group of questions, or both read nowhere.
     *
     * @param topic the topic of the group it is in, or null
     * @param key   the field it is the value of, or null in a list or at the top
     */
    private Map<String, String> object(String topic, String key, boolean ofField) {
        int line = line();
        // objects in this one's fields that ask nothing ("meta": {…}, Notion's "parent"): a question's details,
        // named once with its unread fields, or, when this is no question either, each a warning
        Map<String, Integer> noQuestion = new LinkedHashMap<>();
        Map<String, String> details = new LinkedHashMap<>(); // their fields named like a column
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Listed asked = null; // a list of questions as texts, and of answers: paired when they are as long
        Listed replies = null;
        int before = questions;
        String name = null;
        boolean bankName = false; // the name calls the group a bank ("DL Quiz"): no topic of what it holds
        String numberAnswer = null; // an answer field holding a JSON number, which may count the options
        List<String> marked = List.of(); // the letters of options marked "isCorrect": true
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            Column column = Column.of(field).orElse(null);
            JsonToken v = p.nextToken();
            if (column == Column.OPTIONS && (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT)) {
                Choices choices = options(v == JsonToken.START_OBJECT); // choices, not questions or groups
                fields.put(field, choices.text());
                marked = choices.correct();
            } else if (v == JsonToken.START_OBJECT && field.equals("properties")) {
                // a Notion database's page: its fields are its properties, each an object of its type
                int at = line();
                for (Map.Entry<String, String> property : NotionProperties.read(p).entrySet()) {
                    fields.put(property.getKey(), property.getValue());
                    lines.put(property.getKey(), at);
                }
                name = name != null ? name : nameOf(fields);
            } else if (v == JsonToken.START_ARRAY && ChatTurns.holdsConversation(field)) {
                conversation(fields, ChatTurns.read(p), line);
            } else if (v == JsonToken.START_ARRAY && column == Column.TAGS) {
                lines.put(field, line());
                fields.put(field, tagNames()); // LeetCode's "topicTags": [{"name": "Array", "slug": "array"}]
            } else if (v == JsonToken.START_ARRAY) {
                int at = line();
                String childTopic = childTopic(bankName ? null : name, field, topic);
                String list = array(field, false, column, childTopic);
                if (list != null) {
                    fields.put(field, list);
                    lines.put(field, at);
                }
                if (lastTexts != null && column == Column.QUESTION && asked == null) {
                    asked = new Listed(field, lastTexts, lastLines, childTopic);
                } else if (lastTexts != null && column == Column.ANSWER && replies == null) {
                    replies = new Listed(field, lastTexts, lastLines, childTopic);
                }
            } else if (v == JsonToken.START_OBJECT) {
                int inside = questions;
                int at = line();
                Map<String, String> inner = object(childTopic(bankName ? null : name, field, topic), field, true);
                String rendition = column == null || inner == null ? null : Renditions.text(inner);
                if (rendition != null) {
                    fields.put(field, rendition); // "answer": {"text": …, "html": …}: one text in several forms
                    lines.put(field, at);
                    continue;
                }
                if (inner != null) {
                    noQuestion.putIfAbsent(field, at);
                    inner.forEach((k, text) -> {
                        if (Column.of(k).isPresent()) {
                            details.putIfAbsent(k, text);
                        }
                    });
                }
                if (questions == inside && column != null) {
                    warn("json-field", line(), "field \"" + field
                            + "\" holds an object, not text; not read (write its text as a string)");
                }
            } else if (v != JsonToken.VALUE_NULL) {
                String text = p.getString();
                if ((column == Column.ANSWER || FieldRoles.namesCorrectOption(field))
                        && v == JsonToken.VALUE_NUMBER_INT) {
                    numberAnswer = field;
                }
                fields.put(field, text);
                lines.put(field, line());
                if (name == null && (column == Column.TOPIC || column == Column.QUESTION || isName(field))) {
                    // a quiz's or a bank's own title ("Deep Learning Quiz", "Java 面试题") names no topic, as a
                    // Markdown bank's title heading does not; its category does
                    name = text;
                    bankName = column != Column.TOPIC && DocumentTitle.namesBank(text);
                }
            }
        }
        if (asked != null) {
            boolean paired = replies != null && replies.texts.size() == asked.texts.size();
            for (int i = 0; i < asked.texts.size(); i++) {
                Map<String, String> one = new LinkedHashMap<>();
                one.put("question", asked.texts.get(i));
                if (paired) {
                    one.put("answer", replies.texts.get(i));
                }
                question(one, asked.lines.get(i), asked.topic);
            }
            if (paired) {
                fields.remove(replies.field); // {"questions": [...], "answers": [...]}: the i-th answers the i-th
            } else if (replies != null) {
                warn("json-field", line, "\"" + replies.field + "\" holds "
                        + replies.texts.size() + " answers for the " + asked.texts.size() + " questions of \""
                        + asked.field + "\", so they do not pair; the answers are not imported");
            }
        }
        if (numberAnswer != null) {
            optionAnswer(fields, numberAnswer, lines.getOrDefault(numberAnswer, line));
        }
        if (!marked.isEmpty() && fields.keySet().stream().noneMatch(f -> Column.of(f).orElse(null) == Column.ANSWER)) {
            fields.put("answer", String.join(", ", marked)); // the answer is the options marked correct, by letter
        }
        boolean group = questions > before;
        if (!group && asksByKeys(fields.keySet())) {
            // {"什么是过拟合？": "…", "什么是欠拟合？": "…"}: a map of questions to their answers
            fields.forEach((q, a) -> question(new LinkedHashMap<>(Map.of("question", q, "answer", a)),
                    lines.getOrDefault(q, line), topic));
            return null;
        }
        // a group's own "content" (its introduction) does not make it a question: only an answer field named so does
        boolean answered = fields.keySet().stream().anyMatch(f -> {
            Column c = Column.of(f).orElse(null);
            return c == Column.ANSWER || c == Column.EXPLANATION;
        });
        if (!details.isEmpty() && questions == before) {
            // {"question": …, "meta": {"difficulty": "hard", "tags": […]}}: the details of the question they are in
            Set<Column> own = EnumSet.noneOf(Column.class);
            fields.keySet().forEach(f -> Column.of(f).ifPresent(own::add));
            for (Map.Entry<String, String> d : details.entrySet()) {
                Column c = Column.of(d.getKey()).orElseThrow();
                if (c != Column.QUESTION && own.add(c)) {
                    fields.put(d.getKey(), d.getValue());
                }
            }
        }
        fields = FieldRoles.named(fields);
        boolean hasQuestion = fields.keySet().stream().anyMatch(f -> Column.of(f).orElse(null) == Column.QUESTION);
        if (hasQuestion && (!group || answered)) {
            question(fields, line, topic);
            if (!noQuestion.isEmpty() && unread.isEmpty()) {
                unreadLine = noQuestion.values().iterator().next();
            }
            noQuestion.keySet().stream().filter(f -> details.isEmpty()).forEach(unread::add);
            return null;
        }
        noQuestion.forEach((field, at) -> noQuestion(at, field));
        if (!group && !fields.isEmpty()) {
            if (ofField) {
                return fields; // the object holding it says whether it is a question's detail
            }
            noQuestion(line, key);
        }
        return null;
    }

    private void noQuestion(int line, String key) {
        warn("no-question", line, "an object with no question field ("
                + questionNames() + ")" + (key == null ? "" : " in \"" + key + "\"") + "; not imported");
    }

    /** The first field naming a group or asking a question, as an object's own fields name it. */
    private static String nameOf(Map<String, String> fields) {
        return fields.entrySet().stream().filter(f -> {
            Column c = Column.of(f.getKey()).orElse(null);
            return c == Column.TOPIC || c == Column.QUESTION || isName(f.getKey());
        }).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * Reads the list whose {@code [} was just read. Objects in it are read as questions or groups; texts are
     * questions when the list is one of questions (at the top, or a field named like the question column), else
     * returned as the field's value, one item a line.
     *
     * @return the field's value (texts a line each), or null when the list held objects or questions
     */
    private String array(String field, boolean top, Column column, String topic) {
        List<String> texts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean objects = false;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT) {
                objects = true;
                object(topic, field, false);
            } else if (t == JsonToken.START_ARRAY) {
                objects |= pair(field, topic);
            } else if (t != JsonToken.VALUE_NULL) {
                texts.add(p.getString());
                lines.add(line());
            }
        }
        lastTexts = null;
        if (texts.isEmpty()) {
            return objects ? null : "";
        }
        lastTexts = texts;
        lastLines = lines;
        if (column == Column.QUESTION && !top) {
            return null; // the object it is in asks them, answered by a list of answers beside it if there is one
        }
        if (top) {
            for (int i = 0; i < texts.size(); i++) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("question", texts.get(i));
                question(fields, lines.get(i), topic);
            }
            return null;
        }
        // an answer given as a list is its paragraphs (or points); tags, aliases and references are one a line
        boolean prose = column == Column.ANSWER || column == Column.EXPLANATION || column == Column.NOTES
                || column == Column.PROMPT
                || field != null && asksByKeys(List.of(field)); // the answer to a question that is its field's name
        return String.join(prose ? "\n\n" : "\n", texts);
    }

    /**
     * Reads the list inside a list whose {@code [} was just read: a {@code ["question", "answer"]} pair, as scripts
     * and flash-card tools write a bank ({@code [["什么是过拟合？", "…"], …]}), is that question; any other list there
     * is a warning.
     *
     * @return whether it was a question
     */
    private boolean pair(String field, String topic) {
        int line = line();
        List<String> texts = new ArrayList<>();
        boolean nested = false;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t.isStructStart()) {
                nested = true;
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                texts.add(p.getString());
            }
        }
        if (nested || texts.size() != 2) {
            warn("json-field", line, "a list inside a list"
                    + (field == null ? "" : " in \"" + field + "\"") + " that is not a [question, answer] pair of two "
                    + "texts; not read");
            return false;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("question", texts.get(0));
        fields.put("answer", texts.get(1));
        question(fields, line, topic);
        return true;
    }

    /**
     * Whether an object's keys are questions, asked (a question mark at the end) by at least half of them: a map of
     * questions to answers. No field name ends with a question mark.
     */
    private static boolean asksByKeys(Collection<String> keys) {
        long asking = keys.stream().filter(JsonRecords::asks).count();
        // {"question": …, "必考?": "是"}: a record with a field that asks, not a map
        boolean fieldNamed = keys.stream().anyMatch(k -> !asks(k) && Column.of(k).isPresent());
        return asking > 0 && 2 * asking >= keys.size() && !fieldNamed;
    }

    private static boolean asks(String key) {
        String k = key.strip();
        return k.endsWith("？") || k.endsWith("?");
    }

    /** A chat record's first question and answer, as the record's question and answer fields. */
    private void conversation(Map<String, String> fields, ChatTurns.Exchange chat, int line) {
        if (chat.question() != null) {
            fields.putIfAbsent("question", chat.question());
        }
        if (chat.answer() != null) {
            fields.putIfAbsent("answer", chat.answer());
        }
        if (chat.unread() > 0 && unreadTurns == 0) {
            unreadTurnsLine = line;
        }
        unreadTurns += chat.unread();
    }

    /**
     * An answer given as a number beside a list of options ({@code "choices": […], "answer": 2}, as MMLU-style
     * datasets write it) is the option's position counted from 0, as the list's own indexes are: its letter
     * ({@code C}), which the options' lines start with. It was the bare number, which named nothing. A number that
     * is an option's text is that option; one past the options is kept as written, with a warning.
     */
    private void optionAnswer(Map<String, String> fields, String answer, int at) {
        String options = fields.entrySet().stream().filter(f -> Column.of(f.getKey()).orElse(null) == Column.OPTIONS)
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (options == null || options.isBlank()) {
            return;
        }
        List<String> lines = options.lines().toList();
        long index;
        try {
            index = Long.parseLong(fields.get(answer).strip());
        } catch (NumberFormatException e) {
            return;
        }
        String number = String.valueOf(index);
        if (lines.stream().anyMatch(l -> l.replaceFirst("^[A-Z][.、:：)）]\\s*", "").strip().equals(number))) {
            return; // options that are numbers ("4", "8", "16"): the answer is one of them, not a position
        }
        char letter = index >= 0 && index < lines.size() ? ChoiceOptions.letter(lines.get((int) index)) : 0;
        if (letter != 0) {
            fields.put(answer, String.valueOf(letter));
        } else {
            warn("json-field", at, "answer " + index + " is no "
                    + "option's position among the " + lines.size() + " options (counted from 0, so 0 to "
                    + (lines.size() - 1) + "); kept as written: give the answer as the option's letter or text");
        }
    }

    /** The keys of an option object that hold its letter, and those that hold its text. */
    private static final Set<String> OPTION_KEYS = Set.of("key", "label", "letter", "option", "id", "选项", "序号");
    private static final Set<String> OPTION_TEXTS = Set.of("text", "value", "content", "body", "内容", "选项内容");
    /**
     * The keys of an option object saying it is right ({@code {"answerText": "Queue", "isCorrect": true}}, as the
     * React quiz tutorials and many quiz apps write options): the question's answer is their letters.
     */
    private static final Set<String> OPTION_CORRECT = Set.of("iscorrect", "is_correct", "correct", "isanswer",
            "is_answer", "right", "正确", "是否正确");
    /** A question's options, one a line, and the letters of those marked correct. */
    private record Choices(String text, List<String> correct) {
    }

    /**
     * Reads a question's options, whose {@code [} or {@code {} was just read, as lines lettered A, B, C (a quiz
     * app's {@code "options": ["ReLU", "Sigmoid"]}, {@code [{"key": "A", "text": "ReLU"}]} or
     * {@code {"A": "ReLU"}}), so that an answer given as a letter ({@code "answer": "B"}) names one of them.
     */
    private Choices options(boolean map) {
        List<String> lines = new ArrayList<>();
        List<String> correct = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != (map ? JsonToken.END_OBJECT : JsonToken.END_ARRAY)) {
            String letter = String.valueOf((char) ('A' + Math.min(lines.size(), 25)));
            String text = null;
            boolean right = false;
            if (t == JsonToken.PROPERTY_NAME) {
                letter = p.currentName().strip();
                t = p.nextToken();
            }
            if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName().strip().toLowerCase(Locale.ROOT);
                    JsonToken v = p.nextToken();
                    if (v.isStructStart()) {
                        p.skipChildren();
                    } else if (v != JsonToken.VALUE_NULL && OPTION_KEYS.contains(key)) {
                        letter = p.getString().strip();
                    } else if (v != JsonToken.VALUE_NULL && (OPTION_TEXTS.contains(key) || optionText(key))) {
                        text = p.getString();
                    } else if (v == JsonToken.VALUE_TRUE && OPTION_CORRECT.contains(key)) {
                        right = true;
                    }
                }
            } else if (t.isStructStart()) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                text = p.getString();
            }
            if (text != null) {
                text = text.strip();
                lines.add(ChoiceOptions.letter(text) != 0 ? text : letter + ". " + text);
                if (right) {
                    correct.add(ChoiceOptions.letter(text) != 0 ? String.valueOf(ChoiceOptions.letter(text)) : letter);
                }
            }
        }
        return new Choices(String.join("\n", lines), List.copyOf(correct));
    }

    /** The keys of a tag object that hold its name ({@code {"name": "Array", "slug": "array"}}), best first. */
    private static final List<String> TAG_NAMES = List.of("name", "title", "label", "text", "value", "tag");

    /**
     * Reads a list of tags whose {@code [} was just read, one a line: texts as they are, and objects by their name
     * (LeetCode's {@code "topicTags": [{"name": "Hash Table", "slug": "hash-table"}]}, GitHub's labels, a CMS's
     * tag records). The objects were read as questions, each a {@code warning[no-question]}, and the tags lost.
     */
    private String tagNames() {
        List<String> tags = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT) {
                Map<String, String> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName().strip().toLowerCase(Locale.ROOT);
                    JsonToken v = p.nextToken();
                    if (v.isStructStart()) {
                        p.skipChildren();
                    } else if (v != JsonToken.VALUE_NULL) {
                        keys.putIfAbsent(key, p.getString());
                    }
                }
                TAG_NAMES.stream().map(keys::get).filter(n -> n != null && !n.isBlank()).findFirst()
                        .ifPresent(tags::add);
            } else if (t.isStructStart()) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                tags.add(p.getString());
            }
        }
        return String.join("\n", tags);
    }

    /** An option object's text under a longer name: {@code answerText}, {@code optionText}, {@code choice_text}. */
    private static boolean optionText(String key) {
        return key.endsWith("text") && key.length() <= 12;
    }

    /** A closing tag of an HTML block (paragraph, list, code block, table …): text written as HTML, not Markdown. */
    static final Pattern HTML_BLOCK = Pattern.compile(
            "(?i)</(?:p|div|ul|ol|li|pre|h[1-6]|table|blockquote)>");
    /** A closing tag of inline HTML formatting, which a question written as HTML has ({@code <b>Dropout</b>}). */
    private static final Pattern HTML_INLINE = Pattern.compile(
            "(?i)</(?:b|strong|i|em|code|span|font|sub|sup)>");

    /**
     * Whether a field's text is HTML, as tools that keep rich text write it ({@code "a": "<p>…</p><ul>…"}): read as
     * the Markdown it shows, tags gone. Only blocks count for an answer (a Markdown answer may hold a {@code <br>}
     * or a {@code <b>}); a question, one line, loses inline tags too.
     */
    private static boolean html(Column c, String text) {
        return switch (c) {
            case ANSWER, EXPLANATION, NOTES, PROMPT -> HTML_BLOCK.matcher(text).find();
            case QUESTION -> HTML_BLOCK.matcher(text).find() || HTML_INLINE.matcher(text).find();
            default -> false;
        };
    }

    /** One question from an object's fields, as a spreadsheet row whose cells are the fields. */
    private void question(Map<String, String> fields, int line, String topic) {
        List<String> cells = new ArrayList<>(fields.size() + 2);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        // {"question": …, "A": "ReLU", "B": "Adam", "answer": "A"}: a field per option, "A" no answer (see SheetRow)
        List<String> keys = new ArrayList<>(fields.keySet());
        Map<Column, Integer> asHeader = SheetRow.header(keys);
        int letters = asHeader == null ? 0 : asHeader.getOrDefault(Column.OPTION_LETTERS, 0);
        int firstLetter = letters == 0 ? -1 : asHeader.get(Column.OPTIONS);
        if (letters > 0) {
            columns.put(Column.OPTIONS, cells.size());
            columns.put(Column.OPTION_LETTERS, letters);
            for (int k = 0; k < letters; k++) {
                cells.add(HtmlEntities.decodeInPlainText(fields.get(keys.get(firstLetter + k))));
            }
        }
        int index = -1;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            index++;
            if (index >= firstLetter && index < firstLetter + letters) {
                continue; // an option, read above
            }
            Column c = Column.of(f.getKey()).orElse(null);
            if (c == null) {
                if (unread.isEmpty()) {
                    unreadLine = line;
                }
                unread.add(f.getKey());
                continue;
            }
            if (columns.putIfAbsent(c, cells.size()) == null) {
                String v = f.getValue();
                // plain text from a scraper or an API may carry HTML's references without its tags: decoded too
                cells.add(!html(c, v) ? HtmlEntities.decodeInPlainText(v)
                        : c == Column.QUESTION ? PlainMarkup.question(HtmlText.markdown(v)) : HtmlText.markdown(v));
            }
        }
        if (topic != null && !columns.containsKey(Column.TOPIC)) {
            columns.put(Column.TOPIC, cells.size());
            cells.add(topic);
        }
        int column = columnOf(line);
        SheetRow.read(place, columns, cells, lineOf(line), out, column == 0 ? warnings : d -> warnings.accept(
                d.column() == 0 ? new Diagnostic(d.severity(), d.code(), d.file(), d.line(), column, d.message()) : d));
    }

    /** The topic of what a field holds: its group's name, else the field's name unless a container's, else the outer. */
    private static String childTopic(String groupName, String field, String outer) {
        if (groupName != null) {
            return groupName;
        }
        Column c = Column.of(field).orElse(null);
        String f = field.strip().toLowerCase(Locale.ROOT);
        return c == Column.QUESTION || c != null || CONTAINERS.contains(f) || f.isEmpty() ? outer : field.strip();
    }

    private static boolean isName(String field) {
        return NAMES.contains(field.strip().toLowerCase(Locale.ROOT));
    }

    private static String questionNames() {
        return "question, 题目, 问题, title or q";
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "null";
        };
    }

    /**
     * Where the current token is: its line, or in a file of one line its column (see {@link #oneLine}); read back
     * by {@link #lineOf} and {@link #columnOf}.
     */
    private int line() {
        var loc = p.currentTokenLocation();
        if (loc == null) {
            return 0;
        }
        if (oneLine) {
            long offset = loc.getCharOffset();
            return offset < 0 || offset > text.length() ? Math.max(0, loc.getColumnNr()) : column((int) offset);
        }
        return Math.max(0, loc.getLineNr());
    }

    /**
     * The column of {@code offset} in the one line: characters (code points, as Diagnostic counts them) before it,
     * plus one, counted on from the last place asked. The parser only moves forward; counting from the start at
     * every field made a minified file quadratic (20,000 questions in 6.6 MB: 6 minutes).
     */
    private int column(int offset) {
        if (offset < countedTo) {
            countedTo = 0;
            countedCharacters = 0;
        }
        countedCharacters += text.codePointCount(countedTo, offset);
        countedTo = offset;
        return countedCharacters + 1;
    }

    /** A warning at a place {@link #line} gave. */
    private void warn(String code, int at, String message) {
        warnings.accept(Diagnostic.warning(code, place.file(), lineOf(at), columnOf(at), message));
    }

    private int lineOf(int at) {
        return oneLine && at > 0 ? 1 : at;
    }

    private int columnOf(int at) {
        return oneLine ? at : 0;
    }

    private QbankException refused(int line, String message) {
        return new QbankException(List.of(Diagnostic.error(JsonRecordsImporter.NAME, place.file(), lineOf(line),
                columnOf(line), message)),
                QbankException.EXIT_FINDINGS);
    }
}
