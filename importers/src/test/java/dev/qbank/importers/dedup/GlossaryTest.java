package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.BankStore;
import dev.qbank.model.QbankException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
    @TempDir
    Path bank;

    @Test
    void builtInKnowsTheCommonSynonyms() {
        Glossary g = Glossary.builtIn();
        assertThat(g.conceptOf("CNN")).isEqualTo(g.conceptOf("卷积神经网络"));
        assertThat(g.conceptOf("Batch Normalization")).isEqualTo(g.conceptOf("批量归一化"))
                .isEqualTo(g.conceptOf("BN"));
        assertThat(g.conceptOf("激励函数")).isEqualTo(g.conceptOf("激活函数"));
        assertThat(g.conceptOf("梯度弥散")).isEqualTo(g.conceptOf("梯度消失"));
        assertThat(g.conceptOf("1×1卷积")).isEqualTo(g.conceptOf("1*1卷积"));
        assertThat(g.conceptOf("發展歷史")).isEqualTo(g.conceptOf("发展史"));
        assertThat(g.conceptOf("过拟合")).isNotEqualTo(g.conceptOf("欠拟合"));
        assertThat(g.conceptOf("Logistic Regression")).isEqualTo(g.conceptOf("逻辑回归"));
        assertThat(g.conceptOf("查准率")).isEqualTo(g.conceptOf("precision")).isNotEqualTo(g.conceptOf("recall"));
        assertThat(g.conceptOf("GBDT")).isNotEqualTo(g.conceptOf("XGBoost"));
    }

    @Test
    void builtInKnowsTheGeneralSyllabus() {
        Glossary g = Glossary.builtIn();
        assertThat(g.conceptOf("Knowledge Distillation")).isNotNull().isEqualTo(g.conceptOf("知识蒸馏"));
        assertThat(g.conceptOf("FM")).isNotNull().isEqualTo(g.conceptOf("Factorization Machines"));
        assertThat(g.conceptOf("Karush-Kuhn-Tucker conditions")).isNotNull().isEqualTo(g.conceptOf("KKT条件"));
        assertThat(g.conceptOf("GNN")).isNotNull().isEqualTo(g.conceptOf("图神经网络"));
        assertThat(g.conceptOf("样本不均衡")).isNotNull().isEqualTo(g.conceptOf("class imbalance"));
        assertThat(g.conceptOf("焦点损失")).isNotNull().isEqualTo(g.conceptOf("focal loss"));
        assertThat(g.conceptOf("卷積神經網路")).isNotNull().isEqualTo(g.conceptOf("CNN")); // Taiwan: 網路 = 网络
        assertThat(g.conceptOf("on-policy")).isNotNull().isNotEqualTo(g.conceptOf("off-policy"));
        assertThat(g.conceptOf("特征选择")).isNotNull().isNotEqualTo(g.conceptOf("特征提取"));
        // a term holding an ask word is read as the term: 对比学习 is no comparison, 特征工程 no "features of"
        QuestionAnalyzer a = new QuestionAnalyzer(g);
        assertThat(a.profile("对比学习的原理").primary()).isEqualTo(AskKind.PRINCIPLE);
        assertThat(DuplicateScorer.compare(a.profile("How does contrastive learning work?"),
                a.profile("对比学习的原理是什么？")).sure()).isTrue();
    }

    @Test
    void ambiguousAbbreviationsNameNoConcept() {
        Glossary g = Glossary.builtIn();
        // LR: learning rate or logistic regression; LDA: linear discriminant analysis or a topic model;
        // MAP: maximum a posteriori or mean average precision; bias: 偏差 or the bias term
        for (String s : new String[] {"LR", "LDA", "MAP", "bias"}) {
            assertThat(g.conceptOf(s)).as(s).isNull();
        }
    }

    @Test
    void bankGlossaryExtendsTheBuiltInOne() throws Exception {
        assertThat(Glossary.forBank(bank).conceptOf("卷积神经元网络")).isNull();
        Files.writeString(bank.resolve(BankStore.GLOSSARY), """
                terms:
                  - [卷积神经元网络, cnn]
                  - [胶囊网络, capsnet, capsule network]
                fillers: [究极]
                """);
        Glossary g = Glossary.forBank(bank);
        assertThat(g.conceptOf("卷积神经元网络")).isEqualTo(g.conceptOf("CNN"));
        assertThat(g.conceptOf("CapsNet")).isEqualTo(g.conceptOf("胶囊网络"));
        QuestionAnalyzer a = new QuestionAnalyzer(g);
        assertThat(DuplicateScorer.compare(a.profile("什么是胶囊网络"), a.profile("什么是CapsNet？")).sure()).isTrue();
    }

    @Test
    void brokenBankGlossaryIsOneClearError() throws Exception {
        Files.writeString(bank.resolve(BankStore.GLOSSARY), "terms:\n  - [a, b]\nsynonyms: []\n");
        assertThatThrownBy(() -> Glossary.forBank(bank)).isInstanceOf(QbankException.class)
                .hasMessageContaining("glossary.yaml").hasMessageContaining("unknown key 'synonyms'");
        Files.writeString(bank.resolve(BankStore.GLOSSARY), "asks:\n  meaning: [含义]\n");
        assertThatThrownBy(() -> Glossary.forBank(bank)).isInstanceOf(QbankException.class)
                .hasMessageContaining("unknown ask kind 'meaning'");
    }
}
