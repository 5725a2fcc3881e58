package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rephrasings the dedup6 rules are meant to merge (invented for the test, not taken from any fixture): interview
 * asks (干啥的, 强在哪, 咋算, 咋选, 排查, 代表什么, "what improvements", "debug"), a why read as a cause ask, a phase
 * after a concept as its setting, a misspelt word of a two-word term, the senses of "k" and "kd", Taiwan's 变异数,
 * the fillers 该/出现/heavily/plain, and the equivalents 额外/增加 and 加速/快. Their look-alikes that must stay
 * apart are in {@link HardNegativesTest}.
 */
class RecallRulesTest {
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(Glossary.builtIn());

    static final String[][] SAME = {
        // dedup37: how questions are asked: a versus with a choice ask, when to prefer one of two, what one thing adds to
        // or improves over another, a scene clause that a rephrasing leaves out, the category of two joined names, a
        // comparison with an unknown side whose follow-on adds a detail, "请给出"
        {"Adam vs SGD 怎么选", "Adam和SGD如何选择"},
        {"When should you use Adam instead of SGD?", "什么情况下应该使用Adam而不是SGD？"},
        {"What does Adam add on top of RMSProp?", "Adam在RMSProp基础上做了哪些改进"},
        {"What does GRU improve over LSTM?", "GRU和LSTM的区别"},
        {"GRU比LSTM多了啥", "GRU在LSTM基础上做了哪些改进"},
        {"在用户画像任务中，如何处理类别不平衡？", "如何处理类别不平衡"},
        {"请比较Adam与RMSProp两种自适应优化方法", "Adam和RMSProp的区别"},
        {"blorft scaling跟WordPiece区别在哪？合并规则一个看频率一个看似然", "blorft scaling和WordPiece的区别"},
        {"请给出交叉熵的计算方法", "交叉熵怎么计算"},
        // dedup37: the field's other names and their settings
        {"低秩自适应的原理", "LoRA的原理"},
        {"旋转式位置编码的作用", "RoPE的作用"},
        {"AA实验的作用", "What is an A/A test for?"},
        {"PRM和ORM的区别", "过程奖励模型和结果奖励模型的区别"},
        {"投机解码中草稿模型怎么选", "draft model怎么选"},
        {"Micro-F1和Macro-F1的区别", "微平均和宏平均F1的区别"},
        {"PPO的clip机制是怎么工作的", "How does the clipped surrogate objective in PPO work?"},
        {"为什么RNN比CNN难训练", "Why are RNNs harder to train than CNNs?"},
        {"怎么判断函数是不是凸的", "How do you check whether a function is convex?"},
        // dedup36: a count written in digits before a measure word is the Chinese numeral ("2次" = "两次")
        {"连续2次正面门控残差融合的次数", "连续两次正面门控残差融合的次数"},
        // dedup36: asks: "X相对Y的改动", "What did X change compared to Y?", "How are A, B and C related?", a meaning of a
        // named sort, the passive design step and the reason for one
        {"RoBERTa相对BERT的改动", "RoBERTa和BERT的区别"},
        {"What did RoBERTa change compared to BERT?", "RoBERTa相比BERT做了哪些改动"},
        {"How are cross-entropy, entropy and KL divergence related?", "熵、交叉熵和KL散度的关系"},
        {"What is the geometric meaning of eigenvalues and eigenvectors?", "特征值和特征向量的几何意义"},
        {"Why was attention introduced into seq2seq models?", "seq2seq为啥要加attention"},
        {"请解释Transformer中引入残差连接的原因", "为什么Transformer要引入残差连接"},
        // dedup36: HMM is the model, not an interjection; "dp" beside DDP and "bias" beside variance are their senses
        {"HMM和CRF的区别", "隐马尔可夫模型和条件随机场的区别"},
        {"dp和ddp区别", "DataParallel和DistributedDataParallel的区别"},
        {"讲讲偏差和方差是什么", "What do bias and variance mean in machine learning?"},
        // dedup36: the field's other names
        {"w2v的原理", "word2vec的原理"},
        {"How does recomputation work?", "梯度检查点的原理"},
        {"GNN 过度平滑的原因", "GNN over-smoothing的原因"},
        {"显存 OOM 怎么办", "爆显存怎么办"},
        {"pin_memory 有什么用", "锁页内存的作用"},
        {"马尔科夫决策过程由哪些要素组成", "马尔可夫决策过程由哪些要素组成"},
        {"flow模型为什么要求可逆", "标准化流为什么要求可逆"},
        {"loss scale的作用", "损失缩放的作用"},
        {"正向KL和反向KL的区别", "正向KL散度和反向KL散度的区别"},
        {"为什么分布式训练要用 sync BN", "多卡训练时为什么需要同步批归一化（SyncBN）？"},
        // dedup36: a thing named with its model, family or test, and PyTorch's names with PyTorch
        {"假设检验中p值的含义是什么", "什么是p值"},
        {"word2vec 的负采样是怎么做的", "负采样的原理"},
        {"讲一下扩散模型DDPM的原理", "DDPM的原理"},
        {"请比较生成式模型HMM和判别式模型CRF", "HMM和CRF的区别"},
        {"PyTorch中detach和torch.no_grad的区别", "detach和no_grad区别"},
        {"DataLoader中num_workers怎么设置", "num_workers怎么设置"},
        // dedup35: a rephrasing that keeps its numeral, direction or contrast word still merges
        {"连续两次正面门控残差融合的次数", "门控残差融合连续两次正面的次数是多少"},
        {"块状量化缩放的最大值怎么算", "块状量化缩放的最大的值怎么算"},
        {"翠鸟折叠法连续两次失败的概率", "翠鸟折叠法连续两次失败的概率是多少"},
        {"为什么不用做块状量化缩放", "为啥不用做块状量化缩放"},
        {"除了翠鸟折叠法，还有哪些正则化方法", "除了翠鸟折叠法还有哪些正则化的方法"},
        {"如何增大块状量化缩放的系数", "怎么增大块状量化缩放的系数"},
        {"What is the first step of blorft scaling?", "What's the first step in blorft scaling?"},
        {"Why does blorft scaling increase the loss?", "Why does the loss increase with blorft scaling?"},
        {"讲一下翠鸟折叠法连续两次失败的概率", "翠鸟折叠法连续两次失败的概率"},
        // dedup34: a name of several words run together, its spaces and hyphens dropped ("FasterRCNN", "KVCache")
        {"YOLO和FasterRCNN的区别", "Faster R-CNN与YOLO有什么区别"},
        {"KVCache为什么能加速推理", "为什么KV cache能加速推理"},
        {"MaskRCNN相比FasterRCNN有哪些改进", "Mask R-CNN相比Faster R-CNN有哪些改进"},
        // dedup34: a passive how ("How is X trained?") asks how it is done; "what X are there / do you know" lists them
        {"How is word2vec trained?", "word2vec是怎么训练的"},
        {"How are GANs trained?", "How do you train a GAN?"},
        {"What regularization techniques do you know?", "常见的正则化方法有哪些"},
        {"What activation functions are there?", "有哪些激活函数"},
        // dedup34: the field's other names: fusion by stage or level, Q-Former, WDL, multi-channel recall, VLM, Group AUC,
        // augmentation as a category's head noun, Mosaic, item2vec (each failed before this round)
        {"前融合和后融合有什么区别", "early fusion和late fusion的区别"},
        {"特征级融合和决策级融合的区别", "Early fusion vs late fusion: what is the difference?"},
        {"What is a Q-Former?", "查询变换器是什么"},
        {"wdl的原理", "Wide & Deep的原理是什么"},
        {"What is multi-channel recall?", "什么是多路召回"},
        {"VLM为什么会产生幻觉", "多模态大模型为什么会产生幻觉"},
        {"What is Group AUC?", "GAUC是什么"},
        {"Mixup和CutMix augmentation的区别", "Mixup和CutMix的区别"},
        {"Mosaic数据增强的原理", "How does Mosaic augmentation work?"},
        {"item2vec的原理", "How does Item2Vec work?"},
        // dedup34: a method named with the task or family it belongs to ("anchor boxes in object detection")
        {"锚框在目标检测中起什么作用", "锚框有什么作用"},
        {"多模态学习中早期融合有什么缺点", "早期融合的缺点"},
        {"What is GPTQ in model quantization?", "GPTQ是什么"},
        {"multi-channel recall在推荐系统中怎么做", "多路召回怎么做"},
        // dedup34: an improvement over another ("做了什么改进", "在X的基础上") is their difference; "直观" a manner adverb
        {"ResNeXt相比ResNet做了什么改进", "ResNeXt和ResNet的区别"},
        {"YOLOv3在YOLOv2的基础上做了哪些改进", "YOLOv3相比YOLOv2有哪些改进"},
        {"如何直观理解交叉熵", "交叉熵怎么理解"},
        // dedup33: a name declared in brackets after another ("全称（ABBR）", "ABBR（全称）", "Full Name (ABBR)", an
        // English gloss) names one concept, known or not; a question naming either alone asks the same thing
        {"什么是稀疏门控路由（SGR）？", "SGR是什么？"},
        {"什么是块状量化缩放（BQS）？", "介绍一下BQS"},
        {"BQS（块状量化缩放）有什么作用", "块状量化缩放的作用是什么"},
        {"What is Sparse Gated Routing (SGR)?", "What is SGR?"},
        {"What is SGR (sparse gated routing)?", "Explain sparse gated routing."},
        {"翠鸟折叠法（kingfisher folding）的原理", "How does kingfisher folding work?"},
        {"翠鸟折叠法（Momentum）的作用是什么", "翠鸟折叠法有什么作用"},
        {"混合精度訓練中為什麼需要損失縮放（blorft scaling）？", "Explain why blorft scaling is needed in mixed-precision training."},
        // dedup33: an unknown name alone, the same ask: "What is BQS?" = "BQS是什么"
        {"What is BQS?", "BQS是什么"},
        // dedup33: the pros and cons asked as one ("优点和缺点", "优势和不足", 利弊) are 优缺点
        {"门控残差融合有什么优缺点？", "门控残差融合的优点和缺点"},
        {"Adam有哪些优势和不足", "Adam的优缺点"},
        {"说说dropout的利弊", "Pros and cons of dropout?"},
        // session 39: the common structures of a thing are its architectures; a bare "which structures" is its parts
        {"常见的CNN结构有哪些", "CNN有哪些常用的网络结构"},
        {"CNN有哪些结构", "CNN的结构是什么"},
        // dedup32: DARTS a term; a method named with the field it serves has the field as its setting
        {"DARTS的原理", "Explain how DARTS performs neural architecture search."},
        {"可微分架构搜索是怎么做的", "How does DARTS work?"},
        {"Explain how CTC loss works in text recognition.", "CTC loss的原理"},
        // dedup32: two names sharing a head written once before the first ("梯度消失、爆炸")
        {"梯度消失、爆炸怎么解决", "如何解决梯度消失和梯度爆炸"},
        {"梯度裁剪和累加分别有什么用", "梯度裁剪和梯度累加分别有什么作用"},
        // dedup32: "why do we V" and "why A instead of B" ask what doing it or using A is for, as "为什么要V" does
        {"Why do we standardize the inputs?", "为什么要对输入做标准化"},
        {"Why should you normalize features?", "特征归一化的作用是什么"},
        {"why hinge loss instead of cross entropy for an SVM?", "SVM为什么用铰链损失而不用交叉熵"},
        // dedup32: how a procedure is done is how it works (a how-to and a principle ask of one procedure)
        {"GBDT怎么做的", "GBDT的原理是什么"},
        {"How does SMOTE generate samples?", "SMOTE是怎么生成样本的"},
        {"梅尔频谱怎么提取", "梅尔频谱的提取流程"},
        {"束搜索怎么做", "How does beam search work?"},
        {"word2vec的负采样怎么做", "Explain how negative sampling works in word2vec."},
        // dedup31: spellings of known concepts from the field's vocabulary (a Chinese or full name, the IME's slip)
        {"非监督学习有哪些方法", "无监督学习有哪些方法"},
        {"先验框的作用是什么", "anchor box有什么作用"},
        {"图卷积神经网络的原理", "GCN的原理是什么"},
        {"欠拟和怎么解决", "如何解决欠拟合"},
        {"精调和预训练的区别", "微调和预训练有什么区别"},
        {"DenseNet的核心思想", "密集连接网络的核心思想是什么"},
        {"逻辑斯谛回归的损失函数是什么", "逻辑回归的损失函数是什么"},
        {"What is the Gaussian error linear unit?", "GELU是什么"},
        {"解释一下非极大抑制", "什么是NMS"},
        {"ROC曲线下面积的含义", "AUC的含义是什么"},
        {"梯度累加有什么用", "gradient accumulation的作用"},
        {"何恺明初始化的原理", "Kaiming初始化的原理"},
        {"维度约简有哪些方法", "降维有哪些方法"},
        {"Explain mini-batch SGD", "什么是小批量梯度下降"},
        // dedup31: concepts the glossary did not know, and abbreviations of two senses beside their neighbours
        {"深度置信网络的原理", "deep belief network的原理是什么"},
        {"什么是MAPE", "What is mean absolute percentage error?"},
        {"独立成分分析和PCA的区别", "ICA和PCA有什么区别"},
        {"Jaccard相似度怎么计算", "How is the Jaccard index computed?"},
        {"边缘分布和联合分布的关系", "marginal distribution和joint distribution有什么关系"},
        {"BCE和CE的区别", "二元交叉熵和交叉熵的区别"},
        {"MAE和MSE的区别", "平均绝对误差和均方误差有什么区别"},
        {"语言模型的PPL怎么算", "语言模型的困惑度怎么计算"},
        {"GAP和全连接层的区别", "全局平均池化和全连接层有什么区别"},
        {"MHA的作用", "多头注意力的作用"},
        {"LDA主题模型的原理", "潜在狄利克雷分配的原理"},
        // dedup30: a bare L1/L2 is the regulariser beside sparsity or regularisation, CE cross-entropy beside another
        // loss; "CE loss"; 梯度消逝 (the homophone slip); 跳连 (a skip connection); lgb (LightGBM)
        {"为什么L1会让权重稀疏，L2不会", "Why does L1 regularization lead to sparsity?"},
        {"多分类为什么用CE不用MSE", "为什么多分类用交叉熵而不用均方误差"},
        {"多分类为什么用 CE loss 不用 MSE", "为什么多分类用交叉熵而不用均方误差"},
        {"梯度消逝怎么缓解", "如何缓解梯度消失"},
        {"FPN里的跳连是干嘛的", "FPN中skip connection的作用"},
        {"lgb 和 catboost 的区别", "LightGBM和CatBoost有什么区别"},
        // dedup30: a pre-training objective is a pre-training task; a count with its measure word is a detail
        {"What are the pre-training objectives of RoBERTa?", "RoBERTa的预训练任务有哪些？"},
        {"讲讲PPO的三个步骤", "讲讲PPO的步骤"},
        {"GPT预训练有哪两个任务", "GPT预训练的任务是什么"},
        // dedup30: a phase said "预测时" or "test时" is inference
        {"层归一化在训练和预测时有什么不同", "LayerNorm 在训练和推理时的区别"},
        {"dropout在train和test时的区别", "Dropout 在训练和测试阶段有何区别"},
        // dedup30: "advantages of A over B" compares them, as "A相比B有什么优势" does; "why is X useful" asks what X
        // is for, as "X有啥用"; the gated RNNs name the family they improve on as their setting
        {"What are the advantages of GELU over ReLU?", "GELU相比ReLU有什么优势？"},
        {"Why is layer normalization useful?", "LayerNorm有什么用"},
        {"GRU如何缓解RNN的梯度消失", "GRU为什么能缓解梯度消失"},
        {"Why can a GRU alleviate vanishing gradients in plain RNNs?", "GRU为什么能缓解梯度消失？"},
        // dedup29: a study guide's self-test heading before a dash, a 知乎 answer's "提问：" and an article's numbered
        // heading "07 | " are framing
        {"Concept check — what does weight decay do?", "What does weight decay do?"},
        {"Self-check - why does batch normalization speed up training?", "Why does batch normalization speed up training?"},
        {"提问：为什么要做特征归一化", "为什么要做特征归一化？"},
        {"07 | 早停的作用是什么", "早停有什么作用"},
        {"12｜什么是梯度裁剪", "What is gradient clipping?"},
        // dedup29: 根本 (a root cause is the cause), 属于 (belongs to, as 是), 基于/based (attention-based is attention)
        // are fillers; a note's "记住了吗" tail is boilerplate
        {"梯度消失的根本原因是什么", "梯度消失的原因"},
        {"逻辑回归属于线性模型还是非线性模型", "逻辑回归是线性模型还是非线性模型？"},
        {"基于注意力的seq2seq和CTC有什么区别", "attention seq2seq 和 CTC 的区别"},
        {"Dropout 和 DropConnect 的区别记住了吗", "Dropout 和 DropConnect 的区别"},
        // dedup29: a forum's "ELI5:" is a label: a definition only when the question states no ask of its own
        {"ELI5: how does beam search work?", "束搜索的原理是什么"},
        {"ELI5: why does label smoothing help?", "Why does label smoothing help?"},
        {"can someone eli5 gradient checkpointing", "What is gradient checkpointing?"},
        // dedup29: greedy decoding is greedy search; C4.5's gain ratio (增益率); a fully connected network is an MLP
        {"束搜索和贪心解码的区别", "Beam search vs greedy search?"},
        {"C4.5 为什么用增益率", "Why does C4.5 use the information gain ratio?"},
        {"推导全连接网络的反向传播", "Derive backpropagation for an MLP."},
        {"batchsize 怎么选", "How do you choose the batch size?"},
        // dedup29: a note's "傻傻分不清" (cannot tell them apart) asks the difference
        {"BN/LN/GN 傻傻分不清？", "BN、LN 和 GN 有什么区别"},
        // dedup28: a running number after an article's emoji or a blog's section tag is the post's, not the question's
        {"🔥 第 12 题：Dropout 的作用是什么", "Dropout有什么作用？"},
        {"【正则化】7. Dropout 的作用是什么", "dropout有什么作用"},
        {"[NLP] 15. What is byte pair encoding?", "What is BPE?"},
        // dedup28: a Markdown task list's tick box before a running number; the Chinese and English names banks give
        // PTQ, MLE, Gini impurity and the initialisations; a variant named with its head noun (Pre-LN Transformer);
        // "intuitively" as a manner adverb
        {"- [ ] 12. What is dropout?", "What is dropout?"},
        {"* [x] 3. Why use label smoothing?", "为什么要用标签平滑"},
        {"后训练量化和量化感知训练的区别", "PTQ vs QAT: what is the difference?"},
        {"Maximum likelihood vs MAP?", "MLE和MAP的区别"},
        {"Gini 指數是什麼", "What is Gini impurity?"},
        {"Pre-LN vs Post-LN Transformer: what is the difference?", "Pre-Norm和Post-Norm的区别"},
        {"Glorot init vs He init?", "Xavier和Kaiming初始化的区别"},
        {"BLEU 直观上怎么理解", "BLEU的含义是什么"},
        {"What does perplexity measure, intuitively?", "What does perplexity measure?"},
        {"Why do we need dropout in the first place?", "Why do we need dropout?"},
        // dedup28: "是怎么做的" / "是如何实现的" ask how the thing works; "为何选择X" why one uses it; "快在哪里" and "改了什么"
        // compare; an interview's "Warm-up:" round before a question that names its own term
        {"classifier-free guidance 是怎么做的？", "How does classifier-free guidance work?"},
        {"RoPE是如何实现的", "RoPE的原理是什么"},
        {"为何选择 LayerNorm 而不是 BN", "为什么用LayerNorm而不用BN"},
        {"LightGBM 比 XGBoost 快在哪里？", "LightGBM vs XGBoost: what makes LightGBM faster?"},
        {"AdamW 相比 Adam 改了什么？", "AdamW和Adam的区别"},
        {"Warm-up: what is dropout?", "What is dropout?"},
        // dedup28: 模式崩塌 as mode collapse, "怎么决定" as a choice, anchors as a detector's part, a purpose verb no modifier
        {"GAN 的模式崩塌是什么", "What is mode collapse in GANs?"},
        {"K-means 的 K 要怎麼決定？", "How do you choose k in k-means?"},
        {"Anchor-free 和 anchor-based 检测器的区别", "Anchor-free vs anchor-based: what is the difference?"},
        {"Why does BERT need positional encodings?", "BERT为何需要位置编码"},
        // dedup28: "what are X used for" asks what X is for; "the three stages of" as 三个阶段; XGBoost's second-order
        // expansion (二阶展开); 做 as the light verb 进行 already is
        {"What are dilated convolutions used for?", "空洞卷积有什么用"},
        {"What are the three stages of RLHF?", "RLHF 的三个阶段是什么"},
        {"XGBoost 对损失函数做二阶展开的好处", "Why does XGBoost use a second-order Taylor expansion of the loss?"},
        // dedup28: the sinusoidal positional encoding (正余弦位置编码), "the formula of" as 公式, "original" as "vanilla"
        {"原始 Transformer 的正余弦位置编码公式是怎样的",
            "What is the formula of the sinusoidal positional encoding in the original Transformer?"},
        // dedup28: "what does each of … do" after a clause that places it, and "负责什么", ask what the parts are for;
        // BERT's CLS token is not the web metric CLS
        {"Seq2seq 中 encoder 和 decoder 分别负责什么", "Seq2seq 中 encoder 和 decoder 各自的作用"},
        {"In Seq2seq, what does each of the encoder and the decoder do?", "Seq2seq 中 encoder 和 decoder 各自的作用"},
        {"In BERT, what does the CLS token do?", "BERT中CLS token的作用"},
        // dedup27: the dense model an MoE is weighed against, the binary name of class imbalance, 真的/整体 fillers
        {"MoE和稠密模型相比有什么优势", "MoE vs dense models: what are the advantages?"},
        {"focal loss如何缓解正负样本不均衡", "focal loss如何解决类别不平衡"},
        {"早停真的有什么作用", "早停的作用"},
        {"说一下Transformer的整体流程", "Transformer的流程是什么"},
        // dedup27: out-of-vocabulary words (未登录词, OOV), 光流法 as optical flow, 讲解 as an instruction to explain
        {"How does a subword tokenizer handle out-of-vocabulary words?", "子词分词器如何处理未登录词"},
        {"OOV词怎么处理", "如何处理未登录词"},
        {"什么是光流法", "What is optical flow?"},
        {"请讲解一下Dropout的原理", "Dropout的原理是什么"},
        // dedup27: 正确率 is accuracy, and "the correct way to" (正确/正确地) asks how to do it
        {"What is accuracy?", "正确率是什么"},
        {"如何正确地对时间序列数据做标准化", "时间序列数据如何做标准化"},
        // dedup26: Swahili, Filipino/Taglish, Norwegian and Persian asks; a talk transcript's and a notebook's framing;
        // Norwegian and Persian names of terms; "and" between two names sharing a head in those languages
        {"Dropout ni nini?", "What is dropout?"},
        {"Ano ang dropout?", "What is dropout?"},
        {"Hva er dropout?", "What is dropout?"},
        {"dropout چیست؟", "What is dropout?"},
        {"Tofauti kati ya LSTM na GRU ni ipi?", "What is the difference between LSTM and GRU?"},
        {"Ano ang pagkakaiba ng LSTM at GRU?", "What is the difference between LSTM and GRU?"},
        {"Hva er forskjellen på LSTM og GRU?", "What is the difference between LSTM and GRU?"},
        {"تفاوت LSTM و GRU چیست؟", "What is the difference between LSTM and GRU?"},
        {"Batch normalization inafanyaje kazi?", "How does batch normalization work?"},
        {"Paano gumagana ang batch normalization?", "How does batch normalization work?"},
        {"Hvordan fungerer batch normalization?", "How does batch normalization work?"},
        {"batch normalization چگونه کار می‌کند؟", "How does batch normalization work?"},
        {"Kwa nini ReLU hutumika?", "Why use ReLU?"},
        {"[Q&A 05:12] AUDIENCE (mic 3): What is dropout?", "What is dropout?"},
        {"In [4]: # Q: What is dropout?", "**Exercise 2.1** What is dropout?"},
        {"Hva er elastisitetsmodulen?", "What is Young's modulus?"},
        {"مدول یانگ چیست؟", "What is Young's modulus?"},
        {"Hva er tredje normalform?", "What is 3NF?"},
        {"Hva er forskjellen på intern og ekstern fragmentering?",
            "What is the difference between internal and external fragmentation?"},
        {"Ano ang pagkakaiba ng laminar at turbulent flow?", "Laminar flow vs turbulent flow?"},
        {"Hva er forskjellen på 2,4 GHz og 5 GHz Wi-Fi?", "What is the difference between 2.4 GHz and 5 GHz Wi-Fi?"},
        {"Ano ang pivot table sa Excel?", "What is a pivot table?"},
        {"Tofauti kati ya GPL na BSD license ni ipi?", "Hva er forskjellen på GPL og BSD-lisensen?"},
        {"Kailan gagamit ng LSTM at kailan ng GRU?", "Ni lini utumie LSTM na ni lini GRU?"},
        {"Hvorfor er et kakediagram misvisende?", "Why is a pie chart misleading?"},
        {"Ano ang page cache sa Linux kernel?", "What is the page cache in Linux?"},
        {"Paano i-measure ang perplexity ng isang language model?", "How do you measure the perplexity of a language model?"},
        {"Hvordan beregner man perplexity?", "How do you calculate perplexity?"},
        {"Tofauti kati ya Wi-Fi ya 2.4 GHz na 5 GHz ni ipi?", "2.4 gigahertz vs 5 gigahertz Wi-Fi?"},
        // dedup14: bank-style asks, British spellings, general vocabulary
        {"Distinguish bagging from boosting.", "bagging和boosting的区别"},
        {"What does a tokeniser do?", "What does a tokenizer do?"},
        {"Explain vectorisation in NumPy.", "Explain vectorization in NumPy."},
        {"过拟合怎么破？", "如何解决过拟合"},
        {"How can overfitting be reduced?", "如何减少过拟合"},
        {"What means the learning rate?", "What is the learning rate?"},
        {"Why do we add residual connections?", "为什么要加入残差连接"},
        {"What layer normalization does?", "layer normalization的作用"},
        {"What is a z-test?", "什么是z检验"},
        {"What is a credible interval?", "可信区间是什么"},
        {"频率学派和贝叶斯学派的区别", "Frequentist vs Bayesian statistics"},
        {"What is the discount factor?", "折扣因子是什么"},
        {"What is user-based CF?", "基于用户的协同过滤是什么"},
        {"MF和协同过滤的区别", "矩阵分解和协同过滤的区别"},
        {"重参数技巧是什么", "什么是重参数化技巧"},
        {"探索与利用的权衡是什么", "What is the exploration-exploitation trade-off?"},
        {"VAE中的重参数化技巧有什么作用", "重参数化技巧的作用"},
        {"Seq2seq中的teacher forcing是什么", "什么是teacher forcing"},
        {"余弦退火学习率是什么", "什么是余弦退火"},
        {"Explain briefly what the KL divergence expresses. (2 marks)", "KL散度是什么"},
        {"为啥深层网络难训练", "深层网络难训练的原因"},
        {"投机解码为啥快", "投机解码加速的原因"},
        {"Transformer推理中的KV cache是什么", "什么是KV cache"},
        {"GAN训练出现模式崩溃怎么办", "如何缓解模式崩溃"},
        {"What is a recomender system?", "什么是推荐系统"},
        {"What is a recommender sytem?", "什么是推荐系统"},
        {"KD中温度T的作用", "知识蒸馏中温度参数的作用"},
        {"KNN中k怎么选", "KNN的K值如何选择"},
        {"LightGBM比XGBoost强在哪", "LightGBM相比XGBoost有哪些改进"},
        {"What improvements does LightGBM make over XGBoost?", "LightGBM相比XGBoost做了哪些改进"},
        {"BLEU咋算的", "How is BLEU computed?"},
        {"温度参数是干啥的", "温度参数的作用"},
        {"dropout率咋选", "如何选择dropout率"},
        {"数据漂移怎么排查", "How do you debug data drift?"},
        {"如何处理类别不平衡", "How to handle a severely imbalanced dataset?"},
        {"什麼是變異數", "什么是方差"},
        {"为什么Adapter会增加推理延迟", "Adapter为什么有额外的推理延迟"},
        {"推荐系统的冷启动该怎么解决", "推荐系统冷启动怎么解决"},
        {"VC维代表什么", "VC维的含义"},
        {"What is the Monty Hall problem?", "什么是三门问题"},
        // dedup8: "vs" joins two names like 和 (a shared head noun read off the second), '+' parts two names
        {"L1 vs L2正则", "L1和L2正则化的区别"},
        {"L1对比L2正则", "L1和L2正则化的区别"},
        {"top-k vs top-p采样", "top-k和top-p采样有什么区别"},
        {"GRU vs LSTM的区别", "GRU和LSTM有什么不同"},
        {"softmax+交叉熵的梯度怎么推导", "softmax与交叉熵的梯度推导"},
        {"CNN+LSTM有哪些应用", "CNN和LSTM有哪些应用"},
        // dedup8: the cause of a fix is how it fixes; a word written in two; exam asks
        {"简述BN能够缓解梯度消失的原因", "BN为什么能缓解梯度消失"},
        {"Why does batch normalization help prevent overfitting?", "BN为什么能防止过拟合"},
        {"drop out的作用", "dropout的作用"},
        {"试比较GRU与LSTM的异同", "GRU和LSTM的区别"},
        {"试述Adam相对于传统SGD的改进", "Adam比SGD好在哪"},
        {"Explain what perplexity means.", "困惑度是什么意思"},
        {"手推softmax的梯度", "softmax的梯度推导"},
        // dedup9: textbook exercise numbers, 差在哪 (difference), 起什么作用 (purpose), 物理含义 (definition), an
        // Anki back's one-word ask ("X: purpose"), a fine-tuning method before 微调, a Chinese name before "loss",
        // an English name before 模型, the IME's 过拟和 and 原里
        {"习题7.3 比较L1与L2正则化的异同。", "L1和L2正则化有什么区别"},
        {"GRU跟LSTM差在哪里", "GRU和LSTM的区别"},
        {"残差连接在网络中起什么作用", "残差连接的作用是什么"},
        {"F1分数的物理含义是什么", "F1分数的含义"},
        {"Layer normalization: purpose", "层归一化有什么用"},
        {"讲讲QLoRA微调的原理", "QLoRA的原理是什么"},
        {"为什么需要对比loss", "为什么需要对比损失"},
        {"diffusion模型的原理", "扩散模型的原理是什么"},
        {"BN为什么能缓解过拟和", "BN为什么能防止过拟合"},
        {"GRU的原里是什么", "GRU的原理"},
        {"极端梯度提升(XGBoost)的优点", "XGBoost的优点有哪些"},
        // dedup9: an aside inside a term glosses it; 是怎么产生的 asks a cause, 代表什么意义 a meaning, "what does it
        // measure" a definition; 为什么要加 a purpose; how an optimiser updates parameters is its principle; eval
        // mode is inference, 模式/包含 are fillers; 平方损失 is MSE; Taiwan's 快取 is 缓存
        {"Greedy vs beam (束) search", "greedy search和beam search的区别"},
        {"Top-k（前k个）采样的原理", "top-k采样是怎么工作的"},
        {"过拟合是怎么产生的", "过拟合的原因是什么"},
        {"F1分数代表什么意义", "F1分数的含义是什么"},
        {"Perplexity: what does it measure?", "困惑度的含义"},
        {"为什么要加残差连接", "为什么需要残差连接"},
        {"RMSProp是如何更新参数的", "RMSProp的原理"},
        {"Dropout: train vs eval mode", "Dropout在训练和推理时有什么不同"},
        {"Transformer包含哪几个步骤", "Transformer的步骤"},
        {"线性回归为什么用平方损失", "线性回归为什么用均方误差"},
        {"KV快取的作用", "KV缓存的作用"},
        // dedup9: a question pointing back at the one concept its context names; "in production" is the setting
        // every deployed model shares; two letters swapped in a short word, -sion for -tion
        {"我们的网络很深，训练时出现了梯度消失。请问残差连接是如何缓解这个问题的？", "残差连接如何缓解梯度消失"},
        {"Our model shows severe overfitting. How does weight decay address this problem?", "How does weight decay reduce overfitting?"},
        {"How do you detect concept drift in production?", "如何检测概念漂移"},
        {"dropuot的作用", "dropout的作用"},
        {"What is attension?", "什么是注意力机制"},
        {"Why use softamx?", "为什么要用softmax"},
        // dedup9: a subword method before 分词 (its head noun); an Anki back "X: fixes"
        {"WordPiece分词的原理是什么", "WordPiece: how it works"},
        {"Mode collapse: fixes", "如何解决模式崩溃"},
        // dedup9: an English residual word counts without its plural ending
        {"How to set the learning rate for large batches?", "大batch时学习率怎么设置"},
        // dedup10: an aspect particle before a short fix verb; "What does X measure/state?" asks what X is; 要 (must)
        // before a term, like 需要; a phase joined to the other is no setting; when-to-use asks; modal and filler
        // words (应当, 某一, 存在, 能否, 一词, 整个, actually, traditional, 什么样, 起到); how would you explain; the keyword
        // title "X 内容"; spellings (ROC AUC, gradient boosted trees, 1x1卷积核, KV caching, 一类错误)
        {"梯度爆炸了咋整", "梯度爆炸怎么解决"},
        {"What does the F1 score measure?", "F1分数的含义是什么"},
        {"What does Bayes' theorem state?", "贝叶斯定理说的是什么"},
        {"为什么要warmup", "为什么需要warmup"},
        {"GAN为啥要谱归一化", "GAN为什么需要谱归一化"},
        {"BN 训练与推理的区别", "BN在训练和推理时有什么不同"},
        {"LayerNorm training vs inference", "LayerNorm在训练阶段和推理阶段的区别"},
        {"什么时候用LoRA", "When should you use LoRA?"},
        {"在何种情况下应当选择GRU而非LSTM", "When should you use GRU instead of LSTM?"},
        {"在推荐系统中，应当如何缓解冷启动问题", "推荐系统冷启动怎么缓解"},
        {"怎么计算Transformer中某一层的参数量", "Transformer中一层的参数量怎么计算"},
        {"SVM与逻辑回归之间存在哪些差异", "SVM和逻辑回归的区别"},
        {"能否请你解释一下GRU的工作原理", "简述GRU的原理"},
        {"BERT中“预训练”一词指的是什么", "BERT中的预训练指的是什么"},
        {"Transformer整个流程是咋样的", "Transformer的流程讲一下"},
        {"What does BLEU actually measure?", "BLEU代表什么"},
        {"What improvements does LightGBM make over traditional XGBoost?", "LightGBM相比XGBoost有哪些改进"},
        {"注意力机制在模型中起到了什么样的作用", "注意力机制的作用是什么"},
        {"你会如何解释置信区间的含义", "解释置信区间的含义"},
        {"大数定律 内容", "大数定律说的是什么"},
        {"Why is ROC AUC a good metric?", "Why is AUC a good metric?"},
        {"What is gradient boosted trees?", "什么是GBDT"},
        {"1x1卷积核的作用", "1*1卷积有什么用"},
        {"What is KV caching?", "什么是KV cache"},
        {"一类错误和二类错误的区别", "第一类错误和第二类错误有什么不同"},
        // dedup10: why a name says a word asks what the word means; "what does X do" asks its purpose; a clause
        // that only places the question ("在X中，") lets X be the setting; -化 typed as 话; 防 short for 防止; "RF"
        // beside trees is a random forest, beside convolutions a receptive field; "in deep networks" is the
        // setting every question shares; 试分析 (exam); 选取; 速度快 = 快; 组合后, so
        {"随机森林为什么叫随机", "随机森林中的随机指的是什么"},
        {"Why is logistic regression called a regression?", "逻辑回归中的回归一词指的是什么"},
        {"What does label smoothing do in training?", "训练时标签平滑的作用是什么"},
        {"What does weight decay do?", "权重衰减有什么用"},
        {"在KNN中，如何选择K", "KNN的k怎么选"},
        {"In k-means, how do you choose k?", "K-means中的K值如何选择"},
        {"批归一话的作用", "批归一化的作用"},
        {"为啥残差连接能防梯度消失", "残差连接为什么能缓解梯度消失"},
        {"RF和XGBoost的区别", "随机森林和XGBoost有什么区别"},
        {"CNN中RF怎么算", "CNN中感受野如何计算"},
        {"What causes exploding gradients in deep networks?", "梯度爆炸的原因是什么"},
        {"试分析过拟合产生的原因", "过拟合的原因是什么"},
        {"K-means的K如何选取", "K-means的K如何选择"},
        {"为什么FlashAttention速度快", "Why is FlashAttention so fast?"},
        {"推导sigmoid与交叉熵组合后的梯度", "sigmoid+交叉熵的梯度推导"},
        // dedup10: an article after "and" still shares the head noun; the receptive field belongs to a CNN;
        // 不敏感 = insensitive, 采样 = sampling; "layer"
        // is a filler like 层
        {"What is the difference between a Type I and a Type II error?", "一类错误和二类错误的区别"},
        {"What is the difference between an L1 and an L2 penalty?", "L1和L2惩罚的区别"},
        {"How is the receptive field of a CNN layer computed?", "感受野怎么算"},
        {"Why is the F1 score insensitive to class imbalance?", "为什么F1分数对类别不平衡不敏感"},
        {"What does top-k do in sampling?", "采样时top-k的作用"},
        // dedup10: a 的 inside a term; "N个训练阶段" are the steps of a pipeline; one- and two-stage belong to
        // object detection (its setting)
        {"学习率的衰减有什么作用", "学习率衰减的作用"},
        {"权重的衰减是什么", "什么是权重衰减"},
        {"类别不平衡的数据集怎么处理", "如何处理不平衡数据集"},
        {"简述ChatGPT的三个训练阶段", "ChatGPT的流程讲一下"},
        {"one-stage和two-stage检测算法的区别", "单阶段目标检测与两阶段目标检测有什么不同"},
        // dedup10: ZeRO named by its capitals or a stage number, without DeepSpeed
        {"ZeRO的原理是什么", "DeepSpeed ZeRO是怎么工作的"},
        {"ZeRO的原理是什么", "零冗余优化器的原理"},
        {"ZeRO-1/2/3的区别", "zero1、zero2和zero3有什么区别"},
        // dedup10: 咋办 after any word asks (no task is named so); 样本量 = sample size; 多少 asks no opposites;
        // "how do you determine" is a choice like 怎么确定
        {"验证集loss一直涨咋办", "验证集loss一直涨怎么办"},
        {"假设检验要多少样本量咋算", "如何计算假设检验所需的样本量"},
        {"How do you determine the batch size?", "batch size怎么确定"},
        // dedup12: a colloquial post ends its sentences with an emoji or a particle and a space, not a mark, so the
        // chat after its first sentence is a follow-on; its openers (宝子们, 家人们谁懂啊, 求大佬) are boilerplate;
        // 是啥意思 / 是个啥 ask what a thing is
        {"过拟合到底是啥意思呀 老是搞混😭", "什么是过拟合"},
        {"梯度消失咋解决呀 面试老被问🥲", "梯度消失怎么解决"},
        {"宝子们 Adam和SGD有啥区别😵", "Adam和SGD的区别"},
        {"家人们谁懂啊 注意力机制到底是个啥 完全看不懂", "什么是注意力机制"},
        {"梯度爆炸咋办啊 每次训练都nan", "梯度爆炸怎么办"},
        {"求大佬 早停是啥意思", "early stopping是什么意思"},
        // dedup12: Taiwan/Hong Kong spellings (辨識, 斷詞, 型一錯誤, 語意, 推論, 運作原理), formal English names
        // (key-value cache, k-fold cross-validation) and LLM-agent and MLOps vocabulary
        {"請說明語音辨識的流程", "语音识别的流程是什么"},
        {"什麼是斷詞", "什么是分词"},
        {"型一錯誤是什麼", "什么是第一类错误"},
        {"語意分割是什麼", "什么是语义分割"},
        {"批次正規化在推論時怎麼計算", "BN在推理时怎么计算"},
        {"FlashAttention的运作原理", "FlashAttention的原理"},
        {"What is the purpose of the key-value cache?", "KV cache的作用是什么"},
        {"Why use k-fold cross-validation?", "为什么要用交叉验证"},
        {"What is a feature store?", "什么是特征仓库"},
        {"Shadow deployment vs canary release", "影子部署和金丝雀发布有什么区别"},
        {"How to handle data skew in Spark?", "Spark数据倾斜怎么处理"},
        {"What is the ReAct framework?", "什么是ReAct"},
        {"Two-tower retrieval: limitations", "双塔模型有哪些缺点"},
        // dedup12: a flashcard's bare why asks what the thing is for, its bare how how it works; mitigations fix,
        // choosing is a choice
        {"Dropout — why?", "为什么要用dropout"},
        {"Label smoothing: why?", "标签平滑的作用是什么"},
        {"Gradient clipping — how?", "梯度裁剪的原理是什么"},
        {"Overfitting — mitigations?", "如何缓解过拟合"},
        {"Choosing the batch size?", "batch size怎么选"},
        // dedup12: a concept named only in a follow-on sentence that compares nothing is a detail of the question,
        // its setting (a rephrasing may leave it out)
        {"Adam的原理是什么？学习率一般设多少", "Adam优化器的原理"},
        {"什么是知识蒸馏？温度T起什么作用", "什么是知识蒸馏"},
        {"KV cache的作用是什么？MQA能省多少显存", "KV cache有什么用"},
        // dedup12: a flashcard's topic label before its colon places the question like "在X中"; Spark, load
        // imbalance, 发生 (a filler like 出现)
        {"K-means: choosing k?", "K均值聚类中k怎么选"},
        {"How do you handle data skew in Spark?", "Spark发生数据倾斜怎么处理"},
        {"MoE负载不均衡怎么办", "How to fix expert load imbalance in MoE?"},
        // dedup12: the data a problem sits in is the setting every such question shares (数据里的, in a dataset);
        // 一堆 and used are fillers; verbs and short names of terms (hallucinate, diffusion, dilated conv); "the key
        // idea behind" asks the principle
        {"数据里一堆异常值咋处理", "异常值怎么处理"},
        {"How to handle outliers in a dataset?", "如何处理异常值"},
        {"What causes LLMs to hallucinate?", "大模型为什么会产生幻觉"},
        {"Diffusion vs VAE?", "扩散模型和VAE的区别"},
        {"dilated conv有什么用", "空洞卷积的作用"},
        {"Explain the key idea behind LoRA", "LoRA的核心思想"},
        // dedup12: "why is X needed" asks the purpose; time words (现在, modern) are fillers; a method is named with
        // the family it belongs to (模型量化里的PTQ, 扩散模型中的CFG, 混合精度训练的损失缩放)
        {"Why is gradient clipping needed?", "为什么需要梯度裁剪"},
        {"为什么现在大模型都用RoPE", "Why do modern LLMs use RoPE?"},
        {"模型量化里PTQ是什么", "什么是PTQ"},
        {"扩散模型中的classifier-free guidance是什么", "什么是classifier-free guidance"},
        {"Mixed precision: why loss scaling?", "混合精度训练为什么需要损失缩放"},
        // dedup12: in an LLM bank the large language model is the setting, like 深度学习 in a deep-learning bank
        {"Explain the difference between pre-training and fine-tuning of a large language model.", "预训练和微调的区别"},
        {"大模型的RLHF流程是怎样的", "RLHF的流程"},
        // dedup12: "Explain what X represents" asks what X means; a deep convolutional network is a CNN; two number
        // formats are compared as what they are (浮点格式 their setting)
        {"Explain what the F1 score represents.", "F1分数是什么意思"},
        {"How do you calculate the receptive field in a deep convolutional network?", "感受野怎么计算"},
        {"比较FP32与FP16两种浮点格式的区别", "FP32 vs FP16?"},
        // dedup12: RAG's chunk size (怎么定, 多大合适 choose); 流程为何 asks the steps; extracting a named feature
        {"RAG的chunk size怎么定", "How to choose the chunk size for RAG?"},
        {"GMM-HMM的训练流程为何", "GMM-HMM的训练步骤"},
        {"MFCC特征提取的步骤", "MFCC extraction steps?"},
        // dedup13: "how is X different from Y" asks the difference; 啥 and 咋 are the spoken 什么 and 怎么 of every ask;
        // "what issue does X address" asks what X is for, like "what problem does X solve"; "what does X accomplish"
        {"How is GRU different from LSTM?", "GRU和LSTM有什么区别"},
        {"Layer norm vs batch norm: how are they different?", "LN和BN的区别"},
        {"注意力机制解决了啥问题", "What issue does the attention mechanism address?"},
        {"注意力机制解决了啥问题", "注意力机制的作用是什么"},
        {"What does label smoothing actually accomplish?", "标签平滑的作用"},
        // dedup13: fillers (出来 after a verb, practical, my, a parameter's head noun, 全部), a field as setting
        {"AUC是怎么算出来的", "AUC怎么计算"},
        {"What is the practical difference between Adam and SGD?", "Adam和SGD的区别"},
        {"How can I avoid overfitting in my model?", "如何避免过拟合"},
        {"What is a p-value in statistics?", "什么是p值"},
        // dedup13: zero initialisation said as a verb; Greek letters written out; rank = 秩; a model's part (侧, 部分)
        {"为什么MLP的权重不能全部初始化为0", "Why shouldn't MLP weights be initialized to zero?"},
        {"为什么MLP的权重不能全初始化成0", "为什么MLP的权重不能全0初始化"},
        {"L2正则中λ的作用", "What does the lambda parameter do in L2 regularization?"},
        {"矩阵分解中秩的选择", "How do you choose the rank in matrix factorization?"},
        {"DeepFM里FM侧是干嘛的", "DeepFM中FM部分的作用"},
        {"What is the role of the FM part in DeepFM?", "DeepFM中FM部分的作用"},
        // dedup13: a split criterion is named with its tree, a metric with its model
        {"决策树里信息增益比是什么", "什么是信息增益比"},
        {"语言模型中困惑度的含义", "What is perplexity?"},
        {"What is perplexity in language modeling?", "困惑度是什么"},
        // dedup13: spoken verbs of a purpose (搞, 非要); improve = 提升 (效果 a filler); small objects; a method with
        // the task or network it serves; assumptions; freezing
        {"为啥要搞数据增强", "为什么要使用数据增强"},
        {"为啥非要用warmup", "为什么需要warmup"},
        {"为什么数据增强能提升小目标检测效果", "Why does data augmentation improve small object detection?"},
        {"How does isolation forest work in anomaly detection?", "孤立森林是如何工作的"},
        {"What does focal loss do in object detection?", "focal loss的作用"},
        {"What is a 1x1 convolution in a CNN?", "什么是1x1卷积"},
        {"Derive the normal equation.", "线性回归正规方程推导"},
        {"ReLU死掉怎么办", "如何解决dying ReLU问题"},
        {"What are the assumptions of logistic regression?", "逻辑回归有哪些假设"},
        {"BERT微调冻结哪些层", "BERT微调时冻哪些层"},
        // dedup13: two modifiers sharing one head noun, a long English word before "and", a vs between Chinese words
        {"What is the difference between supervised and unsupervised learning?", "监督学习和无监督学习的区别"},
        {"监督vs无监督学习", "监督学习和无监督学习的区别"},
        // dedup13: improve is a filler like help; 改进点 asks the difference
        {"Why does label smoothing improve calibration?", "Why does label smoothing help calibration?"},
        {"LightGBM相比XGBoost的改进点", "LightGBM相比XGBoost有哪些改进"},
        // dedup15: Japanese questions (hiragana are grammar; …とは, …の違いは, …はなぜ, …の仕組み, …を防ぐには)
        {"ドロップアウトとは何ですか？", "什么是dropout"},
        {"GRUとLSTMの違いは何ですか？", "GRU和LSTM有什么区别"},
        {"Adamの仕組みを説明してください。", "Adam的原理"},
        {"過学習を防ぐにはどうしますか？", "How do you prevent overfitting?"},
        {"バッチ正規化の欠点は何ですか？", "BN有哪些缺点"},
        // dedup15: written Cantonese (點解, 係咩, 有咩分別, 點樣, 點計; 嘅, 咗, 同 and 唔 are its grammar)
        {"GRU 同 LSTM 有咩分別？", "GRU和LSTM的区别是什么"},
        {"Dropout 係咩嚟？", "什么是dropout"},
        {"點解要用 Batch Norm？", "为什么要用BN"},
        {"Softmax 嘅梯度點計？", "softmax的梯度怎么算"},
        {"點樣避免過擬合？", "如何避免过拟合"},
        {"Adam 有咩缺點？", "Adam的缺点"},
        // dedup15: LLM serving, speech and causal vocabulary; a Japanese katakana or kanji spelling
        {"What is speculative decoding?", "投机解码是什么"},
        {"TTFT是什么", "What is time to first token?"},
        {"What does a vocoder do?", "声码器的作用"},
        {"KVキャッシュとは何ですか？", "KV cache是什么"},
        {"スケーリング則とは？", "What are scaling laws?"},
        {"What does memory-bound mean?", "什么是访存受限"},
        {"Transformer 係點運作？", "Transformer的原理"},
        {"What's the point of dropout?", "dropout的作用"},
        {"Whats the job of a discriminator in a GAN?", "GAN中判别器的作用"},
        {"How would you check whether a model is overfitting?", "如何判断模型是否过拟合"},
        {"k-meansのステップを説明してください。", "k-means的步骤"},
        {"How do you evaluate a recommender system?", "推荐系统怎么评估"},
        {"How do you compute the cosine similarity of two vectors?", "两个向量的余弦相似度怎么算"},
        // dedup17: the new topics' terms across English, Chinese, Spanish and Vietnamese
        {"What is a neural radiance field?", "什么是神经辐射场（NeRF）"},
        {"¿Qué es una nube de puntos?", "What is a point cloud?"},
        {"What is conformal prediction?", "什么是共形预测"},
        {"¿Qué es el análisis de supervivencia?", "什么是生存分析"},
        {"Kalman filter hoạt động như thế nào?", "卡尔曼滤波的原理"},
        {"What is behavioral cloning?", "行为克隆是什么"},
        {"¿Qué es el flujo óptico?", "What is optical flow?"},
        {"What is the aperture problem?", "什么是孔径问题"},
        {"¿Cómo funciona el algoritmo genético?", "遗传算法的原理"},
        {"What is a labeling function in weak supervision?", "弱监督中的标注函数是什么"},
        // dedup17: a part or a method named with its whole or family on one side (part_of)
        {"分位数回归中的分位数交叉是什么", "What is quantile crossing?"},
        {"MAML元学习的原理是什么", "How does MAML work?"},
        {"Cox模型中的比例风险假设是什么意思", "What is the proportional hazards assumption?"},
        {"DANN里的梯度反转层有什么作用", "What is the gradient reversal layer for?"},
        // dedup18: "kernel" read by the terms beside it (senses): a kernel function in a Gaussian process or an SVM,
        // a convolution's filter beside a convolution
        {"What role does the kernel play in Gaussian process regression?", "高斯过程回归中核函数起什么作用"},
        {"How do you choose the kernel for an SVM?", "支持向量机的核函数如何选择"},
        {"What is a kernel in a CNN?", "卷积神经网络中的卷积核是什么"},
        // dedup19: search, experiment, SQL, stream and classic CV terms across English and Chinese
        {"What is an inverted index?", "倒排索引是什么"},
        {"PageRank 阻尼系数 作用", "What does the damping factor in PageRank do?"},
        {"How does PageRank handle dangling nodes?", "PageRank 如何处理悬挂节点"},
        {"蓄水池抽样 原理", "How does reservoir sampling work?"},
        {"Bonferroni 校正与 BH 方法的区别", "Bonferroni correction vs Benjamini-Hochberg: what's the difference?"},
        {"How does HyperLogLog do cardinality estimation?", "HyperLogLog 基数估计 原理"},
        {"HOG 特征 提取 步骤", "What are the steps of HOG feature extraction?"},
        {"What is a pipeline bubble?", "流水线并行中的气泡是什么"},
        {"Why use a moving average in SQL?", "为什么 SQL 中用移动平均"},
        {"What is the E-step of EM?", "EM算法的E步是什么"},
        {"WHERE 与 HAVING 子句的区别", "WHERE vs HAVING 的区别"},
        {"SIFT or ORB: what's the difference?", "SIFT 与 ORB 的区别"},
        {"PCA降维的原理", "How does PCA work?"},
        {"在线特征库与离线特征库的区别", "Online store vs offline store: what's the difference?"},
        {"Why keep FP32 master weights in mixed precision training?", "Why keep the FP32 master weights?"},
        {"How does SIFT become invariant to scale?", "How does SIFT achieve scale invariance?"},
        // dedup20: German and Indonesian asks, a chat head without brackets, custom emoji, hashtags, wiki-links, a
        // quoted question in a post about it, an oral exam's label and its ordinal
        {"Was ist Dropout?", "What is dropout?"},
        {"Was versteht man unter Batch Normalization?", "什么是批归一化"},
        {"Was ist der Unterschied zwischen Bagging und Boosting?", "Bagging vs boosting: what's the difference?"},
        {"Wie funktioniert Beam Search?", "How does beam search work?"},
        {"Warum verwendet man Residual Connections?", "Why do we use residual connections?"},
        {"Erklären Sie das Attention-Verfahren.", "Explain attention."},
        {"Apa itu dropout?", "What is dropout?"},
        {"Apa perbedaan bagging dan boosting?", "bagging和boosting的区别"},
        {"Bagaimana cara kerja beam search?", "How does beam search work?"},
        {"Jelaskan attention dalam transformer.", "Explain attention in the transformer."},
        {"Mengapa kita membutuhkan batch normalization?", "Why do we need batch normalization?"},
        {"kim — 21:07 | what is dropout? <:thinking:8812> asking for a friend", "What is dropout?"},
        {"What is dropout? #DeepLearning #Interviews", "What is dropout?"},
        {"[[Dropout]] — what is it? #regularization", "What is dropout?"},
        {"Asked at my onsite 🚀: \"What is dropout?\" #MachineLearning", "What is dropout?"},
        {"口试第2题（助教念）：请同学解释一下什么是 dropout。", "什么是dropout"},
        // dedup20: learning theory, storage, distributed systems, CUDA and signal-processing terms in four languages,
        // and a part named with its whole
        {"Wie funktioniert die Leader-Wahl bei Raft?", "How does leader election work in Raft?"},
        {"Apa itu memory coalescing?", "什么是合并访存"},
        {"Was besagt das Faltungstheorem?", "What does the convolution theorem say?"},
        {"Was ist der Unterschied zwischen B-Tree und LSM-Tree?", "B树和LSM树的区别"},
        {"What is pseudo-labeling in semi-supervised learning?", "什么是伪标签"},
        {"Worin unterscheiden sich Bayes-Netze und Markov Random Fields?", "贝叶斯网络和马尔可夫随机场的区别"},
        // a second ask joined by "und" / "dan" is a follow-on, as after "and"
        {"Was ist Dropout und warum hilft es?", "What is dropout and why does it help?"},
        {"Apa itu dropout dan mengapa efektif?", "什么是dropout？为什么有效？"},
        // dedup25: Ukrainian, Hungarian, Bengali and Tamil asks (Bengali and Tamil read as words, a case word after a
        // hyphen a word of its own), Hungarian case endings hyphenated onto a term, a second ask after their "and", a
        // sign-up sheet's row (its topic a setting); an exam's sub-part label ("Q4 (b) [3 marks]") was read already
        {"Що таке dropout?", "What is dropout?"},
        {"Mi az a dropout?", "What is dropout?"},
        {"Dropout কী?", "What is dropout?"},
        {"Dropout என்றால் என்ன?", "What is dropout?"},
        {"Яка різниця між LSTM і GRU?", "What is the difference between LSTM and GRU?"},
        {"Mi a különbség az LSTM és a GRU között?", "What is the difference between LSTM and GRU?"},
        {"LSTM এবং GRU-এর মধ্যে পার্থক্য কী?", "What is the difference between LSTM and GRU?"},
        {"LSTM மற்றும் GRU இடையே உள்ள வேறுபாடு என்ன?", "What is the difference between LSTM and GRU?"},
        {"Як працює beam search?", "How does beam search work?"},
        {"Hogyan működik a beam search?", "How does beam search work?"},
        {"Beam search কীভাবে কাজ করে?", "How does beam search work?"},
        {"Beam search எப்படி வேலை செய்கிறது?", "How does beam search work?"},
        {"Miért használunk dropout-ot a CNN-ben?", "Why use dropout in a CNN?"},
        {"Що таке dropout і чому він допомагає?", "What is dropout?"},
        {"Mi az a dropout, és miért segít?", "What is dropout?"},
        {"Dropout কী এবং এটি কেন কাজ করে?", "What is dropout?"},
        {"Lab sign-up (Wed 4pm), topic: regularisation — my q: what is dropout?", "What is dropout?"},
        {"Q4 (b) [3 marks] Compare LSTM with GRU.", "What is the difference between LSTM and GRU?"},
        // a shared head after Hungarian's "and" and article, a list before its "and", an exam's second instruction
        // (a noun that is also a verb does not start one), "doesn't work" said as in English, a method's generic head
        // noun in Tamil, an exam's "Show how"
        {"Mi a különbség a batch és a layer normalization között?",
            "What is the difference between batch normalization and layer normalization?"},
        {"Mi az SGD, Adam és RMSProp, és hogyan működnek együtt?", "What are SGD, Adam and RMSProp?"},
        {"Define dropout and explain why it reduces overfitting.", "What is dropout?"},
        {"Compare the Strategy and State patterns.", "What is the difference between the Strategy and State patterns?"},
        {"Miért nem működik a dropout az RNN-ben?", "Чому dropout не працює в RNN?"},
        {"Dropout RNN-এ কেন কাজ করে না?", "Why does dropout break in an RNN?"},
        {"Beam search முறை எப்படி வேலை செய்கிறது?", "How does beam search work?"},
        {"Show how the F1 score is calculated.", "How is the F1 score calculated?"},
        // Ukrainian "Які …" lists as "List the …" does; the words around the terms in the four languages; root finding
        // is a setting
        {"Які розділи має містити хороший README?", "List the sections a good README should contain."},
        {"Чому потрібно щонайменше три супутники?", "Why are at least three satellites needed?"},
        {"How does Newton's method work for finding roots?", "How does Newton's method work?"},
        // dedup24: Romanian, Finnish, Hindi, Arabic and Hebrew asks (Arabic and Hebrew words without their glued
        // article and prefixes), a messenger export's dated head, Finnish case endings on a term, a second ask after
        // another language's "and"
        {"Ce este dropout?", "What is dropout?"},
        {"Mikä on dropout?", "What is dropout?"},
        {"dropout क्या है?", "What is dropout?"},
        {"ما هو dropout؟", "What is dropout?"},
        {"מה זה dropout?", "What is dropout?"},
        {"Care este diferența dintre LSTM și GRU?", "What is the difference between LSTM and GRU?"},
        {"Mitä eroa on LSTM:llä ja GRU:lla?", "What is the difference between LSTM and GRU?"},
        {"LSTM और GRU में क्या अंतर है?", "What is the difference between LSTM and GRU?"},
        {"ما الفرق بين LSTM و GRU؟", "What is the difference between LSTM and GRU?"},
        {"מה ההבדל בין LSTM ל-GRU?", "What is the difference between LSTM and GRU?"},
        {"Cum funcționează beam search?", "How does beam search work?"},
        {"Miten beam search toimii?", "How does beam search work?"},
        {"beam search कैसे काम करता है?", "How does beam search work?"},
        {"كيف يعمل beam search؟", "How does beam search work?"},
        {"איך עובד beam search?", "How does beam search work?"},
        {"[03/02, 21:15] Dana: what is dropout?", "What is dropout?"},
        {"Ce este dropout și de ce ajută?", "What is dropout?"},
        {"ما هو dropout ولماذا يساعد؟", "What is dropout?"},
        {"dropout क्या है और यह क्यों मदद करता है?", "What is dropout?"},
        {"Mikä on loop closure SLAMissa?", "What is loop closure in SLAM?"},
        {"Mikä on dropout (pudotus) ja miksi se auttaa?", "What is dropout?"},
        {"איך dropout עובד?", "How does dropout work?"},
        {"מה זה dropout ואיך הוא עובד?", "What is dropout?"},
        // dedup23: Dutch, Swedish, Czech, Greek and Thai asks (Greek words without accents or case endings, Thai cut
        // into words), a Glassdoor review's lead, a shared head after another language's "and"
        {"Wat is dropout?", "What is dropout?"},
        {"Vad är dropout?", "什么是dropout"},
        {"Co je dropout?", "What is dropout?"},
        {"Τι είναι το dropout;", "What is dropout?"},
        {"dropout คืออะไร", "What is dropout?"},
        {"Wat is het verschil tussen LSTM en GRU?", "What is the difference between LSTM and GRU?"},
        {"Vad är skillnaden mellan LSTM och GRU?", "LSTM和GRU的区别"},
        {"Jaký je rozdíl mezi LSTM a GRU?", "What is the difference between LSTM and GRU?"},
        {"Ποια είναι η διαφορά μεταξύ LSTM και GRU;", "What is the difference between LSTM and GRU?"},
        {"LSTM กับ GRU ต่างกันอย่างไร", "What is the difference between LSTM and GRU?"},
        {"Hoe werkt beam search?", "How does beam search work?"},
        {"Πώς λειτουργεί το beam search;", "How does beam search work?"},
        {"beam search ทำงานอย่างไร", "How does beam search work?"},
        {"They asked me what dropout is.", "What is dropout?"},
        {"I was asked to compare bagging and boosting.", "What is the difference between bagging and boosting?"},
        {"Wat is het verschil tussen L1 en L2 regularization?", "What is the difference between L1 and L2 regularization?"},
        {"Waarom gebruik je batch normalization?", "Why do we need batch normalization?"},
        {"I was asked what an IAM role is in AWS.", "Wat is een IAM role?"},
        // dedup22: Italian, Turkish, Polish and Hinglish asks, a LaTeX exam's markup and marks, a screening form
        {"Che cos'è il dropout?", "What is dropout?"},
        {"Dropout nedir?", "What is dropout?"},
        {"Czym jest dropout?", "什么是dropout"},
        {"Dropout kya hota hai?", "What is dropout?"},
        {"LSTM ile GRU arasındaki fark nedir?", "What is the difference between LSTM and GRU?"},
        {"Jaka jest różnica między LSTM a GRU?", "LSTM和GRU的区别"},
        {"LSTM aur GRU mein kya difference hai?", "What is the difference between LSTM and GRU?"},
        {"Qual è la differenza tra LSTM e GRU?", "What is the difference between LSTM and GRU?"},
        {"\\question Explain \\textbf{dropout}. \\hfill [4 marks]", "Explain dropout."},
        {"ML screen Q2: Can the candidate explain what dropout is? ☐ yes ☐ no", "What is dropout?"},
        {"Tech screen — ask: What is dropout?", "Knockout: What is dropout?"},
        // a software question's language is its setting, which a rephrasing may leave out
        {"What is a closure in JavaScript?", "Che cos'è una closure?"},
        {"Python'da dekoratör nedir?", "What is a decorator?"},
        // dedup21: French, Brazilian Portuguese and Russian asks (Russian words in any case), an X thread's number
        // and topic, a Hacker News head, systems terms in four languages
        {"Qu'est-ce que le dropout ?", "What is dropout?"},
        {"O que é dropout?", "什么是dropout"},
        {"Что такое dropout?", "What is dropout?"},
        {"Expliquez le dropout.", "Explain dropout."},
        {"Quelle est la différence entre un mutex et un sémaphore ?", "Чем мьютекс отличается от семафора?"},
        {"Qual a diferença entre mutex e semáforo?", "What is the difference between a mutex and a semaphore?"},
        {"Как работает фильтр Блума?", "Comment fonctionne un filtre de Bloom ?"},
        {"Что такое виртуальная память?", "Qu'est-ce que la mémoire virtuelle ?"},
        {"À quoi sert le TLB ?", "Para que serve a TLB?"},
        {"Зачем нужен TLB?", "What is the TLB for?"},
        {"3/ what is a Bloom filter? bonus: false positives", "Ask HN: What is a Bloom filter?"},
        {"1/ infra interview thread 🧵 q1: what is a deadlock?", "What is a deadlock?"},
        // Portuguese "em" ("in") is no EM algorithm; a part named with its whole
        {"O que é false sharing em C?", "Qu'est-ce que le false sharing en C ?"},
        {"How does slow start work in TCP congestion control?", "Como funciona o slow start do TCP?"},
        {"Pourquoi PageRank utilise-t-il un facteur d'amortissement ?", "Why does PageRank need a damping factor?"},
    };

