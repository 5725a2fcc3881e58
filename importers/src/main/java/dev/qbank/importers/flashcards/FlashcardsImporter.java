package dev.qbank.importers.flashcards;

import dev.qbank.importers.ClozeDeletions;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.FrontMatter;
import dev.qbank.importers.Importer;
import dev.qbank.importers.LanguageGuess;
import dev.qbank.importers.MarkdownLines;
import dev.qbank.importers.PlainMarkup;
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes written for Obsidian's Spaced Repetition plugin, a common way to keep interview questions in a vault:
 * one-line cards {@code question::answer} and {@code question:::answer} ({@link CardLine}), multi-line cards whose
 * question lines stand above a line of only {@code ?} (or {@code ??}, reversible) and answer lines below it, cards
 * apart by blank lines; {@code #flashcards} tags ({@link DeckTags}) and headings give the cards' decks and topics,
 * and the plugin's schedule comments ({@code <!--SR:!2024-03-01,3,250-->}) are its bookkeeping. A paragraph with
 * Anki's cloze deletions ({@code {{c1::…}}}) is a cloze card, read as the {@code anki} format reads one
 * ({@link ClozeDeletions}), not split at the {@code ::} inside it.
 *
 * <p>{@code key:: value} is also how Logseq writes a block's properties and Dataview an inline field, so a one-line
 * card needs more than the separator: its question may not be a property's key ({@code author}, {@code id}), and
 * unless the note is tagged {@code #flashcards} it must ask (a question mark at its end), or most one-line cards
 * of the note must, or the note must hold nothing but cards, one of them more than a field's name
 * ({@link CardLine#fieldLike}).
 */
public final class FlashcardsImporter implements Importer {
    public static final String NAME = "flashcards";
    private static final int SNIFF_LINES = 200;
    /** The plugin's record of a card's schedule, after the card or at the end of its line. */
    private static final Pattern SCHEDULE = Pattern.compile("<!--SR:[^>]*-->");
    private static final Pattern HEADING = MarkdownLines.HEADING;
    /** A multi-line card's separator: {@code ?}, or {@code ??} for a reversible one. */
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t]*\\?\\??[ \\t]*");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n---", Pattern.DOTALL);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Obsidian Spaced Repetition cards: 'question::answer', 'question:::answer', question / '?' / answer, "
                + "#flashcards tags";
    }

    /**
     * Sure when the note is tagged {@code #flashcards} and holds a card; otherwise, with two cards or more, or a note
     * of nothing but cards, as sure as the share of its paragraphs that are cards.
     */
    @Override
    public double sniff(SourceDocument doc) {
        String head = doc.text().lines().limit(SNIFF_LINES).reduce(new StringBuilder(),
                (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
        Survey s = Survey.of(head);
        if (s.cards() == 0 || !s.tagged && s.cards() < 2 && !(s.prose == 0 && s.phrased > 0)) {
            return 0; // one card in a note of other text may be a Dataview field
        }
        double share = (double) s.cardParagraphs / Math.max(1, s.paragraphs);
        return s.tagged ? 0.95 : 0.3 + 0.6 * share;
    }

    @Override
    public void read(SourceDocument source, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        Survey survey = Survey.of(source.text());
        SourceDocument doc = FrontMatter.blanked(source, warnings);
        int title = DocumentTitle.line(doc.text());
        List<String> lines = new ArrayList<>();
        List<Boolean> code = new ArrayList<>();
        MarkdownLines scan = new MarkdownLines(doc.text());
        while (scan.next()) {
            lines.add(scan.code() ? scan.line() : unscheduled(scan.line()));
            code.add(scan.code());
        }
        DeckTags note = survey.noteTags;
        String heading = null;
        int start = -1; // the current paragraph's first line, 0-based
        for (int i = 0; i <= lines.size(); i++) {
            boolean end = i == lines.size() || !code.get(i) && lines.get(i).isBlank();
            Matcher h = end ? null : code.get(i) ? null : HEADING.matcher(lines.get(i));
            boolean isHeading = h != null && h.matches();
            if (end || isHeading) {
                if (start >= 0) {
                    new Paragraph(doc, lines.subList(start, i), code.subList(start, i), start + 1, survey, note,
                            heading, questions, warnings).read();
                }
                start = -1;
                if (isHeading) {
                    heading = i + 1 == title ? null : PlainMarkup.strip(h.group(2));
                }
            } else if (start < 0) {
                start = i;
            }
        }
    }

    /**
     * What a note holds: whether it is tagged {@code #flashcards}, its one-line card candidates and how many ask,
     * its multi-line and cloze cards, and its paragraphs with and without cards.
     */
    private static final class Survey {
        boolean tagged;
        DeckTags noteTags = DeckTags.NONE;
        int candidates;
        int asking;
        /** One-line cards whose question is no field's name ({@link CardLine#fieldLike}). */
        int phrased;
        /** Lines of text in no card (not a tag line, a property or a heading). */
        int prose;
        int multiLine;
        int paragraphs;
        int cardParagraphs;

        static Survey of(String text) {
            Survey s = new Survey();
            Matcher fm = FRONT_MATTER.matcher(text);
            Matcher deck = fm.lookingAt() ? DeckTags.FLASHCARDS.matcher(fm.group(1)) : null;
            if (deck != null && deck.find()) {
                // tags: [flashcards/java] in the front matter: the note's deck
                s.noteTags = DeckTags.of("#" + deck.group().replaceFirst("^#", ""));
                s.tagged = true;
            }
            List<String> paragraph = new ArrayList<>();
            List<String> scanned = MarkdownLines.scanned(fm.lookingAt() ? "\n".repeat(
                    (int) fm.group().chars().filter(c -> c == '\n').count()) + text.substring(fm.end()) : text).toList();
            for (int i = 0; i <= scanned.size(); i++) {
                String line = i < scanned.size() ? unscheduled(scanned.get(i)) : "";
                if (line.isBlank() || HEADING.matcher(line).matches()) {
                    s.paragraph(paragraph);
                    paragraph.clear();
                } else {
                    paragraph.add(line);
                }
            }
            return s;
        }

        private void paragraph(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            if (lines.stream().allMatch(DeckTags::isTagLine)) {
                DeckTags t = lines.stream().map(DeckTags::of).reduce(DeckTags.NONE, DeckTags::and);
                tagged |= t.flashcards();
                noteTags = noteTags.and(t);
                return;
            }
            paragraphs++;
            boolean card = false;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                DeckTags inLine = l.contains("#") ? DeckTags.of(l) : DeckTags.NONE;
                tagged |= inLine.flashcards();
                if (inLine.flashcards() && !DeckTags.isTagLine(l)) {
                    // "Redis 复习 #flashcards/redis" in a sentence tags the whole note, as the plugin reads it
                    noteTags = noteTags.and(new DeckTags(inLine.deck(), List.of(), true));
                }
                if (SEPARATOR.matcher(l).matches() && i > 0 && i + 1 < lines.size()) {
                    multiLine++;
                    card = true;
                }
            }
            if (!card && ClozeDeletions.in(String.join("\n", lines))) {
                multiLine++;
                card = true;
            }
            for (String l : card ? List.<String>of() : lines) {
                Optional<CardLine> c = CardLine.of(l);
                if (c.isPresent() && !c.get().propertyKey()) {
                    candidates++;
                    asking += c.get().asks() ? 1 : 0;
                    phrased += c.get().fieldLike() ? 0 : 1;
                    card = true;
                } else if (c.isEmpty() && !DeckTags.isTagLine(l)) {
                    prose++;
                }
            }
            cardParagraphs += card ? 1 : 0;
        }

        /**
         * Whether a one-line card with this question is one: it asks, or the note is a deck, mostly asking cards or
         * only cards.
         */
        boolean takes(CardLine c) {
            return !c.propertyKey() && (c.asks() || allCards());
        }

        int cards() {
            return multiLine + (allCards() ? candidates : asking);
        }

        /**
         * Whether every one-line card of the note is one: it is tagged {@code #flashcards}, most of them ask, or the
         * note holds nothing but cards (no line of prose) and one of them is more than a field's name
         * ({@code What is dropout::…}, {@code 解释过拟合::…}). A note of nothing but {@code Word:: value} lines
         * ({@code Status:: Read}, {@code 作者:: 张三}) is a note's fields (Dataview, Logseq), unless tagged.
         */
        boolean allCards() {
            return tagged || asking >= 2 && 3 * asking >= 2 * candidates || prose == 0 && phrased > 0;
        }
    }

    /** One paragraph of the note: a multi-line card, a cloze card, one-line cards, or text that is no card. */
    private record Paragraph(SourceDocument doc, List<String> lines, List<Boolean> code, int firstLine, Survey survey,
                             DeckTags note, String heading, Consumer<Question> questions,
                             Consumer<Diagnostic> warnings) {
        void read() {
            int from = 0;
            DeckTags tags = note;
            while (from < lines.size() && !code.get(from) && DeckTags.isTagLine(lines.get(from))) {
                tags = tags.and(DeckTags.of(lines.get(from))); // a tag line right above a card: the card's deck
                from++;
            }
            if (from == lines.size()) {
                return; // the note's tags, read by the survey
            }
            for (int i = from; i < lines.size(); i++) {
                if (!code.get(i) && SEPARATOR.matcher(lines.get(i)).matches()) {
                    // one-line cards right above a multi-line card's question are cards of their own, as the plugin
                    // reads them: the question is the lines after the last of them
                    int question = from;
                    for (int k = from; k < i; k++) {
                        Optional<CardLine> card = code.get(k) ? Optional.empty() : CardLine.of(lines.get(k));
                        if (card.isPresent() && survey.takes(card.get()) && k + 1 < i) {
                            emit(firstLine + k, card.get().question(), null, card.get().answer(), tags, null);
                            question = k + 1;
                        } else if (card.isEmpty() || !card.get().propertyKey()) {
                            break;
                        }
                    }
                    multiLine(question, i, tags);
                    return;
                }
            }
            String whole = String.join("\n", lines.subList(from, lines.size()));
            Optional<ClozeDeletions> cloze = ClozeDeletions.of(whole);
            if (cloze.isPresent()) {
                String asked = cloze.get().question().replaceAll("\\s*\\n\\s*", " ").strip();
                // the source keeps the deletions as written, as the anki format's does
                emit(firstLine + from, asked, null, cloze.get().hidden(), tags, whole.replaceAll("\\s*\\n\\s*", " "));
                return;
            }
            int outside = -1;
            for (int i = from; i < lines.size(); i++) {
                Optional<CardLine> card = code.get(i) ? Optional.empty() : CardLine.of(lines.get(i));
                if (card.isPresent() && survey.takes(card.get())) {
                    emit(firstLine + i, card.get().question(), null, card.get().answer(), tags, null);
                } else if (card.isPresent() && card.get().propertyKey()) {
                    continue; // "author:: X": a Dataview field or a page property, the note's metadata
                } else if (outside < 0) {
                    outside = i;
                }
            }
            if (outside >= 0) {
                warnings.accept(Diagnostic.warning("outside-card", doc.file(), firstLine + outside, 0, "'"
                        + shortened(lines.get(outside)) + "' is in no card, so it is left out (a card is "
                        + "'question::answer' on one line, or question lines, a line of only '?' and answer lines, "
                        + "with a blank line before and after)"));
            }
        }

        private void multiLine(int from, int separator, DeckTags tags) {
            List<String> asked = lines.subList(from, separator).stream().map(String::strip).toList();
            List<String> answer = new ArrayList<>(lines.subList(separator + 1, lines.size()));
            while (!answer.isEmpty() && answer.get(answer.size() - 1).isBlank()) {
                answer.remove(answer.size() - 1);
            }
            int line = firstLine + from;
            if (asked.isEmpty() || answer.isEmpty()) {
                warnings.accept(Diagnostic.warning("empty-card", doc.file(), firstLine + separator, 0, "the card at '"
                        + lines.get(separator).strip() + "' has no " + (asked.isEmpty() ? "question above" : "answer below")
                        + " it, so it is left out (write the question on the lines above the '?' line and the answer "
                        + "below it, with no blank line between)"));
                return;
            }
            String prompt = asked.size() > 1 ? String.join("\n", asked.subList(1, asked.size())) : null;
            emit(line, asked.get(0), prompt, String.join("\n", answer), tags, null);
        }

        /** A card's question; {@code written} is how the source wrote it, when not as {@code asked} (a cloze). */
        private void emit(int line, String asked, String prompt, String answer, DeckTags tags, String written) {
            String topic = heading != null ? SectionTitle.topic(heading) : tags.deck();
            String text = PlainMarkup.strip(asked).strip();
            questions.accept(Question.builder(text)
                    .prompt(prompt)
                    .answer(answer)
                    .topic(topic)
                    .tags(tags.tags())
                    .language(LanguageGuess.of(text))
                    .source(new Source(doc.file(), line, written != null ? written : text, NAME, null, null,
                            heading != null ? heading : tags.deck()))
                    .build());
        }
    }

    /** The line without the plugin's schedule comments (and the spaces before them). */
    private static String unscheduled(String line) {
        return line.contains("<!--SR:") ? SCHEDULE.matcher(line).replaceAll("").stripTrailing() : line;
    }

    private static String shortened(String line) {
        String s = line.strip();
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
