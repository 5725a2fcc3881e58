package dev.qbank.importers.numbered;

import dev.qbank.importers.AnswerLines;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A remark between items about the questions as a group, which is the answer of neither item around it: on the
 * items above ({@code 这两题几乎每场都会问。}, {@code These two questions come up in every round.}) or introducing
 * the ones below ({@code 下面几题是二面问的：}, {@code The next three were asked on-site:}). It speaks of several
 * questions at once (a count or 这些 with 题/问题, {@code questions}/{@code ones}) or of where they were asked, and
 * stands alone as the last paragraph before the next item or heading. An answer's own last paragraph never speaks so:
 * it ends with {@code 以上。}, a summary ({@code 总之，…}), a note ({@code 注：这题常考}, one question) or its
 * points; whatever is not certainly a remark stays in the answer.
 */
final class ItemsRemark {
    /** How many: 两, 几, 三, 些, 3. */
    private static final String COUNT_ZH = "(?:[两俩几三四五六七八九十]|[0-9]{1,2}|些)";
    private static final String COUNT_EN = "(?:two|three|four|five|six|seven|eight|nine|ten|few|several|[0-9]{1,2})";
    /**
     * Chinese: a word pointing above or below, then how many questions ({@code 这两题}, {@code 上面几道题},
     * {@code 以上三个问题}, {@code 下面几题}, {@code 以下这些题}, {@code 接下来的题}); or below, a line introducing
     * what follows with a colon ({@code 以下是一面的题目：}).
     */
    private static final Pattern CHINESE = Pattern.compile("^(?:(?:这|那|上面|上边|以上|上述|前面|前边)的?(?:这|那)?"
            + COUNT_ZH + "[ \\t]*(?:道|个)?[ \\t]*(?:题|问题)"
            + "|(?:下面|下边|以下|下列|接下来|后面|后边)的?(?:这|那)?" + COUNT_ZH + "?[ \\t]*(?:道|个)?[ \\t]*(?:题|问题)"
            + "|(?:下面|以下|接下来)(?:是|为)?[^：:]*[：:]$)");
    /**
     * English: the next, following, last or previous questions, or these/those with a count ({@code The next three
     * were asked on-site:}, {@code These two questions …}, {@code The following questions …}); the line must also
     * name them as questions, say they were asked, or introduce them with a colon ({@code The next step is …} and
     * {@code These are the key points.} are an answer's).
     */
    private static final Pattern ENGLISH_OPENING = Pattern.compile("(?i)^(?:the[ \\t]+(?:next|following|last|previous"
            + "|above|preceding|remaining)(?:[ \\t]+" + COUNT_EN + ")?|these[ \\t]+" + COUNT_EN + "|those[ \\t]+"
            + COUNT_EN + "|these[ \\t]+questions|those[ \\t]+questions)\\b");
    private static final Pattern ENGLISH_SAYS = Pattern.compile("(?i)\\b(?:questions?|ones|asked|came up|come up)\\b|:$");
    private static final int MAX_CHARACTERS = 80;

    private ItemsRemark() {
    }

    /** Whether the (stripped) line is such a remark. */
    static boolean is(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.endsWith("？") || text.endsWith("?")
                || text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            return false; // a question, or a paragraph of the answer's
        }
        return CHINESE.matcher(text).find()
                || ENGLISH_OPENING.matcher(text).find() && ENGLISH_SAYS.matcher(text).find();
    }

    /**
     * Takes a remark off the end of {@code answer} (the lines under item {@code number}, before the line
     * {@code nextLine} that starts the next item or heading) and says so: the answer's last paragraph, one line, the
     * last line of text in the document above {@code nextLine}.
     */
    static void leaveOut(List<String> answer, SourceDocument doc, int nextLine, String number,
                         Consumer<Diagnostic> warnings) {
        int end = answer.size();
        while (end > 0 && answer.get(end - 1).isBlank()) {
            end--;
        }
        if (end == 0 || end >= 2 && !answer.get(end - 2).isBlank() || !is(answer.get(end - 1))
                || AnswerLines.isRule(answer.get(end - 1))) {
            return;
        }
        // the page's lines only now, for a remark: this runs under every item, and splitting the page each time
        // made a long list quadratic
        List<String> lines = doc.lines();
        int at = nextLine - 1;
        while (at > 0 && lines.get(at - 1).isBlank()) {
            at--;
        }
        if (at == 0 || !lines.get(at - 1).strip().equals(answer.get(end - 1).strip())) {
            return; // not where it was written (a line held aside and put back): leave the answer as it is
        }
        String remark = answer.get(end - 1).strip();
        answer.subList(end - 1, answer.size()).clear();
        while (!answer.isEmpty() && answer.get(answer.size() - 1).isBlank()) {
            answer.remove(answer.size() - 1);
        }
        warnings.accept(Diagnostic.warning("remark", doc.file(), at, 0, "'" + remark + "' speaks of the questions around "
                + "it (where or when they were asked), not the answer of item " + number + "; not imported (give "
                + "those questions a tag if it matters)"));
    }
}
