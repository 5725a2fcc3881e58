package dev.qbank.importers.json;

import dev.qbank.importers.table.Column;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of a JSON object that no column is named for, read as what the tools that write them mean when the
 * object has no field of that column: a blog or CMS post's {@code title} and {@code content} (the question and its
 * answer; a programming problem's {@code content} or {@code description} its statement, the prompt), a record's {@code id} (the source's own number or key for it), a {@code source} that is a URL (where it comes from), and the
 * instruction-tuning shapes ({@code instruction}, {@code input}, {@code output}; {@code prompt} and
 * {@code completion}). Before, such a file was refused (no question field) or imported without its answers.
 */
final class FieldRoles {
    /** Names of the answer in posts and instruction-tuning data, when no field is named like the answer column. */
    private static final Set<String> ANSWERS = Set.of("content", "body", "正文", "内容", "output", "completion",
            "response", "输出", "回复", "solution", "题解");
    /** Names of the question in instruction-tuning data. */
    private static final Set<String> INSTRUCTIONS = Set.of("instruction", "指令");
    /** The text an instruction is about (code to read, a passage): part of what is asked. */
    private static final Set<String> INPUTS = Set.of("input", "输入");
    private static final Set<String> IDS = Set.of("id");
    /**
     * Fields only a programming problem has: a judge's slug and acceptance rate (LeetCode's {@code titleSlug},
     * {@code acRate}), its examples, constraints, test cases, code templates, input and output formats, limits (as
     * LeetCode, LintCode, Codeforces, HackerRank and their scrapers write them; compared without case, {@code _} or
     * {@code -}). Such a record's {@code content} or {@code description} states the problem: its prompt, not an answer.
     */
    private static final Set<String> PROBLEM_FIELDS = Set.of("titleslug", "acrate", "examples", "exampletestcases",
            "sampletestcase", "testcases", "constraints", "codesnippets", "inputformat", "outputformat", "sampleinput",
            "sampleoutput", "timelimit", "memorylimit", "输入格式", "输出格式", "输入样例", "输出样例", "样例输入", "样例输出");
    /** Names of a problem's statement (see {@link #PROBLEM_FIELDS}). */
    private static final Set<String> STATEMENTS = Set.of("content", "description", "statement", "body", "题目描述",
            "描述", "内容");
    /**
     * Names a quiz app gives the right option beside its options ({@code "options": […], "correct": 1}, a position
     * counted from 0, or its letter): the answer, when no field is named so. It was a field not read, and a choice
     * question came without its answer.
     */
    private static final Set<String> CORRECT = Set.of("correct", "correct_option", "correctoption", "correct_index",
            "correctindex", "correct_choice", "correctchoice", "right_option", "正确选项");
    /**
     * An id that numbers its record ({@code 7}, {@code "Q12"}, {@code "LC-146"}, {@code "3.2"}), or the key its tool
     * knows it by (a Notion page's or an API's {@code "5c6a2800-8f0e-…"}, a UUID, a hash, at most 64 characters
     * without a space): the source's own number for the question, kept in its provenance (the bank makes its own
     * ids). imp22 named such keys as a field not read, which every API export's file then warned about for a field
     * it cannot do without; left out silently, the way back to the record in its tool would be lost.
     */
    private static final Pattern OWN_NUMBER = Pattern.compile("#?[A-Za-z]{0,3}[-_ ]?[0-9]{1,6}(?:[.-][0-9]{1,4}){0,3}"
            + "|\\S{1,64}");
    /** Names of where a record comes from; read only when the field holds a URL. */
    private static final Set<String> SOURCES = Set.of("source", "来源", "出处", "origin", "href", "permalink",
            "reference", "ref");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private FieldRoles() {
    }

    /** Whether a field names the right option of a choice question ({@code correct}, {@code correctIndex}). */
    static boolean namesCorrectOption(String field) {
        return CORRECT.contains(field.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a field may hold an object's question: one named so, an instruction, or a prompt. */
    static boolean asks(String field) {
        Column c = Column.of(field).orElse(null);
        return c == Column.QUESTION || c == Column.PROMPT
                || INSTRUCTIONS.contains(field.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The fields with those that fill a column no field names renamed to that column's name ({@code content} to
     * {@code answer}), in their order; the others as they are.
     */
    static Map<String, String> named(Map<String, String> fields) {
        Set<Column> named = EnumSet.noneOf(Column.class);
        fields.keySet().forEach(k -> Column.of(k).ifPresent(named::add));
        String instruction = null;
        String input = null;
        String inputKey = null;
        boolean problem = fields.keySet().stream().anyMatch(FieldRoles::namesProblemPart);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String key = f.getKey().strip().toLowerCase(Locale.ROOT);
            String value = f.getValue();
            Column role = Column.of(f.getKey()).isPresent() ? null
                    : problem && STATEMENTS.contains(key) ? Column.PROMPT
                    : ANSWERS.contains(key) ? Column.ANSWER
                    : CORRECT.contains(key) && named.contains(Column.OPTIONS) && !isBoolean(value) ? Column.ANSWER
                    : INSTRUCTIONS.contains(key) ? Column.QUESTION
                    : IDS.contains(key) && OWN_NUMBER.matcher(value.strip()).matches() ? Column.NUMBER
                    : SOURCES.contains(key) && URL.matcher(value.strip()).matches()
                            ? (named.contains(Column.URL) ? Column.REFERENCES : Column.URL)
                    : null;
            if (INPUTS.contains(key) && !named.contains(Column.PROMPT)) {
                input = value;
                inputKey = f.getKey();
                continue;
            }
            if (role == null || !named.add(role)) {
                out.put(f.getKey(), value);
                continue;
            }
            if (role == Column.QUESTION) {
                instruction = value;
            }
            out.put(role.name().toLowerCase(Locale.ROOT), value);
        }
        if (instruction != null && input != null && !input.isBlank()) {
            out.put("prompt", instruction.strip() + "\n\n" + input.strip()); // the instruction and what it is about
        } else if (input != null && !input.isBlank()) {
            out.put(inputKey, input); // not read, and said so
        }
        return promptAsQuestion(out, named);
    }

    /** Whether a field is one only a programming problem has ({@link #PROBLEM_FIELDS}). */
    private static boolean namesProblemPart(String field) {
        String key = field.strip().toLowerCase(Locale.ROOT);
        return PROBLEM_FIELDS.contains(key.indexOf('_') < 0 && key.indexOf('-') < 0 ? key
                : key.replace("_", "").replace("-", ""));
    }

    private static boolean isBoolean(String value) {
        String v = value.strip();
        return v.equals("true") || v.equals("false");
    }

    /**
     * {@code {"prompt": …, "completion": …}}: with no question field, the prompt is the question; it stays the
     * prompt too when it has line breaks, which the one-line question loses.
     */
    private static Map<String, String> promptAsQuestion(Map<String, String> fields, Set<Column> named) {
        if (named.contains(Column.QUESTION)) {
            return fields;
        }
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (Column.of(k).orElse(null) == Column.PROMPT && !out.containsKey("question")) {
                out.put("question", v);
                if (v.strip().contains("\n")) {
                    out.put(k, v);
                }
            } else {
                out.put(k, v);
            }
        });
        return out;
    }
}