    @Test
    void aPluralCountsAsItsSingular() {
        assertThat(QuestionAnalyzer.singular("batches")).isEqualTo("batch");
        assertThat(QuestionAnalyzer.singular("strategies")).isEqualTo("strategy");
        assertThat(QuestionAnalyzer.singular("heads")).isEqualTo("head");
        assertThat(QuestionAnalyzer.singular("classes")).isEqualTo("class");
        for (String kept : new String[] {"loss", "bias", "status", "has", "its", "batch", "yolov5s", "resnet50s"}) {
            assertThat(QuestionAnalyzer.singular(kept)).isEqualTo(kept);
        }
    }

    @Test
    void anAsideInsideATermMovesToItsEnd() {
        assertThat(analyzer.asidesAfterTheirTerms("nucleus⟪top p⟫sampling的原理"))
                .isEqualTo("nucleus sampling⟪top p⟫的原理");
        assertThat(analyzer.asidesAfterTheirTerms("top k⟪前k个⟫采样")).isEqualTo("top k采样⟪前k个⟫");
        // an aside after a whole term, or between two words that make no term, stays
        assertThat(analyzer.asidesAfterTheirTerms("层归一化⟪layernorm⟫的作用")).isEqualTo("层归一化⟪layernorm⟫的作用");
        assertThat(analyzer.asidesAfterTheirTerms("dropout⟪p 0 5⟫为什么有效")).isEqualTo("dropout⟪p 0 5⟫为什么有效");
    }

