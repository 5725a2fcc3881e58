package dev.qbank.importers.org;

import dev.qbank.importers.Importer;
import dev.qbank.importers.LanguageGuess;
import dev.qbank.importers.PlainMarkup;
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emacs org-mode files of drill cards, as org-drill (and org-fc, anki-editor) keep them: a heading tagged
 * {@code :drill:} is a card, its body (or, when the body is empty or the heading itself asks, its title) the
 * question, and its sub-headings the answer, an {@code ** Answer} one as the answer itself. The cards' bookkeeping is
 * no text: property drawers ({@code :PROPERTIES:} … {@code :END:}, {@code DRILL_LAST_INTERVAL} and the like), other
 * drawers ({@code :LOGBOOK:}) and planning lines ({@code SCHEDULED: <…>}). A card of cloze type
 * ({@code :DRILL_CARD_TYPE: hide1cloze}), or one with no answer under it whose body has {@code [deletions]}, hides
 * them as {@code [...]} (a hint {@code [text||hint]} as {@code [hint]}) and answers with what they hide. Headings
 * over cards are their topic; their tags, and the file's {@code #+FILETAGS:}, are the cards' tags. A file with no
 * {@code :drill:} tag reads the headings with an {@code Answer} sub-heading as its cards.
 *
 * <p>A format of its own: org's headings are lines of stars ({@code ** title}), which Markdown reads as list items,
 * and its answers hide under sub-headings, which no Markdown shape reads as an answer.
 */
