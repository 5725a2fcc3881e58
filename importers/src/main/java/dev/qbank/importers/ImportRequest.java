package dev.qbank.importers;

import dev.qbank.model.QbankException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to import: files and folders as the user named them, the bank to merge into, and optionally a format that
 * overrides detection for every file.
 *
 * @param inputs paths as given on the command line (they become {@code Source.file}, with forward slashes)
 * @param bank   the bank folder (created if missing)
 * @param format importer name to force, or null to detect each file's format
 * @param restoreDeleted add again the source questions a curator deleted from the bank ({@code bank/deleted.yaml})
 * @param encoding       what the text files without a byte-order mark are in ({@code --encoding}); UTF-8 unless
 *                       the user says otherwise, since qbank never guesses an encoding
 */
public record ImportRequest(List<String> inputs, Path bank, String format, boolean restoreDeleted,
                            Charset encoding) {
    public ImportRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(encoding, "encoding");
    }

    public ImportRequest(List<String> inputs, Path bank, String format, boolean restoreDeleted) {
        this(inputs, bank, format, restoreDeleted, StandardCharsets.UTF_8);
    }

    /**
     * The character set of this name ({@code --encoding}), any name or alias Java knows.
     *
     * @throws QbankException a usage error, for a name no character set of this Java has
     */
    public static Charset encodingNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) { // illegal or unsupported names alike
            throw QbankException.usage("encoding", "", "unknown encoding '" + name + "'; give a character set name "
                    + "such as gb18030, big5, shift_jis, euc-kr or windows-1252 (without --encoding, files are read as "
                    + "UTF-8)");
        }
    }

    public ImportRequest(List<String> inputs, Path bank, String format) {
        this(inputs, bank, format, false);
    }
}