    @Test
    void aPlacingClauseKeepsItsWordsWhereTheyStand() {
        // the placing clause's mentions stay filed under it (their positions are in its own words): a first try moved
        // them to the next clause and read past the end of that clause's words (found by QuestionAnalyzerProperty)
        assertThat(analyzer.profile("yolo中yolo？什么是").core()).containsExactly("yolo");
        assertThat(analyzer.profile("在K-means中，K如何选择").broad()).containsExactly("k均值");
    }

    @Test
    void aDeInsideATermGoesAndOtherDeStays() {
        assertThat(analyzer.profile("学习率的衰减的作用").core()).containsExactly("学习率调度");
        assertThat(analyzer.profile("学习率的大小").core()).containsExactly("学习率");
        assertThat(analyzer.profile("学习率的").core()).containsExactly("学习率");
        assertThat(analyzer.profile("的的").core()).isEmpty();
    }

    @Test
    void zeroIsTheOptimizerOnlyByItsCapitalsOrAStage() {
        assertThat(QuestionAnalyzer.zeroOptimizerNamed("用ZeRO-3训练")).isEqualTo("用zero优化器-3训练");
        assertThat(QuestionAnalyzer.zeroOptimizerNamed("zero2和zero3")).isEqualTo("zero优化器2和zero优化器3");
        for (String plain : new String[] {"zero-shot", "initialize to zero", "Zero padding", "zero 10", "ZeRO123",
                "nonzero 1", "zeros"}) {
            assertThat(QuestionAnalyzer.zeroOptimizerNamed(plain)).isEqualTo(plain);
        }
    }

