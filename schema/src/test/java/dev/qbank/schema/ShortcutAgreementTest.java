package dev.qbank.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.CanonicalQuestionYaml;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankMapper;
import dev.qbank.model.Question;
import dev.qbank.model.SafeYamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The validator's shortcut (canonical files whose content certainly passes skip the general parser and the schema
 * walk) must change nothing: on random banks of valid and invalid files, with colliding ids and questions, the
 * findings with and without it are identical, message for message, line and column included.
 */
class ShortcutAgreementTest {
    /** Bits of text chosen to sit on the edges of YAML, the schema and the folding of question text. */
    private static final List<String> PIECES = List.of("a", "Z", "9", "0", "什么", "是", "？", "?", " ", "  ", "\n",
            "\n\n", ":", ": ", " #", "#", "-", "- ", "'", "\"", "\\", "|", ">", "[", "]", "{", "}", "&a", "*a", "!x", "%",
            "@", "`", ",", "，", "null", "true", "~", "yes", "1.5", "07", "+1", ".inf", "\t", "\r", "\u0085", "\u2028",
            "\u0001", "😀", "\u00a0", "\u3000", "\ufffd", "\ufeff", "---", "...", "=", "<<", "RNN", "rnn", "Ｒｎｎ");

    /** Bits of ordinary text (which the writer may still quote or write as a block). */
    private static final List<String> PLAIN = List.of("a", "Z", "9", "什么", "是", "？", "?", " ", ": ", " #", "-",
            "'", "\"", "RNN", "rnn", "Ｒｎｎ", "null", "yes", "1.5", "07", "\n", "，", "x y");

    /** How ordinary text starts (the canonical reader declines plain scalars starting with a digit or a sign). */
    private static final List<String> WORDS = List.of("a", "Z", "什么", "是", "RNN", "rnn", "Ｒｎｎ", "x y");

    /** Mostly ordinary text, sometimes anything. */
    @Provide
    Arbitrary<String> text() {
        return text(1);
    }

