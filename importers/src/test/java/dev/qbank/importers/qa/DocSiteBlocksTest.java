package dev.qbank.importers.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import org.junit.jupiter.api.Test;

/** Docs-site pages of questions (audit 42): their collapsible blocks are questions, their boxed notes quotes. */
class DocSiteBlocksTest {
    @Test
    void mkdocsMaterialCollapsibleAdmonitionsAreQuestions() {
        String page = """
                # 面试题

                ## 归一化

                ??? question "什么是 Batch Normalization？"

                    对每个通道做标准化，再缩放和平移。

                    !!! note "注意"
                        推理时使用滑动均值。

                ??? question "LN 和 BN 有什么区别？"
                    LN 在特征维度上归一化。

                ## 优化

                ???+ question "Adam 的两个动量估计什么？"

                    梯度的均值和平方的均值：

                    ```python
                    m = b1 * m + (1 - b1) * g
                    ```
                """;
        assertThat(Golden.detect(page)).isEqualTo("qa");
        Golden.Result r = Golden.readText(new QaImporter(), page);
        assertThat(r.questions()).extracting(Question::question, Question::topic, q -> q.sources().get(0).line())
                .containsExactly(tuple("什么是 Batch Normalization？", "归一化", 5),
                        tuple("LN 和 BN 有什么区别？", "归一化", 12), tuple("Adam 的两个动量估计什么？", "优化", 17));
        assertThat(r.questions()).extracting(Question::answer).containsExactly(
                "对每个通道做标准化，再缩放和平移。\n\n> **注意**\n> 推理时使用滑动均值。",
                "LN 在特征维度上归一化。",
                "梯度的均值和平方的均值：\n\n```python\nm = b1 * m + (1 - b1) * g\n```");
    }

