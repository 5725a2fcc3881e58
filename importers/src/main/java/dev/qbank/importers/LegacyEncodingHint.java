package dev.qbank.importers;

import dev.qbank.model.Utf8Errors;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Which East Asian legacy encoding a file that is not UTF-8 is probably in, for the refusal's advice only: Excel's
 * "CSV" and Notepad's "ANSI" on a Chinese Windows write GBK, on a Taiwanese one Big5, on a Japanese one Shift_JIS.
 * Nothing is decoded on a guess: the user re-runs with {@code --encoding}, so a wrong guess costs a message, not a
 * bank full of mojibake.
 *
 * <p>A candidate fits when the whole file decodes in it without error and its non-ASCII characters are mostly the
 * ones that encoding's text is made of: the everyday characters (the first level of GB2312, Big5's frequent
 * characters, JIS level 1 and kana) and CJK punctuation. Bytes of one of these encodings read as another decode
 * into rare characters, symbols or nothing; Latin-1 accents read as GBK land in its second, rare level.
 */
final class LegacyEncodingHint {
    /** The share of non-ASCII characters that must be everyday ones. */
    private static final double EVERYDAY_SHARE = 0.8;
    /** Characters scored: enough to tell, bounded for a large file. */
    private static final int SAMPLE = 64 * 1024;

    /**
     * One encoding worth suggesting.
     *
     * @param label    how people call it
     * @param option   the name to give {@code --encoding}
     * @param charset  the decoder
     * @param everyday whether a non-ASCII character is everyday text in it
     */
    private record Candidate(String label, String option, Charset charset, IntPredicate everyday) {
    }

    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final List<Candidate> CANDIDATES = List.of(
            // GB2312's first level (lead bytes B0-D7): the 3,755 everyday hanzi
            new Candidate("GBK/GB18030", "gb18030", Charset.forName("GB18030"),
                    c -> isCjkPunctuation(c) || leadByteIn(c, GB2312, 0xB0, 0xD7)),
            // Big5's frequent characters (A440-C67E)
            new Candidate("Big5", "big5", BIG5, c -> isCjkPunctuation(c) || leadByteIn(c, BIG5, 0xA4, 0xC6)),
            // kana, and JIS level 1 kanji (889F-9872)
            new Candidate("Shift_JIS", "shift_jis", SHIFT_JIS, c -> isCjkPunctuation(c) || (c >= 0x3040 && c <= 0x30FF)
                    || leadByteIn(c, SHIFT_JIS, 0x88, 0x98)));

    private LegacyEncodingHint() {
    }

    /**
     * Advice for a file that is not valid in the encoding it was read in ({@code tried}), e.g. "this looks like
     * GBK/GB18030: re-run with --encoding gb18030 (or convert it with 'iconv -f GB18030 -t UTF-8')", or null when
     * no candidate fits.
     */
    static String advice(byte[] data, Charset tried) {
        List<Candidate> fitting = new ArrayList<>();
        for (Candidate c : CANDIDATES) {
            if (!c.charset().equals(tried) && fits(data, c)) {
                fitting.add(c);
            }
        }
        if (fitting.size() != 1) {
            return null; // none, or several alike: naming one would be the guess this class exists to avoid
        }
        Candidate c = fitting.get(0);
        return "this looks like " + c.label() + ": re-run with --encoding " + c.option() + " (or convert it with 'iconv -f "
                + c.charset().name() + " -t UTF-8')";
    }

    private static boolean fits(byte[] data, Candidate candidate) {
        if (Utf8Errors.firstBad(data, 0, candidate.charset()) != null) {
            return false;
        }
        String text = new String(data, 0, Math.min(data.length, SAMPLE * 2), candidate.charset());
        int nonAscii = 0;
        int everyday = 0;
        for (int i = 0; i < Math.min(text.length(), SAMPLE); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c != '\uFFFD') { // U+FFFD: a character cut where the sample ends
                nonAscii++;
                everyday += candidate.everyday().test(c) ? 1 : 0;
            }
        }
        return nonAscii > 0 && everyday >= EVERYDAY_SHARE * nonAscii;
    }

    /** The ideographic space, CJK punctuation and full-width forms, which all three encodings' texts use. */
    private static boolean isCjkPunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E);
    }

    /** Whether {@code c} encodes in {@code charset} as two bytes whose first lies in [{@code from}, {@code to}]. */
    private static boolean leadByteIn(int c, Charset charset, int from, int to) {
        byte[] bytes = String.valueOf((char) c).getBytes(charset); // '?' (one byte) when it has no such character
        return bytes.length == 2 && (bytes[0] & 0xFF) >= from && (bytes[0] & 0xFF) <= to;
    }
}
