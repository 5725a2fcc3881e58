package dev.qbank.importers.anki;

import dev.qbank.model.Diagnostic;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The fields no note of one file had read ({@link AnkiNote#unreadFields}), gathered over the file's notes so that
 * they are named in one warning, at the first note with one, rather than once a note or not at all.
 */
public final class UnreadFields {
    private final Set<String> names = new LinkedHashSet<>();
    private int firstLine;

    /** Adds the unread fields of {@code note}, read at {@code line}. */
    public void add(AnkiNote note, int line) {
        if (names.addAll(note.unreadFields()) && firstLine == 0) {
            firstLine = line;
        }
    }

    /** Names the fields gathered, if any, in one {@code anki-field} warning; {@code what} says what to do. */
    public void warn(String file, String what, Consumer<Diagnostic> warnings) {
        if (names.isEmpty()) {
            return;
        }
        warnings.accept(Diagnostic.warning("anki-field", file, firstLine, 0, (names.size() == 1 ? "field " : "fields ")
                + names.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "))
                + (names.size() == 1 ? " holds" : " hold") + " text no part of a question reads, left out of the "
                + "import (" + what + ")"));
    }
}
