package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Profiling takes any text an importer hands it. Questions are built from the pieces the analyzer reacts to (terms,
 * ask phrases, fillers, versions, brackets, clause breaks) in any order, at any position, including the very end,
 * where a look past the last character once threw ("什么是Ring All-Reduce？"), and the framing stripped before
 * analysis (labels, leads, follow-ups, context sentences), which may leave nothing.
 */
class QuestionAnalyzerPropertyTest {
    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(Glossary.builtIn());

    private static final List<String> PIECES = List.of("什么是", "如何解决", "检测", "处理", "减少", "reduce", "的",
            "作用", "区别", "和", "有哪些", "？", "?", "。", "，", "（", "）", "(", ")", "[", "]", " ", "v", "v3", "50",
            "yolo", "YOLOv3", "ResNet50", "cnn", "卷积神经网络", "人脸", "点云", "车牌", "异常", "过拟合", "梯度消失",
            "自然语言处理", "nlp", "深度学习中的", "请简述", "进行", "之处", "一下", "all-", "Ring ", "ｖ２", "１", "　",
            "\t", "\n", "*", "1*1", "#", "+", "為什麼", "ＲＬＨＦ", "a", "z", "9", "中", "问题",
            "l1", "l2正则", "最大", "平均池化", " and ", "/", "方法", "梯度", "截取", "gradient clipping", "lstm",
            // dedup4: translated residual words, settings and parts, senses, the square-root sign, 方式
            "训练时", "而不是", "instead of", "called", "faster r-cnn", "rpn", "决策树", "id3", "、", "lda", "pca", "lr",
            "map", "mle", "√", "dk", "方式", "什么时候", "时",
            // dedup8: framing (labels, tags, rounds, leads, follow-ups, openers, sentence ends), joins, implement
            "简答题：", "名词解释", "【必考】", "（5分）", "Q3.", "3、", "第2题", "字节", "一面", "问了", "面试官问：",
            "追问", "follow-up:", "请问", "my question is", ". ", "e.g. ", "In production. ", " vs ", "对比", "c++",
            "手撕", "implement", "drop out", "preferred over", "推理时");

    @Provide
    Arbitrary<String> questions() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void anyTextProfilesAndIsASureDuplicateOfItself(@ForAll("questions") String text) {
        QuestionProfile p = ANALYZER.profile(text);
        assertThat(DuplicateScorer.isSure(p, ANALYZER.profile(text))).isTrue();
    }
}
