package dev.qbank.importers.notion;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmphasisStripperTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ***解释1*1卷积操作的意义？***                                         | 解释1*1卷积操作的意义？
            *****基于区域的目标检测神经网络*(R-CNN)、*Fast R-CNN*和*Faster R-CNN*之间有什么区别？** | 基于区域的目标检测神经网络(R-CNN)、Fast R-CNN和Faster R-CNN之间有什么区别？
            **深度学习中，如何选择激活函数**？                                     | 深度学习中，如何选择激活函数？
            什么是***Deep Recurrent Q-Network*?**                                 | 什么是Deep Recurrent Q-Network?
            ***深度学习和机器学习本质的区别在哪里？***                              | 深度学习和机器学习本质的区别在哪里？
            plain text, no markup                                                 | plain text, no markup
            **unclosed bold                                                       | **unclosed bold
            a * b * c                                                             | a * b * c
            ***a*b and 3*3***                                                     | a*b and 3*3
            ***a*b 与 a**b 在 Python 中有何区别？***                              | a*b 与 a**b 在 Python 中有何区别？
            **2**10 and x***y**                                                   | 2**10 and x***y
            **__init__ and x_i**                                                  | __init__ and x_i
            ***\\*escaped\\* and `code *span*`***                                 | *escaped* and `code *span*`
            # not a heading **here**                                              | # not a heading here
            - not a list                                                          | - not a list
            *[link *text*](https://x.org/a*b)*                                    | [link text](https://x.org/a*b)
            """)
    void stripsMarkersAndKeepsCharacters(String input, String expected) {
        assertThat(EmphasisStripper.strip(input.replace("\\\\", "\\"))).isEqualTo(expected);
    }

    /**
     * Question text as it occurs (CJK, Latin words, digits, punctuation, literal stars between letters or digits
     * such as 1*1 or a**b), wrapped whole in bold, italic or both, loses exactly the wrapping.
     */
    @Property(tries = 500)
    void wrappingInEmphasisKeepsEveryCharacter(@ForAll("questionText") String text, @ForAll("wrap") String wrap) {
        assertThat(EmphasisStripper.strip(wrap + text + wrap)).isEqualTo(text);
    }

    /** Emphasis around parts of the text, nested inside an outer wrap, also loses only its markers. */
    @Property(tries = 500)
    void innerEmphasisKeepsEveryCharacter(@ForAll("questionText") String a, @ForAll("questionText") String b,
            @ForAll("questionText") String c) {
        String marked = "***" + a + "、*" + b + "*和" + c + "***";
        assertThat(EmphasisStripper.strip(marked)).isEqualTo(a + "、" + b + "和" + c);
    }

    @Property(tries = 300)
    void textWithoutMarkupIsUnchanged(@ForAll("questionText") String text) {
        assertThat(EmphasisStripper.strip(text)).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> wrap() {
        return Arbitraries.of("*", "**", "***");
    }

    @Provide
    Arbitrary<String> questionText() {
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> product = Combinators.combine(word, word).as((x, y) -> x + "*" + y);
        Arbitrary<String> token = Arbitraries.oneOf(cjk, word, product, word.map(w -> "_" + w + "_"),
                Arbitraries.of("，", "、", "（", "）", "-", "/", "1*1", "3*3", "a*b", "a**b", "2**10"));
        Arbitrary<String> separator = Arbitraries.of("", "", " ");
        Arbitrary<String> body = Combinators.combine(token, separator).as((t, s) -> t + s)
                .list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts).strip());
        Arbitrary<String> end = Arbitraries.of("", "？", "?", "。");
        return Combinators.combine(cjk, body, end).as((first, rest, e) -> first + rest + e);
    }
}
