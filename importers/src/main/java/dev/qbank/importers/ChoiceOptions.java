package dev.qbank.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of a multiple-choice question written as lines right under it ({@code A. ReLU}, {@code B、Sigmoid},
 * {@code (C) Tanh}, {@code D) Leaky ReLU}): they belong to what the question asks, its prompt, not to its answer,
 * and {@code A.} there opens a choice, never an answer. Two or more lines lettered A, B, C … in order make a list
 * of options; one line lettered A alone is left as written (it may be an answer).
 */
public final class ChoiceOptions {
    /**
     * An option line: its letter (A-H, capitals), then {@code .}/{@code ．}/{@code 、}/{@code )}, or in brackets; the
     * letter may be bold ({@code **A.** Adam}, as a {@code **Q.**} prompt writes its options), and so may the whole
     * option ({@code **B. ReLU**}, a quiz marking the right one).
     */
    private static final Pattern OPTION = Pattern.compile("^[ \\t]{0,3}(?:\\*\\*|__)?"
            + "(?:(?<bare>[A-H])[ \\t]*[.．、)）]|[(（][ \\t]*(?<bracketed>[A-H])[ \\t]*[)）])(?:\\*\\*|__)?[ \\t]*\\S");

    private ChoiceOptions() {
    }

    /** The options opening {@code lines} (blank lines before and between them allowed) and the lines after them. */
    public record Split(List<String> options, List<String> rest) {
        /** The options one a line, or null when there are none. */
        public String joined() {
            return options.isEmpty() ? null : String.join("\n", options);
        }
    }

    /** The letter the line opens with as an option, or 0. */
    public static char letter(String line) {
        Matcher m = OPTION.matcher(line);
        if (!m.lookingAt()) {
            return 0;
        }
        return (m.group("bare") != null ? m.group("bare") : m.group("bracketed")).charAt(0);
    }

    /**
     * The options the lines start with, and the rest; no options when the lines do not start with A, B, … each
     * on its line in order.
     */
    public static Split split(List<String> lines) {
        List<String> options = new ArrayList<>();
        int i = 0;
        int end = 0;
        char next = 'A';
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (letter(line) != next) {
                break;
            }
            options.add(line.strip());
            next++;
            end = i + 1;
        }
        if (options.size() < 2) {
            return new Split(List.of(), lines);
        }
        return new Split(List.copyOf(options), lines.subList(end, lines.size()));
    }

    /**
     * Options given one per column or field (A, B, C …, in order): lettered, one a line ({@code A. ReLU}); a blank
     * one (a question with fewer options than the sheet has columns) is left out, the others keep their letters.
     * Null when all are blank.
     */
    public static String lettered(List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            String text = texts.get(k) == null ? "" : texts.get(k).strip();
            if (!text.isEmpty()) {
                lines.add((char) ('A' + k) + ". " + text);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** A bar between options written on one line ({@code ReLU | Sigmoid | Tanh}), full-width too. */
    private static final Pattern BAR = Pattern.compile("(?<!\\s)\\s*+[|｜]\\s*");
    /** Where the next lettered option starts on a line ({@code A. 逻辑回归 B. K-Means}): white space before its letter. */
    private static final Pattern NEXT_LETTER = Pattern.compile("(?<!\\s)\\s++(?=[(（]?[B-H][.．、)）])");
    /** An option already numbered ({@code 1. Adam}, {@code (2) BN}): its author's labels, which an answer "1" names. */
    private static final Pattern NUMBERED = Pattern.compile("^[(（]?\\d{1,2}[.．、)）].*");

    /**
     * A spreadsheet's or table's options cell as options one a line, lettered A, B, C …, whatever the format (CSV,
     * TSV, a workbook, a Word or Markdown table), so that an answer {@code B} names one: options already lettered
     * one a line stay as written; one a line without letters ({@code Sigmoid} over {@code Tanh}, as Alt+Enter or a
     * paragraph per option in a Word cell writes them) are lettered; one line split by bars ({@code ReLU | Tanh}) or
     * by its letters ({@code A. ReLU B. Tanh}) is one option each. Anything else (one option, prose) is the cell as
     * written. Before, only lettered lines were options: the others stayed one paragraph that no letter named.
     */
    public static String ofCell(String cell) {
        if (cell == null || cell.isBlank()) {
            return cell;
        }
        List<String> lines = cell.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() == 1) {
            String line = lines.get(0);
            List<String> parts = List.of(BAR.split(line));
            if (parts.size() < 2 && letter(line) == 'A') {
                parts = List.of(NEXT_LETTER.split(line));
            }
            if (parts.size() < 2 || parts.stream().anyMatch(String::isEmpty)) {
                return cell;
            }
            lines = parts;
        }
        if (split(lines).options().size() == lines.size()) {
            return String.join("\n", lines); // A. …, B. … in order: as written
        }
        if (lines.stream().anyMatch(l -> letter(l) != 0 || NUMBERED.matcher(l).matches())
                || lines.size() > 'H' - 'A' + 1) {
            return cell; // lettered or numbered already, or too many for options: left as written
        }
        return lettered(lines);
    }

    /**
     * The prompt of a choice question: its fuller statement (or the question) and then its options, one a line;
     * without options, the prompt as it is.
     */
    public static String prompt(String prompt, String question, String options) {
        return options == null ? prompt : (prompt != null ? prompt : question) + "\n\n" + options;
    }
}