    @Test
    void rephrasingsAreSureDuplicates() {
        assertThat(SurePairs.notJudged(analyzer, SAME, true)).isEmpty();
    }

    @Test
    void aBareEmIsTheEmAlgorithmOnlyBesideWhatItEstimates() {
        // dedup21: "em" is also Portuguese "in"
        assertThat(analyzer.profile("Why does EM never decrease the likelihood?").core()).contains("em算法");
        assertThat(analyzer.profile("EM for GMMs: what are the E-step and the M-step?").concepts()).contains("em算法");
        assertThat(analyzer.profile("O que é um deadlock em um sistema?").concepts()).doesNotContain("em算法");
        assertThat(analyzer.profile("O que é um deadlock em um sistema?").residual()).doesNotContain("em");
    }

    @Test
    void aWhyIsACauseAskButKeepsItsName() {
        assertThat(analyzer.profile("为什么GAN训练不稳定").primary()).isEqualTo(AskKind.WHY);
        assertThat(AskKind.WHY.matchKind()).isEqualTo(AskKind.CAUSE);
        // dedup32: a how-to merges with a principle ask, but the review queue still ranks them as two asks
        assertThat(AskKind.HOWTO.matchKind()).isEqualTo(AskKind.PRINCIPLE);
        assertThat(AskKind.HOWTO.rankedAs(AskKind.PRINCIPLE)).isFalse();
        assertThat(AskKind.WHY.rankedAs(AskKind.CAUSE)).isTrue();
        assertThat(analyzer.profile("为什么GAN训练不稳定").key())
                .isEqualTo(analyzer.profile("GAN训练不稳定的原因").key());
    }

