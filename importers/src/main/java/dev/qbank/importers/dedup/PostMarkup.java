package dev.qbank.importers.dedup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup a social post, a chat log or a notes app puts around a question, taken off its raw text before the
 * question is framed: none of it says what is asked, and its words would be residual words on one side only.
 *
 * <ul>
 *   <li>a chat log's line head without brackets: an author, a dash and a time, then a bar or a colon ("omar — 23:05 |
 *       …", "kim - 9:14 pm: …"), as {@link AskFraming#speakerEnd} takes the bracketed one;</li>
 *   <li>a thread's post number ("1/ …", "12/ …"): where the post stands in an X (Twitter) or Mastodon thread, a
 *       number that would otherwise be a residual word of one side ("1/2 of …", a fraction, stays);</li>
 *   <li>a chat's custom emoji ("&lt;:thonk:123&gt;", "&lt;a:party:&gt;"), a name in angle brackets, no word of the
 *       question;</li>
 *   <li>hashtags that end a post ("… #MachineLearning #DSP"): where it is filed, not what it asks ("C#" has no space
 *       before the mark, an issue's "#412" no letter after it);</li>
 *   <li>a notes app's wiki-links ("[[Kernel trick]] — how does it work?", "[[Page|shown text]]"): the linked term is
 *       the question's subject, not a bracketed aside;</li>
 *   <li>a question quoted in a report of it ("Q from my onsite ✅: \"Explain the CAP theorem.\" #SystemDesign"): when
 *       a quotation is a whole sentence (it ends with ? . or !) and the text around it asks nothing (no question
 *       mark), the quotation is the question and what stands before it its setting. A quoted title inside a
 *       question ("What does \"attention is all you need\" claim?") ends with no mark of its own, and stays.</li>
 *   <li>a LaTeX exam's markup ("\question Explain \textbf{RAII}. \hfill [4 marks]"): a command's braces keep their
 *       text, the command itself and math dollars go; an exam's marks at the end ("[4 marks]", "(5 pts)") too, in
 *       LaTeX or not: how much an answer is worth, not what it asks;</li>
 *   <li>a Markdown task list's tick box before the question ("- [ ] What is …?", "* [x] …", an awesome-list README's
 *       checklist of questions): an empty bracket the normaliser would read as an aside;</li>
 *   <li>a screening form's head and its tick boxes ("Java screen Q1: …", "Tech screen — ask: …", "… ☐ yes ☐ no"): an
 *       English round with its question number, as {@link AskFraming} takes a round before the question.</li>
 * </ul>
 */
final class PostMarkup {
    private PostMarkup() {
    }

