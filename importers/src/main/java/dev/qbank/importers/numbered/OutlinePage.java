package dev.qbank.importers.numbered;

import dev.qbank.importers.AskingText;
import dev.qbank.importers.ClozeDeletions;
import dev.qbank.importers.InterviewSteps;
import dev.qbank.importers.MarkdownLines;
import dev.qbank.importers.MetadataLine;
import dev.qbank.importers.SourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page from an outliner (Logseq, Roam, Workflowy, Dynalist exports): nothing but nested bullets, the questions
 * one or more levels under bullets that title them ({@code - Redis 面试题} over {@code   - 什么是缓存穿透？} over
 * {@code     - answer}). The bulleted-question list reads questions at the margin only, so the page is given to it
 * rewritten line for line: a bullet over questions becomes a heading ({@code #} at the top level, {@code ##} below,
 * so that it names their topic or titles the page as a heading would), the questions move to the margin and what is
 * nested under them keeps its indentation relative to them (their answer). The line numbers stay the file's.
 *
 * <p>Which bullets are questions is decided per group of siblings, as for a list at the margin: a group most of
 * whose bullets ask (a question mark at the end, or a coding task) is one of questions, but for a bullet over
 * bullets that all ask, which is their heading (even when it asks itself: it has no answer of its own); otherwise its bullets with
 * bullets under them are topics and their children are looked at in turn. So topics may nest to any depth and the
 * questions of one topic may sit deeper than another's. In a group that is not of questions, a bullet tagged as a
 * card, or one that asks over points none of which asks, is still a question, not a topic. Logseq's card tag after a question ({@code #card}) is taken
 * off, at the margin too. A bullet with a cloze ({@code {{cloze 单线程}}}, Logseq's own) asks for what it hides.
 */
final class OutlinePage {
    /** A bullet, group 1 its indentation, 2 its marker, 3 its text (trimmed). */
    private static final Pattern BULLET = Pattern.compile("^([ \\t]*)([-*+])[ \\t]+(\\S" + MarkdownLines.TO_LAST_NON_BLANK + ")[ \\t]*+$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]");
    /**
     * Logseq's own flash-card tag at the end of a block, {@code - 什么是缓存穿透？ #card} (also {@code #[[card]]},
     * {@code [[card]]}): it makes the block a card to review, and says nothing of the question.
     */
    private static final Pattern CARD_TAG = Pattern.compile("(?<![ \\t])[ \\t]++(?:#card|#\\[\\[card]]|\\[\\[card]])[ \\t]*$",
            Pattern.CASE_INSENSITIVE);
    private static final int TAB = 4;
    /**
     * Outliners' pages of questions nest a few levels (page title, topic, subtopic, question, answer, its points);
     * a deeper page is no such page, and the bound keeps the reading of a pathological one shallow.
     */
    private static final int MAX_DEPTH = 24;

    private OutlinePage() {
    }

    /**
     * Whether a bullet's text asks, for an outline page and for a bulleted list at the margin alike: a question mark
     * ({@link AskingText}), a coding task, or a cloze ({@code Redis 用 {{cloze 单线程}} 处理命令}), which asks for
     * what it hides.
     */
    static boolean asks(String text) {
        return AskingText.asks(text) || InterviewSteps.isTask(text.strip()) || ClozeDeletions.in(text);
    }

    /** One bullet with what is nested under it. */
    private static final class Node {
        final int line; // 0-based
        final int column;
        final String text;
        final List<Node> children = new ArrayList<>();
        boolean card; // tagged as Logseq's card: a question to review, whatever its siblings are
        boolean topic;
        boolean question;

        Node(int line, int column, String text) {
            this.line = line;
            this.column = column;
            this.text = text;
        }

        boolean asks() {
            return OutlinePage.asks(text);
        }
    }

    /**
     * The page as a list with its questions at the margin, or empty when it is no outline whose questions sit under
     * title bullets: a line of text at the margin that is no bullet, heading or page property, fewer than two
     * questions, or questions at the margin already (the bulleted list reads those as they are).
     */
    static Optional<SourceDocument> flattened(SourceDocument doc) {
        return outline(doc).map(Outline::doc);
    }

    /**
     * The page rewritten (see {@link #flattened}) and where a heading's part ends before the next heading: a bullet
     * over questions among sibling questions is a heading of its own children only, so the sibling after its last
     * child is back in the part over it. {@code resumed} maps the 1-based line of such a sibling to the heading over
     * the heading bullet (null: none, the bullets were at the margin).
     */
    record Outline(SourceDocument doc, Map<Integer, Resumed> resumed) {
    }

    /** The part a question is back in: the heading's title and its 1-based line, or none ({@code title} null). */
    record Resumed(String title, int line) {
    }

    static Optional<Outline> outline(SourceDocument doc) {
        String text = doc.text();
        if (text.indexOf('-') < 0 && text.indexOf('*') < 0 && text.indexOf('+') < 0) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        boolean[] code = new boolean[lines.length];
        MarkdownLines scan = new MarkdownLines(text);
        for (int i = 0; i < lines.length && scan.next(); i++) {
            code[i] = scan.code();
        }
        List<Node> roots = new ArrayList<>();
        List<Node> open = new ArrayList<>(); // the bullets enclosing the current line, outermost first
        boolean nested = false;
        boolean cards = false; // a Logseq card tag was taken off a bullet: the page is read rewritten even at the margin
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher b = code[i] ? null : BULLET.matcher(line);
            if (b != null && b.matches()) {
                Matcher card = CARD_TAG.matcher(b.group(3));
                boolean tagged = card.find();
                cards |= tagged;
                Node node = new Node(i, column(b.group(1)), tagged ? b.group(3).substring(0, card.start()) : b.group(3));
                node.card = tagged;
                if (tagged) {
                    lines[i] = lines[i].substring(0, b.start(3)) + node.text; // the question without the tag
                }
                while (!open.isEmpty() && open.get(open.size() - 1).column >= node.column) {
                    open.remove(open.size() - 1);
                }
                if (open.isEmpty()) {
                    if (node.column > 0 && roots.isEmpty()) {
                        return Optional.empty(); // an indented list: a paragraph's points, not a page of bullets
                    }
                    roots.add(node);
                } else {
                    open.get(open.size() - 1).children.add(node);
                    nested = true;
                }
                open.add(node);
                if (open.size() > MAX_DEPTH) {
                    return Optional.empty();
                }
            } else if (line.isBlank()) {
                continue;
            } else if (!open.isEmpty() && (code[i] || Character.isWhitespace(line.charAt(0)))) {
                continue; // a block's next line, a property, code: the bullet's
            } else if (!(roots.isEmpty() && MetadataLine.isBlockProperty(line)) && !HEADING.matcher(line).find()) {
                return Optional.empty(); // text at the margin: a document with lists in it, not an outline
            }
        }
        if (!nested && !cards) {
            return Optional.empty();
        }
        Shape shape = new Shape();
        shape.classify(roots, 0, null);
        if (shape.questions < 2 || shape.atMargin && !cards) {
            return Optional.empty();
        }
        String[] out = lines.clone();
        for (int i = 0; i < lines.length; i++) {
            if (roots.isEmpty() || i < roots.get(0).line) {
                out[i] = MetadataLine.isBlockProperty(lines[i]) ? "" : lines[i]; // page properties: bookkeeping
            }
        }
        shape.write(roots, lines, code, out);
        return Optional.of(new Outline(new SourceDocument(doc.file(), doc.path(), String.join("\n", out), doc.bytes(),
                doc.sha256()), Map.copyOf(shape.resumed)));
    }

    /** The indentation's width, a tab to the next multiple of four columns. */
    private static int column(String indent) {
        int c = 0;
        for (int i = 0; i < indent.length(); i++) {
            c = indent.charAt(i) == '\t' ? (c / TAB + 1) * TAB : c + 1;
        }
        return c;
    }

    /** The line less {@code columns} columns of its indentation (less all of it when it is shallower). */
    private static String dedented(String line, int columns) {
        int c = 0;
        int i = 0;
        while (i < line.length() && c < columns && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            c = line.charAt(i) == '\t' ? (c / TAB + 1) * TAB : c + 1;
            i++;
        }
        return line.substring(i);
    }

    /** Which bullets are topics and which questions. */
    private static final class Shape {
        final List<Node> topics = new ArrayList<>();
        final List<Integer> depths = new ArrayList<>();
        final List<Node> questionNodes = new ArrayList<>();
        /** The siblings after a heading bullet among questions, by 1-based line: the part they are back in. */
        final Map<Integer, Resumed> resumed = new HashMap<>();
        int questions;
        boolean atMargin;

        /** {@code parent}: the topic the siblings are under, null at the margin. */
        void classify(List<Node> siblings, int depth, Node parent) {
            int counted = 0;
            int asking = 0;
            for (Node n : siblings) {
                if (!InterviewSteps.is(n.text)) {
                    counted++;
                    asking += n.asks() ? 1 : 0;
                }
            }
            if (asking >= 1 && 3 * asking >= 2 * counted) {
                boolean afterHeading = false;
                for (Node n : siblings) {
                    if (!n.card && headsQuestions(n)) {
                        // "- 数据库" over questions beside "- 什么是缓存穿透？": their heading, not a question whose
                        // answer they would be, even when it ends with a question mark
                        n.topic = true;
                        topics.add(n);
                        depths.add(depth);
                        classify(n.children, depth + 1, n);
                        afterHeading = true;
                        continue;
                    }
                    if (afterHeading) {
                        // the heading's part holds its children only: this sibling is back in the part over it
                        resumed.put(n.line + 1, parent == null ? new Resumed(null, 0) : new Resumed(parent.text, parent.line + 1));
                        afterHeading = false;
                    }
                    n.question = true;
                    questions += n.asks() ? 1 : 0;
                    questionNodes.add(n);
                    atMargin |= depth == 0;
                }
                return;
            }
            for (Node n : siblings) {
                if (n.card || n.asks() && !n.children.isEmpty() && !holdsQuestion(n.children)) {
                    // a card beside topics (Logseq's `- 为什么快？ #card` over its points, next to `- 持久化` over
                    // cards), or a bullet that asks over points none of which asks: a question, not a topic that
                    // files nothing (before, it became a heading and its answer was lost without a word)
                    n.question = true;
                    questions++;
                    questionNodes.add(n);
                    atMargin |= depth == 0;
                } else if (!n.children.isEmpty()) {
                    n.topic = true;
                    topics.add(n);
                    depths.add(depth);
                    classify(n.children, depth + 1, n);
                }
            }
        }

        /**
         * Whether every bullet right under {@code n} asks (a step of the interview aside): they are questions and
         * {@code n} their heading. One that does not ask is {@code n}'s own answer text, and {@code n} a question.
         */
        private static boolean headsQuestions(Node n) {
            int asking = 0;
            for (Node c : n.children) {
                if (InterviewSteps.is(c.text)) {
                    continue;
                }
                if (!c.asks() && !c.card) {
                    return false;
                }
                asking++;
            }
            return asking > 0;
        }

        /** Whether a bullet among these, or nested under them at any depth, asks or is a card. */
        private static boolean holdsQuestion(List<Node> nodes) {
            for (Node n : nodes) {
                if (n.card || n.asks() || holdsQuestion(n.children)) {
                    return true;
                }
            }
            return false;
        }

        /** Rewrites the topics as headings and moves each question, with what is under it, to the margin. */
        void write(List<Node> roots, String[] lines, boolean[] code, String[] out) {
            for (int i = 0; i < topics.size(); i++) {
                Node t = topics.get(i);
                out[t.line] = "#".repeat(Math.min(2, depths.get(i) + 1)) + " " + t.text;
                int end = t.children.get(0).line;
                for (int l = t.line + 1; l < end; l++) {
                    // a topic's own properties (collapsed:: true) are bookkeeping; other text under it stays, unindented
                    out[l] = MetadataLine.isBlockProperty(lines[l]) ? "" : lines[l].strip();
                }
            }
            for (Node q : questionNodes) {
                int end = q.line + 1;
                while (end < lines.length
                        && (lines[end].isBlank() || code[end] || column(leading(lines[end])) > q.column)) {
                    end++;
                }
                for (int l = q.line; l < end; l++) {
                    out[l] = dedented(lines[l], q.column);
                }
            }
            for (Node r : roots) {
                if (!r.topic && !r.question) {
                    out[r.line] = r.text; // a bullet beside the topics that holds no question: text at the margin
                }
            }
        }
    }

    private static String leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}
