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

    /**
     * The imperatives ("简述", "explain") are one list with two users: deduplication reads them as the asks of their
     * kind, and an importer as a question that asks without a question mark (a Word table's left cells).
     */
    @Test
    void imperativesAreAsksAndOpenAQuestion() {
        Glossary g = Glossary.builtIn();
        assertThat(g.asks().longestAt(TextNormalizer.normalize("简述BN的作用"), 0).value()).isEqualTo(AskKind.DEFINITION);
        assertThat(g.asks().longestAt("compare adam and sgd", 0).value()).isEqualTo(AskKind.DIFFERENCE);
        assertThat(g.opensWithImperative("解释过拟合")).isTrue();
        assertThat(g.opensWithImperative("简述 BN 的作用")).isTrue();
        assertThat(g.opensWithImperative("Explain dropout")).isTrue();
        assertThat(g.opensWithImperative("解释")).isFalse(); // names nothing to explain
        assertThat(g.opensWithImperative("对比学习")).isFalse(); // contrastive learning, a term
        assertThat(g.opensWithImperative("Explanation of dropout")).isFalse();
        assertThat(g.opensWithImperative("BN 的作用")).isFalse();
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

    /**
     * dedup31: spellings of the field's terms (checked against a list of the terms interview banks ask most): each
     * names one concept, the one its group's first spelling names, alone in a question.
     */
    static final String[][] FIELD_SPELLINGS = {
            {"双向lstm", "双向长短期记忆网络", "双向长短期记忆", "双向长短时记忆"},
            {"dcgan", "深度卷积生成对抗网络", "deep convolutional gan", "deep convolutional generative adversarial network"},
            {"cyclegan", "cycle gan", "循环一致性生成对抗网络", "循环一致性对抗网络"},
            {"stylegan", "style gan", "风格生成对抗网络"},
            {"ddpm", "去噪扩散概率模型", "denoising diffusion probabilistic model", "denoising diffusion probabilistic models"},
            {"ddim", "去噪扩散隐式模型", "denoising diffusion implicit model", "denoising diffusion implicit models"},
            {"swin transformer", "swin", "swin-transformer"},
            {"bert", "bidirectional encoder representations from transformers"},
            {"gpt", "generative pre-trained transformer", "generative pretrained transformer", "生成式预训练transformer", "生成式预训练模型"},
            {"t5", "text-to-text transfer transformer"},
            {"detr", "detection transformer"},
            {"glove", "global vectors for word representation"},
            {"densenet", "稠密连接网络", "密集连接网络", "稠密网络", "densely connected network", "densely connected convolutional network"},
            {"vgg", "vggnet"},
            {"yolo", "you only look once"},
            {"区域建议网络", "区域候选网络", "区域提议网络", "候选区域生成网络"},
            {"图卷积网络", "图卷积神经网络", "graph convolutional networks"},
            {"位置编码", "position embedding", "position embeddings", "positional embeddings"},
            {"旋转位置编码", "旋转位置嵌入", "旋转编码", "rotary embedding"},
            {"深度可分离卷积", "depthwise separable conv", "depthwise separable convolutions", "深度可分卷积"},
            {"瓶颈结构", "瓶颈层", "bottleneck layer", "bottleneck block", "瓶颈模块"},
            {"组归一化", "groupnorm", "分组归一化"},
            {"rmsnorm", "均方根归一化", "均方根层归一化", "root mean square layer normalization"},
            {"梯度累积", "梯度累加", "gradient accumulate"},
            {"warmup", "学习率热身", "热身"},
            {"余弦退火", "cosine decay", "余弦衰减", "cosine annealing schedule", "余弦学习率"},
            {"he初始化", "何恺明初始化", "何凯明初始化", "he normal", "kaiming normal"},
            {"微调", "精调", "调优微调"},
            {"指令微调", "指令精调", "instruction fine-tuning", "instruction finetuning"},
            {"基于人类反馈的强化学习", "人类反馈强化学习", "人类反馈的强化学习"},
            {"无监督学习", "非监督学习", "非监督", "无监督式学习"},
            {"多任务学习", "mtl"},
            {"欠拟合", "欠拟和", "under fitting", "under-fitting"},
            {"交叉验证", "k-fold cross validation", "k fold cross validation", "k-fold cross-validation", "k-fold", "k折验证", "k折"},
            {"前向传播", "forward pass", "forward passes"},
            {"自动微分", "自动求导"},
            {"计算图", "computation graph", "computation graphs"},
            {"独热编码", "独热码", "one-hot encoding", "onehot", "one hot"},
            {"kl散度", "kl距离", "kullback leibler divergence", "kl divergence loss", "kl散度损失"},
            {"roc曲线", "receiver operating characteristic", "receiver operating characteristic curve"},
            {"auc", "roc曲线下面积", "area under the roc curve", "roc曲线下的面积"},
            {"pr曲线", "精确率-召回率曲线", "精确率召回率曲线", "查准率-查全率曲线", "查准率查全率曲线", "precision recall curve"},
            {"非极大值抑制", "非极大抑制", "非最大值抑制", "非最大抑制"},
            {"特异度", "真负率", "true negative rate", "tnr"},
            {"决定系数", "r平方", "r方", "coefficient of determination"},
            {"全局最优", "global minimum", "global minima"},
            {"小批量梯度下降", "mini-batch sgd", "mini batch sgd", "minibatch sgd", "小批量sgd", "mini-batch stochastic gradient descent"},
            {"nesterov", "nesterov动量", "nesterov momentum", "nesterov加速梯度"},
            {"逻辑回归", "逻辑斯蒂回归", "逻辑斯谛回归", "logistic regression model"},
            {"stacking", "堆叠法", "堆叠集成", "堆叠泛化", "stacked generalization"},
            {"贝叶斯网络", "贝叶斯网"},
            {"t-sne", "t-distributed stochastic neighbor embedding", "t分布随机邻域嵌入"},
            {"降维", "维度约简", "维数约简", "维度规约", "dimension reduction"},
            {"中心极限定理", "clt"},
            {"分词", "切词", "分词算法"},
            {"词袋模型", "bow"},
            {"tf-idf", "term frequency-inverse document frequency", "词频-逆文档频率", "词频逆文档频率", "词频-逆文本频率"},
            {"n-gram", "n元语法", "n元模型", "n元文法"},
            {"掩码语言模型", "masked language modeling", "masked language modelling", "遮蔽语言模型", "掩码语言建模"},
            {"机器翻译", "nmt"},
            {"检索增强生成", "检索增强"},
            {"上下文学习", "icl", "情境学习"},
            {"锚框", "先验框", "anchor boxes"},
            {"roi pooling", "感兴趣区域池化", "roi池化层"},
            {"clip", "contrastive language-image pre-training", "contrastive language image pretraining"},
            {"召回", "recall stage", "召回层"},
            {"actor-critic", "演员-评论家", "演员评论家"},
            {"时序差分", "td学习", "时序差分学习"},
            {"prelu", "parametric relu", "参数化relu"},
            {"elu", "exponential linear unit"},
            {"gelu", "gaussian error linear unit", "高斯误差线性单元"},
            {"selu", "scaled exponential linear unit"},
            {"edit distance", "编辑距离", "莱文斯坦距离"},
            {"深度信念网络", "deep belief network", "deep belief networks", "深度置信网络"},
            {"平均绝对百分比误差", "mape", "mean absolute percentage error"},
            {"f-beta", "f-beta score", "fβ", "fβ分数", "f beta分数", "fβ值"},
            {"独立成分分析", "ica", "independent component analysis", "独立分量分析"},
            {"jaccard相似度", "jaccard similarity", "jaccard相似系数", "jaccard系数", "jaccard index", "杰卡德相似系数", "杰卡德相似度", "杰卡德系数"},
            {"联合概率", "joint probability", "联合分布", "joint distribution", "联合概率分布", "joint probability distribution"},
            {"边缘概率", "marginal probability", "边缘分布", "marginal distribution", "边缘概率分布", "边际概率", "边际分布"},
            {"平均精度", "average precision"},
            {"inception score"},
            {"负对数似然", "negative log likelihood", "negative log-likelihood", "nll loss", "负对数似然损失"},
            {"二元交叉熵", "binary cross entropy", "binary cross-entropy", "bce", "bce loss", "二分类交叉熵", "二值交叉熵"},
            {"beta分布", "贝塔分布"},
            {"多头注意力", "mha"},
    };

    @Test
    void theFieldsSpellingsEachNameOneConcept() {
        QuestionAnalyzer a = new QuestionAnalyzer(Glossary.builtIn());
        for (String[] group : FIELD_SPELLINGS) {
            assertThat(a.profile(group[0]).core()).as(group[0]).hasSize(1);
            for (String spelling : group) {
                assertThat(a.profile(spelling).core()).as(spelling).isEqualTo(a.profile(group[0]).core());
            }
        }
    }

    @Test
    void theFieldsTwoSenseAbbreviationsNeedTheirNeighbours() {
        QuestionAnalyzer a = new QuestionAnalyzer(Glossary.builtIn());
        assertThat(a.profile("MAE和MSE的区别").core()).contains("平均绝对误差");
        assertThat(a.profile("How does MAE pre-train a ViT?").concepts()).doesNotContain("平均绝对误差");
        assertThat(a.profile("GAP和全连接层的区别").core()).contains("全局平均池化");
        assertThat(a.profile("Why is there a gap between training and validation loss?").concepts())
                .doesNotContain("全局平均池化");
        assertThat(a.profile("语言模型的PPL怎么计算").core()).contains("困惑度");
        assertThat(a.profile("How many ppl were interviewed?").concepts()).doesNotContain("困惑度");
    }

    @Test
    void builtInKnowsTheWiderSyllabus() {
        Glossary g = Glossary.builtIn();
        // dedup4: Chinese names, abbreviations and variants of terms any ML interview bank uses
        assertThat(g.conceptOf("隔离森林")).isNotNull().isEqualTo(g.conceptOf("孤立森林"))
                .isEqualTo(g.conceptOf("Isolation Forest"));
        assertThat(g.conceptOf("装袋法")).isNotNull().isEqualTo(g.conceptOf("Bagging"));
        assertThat(g.conceptOf("提升法")).isNotNull().isEqualTo(g.conceptOf("Boosting"));
        assertThat(g.conceptOf("MFCC")).isNotNull().isEqualTo(g.conceptOf("梅尔频率倒谱系数"));
        assertThat(g.conceptOf("极大后验估计")).isNotNull().isEqualTo(g.conceptOf("MAP estimation"))
                .isEqualTo(g.conceptOf("最大后验估计"));
        assertThat(g.conceptOf("CTC")).isNotNull().isEqualTo(g.conceptOf("connectionist temporal classification"));
        assertThat(g.conceptOf("gradient exploding")).isNotNull().isEqualTo(g.conceptOf("梯度爆炸"));
        assertThat(g.conceptOf("数据扩增")).isNotNull().isEqualTo(g.conceptOf("data augmentation"));
        assertThat(g.conceptOf("NAS")).isNotNull().isEqualTo(g.conceptOf("神经架构搜索"));
        assertThat(g.conceptOf("L1范数正则")).isNotNull().isEqualTo(g.conceptOf("L1正则化"));
        assertThat(g.conceptOf("自蒸馏")).isNotNull().isNotEqualTo(g.conceptOf("知识蒸馏"));
        assertThat(g.conceptOf("Pre-LN")).isNotNull().isNotEqualTo(g.conceptOf("LN"));
        assertThat(g.conceptOf("Soft-NMS")).isNotNull().isNotEqualTo(g.conceptOf("NMS"));
        // mixed writing: an English name with the Chinese head noun ("pooling层", "triplet损失")
        assertThat(g.conceptOf("pooling层")).isNotNull().isEqualTo(g.conceptOf("池化层"));
        assertThat(g.conceptOf("triplet损失")).isNotNull().isEqualTo(g.conceptOf("三元组损失"));
    }

    @Test
    void partOfAndEquivalentsAreChecked() throws Exception {
        Files.writeString(bank.resolve(BankStore.GLOSSARY), "part_of:\n  不存在的部件: [transformer]\n");
        assertThatThrownBy(() -> Glossary.forBank(bank)).isInstanceOf(QbankException.class)
                .hasMessageContaining("part_of names '不存在的部件', which is not a term");
        Files.writeString(bank.resolve(BankStore.GLOSSARY), "equivalents: [训练, training]\n");
        assertThatThrownBy(() -> Glossary.forBank(bank)).isInstanceOf(QbankException.class)
                .hasMessageContaining("equivalents group");
        Files.writeString(bank.resolve(BankStore.GLOSSARY), "senses:\n  lda:\n    未知概念: [pca]\n");
        assertThatThrownBy(() -> Glossary.forBank(bank)).isInstanceOf(QbankException.class)
                .hasMessageContaining("names '未知概念', which is not a term");
        Files.writeString(bank.resolve(BankStore.GLOSSARY), """
                terms:
                  - [脉冲神经网络, snn, spiking neural network]
                  - [脉冲, spike]
                part_of:
                  脉冲: [snn]
                equivalents:
                  - [膜电位, membrane potential]
                senses:
                  sn:
                    脉冲神经网络: [脉冲]
                """);
        QuestionAnalyzer a = new QuestionAnalyzer(Glossary.forBank(bank));
        assertThat(DuplicateScorer.compare(a.profile("SNN中脉冲的作用"), a.profile("脉冲有什么作用")).sure()).isTrue();
        assertThat(a.profile("SN的脉冲").concepts()).contains(a.glossary().conceptOf("SNN"));
        assertThat(DuplicateScorer.compare(a.profile("SNN的膜电位如何计算"),
                a.profile("How is the membrane potential of an SNN computed?"))
                .sure()).isTrue();
    }

    @Test
    void ambiguousAbbreviationsNameNoConcept() {
        Glossary g = Glossary.builtIn();
        // LR: learning rate or logistic regression; LDA: linear discriminant analysis or a topic model;
        // MAP: maximum a posteriori or mean average precision; bias: 偏差 or the bias term
        // and words with another meaning: detector, gap (global average pooling), did, zero (ZeRO), prior, mae (mean
        // absolute error or masked autoencoders), 提升方法 (boosting or "ways to improve")
        for (String s : new String[] {"LR", "LDA", "MAP", "bias", "detector", "gap", "did", "zero", "prior", "mae", "提升方法"}) {
            assertThat(g.conceptOf(s)).as(s).isNull();
        }
    }

    @Test
    void bankGlossaryExtendsTheBuiltInOne() throws Exception {
        assertThat(Glossary.forBank(bank).conceptOf("卷积神经元网络")).isNull();
        Files.writeString(bank.resolve(BankStore.GLOSSARY), """
                terms:
                  - [卷积神经元网络, cnn]
                  - [脉冲神经网络, snn, spiking neural network]
                fillers: [究极]
                """);
        Glossary g = Glossary.forBank(bank);
        assertThat(g.conceptOf("卷积神经元网络")).isEqualTo(g.conceptOf("CNN"));
        assertThat(g.conceptOf("SNN")).isEqualTo(g.conceptOf("脉冲神经网络"));
        QuestionAnalyzer a = new QuestionAnalyzer(g);
        assertThat(DuplicateScorer.compare(a.profile("什么是脉冲神经网络"), a.profile("什么是SNN？")).sure()).isTrue();
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

    /** A filler that is also a word with senses is marked, whichever of the two a later glossary file lists. */
    @Test
    void aFillerWithSensesIsMarkedInEitherOrder() {
        Glossary built = Glossary.builtIn();
        assertThat(Glossary.hasSenses(built.fillers().longestAt("em", 0))).isTrue(); // Portuguese "in", and EM
        assertThat(Glossary.hasSenses(built.fillers().longestAt("the", 0))).isFalse();
        Glossary bankFiller = built.extendedWith("fillers: [lda]\n", "glossary.yaml");
        assertThat(Glossary.hasSenses(bankFiller.fillers().longestAt("lda", 0))).isTrue();
        Glossary bankSenses = built.extendedWith("fillers: [zz]\n", "a.yaml").extendedWith(
                "senses:\n  zz:\n    线性判别分析: [主成分分析]\n", "glossary.yaml");
        assertThat(Glossary.hasSenses(bankSenses.fillers().longestAt("zz", 0))).isTrue();
    }
}
