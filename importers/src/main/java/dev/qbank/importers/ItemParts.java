package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The parts of a question in a plain-text list: a list numbered another way right under a question ({@code 1.}
 * then {@code (1)}, {@code （1）}, {@code ①}), which is not more questions but that question's sub-questions, or the
 * first points of its answer. One per document read, shared by the numbered and chaptered lists: it follows how
 * the questions are numbered ({@link ListItemLine#style}) and the sub-list under the current one.
 */
public final class ItemParts {
    /**
     * A follow-up question the interviewer asked, under the question it follows ({@code - 追问：FM 怎么化简？},
     * {@code Follow-up: what if the data does not fit in memory?}): what was asked, not an answer.
     */
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^[ \\t\\u3000]*(?:[-*+•][ \\t]+)?(?:\\*\\*)?(?:追问|(?i:follow[- ]?ups?))[0-9]{0,2}(?:\\*\\*)?[ \\t]*[:：]");

    private String questionStyle;
    private String partStyle;
    private long lastPart;

    /**
     * Whether {@code line} is a part of the question {@code above} (null: none yet): numbered another way than the
     * questions, starting at 1 or going on with the parts before it, and not numbered right after the question.
     * {@code item} is the line read as an item, if it is one. A part is recorded.
     */
    public boolean part(String line, Optional<ListItemLine> item, ListItemLine above) {
        if (above == null) {
            return false;
        }
        for (PartLetters.Mark mark : marks(line, item)) {
            if (mark.style().equals(questionStyle)) {
                continue;
            }
            boolean part = mark.style().equals(partStyle) ? mark.number() == lastPart + 1
                    : mark.number() == 1 && !(item.isPresent() && follows(above, item.get()));
            if (part) {
                partStyle = mark.style();
                lastPart = mark.number();
                return true;
            }
        }
        return false;
    }

    /**
     * How the line may number itself as a part: as an item ({@code (1)}), with an enclosed number ({@code ①}), or
     * with a lower-case letter or Roman numeral ({@code a)}, {@code (i)}; both for {@code i)}, see
     * {@link PartLetters}).
     */
    private static List<PartLetters.Mark> marks(String line, Optional<ListItemLine> item) {
        if (item.isPresent()) {
            String style = ListItemLine.style(line); // none for an item read otherwise (a sub-number, a bullet)
            return style == null ? List.of() : List.of(new PartLetters.Mark(style, number(item.get())));
        }
        OptionalInt circled = CircledNumbers.leading(line);
        return circled.isPresent() ? List.of(new PartLetters.Mark("①", circled.getAsInt())) : PartLetters.leading(line);
    }

    /**
     * Whether {@code line}, after a blank line, is a question of its own however the questions above are numbered:
     * numbered as only questions are ({@code 第一题}, {@code Q4.}), at the start of the line, and asking (a question
     * mark, an ask word). A chapter that numbers {@code Q1.}-{@code Q3.} and then {@code 第一题 …？} asks it; an
     * answer's own points ({@code 1.}, {@code (1)} under a question) are numbered as anything is, and stay parts.
     */
    public static boolean asksOnItsOwn(String line, ListItemLine item) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return false;
        }
        String style = ListItemLine.style(line);
        return ("第1题".equals(style) || "Q1".equals(style))
                && (AskingText.asks(item.text()) || AskWords.opensWithImperative(item.text()));
    }

    /** A question starts at {@code line}: how it is numbered is how the questions are, and no part is open. */
    public void question(String line) {
        questionStyle = ListItemLine.style(line);
        partStyle = null;
    }

    /** Whether the line, right under a question, is a follow-up question ({@code - 追问：…}): one of its parts. */
    public static boolean followUp(String line) {
        return FOLLOW_UP.matcher(line).find();
    }

    /**
     * The instruction an exam paper opens a part with, a capitalised English verb in the imperative ({@code (a) Write
     * the update rule.}, {@code (ii) Sketch the decision boundary.}) or a Chinese one ({@code （1）写出更新公式},
     * {@code (2) 试证明其收敛}), and not the subject of a sentence ({@code State machines are …},
     * {@code Compute cost is …}), a field's name ({@code 说明：…}) or a noun ({@code 计算量大}, {@code 计算复杂度高}: an
     * answer's points).
     * A closed list here rather than in the glossary's {@code imperatives}: dedup reads those in any question's
     * text, where "list", "state", "name", "show", "find" are as often nouns and other verbs, and an ask kind has to
     * be given to each; a part's place, right under a question that does not ask itself, is what makes these safe.
     */
    private static final Pattern EXAM_INSTRUCTION = Pattern.compile("^(?:(?:Write|Derive|Prove|Show|Compute|Calculate"
            + "|Sketch|Draw|Give|List|Name|State|Implement|Compare|Contrast|Describe|Discuss|Estimate|Find|Plot|Suggest"
            + "|Justify|Explain|Define|Evaluate|Determine|Identify|Outline|Design|Propose|Analy[sz]e|Verify|Solve"
            + "|Express|Construct|Illustrate|Interpret|Predict|Simplify|Modify|Argue)[ \\t]+"
            + "(?!(?:is|are|was|were|has|have|had|can|will|would|of|and|or|to)\\b)"
            + "(?!\\S+[ \\t]+(?:is|are|was|were)\\b)\\S"
            + "|(?:请|试)?(?:写出|推导|证明|计算(?!量|图|机|力|复杂|资源|开销|成本|效率|速度|能力|单元|节点|密集)|画出|列举|给出"
            + "|求出|说明|指出)[ \\t]*[^\\s:：])");

    /**
     * Whether the parts all ask: with a question mark ({@code (1) 训练时如何计算？}), as a follow-up, or as an
     * instruction ({@code (a) Explain the role of the learning rate.}, {@code ② 简述其作用}: the glossary's
     * imperatives, the bank glossary's during an import, as the Word table importer reads them). Under a
     * {@code question} that does not ask itself (no question mark, no such imperative: {@code 1. Consider a linear
     * model.}, {@code 1. 已知损失函数 L}), an exam paper's instruction asks too ({@link #EXAM_INSTRUCTION}); under one
     * that asks ({@code 1. KNN 的流程？} then {@code (1) 计算距离}) such lines are the steps of its answer. Then they
     * are sub-questions, part of the prompt.
     */
    public static boolean ask(String question, List<String> parts) {
        boolean stem = question != null && !AskingText.asks(question) && !AskWords.opensWithImperative(question);
        return !parts.isEmpty() && parts.stream().allMatch(l -> l.endsWith("？") || l.endsWith("?") || followUp(l)
                || AskWords.opensWithImperative(withoutMark(l))
                || stem && EXAM_INSTRUCTION.matcher(withoutMark(l)).find());
    }

    /** A part's text without its number or letter. */
    private static String withoutMark(String part) {
        return ListItemLine.parse(part).map(ListItemLine::text)
                .or(() -> CircledNumbers.item(part).map(ListItemLine::text))
                .orElseGet(() -> PartLetters.withoutMark(part));
    }

    /**
     * The question's full prompt when its parts ask, else null. A list of follow-ups opening the lines under it
     * ({@link FollowUps}: {@code - 为什么不是两次？}) asks too, after any parts that ask.
     */
    public static String prompt(String question, List<String> parts, List<String> answer) {
        List<String> asked = withFollowUps(question, parts, answer);
        return ask(question, asked) ? question + "\n" + String.join("\n", asked) : null;
    }

    /** The answer lines of {@code question}: parts that do not ask are its first points; follow-ups are none. */
    public static List<String> answer(String question, List<String> parts, List<String> answer) {
        if (parts.isEmpty() || ask(question, parts)) {
            return answer.subList(followUps(question, parts, answer), answer.size());
        }
        List<String> lines = new ArrayList<>(parts);
        lines.addAll(answer);
        return lines;
    }

    /** The parts, with the follow-ups opening the answer after them when the parts (if any) ask. */
    private static List<String> withFollowUps(String question, List<String> parts, List<String> answer) {
        int n = followUps(question, parts, answer);
        if (n == 0) {
            return parts;
        }
        List<String> asked = new ArrayList<>(parts);
        asked.addAll(FollowUps.lines(answer, n));
        return asked;
    }

    /** How many of the answer's first lines are follow-ups: none under parts that are the answer's first points. */
    private static int followUps(String question, List<String> parts, List<String> answer) {
        return parts.isEmpty() || ask(question, parts) ? FollowUps.leading(answer) : 0;
    }

    /**
     * Whether {@code next} is numbered right after {@code item} (4 after 3): then it is the next question, not a
     * part or a point.
     */
    public static boolean follows(ListItemLine item, ListItemLine next) {
        return item.wholeNumber() && next.wholeNumber()
                && Long.parseLong(next.number()) == Long.parseLong(item.number()) + 1;
    }

    /** The item's number as a whole number; 0 for a sub-number ({@code 7.1}). */
    private static long number(ListItemLine item) {
        return item.wholeNumber() ? Long.parseLong(item.number()) : 0;
    }
}