    @Test
    void aPhaseAfterAConceptIsASettingAndATimeIsAWord() {
        assertThat(analyzer.profile("GAN训练出现模式崩溃怎么办").phase).isEqualTo(1);
        assertThat(analyzer.profile("What is the KV cache in LLM inference?").phase).isEqualTo(2);
        assertThat(analyzer.profile("Dropout在推理时怎么做").phase & QuestionProfile.SETTING_PHASES).isZero();
        assertThat(analyzer.profile("Dropout在推理时怎么做").residual()).isNotEmpty();
    }

    @Test
    void aSensedOrMisspeltConceptCanBeASetting() {
        // "k" is k值 beside k-means, and k-means is then its setting, as in "K-means中的K值"
        QuestionProfile p = analyzer.profile("K-means的K咋选");
        assertThat(p.core()).containsExactly("k值");
        assertThat(p.broad()).containsExactly("k均值");
        // "SSL" is self-supervised learning beside contrastive learning, TLS beside a TLS handshake, else no term
        assertThat(analyzer.profile("SSL和对比学习是什么关系？").concepts()).contains("自监督学习").doesNotContain("tls");
        assertThat(analyzer.profile("SSL是如何通过TCP传输的？").concepts()).contains("tls");
        assertThat(analyzer.profile("什么是SSL？").concepts()).doesNotContain("tls", "自监督学习", "半监督学习");
        // and in English, where "k in k-means" was once one term that hid the setting (session 38)
        QuestionProfile english = analyzer.profile("How do you choose k in k-means?");
        assertThat(english.core()).containsExactly("k值");
        assertThat(english.broad()).containsExactly("k均值");
    }

