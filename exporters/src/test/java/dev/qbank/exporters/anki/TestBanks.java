package dev.qbank.exporters.anki;

import dev.qbank.exporters.ExportRequest;
import dev.qbank.model.BankManifest;
import dev.qbank.model.BankStore;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small banks written to disk with the real BankStore, for the exporter tests. */
final class TestBanks {
    private TestBanks() {
    }

    static Question question(String id, String text, String topic, Difficulty d, String... tags) {
        return Question.builder(text).id(id).answer("**Answer** to " + text).explanation("Because.")
                .difficulty(d).topic(topic).tags(List.of(tags))
                .source(new Source("seeds/000_bank one.txt", 3, text, "table", null,
                        "https://example.com/q/" + id, null))
                .references(List.of(new Reference("https://example.com/ref", "A reference")))
                .build();
    }

    static List<Question> sample() {
        return List.of(
                question("what-is-deep-learning", "什么是深度学习？", "深度学习基础", Difficulty.EASY, "深度学习", "概念"),
                question("batch-norm", "Batch Normalization 的作用是什么？", "神经网络", Difficulty.MEDIUM,
                        "Batch Normalization", "神经网络"),
                question("relu-at-zero", "ReLU 在 0 处不可导有什么影响？", "神经网络", Difficulty.HARD,
                        "激活函数\u3000ReLU"),
                Question.builder("A question with no topic").id("no-topic").build());
    }

    static BankStore write(Path root, List<Question> questions) {
        BankStore store = new BankStore(root);
        store.commit(questions, List.of(), new BankManifest(BankManifest.SCHEMA_VERSION, "test", List.of()));
        return store;
    }

    static Path export(BankStore store, Path target, Map<String, String> options) throws IOException {
        List<Question> all = store.readAll();
        new AnkiExporter().export(new ExportRequest(store.root(), all::stream, options), target);
        return target;
    }
}
