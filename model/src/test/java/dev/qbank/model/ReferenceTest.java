package dev.qbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reference written as text ({@code CLRS, chapter 7}) is a citation, its title; every format stored it as the url,
 * which exporters offered as a link. Web addresses, with or without their scheme, stay urls.
 */
class ReferenceTest {
    @Test
    void textIsACitationAndAnAddressALink() {
        assertThat(Reference.cited("CLRS, chapter 7")).isEqualTo(new Reference(null, "CLRS, chapter 7"));
        assertThat(Reference.cited(" 《深度学习》第6章 ")).isEqualTo(new Reference(null, "《深度学习》第6章"));
        assertThat(Reference.cited("Goodfellow 2016")).isEqualTo(new Reference(null, "Goodfellow 2016"));
        for (String url : List.of("https://en.wikipedia.org/wiki/Dynamic_programming", "http://x.cn", "www.x.cn",
                "arxiv.org/abs/1706.03762", "mailto:a@b.org", "doi:10.1145/3292500")) {
            assertThat(Reference.cited(url)).as(url).isEqualTo(Reference.of(url));
        }
        assertThat(Reference.cited("[Attention Is All You Need](https://arxiv.org/abs/1706.03762)"))
                .isEqualTo(new Reference("https://arxiv.org/abs/1706.03762", "Attention Is All You Need"));
        assertThat(Reference.cited("[笔记](见第3章)")).isEqualTo(new Reference(null, "[笔记](见第3章)"));
    }

    @Test
    void aCitationReadsBackFromYaml() {
        Question q = Question.builder("什么是快排？").id("q-1")
                .references(List.of(Reference.cited("CLRS, chapter 7"), Reference.of("https://x.org"))).build();
        String yaml = BankStore.toYaml(q);
        assertThat(yaml).contains("references:\n  - title: \"CLRS, chapter 7\"\n  - url: https://x.org\n");
        assertThat(QbankMapper.yaml().readValue(yaml, Question.class)).isEqualTo(q);
        assertThat(CanonicalQuestionBinder.bind(CanonicalQuestionYaml.parse(yaml))).isEqualTo(q);
        assertThat(Reference.cited("CLRS, chapter 7").key()).isEqualTo("CLRS, chapter 7");
    }
}
