package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.importers.qa.QaImporter;
import dev.qbank.importers.table.TableImporter;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import org.junit.jupiter.api.Test;

/**
 * fix43 (importer audit 42, bank 3): an MDX page's components ({@code <Tabs>}, {@code <TabItem value=… label=…>},
 * {@code <Callout>}, {@code <Foo />}) stayed in the answers as tags, which every exporter but Markdown prints raw.
 * They go and their words stay, in every importer ({@link QuestionText#canonical}); a type's brackets and code stay.
 */
class JsxTagsTest {
    @Test
    void anMdxPagesTabsLeaveTheirWordsUnderTheirLabels() {
        String page = """
                ## Classification

                <details>
                <summary>How does logistic regression output a probability?</summary>

                <Tabs>
                <TabItem value="math" label="Math">

                It applies the sigmoid to a linear score.

                </TabItem>
                <TabItem value="code" label="Code">

                ```python
                p = 1 / (1 + np.exp(-X @ w))
                ```

                </TabItem>
                </Tabs>

                </details>
                """;
        Question q = Golden.readTextAsImported(new QaImporter(), page).questions().get(0);
        assertThat(q.answer()).isEqualTo("**Math**\n\nIt applies the sigmoid to a linear score.\n\n**Code**\n\n"
                + "```python\np = 1 / (1 + np.exp(-X @ w))\n```");
    }

    @Test
    void aCalloutAndASelfClosingComponentGoInAnyShape() {
        Golden.Result r = Golden.readTextAsImported(new TableImporter(), "| 题目 | 答案 |\n|---|---|\n"
                + "| 什么是 GC？ | <Callout type=\"warning\">别在循环里建大对象</Callout> 回收不可达对象 <Badge text=\"JVM\" /> |\n");
        assertThat(r.questions().get(0).answer()).isEqualTo("别在循环里建大对象 回收不可达对象");
        assertThat(JsxTags.read("<Note>\n先看定义。\n</Note>")).isEqualTo("先看定义。");
        assertThat(JsxTags.read("见 <Highlight>这里</Highlight>。")).isEqualTo("见 这里。");
    }

    /** Generics, comparisons, HTML and code are not components: the text is the same string. */
    @Test
    void typesComparisonsHtmlAndCodeStay() {
        for (String text : new String[] {"返回 List<String>，或 Map<K, V>；Optional<T> 也行。", "若 a < B 则交换。",
                "`<Tabs>` 是组件，<b>粗</b>。", "```jsx\n<Tabs>\n<TabItem value=\"a\">x</TabItem>\n</Tabs>\n```",
                "<T> 是类型参数。", "上界写作 <T extends Number>，或 <K, V>。"}) {
            assertThat(JsxTags.read(text)).as(text).isSameAs(text);
        }
        Question plain = Question.builder("什么是泛型？").answer("List<String> 在编译后擦除为 List。")
                .source(new Source("a.md", 1, "什么是泛型？", null, null, null, null)).build();
        assertThat(QuestionText.canonical(plain)).isSameAs(plain);
    }
}
