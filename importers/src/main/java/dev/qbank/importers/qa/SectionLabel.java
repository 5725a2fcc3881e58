package dev.qbank.importers.qa;

import dev.qbank.importers.MetadataLine;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels that open a section of a Q&A entry ({@code **题目：**}, {@code **Answer**:}, plain {@code 答案：}) and
 * what they mean. {@code 难度：} and {@code 标签：} lines are the entry's difficulty and tags, not text.
 */
enum SectionLabel {
    PROMPT, ANSWER, EXPLANATION, DIFFICULTY, TAGS;

    private static final Map<String, SectionLabel> WORDS = Map.ofEntries(
            Map.entry("题目", PROMPT), Map.entry("问题", PROMPT), Map.entry("题干", PROMPT),
            Map.entry("question", PROMPT), Map.entry("prompt", PROMPT),
            Map.entry("答案", ANSWER), Map.entry("参考答案", ANSWER), Map.entry("回答", ANSWER),
            Map.entry("answer", ANSWER),
            Map.entry("解析", EXPLANATION), Map.entry("解释", EXPLANATION), Map.entry("说明", EXPLANATION),
            Map.entry("分析", EXPLANATION), Map.entry("explanation", EXPLANATION),
            // the one-character labels of interview notes: 问：/答：, Q:/A:
            Map.entry("问", PROMPT), Map.entry("答", ANSWER), Map.entry("q", PROMPT), Map.entry("a", ANSWER),
            Map.entry("ans", ANSWER),
            // only as a collapsed block's summary (see SUMMARY): <summary>Solution</summary>, <summary>解答</summary>
            Map.entry("solution", ANSWER), Map.entry("solutions", ANSWER), Map.entry("解答", ANSWER),
            Map.entry("参考解答", ANSWER));

    /**
     * Longer words first. {@code Q} and {@code A} only in capitals: a line opening with {@code a:} is more likely
     * prose or code than a label.
     */
    private static final String WORD_ALTERNATIVES = "题目|问题|题干|答案|参考答案|回答|解析|解释|说明|分析"
            + "|question|prompt|answer|explanation|问|答|(?-i:Ans|ANS|Q|A)";
    /**
     * The words of metadata lines (shared with the other importers, see {@link MetadataLine}). Matched where
     * sections are read, but not counted when detecting the format or deciding whether a document labels its
     * sections: they say nothing about where its text goes.
     */
    private static final String METADATA_ALTERNATIVES = MetadataLine.WORDS;
    /**
     * Labels a dot may end as well as a colon ({@code Q. question}, {@code Ans. answer}); a plain {@code A.} opens a
     * choice, not an answer.
     */
    private static final String DOTTED_ALTERNATIVES = "(?-i:Q)|ans";
    /**
     * The dot of a dotted label inside its bold ({@code **Q.** question}, {@code **Ans.** answer}), as English
     * interview notes write them: only after {@code Q} or {@code Ans}, since {@code **A.**} is a choice's letter.
     */
    private static final String DOT_IN_BOLD = "(?<=(?-i:Q)|(?i:ans))\\.";

    /**
     * A label line as sniffing sees it in raw text: bold word, colon inside or right after the bold, or the bold
     * word alone on its line ({@code **答案**}).
     */
    static final Pattern LINE = Pattern.compile("(?im)^[ \\t]{0,3}(?:\\*\\*[ \\t]*(" + WORD_ALTERNATIVES
            + ")[ \\t]*(?:[：:][ \\t]*\\*\\*|" + DOT_IN_BOLD + "[ \\t]*\\*\\*|\\*\\*[ \\t]*[：:]|\\*\\*[ \\t]*$)|【[ \\t]*(" + WORD_ALTERNATIVES
            + ")[ \\t]*】)");

    /** A label line, bold or plain, in raw text: group 1 the word. */
    static final Pattern ANY_LINE = Pattern.compile("(?im)^[ \\t]{0,3}(?:(?:\\*\\*|__)?[ \\t]*(" + WORD_ALTERNATIVES
            + ")[ \\t]*(?:[：:]|" + DOT_IN_BOLD + "[ \\t]*(?:\\*\\*|__)|(?:\\*\\*|__)[ \\t]*[：:])|【[ \\t]*(" + WORD_ALTERNATIVES + ")[ \\t]*】|("
            + DOTTED_ALTERNATIVES + ")[ \\t]*[.:：][ \\t])");

    /** A plain label line as sniffing sees it: the word at the start of a line, then a colon. */
    static final Pattern PLAIN_LINE = Pattern.compile("(?im)^[ \\t]{0,3}(?:(?:" + WORD_ALTERNATIVES + ")[ \\t]*[：:]|(?:"
            + DOTTED_ALTERNATIVES + ")[ \\t]*[.:：][ \\t])");

