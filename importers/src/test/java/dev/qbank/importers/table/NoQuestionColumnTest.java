package dev.qbank.importers.table;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.importers.SourceDocument;
import dev.qbank.model.QbankException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A page whose tables have no question column is refused; when most of the page is text outside the tables, the
 * error says the questions are likely in that text, unmarked, so renaming a header would not help.
 */
class NoQuestionColumnTest {
    private static final String HINT = "most of this page is text outside its tables";
    private static final String TABLE = """
            | 优化器 | 学习率 |
            | --- | --- |
            | SGD | 0.1 |
            | Adam | 1e-3 |
            | AdamW | 1e-3 |
            | RMSprop | 1e-3 |
            | Adagrad | 0.01 |
            | Lion | 1e-4 |
            """;

    @Test
    void longParagraphsAroundATableOfMoreShortRowsAreMostlyText() {
        // two paragraphs, six table rows: counted in lines the table won and the hint was left out
        String paragraph = "Adam 结合了动量和自适应学习率，对每个参数维护一阶矩和二阶矩的指数滑动平均，并做偏差修正；"
                .repeat(4);
        String page = "Adam 和 SGD 的区别是什么\n\n" + paragraph + "\n\n" + TABLE + "\n" + paragraph + "\n";
        assertThatThrownBy(() -> read(page)).isInstanceOf(QbankException.class)
                .hasMessageContaining("no table has a question column").hasMessageContaining(HINT);
    }

    @Test
    void aTableUnderAShortIntroIsNotMostlyText() {
        String page = "# 常用优化器\n\n学习率参考：\n\n" + TABLE;
        assertThatThrownBy(() -> read(page)).isInstanceOf(QbankException.class)
                .hasMessageContaining("no table has a question column").hasMessageNotContaining(HINT);
    }

    private static void read(String text) {
        SourceDocument doc = SourceDocument.of(Path.of("t.md"), "t.md", text.getBytes(StandardCharsets.UTF_8));
        new TableImporter().read(doc, q -> { }, w -> { });
    }
}
