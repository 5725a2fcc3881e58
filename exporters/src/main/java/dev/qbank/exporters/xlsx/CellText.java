package dev.qbank.exporters.xlsx;

/**
 * What a cell holds of a text. Excel refuses a cell longer than 32,767 characters. Rather than fail the export or cut text silently, a long
 * value is cut and ends with a visible marker saying how long it was and where the full text lives.
 */
final class CellText {
    /** Excel's limit on characters in one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private int truncations;

    /**
     * {@code text}, or its start plus {@code … [truncated, N chars; see ID]} when it does not fit a cell; either way
     * with every literal {@code _xHHHH_} escaped (see {@link #escapeOoxml}).
     */
    String fit(String text, String id) {
        return escapeOoxml(cut(text, id));
    }

    /**
     * OOXML (ECMA-376, ST_Xstring) writes a character XML cannot hold as {@code _xHHHH_}, and every reader - Excel,
     * LibreOffice, POI - turns such a sequence back into that character. POI's streaming writer does not escape text
     * that already looks like one, so "_x000D_" typed in an answer would come back as a carriage return. The
     * standard's escape is the underscore itself, {@code _x005F_}, written before the sequence.
     */
    static String escapeOoxml(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text; // nearly every cell: no copy
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int from = 0;
        for (; at >= 0; at = text.indexOf("_x", at + 1)) {
            if (isEscape(text, at)) {
                out.append(text, from, at).append("_x005F");
                from = at;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** {@code _x} at {@code at} followed by four hex digits and {@code _} (either case, as readers accept). */
    private static boolean isEscape(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }

    private String cut(String text, String id) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        truncations++;
        String marker = "\n… [truncated, " + text.length() + " chars; see " + (id == null ? "the bank" : id) + "]";
        int keep = MAX_CELL_CHARS - marker.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--; // never split a character outside the Basic Multilingual Plane
        }
        return text.substring(0, keep) + marker;
    }

    /** How many cells were cut so far. */
    int truncations() {
        return truncations;
    }
}
