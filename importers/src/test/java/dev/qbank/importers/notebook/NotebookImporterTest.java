package dev.qbank.importers.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jupyter notebooks: Markdown cells read as the Markdown shapes, code cells as fenced code in the answers. */
class NotebookImporterTest {
    private static final String LAST = ",\n  {\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": "
            + "[\"## 9. What is a generator?\\n\", \"\\n\", \"A function that yields.\"]}";
    private final NotebookImporter importer = new NotebookImporter();

    private static SourceDocument notebook(String json) {
        return SourceDocument.of(Path.of("nb.ipynb"), "nb.ipynb", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The notebook of {@code cells} and a last question: one question is too little for detection to know a shape. */
    private static String cells(String cells) {
        return "{\n \"cells\": [\n" + cells + LAST + "\n ],\n \"metadata\": {\"kernelspec\": {\"language\": \"python\"}},\n"
                + " \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
    }

    @Test
    void aNotebookIsDetectedAsOneNotAsJsonRecords() {
        String json = cells("""
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1. What is a closure?\\n", "\\n", \
                "A function with the variables it captured."]}""");
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(notebook(json)).importer().name())
                .isEqualTo("notebook");
    }

    @Test
    void codeCellsAreFencedInTheKernelsLanguageWithoutTheirOutputs() {
        String json = cells("""
                  {"cell_type": "markdown", "metadata": {}, "source": ["## 1. How do you reverse a list?\\n", "\\n", \
                "Slice it backwards:"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 1, \
                "outputs": [{"output_type": "stream", "name": "stdout", "text": ["[3, 2, 1]\\n"]}], \
                "source": ["xs = [1, 2, 3]\\n", "print(xs[::-1])"]}""");
        Question q = read(json);
        assertThat(q.question()).isEqualTo("How do you reverse a list?");
        assertThat(q.answer()).isEqualTo("Slice it backwards:\n\n```python\nxs = [1, 2, 3]\nprint(xs[::-1])\n```");
        assertThat(q.sources().get(0).format()).isEqualTo("notebook");
    }

    @Test
    void aQuestionsLineIsTheNotebookLineItsHeadingIsWrittenOn() {
        String json = cells("""
                  {"cell_type": "markdown", "metadata": {}, "source": ["# Title\\n"]},
                  {"cell_type": "markdown", "metadata": {}, "source": [
                    "## 1. What is a closure?\\n",
                    "\\n",
                    "A function with the variables it captured."
                  ]}""");
        Question q = read(json);
        assertThat(q.sources().get(0).line()).isEqualTo(5); // the line of the heading's string in the .ipynb
        assertThat(json.lines().toList().get(4)).contains("What is a closure?");
    }

    @Test
    void aNotebookWithoutQuestionsIsRefusedSayingHowToWriteThem() {
        String json = "{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# Scratch\\n\", "
                + "\"plotting some data\"]}, {\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], "
                + "\"source\": [\"import torch\"]}], \"nbformat\": 4}";
        assertThatThrownBy(() -> importer.read(notebook(json), q -> { }, w -> { }))
                .isInstanceOf(QbankException.class)
                .hasMessageContaining("Markdown cells");
    }

    private Question read(String json) {
        List<Question> questions = new ArrayList<>();
        importer.read(notebook(json), questions::add, w -> { });
        assertThat(questions).hasSize(2);
        return questions.get(0);
    }
}
