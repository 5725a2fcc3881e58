package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One place a question came from. A merged question keeps one Source per phrasing, so every question in the bank
 * can be traced back to a file and line with its original wording.
 *
 * @param file    the path as given to {@code qbank import}, with forward slashes (e.g. {@code seeds/000_x.txt})
 * @param line    1-based line where the question starts in that file
 * @param text    the question exactly as that source phrased it (markup removed, characters kept)
 * @param format  the importer that read it (e.g. {@code table}); lets a re-import recognise its own sources
 * @param number  the source's own numbering, if any ({@code "7"}, {@code "Q12"}), or the key its tool knows the
 *                question by (an API record's id, a UUID)
 * @param url     the source's page for this question, if it links one
 * @param section the chapter/heading the source filed it under, as written there
 * @param digest  what the source gave besides its wording when last imported: a short digest of each text,
 *                {@code answer=3f9a0c21d4e7b8a6} (see {@code SourceDigest} in importers); lets a re-import of a
 *                changed file tell an upstream change of this question's answer from a curator's; absent in banks
 *                written before it was kept, and for a source that gave no text
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"file", "line", "text", "format", "number", "url", "section", "digest"})
public record Source(String file, int line, String text, String format, String number, String url, String section,
        String digest) {
    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        format = Question.emptyToNull(format);
        number = Question.emptyToNull(number);
        url = Question.emptyToNull(url);
        section = Question.emptyToNull(section);
        digest = Question.emptyToNull(digest);
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
    }

    /** A source as an importer reads it: what it gave is not yet digested (the import's merge does that). */
    public Source(String file, int line, String text, String format, String number, String url, String section) {
        this(file, line, text, format, number, url, section, null);
    }

    /** The same source under another path (a file moved or named another way), all else kept. */
    public Source withFile(String newFile) {
        return new Source(newFile, line, text, format, number, url, section, digest);
    }

    /** The same source recording {@code newDigest} as what it gave. */
    public Source withDigest(String newDigest) {
        return new Source(file, line, text, format, number, url, section, newDigest);
    }

    /**
     * Identity of a source question across re-imports: same file and same wording, as {@link #wording} compares it.
     */
    public String key() {
        return file + '\u0000' + wording(text);
    }

    /**
     * {@code text} as re-imports compare a source's wording: without backticks, and with the spacing a code span
     * kept as written collapsed to one space. Numbered and chapter lists dropped their code spans' backticks before
     * (imp32), so a bank and its {@code deleted.yaml} hold their old wordings without them; and a backtick added or
     * dropped upstream changes the formatting, not the question. Text without a backtick is returned as it is.
     */
    public static String wording(String text) {
        if (text.indexOf('`') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** {@code file:line}, the way diagnostics and exports cite a source. */
    public String citation() {
        return file + ":" + line;
    }
}
