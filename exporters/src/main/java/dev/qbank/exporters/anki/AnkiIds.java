package dev.qbank.exporters.anki;

/**
 * Every id and time in the package, derived from the bank and never from the wall clock, so two exports of one
 * bank hold the same rows. Anki ids are millisecond timestamps and Anki rewrites ids that lie in the future, so all
 * of them lie in the past.
 */
final class AnkiIds {
    /** Note and card ids: this instant plus the note's position. 2017-07-14T02:40:00Z. */
    static final long NOTE_EPOCH_MS = 1_500_000_000_000L;
    /** The note type's id, fixed forever: a changed id would make Anki treat a newer export as a different type. */
    static final long NOTETYPE_ID = 1_731_000_000_001L;
    /** Seconds: when the note type was last changed. Raise it when the templates or CSS change. */
    static final long NOTETYPE_MOD = 1_796_428_800L; // 2026-12-05: night mode, phones, code
    /**
     * Seconds: when the HTML qbank writes for a field last changed (2026-12-07T21:00Z: a Python special name,
     * {@code __init__}, as written, not bold; before, 2026-12-07T18:00Z: a merged question's sources on one line,
     * joined by {@code ·}; before, 2026-12-07T05:00Z: a titled reference that is no web link in a span of
     * its own, its title's line breaks as breaks; before, 2026-12-07T03:00Z: citations as written, hrefs
     * with their spaces, {@code \(x\)} typeset, a source's file name without its folders; before, 2026-12-07T00:00Z:
     * aliases under the explanation, line breaks in a reference's title; 2026-12-05T08:00Z: TeX as MathJax). Anki
     * updates a note only when the package's {@code mod} is newer than its own, so every note is at least this new:
     * notes a learner imported from an older export get the better rendering even when their question file did not
     * change.
     * Raise it when rendering changes.
     */
    static final long FIELDS_RENDERED_SINCE = 1_796_677_200L;
    /** Deck ids lie in [DECK_BASE, DECK_BASE + DECK_SPAN): far from Anki's Default deck, id 1. */
    static final long DECK_BASE = 1_600_000_000_000L;
    static final long DECK_SPAN = 100_000_000_000L;
    /** Collection creation time (seconds) and the schema/modification stamps of the col row. */
    static final long COLLECTION_CRT = 1_500_000_000L;
    /** Anki's base91 alphabet for GUIDs (the one its own notes use). */
    private static final String BASE91 =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

    private AnkiIds() {
    }

    /**
     * The note GUID of a question: the first 64 bits of SHA-1 over the question id, in Anki's base91 alphabet. The
     * question id never changes, so importing a newer export updates the note instead of adding a second one.
     */
    static String guid(String questionId) {
        long n = leading64(AnkiText.sha1("qbank:" + questionId));
        StringBuilder sb = new StringBuilder();
        // unsigned base conversion, least significant digit first like Anki's to_base_n
        while (n != 0) {
            long q = Long.divideUnsigned(n, BASE91.length());
            int r = (int) Long.remainderUnsigned(n, BASE91.length());
            sb.append(BASE91.charAt(r));
            n = q;
        }
        return sb.isEmpty() ? "a" : sb.toString();
    }

    /** A deck id from its full name (Anki matches decks by name on import; the id only needs to be stable). */
    static long deckId(String deckName, int attempt) {
        long h = leading64(AnkiText.sha1("qbank-deck:" + attempt + ":" + deckName)) >>> 1;
        return DECK_BASE + h % DECK_SPAN;
    }

    /** Stable ids for the note type's fields and template, so Anki matches them across exports. */
    static long componentId(String kind, String name) {
        return leading64(AnkiText.sha1("qbank-" + kind + ":" + name)) >>> 1;
    }

    private static long leading64(byte[] d) {
        long n = 0;
        for (int i = 0; i < 8; i++) {
            n = (n << 8) | (d[i] & 0xffL);
        }
        return n;
    }
}
