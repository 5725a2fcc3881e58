package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReaderTest {
    @TempDir
    Path tmp;

    private final FileReader reader = new FileReader(ImporterRegistry.standard(), null);

    /** Files of very different sizes finish out of order on the reader threads; they are handed on in order. */
    @Test
    void filesAreHandedOnInInputOrder() throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int count = i % 3 == 0 ? 3000 : 1 + i;
            inputs.add(numberedList("f" + i + ".txt", count));
        }
        List<String> seen = new ArrayList<>();
        reader.readInOrder(inputs, f -> seen.add(f.document().file() + ":" + f.questions().size()));
        assertThat(seen).containsExactlyElementsOf(inputs.stream()
                .map(in -> in.displayName() + ":" + (in.displayName().matches("f(0|3|6|9)\\.txt") ? 3000
                        : Integer.parseInt(in.displayName().replaceAll("\\D", "")) + 1))
                .toList());
    }

    /** After a failure nothing more is handed on (its work would be thrown away), but every error is reported. */
    @Test
    void afterAFailureLaterFilesAreReadForTheirErrorsButNotHandedOn() throws IOException {
        List<InputFile> inputs = List.of(numberedList("a.txt", 2), empty("bad1.txt"), numberedList("b.txt", 2),
                empty("bad2.txt"));
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> reader.readInOrder(inputs, f -> seen.add(f.document().file())))
                .isInstanceOfSatisfying(QbankException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::file).containsExactly("bad1.txt", "bad2.txt"));
        assertThat(seen).containsExactly("a.txt");
    }

    /**
     * Every format's fields are bounded where the file is read, whichever importer read it: a question or answer too
     * long for a bank file is an error at its source line, never a file the bank's reader refuses later.
     */
    @Test
    void aFieldTooLongForTheBankIsAnErrorAtItsLineInEveryFormat() throws IOException {
        String question = "q".repeat(QuestionLimits.MAX_QUESTION_CHARS + 1);
        String answer = "答".repeat(QuestionLimits.MAX_TEXT_CHARS + 1);
        List<String[]> cases = List.of(
                new String[] {"numbered.txt", "\n1. " + question + "\n2. short?\n", "2"},
                new String[] {"chapters.txt", "第1章 A\n1." + question + "\n2.short?\n", "2"},
                new String[] {"table.md", "| 题目 | 难度 |\n| --- | --- |\n| " + question + " | 简单 |\n", "3"},
                new String[] {"qa.md", "### 1. A\n\n**题目：** a?\n\n**答案：** " + answer + "\n", "1"},
                new String[] {"notion.md", "# 初级\n\nQ1：***a?***\n\n- " + answer + "\n", "3"});
        for (String[] c : cases) {
            Path file = tmp.resolve(c[0]);
            Files.writeString(file, c[1]);
            assertThatThrownBy(() -> reader.readAll(List.of(new InputFile(file, c[0]))))
                    .as(c[0]).isInstanceOfSatisfying(QbankException.class, e -> assertThat(e.diagnostics())
                            .extracting(Diagnostic::code, Diagnostic::file, Diagnostic::line)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("too-long", c[0],
                                    Integer.parseInt(c[2]))));
        }
    }

    /** Every format's questions get the canonical text (full-width letters, invisible characters, spacing). */
    @Test
    void questionTextIsMadeCanonicalInEveryFormat() throws IOException {
        String raw = "什么是\u200bＬＳＴＭ\u00a0和\u00a0\u00a0ＧＲＵ？";
        List<String[]> cases = List.of(
                new String[] {"numbered.txt", "\n1. " + raw + "\n2. short?\n"},
                new String[] {"table.md", "| 题目 | 难度 |\n| --- | --- |\n| " + raw + " | 简单 |\n| short? | 简单 |\n"},
                new String[] {"qa.md", "### 1. " + raw + "\n\n**答案：** a\n\n### 2. short?\n\n**答案：** b\n"},
                new String[] {"bank.csv", "question,answer\n" + raw + ",a\nshort?,b\n"});
        for (String[] c : cases) {
            Path file = tmp.resolve(c[0]);
            Files.writeString(file, c[1]);
            List<ParsedFile> read = reader.readAll(List.of(new InputFile(file, c[0])));
            assertThat(read.get(0).questions()).as(c[0]).extracting(dev.qbank.model.Question::question)
                    .startsWith("什么是LSTM 和 GRU？");
        }
    }

    /**
     * Untrusted content: a contents line whose link text is thousands of words and brackets. Java's regex engine
     * recursed once per character of it while the format was being told, and the reader thread's stack overflowed
     * into a stack trace; the page now imports.
     */
    @Test
    void aContentsLineOfThousandsOfBracketedWordsImports() throws IOException {
        Path file = tmp.resolve("readme.md");
        Files.writeString(file, "# Bank\n\n## 目录\n\n- [" + "word [x] ".repeat(600) + "](#a)\n"
                + "- [What is Y?](#2-what-is-y)\n\n## 1. What is X?\n\nX is a thing.\n\n## 2. What is Y?\n\n"
                + "Y is another.\n");
        List<ParsedFile> read = reader.readAll(List.of(new InputFile(file, "readme.md")));
        assertThat(read.get(0).questions()).extracting(dev.qbank.model.Question::question)
                .containsExactly("What is X?", "What is Y?");
    }

    /** A crash while a format sniffs a file is an error naming the file, as a crash while reading one is. */
    @Test
    void aCrashWhileTellingTheFormatNamesTheFile() throws IOException {
        ImporterRegistry registry = ImporterRegistry.standard();
        registry.register(new Importer() {
            @Override
            public String name() {
                return "crashing";
            }

            @Override
            public String description() {
                return "sniffs by overflowing its stack";
            }

            @Override
            public double sniff(SourceDocument doc) {
                throw new StackOverflowError();
            }

            @Override
            public void read(SourceDocument doc, java.util.function.Consumer<dev.qbank.model.Question> questions,
                    java.util.function.Consumer<Diagnostic> warnings) {
            }
        });
        InputFile input = numberedList("a.txt", 2);
        assertThatThrownBy(() -> new FileReader(registry, null).readAll(List.of(input)))
                .isInstanceOfSatisfying(QbankException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::file, Diagnostic::message).singleElement()
                        .satisfies(t -> assertThat(t.toList()).first().isEqualTo("a.txt"))
                        .satisfies(t -> assertThat((String) t.toList().get(1)).contains("telling this file's format",
                                "please report it", "--format")));
    }

    private InputFile numberedList(String name, int count) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(i).append(". What is question ").append(name).append(' ').append(i).append("?\n");
        }
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return new InputFile(file, name);
    }

    private InputFile empty(String name) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, "\n");
        return new InputFile(file, name);
    }
}
