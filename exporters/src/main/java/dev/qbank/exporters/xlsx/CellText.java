package dev.qbank.exporters.xlsx;

/**
 * Excel refuses a cell longer than 32,767 characters. Rather than fail the export or cut text silently, a long
 * value is cut and ends with a visible marker saying how long it was and where the full text lives.
 */
final class CellText {
    /** Excel's limit on characters in one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private int truncations;

    /** {@code text}, or its start plus {@code … [truncated, N chars; see ID]} when it does not fit a cell. */
    String fit(String text, String id) {
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