    /**
     * A label at the start of one line of a paragraph: the bold word, then a colon inside or right after the
     * bold, or nothing else on the line (groups {@code bold}, {@code word}, {@code in}, {@code after}); or the word
     * without bold, which needs its colon (groups {@code plain}, {@code colon}). Matched on the line's source
     * because CommonMark's flanking rules do not see {@code **题目：**LSTM} (a closing {@code **} after punctuation
     * and before a letter) as bold, and such labels are common in Chinese documents.
     */
    static final Pattern AT_LINE_START = Pattern.compile("^[ \\t]{0,3}(?:(?<bold>\\*\\*|__)[ \\t]*(?<word>"
            + WORD_ALTERNATIVES + "|" + METADATA_ALTERNATIVES + ")[ \\t]*(?<in>[：:]|" + DOT_IN_BOLD + ")?[ \\t]*\\k<bold>[ \\t]*(?<after>[：:])?"
            + "|【[ \\t]*(?<bracketed>" + WORD_ALTERNATIVES + "|" + METADATA_ALTERNATIVES + ")[ \\t]*】[ \\t]*[：:]?"
            + "|(?<plain>" + WORD_ALTERNATIVES + "|" + METADATA_ALTERNATIVES + ")[ \\t]*(?<colon>[：:])"
            + "|(?<dotted>" + DOTTED_ALTERNATIVES + ")[ \\t]*[.:：](?=[ \\t])"
            // the whole line in bold, label and text: **Q: What is a convolution?**
            + "|(?<wrap>\\*\\*|__)[ \\t]*(?<wrapped>" + WORD_ALTERNATIVES + ")[ \\t]*[：:](?=[^\\n]*?\\S\\k<wrap>[ \\t]*$))[ \\t]*",
            Pattern.CASE_INSENSITIVE);

    /**
     * GitHub's collapsed answer: {@code <details><summary>Answer</summary>…</details>}, the summary naming a label
     * (maybe bold or with a colon), or asking to show it ({@code 点击查看答案}, {@code Show answer},
     * {@code 答案（点击展开）}), or naming the solution ({@code Solution}, {@code 解答}). Group {@code word}.
     */
    static final Pattern SUMMARY = Pattern.compile("(?i)<summary>[ \\t]*(?:<b>|<strong>|\\*\\*)?[ \\t]*"
            + "(?:[\\p{So}\\uFE0F\\u200D][ \\t]*)*+" // a marker before the words: "👉 Click to see the answer" (imp40)
            + "(?:(?:点击|点我|click(?:[ \\t]+here)?(?:[ \\t]+to)?)[ \\t]*)?(?:(?:查看|展开|显示|show|view|see|reveal|expand)"
            + "(?:[ \\t]+the)?[ \\t]*)?(?<word>" + WORD_ALTERNATIVES + "|参考解答|解答|solutions?)[ \\t]*[：:]?[ \\t]*(?:[(（][^()（）<\\n]{0,12}[)）])?"
            + "[ \\t]*(?:</b>|</strong>|\\*\\*)?[ \\t]*</summary>");

    /**
     * A {@code <summary>} that is not a label: on GitHub, the question itself, with its answer collapsed inside the
     * {@code <details>} ({@code <details><summary>1. What is X?</summary>answer</details>}). Group {@code text}.
     */
    static final Pattern QUESTION_SUMMARY = Pattern.compile("(?is)<details[^>]*>\\s*<summary[^>]*>(?<text>.*?)</summary>");

    /**
     * A prompt label opening a question heading's title ({@code 问：}, {@code 问题：}, {@code Q:}, {@code Question:}, and
     * {@code Q. } as GitHub READMEs head each question, {@code ## Q. What is X?}).
     */
    private static final Pattern PROMPT_PREFIX = Pattern.compile(
            "^(?:\\*\\*)?(?:(?:问题|问|题目|(?-i:Q)|question)[ \\t]*[：:]|(?-i:Q)\\.(?=[ \\t]))(?:\\*\\*)?[ \\t\\u3000]*(?=\\S)",
            Pattern.CASE_INSENSITIVE);

    /** A question heading's title without the prompt label it may open with; the title itself when it has none. */
    static String withoutPromptLabel(String title) {
        Matcher m = PROMPT_PREFIX.matcher(title);
        return m.find() ? title.substring(m.end()) : title;
    }

    /** The word a match of {@link #LINE} or {@link #ANY_LINE} found (whichever way the label is written). */
    static String word(Matcher label) {
        for (int g = 1; g <= label.groupCount(); g++) {
            if (label.group(g) != null) {
                return label.group(g);
            }
        }
        return "";
    }

    /** The label a bold text names, ignoring case, spaces and a trailing colon. */
    static Optional<SectionLabel> of(String boldText) {
        String key = boldText.strip();
        if (key.endsWith(":") || key.endsWith("：")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        Optional<MetadataLine.Kind> metadata = MetadataLine.kind(key);
        if (metadata.isPresent()) {
            return Optional.of(metadata.get() == MetadataLine.Kind.DIFFICULTY ? DIFFICULTY : TAGS);
        }
        return Optional.ofNullable(WORDS.get(key.toLowerCase(Locale.ROOT)));
    }

    /** Whether the section is a value of the entry (difficulty, tags) rather than its text. */
    boolean isMetadata() {
        return this == DIFFICULTY || this == TAGS;
    }

    /** How the section is called in messages. */
    String field() {
        return name().toLowerCase(Locale.ROOT);
    }
}