public final class OrgImporter implements Importer {
    public static final String NAME = "org";
    private static final int SNIFF_LINES = 400;
    private static final Pattern KEYWORD = Pattern.compile("^[ \\t]*#\\+([A-Za-z_]+):[ \\t]*(.*)$");
    private static final Pattern DRAWER = Pattern.compile("^[ \\t]*:([A-Za-z][\\w-]*):[ \\t]*$");
    private static final Pattern DRAWER_END = Pattern.compile("(?i)^[ \\t]*:END:[ \\t]*$");
    private static final Pattern PROPERTY = Pattern.compile("^[ \\t]*:([A-Za-z][\\w-]*):[ \\t]+(.*?)[ \\t]*$");
    private static final Pattern PLANNING = Pattern.compile("^[ \\t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \\t]*"
            + "[<\\[][^>\\]]*[>\\]][ \\t]*)+$");
    /** The titles of the sub-heading that holds a card's answer. */
    private static final Set<String> ANSWER_TITLES = Set.of("answer", "answers", "back", "a", "答案", "回答", "答",
            "参考答案", "解答");
    private static final Pattern CLOZE = Pattern.compile("(?<![\\[\\w])\\[([^\\[\\]\\n|]+?)(?:\\|\\|([^\\[\\]\\n]+?))?\\](?![\\[(])");
    private static final String DRILL = "drill";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "org-mode drill cards: '* question :drill:' headings, the answer under '** Answer', property drawers";
    }

    /**
     * Sure when a heading is tagged {@code :drill:}; fairly sure when the file is org (a {@code #+KEYWORD:} line or a
     * property drawer) and two headings or more have an {@code Answer} sub-heading. A Markdown list ({@code * item})
     * has neither.
     */
    @Override
    public double sniff(SourceDocument doc) {
        List<String> head = doc.text().lines().limit(SNIFF_LINES).toList();
        boolean org = false;
        int answers = 0;
        int previous = 0; // the level of the heading above, for an Answer sub-heading right under a card
        for (String line : head) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.charAt(0) == '*') {
                HeadingLine h = HeadingLine.parse(line);
                if (h != null) {
                    if (h.tags() != null && tags(h.tags()).contains(DRILL)) {
                        return 0.95;
                    }
                    int level = h.level();
                    answers += level == previous + 1 && isAnswerTitle(h.title()) ? 1 : 0;
                    previous = level;
                }
            } else if (KEYWORD.matcher(line).matches() || DRAWER.matcher(line).matches()
                    && line.strip().equalsIgnoreCase(":PROPERTIES:")) {
                org = true;
            }
        }
        return org && answers >= 2 ? 0.9 : 0;
    }

    /** One heading with the lines under it (up to its first sub-heading) and its sub-headings. */
    private static final class Heading {
        final int line; // 1-based
        final int level;
        final String keyword;
        final String title;
        final List<String> tags;
        final List<String> body = new ArrayList<>();
        final List<Heading> children = new ArrayList<>();

        Heading(int line, int level, String keyword, String title, List<String> tags) {
            this.line = line;
            this.level = level;
            this.keyword = keyword;
            this.title = title;
            this.tags = tags;
        }

        boolean drill() {
            return tags.contains(DRILL);
        }

        boolean hasAnswer() {
            return children.stream().anyMatch(c -> isAnswerTitle(c.title));
        }
    }

    @Override
    public void read(SourceDocument doc, Consumer<Question> questions, Consumer<Diagnostic> warnings) {
        String[] lines = doc.text().split("\n", -1);
        List<String> fileTags = new ArrayList<>();
        Heading root = new Heading(0, 0, null, null, List.of());
        List<Heading> open = new ArrayList<>(List.of(root));
        boolean drillTags = false;
        boolean inBlock = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String lower = line.strip().toLowerCase(Locale.ROOT);
            inBlock = inBlock ? !lower.startsWith("#+end_") : lower.startsWith("#+begin_");
            HeadingLine h = inBlock || line.isEmpty() || line.charAt(0) != '*' ? null : HeadingLine.parse(line);
            if (h != null) {
                Heading heading = new Heading(i + 1, h.level(), h.keyword(), h.title().strip(),
                        h.tags() == null ? List.of() : tags(h.tags()));
                drillTags |= heading.drill();
                while (open.get(open.size() - 1).level >= heading.level) {
                    open.remove(open.size() - 1);
                }
                open.get(open.size() - 1).children.add(heading);
                open.add(heading);
                continue;
            }
            Matcher k = open.size() == 1 ? KEYWORD.matcher(line) : null;
            if (k != null && k.matches()) {
                if (k.group(1).equalsIgnoreCase("filetags")) {
                    fileTags.addAll(tags(k.group(2).strip()));
                }
                continue; // #+TITLE:, #+STARTUP: …: the file's settings
            }
            open.get(open.size() - 1).body.add(line);
        }
        new Reader(doc, drillTags, questions, warnings).read(root, null, fileTags);
    }

    /** Emits the cards under a heading, with the topic and tags its ancestors give them. */
    private record Reader(SourceDocument doc, boolean drillTags, Consumer<Question> questions,
                          Consumer<Diagnostic> warnings) {
        void read(Heading parent, String topic, List<String> inherited) {
            for (Heading h : parent.children) {
                List<String> tags = new ArrayList<>(inherited);
                h.tags.stream().filter(t -> !t.equals(DRILL) && !tags.contains(t)).forEach(tags::add);
                if (drillTags ? h.drill() : h.hasAnswer()) {
                    card(h, topic, tags);
                    continue;
                }
                List<String> text = text(h.body);
                if (!text.isEmpty() || h.keyword != null && h.children.isEmpty()) {
                    warnings.accept(Diagnostic.warning("outside-card", doc.file(), h.line, 0, "'" + shortened(
                            (h.keyword != null ? h.keyword + " " : "") + h.title) + "' is no "
                            + (drillTags ? "drill card (a heading tagged :drill:)" : "card (a heading with an 'Answer' "
                            + "sub-heading)") + ", so " + (text.isEmpty() ? "it is" : "the text under it is")
                            + " left out"));
                }
                read(h, PlainMarkup.strip(OrgMarkup.inline(h.title)), tags);
            }
        }

        private void card(Heading h, String topic, List<String> tags) {
            List<String> body = text(h.body);
            String written = String.join("\n", body);
            String type = property(h.body, "DRILL_CARD_TYPE");
            boolean clozeType = type != null && type.toLowerCase(Locale.ROOT).contains("cloze");
            String question;
            String prompt = null;
            String answer;
            String sourceText = null;
            Matcher cloze = CLOZE.matcher(written);
            if ((clozeType || h.children.isEmpty()) && cloze.find()) {
                StringBuilder asked = new StringBuilder();
                List<String> hidden = new ArrayList<>();
                cloze.reset();
                while (cloze.find()) {
                    hidden.add(cloze.group(1).strip());
                    cloze.appendReplacement(asked, Matcher.quoteReplacement(
                            "[" + (cloze.group(2) != null ? cloze.group(2).strip() : "...") + "]"));
                }
                cloze.appendTail(asked);
                question = oneLine(OrgMarkup.inline(asked.toString()));
                answer = String.join("\n", hidden);
                sourceText = oneLine(written); // the title only names the card ("slice 扩容规则"): the cloze asks
                prompt = CardTitle.shown(PlainMarkup.strip(OrgMarkup.inline(h.title)), plain(written));
            } else {
                String title = PlainMarkup.strip(OrgMarkup.inline(h.title));
                if (body.isEmpty() || asks(title)) {
                    question = title;
                    prompt = body.isEmpty() ? null : OrgMarkup.markdown(body);
                } else {
                    // the title only names the card (GMP 模型, or org-drill's "Question"): the body asks, and the
                    // name, which org-drill shows over it, leads the prompt unless the body says it already
                    question = PlainMarkup.strip(OrgMarkup.inline(body.get(0).strip()));
                    String rest = body.size() > 1 ? OrgMarkup.markdown(body.subList(1, body.size())) : "";
                    String name = CardTitle.shown(title, plain(written));
                    prompt = name == null ? rest : (name + "\n\n" + rest).strip();
                }
                answer = answer(h);
            }
            if (question.isEmpty()) {
                warnings.accept(Diagnostic.warning("empty-question", doc.file(), h.line, 0,
                        "the card has no question (write it in the heading or under it); skipped"));
                return;
            }
            questions.accept(Question.builder(question)
                    .prompt(prompt == null || prompt.isEmpty() ? null : prompt)
                    .answer(answer == null || answer.isEmpty() ? null : answer)
                    .topic(topic == null ? null : SectionTitle.topic(topic))
                    .tags(List.copyOf(new LinkedHashSet<>(tags)))
                    .language(LanguageGuess.of(question))
                    .source(new Source(doc.file(), h.line, sourceText != null ? sourceText : question, NAME, null,
                            null, topic))
                    .build());
        }

        /** The card's answer: its Answer sub-heading's text, other sub-headings under their titles in bold. */
        private static String answer(Heading card) {
            List<String> parts = new ArrayList<>();
            for (Heading c : card.children) {
                String text = subtree(c);
                if (isAnswerTitle(c.title)) {
                    parts.add(text);
                } else {
                    parts.add(("**" + PlainMarkup.strip(OrgMarkup.inline(c.title)) + "**\n\n" + text).strip());
                }
            }
            return String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList());
        }

        private static String subtree(Heading h) {
            List<String> parts = new ArrayList<>();
            parts.add(OrgMarkup.markdown(text(h.body)));
            for (Heading c : h.children) {
                parts.add(("**" + PlainMarkup.strip(OrgMarkup.inline(c.title)) + "**\n\n" + subtree(c)).strip());
            }
            return String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList());
        }
    }

    /**
     * The body's text: without drawers, planning lines and keyword lines other than blocks', less the indentation
     * all its lines share, blank lines at either end dropped.
     */
    private static List<String> text(List<String> body) {
        List<String> kept = new ArrayList<>();
        boolean drawer = false;
        boolean block = false;
        for (String line : body) {
            String lower = line.strip().toLowerCase(Locale.ROOT);
            if (!block && !drawer && DRAWER.matcher(line).matches()) {
                drawer = true;
                continue;
            }
            if (drawer) {
                drawer = !DRAWER_END.matcher(line).matches();
                continue;
            }
            block = block ? !lower.startsWith("#+end_") : lower.startsWith("#+begin_");
            if (!block && !lower.startsWith("#+begin_") && !lower.startsWith("#+end_")
                    && (PLANNING.matcher(line).matches() || KEYWORD.matcher(line).matches())) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        while (!kept.isEmpty() && kept.get(0).isBlank()) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        int indent = kept.stream().filter(l -> !l.isBlank()).mapToInt(OrgImporter::indent).min().orElse(0);
        return kept.stream().map(l -> l.isBlank() ? "" : l.substring(Math.min(indent, indent(l)))).toList();
    }

    /** A property of the heading's drawer, or null. */
    private static String property(List<String> body, String name) {
        for (String line : body) {
            Matcher p = PROPERTY.matcher(line);
            if (p.matches() && p.group(1).equalsIgnoreCase(name)) {
                return p.group(2);
            }
        }
        return null;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** {@code :drill:go:} as its tags, lower-cased as org compares them. */
    private static List<String> tags(String written) {
        List<String> tags = new ArrayList<>();
        for (String t : written.split(":")) {
            if (!t.isBlank() && !tags.contains(t.strip())) {
                tags.add(t.strip());
            }
        }
        return tags.stream().map(t -> t.equalsIgnoreCase(DRILL) ? DRILL : t).toList();
    }

    private static boolean isAnswerTitle(String title) {
        return ANSWER_TITLES.contains(title.strip().replaceAll("[:：]$", "").toLowerCase(Locale.ROOT));
    }

    private static boolean asks(String text) {
        return text.endsWith("?") || text.endsWith("？");
    }

    private static String plain(String orgText) {
        return PlainMarkup.strip(OrgMarkup.inline(orgText));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static String shortened(String line) {
        String s = line.strip();
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
