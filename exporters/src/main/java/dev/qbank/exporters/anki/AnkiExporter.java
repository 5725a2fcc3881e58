package dev.qbank.exporters.anki;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.exporters.Exporter;
import dev.qbank.model.QbankException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --format anki}: an Anki package (.apkg) with one note per question in decks {@code ROOT::topic}. Options:
 * {@code deck} (the root deck, default {@code qbank}) and {@code output} (the final file name, checked here because
 * Anki treats a package named {@code collection.apkg} as a whole-collection backup and would replace the user's
 * collection with it).
 */
public final class AnkiExporter implements Exporter {
    public static final String DEFAULT_DECK = "qbank";

    @Override
    public String name() {
        return "anki";
    }

    @Override
    public String extension() {
        return "apkg";
    }

    @Override
    public String description() {
        return "Anki package (.apkg): one note per question, decks ROOT::topic, tags from tags/difficulty/source";
    }

    @Override
    public void export(ExportRequest request, Path target) throws IOException {
        String output = request.option("output", target.getFileName().toString());
        if (Path.of(output).getFileName().toString().equalsIgnoreCase("collection.apkg")) {
            throw QbankException.usage("out", output, "Anki would import a file named collection.apkg as a whole"
                    + " collection and replace the user's own; choose another name with --out");
        }
        String deck = request.option("deck", DEFAULT_DECK);
        if (AnkiNoteBuilder.deckName(deck).isEmpty()) {
            throw QbankException.usage("deck", "", "--deck needs a name (e.g. --deck Interview or --deck DL::Interview)");
        }
        new AnkiPackageWriter(request.bankRoot(), deck).write(request.questions().get(), target);
    }
}
