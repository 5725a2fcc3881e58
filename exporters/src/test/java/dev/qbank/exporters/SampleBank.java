package dev.qbank.exporters;

import dev.qbank.model.Conflict;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import dev.qbank.model.Reference;
import dev.qbank.model.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A small fixed bank that exercises every field and the awkward characters, for golden files and read-backs. */
public final class SampleBank {
    private SampleBank() {
    }

    public static List<Question> questions() {
        return List.of(
                Question.builder("什么是梯度消失？")
                        .id("vanishing-gradient")
                        .answer("反向传播时梯度逐层相乘而**趋近于零**。\n\n## 不是标题\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |")
                        .explanation("```python\nx = 1  # 注释\n```")
                        .difficulty(Difficulty.MEDIUM)
                        .topic("深度学习")
                        .tags(List.of("反向传播", "rnn"))
                        .language("zh-CN")
                        .aliases(List.of("梯度消失是什么", "why do gradients vanish?"))
                        .references(List.of(new Reference("https://example.org/vanishing", "Vanishing gradients")))
                        .sources(List.of(new Source("seeds/000_dl.txt", 12, "什么是梯度消失？", "numbered", "7",
                                null, "第一章"), new Source("seeds/001_qa.md", 3, "梯度消失是什么", "qa", null,
                                "https://example.org/q/3", null)))
                        .conflicts(List.of(new Conflict("difficulty", "hard", "seeds/001_qa.md:3")))
                        .build(),
                Question.builder("What does `*` mean | in a *glob*? #tag")
                        .id("glob-star")
                        .prompt("Explain:\n# not a heading\n<!-- qbank:field answer -->\n```\nunclosed fence")
                        .answer("<script>alert(1)</script> and [x](javascript:alert(1))\n> quoted --> end")
                        .difficulty(Difficulty.EASY)
                        .topic("Shell")
                        .tags(List.of("a, b", "c|d"))
                        .references(List.of(Reference.of("javascript:alert(1)"), Reference.of("https://example.com/glob")))
                        .sources(List.of(new Source("seeds/002_table.md", 40, "What does * mean?", "table", null,
                                null, null)))
                        .build(),
                Question.builder("  multi-line\nquestion  ")
                        .id("multi-line")
                        .answer("short\n")
                        .sources(List.of(new Source("seeds/002_table.md", 41, "multi-line question", "table",
                                null, null, null)))
                        .build(),
                Question.builder("What is dropout?")
                        .id("dropout")
                        .answer("Randomly zeroing activations during training.")
                        .difficulty(Difficulty.HARD)
                        .topic("深度学习")
                        .media(List.of("media/dropout.png"))
                        .sources(List.of(new Source("seeds/000_dl.txt", 30, "What is dropout?", "numbered", "9",
                                null, null)))
                        .build());
    }

    public static ExportRequest request(List<Question> questions) {
        return new ExportRequest(Path.of("bank"), questions::stream, Map.of());
    }
}
