package dev.qbank.importers;

import dev.qbank.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What an import did, for the summary the CLI prints.
 *
 * @param files     per input file: name, format, how it was chosen, questions read, warnings
 * @param added     questions that entered the bank with a new id
 * @param unchanged questions whose source (same file, same wording) was already in the bank
 * @param merged    questions folded into a duplicate (an alias and a source more on that question)
 * @param reworded  bank questions whose source question was reworded in its file (warning[reworded]): the bank's
 *                  question cites the new wording, and is counted here, not as unchanged or merged
 * @param moved     bank questions whose source question moved to another file of this import (warning[moved])
 * @param keptOut   source questions not added because a curator deleted them from the bank (bank/deleted.yaml)
 * @param gone      bank questions that cite a file imported again that no longer holds them (kept; named in a
 *                  warning by the import that first read the file without them)
 * @param written   bank files written or deleted, the manifest included (a re-import of the same input: none)
 * @param bank      the bank folder
 * @param notices   warnings about the input as a whole, not one file (files a folder walk skipped)
 */
public record ImportReport(List<FileSummary> files, int added, int unchanged, int merged, int reworded, int moved,
        int keptOut, int gone, int written, Path bank, List<Diagnostic> notices) {
    public ImportReport {
        files = List.copyOf(files);
        notices = List.copyOf(notices);
    }

    /**
     * One input file's line of the summary. {@code asLastImported}: the file was not read again, being byte for
     * byte the file the bank last imported, all of whose questions the bank still holds ({@code questions} is then
     * the count recorded in the manifest).
     */
    public record FileSummary(String file, String format, boolean forced, int questions, List<Diagnostic> warnings,
            boolean asLastImported) {
        public FileSummary {
            warnings = List.copyOf(warnings);
        }
    }
}
