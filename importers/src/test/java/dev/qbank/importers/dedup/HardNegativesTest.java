package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adversarial look-alikes written for dedup5 (not taken from any fixture): pairs that share topic, ask and most
 * words but ask different things. A false merge hides a question from learners, so none may be a sure duplicate.
 */
class HardNegativesTest {
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(Glossary.builtIn());

    static final String[][] HARD_NEGATIVES = {
        // dedup37: the reach of the ask and setting rules: a choice still points a way, a versus with a difference word
        // of its own is no choice, two scenes are never swapped, a name the glossary does not know in a "在X中" clause
        // is no scene, the words after a category of two names still count, 好 still judges, PPO's clip is not CLIP,
        // the A/A test is not the A/B test, and a convex set is no convex function
        {"When should you use Adam instead of SGD?", "When should you use SGD instead of Adam?"},
        {"Adam vs SGD 区别，怎么选", "Adam和SGD如何选择"},
        {"在推荐场景下，如何处理类别不平衡？", "在风控场景下，如何处理类别不平衡？"},
        {"在小样本场景下，如何做数据增强？", "在大样本场景下，如何做数据增强？"},
        {"在Kubeflow中，如何处理类别不平衡？", "如何处理类别不平衡"},
        {"Adam与RMSProp两种优化方法的收敛速度", "Adam与RMSProp两种优化方法的内存占用"},
        {"What does GRU improve over LSTM?", "What are the drawbacks of GRU compared to LSTM?"},
        {"ResNet相比VGG好在哪", "VGG相比ResNet好在哪"},
        {"CLIP的对比学习目标是什么", "PPO的clip目标函数是什么"},
        {"A/A测试的作用", "A/B测试的作用"},
        {"什么是凸集", "什么是凸函数"},
        // dedup36: a count in digits is still a count ("2次" / "三次"); bounds and streams are opposites though 上 and 下
        // are fillers; a meaning of a named sort is no purpose; "相对" points a way; a design step's reason is no
        // outcome's; "dp" beside dynamic programming's words is not data parallelism; the families and PyTorch's names
        // are settings, never a second subject swapped
        {"连续2次正面门控残差融合的次数", "连续三次正面门控残差融合的次数"},
        {"连续2次失败的概率", "连续3次失败的概率"},
        {"门控残差融合的上界", "门控残差融合的下界"},
        {"What is the upper bound of blorft scaling?", "What is the lower bound of blorft scaling?"},
        {"翠鸟折叠法在上游任务中的作用", "翠鸟折叠法在下游任务中的作用"},
        {"特征值的几何意义", "特征值有什么意义"},
        {"门控残差融合相对块状量化缩放的优势", "块状量化缩放相对门控残差融合的优势"},
        {"RoBERTa相对BERT的改进", "RoBERTa相对BERT的缺点"},
        {"使用Adam出现不收敛的原因", "为什么要使用Adam"},
        {"Why was attention introduced into seq2seq models?", "Why does attention work in seq2seq models?"},
        {"Why is RoBERTa slow compared to BERT?", "RoBERTa和BERT的区别"},
        {"dp和memoization的区别", "DataParallel和memoization的区别"},
        {"Why does a neuron need a bias?", "为什么需要偏差"},
        {"word2vec中负采样的原理", "GloVe中负采样的原理"},
        {"为什么分布式训练要用 sync BN", "为什么分布式训练要用 BN"},
        // dedup35: a numeral, an ordinal, a direction or one of two opposites swapped, or "not", "but X" or "make X
        // larger" said on one side only: another question whatever the term, known or invented
        {"翠鸟折叠法连续两次失败的概率", "翠鸟折叠法连续三次失败的概率"},
        {"块状量化缩放第二步做什么", "块状量化缩放第三步做什么"},
        {"块状量化缩放的最大值怎么算", "块状量化缩放的最小值怎么算"},
        {"翠鸟折叠法前的特征有什么特点", "翠鸟折叠法后的特征有什么特点"},
        {"为什么卷积层后要接翠鸟折叠法", "为什么卷积层后不用接翠鸟折叠法"},
        {"除了门控残差融合，还有哪些方法能缓解梯度消失", "门控残差融合为什么能缓解梯度消失"},
        {"如何增大块状量化缩放的系数", "块状量化缩放的系数怎么计算"},
        {"What is the first step of blorft scaling?", "What is the second step of blorft scaling?"},
        {"Why does blorft scaling increase the loss?", "Why does blorft scaling decrease the loss?"},
        {"Should blorft scaling come before the residual branch?", "Should blorft scaling come after the residual branch?"},
        {"How do you find the minimum of the blorft scaling curve?", "How do you find the maximum of the blorft scaling curve?"},
        {"Besides blorft scaling, what reduces overfitting?", "Why does blorft scaling reduce overfitting?"},
        {"交叉熵的最大值是多少", "交叉熵的最小值是多少"},
        {"BN放在激活函数前有什么好处", "BN放在激活函数后有什么好处"},
        {"Why does dropout increase training time?", "Why does dropout decrease training time?"},
        {"除了dropout还有哪些防止过拟合的方法", "dropout为什么能防止过拟合"},
        // dedup34: a joined name is only the term it spells
        {"FasterRCNN的原理", "Fast R-CNN的原理"},
        {"MaskRCNN的原理", "Faster R-CNN的原理"},
        // dedup34: a passive how or a list of kinds is still not another ask of the same thing
        {"How is CLIP trained?", "What is CLIP trained on?"},
        {"How is BERT fine-tuned?", "How is BERT pretrained?"},
        {"What PEFT methods do you know?", "What is PEFT?"},
        {"What activation functions are there?", "What is an activation function?"},
        // dedup34: the new names' siblings stay apart
        {"前融合的优点", "后融合的优点"},
        {"What is multi-channel recall?", "What is recall?"},
        {"GPTQ的原理", "AWQ的原理"},
        {"什么是GAUC", "什么是AUC"},
        {"Q-Former的作用", "Transformer的作用"},
        {"LLaVA的结构", "BLIP-2的结构"},
        {"Mixup augmentation的原理", "CutMix augmentation的原理"},
        {"VLM为什么会产生幻觉", "大语言模型为什么会产生幻觉"},
        // dedup34: the whole a method belongs to is no name of the method
        {"早期融合的缺点", "多模态学习的缺点"},
        {"GPTQ的原理", "模型量化的原理"},
        {"多路召回怎么做", "推荐系统的召回怎么做"},
        {"锚框在目标检测中起什么作用", "无锚框在目标检测中起什么作用"},
        // dedup34: improvements over two different things; two terms understood
        {"ResNeXt相比ResNet做了什么改进", "ResNeXt相比Inception做了什么改进"},
        {"如何直观理解交叉熵", "如何直观理解KL散度"},
        // dedup33: a bracket that declares no name: an example, a list, a setting, a company note, initials that do
        // not spell it; and two unknown names declared by two questions are not one
        {"什么是门控残差融合（如ResNet）？", "什么是ResNet"},
        {"什么是门控残差融合（e.g. BERT）？", "What is BERT?"},
        {"讲讲门控残差融合（LSTM、GRU）", "讲讲LSTM"},
        {"讲讲SGR（美团）", "讲讲BQS（美团）"},
        {"讲讲SGR（二面）", "讲讲BQS（二面）"},
        {"What is quantile folding (SGR)?", "What is SGR?"},
        {"什么是稀疏门控路由（SGR）？", "什么是块状量化缩放（BQS）？"},
        {"What is SGR?", "What is BQS?"},
        {"讲讲这个模型（SGR）", "讲讲这个模型（BQS）"},
        {"讲讲这个算法（SGR）", "讲讲这个算法（BQS）"},
        {"这种方法（SGR）有什么缺点", "这种方法（BQS）有什么缺点"},
        // dedup33: one side of the pros and cons is another ask
        {"门控残差融合有什么缺点", "门控残差融合的优点和缺点"},
        {"门控残差融合有什么优点", "门控残差融合有什么缺点"},
        // session 39 (imp36's book bank): the common structures of a thing list its architectures, not its parts
        {"神经网络组成？", "神经网络有哪些常用模型结构？"},
        {"神经网络由哪些部分组成", "常见的神经网络结构有哪些"},
        {"CNN的结构", "常见的CNN结构有哪些"},
        // dedup32: a field that is a method's setting is no setting of another of its methods
        {"DARTS的原理", "ENAS的原理"},
        {"CTC在语音识别中的作用", "CTC在文字识别中的作用"},
        // dedup32: a head written once names both; the first alone is another question
        {"梯度消失、爆炸怎么解决", "梯度消失怎么解决"},
        {"梯度裁剪和累加分别有什么用", "梯度裁剪有什么用"},
        // dedup32: one who acts makes a why a purpose; a state's why stays a cause, and "instead of" keeps its sides
        {"Why do we standardize the inputs?", "Why does standardization work?"},
        {"why hinge loss instead of cross entropy for an SVM?", "why cross entropy instead of hinge loss for an SVM?"},
        // dedup32: a how-to counts as a principle ask, but not a design, a fix, a choice or another verb
        {"How would you design a rate limiter?", "How does a rate limiter work?"},
        {"如何设计一个推荐系统", "推荐系统的原理"},
        {"如何增大感受野", "感受野怎么计算"},
        {"学习率怎么设置", "学习率衰减的原理"},
        // dedup31: a spelling the glossary did not know was read as a sibling inside it
        {"非监督学习的特点", "监督学习的特点"},
        {"先验框是什么", "先验概率是什么"},
        {"图卷积神经网络的原理", "卷积神经网络的原理"},
        {"ROC曲线下面积的含义", "ROC曲线的含义"},
        {"binary cross entropy的公式", "交叉熵的公式"},
        {"深度信念网络是什么", "贝叶斯网络是什么"},
        {"average precision怎么计算", "precision怎么计算"},
        {"Inception Score是什么", "Inception网络是什么"},
        {"联合概率和条件概率的区别", "边缘概率和条件概率的区别"},
        {"MAE和MSE的区别", "RMSE和MSE的区别"},
        // dedup30: L1/L2 and CE resolve only beside their context; a letter with a number stays its number otherwise
        {"为什么L1会让权重稀疏", "为什么L2会让权重稀疏"},
        {"L1 cache和L2 cache的区别", "L1 cache是什么"},
        {"I was asked about L4 load balancers", "I was asked about L7 load balancers"},
        {"多分类为什么用CE不用MSE", "多分类为什么用MSE不用CE"},
        // dedup30: counts are details, not every number: three gates are not two
        {"LSTM的三个门分别是什么", "GRU的两个门分别是什么"},
        // dedup30: advantages judged against another keep their direction and their second concept; a family is
        // no setting of the one member a comparison judges it against
        {"What are the advantages of GELU over ReLU?", "What are the advantages of ReLU over GELU?"},
        {"What are the advantages of GELU over ReLU?", "What are the advantages of GELU?"},
        {"GRU比RNN好在哪", "GRU好在哪"},
        {"GRU相比RNN有什么优势", "GRU有什么优势"},
        {"LSTM和RNN的区别", "LSTM的特点"},
        // dedup30: a prediction phase is inference, not training
        {"BN在预测时怎么计算均值", "BN在训练时怎么计算均值"},
        {"Why is layer normalization useful?", "Why does layer normalization work?"},
        // dedup29: after an article's numbered heading or a study guide's heading the question's own numbers stay
        {"3 | 1x1 卷积的作用", "3 | 3x3 卷积的作用"},
        {"Concept check — what is L1 regularization?", "Concept check — what is L2 regularization?"},
        {"基于内容的推荐是什么", "基于协同过滤的推荐是什么"},
        {"ELI5: how does beam search work?", "What is beam search?"},
        {"全连接层的作用", "全连接网络的作用"},
        {"信息增益比是什么", "信息增益是什么"},
        {"BN和LN分不清？", "BN和LN分别是什么"},
        // dedup28: after a section tag only the running number goes; the question's own numbers stay
        {"【卷积】12. 1x1 卷积的作用", "【卷积】12. 3x3 卷积的作用"},
        {"🔥 第 3 题：YOLOv5 的改进", "🔥 第 3 题：YOLOv8 的改进"},
        // dedup28: a variant with its head noun is not the head, nor its sibling; the new spellings' siblings
        {"Pre-LN Transformer是什么", "Post-LN Transformer是什么"},
        {"Transformer的原理", "Pre-LN Transformer的原理"},
        {"Xavier初始化的原理", "He初始化的原理"},
        {"后训练量化是什么", "量化感知训练是什么"},
        {"Maximum likelihood是什么", "最大后验估计是什么"},
        {"- [ ] What does dropout do?", "- [ ] Why does dropout work?"},
        {"Warm-up: why is it needed?", "Why is it needed?"},
        {"为什么选择Adam而不是SGD", "为什么选择SGD而不是Adam"},
        {"LightGBM 比 XGBoost 快在哪里", "XGBoost 比 LightGBM 快在哪里"},
        {"anchor-free检测器的原理", "目标检测的原理"},
        {"为什么需要分组条件随机场", "为什么需要分层条件随机场"},
        {"What are dilated convolutions used for?", "When should you use dilated convolutions?"},
        {"二阶泰勒展开是什么", "泰勒展开是什么"},
        {"What are the two stages of RLHF?", "What are two-stage detectors?"},
        {"正弦位置编码是什么", "位置编码是什么"},
        {"正弦位置编码是什么", "旋转位置编码是什么"},
        {"What is the formula of softmax?", "What is softmax?"},
        {"What does the CLS token do?", "What is cumulative layout shift?"},
        {"In an LSTM, what does each gate do?", "In an LSTM, what is each gate?"},
        // dedup27: a dense model is a second concept beside MoE, and not a dense (fully connected) layer; imbalance
        // of positives and negatives is not what positives and negatives are
        {"MoE的优缺点", "MoE和稠密模型相比的优缺点"},
        {"稠密模型是什么", "全连接层是什么"},
        {"What is a dense model?", "What is a dense layer?"},
        {"正负样本不平衡怎么办", "正负样本怎么定义"},
        {"How to handle OOV words?", "How to handle a large vocabulary?"},
        {"什么是未登录词", "什么是词表"},
        {"光流法的原理", "光流估计网络FlowNet的原理"},
        {"正确率是什么", "精确率是什么"},
        {"正确率和召回率的区别", "准确率和精确率的区别"},
        // session 36: another ask in Swahili, Taglish, Norwegian and Persian; one frame around two questions of a talk
        // or a notebook; a sibling of a shared head; two frequencies; sibling terms of the new topics
        {"Dropout ni nini?", "Kwa nini dropout?"},
        {"Ano ang dropout?", "Bakit dropout?"},
        {"Hva er dropout?", "Hvorfor dropout?"},
        {"dropout چیست؟", "چرا dropout؟"},
        {"Hva er dropout?", "Hvordan fungerer dropout?"},
        {"AUDIENCE (mic 1): What is dropout?", "AUDIENCE (mic 1): What is batch normalization?"},
        {"In [3]: # Q: What is dropout?", "In [3]: # Q: Why dropout?"},
        {"Hva er forskjellen på intern og ekstern fragmentering?", "Hva er ekstern fragmentering?"},
        {"Hva er 2,4 GHz Wi-Fi?", "Hva er 5 GHz Wi-Fi?"},
        {"What is incidence?", "What is prevalence?"},
        {"What is NP-hard?", "What is NP-complete?"},
        {"Hva er tredje normalform?", "Hva er BCNF?"},
        {"What is last-touch attribution?", "What is multi-touch attribution?"},
        {"Tofauti kati ya GPL na BSD license ni ipi?", "Tofauti kati ya GPL na MPL license ni ipi?"},
        {"Kailan gagamit ng LSTM?", "Ano ang LSTM?"},
        {"Paano i-measure ang perplexity?", "Ano ang perplexity?"},
        {"Hvordan beregner man perplexity?", "Hva er perplexity?"},
        // session 35: scripts read letter by letter (Bengali, Tamil, Armenian) share most letters whatever they ask;
        // Ukrainian's own letters
        {"SPF এবং DKIM-এর মধ্যে পার্থক্য কী?", "DKIM এবং DMARC-এর মধ্যে পার্থক্য কী?"},
        {"SPF மற்றும் DKIM இடையே உள்ள வேறுபாடு என்ன?", "DKIM மற்றும் DMARC இடையே உள்ள வேறுபாடு என்ன?"},
        {"Ինչ է dropout-ը?", "Ինչու է dropout-ը?"},
        {"Яка різниця між SPF і DKIM?", "Яка різниця між DKIM і DMARC?"},
        // session 35: one frame around every question of a bank, with a field name in it (a sign-up sheet's "topic:")
        {"Office hours (Tue 3pm), topic: sorting — my q: why is quicksort fast?",
            "Office hours (Tue 3pm), topic: hashing — my q: what is a hash collision?"},
        {"Office hours (Wed 10am), topic: databases — my q: what is a database index?",
            "Office hours (Wed 10am), topic: compilers — my q: what is constant folding?"},
        {"Office hours (Mon 1pm), topic: sorting — my q: what makes a sort stable?",
            "Office hours (Mon 1pm), topic: caching — my q: what do the hit rates tell you?"},
        {"Sprechstunde (Di), Thema: Sortieren — meine Frage: Was ist Quicksort?",
            "Sprechstunde (Di), Thema: Hashing — meine Frage: Was ist eine Kollision?"},
        // dedup25: another ask in Ukrainian, Hungarian, Bengali and Tamil; a sign-up row's topic is its setting, not
        // what it asks about; a Hungarian case ending on one term is not another term
        {"Що таке dropout?", "Чому dropout?"},
        {"Mi az a dropout?", "Miért dropout?"},
        {"Dropout কী?", "Dropout কেন?"},
        {"Dropout என்றால் என்ன?", "Dropout ஏன்?"},
        {"Office hours (Mon 2pm), topic: dropout — my q: what is batch normalization?", "What is dropout?"},
        {"Mi az a dropout a CNN-ben?", "Mi az a dropout az RNN-ben?"},
        // dedup24: another ask in Romanian, Hindi, Arabic and Hebrew, a sibling in Finnish, negation in Romanian and
        // Hebrew, two parts of a file system
        {"Ce este dropout?", "De ce dropout?"},
        {"dropout क्या है?", "dropout क्यों?"},
        {"ما هو dropout؟", "لماذا dropout؟"},
        {"מה זה dropout?", "למה dropout?"},
        {"Mikä on vertex shader?", "Mikä on fragment shader?"},
        {"De ce se folosește dropout?", "De ce nu se folosește dropout?"},
        {"למה משתמשים ב-dropout?", "למה לא משתמשים ב-dropout?"},
        {"Ce este un inode?", "Ce este un hard link?"},
        // dedup23: another ask in Dutch, Greek and Thai, a sibling in Swedish and Czech, a word the glossary reads in
        // one field and a bank's name in another (CNN stride / STRIDE), another case of one Greek noun
        {"Wat is dropout?", "Waarom dropout?"},
        {"Τι είναι το dropout;", "Γιατί το dropout;"},
        {"dropout คืออะไร", "ทำไมต้องใช้ dropout"},
        {"Vad är horizontal scaling?", "Vad är vertical scaling?"},
        {"Co je IAM user?", "Co je IAM role?"},
        {"Jaký je rozdíl mezi LSTM a GRU?", "Jaký je rozdíl mezi LSTM a RNN?"},
        {"Ποια είναι η διαφορά μεταξύ L1 και L2 regularization;", "Τι είναι η L2 regularization;"},
        {"Wanneer gebruik je dropout?", "Wanneer gebruik je geen dropout?"},
        {"När ska man använda dropout?", "När ska man inte använda dropout?"},
        // dedup22: another ask in Turkish, Polish and Hinglish, another term under one LaTeX exam's markup
        {"Dropout nedir?", "Dropout neden kullanılır?"},
        {"What is a closure in JavaScript?", "What is a closure in Swift?"},
        {"What is a mock?", "What is a stub?"},
        {"Czym jest dropout?", "Dlaczego dropout?"},
        {"Dropout kya hota hai?", "Dropout kyun use hota hai?"},
        {"\\question Explain dropout. \\hfill [4 marks]", "\\question Explain batch normalization. \\hfill [4 marks]"},
        {"Screening Q3 (ML): Can the candidate explain dropout? ☐ yes ☐ no", "Screening Q3 (ML): Can the candidate explain L2 regularization? ☐ yes ☐ no"},
        // dedup21: another ask, another case of one noun in another question, negation in French and Russian
        {"Qu'est-ce que le dropout ?", "Pourquoi le dropout ?"},
        {"Что такое кэш?", "Как избежать промаха кэша?"},
        {"Что такое мьютекс?", "Что такое семафор?"},
        {"Pourquoi le tri rapide est-il stable ?", "Pourquoi le tri rapide n'est-il pas stable ?"},
        {"Почему быстрая сортировка устойчива?", "Почему быстрая сортировка не устойчива?"},
        {"What is a dynamic array?", "O que é um array ordenado?"},
        // dedup14: look-alikes of the new framings and vocabulary
        {"What is a t-test?", "What is a z-test?"},
        {"What is a confidence interval?", "What is a credible interval?"},
        {"UserCF的缺点", "ItemCF的缺点"},
        {"Distinguish bagging from boosting.", "What is bagging?"},
        {"过拟合怎么破", "过拟合的原因"},
        {"What dropout does?", "What is dropout?"},
        {"What does a tokeniser do?", "What does a normaliser do?"},
        {"What is the discount factor?", "What is the learning rate?"},
        {"MF和FM的区别", "矩阵分解和协同过滤的区别"},
        {"Ask the candidate why dropout is used.", "Ask the candidate why dropout is slow."},
        {"一文读懂探索与利用", "一文读懂强化学习"},
        // contrast / preference: the direction is the question
        {"为什么用ReLU而不是sigmoid？", "为什么用sigmoid而不是ReLU？"},
        {"为什么Transformer用LayerNorm而不是BatchNorm", "为什么Transformer用BatchNorm而不是LayerNorm"},
        {"为什么用交叉熵而非均方误差作为分类损失", "为什么用均方误差而非交叉熵作为分类损失"},
        {"为什么用Adam不用SGD", "为什么用SGD不用Adam"},
        {"Why use ReLU instead of sigmoid?", "Why use sigmoid instead of ReLU?"},
        {"Why use cross entropy rather than MSE?", "Why use MSE rather than cross entropy?"},
        {"Why prefer Adam over SGD?", "Why prefer SGD over Adam?"},
        {"为什么LSTM优于RNN", "为什么RNN优于LSTM"},
        {"为什么GRU比LSTM快", "为什么LSTM比GRU快"},
        {"LSTM相比RNN有什么优势", "RNN相比LSTM有什么优势"},
        {"What are the advantages of LSTM over RNN?", "What are the advantages of RNN over LSTM?"},
        {"XGBoost比GBDT好在哪里", "GBDT比XGBoost好在哪里"},
        // negation
        {"为什么不能用sigmoid做深层网络的激活函数", "为什么用sigmoid做深层网络的激活函数"},
        {"为什么逻辑回归不能用均方误差作为损失", "为什么逻辑回归用均方误差作为损失"},
        {"Why can't we initialize all weights to zero?", "Why do we initialize all weights to zero?"},
        // opposite words
        {"Dropout的优点", "Dropout的缺点"},
        {"学习率过大会怎样", "学习率过小会怎样"},
        {"学习率设置过大会有什么问题", "学习率设置过小会有什么问题"},
        {"What happens if the learning rate is too large?", "What happens if the learning rate is too small?"},
        {"增大batch size对训练的影响", "减小batch size对训练的影响"},
        {"BN在训练时和推理时的区别", "BN在训练时的作用"},
        {"BN在训练时如何计算均值", "BN在推理时如何计算均值"},
        {"Dropout在训练时怎么做", "Dropout在推理时怎么做"},
        {"L1正则化的作用", "L2正则化的作用"},
        {"为什么L1正则化能产生稀疏解", "为什么L2正则化能产生稀疏解"},
        {"前向传播的过程", "反向传播的过程"},
        {"Transformer encoder的结构", "Transformer decoder的结构"},
        {"Transformer的encoder有哪些层", "Transformer的decoder有哪些层"},
        {"上采样有哪些方法", "下采样有哪些方法"},
        {"什么是精确率", "什么是召回率"},
        {"How to improve precision?", "How to improve recall?"},
        {"3x3卷积的作用", "1x1卷积的作用"},
        {"BERT-base有多少参数", "BERT-large有多少参数"},
        {"ResNet50和ResNet101的区别", "ResNet18和ResNet34的区别"},
        {"什么是欠拟合", "什么是过拟合"},
        {"如何解决梯度消失", "如何解决梯度爆炸"},
        {"正样本太多怎么办", "负样本太多怎么办"},
        {"什么是单向LSTM", "什么是双向LSTM"},
        {"最大池化的作用", "平均池化的作用"},
        {"生成器的损失函数", "判别器的损失函数"},
        {"训练集准确率高测试集准确率低是什么原因", "训练集准确率低测试集准确率高是什么原因"},
        {"模型在训练集上表现好在测试集上表现差怎么办", "模型在训练集上表现差怎么办"},
        {"特征维度过高怎么办", "特征维度过低怎么办"},
        {"卷积核越大越好吗", "卷积核越小越好吗"},
        {"为什么神经网络要加深而不是加宽", "为什么神经网络要加宽而不是加深"},
        {"为什么要用小卷积核代替大卷积核", "为什么要用大卷积核代替小卷积核"},
        {"How does increasing the batch size affect training?", "How does decreasing the batch size affect training?"},
        {"What is the difference between online and offline evaluation?", "What is online evaluation?"},
        {"静态图和动态图的优缺点", "动态图的优缺点"},
        {"线上效果好线下效果差的原因", "线下效果好线上效果差的原因"},
        {"AUC高但准确率低的原因", "AUC低但准确率高的原因"},
        {"为什么偏差大方差小", "为什么偏差小方差大"},
        {"样本数少于特征数时怎么办", "特征数少于样本数时怎么办"},
        // which acts on which
        {"batch size对学习率的影响", "学习率对batch size的影响"},
        {"What is the effect of batch size on the learning rate?", "What is the effect of the learning rate on batch size?"},
        {"正则化对偏差有什么影响", "偏差对正则化有什么影响"},
        // order of steps
        {"先BN后激活有什么好处", "先激活后BN有什么好处"},
        {"为什么Dropout要在BN之前", "为什么Dropout要在BN之后"},
        // dedup6: a why counts as a cause ask, but not across negation, opposites or direction
        {"为什么GAN训练不稳定", "GAN训练稳定的原因"},
        {"为什么模型会过拟合", "模型欠拟合的原因"},
        {"为什么ReLU比sigmoid好", "sigmoid比ReLU好的原因"},
        {"Why is GRU faster than LSTM?", "LSTM比GRU快的原因"},
        // dedup6: a phase after a concept is its setting: one side may leave it out, never swap it
        {"大模型训练加速方法", "大模型推理加速方法"},
        {"GAN训练的技巧有哪些", "GAN推理的技巧有哪些"},
        {"BERT training的技巧", "BERT inference的技巧"},
        {"Dropout在推理时怎么做", "Dropout怎么做"},
        {"How does BN behave at inference time?", "How does BN behave?"},
        // dedup6: a misspelt word of a two-word term names it only with its other word spelt right
        {"recommender sytem的冷启动", "recommender的冷启动"},
        {"gradient descnet的原理", "gradient boosting的原理"},
        // dedup6: "k" and "kd" name a concept only through the question's other concepts
        {"knn的k怎么选", "k-means的k怎么选"},
        {"K-means中的K值如何选择", "KNN中的K值如何选择"},
        // session 38 (heldout25): written in English the owner is still the setting, not part of a term
        {"How do you choose k in k-means?", "KNN中K值如何选择？"},
        {"How do you choose k in k-means?", "How do you pick k in k-nearest neighbors?"},
        {"KD树的原理", "KD里的温度T是干啥的"},
        // dedup6: extra/增加 is one word, and still bound to negation and opposites
        {"为什么LoRA不增加推理延迟", "为什么LoRA会增加推理延迟"},
        {"增加层数的作用", "减少层数的作用"},
        // dedup6: improvement asks keep their direction ("over" and 普通/plain are fillers, not sides)
        {"XGBoost相比GBDT做了哪些改进", "GBDT相比XGBoost做了哪些改进"},
        {"What improvements does XGBoost make over GBDT?", "What improvements does GBDT make over XGBoost?"},
        {"xgb比gbdt强在哪", "gbdt比xgb强在哪"},
        // dedup6: a component's setting (NMS in detection, KV cache in an LLM) is never swapped for another
        {"目标检测中的NMS", "实例分割中的NMS"},
        {"Transformer中的KV cache", "LLM推理中的KV cache"},
        // dedup6: Taiwan's 变异数 is 方差, modifiers and digits still count
        {"样本方差为什么要除以n-1", "总体方差为什么要除以n"},
        {"三门问题为什么换门更好", "三门问题为什么不换门更好"},
        {"How to handle a heavily imbalanced dataset?", "How to handle a slightly imbalanced dataset?"},
        {"What is plain SGD?", "What is Adam?"},
        // dedup6: a passive replacement points at its subject ("B被A取代" is "用A取代B")
        {"为什么sigmoid被ReLU取代", "为什么ReLU被sigmoid取代"},
        {"Why was sigmoid replaced by ReLU?", "Why was ReLU replaced by sigmoid?"},
        {"为什么sigmoid被ReLU取代", "为什么sigmoid取代了ReLU"},
        // dedup6: two different modifiers of one concept, in long questions whose other words agree: a known word
        // (双向, 局部), one character after 的 (元, 图), a Latin word, a term written before a term that holds it
        // (归一化批归一化, 门控门控循环单元) or again inside it (蒸馏知识蒸馏), a word straddling the modifier (分布式)
        {"在语音识别任务里应当怎样调整双向门控循环单元的超参数", "在语音识别任务里应当怎样调整局部门控循环单元的超参数"},
        {"在电商搜索推荐场景中的元批归一化一般有哪些常见变体", "在电商搜索推荐场景中的图批归一化一般有哪些常见变体"},
        {"在电商搜索推荐场景中的元批归一化一般有哪些常见变体", "在电商搜索推荐场景中的双向批归一化一般有哪些常见变体"},
        {"在电商搜索推荐场景中的图注意力一般有哪些常见变体", "在电商搜索推荐场景中的元注意力一般有哪些常见变体"},
        {"在推荐场景中的门控门控循环单元一般有哪些常见变体", "在推荐场景中的双向门控循环单元一般有哪些常见变体"},
        {"在推荐场景中的归一化批归一化一般有哪些常见变体", "在推荐场景中的分层批归一化一般有哪些常见变体"},
        {"在推荐场景中的蒸馏知识蒸馏一般有哪些常见变体", "在推荐场景中的分层知识蒸馏一般有哪些常见变体"},
        {"在时序预测场景中的分布式批归一化一般有哪些常见变体", "在时序预测场景中的归一化批归一化一般有哪些常见变体"},
        {"在推荐场景中的可分离变换器一般有哪些常见变体", "在推荐场景中的分组变换器一般有哪些常见变体"},
        {"In large distributed speech recognition systems trained on noisy audio recordings how should one tune the "
            + "hyperparameters of grouped batch normalization?", "In large distributed speech recognition systems "
            + "trained on noisy audio recordings how should one tune the hyperparameters of layered batch normalization?"},
        {"Which common variants of blocked GRU exist for large distributed recommendation ranking systems trained on "
            + "click logs?", "Which common variants of chunked GRU exist for large distributed recommendation ranking "
            + "systems trained on click logs?"},
        // dedup8: framing, "vs" and '+' (more in AskFramingTest)
        {"C++和Python的区别", "C和Python的区别"},
        {"top-k vs top-p采样", "top-k采样的原理"},
        {"L1 vs L2正则", "L2正则的作用"},
        {"手撕multi-head attention", "讲一下multi-head attention"},
        {"一面问了BN的作用", "二面问了LN的作用"},
        {"如果学习率太大，请问会怎样", "如果学习率太小，请问会怎样"},
        {"模型在训练集上效果很好。请问如何防止过拟合？", "模型在训练集上效果很好。请问如何防止欠拟合？"},
        // a cause before a fix is a cause (the labels keep "X的原因" and "如何解决X" apart); a phase said as a word
        {"过拟合的原因和解决方法", "如何防止过拟合"},
        {"梯度消失的原因", "如何缓解梯度消失"},
        {"BN在推理时如何计算均值", "BN如何计算均值"},
        {"How is the mean computed in batch normalization at inference time?", "BN如何计算均值"},
        {"强化学习和监督学习的区别", "强化学习和无监督学习的区别"},
        // a modifier of a field-like concept still tells variants apart (the 100k bench bank's 分组/分层强化学习)
        {"时间序列预测中的分组强化学习的工作原理是什么", "时间序列预测中的分层强化学习的工作原理是什么"},
        {"图像分类中的蒸馏强化学习有哪些常见的变体", "图像分类中的全局知识蒸馏有哪些常见的变体"},
        {"Why is Adam preferred over SGD?", "Why is SGD preferred over Adam?"},
        {"Why is Adam preferred over SGD?", "为什么用SGD而不是Adam"},
        {"Why is ReLU preferred over sigmoid?", "ReLU和sigmoid的区别"},
        // dedup9: the new asks keep their kinds, a fine-tuning method stays itself, an exercise number is no topic
        {"GRU跟LSTM差在哪里", "GRU和LSTM各有什么优点"},
        {"残差连接起什么作用", "残差连接的原理"},
        {"AUC的物理含义", "AUC的作用"},
        {"Layer normalization: purpose", "Layer normalization: how it works"},
        {"LoRA微调的原理", "全参数微调的原理"},
        {"LoRA微调的原理", "QLoRA微调的原理"},
        {"LoRA和全参数微调的区别", "LoRA和QLoRA的区别"},
        {"习题3.1 什么是5折交叉验证", "习题3.1 什么是10折交叉验证"},
        {"对比loss的作用", "三元组loss的作用"},
        {"过拟和的原因", "欠拟合的原因"},
        // dedup9: numbered members of one family are different things (the number is compared whole)
        {"YOLOv3的原理", "YOLOv5的原理"},
        {"YOLOv3、YOLOv4和YOLOv5的区别", "YOLOv3和YOLOv5的区别"},
        {"GPT-3、GPT-3.5和GPT-4的区别", "GPT-3和GPT-4的区别"},
        {"GPT-3和GPT-3.5的区别", "GPT-3.5和GPT-4的区别"},
        {"ZeRO-1/2/3的区别", "ZeRO-2和ZeRO-3的区别"},
        {"ZeRO-1的原理", "ZeRO-3的原理"},
        {"Llama 2的特点", "Llama 3的特点"},
        {"FlashAttention-2比第一代改了什么", "FlashAttention-3比第二代改了什么"},
        // an aside moved to its term's end still names only that term; the new asks keep their kinds
        {"Top-k vs nucleus (top-p) sampling", "Top-k vs greedy sampling"},
        {"过拟合是怎么产生的", "如何防止过拟合"},
        {"F1分数代表什么意义", "F1分数有什么作用"},
        {"为什么要加残差连接", "为什么残差连接有效"},
        {"Dropout: train vs eval mode", "Dropout在训练时的作用"},
        {"线性回归为什么用平方损失", "线性回归为什么用绝对值损失"},
        // a context naming two concepts: which one "这个问题" means is not known, so neither becomes the subject
        {"训练时出现了梯度消失和过拟合。请问残差连接是如何缓解这个问题的？", "残差连接如何缓解梯度消失"},
        {"训练时出现了梯度消失和过拟合。请问残差连接是如何缓解这个问题的？", "残差连接如何缓解过拟合"},
        // without pointing back, the context stays the setting: another problem named is another question
        {"训练时出现了梯度消失。请问残差连接是如何缓解过拟合的？", "残差连接如何缓解梯度消失"},
        // short words: a letter changed or dropped is another word, not a typo
        {"layer的作用", "player的作用"},
        {"What is a modle?", "What is a model?"},
        {"What is adopter tuning?", "What is adapter tuning?"},
        // a member before its category names the member: BPE tokenization is not tokenization
        {"BPE分词的原理", "分词的原理"},
        {"Mode collapse: fixes", "Mode collapse: causes"},
        // a plural read as its singular keeps the words around it
        {"How to set the learning rate for small batches?", "大batch时学习率怎么设置"},
        // dedup10: 要 before an unknown verb is a why, not a purpose; a must before a fix verb stays a why; 重要 is
        // no must; one phase alone is still a setting or a word; when-to-use is not a condition; "What does X
        // measure" is no principle; "一类错误" names the first kind only
        {"推荐系统为什么要分为召回和排序两个阶段", "推荐系统中召回的作用"},
        {"为什么要防止过拟合", "防止过拟合的作用"},
        {"为什么BN很重要", "BN的作用"},
        {"BN 训练与推理的区别", "BN训练时的作用"},
        {"BN 训练的作用", "BN 推理的作用"},
        {"Dropout 训练与推理的区别", "Dropout和BN的区别"},
        {"什么时候用LoRA", "LoRA的原理"},
        {"什么时候用LoRA", "什么时候用QLoRA"},
        {"什么情况下会出现过拟合", "什么时候用dropout"},
        {"What does AUC measure?", "How is AUC computed?"},
        {"What does the F1 score measure?", "What does precision measure?"},
        {"一类错误 vs 二类错误", "一类错误的定义"},
        {"梯度爆炸了咋整", "梯度爆炸的原因"},
        {"什么是gradient boosted trees", "什么是随机森林"},
        {"1x1卷积核的作用", "3*3卷积核的作用"},
        {"Transformer整个流程是咋样的", "Transformer的优点是咋样的"},
        // dedup10: a whole term after 叫 is no word of a name; "what do you do" is no purpose; RF alone names
        // nothing; a placing clause makes a setting, never a different subject the same
        {"为什么叫随机森林", "什么是随机森林"},
        {"随机森林为什么叫随机", "随机森林为什么有效"},
        {"What do you do when the loss is NaN?", "loss为NaN的作用"},
        {"What does the dropout rate do?", "What does the dropout rate mean?"},
        {"RF咋算", "感受野咋算"},
        {"RF和XGBoost的区别", "感受野和XGBoost的区别"},
        {"在KNN中，如何选择K", "K-means的K如何选择"},
        {"在推荐系统中，如何缓解冷启动", "如何缓解冷启动"},
        {"批归一话的作用", "层归一化的作用"},
        {"为什么FlashAttention推理速度快", "为什么FlashAttention训练速度快"},
        // dedup10: insensitive is not sensitive; one setting is not another; an article shares no head with a
        // word that names nothing
        {"为什么AUC对类别不平衡不敏感", "为什么AUC对类别不平衡敏感"},
        {"Why is AUC insensitive to class imbalance?", "Why is AUC sensitive to class imbalance?"},
        {"知识蒸馏中温度的作用", "大模型中温度的作用"},
        // a concept that belongs to two wholes (the temperature of distillation and of sampling) gets neither as its
        // setting: left out, the bare question would join both
        {"知识蒸馏中温度的作用", "温度的作用"},
        // dedup10: a 的 that joins no term stays; the stages of training are not its properties
        {"学习率的大小有什么影响", "学习率衰减的作用"},
        {"权重的初始化有什么作用", "权重衰减的作用"},
        {"简述ChatGPT的三个训练阶段", "简述ChatGPT的三个特点"},
        {"单阶段检测器的优点", "两阶段检测器的优点"},
        // dedup10: ZeRO named without DeepSpeed keeps its stages apart, and the word zero names nothing
        {"ZeRO-2的原理", "ZeRO-3的原理"},
        {"zero2和zero3的区别", "zero1和zero3的区别"},
        {"ZeRO的原理", "zero-shot的原理"},
        {"Why initialize the weights to zero?", "Why use ZeRO?"},
        // dedup10: 咋办 is the ask, the words before it still count; the sample size is not the samples
        {"验证集loss一直涨咋办", "训练集loss一直涨咋办"},
        {"A/B测试的样本量怎么确定", "A/B测试的样本怎么确定"},
        {"What is the difference between a Type I and a Type II error?", "第一类错误的定义"},
        // dedup12: an emoji or a particle and a space end a sentence; what the first sentence asks still counts, and
        // a second concept in the next one still makes another question
        {"学习率太大会怎样呀 太小呢🤔", "学习率太小会怎样"},
        {"BN是啥呀 跟LN有啥区别😵", "什么是BN"},
        // dedup12: new vocabulary keeps its siblings apart
        {"什么是k折交叉验证", "什么是留一法交叉验证"},
        {"什么是影子部署", "什么是金丝雀发布"},
        {"型一錯誤是什麼", "型二錯誤是什麼"},
        {"ReAct和CoT的区别", "什么是ReAct"},
        {"双塔模型召回的缺点", "双塔模型排序的缺点"},
        // dedup12: a why with a verb stays a why; a flashcard's bare why, bare how and "causes" ask different things
        {"Why is dropout slow?", "为什么要用dropout"},
        {"Dropout — why?", "Dropout — how?"},
        {"Dropout — why?", "What is dropout?"},
        {"Overfitting — mitigations?", "Overfitting — causes?"},
        // dedup12: a follow-on that compares with a second concept asks a second question; two follow-ons may not
        // name different details
        {"LoRA的原理是什么？为什么比全量微调省显存", "LoRA的原理"},
        {"Dropout的作用是什么？跟L2正则一样吗", "Dropout的作用是什么"},
        {"什么是深度学习？它与机器学习有什么区别？", "什么是深度学习"},
        {"BN的原理是什么？为什么能缓解过拟合", "BN的原理是什么？为什么能缓解梯度消失"},
        // dedup12: a topic label places only what belongs to it; another engine, the balancing loss
        {"BN，LN的区别", "LN的区别"},
        {"KNN：k怎么选", "K均值：k怎么选"},
        {"Spark数据倾斜怎么处理", "Hive数据倾斜怎么处理"},
        {"MoE负载不均衡怎么办", "MoE负载均衡loss的作用"},
        // dedup12: the data setting goes, what sits in it stays; anchor-based detection is not the anchor box
        {"数据中的异常值怎么处理", "数据中的缺失值怎么处理"},
        {"数据中心的作用", "数据的作用"},
        {"什么是anchor-based检测", "什么是anchor"},
        {"What causes LLMs to hallucinate?", "How to reduce LLM hallucinations?"},
        // dedup12: needed (purpose) against a why with another verb; a member against its family
        {"Why is dropout needed?", "Why is dropout slow?"},
        {"模型量化里PTQ和QAT的区别", "模型量化的方法有哪些"},
        {"投机解码的原理", "推理加速的原理"},
        // dedup12: the large language model as a broad concept is still no other concept, nor the subject of another
        {"大模型和BERT的区别", "GPT和BERT的区别"},
        {"什么是大模型", "什么是深度学习"},
        {"大模型为什么需要RLHF", "为什么需要大模型"},
        // dedup12: a number format is not the family of formats
        {"什么是浮点格式", "什么是FP16"},
        {"比较FP16与BF16两种浮点格式的区别", "FP16的优缺点"},
        // dedup12: another setting of RAG; another ask about chunks
        {"RAG的chunk size怎么定", "RAG的top-k怎么定"},
        {"chunk之间要不要重叠", "chunk size怎么选"},
        {"MFCC特征提取的步骤", "MFCC的优缺点"},
        // dedup13: the spoken spelling of another ask; another part, letter or matrix property; another subject
        // beside the tree or model a concept belongs to; a zero initialisation against another value
        {"注意力机制解决了啥问题", "注意力机制存在啥问题"},
        {"注意力机制解决了啥问题", "注意力机制咋实现"},
        {"DeepFM中FM部分的作用", "DeepFM中DNN部分的作用"},
        {"Wide&Deep里deep侧是干嘛的", "Wide&Deep里wide侧是干嘛的"},
        {"Adam中β的作用", "Adam中ε的作用"},
        {"What does the C parameter do in an SVM?", "What does the gamma parameter do in an SVM?"},
        {"矩阵的秩是什么", "矩阵的迹是什么"},
        {"信息增益和基尼系数的区别", "决策树和基尼系数的区别"},
        {"什么是信息增益", "什么是决策树"},
        {"语言模型和困惑度的关系", "什么是困惑度"},
        {"为什么权重不能初始化成0", "为什么权重不能初始化成相同的值"},
        {"How is GRU different from LSTM?", "How is GRU different from a vanilla RNN?"},
        {"What is the practical use of PCA?", "What is PCA?"},
        {"为什么要搞数据增强", "为什么数据增强有效"},
        {"孤立森林的原理", "异常检测的原理"},
        {"focal loss的作用", "目标检测的作用"},
        {"为什么FPN能提升小目标检测效果", "为什么FPN能提升大目标检测效果"},
        {"线性回归有哪些假设", "线性回归有哪些缺点"},
        {"BERT微调冻结哪些层", "BERT微调解冻哪些层"},
        {"ReLU死掉怎么办", "ReLU的优点"},
        {"What is the difference between supervised and unsupervised learning?", "什么是无监督学习"},
        {"监督vs无监督学习", "无监督学习的优缺点"},
        {"监督vs无监督学习", "半监督vs无监督学习"},
        {"为什么离线AUC提升了，线上效果却没有提升", "为什么离线AUC下降了，线上效果却没有提升"},
        {"相对熵是什么", "相对位置编码是什么"},
        {"LightGBM相对XGBoost的改进点", "LightGBM相对XGBoost的缺点"},
        // dedup15: look-alikes in Japanese and Cantonese: another ask, another concept, a negation
        {"ドロップアウトとは何ですか？", "dropoutの欠点は何ですか？"},
        {"GRUとLSTMの違いは何ですか？", "GRUの仕組みを説明してください。"},
        {"過学習を防ぐにはどうしますか？", "過学習の原因は何ですか？"},
        {"GRU 同 LSTM 有咩分別？", "GRU 係咩嚟？"},
        {"點解要用 Batch Norm？", "點解要用 Layer Norm？"},
        {"點解 Adam 會收斂？", "點解 Adam 唔會收斂？"},
        {"Softmax 嘅梯度點計？", "Softmax 有咩缺點？"},
        // dedup15: sibling terms of the new vocabulary; a spoken opening that is the question's own word
        {"TTFT是什么", "TPOT是什么"},
        {"What is online inference?", "What is batch inference?"},
        {"MinHash的原理", "SimHash的原理"},
        {"What is Platt scaling?", "What is isotonic regression?"},
        {"Right padding vs left padding?", "What is padding?"},
        {"Why use right padding?", "Why use left padding?"},
        {"How do you evaluate a recommender system?", "How do you deploy a recommender system?"},
        {"Transformer 係點運作？", "Transformer 係咩嚟？"},
        {"What's the point of dropout?", "What's the downside of dropout?"},
        {"How would you check whether a model is overfitting?", "How would you prevent a model from overfitting?"},
        // dedup17: sibling terms of the new vocabulary, in the languages a bank writes them
        {"What is demographic parity?", "What is equalized odds?"},
        {"¿Qué es top-down en estimación de pose?", "¿Qué es bottom-up en estimación de pose?"},
        {"FGSM là gì?", "PGD là gì?"},
        {"SWA的原理", "EMA的原理"},
        {"什么是任务向量", "什么是任务算术"},
        {"卡尔曼滤波在跟踪中的作用", "匈牙利算法在跟踪中的作用"},
        {"What is object tracking?", "What is experiment tracking?"},
        {"单目深度估计为什么有尺度模糊", "双目深度估计为什么有尺度模糊"},
        {"¿Cómo funciona PointNet?", "¿Cómo funciona PointNet++?"},
        {"What is quantile regression?", "What is quantile crossing?"},
        {"¿Qué es la pinball loss?", "¿Qué es la perceptual loss?"},
        {"Tại sao cần Kalman filter?", "Tại sao không cần Kalman filter?"},
        // dedup18: "kernel" beside a Gaussian process or an SVM is a kernel function, beside a convolution a filter
        {"What does the kernel do in a Gaussian process?", "What does the kernel do in a convolution?"},
        {"How do you choose the kernel of an SVM?", "How do you choose the kernel size of a convolution?"},
        {"支持向量机中核函数的作用", "卷积神经网络中卷积核的作用"},
        // dedup19: look-alikes of the search, experiment, SQL, stream and classic CV terms
        {"What is reservoir sampling?", "What is weighted reservoir sampling?"},
        {"SIFT 为什么具有尺度不变性", "SIFT 为什么具有旋转不变性"},
        {"What is day-1 retention?", "What is 7-day retention?"},
        {"What is the E-step of EM?", "What is the M-step of EM?"},
        {"What is an inverted index?", "What is a posting list?"},
        {"What is PageRank?", "What is personalized PageRank?"},
        {"What is a LEFT JOIN?", "What is an INNER JOIN?"},
        {"ROW_NUMBER 的作用", "DENSE_RANK 的作用"},
        {"What is the Bonferroni correction?", "What is the Benjamini-Hochberg procedure?"},
        {"What is an online store?", "What is an offline store?"},
        {"PCA降维的原理", "LDA降维的原理"},
        {"What is k-fold cross-validation?", "What is stratified k-fold cross-validation?"},
        // dedup20: German and Indonesian asks and negation stay apart; a quoted title inside a question stays in it
        {"Was ist Dropout?", "Warum verwendet man Dropout?"},
        {"Apa itu dropout?", "Apa perbedaan dropout dan batch normalization?"},
        {"Warum kann Dropout Overfitting reduzieren?", "Warum kann Dropout Overfitting nicht reduzieren?"},
        {"Mengapa dropout mengurangi overfitting?", "Mengapa dropout tidak mengurangi overfitting?"},
        {"What does the paper \"Attention is all you need\" propose?", "What is attention?"},
        {"[[Dropout]] — what is it? #regularization", "[[Dropout]] — why does it work? #regularization"},
        {"What is a fact table?", "What is a dimension table?"},
        {"Was ist ein B-Tree?", "Was ist ein LSM-Tree?"},
        {"What is the fundamental matrix?", "What is the essential matrix?"},
        {"Apa itu TransE?", "Apa itu RotatE?"},
        {"What are fixed effects?", "What are random effects?"},
        {"What is OLAP?", "What is OLTP?"},
        {"What is a warp in CUDA?", "Why does warp divergence slow a CUDA kernel?"},
        {"What is the Nyquist sampling theorem?", "What is the convolution theorem?"},
    };