    @Test
    void vitePressDetailsContainersAreQuestionsAndItsTipsQuotes() {
        String page = """
                # Redis

                ::: details 什么是缓存穿透？
                查询不存在的数据，请求全部打到数据库。

                ::: tip 提示
                缓存空值。
                :::
                :::

                ::: details 什么是缓存雪崩？
                大量 key 同时过期。
                :::

                ::: warning
                生产环境不要关闭持久化。
                :::
                """;
        Golden.Result r = Golden.readText(new QaImporter(), page);
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是缓存穿透？", "查询不存在的数据，请求全部打到数据库。\n\n> **提示**\n> \n> 缓存空值。"),
                tuple("什么是缓存雪崩？", "大量 key 同时过期。"));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).contains(tuple("outside-question", 15));
    }

    @Test
    void docusaurusAdmonitionsInAnAnswerAreQuotes() {
        String page = """
                ## 1. What is L1 regularization?

                The sum of absolute weights.

                :::note[Careful]

                Not differentiable at zero.

                :::

                ## 2. What is L2 regularization?

                The sum of squared weights.

                :::caution
                Scale the features first.
                :::
                """;
        assertThat(Golden.readText(new QaImporter(), page).questions()).extracting(Question::answer).containsExactly(
                "The sum of absolute weights.\n\n> **Careful**\n> \n> Not differentiable at zero.",
                "The sum of squared weights.\n\n> Scale the features first.");
    }

    @Test
    void hugoPagesShortcodesAreTheMarkdownTheyRenderAndItsTomlFrontMatterNoText() {
        String page = """
                +++
                title = "网络面试题"
                tags = ["网络"]
                +++

                {{< toc >}}

                ## TCP

                ### 为什么是三次握手？

                两次无法确认客户端的接收能力。

                {{< figure src="handshake.png" caption="三次握手" >}}

                ### TIME_WAIT 为什么等 2MSL？

                {{% notice tip %}}
                用 `netstat` 观察。
                {{% /notice %}}

                ### HTTP/2 有哪些改进？

                {{< details "点击查看答案" >}}
                多路复用、头部压缩。
                {{< /details >}}
                """;
        Golden.Result r = Golden.readText(new QaImporter(), page);
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("为什么是三次握手？", "两次无法确认客户端的接收能力。\n\n![三次握手](handshake.png)", "TCP"),
                tuple("TIME_WAIT 为什么等 2MSL？", "> 用 `netstat` 观察。", "TCP"),
                tuple("HTTP/2 有哪些改进？", "多路复用、头部压缩。", "TCP"));
        assertThat(r.warnings()).extracting(Diagnostic::code).contains("front-matter", "table-of-contents")
                .doesNotContain("preamble");
    }
    /**
     * fix43 (audit 42, bank 8's leftover): Hugo's {@code {{< details "summary" >}}} kept its text but lost its
     * summary, so a page of collapsed questions lost every question. A summary that asks is the question its body
     * answers, as a {@code <details>} block's is; one that only says to open it folds the answer under its heading,
     * and the page's other headings keep their plain answers.
     */
    @Test
    void aHugoDetailsSummaryThatAsksIsTheQuestion() {
        String page = """
                ## 缓存

                {{< details "什么是缓存穿透？" >}}
                查询不存在的数据，请求每次都打到数据库。
                {{< /details >}}

                {{< details summary="1. 缓存雪崩怎么防" >}}
                过期时间加随机值。
                {{< /details >}}

                ## 网络

                ### HTTP/2 有哪些改进？

                {{< details "点击查看答案" >}}
                多路复用、头部压缩。
                {{< /details >}}

                ### HTTPS 如何协商密钥？

                ECDHE 交换参数。
                """;
        Golden.Result r = Golden.readText(new QaImporter(), page);
        assertThat(r.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("什么是缓存穿透？", "查询不存在的数据，请求每次都打到数据库。", "缓存"),
                tuple("缓存雪崩怎么防", "过期时间加随机值。", "缓存"),
                tuple("HTTP/2 有哪些改进？", "多路复用、头部压缩。", "网络"),
                tuple("HTTPS 如何协商密钥？", "ECDHE 交换参数。", "网络"));
        assertThat(r.questions().get(0).sources().get(0).line()).isEqualTo(3);
    }
    /**
     * fix43 (audit 42, bank 2's leftover): a {@code !!! tip} at the margin one blank line after the last collapsible
     * question joined its answer as a quote; mkdocs shows it outside the block, so it is the page's note (outside any
     * question, said), while one indented into the block stays the answer's. The same for GitHub's shape: text right
     * under a {@code </details>} (one HTML block to the parser) kept the tag in the answer.
     */
    @Test
    void aNoteAtTheMarginAfterTheLastCollapsibleIsNotItsAnswer() {
        String page = """
                ## 优化

                ??? question "学习率预热有什么用？"

                    训练初期参数随机，先小后大更稳。

                !!! tip "复习建议"
                    先理解公式，再动手实现。
                """;
        Golden.Result r = Golden.readText(new QaImporter(), page);
        assertThat(r.questions()).extracting(Question::question, Question::answer)
                .containsExactly(tuple("学习率预热有什么用？", "训练初期参数随机，先小后大更稳。"));
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line).contains(tuple("outside-question", 7));

        Golden.Result inside = Golden.readText(new QaImporter(), page.replace("!!! tip \"复习建议\"\n    先理解",
                "    !!! tip \"复习建议\"\n        先理解"));
        assertThat(inside.questions()).extracting(Question::answer)
                .containsExactly("训练初期参数随机，先小后大更稳。\n\n> **复习建议**\n> 先理解公式，再动手实现。");

        Golden.Result github = Golden.readText(new QaImporter(), "<details><summary>什么是 CDN？</summary>\n\n"
                + "就近缓存静态资源。\n\n</details>\nMade with ❤ by me\n");
        assertThat(github.questions()).extracting(Question::answer).containsExactly("就近缓存静态资源。");
        assertThat(github.warnings()).extracting(Diagnostic::code, Diagnostic::line).contains(tuple("outside-question", 6));
    }
}