    private static final Pattern CHAT_HEAD = Pattern.compile("\\s*@?[\\p{L}\\p{N}][\\p{L}\\p{N}._'-]{0,24}\\s+[—–-]\\s+"
            + "\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s*[|｜:：]\\s*", Pattern.CASE_INSENSITIVE);
    /** A Markdown task list's item head ("- [ ] …", "* [x] …", "[ ] …"): a reader's tick box, not a word asked. */
    private static final Pattern TASK_BOX = Pattern.compile("(?:[-*+]\\s+)?\\[[ xX]?]\\s+");
    private static final Pattern THREAD_NUMBER = Pattern.compile("\\d{1,3}/\\s+(?=\\p{L})");
    private static final Pattern CUSTOM_EMOJI = Pattern.compile("<a?:[\\p{L}\\p{N}_~-]{1,40}:\\d*>");
    private static final Pattern TRAILING_HASHTAGS = Pattern.compile("(?<!\\s)(?:\\s++#\\p{L}[\\p{L}\\p{N}_-]*+)++\\s*+$");
    private static final Pattern LATEX_TEXT_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?\\{([^{}\\\\]*)}");
    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?|\\$");
    private static final Pattern EXAM_MARKS = Pattern.compile(
            "[\\[(]\\s*\\d{1,3}\\s*(?:marks?|pts?|points?)\\s*[\\])][.\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TICK_BOXES = Pattern.compile("(?<!\\s)(?:\\s*+[☐☑☒□]\\s*+\\p{L}{1,12}+)++\\s*+$");
    private static final Pattern SCREEN_HEAD = Pattern.compile("\\s*(?:[\\p{L}\\p{N}+#./-]+\\s+){0,3}"
            + "(?:screen|screening|phone screen)(?:\\s+q\\d{1,2})?(?:\\s*\\([^()]{0,40}\\))?"
            + "(?:\\s*[—–-]\\s*ask)?\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\[\\]|\\n]*+\\|)?([^\\[\\]\\n]++)]]");

    /** {@code raw} without the markup above; the same string when it has none (most questions). */
    static String strip(String raw) {
        String s = raw.stripLeading();
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '*' || s.charAt(0) == '+' || s.charAt(0) == '[')) {
            Matcher box = TASK_BOX.matcher(s);
            if (box.lookingAt() && box.end() < s.length()) {
                s = s.substring(box.end());
            }
        }
        if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
            Matcher number = THREAD_NUMBER.matcher(s);
            if (number.lookingAt()) {
                s = s.substring(number.end());
            }
        }
        if (s.indexOf('<') >= 0) {
            s = CUSTOM_EMOJI.matcher(s).replaceAll(" ");
        }
        if (s.indexOf(':') >= 0) { // the head's time ("12:40")
            Matcher head = CHAT_HEAD.matcher(s);
            if (head.lookingAt() && head.end() < s.length()) {
                s = s.substring(head.end());
            }
        }
        if (s.indexOf('\\') >= 0 || s.indexOf('$') >= 0) {
            s = LATEX_COMMAND.matcher(LATEX_TEXT_COMMAND.matcher(s).replaceAll("$1")).replaceAll(" ");
        }
        if (s.endsWith("]") || s.endsWith(")") || s.endsWith("].") || s.endsWith(").")) {
            Matcher marks = EXAM_MARKS.matcher(s);
            if (marks.find() && marks.start() > 0) {
                s = s.substring(0, marks.start());
            }
        }
        if (s.indexOf('☐') >= 0 || s.indexOf('☑') >= 0 || s.indexOf('☒') >= 0 || s.indexOf('□') >= 0) {
            Matcher boxes = TICK_BOXES.matcher(s);
            if (boxes.find() && boxes.start() > 0) {
                s = s.substring(0, boxes.start());
            }
        }
        int colon = s.indexOf(':');
        if (colon > 0 && colon < 80) {
            Matcher screen = SCREEN_HEAD.matcher(s);
            if (screen.lookingAt() && screen.end() < s.length()) {
                s = s.substring(screen.end());
            }
        }
        if (s.indexOf("[[") >= 0) {
            s = WIKI_LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('#') >= 0) {
            Matcher tags = TRAILING_HASHTAGS.matcher(s);
            if (tags.find() && tags.start() > 0) {
                s = s.substring(0, tags.start());
            }
        }
        return quotedQuestion(s);
    }

    /** The quoted question of a report of it with its setting before it (see the class comment), or {@code s}. */
    private static String quotedQuestion(String s) {
        int open = -1;
        char close = 0;
        for (int i = 0; i < s.length() && open < 0; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '「') {
                open = i;
                close = c == '“' ? '”' : c == '「' ? '」' : '"';
            }
        }
        if (open < 0) {
            return s;
        }
        int end = s.indexOf(close, open + 1);
        if (end < 0 || s.indexOf(close, end + 1) >= 0 || s.indexOf('"', end + 1) >= 0 || s.indexOf('“', end + 1) >= 0) {
            return s; // not one quotation
        }
        String quoted = s.substring(open + 1, end).strip();
        if (quoted.isEmpty() || ".?!。？！".indexOf(quoted.charAt(quoted.length() - 1)) < 0 || quoted.indexOf(' ') < 0
                && quoted.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return s;
        }
        String before = s.substring(0, open);
        String after = s.substring(end + 1);
        if (before.indexOf('?') >= 0 || before.indexOf('？') >= 0 || after.indexOf('?') >= 0 || after.indexOf('？') >= 0) {
            return s;
        }
        // the setting before it stays as a sentence of its own, which AskFraming takes as context (a line break
        // ends it, where a full stop after "Q" would read as an abbreviation)
        String setting = before.strip();
        int last = setting.length();
        while (last > 0 && !Character.isLetterOrDigit(setting.codePointBefore(last))) {
            last -= Character.charCount(setting.codePointBefore(last)); // its colon, dash and emoji ("onsite 🧠:")
        }
        setting = setting.substring(0, last);
        return setting.isEmpty() ? quoted : setting + "\n" + quoted;
    }
}
