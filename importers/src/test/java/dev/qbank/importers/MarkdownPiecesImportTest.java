package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The importers that parse Markdown in pieces (qa, Notion, table) read every document there are fixtures, seeds or
 * fuzz inputs for to exactly the same questions, warnings and errors whether it is parsed whole or cut as often as
 * {@link MarkdownPieces} allows (pieces of at least 1, 40 or 400 characters).
 */
class MarkdownPiecesImportTest {
    private static final ImporterRegistry REGISTRY = ImporterRegistry.standard();

    @AfterEach
    void restore() {
        MarkdownPieces.pieceChars = MarkdownPieces.PIECE_CHARS;
    }

    /** What an importer makes of a document: its questions and warnings, or its error. */
    private record Outcome(List<Question> questions, List<Diagnostic> warnings, List<Diagnostic> errors) {
    }

    private static Outcome read(Importer importer, SourceDocument doc, int pieceChars) {
        MarkdownPieces.pieceChars = pieceChars;
        List<Question> questions = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        try {
            importer.read(doc, questions::add, warnings::add);
            return new Outcome(questions, warnings, List.of());
        } catch (QbankException e) {
            return new Outcome(List.of(), List.of(), e.diagnostics());
        }
    }

    /** A long table without a question column is warned about once, however often it is cut. */
    @org.junit.jupiter.api.Test
    void aCutTableIsStillOneTable() {
        StringBuilder text = new StringBuilder("## 未用\n\n| 编号 | 备注 |\n| --- | --- |\n");
        for (int i = 1; i <= 30; i++) {
            text.append("| ").append(i).append(" | 备注").append(i).append(" |\n");
        }
        text.append("\n## 题库\n\n| 题目 | 难度 |\n| --- | --- |\n");
        for (int i = 1; i <= 30; i++) {
            text.append("| 什么是问题").append(i).append("？ | 简单 |\n");
        }
        SourceDocument doc = SourceDocument.of(Path.of("t.md"), "t.md",
                text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Importer table = REGISTRY.require("table");
        Outcome whole = read(table, doc, Integer.MAX_VALUE);
        assertThat(whole.questions()).hasSize(30);
        assertThat(whole.warnings()).extracting(Diagnostic::code).containsExactly("no-question-column");
        for (int pieceChars : new int[] {1, 40, 400}) {
            assertThat(read(table, doc, pieceChars)).as("pieces of %d", pieceChars).isEqualTo(whole);
        }
    }

    @TestFactory
    Stream<DynamicTest> piecesReadLikeTheWholeDocument() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (String dir : List.of("src/test/resources/fixtures/qa", "src/test/resources/fixtures/notion",
                "src/test/resources/fixtures/table",
                "src/test/resources/fuzz-corpus", "../seeds")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".yaml"))
                        .sorted().forEach(inputs::add);
            }
        }
        assertThat(inputs).hasSizeGreaterThan(20);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path input : inputs) {
            for (String format : List.of("qa", "notion", "table")) {
                tests.add(DynamicTest.dynamicTest(format + " " + input, () -> {
                    SourceDocument doc;
                    try {
                        doc = SourceDocument.load(input, input.getFileName().toString());
                    } catch (QbankException notText) {
                        return; // binary, empty or not UTF-8: refused before any importer runs
                    }
                    Importer importer = REGISTRY.require(format);
                    Outcome whole = read(importer, doc, Integer.MAX_VALUE);
                    for (int pieceChars : new int[] {1, 40, 400}) {
                        assertThat(read(importer, doc, pieceChars)).as("pieces of %d", pieceChars).isEqualTo(whole);
                    }
                }));
            }
        }
        return tests.stream();
    }
}
