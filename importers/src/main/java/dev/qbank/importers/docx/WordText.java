package dev.qbank.importers.docx;

import dev.qbank.importers.AskingText;
import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.ListItemLine;
import dev.qbank.importers.RaisedText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * A Word document's body as the Markdown a person would have typed for it, so that the Markdown importers read it
 * by its shape: a heading style is a {@code #} heading, an automatically numbered paragraph gets the number Word
 * shows ({@code 1.}, {@code 一、}, {@code （1）}, a bullet as {@code -}), deeper list levels are indented, bold runs
 * are {@code **bold**}, a link to a web page {@code [text](url)}, a table is a Markdown table, a line break inside
 * a paragraph a new line, a picture a Markdown image of the name the package gives it ({@code ![](image1.png)}),
 * kept in {@code pictures}. Each Markdown line remembers the paragraph (or table row) it came from, counted from 1
 * through the body, which is what messages and sources call a Word file's line.
 *
 * @param markdown  the text, lines ending in {@code \n}
 * @param elements  for each Markdown line (index 0 is line 1), its paragraph or table row number
 * @param pictures  the pictures the text links, by the names it links them with
 * @param headerless the tables of question/answer rows without a header whose left cells do not all ask
 */
record WordText(String markdown, int[] elements, List<Picture> pictures, PageFurniture.Found furniture,
                List<QuestionAnswerTable.Ambiguous> headerless) {
    /** A picture of the document: a plain file name (no folders) and its bytes. */
    record Picture(String name, byte[] data) {
    }

    /** A question's number as Feishu and Word banks write it, bold on its own line: {@code 问题 1}, {@code Q1}. */
    private static final Pattern QUESTION_NUMBER = Pattern.compile(
            "(?i)(?:问题|题目|第|question|q|no\\.?)[ \t\u3000]*[0-9０-９一二三四五六七八九十]");
    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|标题)\\s*([1-9])");
    private static final Pattern LEVEL_PLACEHOLDER = Pattern.compile("%([1-9])");
    /** The fixed-width fonts code is set in (Consolas is Word's own, Courier New its older default). */
    private static final Pattern MONOSPACE = Pattern.compile(
            "(?i)consolas|courier|menlo|monaco|mono\\b|monospace|lucida console|source code|fira code|cascadia"
                    + "|inconsolata|jetbrains|hack\\b");
    /** Paragraph styles for code: Word's "HTML Preformatted", "Macro Text", "Plain Text", a template's "Code". */
    private static final Pattern CODE_STYLE = Pattern.compile(
            "(?i)html preformatted|macro text|plain text|\\bcode\\b|source code|代码|程序");

    static WordText of(XWPFDocument doc) {
        PageFurniture.Found furniture = PageFurniture.of(paragraphs(doc));
        Builder b = new Builder(doc);
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && furniture.contains(b.element + 1)) {
                b.element++; // a page number or running header: no part of the text
            } else if (e instanceof XWPFParagraph p && b.code(p)) {
                b.codeLine(p);
            } else if (e instanceof XWPFParagraph p) {
                b.endCode();
                b.paragraph(p);
            } else if (e instanceof XWPFTable t) {
                b.endCode();
                b.table(t);
            } else if (e instanceof XWPFSDT sdt) {
                b.endCode();
                b.element++;
                b.lines(sdt.getContent().getText());
            }
        }
        b.endCode();
        int[] elements = b.elements.stream().mapToInt(Integer::intValue).toArray();
        return new WordText(b.text.toString(), elements, List.copyOf(b.pictures), furniture,
                List.copyOf(b.headerless));
    }

    /** The body's elements numbered as {@link Builder} numbers them, for {@link PageFurniture}. */
    private static List<PageFurniture.Paragraph> paragraphs(XWPFDocument doc) {
        List<PageFurniture.Paragraph> out = new ArrayList<>();
        int element = 0;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                element++;
                boolean[] breaks = pageBreaks(p);
                out.add(new PageFurniture.Paragraph(element, p.getText(), breaks[0], breaks[1]));
            } else if (e instanceof XWPFTable t) {
                out.add(PageFurniture.Paragraph.table(element + 1));
                element += t.getRows().size();
            } else if (e instanceof XWPFSDT) {
                out.add(PageFurniture.Paragraph.table(++element));
            }
        }
        return out;
    }

    /**
     * Whether a new page starts before the paragraph's text (a page break above it, or Word's mark of where it
     * last laid out a page) and whether one starts after its text (a break at its end, or in an empty paragraph).
     */
    private static boolean[] pageBreaks(XWPFParagraph p) {
        boolean starts = p.isPageBreak();
        boolean ends = false;
        boolean text = false;
        for (XWPFRun run : p.getRuns()) {
            try (org.apache.xmlbeans.XmlCursor c = run.getCTR().newCursor()) {
                for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                    String name = c.getName().getLocalPart();
                    if (name.equals("t") && !c.getTextValue().isBlank()) {
                        text = true;
                    } else if (name.equals("lastRenderedPageBreak")
                            || name.equals("br") && "page".equals(c.getAttributeText(
                                    new QName(c.getName().getNamespaceURI(), "type")))) {
                        starts |= !text;
                        ends |= text;
                    }
                }
            }
        }
        return new boolean[] {starts, ends || starts && !text};
    }

    /** The paragraph or table row a Markdown line came from; the line itself past the last. */
    int element(int line) {
        return line >= 1 && line <= elements.length ? elements[line - 1] : line;
    }

    private static final class Builder {
        private final XWPFDocument doc;
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> elements = new ArrayList<>();
        /** Per numbered list, the counter of each level. */
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private int element;
        /** Whether a paragraph with text, or a table, came already: only the first may be a title. */
        private boolean started;
        private final List<Picture> pictures = new ArrayList<>();
        private final List<QuestionAnswerTable.Ambiguous> headerless = new ArrayList<>();
        private final Set<String> pictureNames = new HashSet<>();

        /**
         * Whether a fixed-width font marks code here: not in a document typed in one throughout (every paragraph
         * with text in it), where it is only the author's font.
         */
        private final boolean codeFonts;
        /** Whether a code block is open, and the empty paragraphs met in it since its last line. */
        private boolean inCode;
        private int codeBlanks;

        Builder(XWPFDocument doc) {
            this.doc = doc;
            this.codeFonts = doc.getParagraphs().stream().anyMatch(p -> !p.getText().isBlank() && !monospace(p));
        }

        /**
         * Whether a paragraph is a line of code: set in a fixed-width font (every run with text, or its style) or in
         * a code style, or empty inside a block of such lines (a blank line of the code). Word has no code block;
         * people paste code into Consolas or Courier paragraphs, a line each. Read as text, the lines lost their
         * indentation and ran into the question above them ({@code 手写 Softmax。 def softmax(x): e = …}).
         */
        boolean code(XWPFParagraph p) {
            if (p.getText().isBlank()) {
                return inCode && p.getRuns().stream().noneMatch(r -> !r.getEmbeddedPictures().isEmpty());
            }
            if (!codeFonts || p.getNumID() != null || headingLevel(p) > 0) {
                return false; // a numbered line is a question or a point, whatever its font
            }
            return monospace(p);
        }

        /** Whether every run with text is in a fixed-width font, its own or its paragraph style's. */
        private boolean monospace(XWPFParagraph p) {
            boolean styled = codeStyle(p.getStyleID());
            return p.getRuns().stream().filter(r -> r.text() != null && !r.text().isBlank())
                    .allMatch(r -> r.getFontFamily() == null ? styled : MONOSPACE.matcher(r.getFontFamily()).find());
        }

        /** Whether a paragraph style, or one it is based on, is for code by its name or its font. */
        private boolean codeStyle(String id) {
            XWPFStyle style = id == null || doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
            for (int up = 0; style != null && up < 5; up++) { // a chain of basedOn is short
                if (style.getName() != null && CODE_STYLE.matcher(style.getName()).find()) {
                    return true;
                }
                var rpr = style.getCTStyle().getRPr();
                if (rpr != null && rpr.sizeOfRFontsArray() > 0 && rpr.getRFontsArray(0).getAscii() != null) {
                    return MONOSPACE.matcher(rpr.getRFontsArray(0).getAscii()).find();
                }
                style = style.getBasisStyleID() == null ? null : doc.getStyles().getStyle(style.getBasisStyleID());
            }
            return false;
        }

        /** A line of code: a fenced block opens before the first, its text as typed (indentation kept). */
        void codeLine(XWPFParagraph p) {
            element++;
            if (p.getText().isBlank()) {
                codeBlanks++; // a blank line inside the code, unless the block ends here
                return;
            }
            if (!inCode) {
                if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
                    lines("");
                }
                lines("```");
                inCode = true;
            }
            for (; codeBlanks > 0; codeBlanks--) {
                lines("");
            }
            lines(p.getText().replace("\t", "    "));
        }

        /** Closes the open code block, if any, before the next paragraph or table; its trailing blanks follow it. */
        void endCode() {
            if (!inCode) {
                return;
            }
            int at = element;
            element -= codeBlanks; // the closing fence is the last code line's
            lines("```");
            element = at;
            inCode = false;
            for (; codeBlanks > 0; codeBlanks--) {
                lines("");
            }
        }

        void paragraph(XWPFParagraph p) {
            element++;
            StringBuilder line = new StringBuilder();
            for (XWPFRun run : p.getRuns()) {
                String t = run.text();
                String url = run instanceof XWPFHyperlinkRun link && link.getHyperlink(doc) != null
                        ? link.getHyperlink(doc).getURL() : null;
                if (url != null && url.matches("(?i)https?://\\S+") && !t.isBlank()) {
                    t = "[" + t + "](" + url + ")"; // a link's address is worth keeping: references, sources
                }
                line.append(t.isBlank() ? t : formatted(run, t));
                for (XWPFPicture picture : run.getEmbeddedPictures()) {
                    String name = picture(picture.getPictureData());
                    if (name != null) {
                        line.append("![](").append(name).append(')');
                    }
                }
            }
            String body = line.toString();
            int heading = headingLevel(p);
            if (heading == 0 && !started && titleParagraph(p)) {
                heading = 1;
                body = p.getText();
            }
            started |= !body.isBlank();
            if (heading > 0 && !body.isBlank()) {
                lines("#".repeat(heading) + " " + body.replace('\n', ' ').strip());
                return;
            }
            String label = listLabel(p);
            if (label != null && !body.isBlank()) {
                int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
                body = "   ".repeat(level) + label + body.stripLeading();
            }
            lines(body);
        }

        void table(XWPFTable t) {
            started = true;
            if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
                lines(""); // a table is a block of its own
            }
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : t.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> paragraphs = new ArrayList<>();
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        paragraphs.add(p.getText().replace("\n", "<br>"));
                    }
                    cells.add(String.join("<br>", paragraphs).strip());
                }
                rows.add(cells);
            }
            boolean pairs = QuestionAnswerTable.isOne(rows);
            if (pairs) {
                // the first row is already a question: the header it lacks is written for the table reader, on
                // the first row's number (a question's line stays its row's)
                element++;
                lines("| question | answer |\n| --- | --- |");
                element--;
                QuestionAnswerTable.ambiguity(rows, element + 1).ifPresent(headerless::add);
            }
            boolean first = !pairs;
            for (List<String> cells : rows) {
                element++;
                lines("|" + String.join("", cells.stream().map(c -> " " + c.replace("|", "\\|") + " |").toList()));
                if (first) {
                    lines("|" + " --- |".repeat(cells.size()));
                    first = false;
                }
            }
            lines("");
        }

        /**
         * The name a picture is linked by: the package's file name when it is plain ({@code image3.png}), else
         * {@code imageN.EXT}; each picture once. Null when the picture's data is not in the package.
         */
        private String picture(XWPFPictureData data) {
            if (data == null) {
                return null;
            }
            String name = data.getFileName() == null ? "" : data.getFileName();
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
                String ext = data.suggestFileExtension();
                name = "image" + (pictures.size() + 1) + (ext == null || ext.isEmpty() ? "" : "." + ext);
            }
            if (pictureNames.add(name)) {
                pictures.add(new Picture(name, data.getData()));
            }
            return name;
        }

        /** Appends {@code s}, one Markdown line per line of it, each from the current element. */
        void lines(String s) {
            for (String l : s.split("\n", -1)) {
                text.append(l.stripTrailing()).append('\n');
                elements.add(element);
            }
        }

        /**
         * A run's text with its formatting as Markdown: bold {@code **…**}, italic {@code *…*} (it was dropped, as
         * an Anki card's {@code <i>} is not), raised or lowered as {@link RaisedText} writes it ({@code O(n²)},
         * {@code x_i}; it read {@code O(n2)}).
         */
        private static String formatted(XWPFRun run, String t) {
            var align = run.getVerticalAlignment();
            String text = align == null ? t
                    : align.intValue() == org.openxmlformats.schemas.officeDocument.x2006.sharedTypes
                            .STVerticalAlignRun.INT_SUPERSCRIPT ? RaisedText.superscript(t)
                    : align.intValue() == org.openxmlformats.schemas.officeDocument.x2006.sharedTypes
                            .STVerticalAlignRun.INT_SUBSCRIPT ? RaisedText.subscript(t) : t;
            String marks = (run.isBold() ? "**" : "") + (run.isItalic() ? "*" : "");
            return marks.isEmpty() ? text : emphasis(text, marks);
        }

        /**
         * Whether the document's first paragraph, in no heading style, is its title as its author set it: bold
         * throughout, short, asking nothing, unnumbered, and either centred or naming a bank ({@code 计算机网络
         * 选择题题库}, as {@link DocumentTitle} reads a {@code #} title). It was a bold line above the questions,
         * dropped without a word; as a {@code #} heading it is read as the Markdown importers read a bank's title:
         * the questions' recorded section, and no topic when it names a bank.
         */
        private static boolean titleParagraph(XWPFParagraph p) {
            // "问题 1" names a bank's word (问题) but is the first question's number, in bold above its text
            String text = p.getText().strip();
            if (text.isEmpty() || text.length() > 60 || text.contains("\n") || p.getNumID() != null
                    || AskingText.asks(text) || ListItemLine.parse(text).isPresent()
                    || QUESTION_NUMBER.matcher(text).lookingAt()) {
                return false;
            }
            boolean bold = p.getRuns().stream().filter(r -> r.text() != null && !r.text().isBlank())
                    .allMatch(XWPFRun::isBold);
            return bold && (p.getAlignment() == ParagraphAlignment.CENTER || DocumentTitle.namesBank(text));
        }

        /** {@code **text**} with the run's edge spaces outside, so that Markdown sees emphasis. */
        private static String emphasis(String t, String marks) {
            int start = 0;
            int end = t.length();
            while (start < end && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
                end--;
            }
            return t.substring(0, start) + marks + t.substring(start, end) + new StringBuilder(marks).reverse()
                    + t.substring(end);
        }

        /**
         * 1-6 for a heading: a paragraph in a heading style (by its name, "heading 2" or "标题 2", or "Title"), or
         * one whose outline level, its own or its style's (or the style that one is based on), makes it one, as a
         * custom style does ("题目" at outline level 2) or the navigation pane's levels; else 0.
         */
        private int headingLevel(XWPFParagraph p) {
            int outline = outlineLevel(p.getCTP().getPPr());
            String id = p.getStyleID();
            if (id == null) {
                return outline;
            }
            XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
            String name = (style == null || style.getName() == null ? id : style.getName()).toLowerCase(Locale.ROOT);
            if (name.equals("title") || name.equals("标题")) {
                return 1;
            }
            Matcher m = HEADING_STYLE.matcher(name);
            if (m.find()) {
                return Math.min(6, Integer.parseInt(m.group(1)));
            }
            for (int up = 0; outline == 0 && style != null && up < 5; up++) { // a chain of basedOn is short
                outline = outlineLevel(style.getCTStyle().getPPr());
                style = style.getBasisStyleID() == null ? null : doc.getStyles().getStyle(style.getBasisStyleID());
            }
            return outline;
        }

        /** 1-6 for a paragraph's own outline level 0-5 (Word's level 9, "body text", and none are 0). */
        private static int outlineLevel(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase ppr) {
            if (ppr == null || !ppr.isSetOutlineLvl()) {
                return 0;
            }
            int level = ppr.getOutlineLvl().getVal().intValue();
            return level < 6 ? level + 1 : 0;
        }

        /**
         * The number or bullet Word shows before an automatically numbered paragraph, with a space after it, or
         * null. Counters start at 1 per list and restart below a level that moves on.
         */
        private String listLabel(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            if (numId == null) {
                return null;
            }
            String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
            if (format.equals("bullet")) {
                return "- ";
            }
            if (format.equals("none")) {
                return null;
            }
            int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
            int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
            if (count[level] == 0) {
                count[level] = start(p, numId, level) - 1; // a list may start at 5, or go on from an earlier one
            }
            count[level]++;
            for (int deeper = level + 1; deeper < count.length; deeper++) {
                count[deeper] = 0;
            }
            String levelText = p.getNumLevelText() == null ? "%" + (level + 1) + "." : p.getNumLevelText();
            Matcher m = LEVEL_PLACEHOLDER.matcher(levelText);
            StringBuilder label = new StringBuilder();
            while (m.find()) {
                int of = Integer.parseInt(m.group(1)) - 1;
                int n = Math.max(1, count[of]);
                m.appendReplacement(label, Matcher.quoteReplacement(of == level ? number(n, format) : "" + n));
            }
            m.appendTail(label);
            String s = label.toString().strip();
            return s.isEmpty() ? null : s + (s.endsWith("、") ? "" : " ");
        }

        /**
         * The number a level of a list starts at: the list's override of it ("continue from 11" after a page of
         * other text), else its definition's start, else 1. Word shows these; counting from 1 gave other numbers.
         */
        private int start(XWPFParagraph p, BigInteger numId, int level) {
            BigInteger override = level == (p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue())
                    ? p.getNumStartOverride() : null;
            if (override != null) {
                return override.intValue();
            }
            XWPFNumbering numbering = doc.getNumbering();
            BigInteger abstractId = numbering == null ? null : numbering.getAbstractNumID(numId);
            XWPFAbstractNum abs = abstractId == null ? null : numbering.getAbstractNum(abstractId);
            if (abs == null) {
                return 1;
            }
            for (CTLvl lvl : abs.getCTAbstractNum().getLvlArray()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.isSetStart()) {
                    return lvl.getStart().getVal().intValue();
                }
            }
            return 1;
        }

        /** {@code n} as a Word number format writes it. */
        private static String number(int n, String format) {
            return switch (format) {
                case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "ideographDigital",
                     "japaneseCounting", "taiwaneseCounting", "chineseLegalSimplified" -> chinese(n);
                case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                        n <= 20 ? String.valueOf((char) ('①' + n - 1)) : "(" + n + ")";
                case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
                case "upperLetter" -> letters(n);
                case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
                case "upperRoman" -> roman(n);
                case "decimalZero" -> n < 10 ? "0" + n : "" + n;
                case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
                default -> String.valueOf(n);
            };
        }

        private static String chinese(int n) {
            String digits = "零一二三四五六七八九";
            if (n < 10) {
                return String.valueOf(digits.charAt(n));
            }
            if (n < 100) {
                return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                        + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
            }
            return String.valueOf(n);
        }

        private static String letters(int n) {
            StringBuilder sb = new StringBuilder();
            for (int c = n; c > 0; c = (c - 1) / 26) {
                sb.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return sb.toString();
        }

        private static String roman(int n) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder sb = new StringBuilder();
            int rest = n;
            for (int i = 0; i < values.length; i++) {
                while (rest >= values[i]) {
                    sb.append(symbols[i]);
                    rest -= values[i];
                }
            }
            return sb.toString();
        }

        private static String fullWidth(int n) {
            StringBuilder sb = new StringBuilder();
            for (char c : String.valueOf(n).toCharArray()) {
                sb.append((char) (c - '0' + '０'));
            }
            return sb.toString();
        }
    }
}
