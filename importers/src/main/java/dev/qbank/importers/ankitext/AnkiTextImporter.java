package dev.qbank.importers.ankitext;

import dev.qbank.importers.Importer;
import dev.qbank.importers.LineIndex;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.anki.AnkiNote;
import dev.qbank.importers.anki.UnreadFields;
import dev.qbank.importers.csv.CsvImporter;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Anki's plain-text export ("Notes in Plain Text", {@code .txt}) and the files people write for Anki's text import:
 * one note a row, its fields split by a tab (or the separator the file names), optionally under Anki's header lines
 * ({@code #separator:tab}, {@code #html:true}, {@code #tags column:3}, {@code #deck column:1}, {@code #columns:...},
 * {@code #tags:...}, {@code #deck:...}, {@code #notetype:...}; see {@link AnkiTextHeader}). The columns a header names
 * as tags, deck, note type or guid are those; the others are the note's fields in order, read by {@link AnkiNote} as
 * a package's notes are (first field the question, second the answer, or by the {@code #columns} names). Fields are
 * HTML when the header says so, or, without one, when any field holds a tag; plain text otherwise, its line breaks
 * kept. Rows are read like Anki reads them: RFC 4180 quoting, lines starting with {@code #} are comments. A file
 * without header lines is this format only when nearly every line is a tab-separated row (Anki's older "Cards in
 * Plain Text" export, Quizlet's); a sheet with a header row naming its columns is {@code csv}'s.
 */
public final class AnkiTextImporter implements Importer {
    public static final String NAME = "ankitext";
    /** Lines looked at to recognise a file without header lines. */
    private static final int SNIFF_LINES = 200;
    /** Characters looked at to recognise a Quizlet export with custom separators. */
    private static final int SNIFF_CHARS = 64_000;
    /** A tag as Anki's "is this HTML" check sees one: an element's start or end, or an entity. */
    private static final Pattern HTML = Pattern.compile(
            "<(?:/?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?)>|&(?:[a-zA-Z]{2,8}|#[0-9]{1,7});");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Anki's plain-text export (#separator:tab, #html:true, ... then one note a row: front, back, tags)";
    }

    /**
     * Sure when the file opens with Anki's header lines; a little when, without them, nearly every line of its start
     * is a row of tab-separated cells (so that a sheet with a header row stays {@code csv}'s, which scores higher).
     */
    @Override
    public double sniff(SourceDocument doc) {
        if (AnkiTextHeader.of(doc.text()).lines() > 0) {
            return 0.98;
        }
        if (tabRows(doc.text())) {
            return 0.5;
        }
        // a Quizlet set exported with custom separators; the cards one a line with '|' between the sides, as any
        // short text might be, are trusted less than every other shape's score
        Optional<QuizletCards> quizlet = QuizletCards.of(head(doc.text()));
        return quizlet.isEmpty() ? 0 : quizlet.get().trustedLess() ? 0.35 : 0.6;
    }

    /** The start of a large file, cut after its last line within {@value #SNIFF_CHARS} characters. */
    private static String head(String text) {
        if (text.length() <= SNIFF_CHARS) {
            return text;
        }
        String head = text.substring(0, SNIFF_CHARS);
        int cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(";;"));
        return cut > 0 ? head.substring(0, cut) : head;
    }

    /** Whether nearly every line of the text's start is a row of tab-separated cells. */
    private static boolean tabRows(String text) {
        int rows = 0;
        int others = 0;
        for (String line : (Iterable<String>) text.lines().limit(SNIFF_LINES)::iterator) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.substring(0, tab).isBlank()) {
                rows++;
            } else {
                others++;
            }
        }
        return rows >= 2 && others * 10 <= rows;
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        String text = doc.text();
        AnkiTextHeader header = AnkiTextHeader.of(text);
        // Anki's legacy first line "tags:a b" is not a comment: read as one, the lines keep their numbers
        String rows = header.legacyTagsLine() ? "#" + text : text;
        boolean html = header.html() != null ? header.html() : HTML.matcher(text.substring(header.end())).find();
        Optional<QuizletCards> quizlet = header.lines() > 0 || tabRows(text) ? Optional.empty() : QuizletCards.of(text);
        if (quizlet.isPresent()) {
            readQuizlet(doc, quizlet.get(), header, html, questions, warnings);
            return;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(header.separator())
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(false).get();
        LineIndex lines = new LineIndex(rows);
        int line = 0;
        int number = 0;
        UnreadFields unread = new UnreadFields();
        try (CSVParser parser = CSVParser.parse(new StringReader(rows), format)) {
            for (CSVRecord record : parser) {
                line = firstRowLine(rows, lines, lines.lineAt(record.getCharacterPosition()));
                List<String> cells = Arrays.asList(record.values());
                if (cells.stream().allMatch(String::isBlank)) {
                    continue; // a row of empty cells, as a spreadsheet saves below its data
                }
                number++;
                AnkiNote note = header.note(cells, html);
                Question q = note.question(doc, line, number, NAME, new ArrayList<>(), warnings);
                if (q != null) {
                    questions.accept(q);
                    unread.add(note, line);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw CsvImporter.problem(doc, e, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        unread.warn(doc.file(), "name the columns with a '#columns:' line, e.g. "
                + "'#columns:Question<tab>Answer<tab>Source<tab>Extra', to read them", warnings);
        if (number == 0) {
            throw new QbankException(Diagnostic.error("no-notes", doc.file(), header.lines() + 1, 0,
                    "no notes after the header lines: Anki's text files hold one note a row, its fields separated by "
                            + "the separator (" + AnkiTextHeader.separatorName(header.separator()) + ")"));
        }
    }

    /** A Quizlet export's cards, term and definition as a note's two fields. */
    private static void readQuizlet(SourceDocument doc, QuizletCards quizlet, AnkiTextHeader header, boolean html,
                                    Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        LineIndex lines = new LineIndex(doc.text());
        for (int i = 0; i < quizlet.cards().size(); i++) {
            String[] card = quizlet.cards().get(i);
            Question q = header.note(List.of(card[0], card[1]), html).question(doc,
                    lines.lineAt(quizlet.offsets().get(i)), i + 1, NAME, new ArrayList<>(), warnings);
            if (q != null) {
                questions.accept(q);
            }
        }
    }

    /**
     * {@code line}, or the first line after it that is neither blank nor a comment: a record's position is where the
     * parser started on it, before the comment and empty lines it skipped.
     */
    private static int firstRowLine(String text, LineIndex lines, int line) {
        int l = line;
        while (l < lines.lines()) {
            int from = lines.start(l);
            int to = lines.start(l + 1);
            if (text.charAt(from) != '#' && !text.substring(from, to).isBlank()) {
                break;
            }
            l++;
        }
        return l;
    }
}