    /** Text; {@code bad} is the weight of the odd alternatives (0: none). */
    private static Arbitrary<String> text(int bad) {
        Arbitrary<String> ordinary = Combinators.combine(Arbitraries.of(WORDS),
                Arbitraries.of(PLAIN).list().ofMaxSize(5).map(l -> String.join("", l))).as(String::concat);
        return Arbitraries.frequencyOf(
                Tuple.of(6, ordinary),
                Tuple.of(bad, Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> String.join("", l))));
    }

    /** Any value a hand-edited file might hold where a string belongs. */
    private static Arbitrary<Object> anyValue(Arbitrary<String> strings, int bad) {
        return weighted(
                Tuple.of(30, strings.map(s -> (Object) s)),
                Tuple.of(bad, Arbitraries.of(0L, 1L, -1L, 7L, 2147483647L, 2147483648L).map(n -> (Object) n)),
                Tuple.of(bad, Arbitraries.of(true, false).map(b -> (Object) b)),
                Tuple.of(bad, strings.list().ofMaxSize(2).map(l -> (Object) l)),
                Tuple.of(bad, Arbitraries.just(Map.of("k", "v")).map(m -> (Object) m)));
    }

    private static Arbitrary<Object> stringList(Arbitrary<String> strings, int bad) {
        return weighted(
                Tuple.of(15, anyValue(strings, bad).list().ofMaxSize(3).map(l -> (Object) l)),
                Tuple.of(bad, anyValue(strings, bad)));
    }

    /** {@link Arbitraries#frequencyOf} without the alternatives of weight 0. */
    @SafeVarargs
    private static <T> Arbitrary<T> weighted(Tuple.Tuple2<Integer, Arbitrary<T>>... choices) {
        List<Tuple.Tuple2<Integer, Arbitrary<? extends T>>> kept = new ArrayList<>();
        for (Tuple.Tuple2<Integer, Arbitrary<T>> c : choices) {
            if (c.get1() > 0) {
                kept.add(Tuple.of(c.get1(), c.get2()));
            }
        }
        return Arbitraries.frequencyOf(kept.toArray(Tuple.Tuple2[]::new));
    }

    /**
     * A mapping of some of {@code fields}: each is present with its percentage ({@code required} ones nearly
     * always, unknown ones rarely), in the given order.
     */
    private static Arbitrary<Map<String, Object>> mapping(Map<String, Arbitrary<Object>> fields,
            Map<String, Integer> percent) {
        List<String> names = new ArrayList<>(fields.keySet());
        List<Arbitrary<Object>> values = names.stream()
                .map(n -> Arbitraries.integers().between(0, 99).flatMap(r -> r < percent.getOrDefault(n, 20)
                        ? fields.get(n) : Arbitraries.just(ABSENT)))
                .toList();
        return Combinators.combine(values).as(vs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (vs.get(i) != ABSENT) {
                    m.put(names.get(i), vs.get(i));
                }
            }
            return m;
        });
    }

    private static final Object ABSENT = new Object();

    private static Arbitrary<Object> objects(Map<String, Arbitrary<Object>> fields, Map<String, Integer> percent,
            int bad) {
        return weighted(
                Tuple.of(15, mapping(fields, percent).list().ofMaxSize(2).map(l -> (Object) l)),
                Tuple.of(bad, Arbitraries.just(List.of("x")).map(l -> (Object) l)),
                Tuple.of(bad, anyValue(text(bad), bad)));
    }

    /** A question file's fields as a map: mostly valid, each field now and then of the wrong kind or value. */
    private static Arbitrary<Map<String, Object>> fields(int bad) {
        Arbitrary<String> t = text(bad);
        Arbitrary<Object> id = weighted(
                Tuple.of(20, Arbitraries.of("q-1", "q-2", "q-3", "abc").map(s -> (Object) s)),
                Tuple.of(bad, Arbitraries.of("Q-1", "q_1", "", "q-", "-q", "q--1", "q-1\n", "a".repeat(65),
                        "a".repeat(64)).map(s -> (Object) s)),
                Tuple.of(bad, anyValue(t, bad)));
        Arbitrary<Object> question = weighted(
                Tuple.of(6, Arbitraries.of("什么是RNN？", "什么是 rnn?", "什么是ＲＮＮ", "What is LSTM",
                        "what is lstm?").map(s -> (Object) s)),
                Tuple.of(3 * bad, anyValue(t, bad)),
                Tuple.of(bad, Arbitraries.of("", " ", "\u3000", "\n", "\u00a0", "\u2028").map(s -> (Object) s)));
        Arbitrary<Object> difficulty = Arbitraries.of("easy", "medium", "hard", "easy", "medium", "hard", "Easy",
                "extreme", "").map(s -> (Object) s);
        Arbitrary<Object> language = Arbitraries.of("zh-CN", "en", "en-GB", "zh-CN", "en", "e", "zh_CN", "en-",
                "zh-CN\n", "toolonglang").map(s -> (Object) s);
        Arbitrary<Object> line = weighted(
                Tuple.of(12, Arbitraries.of(1L, 3L, 2147483647L).map(n -> (Object) n)),
                Tuple.of(2 * bad, Arbitraries.of(0L, -1L, 2147483648L, 99999999999L).map(n -> (Object) n)),
                Tuple.of(bad, anyValue(t, bad)));
        Map<String, Arbitrary<Object>> source = new LinkedHashMap<>();
        source.put("file", anyValue(t, bad));
        source.put("line", line);
        source.put("text", anyValue(t, bad));
        source.put("format", anyValue(t, bad));
        source.put("section", anyValue(t, bad));
        source.put("lien", anyValue(t, bad));
        Map<String, Arbitrary<Object>> reference = new LinkedHashMap<>();
        reference.put("url", anyValue(t, bad));
        reference.put("title", anyValue(t, bad));
        reference.put("titel", anyValue(t, bad));
        Map<String, Arbitrary<Object>> conflict = new LinkedHashMap<>();
        conflict.put("field", anyValue(t, bad));
        conflict.put("value", anyValue(t, bad));
        conflict.put("source", anyValue(t, bad));
        Arbitrary<Object> media = weighted(
                Tuple.of(3, Arbitraries.of("media/a.png", "media/missing.png", "../x.png", "/etc/passwd",
                        "media", "media\\a.png", "").list().ofMaxSize(2).map(l -> (Object) l)),
                Tuple.of(bad, stringList(t, bad)));

        Map<String, Arbitrary<Object>> all = new LinkedHashMap<>();
        all.put("id", id);
        all.put("question", question);
        all.put("prompt", anyValue(t, bad));
        all.put("answer", anyValue(t, bad));
        all.put("explanation", anyValue(t, bad));
        all.put("difficulty", difficulty);
        all.put("topic", anyValue(t, bad));
        all.put("tags", stringList(t, bad));
        all.put("language", language);
        all.put("aliases", stringList(t, bad));
        all.put("references", objects(reference, Map.of("url", 95, "titel", 3 * bad), bad));
        all.put("media", media);
        all.put("sources", objects(source, Map.of("file", 95, "line", 95, "text", 95, "lien", 3 * bad), bad));
        all.put("conflicts", objects(conflict, Map.of("field", 95, "value", 95), bad));
        all.put("anwser", anyValue(t, bad));
        return mapping(all, Map.of("id", 95, "question", 95, "anwser", 3 * bad));
    }

    /** A file's text: usually what qbank's writer makes of the fields, sometimes hand-written YAML. */
    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> written = Arbitraries.oneOf(fields(1), fields(0)).map(m -> m.isEmpty() ? "" : QbankMapper.yaml().writeValueAsString(m));
        Arbitrary<String> handWritten = Arbitraries.of("id: q-1", "question: x", "question: 'a''b'", "question: |-",
                "  body", "", "  ", "tags:", "  - a", "  - 12", "sources:", "  - file: f", "    line: 3",
                "    text: t", "difficulty: easy", "question: x #y", "id: &a q-1", "question: *a", "---",
                "question: !!str x", "answer: |", "answer: [a]", "id: q-2", "question: 什么是RNN？").list().ofMinSize(1)
                .ofMaxSize(8).map(l -> String.join("\n", l) + "\n");
        return Arbitraries.frequencyOf(Tuple.of(6, written), Tuple.of(1, handWritten));
    }

    /** One file of a bank: its name (mostly after its id, so duplicates meet), its text, and maybe bad bytes. */
    record BankFile(String name, String text, boolean badUtf8) {
    }

    @Provide
    Arbitrary<List<BankFile>> banks() {
        Arbitrary<String> names = Arbitraries.of("q-1.yaml", "q-2.yaml", "q-3.yaml", "abc.yaml", "q-9.yaml");
        Arbitrary<BankFile> file = Combinators.combine(files(), names, Arbitraries.integers().between(0, 99))
                .as((text, name, r) -> {
                    Map<String, Object> tree = CanonicalQuestionYaml.parse(text);
                    Object id = tree == null ? null : tree.get("id");
                    String own = id instanceof String s && Question.ID_PATTERN.matcher(s).matches() && r < 70
                            ? s + ".yaml" : name;
                    return new BankFile(own, text, r >= 97);
                });
        return file.list().ofMinSize(1).ofMaxSize(6).uniqueElements(BankFile::name);
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void theShortcutChangesNoFinding(@ForAll("banks") List<BankFile> files) throws IOException {
        Path dir = Files.createTempDirectory("qbank-shortcut");
        try {
            Path bank = dir.resolve("bank");
            new BankStore(bank).commit(List.of(), List.of(), BankManifest.empty());
            Files.createDirectories(bank.resolve("questions"));
            Files.createDirectories(bank.resolve("media"));
            Files.writeString(bank.resolve("media/a.png"), "png");
            int shortcuts = 0;
            for (BankFile f : files) {
                byte[] bytes = f.text().getBytes(StandardCharsets.UTF_8);
                if (f.badUtf8()) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
                    bytes[bytes.length - 1] = (byte) 0xff;
                }
                Files.write(bank.resolve("questions").resolve(f.name()), bytes);
                Map<String, Object> tree = CanonicalQuestionYaml.parse(f.text());
                shortcuts += tree != null && SchemaCheck.question().certainlyPasses(tree) ? 1 : 0;
            }
            Statistics.label("files the shortcut vouches for").collect(shortcuts);

            ValidationReport full = new BankValidator(false).validate(List.of(bank));
            ValidationReport quick = new BankValidator(true).validate(List.of(bank));
            Statistics.label("likely duplicate questions").collect(full.diagnostics().stream()
                    .anyMatch(d -> d.code().equals(BankValidator.DUPLICATE_QUESTION)));
            assertThat(quick.filesChecked()).isEqualTo(full.filesChecked());
            assertThat(lines(quick)).isEqualTo(lines(full));
            assertThat(quick.diagnostics()).isEqualTo(full.diagnostics());
        } finally {
            deleteTree(dir);
        }
    }

    /** What the shortcut vouches for, the general parser, the schema and the model all accept. */
    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void whatTheShortcutVouchesForPassesEveryCheck(@ForAll("files") String text) {
        Map<String, Object> tree = CanonicalQuestionYaml.parse(text);
        boolean vouched = tree != null && SchemaCheck.question().certainlyPasses(tree);
        Statistics.label("vouched").collect(vouched);
        if (vouched) {
            YamlDocument doc = YamlDocument.read("q.yaml", text);
            assertThat(doc.diagnostics()).as(text).isEmpty();
            assertThat(SchemaCheck.question().check(doc)).as(text).isEmpty();
            assertThat(SafeYamlParser.read(text, Question.class)).as(text).isNotNull();
            assertThat(QbankMapper.yaml().treeToValue(doc.tree(), Question.class)).as(text).isNotNull();
        }
    }

    @Example
    void theShippedQuestionSchemaHasAShortcutAndQbankOwnFilesTakeIt() {
        assertThat(SchemaCheck.question().hasShortcut()).isTrue();
        String yaml = BankStore.toYaml(SchemaAgreementTest.full());
        assertThat(SchemaCheck.question().certainlyPasses(CanonicalQuestionYaml.parse(yaml))).isTrue();
    }

    @Example
    void schemasWithKeywordsItDoesNotKnowGetNoShortcut() {
        for (String schema : List.of("{\"type\": \"string\", \"format\": \"uri\"}", "{\"type\": [\"string\"]}",
                "{\"$ref\": \"other.json\"}", "{\"properties\": {\"a\": {\"oneOf\": []}}}",
                "{\"additionalProperties\": {\"type\": \"string\"}}", "{\"enum\": [1]}", "{\"maximum\": 1.5}")) {
            assertThat(SchemaShortcut.of(QbankMapper.json().readTree(schema), null)).as(schema).isNull();
        }
    }

    /** The faster reading of files gives the same text or the same finding as the general one. */
    @Property(tries = 300)
    void readingAFileAgreesWithTheGeneralRoute(@ForAll("bytes") byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("qbank-read");
        try {
            Path file = dir.resolve("f.yaml");
            Files.write(file, bytes);
            List<Diagnostic> fast = new ArrayList<>();
            List<Diagnostic> general = new ArrayList<>();
            assertThat(FileText.read(file, dir, "f.yaml", fast)).isEqualTo(FileText.readGeneral(file, dir, "f.yaml", general));
            assertThat(fast).isEqualTo(general);
        } finally {
            deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> utf8 = text().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> mixed = Combinators.combine(utf8, raw, utf8).as((a, b, c) -> {
            byte[] out = java.util.Arrays.copyOf(a, a.length + b.length + c.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            System.arraycopy(c, 0, out, a.length + b.length, c.length);
            return out;
        });
        Arbitrary<byte[]> large = Arbitraries.integers().between(64 * 1024 - 2, 64 * 1024 + 2)
                .map(n -> "a".repeat(n).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(4, utf8), Tuple.of(4, mixed),
                Tuple.of(1, large));
    }

    /**
     * The folding loop removes exactly what the regular expression it replaced removes, and gives Latin letters
     * their base letters (imp24, as the import's dedup).
     */
    @Property(tries = 2000)
    void foldingAgreesWithTheRegularExpression(@ForAll("codePoints") String s) {
        String normal = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT);
        StringBuilder based = new StringBuilder();
        QuestionText.NOISE.matcher(normal).replaceAll("").chars()
                .forEach(c -> based.append(dev.qbank.model.LatinLetters.base((char) c)));
        assertThat(QuestionText.fold(s)).isEqualTo(based.toString());
    }

    @Provide
    Arbitrary<String> codePoints() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, Character.MAX_CODE_POINT);
        Arbitrary<Integer> common = Arbitraries.integers().between(0, 0x3100);
        Arbitrary<Integer> chars = Arbitraries.frequencyOf(Tuple.of(1, any),
                Tuple.of(3, common), Tuple.of(1, Arbitraries.integers().between(0xd800, 0xdfff)));
        return chars.list().ofMaxSize(12).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(c -> sb.append(Character.toChars(c)));
            return sb.toString();
        });
    }

    private static List<String> lines(ValidationReport r) {
        return r.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