    @Test
    void modifiersTheGlossaryKnowsOneCharacterAndLatinCount() {
        // one character after 的, a Latin word, a term written before a term that holds it, or again inside it
        assertThat(analyzer.profile("推荐中的图批归一化").modifier()).isNotZero();
        assertThat(analyzer.profile("推荐中的图批归一化").modifier())
                .isNotEqualTo(analyzer.profile("推荐中的元批归一化").modifier());
        assertThat(analyzer.profile("grouped batch normalization的作用").modifier())
                .isNotEqualTo(analyzer.profile("layered batch normalization的作用").modifier()).isNotZero();
        assertThat(analyzer.profile("推荐中的归一化批归一化").modifier()).isNotZero();
        assertThat(analyzer.profile("推荐中的门控门控循环单元").modifier()).isNotZero();
        assertThat(analyzer.profile("推荐中的蒸馏知识蒸馏").modifier()).isNotZero();
        // not a verb or filler before the concept, nor a restatement
        assertThat(analyzer.profile("为什么要用批归一化").modifier()).isZero();
        assertThat(analyzer.profile("How does the batch normalization work?").modifier()).isZero();
        assertThat(analyzer.profile("LSTM长短时记忆网络是什么").modifier()).isZero();
        assertThat(analyzer.profile("学习率warmup有什么用").modifier()).isZero();
    }

