package dev.qbank.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fast reader for question files in the exact shape qbank writes them ({@link BankStore#toYaml(Question)}: block
 * mappings and {@code "  - "} sequences, plain, quoted and {@code |} literal scalars, no comments, anchors or flow
 * collections). The general YAML parser costs about a hundred microseconds per file, which made reading a million
 * questions the largest part of every export; this one reads the common shape in a few microseconds.
 *
 * <p>It is only a shortcut: anything it does not recognise with certainty (a tab, a comment, a plain scalar YAML
 * would read as null, a boolean or a non-decimal number, a duplicate key, an unusual indentation, a large file)
 * makes it return {@code null}, and the caller parses the file with the general parser, which also produces the
 * diagnostics. The values it does return are bound directly ({@link CanonicalQuestionBinder}) or, when that
 * declines, by the same strict mapper, so a file reads the same either way (property tests check both against the
 * general parser and the mapper).
 *
 * <p>Public for {@code qbank validate}, which uses it to recognise files it can check without the general parser.
 */
public final class CanonicalQuestionYaml {
    /** Larger files go to the general parser, which enforces the size limits. */
    private static final int MAX_CHARS = 200_000;
    private static final Set<String> SPECIAL_WORDS = Set.of("null", "Null", "NULL", "~", "true", "True", "TRUE",
            "false", "False", "FALSE", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON",
            "off", "Off", "OFF", ".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN", "<<", "=");

    /** Thrown internally when the text leaves the recognised shape. */
    private static final class NotCanonical extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotCanonical INSTANCE = new NotCanonical();

        private NotCanonical() {
            super(null, null, false, false);
        }
    }

    private final String[] lines;
    private int pos;

    private CanonicalQuestionYaml(String[] lines) {
        this.lines = lines;
    }

    /** The file's top-level mapping as plain maps, lists, strings and longs; or null when it is not canonical. */
    public static Map<String, Object> parse(String text) {
        if (text.length() > MAX_CHARS || !text.endsWith("\n") || !plainCharacters(text)) {
            return null;
        }
        try {
            CanonicalQuestionYaml p = new CanonicalQuestionYaml(text.substring(0, text.length() - 1).split("\n", -1));
            Map<String, Object> map = p.mapping(0, null);
            if (p.pos != p.lines.length || map.isEmpty()) {
                return null;
            }
            return map;
        } catch (NotCanonical e) {
            return null;
        }
    }

    /**
     * Only characters every YAML reader takes as text: no tab, carriage return, byte order mark, control
     * character, unpaired surrogate, or the characters YAML 1.1 treats as line breaks.
     */
    private static boolean plainCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private static NotCanonical fail() {
        return NotCanonical.INSTANCE;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * A block mapping whose keys sit at {@code indent}. {@code firstEntry}, when given, is the text after a
     * sequence indicator ({@code - key: value}) on the current line, which holds the mapping's first entry.
     */
    private Map<String, Object> mapping(int indent, String firstEntry) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (firstEntry != null) {
            entry(map, firstEntry, indent);
        }
        while (pos < lines.length) {
            String line = lines[pos];
            int ind = indentOf(line);
            if (ind == line.length()) {
                throw fail(); // blank lines only appear inside literal blocks in canonical files
            }
            if (ind < indent) {
                break;
            }
            if (ind > indent || line.startsWith("- ", ind)) {
                throw fail();
            }
            entry(map, line.substring(ind), indent);
        }
        return map;
    }

    /** One {@code key: value} whose line is {@code lines[pos]}; consumes it and any lines of its value. */
    private void entry(Map<String, Object> map, String text, int indent) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw fail();
        }
        String key = text.substring(0, colon);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '_'))) {
                throw fail();
            }
        }
        pos++;
        Object value;
        if (colon == text.length() - 1) {
            value = sequence(indent + 2);
        } else if (text.charAt(colon + 1) != ' ') {
            throw fail();
        } else {
            value = inlineValue(text.substring(colon + 2), indent);
        }
        if (map.put(key, value) != null) {
            throw fail();
        }
    }

    /** A value that starts on the key's line: a scalar, {@code []}, or the header of a literal block. */
    private Object inlineValue(String v, int indent) {
        if (v.equals("[]")) {
            return List.of();
        }
        if (v.equals("|-") || v.equals("|") || v.equals("|+")) {
            return literal(indent, v.length() == 1 ? 'c' : v.charAt(1));
        }
        return scalar(v);
    }

    /** {@code "  - "} items at {@code indent}, each a scalar or a mapping; at least one. */
    private List<Object> sequence(int indent) {
        List<Object> items = new ArrayList<>();
        while (pos < lines.length) {
            String line = lines[pos];
            int ind = indentOf(line);
            if (ind != indent || !line.startsWith("- ", ind)) {
                if (ind == line.length() || ind > indent) {
                    throw fail();
                }
                break;
            }
            String rest = line.substring(ind + 2);
            if (isMappingEntry(rest)) {
                items.add(mapping(indent + 2, rest));
            } else {
                pos++;
                items.add(scalar(rest));
            }
        }
        if (items.isEmpty()) {
            throw fail(); // a key with nothing after it would be null
        }
        return items;
    }

    private static boolean isMappingEntry(String rest) {
        if (rest.isEmpty() || rest.charAt(0) == '\'' || rest.charAt(0) == '"') {
            return false;
        }
        int colon = rest.indexOf(':');
        return colon > 0 && (colon == rest.length() - 1 || rest.charAt(colon + 1) == ' ');
    }

    /**
     * A literal block after {@code key: |}; its lines are indented more than {@code parentIndent}. The chomping
     * indicator decides the line breaks at the end: {@code -} none, {@code c} (clip) one, {@code +} all.
     */
    private String literal(int parentIndent, char chomp) {
        int start = pos;
        int contentIndent = -1;
        int end = pos;
        while (end < lines.length) {
            String line = lines[end];
            int ind = indentOf(line);
            if (ind == line.length()) {
                if (contentIndent < 0 && ind > 0) {
                    throw fail(); // spaces before the first content line would set or break the indentation
                }
                end++;
                continue;
            }
            if (contentIndent < 0) {
                if (ind <= parentIndent) {
                    break;
                }
                contentIndent = ind;
            } else if (ind < contentIndent) {
                break;
            }
            end++;
        }
        if (contentIndent < 0 || contentIndent > parentIndent + 2) {
            throw fail(); // an empty block, or an indentation qbank never writes
        }
        // trailing blank lines belong to the block (as line breaks), not to what follows
        int lastContent = end - 1;
        while (lastContent >= start && indentOf(lines[lastContent]) == lines[lastContent].length()) {
            lastContent--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i <= lastContent; i++) {
            String line = lines[i];
            if (line.length() > contentIndent) {
                sb.append(line, contentIndent, line.length());
            } else if (indentOf(line) != line.length()) {
                throw fail();
            }
            if (i < lastContent) {
                sb.append('\n');
            }
        }
        int trailingBreaks = end - lastContent; // the break after the last content line plus one per blank line
        for (int i = lastContent + 1; i < end; i++) {
            if (lines[i].length() > contentIndent) {
                throw fail(); // a blank line with content-level spaces would carry text
            }
        }
        if (chomp == 'c') {
            sb.append('\n');
        } else if (chomp == '+') {
            sb.append("\n".repeat(trailingBreaks));
        }
        pos = end;
        return sb.toString();
    }

    /** A one-line scalar: single- or double-quoted, or plain (only plain text YAML reads as a string or integer). */
    private static Object scalar(String v) {
        if (v.isEmpty()) {
            throw fail();
        }
        char first = v.charAt(0);
        if (first == '\'') {
            return singleQuoted(v);
        }
        if (first == '"') {
            return doubleQuoted(v);
        }
        if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0 || first == ' ' || v.charAt(v.length() - 1) == ' '
                || v.charAt(v.length() - 1) == ':' || v.contains(": ") || v.contains(" #")
                || SPECIAL_WORDS.contains(v)) {
            throw fail();
        }
        if (first >= '0' && first <= '9' || first == '+' || first == '.') {
            if (v.length() <= 18 && (v.equals("0") || first != '0') && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Long.parseLong(v);
            }
            if (v.chars().allMatch(c -> NUMBER_CHARS.indexOf(c) >= 0)) {
                throw fail(); // YAML may read it as a float, an octal or a hexadecimal number
            }
            // A character no YAML number has ("00001_chapters.txt", "3D卷积"): a string, as the parser reads it.
        }
        return v;
    }

    /**
     * Every character a YAML 1.1 or 1.2 number can hold: digits, signs, '.', '_', ':' (sexagesimal), exponents,
     * the 0x / 0o / 0b prefixes, hexadecimal digits and the letters of .inf and .nan. A plain scalar with any other
     * character cannot be read as a number.
     */
    private static final String NUMBER_CHARS = "0123456789+-._:eExXoObBaAcCdDfFiInN";

    private static String singleQuoted(String v) {
        if (v.length() < 2 || v.charAt(v.length() - 1) != '\'') {
            throw fail();
        }
        String inner = v.substring(1, v.length() - 1);
        StringBuilder sb = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                if (i + 1 < inner.length() && inner.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    throw fail();
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String doubleQuoted(String v) {
        if (v.length() < 2 || v.charAt(v.length() - 1) != '"') {
            throw fail();
        }
        StringBuilder sb = new StringBuilder(v.length());
        int end = v.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = v.charAt(i);
            if (c == '"') {
                throw fail();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= end) {
                throw fail();
            }
            char e = v.charAt(i);
            switch (e) {
                case '\\', '"', '/' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + len >= end) {
                        throw fail();
                    }
                    int cp;
                    try {
                        cp = Integer.parseInt(v.substring(i + 1, i + 1 + len), 16);
                    } catch (NumberFormatException ex) {
                        throw fail();
                    }
                    if (!Character.isValidCodePoint(cp)) {
                        throw fail();
                    }
                    sb.appendCodePoint(cp);
                    i += len;
                }
                default -> throw fail();
            }
        }
        return sb.toString();
    }
}
