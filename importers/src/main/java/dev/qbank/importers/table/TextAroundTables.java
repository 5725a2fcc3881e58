package dev.qbank.importers.table;

import dev.qbank.importers.AnswerLines;
import dev.qbank.importers.AskingText;
import dev.qbank.importers.CodeFence;
import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Importer;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.PageNumbers;
import dev.qbank.importers.SourceDocument;
import dev.qbank.importers.TableOfContents;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The text of a document around its question tables, read in the shape it has. A bank that lists numbered
 * questions (or Q&amp;A pairs, or chapters) and then a quick-reference table of more (a Word document's
 * "速查表", a README's summary table) is detected as a table, whose reader reads only tables: the questions around
 * them were dropped without a word. Here the table lines are blanked (line numbers stay), the rest is detected
 * as any text is, and when a Markdown shape other than a table recognises it, that shape reads it too.
 */
final class TextAroundTables {
    /** The shapes that read text no shape is sure of, in turn: a numbered list, Q&amp;A pairs, Notion's Q-lines. */
    private static final List<String> FALLBACK = List.of("numbered", "qa", "notion");

    private TextAroundTables() {
    }

    /** The questions the text around the tables asks, in its order (none when it asks none). */
    static List<Question> read(SourceDocument doc, BitSet tableLines, Consumer<Diagnostic> warnings) {
        String[] lines = doc.text().split("\n", -1);
        StringBuilder rest = new StringBuilder(doc.text().length());
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            boolean table = tableLines.get(i + 1);
            any |= !table && !lines[i].isBlank();
            rest.append(table ? "" : lines[i]).append(i + 1 < lines.length ? "\n" : "");
        }
        if (!any) {
            return List.of();
        }
        SourceDocument around = SourceDocument.of(doc.path(), doc.file(), rest.toString().getBytes(StandardCharsets.UTF_8));
        List<Importer> shapes;
        Runnable unread = () -> Unread.warn(doc.file(), lines, tableLines, warnings);
        try {
            shapes = List.of(new FormatDetector(ImporterRegistry.standard()).detect(around).importer());
        } catch (QbankException unrecognised) {
            // too little text for a shape to be sure of (one numbered question under the table, one 问/答 pair):
            // the Markdown shapes read it in turn, and what asks is kept, as below; an introduction gives nothing
            shapes = FALLBACK.stream().map(ImporterRegistry.standard()::require).toList();
        }
        for (Importer shape : shapes) {
            if (shape.name().equals(TableImporter.NAME)) {
                unread.run();
                return List.of();
            }
            List<Question> read = new ArrayList<>();
            List<Diagnostic> said = new ArrayList<>();
            try {
                shape.read(around, read::add, said::add);
            } catch (QbankException noQuestions) {
                continue; // the shape found nothing to read after all: the tables are the bank
            }
            if (read.isEmpty()) {
                continue;
            }
            // most of them ask: questions; a README's numbered steps or notes around its table are not
            long asking = read.stream().filter(q -> AskingText.asks(q.question())).count();
            if (2 * asking >= read.size()) {
                said.forEach(warnings);
                return read;
            }
            warnings.accept(Diagnostic.warning("outside-table", doc.file(), read.get(0).sources().get(0).line(), 0,
                    "the text around the tables reads as " + read.size() + " " + shape.name() + " items, most of "
                            + "which do not ask; not imported (import it with --format " + shape.name()
                            + " if they are questions)"));
            return List.of();
        }
        unread.run();
        return List.of();
    }

    /**
     * The text after the first table that reads as no question: a note under a table ({@code > 注：答案仅供参考}),
     * a paragraph of remarks, a sign-off. It is not imported, and each block of it is said, by its first line,
     * rather than dropped without a word. Headings are the tables' topics and rules separate them: neither is said;
     * nor is the page's introduction above the first table, which describes the bank as a list's preamble does.
     */
    private static final class Unread {
        /** Blocks named one by one; the rest are counted in one more warning. */
        private static final int NAMED = 5;
        private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]|$)");
        private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
        private static final Pattern COMMENT = Pattern.compile("^\\s*<!--.*-->\\s*$");

        static void warn(String file, String[] lines, BitSet tableLines, Consumer<Diagnostic> warnings) {
            List<Integer> starts = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            int i = Math.max(0, tableLines.nextSetBit(1) - 1); // above the first table: the page's introduction
            while (i < lines.length) {
                if (tableLines.get(i + 1) || lines[i].isBlank() || layout(lines, i)) {
                    i++;
                    continue;
                }
                int start = i;
                CodeFence fence = null;
                for (; i < lines.length && !tableLines.get(i + 1) && (fence != null || !lines[i].isBlank()
                        && !layout(lines, i)); i++) {
                    fence = fence == null ? CodeFence.opening(lines[i]) : fence.closedBy(lines[i]) ? null : fence;
                }
                if (i == start + 1 && PageNumbers.isPageLine(lines[start])) {
                    pages.add(start + 1); // a PDF's page number between two parts of a table: said apart, once
                } else {
                    starts.add(start + 1);
                }
            }
            if (!pages.isEmpty()) {
                PageNumbers.warnBetweenBlocks(file, pages.get(0), pages.size(), warnings);
            }
            for (int k = 0; k < starts.size() && k <= NAMED; k++) {
                warnings.accept(Diagnostic.warning("outside-table", file, starts.get(k), 0, k < NAMED
                        ? "this text outside the tables (a note, remarks) is no question and not imported"
                        : "this and " + (starts.size() - NAMED - 1) + " more blocks of text outside the tables are "
                                + "no questions and not imported"));
            }
        }

        /**
         * A heading (the topic of the tables below it), a rule, a setext heading's underline, an HTML comment or a
         * line of in-page links (a "back to top" link).
         */
        private static boolean layout(String[] lines, int i) {
            String line = lines[i];
            boolean underlined = i + 1 < lines.length && !line.isBlank()
                    && SETEXT_UNDERLINE.matcher(lines[i + 1]).matches() && !AnswerLines.isRule(line);
            return HEADING.matcher(line).find() || AnswerLines.isRule(line) || underlined
                    || i > 0 && SETEXT_UNDERLINE.matcher(line).matches() && !lines[i - 1].isBlank()
                    || COMMENT.matcher(line).matches() || TableOfContents.isEntry(line); // "⬆ 返回顶部": navigation
        }
    }
}