    @Test
    void aWordThatHolds差JudgesNothing() {
        // "残差" in a versus was read as 差 ("worse"), a judgement that gave the comparison a direction
        assertThat(analyzer.profile("门控残差融合 vs 块状量化缩放 区别").direction()).isZero();
        assertThat(analyzer.profile("门控残差融合相比块状量化缩放差在哪").direction()).isNotZero();
    }

    @Test
    void aBareOrmIsTheOutcomeRewardModelOnlyBesideOtherRewardModels() {
        assertThat(analyzer.profile("PRM和ORM的区别").concepts()).contains("结果奖励模型");
        assertThat(analyzer.profile("什么是ORM").concepts()).doesNotContain("结果奖励模型");
        assertThat(analyzer.profile("Django的ORM是什么").concepts()).doesNotContain("结果奖励模型");
    }

    @Test
    void aTwoWordTypoNeedsItsOtherWord() {
        Glossary g = Glossary.builtIn();
        assertThat(g.misspeltPair("recommender", "sytem")).isEqualTo("推荐系统");
        assertThat(g.misspeltPair("recomender", "system")).isEqualTo("推荐系统");
        assertThat(g.misspeltPair("sytem", "recommender")).isNull();
        assertThat(g.misspeltPair("recommender", "systen")).isNull(); // the last letter changed
        assertThat(g.misspeltPair("recommender", "ystem")).isNull(); // the first letter dropped
    }
}
