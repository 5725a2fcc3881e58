package dev.qbank.importers.flashcards;

import dev.qbank.importers.ClozeDeletions;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.FrontMatter;
import dev.qbank.importers.Importer;
import dev.qbank.importers.LanguageGuess;
import dev.qbank.importers.MarkdownLines;
import dev.qbank.importers.NoteMarkup;
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
 * ({@link ClozeDeletions}), not split at the {@code ::} inside it; in a {@code #flashcards} note, so is a paragraph in
 * no other card with {@code ==highlights==}, the plugin's default cloze. Other tools' decks pasted into a note read
 * the same way: RemNote's {@code >>} and {@code ;;} split a one-line card ({@link CardLine}), and Mochi's cards,
 * written apart by {@code ---} rules, are each a question line over its answer's paragraphs ({@link #ruledCard}).
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
    /** A thematic break, {@code ---}, which Mochi's cards are written apart by. */
    private static final Pattern RULE = Pattern.compile(" {0,3}-{3,}[ \\t]*");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*+]|\\d{1,3}[.)、])[ \\t]");
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
        if (TermLine.list(doc.text()).isPresent()) {
            return 0.6; // a file of nothing but "term - definition" lines (see TermLine)
        }
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
        Optional<List<TermLine>> terms = TermLine.list(source.text());
        if (terms.isPresent()) {
            for (TermLine card : terms.get()) {
                String text = PlainMarkup.strip(card.term()).strip();
                questions.accept(Question.builder(text)
                        .answer(card.definition())
                        .language(LanguageGuess.of(text + " " + card.definition()))
                        .source(new Source(source.file(), card.line(), text, NAME, null, null, null))
                        .build());
            }
            return;
        }
        Survey survey = Survey.of(source.text());
        SourceDocument doc = FrontMatter.blanked(source, warnings, survey.frontMatterTags ? "its tags" : "");
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
        List<Paragraph> section = new ArrayList<>(); // the paragraphs since the last rule, in a deck of ruled cards
        int start = -1; // the current paragraph's first line, 0-based
        for (int i = 0; i <= lines.size(); i++) {
            boolean end = i == lines.size() || !code.get(i) && lines.get(i).isBlank();
            Matcher h = end ? null : code.get(i) ? null : HEADING.matcher(lines.get(i));
            boolean isHeading = h != null && h.matches();
            if (end || isHeading) {
                if (start >= 0) {
                    Paragraph p = new Paragraph(doc, lines.subList(start, i), code.subList(start, i), start + 1,
                            survey, note, heading, questions, warnings);
                    if (!survey.ruledCards()) {
                        p.read();
                    } else if (p.rule()) {
                        readSection(section, survey);
                        section.clear();
                    } else {
                        section.add(p);
                    }
                }
                start = -1;
                if (isHeading) {
                    heading = i + 1 == title ? null : PlainMarkup.strip(h.group(2));
                    if (heading != null && SectionTitle.introduces(heading)) {
                        heading = null; // "## 前言" names no topic (see SectionTitle.introduces)
                    }
                }
            } else if (start < 0) {
                start = i;
            }
        }
        readSection(section, survey);
    }

    /**
     * The paragraphs between two rules of a deck of ruled cards: one card when they are shaped as one (see
     * {@link #ruledCard}), else each paragraph read as any other.
     */
    private static void readSection(List<Paragraph> section, Survey survey) {
        List<List<String>> texts = section.stream().map(Paragraph::lines).toList();
        if (ruledCard(texts, survey.tagged)) {
            Paragraph first = section.get(0);
            List<String> answer = new ArrayList<>();
            for (Paragraph p : section.subList(1, section.size())) {
                if (!answer.isEmpty()) {
                    answer.add("");
                }
                answer.addAll(p.lines());
            }
            first.emit(first.firstLine(), first.lines().get(0).strip(), null, String.join("\n", answer).strip(),
                    first.note(), null);
        } else {
            section.forEach(Paragraph::read);
        }
    }

    /** Whether a card of another kind is among the paragraphs: a one-line, multi-line or cloze card. */
    private static boolean holdsCard(List<List<String>> paragraphs) {
        for (List<String> p : paragraphs) {
            if (ClozeDeletions.in(String.join("\n", p)) || p.stream().anyMatch(l -> SEPARATOR.matcher(l).matches()
                    || CardLine.of(l).filter(c -> !c.propertyKey()).isPresent()
                    || CardLine.multiLineQuestion(l).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the paragraphs between two rules are one card as Mochi writes them ({@code ---} between the cards): a
     * question on one line that asks (or any line, in a note tagged {@code #flashcards}), not a list item, then the
     * answer's paragraphs, and no other card among them.
     */
    private static boolean ruledCard(List<List<String>> paragraphs, boolean tagged) {
        if (paragraphs.size() < 2 || paragraphs.get(0).size() != 1) {
            return false;
        }
        String question = paragraphs.get(0).get(0).strip();
        if (LIST_ITEM.matcher(question).lookingAt() || DeckTags.isTagLine(question)
                || !tagged && !question.endsWith("?") && !question.endsWith("？")) {
            return false;
        }
        return !holdsCard(paragraphs);
    }

    /**
     * What a note holds: whether it is tagged {@code #flashcards}, its one-line card candidates and how many ask,
     * its multi-line and cloze cards, and its paragraphs with and without cards.
     */
    private static final class Survey {
        boolean tagged;
        DeckTags noteTags = DeckTags.NONE;
        /** The front matter named tags (a deck or others), which the note's cards take. */
        boolean frontMatterTags;
        /** The cards are written apart by rules ({@code ---}), as Mochi's. */
        boolean ruled;
        int candidates;
        int asking;
        /** One-line cards whose question is no field's name ({@link CardLine#fieldLike}). */
        int phrased;
        /** Lines of text in no card (not a tag line, a property or a heading). */
        int prose;
        int multiLine;
        /** Mochi's cards, sides apart by a {@code ---} line inside the paragraph, and those whose front asks. */
        int sided;
        int sidedAsking;
        int paragraphs;
        int cardParagraphs;

        static Survey of(String text) {
            Survey s = new Survey();
            Matcher fm = FRONT_MATTER.matcher(text);
            if (fm.lookingAt()) {
                // tags: [flashcards/java, 面试] in the front matter: the note's deck and its tags
                s.noteTags = DeckTags.ofFrontMatter(fm.group(1));
                Matcher deck = DeckTags.FLASHCARDS.matcher(fm.group(1));
                if (!s.noteTags.flashcards() && deck.find()) {
                    s.noteTags = DeckTags.of("#" + deck.group().replaceFirst("^#", "")); // named under another key
                }
                s.tagged = s.noteTags.flashcards();
                s.frontMatterTags = s.noteTags.deck() != null || !s.noteTags.tags().isEmpty();
            }
            List<List<String>> paragraphs = new ArrayList<>();
            List<String> paragraph = new ArrayList<>();
            List<String> scanned = MarkdownLines.scanned(fm.lookingAt() ? "\n".repeat(
                    (int) fm.group().chars().filter(c -> c == '\n').count()) + text.substring(fm.end()) : text).toList();
            for (int i = 0; i <= scanned.size(); i++) {
                String line = i < scanned.size() ? unscheduled(scanned.get(i)) : "";
                if (line.isBlank() || HEADING.matcher(line).matches()) {
                    if (!paragraph.isEmpty()) {
                        paragraphs.add(List.copyOf(paragraph));
                    }
                    paragraph.clear();
                } else {
                    paragraph.add(line);
                }
            }
            s.ruled(paragraphs);
            return s;
        }

        /**
         * Reads the paragraphs, as cards written apart by rules ({@code ---}, Mochi's) when there are two rules or
         * more and at least half the stretches between them hold cards: a stretch shaped as one card
         * ({@link #ruledCard}) counts as one, and the rules are no text left out.
         */
        private void ruled(List<List<String>> all) {
            List<List<List<String>>> sections = new ArrayList<>(List.of(new ArrayList<>()));
            for (List<String> p : all) {
                if (p.size() == 1 && RULE.matcher(p.get(0)).matches()) {
                    sections.add(new ArrayList<>());
                } else {
                    sections.get(sections.size() - 1).add(p);
                }
            }
            boolean tagline = all.stream().anyMatch(p -> p.stream().allMatch(DeckTags::isTagLine)
                    && p.stream().map(DeckTags::of).anyMatch(DeckTags::flashcards));
            boolean deckTagged = tagged || tagline;
            long cards = sections.stream().filter(sec -> ruledCard(sec, deckTagged) || holdsCard(sec)).count();
            long filled = sections.stream().filter(sec -> !sec.isEmpty()).count();
            ruled = sections.size() >= 3 && cards >= 2 && 2 * cards >= filled;
            for (List<List<String>> sec : sections) {
                if (ruled && ruledCard(sec, deckTagged)) {
                    multiLine++;
                    paragraphs++;
                    cardParagraphs++;
                } else {
                    sec.forEach(this::paragraph);
                }
            }
            if (!ruled) {
                for (int i = 1; i < sections.size(); i++) {
                    paragraph(List.of("---")); // the rules, text in no card as before
                }
            }
        }

        /** Whether the note's cards are written apart by rules, Mochi's way (see {@link #ruled}). */
        boolean ruledCards() {
            return ruled;
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
            int side = card ? -1 : sideRule(lines, null); // the survey's lines have their code blanked
            if (side > 0) {
                sided++;
                boolean asks = asks(lines.get(side - 1));
                sidedAsking += asks ? 1 : 0;
                card = true; // no prose either way: one whose front does not ask is a card in a deck (takesSides)
            }
            if (!card && ClozeDeletions.in(String.join("\n", lines))) {
                multiLine++;
                card = true;
            }
            int oneLine = card ? 0 : lines.size(); // the lines to read as one-line cards
            for (int i = 0; i < oneLine; i++) {
                String l = lines.get(i);
                Optional<CardLine> c = CardLine.of(l);
                if (CardLine.multiLineQuestion(l).isPresent()) {
                    multiLine++; // RemNote's "question >>>" over its answer's lines
                    card = true;
                    i = CardLine.multiLineAnswerEnd(lines, i) - 1;
                } else if (c.isPresent() && !c.get().propertyKey()) {
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
            return multiLine + (allCards() ? candidates : asking) + (sided >= 2 || tagged ? sided : sidedAsking);
        }

        /**
         * Whether a Mochi card ({@code front}, a {@code ---} line, the back) is one: its front asks, or the note is a
         * deck ({@code #flashcards}) or holds two such cards or more. A lone one that does not ask is a Setext
         * heading over its text ({@code Intro} over {@code ---}).
         */
        boolean takesSides(String front) {
            return asks(front) || tagged || sided >= 2;
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
        /** Whether the paragraph is a rule alone ({@code ---}). */
        boolean rule() {
            return lines.size() == 1 && !code.get(0) && RULE.matcher(lines.get(0)).matches();
        }

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
            int side = sideRule(lines.subList(from, lines.size()), code.subList(from, lines.size()));
            if (side > 0 && survey.takesSides(lines.get(from + side - 1))) {
                List<String> answer = new ArrayList<>();
                for (int i = from + side + 1; i < lines.size(); i++) {
                    boolean rule = !code.get(i) && RULE.matcher(lines.get(i)).matches();
                    answer.add(rule ? "" : lines.get(i)); // a third side: the answer goes on
                }
                multiLineCard(from, from + side, answer, tags);
                return;
            }
            String whole = String.join("\n", lines.subList(from, lines.size()));
            Optional<ClozeDeletions> cloze = ClozeDeletions.of(whole);
            if (cloze.isPresent()) {
                String asked = cloze.get().question().replaceAll("\\s*\\n\\s*", " ").strip();
                // the source keeps the deletions as written, as the anki format's does
                emit(firstLine + from, asked, null, cloze.get().hidden(), tags, whole.replaceAll("\\s*\\n\\s*", " "));
                return;
            }
            if (survey.tagged && (whole.contains("==") || whole.contains("**"))
                    && !holdsCard(List.of(lines.subList(from, lines.size())))) {
                // the plugin's own clozes, highlights or bold, in a deck's paragraph that is no other card
                Optional<ClozeDeletions> own = NoteClozes.of(whole);
                if (own.isPresent()) {
                    emit(firstLine + from, own.get().question().replaceAll("\\s*\\n\\s*", " ").strip(), null,
                            own.get().hidden(), tags, whole.replaceAll("\\s*\\n\\s*", " "));
                    return;
                }
            }
            int outside = -1;
            for (int i = from; i < lines.size(); i++) {
                Optional<CardLine> card = code.get(i) ? Optional.empty() : CardLine.of(lines.get(i));
                Optional<String> asked = code.get(i) ? Optional.empty() : CardLine.multiLineQuestion(lines.get(i));
                if (asked.isPresent()) {
                    int end = CardLine.multiLineAnswerEnd(lines, i);
                    String answer = dedented(lines.subList(i + 1, end));
                    if (answer == null) {
                        warnings.accept(Diagnostic.warning("empty-card", doc.file(), firstLine + i, 0, "the card '"
                                + shortened(asked.get()) + " >>>' has no answer under it, so it is left out (write "
                                + "the answer on the lines below it, indented under it when it is a list item)"));
                    } else {
                        emit(firstLine + i, asked.get(), null, answer, tags, null);
                    }
                    i = end - 1;
                } else if (card.isPresent() && survey.takes(card.get())) {
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
            multiLineCard(from, separator, new ArrayList<>(lines.subList(separator + 1, lines.size())), tags);
        }

        private void multiLineCard(int from, int separator, List<String> answer, DeckTags tags) {
            List<String> asked = lines.subList(from, separator).stream().map(String::strip).toList();
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
            // a wiki link ([[TCP]] 的拥塞控制…), a link or a highlight in a question reads as its words, as in qa
            String text = PlainMarkup.strip(NoteMarkup.plain(asked)).strip();
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

    /**
     * Where Mochi's side separator is in a paragraph: the first {@code ---} line with text right above and below it
     * (a card's front, then its back), not in code ({@code code} marks its lines, null when none is), or -1. A rule
     * alone between blank lines is no side separator but a rule
     * between cards (see {@link Survey#ruled}).
     */
    private static int sideRule(List<String> lines, List<Boolean> code) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            if ((code == null || !code.get(i)) && RULE.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean asks(String line) {
        String s = line.strip();
        return s.endsWith("?") || s.endsWith("？");
    }

    /** The lines less the indentation they all share, as one text ({@code null} when there are none). */
    private static String dedented(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        String text = String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList()).strip();
        return text.isEmpty() ? null : text;
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
