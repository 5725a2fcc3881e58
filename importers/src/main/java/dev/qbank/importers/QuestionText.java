package dev.qbank.importers;

import dev.qbank.model.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical text of an imported question, applied once to what every importer produces (see
 * {@link FileReader}), so that the bank, its ids' neighbours, the duplicate finder and every export see one spelling
 * of what a reader sees as the same text:
 *
 * <ul>
 *   <li>full-width ASCII letters and digits ({@code ＬＳＴＭ}, {@code ＶＧＧ１６}) become ASCII, and full-width
 *       punctuation that lives inside Latin words ({@code ResNet－50}, {@code 1．5}, {@code TCP／IP}) too; Chinese
 *       punctuation ({@code ？，：（）}) stays, it is how Chinese is written;</li>
 *   <li>invisible characters pasted from web pages (zero-width space, word joiner, a byte order mark inside the text)
 *       go; a zero-width joiner or non-joiner stays only inside an emoji sequence, where it is part of the picture;</li>
 *   <li>no-break and ideographic spaces become spaces, an HTML line break ({@code <br>}) in a question becomes a
 *       space, a highlight or style tag ({@code <mark>}, {@code <font color>}, {@code <span style>}, {@code <u>})
 *       goes with its words kept, runs of spaces become one, and the ends are trimmed;</li>
 *   <li>a frequency mark before or after it ({@code 什么是BN？（高频）}, {@code 🔥 什么是过拟合？}) goes, and its tag
 *       ({@code 高频}, {@code 必考}) joins the question's tags ({@link FrequencyMarks});</li>
 *   <li>a task-list checkbox in front ({@code [ ] What is dropout?}, {@code [x] …}), left by a list item of a
 *       checklist ({@code - [ ] question}, GitHub's task lists), goes: it is the list's, not the question's.</li>
 * </ul>
 *
 * <p>The question and its other phrasings get all of this; the prompt, answer and explanation are Markdown whose
 * spacing and full-width text may be meant, so they only lose the invisible characters, a {@code <br>} ending a
 * line, whose line end is already the break ({@link LineEndBreaks}), and the style tags Feishu, Yuque and Typora
 * write, a highlight kept in bold ({@link YuqueMarkup#styleRead}), and an MDX page's component tags
 * ({@code <Tabs>}, {@code <Callout type="warning">}), their words kept ({@link JsxTags}). Code spans
 * ({@code `a  b`}) in a question are left as written. Questions that already carry an id come from qbank's own
 * exports: they are a bank's text as a curator left it, and are not touched.
 */
public final class QuestionText {
    private QuestionText() {
    }

    /** {@code q} with canonical text; {@code q} itself when nothing changes. */
    public static Question canonical(Question q) {
        if (q.id() != null) {
            return q;
        }
        List<String> marks = new ArrayList<>();
        String question = unmarked(question(q.question()), marks);
        List<String> aliases = q.aliases().isEmpty() ? q.aliases() : questions(q.aliases(), marks);
        List<String> tags = DifficultyWords.withLabels(q.tags(), marks);
        String prompt = markdown(q.prompt());
        String answer = markdown(q.answer());
        String explanation = markdown(q.explanation());
        if (question.equals(q.question()) && aliases.equals(q.aliases()) && tags.equals(q.tags())
                && same(prompt, q.prompt()) && same(answer, q.answer()) && same(explanation, q.explanation())) {
            return q;
        }
        return q.toBuilder().question(question.isEmpty() ? q.question().strip() : question).aliases(aliases)
                .tags(tags).prompt(prompt).answer(answer).explanation(explanation).build();
    }

    /** A prompt's, answer's or explanation's Markdown as every importer gives it (see the class comment). */
    private static String markdown(String text) {
        return JsxTags.read(YuqueMarkup.styleRead(LineEndBreaks.dropped(withoutInvisible(text))));
    }

    /** The canonical form of one question text. */
    public static String question(String text) {
        text = withoutCheckbox(text);
        if (plain(text)) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int tick = text.indexOf('`', i);
            int close = tick < 0 ? -1 : closingTicks(text, tick);
            int proseEnd = close < 0 ? text.length() : tick;
            prose(text, i, proseEnd, out);
            if (close < 0) {
                break;
            }
            appendInvisibleFree(text, tick, close, out); // a code span, as written
            i = close;
        }
        return out.toString().strip();
    }

    /**
     * {@code text} without task-list checkboxes ({@code [ ]}, {@code [x]}, {@code [X]}) and the space around them in
     * front; every one of them, so that the canonical text stays a fixed point.
     */
    private static String withoutCheckbox(String text) {
        int i = 0;
        int from = 0;
        while (true) {
            while (i < text.length() && spacing(text.charAt(i))) {
                i++;
            }
            if (i + 3 < text.length() && text.charAt(i) == '[' && " xX".indexOf(text.charAt(i + 1)) >= 0
                    && text.charAt(i + 2) == ']' && spacing(text.charAt(i + 3))) {
                i += 4;
                from = i;
            } else {
                return from == 0 ? text : text.substring(from);
            }
        }
    }

    private static boolean spacing(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    /** {@code text} without zero-width characters (null stays null). */
    public static String withoutInvisible(String text) {
        if (text == null || !hasInvisible(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        appendInvisibleFree(text, 0, text.length(), out);
        return out.toString();
    }

    private static List<String> questions(List<String> texts, List<String> marks) {
        List<String> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            String c = unmarked(question(t), marks);
            out.add(c.isEmpty() ? t.strip() : c);
        }
        return out;
    }

    /** {@code text} without its frequency marks ({@link FrequencyMarks}), whose tags are added to {@code marks}. */
    private static String unmarked(String text, List<String> marks) {
        return FrequencyMarks.of(text).map(m -> {
            marks.addAll(m.tags());
            return m.text();
        }).orElse(text);
    }

    /** Fast path: most questions are already canonical (no character this class rewrites, no double space). */
    private static boolean plain(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E || c == '\u00A0' || c == '\u202F' || c == '\u3000' || c == '\t'
                    || c == '<' || c == '\n' || c == '\r' || isInvisible(c) || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static void prose(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int br = c == '<' ? lineBreakEnd(text, i, to) : -1;
            int style = c == '<' && br < 0 ? YuqueMarkup.styleTagEnd(text, i, to) : -1;
            if (br > 0) {
                space(out);
                i = br - 1;
            } else if (style > 0) {
                i = style - 1; // a highlight or colour tag: its words are the question's, the tag is not
            } else if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u3000' || c == '\t' || c == '\n'
                    || c == '\r') {
                space(out);
            } else if (isInvisible(c)) {
                if (keepsJoiner(text, i)) {
                    out.append(c);
                }
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                char ascii = (char) (c - 0xFEE0);
                out.append(Character.isLetterOrDigit(ascii) || wordPunctuation(ascii) && betweenLatin(text, i)
                        ? ascii : c);
            } else {
                out.append(c);
            }
        }
    }

    /** Punctuation that joins the parts of one Latin word or number: ResNet-50, 1.5, TCP/IP, C++, C#, AT&amp;T. */
    private static boolean wordPunctuation(char c) {
        return c == '-' || c == '.' || c == '/' || c == '+' || c == '#' || c == '&' || c == '_' || c == '\'';
    }

    /** Whether the characters either side of {@code i} are ASCII (or full-width ASCII) letters or digits. */
    private static boolean betweenLatin(String text, int i) {
        return i > 0 && latin(text.charAt(i - 1)) && (i + 1 >= text.length() || latin(text.charAt(i + 1))
                || text.charAt(i) == '＋' || text.charAt(i) == '＃'); // C＋＋, C＃ end the word
    }

    private static boolean latin(char c) {
        char a = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c;
        return a < 128 && Character.isLetterOrDigit(a) || a == '+';
    }

    /** The index after {@code <br>}, {@code <br/>} or {@code <br />} (any case) at {@code i}, or -1. */
    private static int lineBreakEnd(String text, int i, int to) {
        if (i + 4 > to || !text.regionMatches(true, i, "<br", 0, 3)) {
            return -1;
        }
        int j = i + 3;
        while (j < to && text.charAt(j) == ' ') {
            j++;
        }
        if (j < to && text.charAt(j) == '/') {
            j++;
        }
        return j < to && text.charAt(j) == '>' ? j + 1 : -1;
    }

    /** The index after the run of backticks closing the code span opened at {@code open}, or -1 when none closes it. */
    private static int closingTicks(String text, int open) {
        int run = 0;
        while (open + run < text.length() && text.charAt(open + run) == '`') {
            run++;
        }
        int i = open + run;
        while (i < text.length()) {
            int next = text.indexOf('`', i);
            if (next < 0) {
                return -1;
            }
            int len = 0;
            while (next + len < text.length() && text.charAt(next + len) == '`') {
                len++;
            }
            if (len == run) {
                return next + len;
            }
            i = next + len;
        }
        return -1;
    }

    /** One space, however many spacing characters follow each other. */
    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static void appendInvisibleFree(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isInvisible(c) || keepsJoiner(text, i)) {
                out.append(c);
            }
        }
    }

    private static boolean hasInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isInvisible(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Zero-width space, non-joiner, joiner, word joiner, and a byte order mark (a zero-width no-break space). */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** A joiner between two pictures (👨‍💻) or before a variation selector is part of an emoji; kept. */
    private static boolean keepsJoiner(String text, int i) {
        char c = text.charAt(i);
        if (c != '\u200D' && c != '\u200C') {
            return false;
        }
        return i > 0 && i + 1 < text.length() && pictorial(text.codePointBefore(i))
                && pictorial(text.codePointAt(i + 1));
    }

    private static boolean pictorial(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || cp == 0xFE0F || cp >= 0x1F000 || cp >= 0x2600 && cp <= 0x27BF;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