    /** Pairs whose direction does not matter: a comparison read either way is one question. */
    static final String[][] SYMMETRIC = {
        {"ReLU和sigmoid的区别", "sigmoid与ReLU的区别"},
        {"LSTM和GRU有什么不同", "GRU和LSTM的区别是什么"},
        {"What is the difference between L1 and L2 regularization?", "L2和L1正则化的区别"},
        {"比较一下Adam和SGD", "SGD和Adam的区别"},
    };

    /** A preference written another way, or in the other language, still points the same way. */
    static final String[][] SAME_DIRECTION = {
        {"为什么用ReLU而不是sigmoid？", "Why use ReLU instead of sigmoid?"},
        {"逻辑回归为什么用交叉熵而不用均方误差", "为什么逻辑回归不用均方误差而用交叉熵"},
        {"为什么GRU比LSTM快", "Why is GRU faster than LSTM?"},
        {"LSTM相比RNN有什么优势", "与RNN相比，LSTM有什么优势"},
        {"batch size对学习率的影响", "batch size对学习率有什么影响"},
        {"对比学习的优点是什么", "对比学习有什么优点"},
        {"为什么sigmoid被ReLU取代", "为什么ReLU取代了sigmoid"},
        {"Why was sigmoid replaced by ReLU?", "为什么sigmoid被ReLU取代"},
        {"Why is Adam preferred over SGD?", "为什么用Adam而不是SGD"},
    };

    @Test
    void aPreferenceMergesWhenItPointsTheSameWay() {
        for (String[] pair : SAME_DIRECTION) {
            assertThat(sure(pair[0], pair[1])).as(pair[0] + " / " + pair[1] + " " + analyzer.profile(pair[0]) + " "
                    + analyzer.profile(pair[1])).isTrue();
        }
    }

    private boolean sure(String a, String b) {
        return SurePairs.sure(analyzer, a, b);
    }

    @Test
    void noHardNegativeIsASureDuplicate() {
        List<String> wrong = new ArrayList<>();
        for (String[] pair : HARD_NEGATIVES) {
            if (sure(pair[0], pair[1])) {
                wrong.add(pair[0] + " / " + pair[1] + "   " + analyzer.profile(pair[0]) + " " + analyzer.profile(pair[1]));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aComparisonMergesWhicheverWayItIsWritten() {
        for (String[] pair : SYMMETRIC) {
            assertThat(sure(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isTrue();
        }
    }
}
