package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every pattern the importers keep in a static field does work in proportion to the line it reads, on lines made to
 * trip backtracking (long runs of blanks, marks, brackets after the starts importers look for). Work is counted, not
 * timed: the characters the regex engine reads through {@link CharSequence#charAt}. A pattern whose work more than
 * triples when the line doubles is quadratic or worse on untrusted input, which took minutes on real-sized lines.
 * Whole-line matching ({@code matches}, {@code lookingAt}) is checked for every pattern; searching ({@code find}) for
 * every pattern but those only ever matched whole (listed, with where they are used).
 */
class PatternWorkTest {
    private static final String[] STARTS = {"", "# ", "* ", "1. ", "- ", "Q: ", "**", "> ", "| ", "问：", "1、", "(1) ",
        "[", "<", "`", "#", "==", "<details>", "Chapter 1: ", "第1章 ", "[[", "☐ "};
    private static final String[] RUNS = {" ", "a ", " \t", ".", "-", "*", ":", "a:", "1.", "[a]", "(", "、", "？", "|",
        "#", "=", "a=", "/", "\\", "~", "_", "**a", "<a>", "`", "[", "]", "<", "~a ", "==a "};
    /** Line lengths: small, because a cubic pattern at a few hundred characters already takes minutes. */
    private static final int SHORT = 100;
    /** Reads after which a run stops and counts as too slow: a linear pattern reads a 200-character line ~10^3 times. */
    private static final long BUDGET = 2_000_000;

    /**
     * Patterns only ever matched at a start (matches/lookingAt), so how they search says nothing: where each is used.
     * A new use with find(), split() or replaceAll() must take the pattern off this list.
     */
    private static final Map<String, String> WHOLE_ONLY = Map.ofEntries(
            Map.entry("AnkiNote.CITATION", "references: matches"),
            Map.entry("AnswerLines.POINT", "first: lookingAt"),
            Map.entry("PageFooter.BADGES", "repositoryBadges: matches"),
            Map.entry("AsideCallouts.ICON", "afterIcon: lookingAt"),
            Map.entry("AskFraming.SPEAKER", "speakerHead: lookingAt"),
            Map.entry("LevelLabels.LEGEND", "legend: matches, on lines of at most 200 characters"),
            Map.entry("NoteClozes.WHOLLY_BOLD", "labelEnd: matches"),
            Map.entry("AskFraming.DATED_SPEAKER", "speakerEnd: lookingAt"),
            Map.entry("AskFraming.TRANSCRIPT_TURN", "transcriptTurnEnd: lookingAt"),
            Map.entry("AskFraming.NOTEBOOK_CELL", "transcriptTurnEnd: lookingAt"),
            Map.entry("PostMarkup.CHAT_HEAD", "strip: lookingAt"),
            Map.entry("PostMarkup.SCREEN_HEAD", "strip: lookingAt"),
            Map.entry("DeckTags.LINE", "isDeckTagLine: matches"),
            Map.entry("DocumentTitle.HEADING", "matches"),
            Map.entry("FlashcardsImporter.SEPARATOR", "matches"),
            Map.entry("FoldedBlock.OPENING", "asMarkdown: matches"),
            Map.entry("FoldedBlock.CLOSING", "asMarkdown, content: matches"),
            Map.entry("HeadingLine.PREFIX", "parse: lookingAt"),
            Map.entry("NumberedImporter.BULLET", "matches"),
            Map.entry("NumberedImporter.COLLAPSED_ANSWER", "matches"),
            Map.entry("NumberedImporter.OTHER_PAGE", "matches"),
            Map.entry("OutlinePage.BULLET", "matches"),
            Map.entry("TableOfContents.ENTRY", "isEntry: matches"),
            Map.entry("TableOfContents.MARKER", "isEntry: matches, on lines under 60 characters"),
            Map.entry("TableOfContents.TITLE", "isTitle: matches"),
            Map.entry("TagList.WHOLE_WORD", "matches, on one word"));
    /**
     * Patterns whose callers bound the text they read, so a superlinear pattern costs at most a constant: the bound
     * and why the pattern is not linear.
     */
    private static final Map<String, String> BOUNDED = Map.of(
            "LevelHeadings.DECORATION", "key: headings of at most 200 characters (a lazy level word before its decoration)",
            "OrgMarkup.CODE", "a span of at most 400 characters searched from each opening mark");

    @Test
    void everyImporterPatternWorksInProportionToItsLine() throws Exception {
        Map<String, String> slow = new java.util.TreeMap<>();
        for (Field f : staticPatterns()) {
            Pattern p = (Pattern) f.get(null);
            String name = f.getDeclaringClass().getSimpleName() + "." + f.getName();
            if (BOUNDED.containsKey(name)) {
                continue;
            }
            for (String start : STARTS) {
                for (String run : RUNS) {
                    for (int mode = 0; mode < 2; mode++) {
                        if (mode == 1 && WHOLE_ONLY.containsKey(name)) {
                            continue;
                        }
                        long once = work(p, line(start, run, SHORT), mode);
                        long twice = work(p, line(start, run, 2 * SHORT), mode);
                        if (once > BUDGET || twice > BUDGET || twice > 3 * once + 2_000) {
                            slow.putIfAbsent(name + (mode == 0 ? " matches" : " find"), "on '" + start + "' + '"
                                    + run + "'×n: " + once + " → " + twice + " reads");
                        }
                    }
                }
            }
        }
        assertThat(slow).isEmpty();
    }

    private static String line(String start, String run, int length) {
        return start + "x" + run.repeat(length / run.length()) + "y\u0001";
    }

    private static long work(Pattern p, String text, int mode) {
        CountedText counted = new CountedText(text, BUDGET);
        Matcher m = p.matcher(counted);
        try {
            if (mode == 0) {
                m.matches();
                m.lookingAt();
            } else {
                while (m.find()) {
                    if (m.end() == m.start() && m.end() >= text.length()) {
                        break;
                    }
                }
            }
        } catch (CountedText.OverBudget e) {
            return BUDGET + 1;
        }
        return counted.reads();
    }

    private static List<Field> staticPatterns() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ImporterRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Field> fields = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, PatternWorkTest.class.getClassLoader());
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
        }
        assertThat(fields).hasSizeGreaterThan(100);
        return fields;
    }
}
