package dev.qbank.importers;

import dev.qbank.importers.dedup.Glossary;
import dev.qbank.model.BankStore;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import dev.qbank.model.SourceBank;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads one bank source's question back from its file, as the import that made the source read it: the importer the
 * source records, the encoding the manifest records for the file, the bank's glossary, media named for the bank.
 * {@code qbank dedup --split} uses it to give a phrasing it pulls out of a merged question what its source said.
 */
final class SourceReread {
    /** The source's question as its file gives it now, or why it cannot be had (one clause, for a message). */
    record Outcome(Question question, String missing) {
    }

    private SourceReread() {
    }

    static Outcome of(Path bank, Source source) {
        Path file = recordedPath(bank, source.file());
        if (file == null || !Files.isRegularFile(file)) {
            return new Outcome(null, "its file " + source.file() + " is gone");
        }
        Importer importer = source.format() == null ? null
                : ImporterRegistry.standard().find(source.format()).orElse(null);
        if (importer == null) {
            return new Outcome(null, "its format '" + source.format() + "' is not one qbank reads");
        }
        SourceBank recorded = new BankStore(bank).readManifest().sources().stream()
                .filter(s -> s.file().equals(source.file())).findFirst().orElse(null);
        Charset encoding = recorded == null || recorded.encoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(recorded.encoding());
        FileReader reader = new FileReader(ImporterRegistry.standard(), importer, Map.of(), encoding,
                Glossary.forBank(bank));
        ParsedFile parsed;
        try {
            parsed = reader.readAll(List.of(new InputFile(file, source.file(), source.file()))).get(0);
        } catch (QbankException e) {
            return new Outcome(null, "its file " + source.file() + " no longer reads as " + importer.name()
                    + " (" + e.diagnostics().get(0).message() + ")");
        }
        try {
            Question found = sameSource(parsed.questions(), source);
            if (found == null) {
                return new Outcome(null, "its file " + source.file() + " no longer holds it");
            }
            ParsedFile one = new ParsedFile(parsed.document(), parsed.format(), parsed.forced(), List.of(found),
                    List.of(), parsed.recordedName(), false, parsed.mediaFolder());
            return new Outcome(new MediaIntake(bank).resolve(one).questions().get(0), null);
        } finally {
            if (parsed.mediaFolder() != null) {
                ImportPipeline.deleteFolder(parsed.mediaFolder());
            }
        }
    }

    /** The question whose source is {@code source}: same file and wording, at its line if the file repeats it. */
    private static Question sameSource(List<Question> questions, Source source) {
        Question found = null;
        for (Question q : questions) {
            Source s = q.sources().isEmpty() ? null : q.sources().get(0);
            if (s != null && s.key().equals(source.key()) && (found == null || s.line() == source.line())) {
                found = q;
            }
        }
        return found;
    }

    /** Where a recorded source name is: recorded names are relative to the folder holding the bank. */
    private static Path recordedPath(Path bank, String recorded) {
        Path base = bank.toAbsolutePath().normalize().getParent();
        try {
            return base == null ? Path.of(recorded) : base.resolve(recorded).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
