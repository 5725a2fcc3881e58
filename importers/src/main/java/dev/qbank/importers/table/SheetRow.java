package dev.qbank.importers.table;

import dev.qbank.importers.ChoiceOptions;
import dev.qbank.importers.DifficultyWords;
import dev.qbank.importers.LanguageGuess;
import dev.qbank.importers.RemarkLabels;
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.TagList;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spreadsheet's header and rows, whatever the file: CSV/TSV text ({@code csv}) or a workbook's sheet
 * ({@code xlsx}). The header row names the columns ({@link Column}) in any order; each row below it is one question.
 */
public final class SheetRow {
    /**
     * A header cell is a column name ("Interview Question", "参考答案"): a first line with a longer cell, or one that
     * reads as a sentence, is a question of another format ("1. Answer this question, briefly"), not a header.
     */
    private static final int MAX_HEADER_CELL = 30;
    private static final int MAX_HEADER_WORDS = 3;
    /** The names a Notion database gives its title column, in English and Chinese. */
    private static final List<String> TITLE_PROPERTY = List.of("name", "名称");

    private SheetRow() {
    }

    /**
     * Which cell holds which column (the first cell naming a column wins), or null when {@code cells} is not a
     * header: a cell is not a column name, or none names the question column. Without a question column, a
     * {@code Name} column is the question: a Notion database exports its title property so ({@code Name,Tags,Created});
     * only then, since elsewhere a name may be a person's.
     */
    public static Map<Column, Integer> header(List<String> cells) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        int name = -1;
        int letters = optionLetters(cells);
        int firstLetter = letters == 0 ? -1 : indexOfA(cells);
        if (letters > 0) {
            // 题目,A,B,C,D,答案: a column per option; "A" is the first option, not the answer column
            columns.put(Column.OPTIONS, firstLetter);
            columns.put(Column.OPTION_LETTERS, letters);
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            if (!isColumnName(cell)) {
                return null;
            }
            if (letters > 0 && i >= firstLetter && i < firstLetter + letters) {
                continue;
            }
            int at = i;
            Column.of(cell).ifPresent(c -> columns.putIfAbsent(c, at));
            if (name < 0 && isTitleProperty(cell)) {
                name = i;
            }
        }
        if (!columns.containsKey(Column.QUESTION) && name >= 0) {
            columns.put(Column.QUESTION, name);
        }
        return columns.containsKey(Column.QUESTION) ? columns : null;
    }

    /**
     * Whether a header is the title column of a Notion database ({@code Name}), which is the question when no other
     * column names it.
     */
    public static boolean isTitleProperty(String header) {
        return TITLE_PROPERTY.contains(Column.normalise(header));
    }

    private static boolean isColumnName(String cell) {
        return cell.length() <= MAX_HEADER_CELL && cell.split("\\s+").length <= MAX_HEADER_WORDS
                && cell.chars().noneMatch(c -> c == '?' || c == '？' || c == '。');
    }

    /**
     * Where a row is, for its question's source and for messages.
     *
     * @param file   the file as messages name it
     * @param format the importer's name
     * @param sheet  a workbook's sheet (recorded as the source's section and named in messages), or null
     * @param topic  the topic the sheet's name gives its rows when it has no topic column ({@code CNN}), or null
     * @param level  the difficulty the sheet's name gives them when it has no difficulty column ({@code 简单}), or null
     */
    public record Place(String file, String format, String sheet, String topic, Difficulty level) {
        public Place(String file, String format, String sheet) {
            this(file, format, sheet, null, null);
        }
    }

    /**
     * Reads one row, {@code cells} by column index, at {@code line} (a text line, or a sheet's row number). A blank
     * row is nothing; a row without a question text, or with a difficulty that is not one, is a warning.
     */
    public static void read(Place place, Map<Column, Integer> columns, List<String> cells, int line,
                            Consumer<Question> out, Consumer<Diagnostic> warnings) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        String text = oneLine(cell(cells, columns, Column.QUESTION));
        if (text == null) {
            warnings.accept(Diagnostic.warning("empty-question", place.file(), line, 0,
                    where(place, null, line) + "this " + (place.format().equals("json") ? "object" : "row")
                            + " has no question text; skipped"));
            return;
        }
        Difficulty difficulty = columns.containsKey(Column.DIFFICULTY) ? null : place.level();
        String level = oneLine(cell(cells, columns, Column.DIFFICULTY));
        if (level != null) {
            difficulty = DifficultyWords.parse(level).orElse(null);
            if (difficulty == null) {
                warnings.accept(Diagnostic.warning("difficulty", place.file(), line, 0,
                        where(place, columns.get(Column.DIFFICULTY), line) + "unknown difficulty '" + level
                                + "' (use 简单/中等/困难, easy/medium/hard, 1-3 or stars); left unset"));
            }
        }
        RemarkLabels.Read remark = RemarkLabels.of(paragraphs(cell(cells, columns, Column.NOTES)));
        if (level == null && remark.level() != null) {
            difficulty = remark.level(); // the row's own stars, over its sheet's level
        }
        String tags = cell(cells, columns, Column.TAGS);
        String references = cell(cells, columns, Column.REFERENCES);
        out.accept(Question.builder(text)
                .prompt(ChoiceOptions.prompt(paragraphs(cell(cells, columns, Column.PROMPT)), text,
                        paragraphs(options(cells, columns))))
                .aliases(lines(cell(cells, columns, Column.ALIASES)))
                .answer(paragraphs(cell(cells, columns, Column.ANSWER)))
                .explanation(Column.withNotes(paragraphs(cell(cells, columns, Column.EXPLANATION)), remark.text()))
                .difficulty(difficulty)
                // "第3章 树模型", "CNN（12题）": the part's number and count are no part of its topic, as in every format
                .topic(columns.containsKey(Column.TOPIC) ? SectionTitle.topic(oneLine(cell(cells, columns, Column.TOPIC)))
                        : place.topic())
                .tags(DifficultyWords.withLabels(tags == null ? List.of() : TagList.split(tags), remark.tags()))
                .references(lines(references).stream().map(Reference::cited).toList())
                .language(LanguageGuess.of(text))
                .source(new Source(place.file(), line, text, place.format(),
                        oneLine(cell(cells, columns, Column.NUMBER)), oneLine(cell(cells, columns, Column.URL)),
                        place.sheet()))
                .build());
    }

    /**
     * A topic cell left blank under a filled one, in a sheet: the rows of a group under one 分类 cell merged down
     * them (a merged cell's value is in its first row only, in the workbook as in the CSV file saved from it), or a
     * sheet that names each group once. Such a row is filed under the topic above it. One per sheet. Only a topic
     * column left of the question column is read so: a group's cell stands before the rows it groups, while a topic
     * column after the question (qbank's own workbook: id, question, …, topic) is each row's own field, blank
     * meaning none.
     */
    public static final class TopicsDown {
        private String topic;

        /** The row's cells with its blank topic cell filled from the rows above; the cells as they are otherwise. */
        public List<String> fill(List<String> cells, Map<Column, Integer> columns) {
            Integer at = columns.get(Column.TOPIC);
            Integer question = columns.get(Column.QUESTION);
            if (at == null || question == null || at > question
                    || oneLine(cell(cells, columns, Column.QUESTION)) == null) {
                return cells; // no topic column, one after the question, or a row that asks nothing (a blank row)
            }
            String own = oneLine(cell(cells, columns, Column.TOPIC));
            if (own != null || topic == null) {
                topic = own;
                return cells;
            }
            List<String> filled = new ArrayList<>(cells);
            while (filled.size() <= at) {
                filled.add(null);
            }
            filled.set(at, topic);
            return filled;
        }
    }

    /** A cell of one item a line (aliases, references): each line stripped, blank ones dropped. */
    static List<String> lines(String cell) {
        return cell == null ? List.of() : cell.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** {@code sheet 'NAME', cell C7: } (or {@code row 7}) before a workbook's messages; nothing for a text file. */
    static String where(Place place, Integer column, int line) {
        if (place.sheet() == null) {
            return "";
        }
        return "sheet '" + place.sheet() + "', " + (column == null ? "row " + line : "cell " + letters(column) + line)
                + ": ";
    }

    /** A column's letters as Excel shows them: 0 is A, 25 Z, 26 AA. */
    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** How many headers {@code A}, {@code B}, {@code C} … follow one another from the first {@code A} (0 if fewer than 2). */
    static int optionLetters(List<String> header) {
        int at = indexOfA(header);
        int n = 0;
        while (at >= 0 && at + n < header.size() && header.get(at + n) != null
                && optionLetter(header.get(at + n)) == 'A' + n) {
            n++;
        }
        return n >= 2 ? n : 0;
    }

    /**
     * An option column's header: {@code A}, or a letter named as an option ({@code 选项A}, {@code A选项},
     * {@code Option B}, {@code choice_c}), as quiz templates head them; its letter in upper case, or 0. The
     * named forms were one options column (the first) and the others left out.
     */
    private static final Pattern OPTION_HEADER = Pattern.compile(
            "(?:(?i:选项|option|choice)[ _-]?([A-Za-z])|([A-Z])(?:选项)?)");

    static char optionLetter(String header) {
        Matcher m = OPTION_HEADER.matcher(header.strip());
        if (!m.matches()) {
            return 0;
        }
        return Character.toUpperCase((m.group(1) != null ? m.group(1) : m.group(2)).charAt(0));
    }

    static int indexOfA(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && optionLetter(header.get(i)) == 'A') {
                return i;
            }
        }
        return -1;
    }

    /** The indexes of the cells some field reads: every option column, not only the first. */
    public static Set<Integer> readIndexes(Map<Column, Integer> columns) {
        Set<Integer> read = new TreeSet<>();
        columns.forEach((c, at) -> {
            if (c != Column.OPTION_LETTERS) {
                read.add(at);
            }
        });
        for (int k = 1; k < columns.getOrDefault(Column.OPTION_LETTERS, 0); k++) {
            read.add(columns.get(Column.OPTIONS) + k);
        }
        return read;
    }

    /** The options: the options column, or the option columns' cells lettered ({@code A. ReLU}, one a line). */
    private static String options(List<String> cells, Map<Column, Integer> columns) {
        int letters = columns.getOrDefault(Column.OPTION_LETTERS, 0);
        if (letters == 0) {
            return ChoiceOptions.ofCell(cell(cells, columns, Column.OPTIONS));
        }
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < letters; k++) {
            int at = columns.get(Column.OPTIONS) + k;
            texts.add(at < cells.size() ? oneLine(cells.get(at)) : null);
        }
        return ChoiceOptions.lettered(texts);
    }

    /** The cell of a column, or null when the sheet has no such column or the row is short. */
    private static String cell(List<String> cells, Map<Column, Integer> columns, Column c) {
        Integer at = columns.get(c);
        return at == null || at >= cells.size() ? null : cells.get(at);
    }

    /** A cell that must be one line (question, topic, ...): white space runs, line breaks included, become a space. */
    private static String oneLine(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? null : s;
    }

    /** An answer keeps its line breaks (it is Markdown); lines lose trailing spaces, the cell its blank edges. */
    private static String paragraphs(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return cell.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }
}
