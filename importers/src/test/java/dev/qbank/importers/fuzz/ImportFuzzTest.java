package dev.qbank.importers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Fuzzing of every importer (and decoding and detection) with the committed corpus in
 * {@code src/test/resources/fuzz-corpus/}, mutations of it, generated huge inputs and jqwik-generated Markdown.
 *
 * <p>CI runs a short session. A longer one: {@code mvn -pl importers -am test -Dtest=ImportFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dqbank.fuzz.seconds=1800}. Failing inputs are saved to
 * {@code importers/target/fuzz-failures/}; add them to the corpus once fixed. The per-input time limit only turns a hang
 * into a failure; it is far above normal running time and measure nothing.
 */
class ImportFuzzTest {
    private static final String[] TOKENS = {"\n", "\r\n", "\uFEFF", "|", "\\|", "***", "**", "*", "_", "`", "```\n",
        "### ", "# ", "# 初级\n", "# 高级\n", "Q1：", "Q99:", "第1章 ", "  第12章 标题\n", "1.", "2、", "(3)", "（4）", "1) ",
        "[", "](", ")", "![a](", "<br>", "<br><br>", "**题目：**", "**答案：**", "**解析：**", "引用：", "https://x.example/a",
        "---\n", "| --- | --- |\n", "> ", "- ", "  - ", "\t", "\u0000", "\u3000", "？", "........", "<script>", "javascript:",
        "题目,答案,难度\n", "question\tanswer\n", ",", ";", "\"", "\"\"", ",\"", "\",", "\r"};

    private static final java.time.Duration HANG = java.time.Duration.ofSeconds(120);
    private final ImportFuzzer fuzzer = new ImportFuzzer();

    static List<Path> corpus() throws IOException {
        Path dir = Path.of("src/test/resources/fuzz-corpus");
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileIsHandled() throws IOException {
        return corpus().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            byte[] data = Files.readAllBytes(p);
            assertHandled(data);
        }));
    }

    @Test
    void mutationsOfTheCorpusAreHandled() throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        for (Path p : corpus()) {
            corpus.add(Files.readAllBytes(p));
        }
        for (String seed : List.of("000_19ee16e00da61554.txt", "001_268a4c925a43aea4.txt",
                "002_574ce3207053ca75.txt", "003_ebb4cdbd02d21701.txt", "004_0c49a7a0fc5058d2.txt")) {
            Path p = Path.of("../seeds", seed);
            if (Files.exists(p)) {
                corpus.add(Files.readAllBytes(p));
            }
        }
        long seconds = Long.getLong("qbank.fuzz.seconds", 0);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int minimum = Integer.getInteger("qbank.fuzz.iterations", 400);
        SplittableRandom rnd = new SplittableRandom(Long.getLong("qbank.fuzz.seed", 20261123L));
        for (int i = 0; i < minimum || System.nanoTime() < deadline; i++) {
            byte[] input = mutate(corpus, rnd);
            assertHandled(input);
        }
    }

    @Test
    void hugeAndDeepInputsAreHandled() {
        StringBuilder longLine = new StringBuilder("1. ");
        while (longLine.length() < 10_000_000) {
            longLine.append("卷积神经网络 CNN ***x*** | ");
        }
        assertHandled(longLine.toString().getBytes(StandardCharsets.UTF_8));

        StringBuilder table = new StringBuilder("| 题目 | 难度 | 标签 |\n| --- | --- | --- |\n");
        for (int i = 0; i < 100_000; i++) {
            table.append("| [问题").append(i).append("](https://x.example/").append(i).append(") | 中等 | a<br>b |\n");
        }
        assertHandled(table.toString().getBytes(StandardCharsets.UTF_8));

        assertHandled(("> ".repeat(20_000) + "Q1：***x***\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            lists.append("  ".repeat(i)).append("- ").append(i).append('\n');
        }
        assertHandled(lists.toString().getBytes(StandardCharsets.UTF_8));
        assertHandled(("*".repeat(50_000) + "Q1：" + "[".repeat(50_000) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void generatedMarkdownIsHandled(@ForAll("markdownish") String text) {
        assertHandled(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> markdownish() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(TOKENS),
                Arbitraries.strings().withChars("卷积神经网络什么是abcXYZ0123 ?？").ofMinLength(1).ofMaxLength(12));
        return token.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    private void assertHandled(byte[] data) {
        // A hang guard per input, far above normal running time; it measures nothing.
        String problem;
        try {
            problem = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(HANG, () -> fuzzer.check(data));
        } catch (org.opentest4j.AssertionFailedError e) {
            ImportFuzzer.save(data, "hang: " + e.getMessage());
            throw e;
        }
        if (problem != null) {
            ImportFuzzer.save(data, problem);
        }
        assertThat(problem).as("contract violation (input saved under target/fuzz-failures)").isNull();
    }

    static byte[] mutate(List<byte[]> corpus, SplittableRandom rnd) {
        byte[] base = corpus.get(rnd.nextInt(corpus.size()));
        List<Byte> out = new ArrayList<>(base.length + 64);
        for (byte b : base) {
            out.add(b);
        }
        int rounds = 1 + rnd.nextInt(8);
        for (int r = 0; r < rounds; r++) {
            int pos = out.isEmpty() ? 0 : rnd.nextInt(out.size() + 1);
            switch (rnd.nextInt(6)) {
                case 0 -> { // flip a byte
                    if (!out.isEmpty()) {
                        int i = Math.min(pos, out.size() - 1);
                        out.set(i, (byte) (out.get(i) ^ (1 << rnd.nextInt(8))));
                    }
                }
                case 1 -> { // insert a structural token
                    byte[] t = TOKENS[rnd.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    for (int i = t.length - 1; i >= 0; i--) {
                        out.add(pos, t[i]);
                    }
                }
                case 2 -> { // delete a range
                    int len = Math.min(out.size() - Math.min(pos, out.size()), rnd.nextInt(200));
                    out.subList(Math.min(pos, out.size()), Math.min(pos, out.size()) + len).clear();
                }
                case 3 -> { // duplicate a range
                    int from = Math.min(pos, out.size());
                    int len = Math.min(out.size() - from, rnd.nextInt(400));
                    out.addAll(from, new ArrayList<>(out.subList(from, from + len)));
                }
                case 4 -> { // truncate
                    out.subList(Math.min(pos, out.size()), out.size()).clear();
                }
                default -> { // splice in part of another corpus file
                    byte[] other = corpus.get(rnd.nextInt(corpus.size()));
                    int from = other.length == 0 ? 0 : rnd.nextInt(other.length);
                    int len = Math.min(other.length - from, rnd.nextInt(500));
                    for (int i = len - 1; i >= 0; i--) {
                        out.add(Math.min(pos, out.size()), other[from + i]);
                    }
                }
            }
        }
        byte[] bytes = new byte[out.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = out.get(i);
        }
        return bytes;
    }
}
