package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the package with an independent implementation: the npm package {@code anki-reader} (zip.js and sql.js),
 * installed by this test into {@code target/anki-reader}. Skipped when node or npm is missing or the package
 * cannot be installed (offline); node_modules never enters the repository.
 */
class AnkiReaderInteropTest {
    private static final String PACKAGE = "anki-reader@0.3.0";
    private static final Path HOME = Path.of("target", "anki-reader").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void ankiReaderSeesEveryNoteItsDeckFieldsAndMedia() throws Exception {
        assumeTrue(installed(), "node/npm or the npm package " + PACKAGE + " is not available");
        Path bank = tmp.resolve("bank");
        Files.createDirectories(bank.resolve("media"));
        Files.write(bank.resolve("media/diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        List<Question> questions = new ArrayList<>(TestBanks.sample());
        questions.add(Question.builder("With an image").id("with-image").topic("图")
                .answer("![d](media/diagram.png)").media(List.of("media/diagram.png")).build());
        BankStore store = TestBanks.write(bank, questions);
        Path apkg = TestBanks.export(store, tmp.resolve("interop.apkg"), Map.of("deck", "Interview"));

        String json = run(List.of("node", HOME.resolve("read-apkg.mjs").toString(), apkg.toString()), 120);
        JsonNode out = JsonMapper.builder().build().readTree(json);

        assertThat(out.get("version").asInt()).isEqualTo(11);
        assertThat(out.get("models").get(0).asString()).isEqualTo(String.valueOf(AnkiIds.NOTETYPE_ID));
        Set<String> decks = new HashSet<>();
        out.get("decks").forEach(d -> decks.add(d.asString()));
        assertThat(decks).contains("Interview", "Interview::神经网络", "Interview::图");
        JsonNode cards = out.get("cards");
        assertThat(cards.size()).isEqualTo(questions.size());
        Set<String> questionsSeen = new HashSet<>();
        Set<String> idsSeen = new HashSet<>();
        for (JsonNode card : cards) {
            JsonNode fields = card.get("fields");
            assertThat(fields.size()).isEqualTo(AnkiCollectionSchema.FIELDS.size());
            questionsSeen.add(fields.get("Question").asString());
            idsSeen.add(fields.get("Id").asString());
        }
        assertThat(questionsSeen).contains("什么是深度学习？", "With an image");
        assertThat(idsSeen).containsExactlyInAnyOrderElementsOf(questions.stream().map(Question::id).toList());
        assertThat(out.get("media").get(0).asString()).isEqualTo("diagram.png");
    }

    /** Installs anki-reader once per build folder; false when that is not possible here. */
    private static synchronized boolean installed() {
        try {
            if (!Files.isDirectory(HOME.resolve("node_modules/anki-reader"))) {
                if (!works(List.of("node", "--version")) || !works(List.of("npm", "--version"))) {
                    return false;
                }
                Files.createDirectories(HOME);
                Files.writeString(HOME.resolve("package.json"), "{\"private\": true, \"type\": \"module\"}\n");
                run(List.of("npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", HOME.toString(),
                        PACKAGE), 300);
            }
            try (InputStream in = AnkiReaderInteropTest.class.getResourceAsStream("read-apkg.mjs")) {
                Files.write(HOME.resolve("read-apkg.mjs"), in.readAllBytes());
            }
            return Files.isDirectory(HOME.resolve("node_modules/anki-reader"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean works(List<String> command) {
        try {
            run(command, 30);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException {
        Path log = Files.createTempFile("anki-reader", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(HOME.toFile().isDirectory() ? HOME.toFile() : null)
                    .redirectError(log.toFile()).start();
            byte[] stdout = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + Files.readString(log));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
