package dev.qbank.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One source document that was imported into the bank, as listed in the bank manifest.
 *
 * @param file      path as given to import (forward slashes)
 * @param format    the importer that read it
 * @param sha256    hex digest of the file's bytes when it was last imported
 * @param questions how many questions it held
 * @param encoding  the character set that decoded a text file when import was told one ({@code --encoding}), e.g.
 *                  {@code GB18030}; null for UTF-8 (with or without BOM), UTF-16 with a BOM and binary files. A
 *                  file's bytes read in another encoding are other questions, so a re-import compares this too
 * @param glossary  a digest of the ask words of the bank's own glossary ({@code glossary.yaml}'s imperatives beyond
 *                  the built-in ones) the file was read with; null when it had none. The same bytes read with other
 *                  ask words may be other questions, so a re-import compares this too
 * @param gone      how many bank questions cited the file but were no longer in it when it was last imported (absent
 *                  when none). Kept apart from {@code questions}: a file that lost one question upstream and had
 *                  another deleted by hand is cited as many times as it holds questions, yet is not held whole
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"file", "format", "sha256", "encoding", "glossary", "questions", "gone"})
public record SourceBank(String file, String format, String sha256, String encoding, String glossary,
        int questions, @JsonInclude(JsonInclude.Include.NON_DEFAULT) int gone) {
    public SourceBank {
        Objects.requireNonNull(file, "file");
    }

    /** A file none of whose cited questions was gone when it was last imported. */
    public SourceBank(String file, String format, String sha256, String encoding, String glossary, int questions) {
        this(file, format, sha256, encoding, glossary, questions, 0);
    }

    /** This entry with {@code gone} questions cited from the file but no longer in it (see {@link #gone}). */
    public SourceBank withGone(int gone) {
        return new SourceBank(file, format, sha256, encoding, glossary, questions, gone);
    }

    /** A file read as UTF-8 (or binary), as every file was before {@code --encoding}, with the built-in ask words. */
    public SourceBank(String file, String format, String sha256, int questions) {
        this(file, format, sha256, null, null, questions);
    }

    /** A file read with the built-in ask words. */
    public SourceBank(String file, String format, String sha256, String encoding, int questions) {
        this(file, format, sha256, encoding, null, questions);
    }

    /** Whether the bank recorded this very file's bytes, decoded the same way: its digest and its encoding. */
    public boolean sameBytes(String sha256, String encoding) {
        return this.sha256 != null && this.sha256.equals(sha256) && Objects.equals(this.encoding, encoding);
    }

    /**
     * Whether the bank recorded this very file, read the same way: its digest, its encoding and the bank glossary's
     * ask words ({@link #glossary}) are the same.
     */
    public boolean sameRead(String sha256, String encoding, String glossary) {
        return sameBytes(sha256, encoding) && Objects.equals(this.glossary, glossary);
    }
}
