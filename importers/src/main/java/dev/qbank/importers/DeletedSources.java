package dev.qbank.importers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.qbank.model.BankFileProblem;
import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Source;
import dev.qbank.model.YamlHints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;

/**
 * {@code bank/deleted.yaml}: source questions a curator deleted from the bank, which later imports keep out.
 *
 * <p>Deleting a question file is a curator's edit like any other, and re-importing must not undo it. An import
 * notices one when a file it reads is byte for byte the file the bank last imported (same SHA-256 in
 * {@code bank.yaml}) and yet one of its questions is in no bank question's sources: that import put it there, so
 * someone took it out. The question's source (file, line, wording) is then recorded here, and from then on that
 * wording from that file is kept out even when the file changes. {@code qbank import --restore-deleted} adds such
 * questions again and drops their entries (removing an entry by hand is not enough while the file is unchanged: the
 * next import would find the question missing again). Only the wording and file are compared, as for any source
 * (see {@link Source#key()}: without backticks, so an entry written before numbered and chapter lists kept their
 * questions' code spans still keeps its question out).
 */
final class DeletedSources {
    private static final String HEADER = """
            # Source questions deleted from this bank by hand: qbank import keeps them out.
            # To add them again: qbank import --restore-deleted (with the files they come from).
            """;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"file", "line", "text"})
    record Entry(@JsonProperty("file") String file, @JsonProperty("line") int line,
            @JsonProperty("text") String text) {
        /** The entry as a source, for the key tables (which compare file and wording). */
        Source source() {
            return new Source(file, line, text, null, null, null, null);
        }
    }

    record DeletedFile(@JsonProperty("deleted") List<Entry> deleted) {
    }

    private final SourceKeys keys = new SourceKeys();
    private final List<Entry> entries = new ArrayList<>();
    /** Entries whose question an import with --restore-deleted added again: left out when written. */
    private final SourceKeys restored = new SourceKeys();
    private int added;
    private int restoredCount;
    /** Files renamed since the last import (see {@link #renameFile}): their entries are written under the new name. */
    private final Set<String> renamedAway = new HashSet<>();

    /** The bank's record; empty when it has none. A broken file is refused, naming it. */
    static DeletedSources read(Path bankRoot) {
        DeletedSources d = new DeletedSources();
        Path file = bankRoot.resolve(BankStore.DELETED);
        if (!Files.isRegularFile(file)) {
            return d;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw QbankException.usage("io", file.toString(), "cannot read the deleted questions: " + e.getMessage());
        }
        DeletedFile parsed;
        try {
            parsed = QbankMapper.yaml().readValue(text, DeletedFile.class);
        } catch (JacksonException e) {
            throw BankFileProblem.sideFile(file, text, e, "deleted", "deleted: a list of entries with file, line and text");
        }
        List<Entry> listed = parsed == null || parsed.deleted() == null ? List.of() : parsed.deleted();
        for (int i = 0; i < listed.size(); i++) {
            Entry e = listed.get(i);
            if (e == null || e.file() == null || e.text() == null || e.line() < 1) {
                throw new QbankException(Diagnostic.error("deleted", file.toString(),
                        YamlHints.entryLine(text, "deleted", i), 0, "entry " + (i + 1)
                        + " needs file, line (1 or more) and text (fix the file by hand or restore it from git)"));
            }
            d.keep(e);
        }
        return d;
    }

    /** Whether the wording of {@code source} from its file was deleted from the bank. */
    boolean contains(Source source) {
        return !entries.isEmpty() && keys.contains(source);
    }

    /** Records that {@code source} was deleted from the bank. */
    void add(Source source) {
        if (keep(new Entry(source.file(), source.line(), source.text()))) {
            added++;
        }
    }

    private boolean keep(Entry e) {
        if (!keys.putIfAbsent(e.source(), "")) {
            return false;
        }
        entries.add(e);
        return true;
    }

    /** Forgets that {@code source} was deleted: its question is being added again. */
    void restore(Source source) {
        if (contains(source) && restored.putIfAbsent(source, "")) {
            restoredCount++;
        }
    }

    /**
     * A source file moved or renamed, byte for byte as last imported: its deleted questions stay deleted under the
     * new name (matched by file and wording, the old entries would no longer keep anything out).
     */
    void renameFile(String from, String to) {
        List<Entry> moved = entries.stream().filter(e -> e.file().equals(from)).toList();
        if (!moved.isEmpty()) {
            renamedAway.add(from);
            moved.forEach(e -> keep(new Entry(to, e.line(), e.text())));
        }
    }

    /** Whether {@link #add}, {@link #restore} or {@link #renameFile} changed anything since the file was read. */
    boolean changed() {
        return added > 0 || restoredCount > 0 || !renamedAway.isEmpty();
    }

    /** The text of {@code bank/deleted.yaml}. */
    String toYaml() {
        List<Entry> kept = restoredCount == 0 && renamedAway.isEmpty() ? entries : entries.stream()
                .filter(e -> !restored.contains(e.source()) && !renamedAway.contains(e.file()))
                .toList();
        return HEADER + BankStore.toYaml(new DeletedFile(kept));
    }
}
