package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.model.QbankException;
import org.junit.jupiter.api.Test;

/**
 * The framing banks put around a question (exam labels, interview leads, follow-ups, context sentences) is stripped
 * before analysis, and coding tasks are an ask of their own. Examples written for the test, not fixture sentences;
 * their look-alikes that must stay apart are at the end and in {@link HardNegativesTest}.
 */
class AskFramingTest {
    private final AskFraming framing = new AskFraming(Glossary.builtIn());
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(Glossary.builtIn());

    private AskFraming.Framed frame(String raw) {
        return framing.frame(raw, TextNormalizer.normalize(raw));
    }

    @Test
    void examLabelsAndTagsAreStripped() {
        assertThat(frame("简答题：什么是梯度消失？").question()).isEqualTo("什么是梯度消失");
        assertThat(frame("【必考】Adam的原理（5分）").question()).isEqualTo("adam的原理");
        assertThat(frame("(高频) 什么是注意力机制").question()).isEqualTo("什么是注意力机制");
        assertThat(frame("Q3. What is dropout?").question()).isEqualTo("what is dropout");
        assertThat(frame("第12题：什么是dropout").question()).isEqualTo("什么是dropout");
        assertThat(frame("问题：什么是Dropout").question()).isEqualTo("什么是dropout");
        // dedup13: a Markdown heading's marks before the number label go with it
        assertThat(frame("### 7. 什么是标签平滑？").question()).isEqualTo("什么是标签平滑");
        assertThat(frame("## Q21: What is early stopping?").question()).isEqualTo("what is early stopping");
        assertThat(frame("【第8题】什么是早停").question()).isEqualTo("什么是早停");
        // a heading whose number is the question's own keeps it
        assertThat(frame("### 3D卷积的作用").question()).isEqualTo("3d卷积的作用");
    }

    @Test
    void aTextbookExerciseNumberGoesWithItsLabel() {
        assertThat(frame("习题4.2 推导线性回归的闭式解。").question()).isEqualTo("推导线性回归的闭式解");
        assertThat(frame("练习 3-1：说明dropout的作用").question()).isEqualTo("说明dropout的作用");
        assertThat(frame("Exercise 2.7: derive the gradient of softmax").question())
                .isEqualTo("derive the gradient of softmax");
        assertThat(frame("例题12：什么是池化").question()).isEqualTo("什么是池化");
        // a number that is the question's own stays
        assertThat(frame("习题 5折交叉验证怎么做").question()).contains("5折交叉验证");
        assertThat(analyzer.profile("习题6.1 比较L1与L2正则化").residual()).isEmpty();
    }

    @Test
    void aLabelSaysWhatAQuestionWithoutAskAsks() {
        assertThat(frame("名词解释：过拟合").hint()).isEqualTo(AskKind.DEFINITION);
        assertThat(frame("编程题：softmax").hint()).isEqualTo(AskKind.IMPLEMENT);
        assertThat(analyzer.profile("编程题：softmax").primary()).isEqualTo(AskKind.IMPLEMENT);
        // the question's own ask comes first
        assertThat(analyzer.profile("编程题：softmax的原理是什么").primary()).isEqualTo(AskKind.PRINCIPLE);
        // a coding task names the answer's form whatever else it says, but a why still asks why
        assertThat(analyzer.profile("手写注意力的计算").primary()).isEqualTo(AskKind.IMPLEMENT);
        assertThat(analyzer.profile("Why implement gradient checkpointing?").primary()).isNotEqualTo(AskKind.IMPLEMENT);
    }

    @Test
    void interviewLeadsAndRoundsAreStripped() {
        assertThat(frame("面试官问：残差连接有什么作用？").question()).isEqualTo("残差连接有什么作用");
        assertThat(frame("美团二面问了GRU和LSTM的区别").question()).isEqualTo("gru和lstm的区别");
        assertThat(frame("一面：讲一下Transformer").question()).isEqualTo("讲一下transformer");
        assertThat(frame("二面追问：为什么要用残差连接").question()).isEqualTo("为什么要用残差连接");
        assertThat(frame("Interviewer asked: what is beam search?").question()).isEqualTo("what is beam search");
        assertThat(frame("Ask the candidate to explain beam search.").question()).isEqualTo("explain beam search");
        assertThat(frame("请候选人解释束搜索").question()).isEqualTo("解释束搜索");
        assertThat(frame("考察候选人是否理解束搜索的作用").question()).isEqualTo("束搜索的作用");
        // dedup16: English writes the round last, after the company, level or team, terms included
        assertThat(frame("Acme E5 ML onsite: what is dropout?").question()).isEqualTo("what is dropout");
        // dedup21: a Hacker News title's head and a thread's topic are where the question is filed
        assertThat(frame("Ask HN: what is beam search?").question()).isEqualTo("what is beam search");
        assertThat(frame("robotics interview thread 🧵 q1: what is beam search?").question())
                .isEqualTo("what is beam search");
        assertThat(frame("game theory for ad-tech interviews 🧵 q1: what is beam search?").question())
                .isEqualTo("what is beam search");
        assertThat(frame("Globex NLP onsite, follow-up: what is beam search?").question())
                .isEqualTo("what is beam search");
        assertThat(frame("Journal club wk 9 (Smith & Jones, 2014), Q1: what is dropout?").question())
                .isEqualTo("what is dropout");
        // a clause that asks is the question, round word or not
        assertThat(frame("What happens in each round: what is FedAvg?").question())
                .isEqualTo("what happens in each round|what is fedavg");
        assertThat(AskFraming.timestampEnd("13:42 why is it slow")).isEqualTo(6);
        assertThat(AskFraming.timestampEnd("3:1 split of data")).isZero();
        // dedup17: a chat export's channel, author and time; without a bracketed time and its colon, nothing
        assertThat(AskFraming.speakerEnd("[#cv] sam (12:12): what is NMS?")).isEqualTo(19);
        assertThat(AskFraming.speakerEnd("bob (3:05 pm): what is NMS?")).isEqualTo(15);
        assertThat(AskFraming.speakerEnd("GPT 3:1 split: why?")).isZero();
        assertThat(AskFraming.speakerEnd("Adam (2014): what is it?")).isZero();
        assertThat(AskFraming.issueNumberStart("why is it slow? (#412)")).isEqualTo(15);
        assertThat(AskFraming.issueNumberStart("what is C#")).isZero();
    }

    @Test
    void examLabelsInBracketsAndLetteredPartsAreStripped() {
        // 问答 begins the term 问答系统, but "【问答题】" is the exam's label, not the concept
        assertThat(frame("【问答题】束搜索的原理").question()).isEqualTo("束搜索的原理");
        assertThat(frame("[单选题] 什么是束搜索").question()).isEqualTo("什么是束搜索");
        assertThat(frame("【问答系统】的评价指标").question()).isEqualTo(TextNormalizer.normalize("【问答系统】的评价指标"));
        assertThat(frame("Q4(b) Explain beam search.").question()).isEqualTo("explain beam search");
        assertThat(frame("3(c) Compare GRU with LSTM.").question()).isEqualTo("compare gru with lstm");
        assertThat(frame("3(c)卷积的作用").question()).isEqualTo(TextNormalizer.normalize("3(c)卷积的作用"));
    }

    @Test
    void articleTitlesAskWhatSomethingIs() {
        assertThat(frame("一文读懂束搜索").question()).isEqualTo("束搜索");
        assertThat(frame("一文读懂束搜索").hint()).isEqualTo(AskKind.DEFINITION);
    }

    @Test
    void wordsThatOnlyLookLikeFramingStay() {
        // a number that is part of the question, a term in brackets, a round word inside a sentence
        assertThat(frame("5折交叉验证是什么").question()).isEqualTo("5折交叉验证是什么");
        assertThat(frame("3D卷积的作用").question()).isEqualTo("3d卷积的作用");
        assertThat(frame("（LSTM）门控的作用").question()).isEqualTo(TextNormalizer.normalize("（LSTM）门控的作用"));
        assertThat(frame("面试中如何介绍项目").question()).isEqualTo("面试中如何介绍项目");
        assertThat(frame("Q learning是什么").question()).isEqualTo("q learning是什么");
    }

    @Test
    void aFollowUpIsCutOff() {
        assertThat(frame("SGD和Adam有什么区别？追问：Adam的缺点").question()).isEqualTo("sgd和adam有什么区别");
        assertThat(frame("追问：为什么Transformer用多头注意力").question()).isEqualTo("为什么transformer用多头注意力");
        assertThat(frame("What is dropout? Follow-up: why does it work?").question()).isEqualTo("what is dropout");
    }

    @Test
    void contextBeforeTheQuestionBecomesItsSetting() {
        AskFraming.Framed f = frame("我们在项目里用了Transformer，请问多头注意力的作用是什么");
        assertThat(f.question()).isEqualTo("请问多头注意力的作用是什么"); // 请问 is boilerplate
        assertThat(f.context()).isEqualTo("我们在项目里用了transformer");
        f = frame("In production we serve a large language model. How does the KV cache work?");
        assertThat(f.question()).isEqualTo("how does the kv cache work");
        QuestionProfile p = analyzer.profile("训练集上loss很低，验证集loss很高。请问如何解决过拟合？");
        assertThat(p.core()).containsExactly(Glossary.builtIn().conceptOf("过拟合"));
        assertThat(p.broad()).contains(Glossary.builtIn().conceptOf("验证集"));
    }

    @Test
    void aQuestionSentenceNamingNothingKeepsItsContext() {
        // "请问会怎样" leans on what came before: that is no context
        assertThat(frame("如果学习率太大，请问会怎样").context()).isNull();
        assertThat(frame("验证集loss上升了。请问为什么？").context()).isNull();
        // a first sentence that asks is the question
        assertThat(frame("什么是BN。它有什么作用？").context()).isNull();
    }

    static final String[][] SAME = {
        // dedup14: an interviewer's instruction sheet, an exam's instruction verb, 公众号 titles, bracketed exam labels
        {"Ask the candidate to explain what label smoothing is.", "什么是标签平滑"},
        {"请候选人解释梯度裁剪的作用。", "梯度裁剪有什么作用"},
        {"考察候选人是否理解残差连接的作用。", "残差连接的作用是什么"},
        {"Ask the candidate what layer normalization does in a Transformer.", "What does layer normalization do in a Transformer?"},
        {"State the purpose of early stopping. (2 marks)", "What is the purpose of early stopping?"},
        {"一文读懂知识蒸馏", "什么是知识蒸馏"},
        {"图解：注意力机制", "注意力机制是什么"},
        {"【问答题】dropout的作用", "dropout的作用"},
        {"[单选题] 什么是过拟合", "什么是过拟合"},
        {"Q4(b) Explain briefly what weight decay is. (3 marks)", "What is weight decay?"},
        {"2(a) Compare GRU with LSTM.", "GRU和LSTM的区别"},
        {"简答题：什么是梯度消失？", "什么是梯度消失"},
        {"【必考】Adam优化器的原理（5分）", "Adam的原理是什么"},
        {"Q3. What is dropout?", "什么是dropout"},
        {"面试官问：残差连接有什么作用？", "残差连接的作用"},
        {"美团二面问了GRU和LSTM的区别", "GRU与LSTM有什么区别"},
        {"Interviewer asked: what is beam search?", "What is beam search?"},
        {"SGD和Adam有什么区别？追问：Adam的缺点", "SGD和Adam的区别"},
        {"我们在项目里用了Transformer，请问多头注意力的作用是什么", "多头注意力的作用"},
        {"In production we serve a large language model. How does the KV cache work?", "KV cache的原理"},
        {"名词解释：过拟合", "什么是过拟合"},
        {"手写Dropout", "dropout代码实现"},
        {"手写Dropout", "Implement dropout."},
        {"编程题：Softmax", "手写softmax"},
        {"### 12. 标签平滑有什么用？", "标签平滑的作用"},
        {"## 4. Early stopping 的原理", "早停的原理是什么"},
        // dedup15: a spoken turn's openings; a dialogue's interviewer turn; a lecture slide's number
        {"So, um, what is dropout?", "什么是dropout"},
        {"Okay. Quick one: what is weight decay?", "What is weight decay?"},
        {"Right, so, why do we need batch normalization?", "为什么需要BN"},
        {"面试官：好，换个方向。Adam的原理是什么？", "Adam的原理"},
        {"面试官：你刚才提到了Dropout，那Dropout在推理时怎么处理？", "推理时Dropout怎么处理"},
        {"第7讲 Adam：原理", "Adam的原理是什么"},
        {"can someone explain how attention works step by step?", "注意力机制的原理"},
        {"图解Dropout", "什么是dropout"},
        // dedup16: an English interview round or a series' session before the question, a video comment's
        // timestamp, a platform's numbered entry and metadata fields, an issue number
        {"Acme E6 onsite, ML round: what is label smoothing?", "什么是标签平滑"},
        {"[Initech] applied scientist phone screen: why do we need batch normalization?", "为什么需要BN"},
        {"Globex CV onsite round 3: how does dropout prevent overfitting?", "Dropout如何防止过拟合"},
        {"Journal club wk 4 (Smith et al., 2019), Q2: what is weight decay?", "What is weight decay?"},
        {"at 12:05 what is gradient clipping?", "什么是梯度裁剪"},
        {"1:02:15 what is early stopping", "早停是什么"},
        {"第 42 题｜什么是知识蒸馏？｜难度：简单｜标签：模型压缩", "什么是知识蒸馏"},
        {"题目：Adam的原理是什么？｜难度：中等｜考点：优化器", "Adam的原理"},
        {"What is label smoothing? #318", "What is label smoothing?"},
        // dedup16: Korean ask endings, particles and copulas (terms in Latin letters)
        {"dropout이란 무엇인가요?", "What is dropout?"},
        {"BN과 LN의 차이점은 무엇인가요?", "BN和LN的区别"},
        {"Adam은 어떻게 동작하나요?", "Adam的原理"},
        {"Transformer에서 position encoding이 필요한 이유는 무엇인가요?", "为什么Transformer需要位置编码"},
        {"gradient clipping을 사용하는 이유는 무엇인가요?", "为什么使用梯度裁剪"},
        {"attention의 역할은 무엇인가요?", "What is the role of attention?"},
        {"Grad-CAM은 어떻게 동작하나요?", "How does Grad-CAM work?"},
        {"什么是彩票假设", "What is the lottery ticket hypothesis?"},
        {"손실 함수의 역할은 무엇인가요?", "损失函数的作用"},
        {"What is the target network in DQN for?", "DQN中目标网络的作用"},
        {"Adam은 어떻게 동작하나요?", "How does Adam work?"},
        // dedup17: Spanish and Vietnamese asks (accents folded), a chat export's line head, a forum tag, an emoji
        // shortcode, a prompt's role clause
        {"¿Qué es el dropout?", "What is dropout?"},
        {"¿Cuál es la diferencia entre BN y LN?", "BN和LN的区别"},
        {"¿En qué se diferencia Adam de SGD?", "What is the difference between Adam and SGD?"},
        {"¿Por qué el dropout previene el overfitting?", "Why does dropout prevent overfitting?"},
        {"¿Cómo funciona el attention?", "How does attention work?"},
        {"¿Para qué sirve la batch normalization?", "BN的作用是什么"},
        {"Dropout là gì?", "什么是dropout"},
        {"BN và LN khác nhau như thế nào?", "What is the difference between BN and LN?"},
        {"Tại sao dropout chống được overfitting?", "Why does dropout prevent overfitting?"},
        {"Attention hoạt động như thế nào?", "How does attention work?"},
        {"Vai trò của batch normalization là gì?", "What is the role of batch normalization?"},
        {"Giải thích gradient clipping.", "What is gradient clipping?"},
        {"So sánh Adam và SGD.", "Adam和SGD有什么区别"},
        {"[#ml-help] dana (10:42): what is label smoothing? :thinking_face:", "What is label smoothing?"},
        {"[D] Why do we need batch normalization?", "为什么需要BN"},
        {"你是一名资深算法面试官，请给我讲讲Adam的原理。", "Adam的原理是什么"},
        {"我在准备NLP面试：什么是BPE？", "What is BPE?"},
        {"¿Por qué el Transformer usa positional encoding?", "为什么Transformer需要位置编码"},
        {"[#nlp] kai (09:30): can someone give me the TL;DR on BPE?", "What is BPE?"},
        // dedup18: a design step done to a thing asks what it is for; a Vietnamese "tại sao X cần Y"; "what is X
        // for?" after a clause that only places it
        {"Why put a CRF on a BiLSTM?", "为什么要在BiLSTM上接CRF"},
        {"Why does REINFORCE subtract a baseline?", "Why does REINFORCE use a baseline?"},
        {"Why does the Transformer apply layer normalization?", "为什么Transformer要使用layer normalization"},
        {"Tại sao Transformer cần positional encoding?", "为什么Transformer需要位置编码"},
        {"In knowledge distillation, what is the temperature for?", "知识蒸馏中温度系数的作用"},
        {"Can someone walk me through MAML?", "MAML的原理是什么"},
        {"Walk me through beam search.", "How does beam search work?"},
        // dedup19: a course's numbered quiz, a wiki's FAQ heading, a bilingual card's English gloss after the
        // Chinese ask, "what do X control", "what happens in", "how do we decide", "give reasons", "试说明", "证明"
        {"Quiz 3, Q2: What is dropout?", "What is dropout?"},
        {"Homework 4, Problem 1: What is batch normalization?", "什么是批归一化"},
        {"FAQ: What is gradient clipping?", "梯度裁剪是什么"},
        {"FAQ (platform): How does data parallelism work on our cluster?", "数据并行的原理"},
        {"Dropout 随机失活：作用 / what it is for", "Dropout的作用是什么"},
        {"Label smoothing 标签平滑：为什么有效 / why it works", "为什么标签平滑有效"},
        {"What do the beta1 and beta2 parameters in Adam control?", "Adam中beta1和beta2的作用"},
        {"What happens in the forward pass of a Transformer?", "Describe the forward pass of a Transformer."},
        {"How do we decide the learning rate?", "学习率如何选择"},
        {"Give reasons for vanishing gradients.", "梯度消失的原因"},
        {"试说明批归一化的原理。", "批归一化的原理是什么"},
        {"证明梯度下降会收敛。", "Prove that gradient descent converges."},
        // an issue title's symptom: "X happens: why?" asks why X happens, "…, how do I fix it?" a fix
        {"The validation loss is NaN after warmup: why?", "Why is the validation loss NaN after warmup?"},
        {"Exploding gradients with a large learning rate, how do I fix it?", "How to fix exploding gradients with a large learning rate?"},
    };

    static final String[][] APART = {
        {"请候选人解释BN的作用", "请候选人解释LN的作用"},
        {"一文读懂GAN", "一文读懂VAE"},
        {"State the purpose of L1 regularization.", "State the purpose of L2 regularization."},
        {"Ask the candidate what batch normalization does.", "Ask the candidate what layer normalization does."},
        {"【问答题】什么是问答系统", "什么是dropout"},
        {"手撕NMS", "什么是NMS"},
        {"手写softmax", "softmax的原理"},
        {"Implement beam search.", "Explain beam search."},
        {"Why implement gradient checkpointing?", "Implement gradient checkpointing."},
        {"如果学习率太大，请问会怎样", "如果学习率太小，请问会怎样"},
        {"一面问了BN的作用", "一面问了LN的作用"},
        {"我们在BERT上做实验，请问位置编码有什么作用", "我们在GPT上做实验，请问位置编码有什么作用"},
        {"5折交叉验证是什么", "10折交叉验证是什么"},
        {"验证集loss上升了。请问为什么？", "训练集loss上升了。请问为什么？"},
        {"Dropout是什么？我们在CNN上用过。", "CNN是什么"},
        {"追问：Adam的缺点", "SGD和Adam有什么区别？追问：Adam的缺点"},
        {"第7讲 Adam：原理", "第8讲 SGD：原理"},
        {"Right, so, um, what is L1 regularization?", "Right, so, um, what is L2 regularization?"},
        {"好的初始化有什么作用", "初始化有什么作用"},
        {"图解BN", "图解LN"},
        {"图解BN", "BN的缺点"},
        {"面试官：你刚才提到了BN，那LN的作用是什么？", "BN的作用是什么"},
        // dedup16: two questions of one round's list differ by what follows the round
        {"Acme onsite, follow-up: what is batch normalization?", "Acme onsite, follow-up: what is layer normalization?"},
        {"Acme onsite: what is dropout?", "Acme onsite: how to tune dropout?"},
        {"Journal club wk 4, Q1: what is L1 regularization?", "Journal club wk 4, Q2: what is L2 regularization?"},
        {"Round 2: what is BN?", "what is a round of federated learning?"},
        {"第 3 层的作用是什么", "第 4 层的作用是什么"},
        {"BN의 장점은 무엇인가요?", "BN의 단점은 무엇인가요?"},
        {"无偏估计是什么", "一致估计是什么"},
        {"What is dropout for?", "What is dropout?"},
        {"BN은 어떻게 과적합을 방지하나요?", "BN은 어떻게 동작하나요?"},
        {"Spark中窄依赖是什么", "Spark中宽依赖是什么"},
        {"What is greedy decoding?", "What is beam search?"},
        {"dropout이란 무엇인가요?", "dropout의 역할은 무엇인가요?"},
        {"learning rate가 너무 클 때 문제점은?", "learning rate가 너무 작을 때 문제점은?"},
        {"BN은 어떻게 동작하나요?", "LN은 어떻게 동작하나요?"},
        {"dropout을 사용하는 이유는 무엇인가요?", "dropout은 어떻게 구현하나요?"},
        // dedup17: Spanish and Vietnamese look-alikes: another ask, another concept, a negation, không gian (space)
        {"¿Qué es el dropout?", "¿Por qué funciona el dropout?"},
        {"¿Cuáles son las ventajas de Adam?", "¿Cuáles son las desventajas de Adam?"},
        {"¿Qué es BN?", "¿Qué es LN?"},
        {"¿Por qué se puede usar SGD aquí?", "¿Por qué no se puede usar SGD aquí?"},
        {"Dropout là gì?", "Tại sao cần dropout?"},
        {"Ưu điểm của Adam là gì?", "Nhược điểm của Adam là gì?"},
        {"Tại sao attention theo không gian tốt?", "Tại sao attention theo thời gian tốt?"},
        {"[#ml-help] dana (10:42): what is L1 regularization?", "[#ml-help] dana (10:45): what is L2 regularization?"},
        {"你是一名资深算法面试官，请讲讲BN的作用。", "你是一名资深算法面试官，请讲讲LN的作用。"},
        // dedup18: a why about what a thing does stays a why; an English "can" is no Vietnamese "cần"; "what is X?"
        // is no "what is X for?"
        {"Tại sao dropout hiệu quả?", "Tại sao cần dropout?"},
        {"Why can't BN be used with small batches?", "BN的作用是什么"},
        {"Why does the Transformer apply layer normalization?", "What is layer normalization in the Transformer?"},
        {"In knowledge distillation, what is the temperature?", "In knowledge distillation, what is the temperature for?"},
        {"Walk me through beam search.", "What is beam search for?"},
        // dedup19: a slash between terms is no gloss; a quiz's number is not the question's only when it is the
        // label's; "what do you do" is no purpose
        {"什么是 Adam / RMSProp", "什么是 Adam"},
        {"BN / LN 区别", "BN 区别"},
        {"Quiz 3, Q2: What is dropout?", "Quiz 3, Q2: What is dropout for?"},
        {"What do you do when the loss becomes NaN?", "What does the loss do?"},
        // a statement's why is no named thing's bare why
        {"KV cache — why?", "KV cache is slow during decoding: why?"},
        {"What happens if the learning rate is too high?", "What happens in the learning rate warmup?"},
        {"How does dropout work in our CNN?", "How does dropout work?"},
    };

    @Test
    void aBilingualCardsGlossIsTheEnglishAfterTheLastSlash() {
        assertThat(AskFraming.glossStart("Inverted index 倒排索引：是什么 / what is it")).isEqualTo(23);
        assertThat(AskFraming.glossStart("生日问题：多少人概率超过一半 / how many people for 50%")).isEqualTo(14);
        assertThat(AskFraming.glossStart("什么是 Adam / RMSProp")).isZero(); // a slash between terms
        assertThat(AskFraming.glossStart("BN / LN 区别")).isZero();
        assertThat(AskFraming.glossStart("A/B测试的作用")).isZero();
        assertThat(AskFraming.glossStart("梯度裁剪的作用 / ")).isZero(); // nothing after it
    }

    @Test
    void vietnameseWordsAreNotTheAcronymsTheyFoldTo() {
        // "một" (one) folds to "mot", which is no multi-object tracking
        assertThat(analyzer.profile("Tại sao một mô hình cần dropout?").concepts()).containsExactly("dropout");
    }

    @Test
    void framedRephrasingsAreSureDuplicates() {
        assertThat(SurePairs.notJudged(analyzer, SAME, true)).isEmpty();
    }

    @Test
    void framingNeverJoinsDifferentQuestions() {
        assertThat(SurePairs.notJudged(analyzer, APART, false)).isEmpty();
    }

    @Test
    void aBankGlossaryMayAddFramingAndIsToldOfMistakes() {
        Glossary g = Glossary.builtIn().extendedWith("framing:\n  rounds: [终极面]\n", "bank/glossary.yaml");
        assertThat(new AskFraming(g).frame("终极面：什么是BN", "终极面|什么是bn").question()).isEqualTo("什么是bn");
        assertThatThrownBy(() -> Glossary.builtIn().extendedWith("framing:\n  titles: [x]\n", "bank/glossary.yaml"))
                .isInstanceOf(QbankException.class).hasMessageContaining("bank/glossary.yaml")
                .hasMessageContaining("framing.titles");
        assertThatThrownBy(() -> Glossary.builtIn().extendedWith("framing:\n  labels:\n    coding: [x]\n",
                "bank/glossary.yaml")).isInstanceOf(QbankException.class).hasMessageContaining("coding");
    }

    @Test
    void aTalkTranscriptsTurnHeadAndANotebookCellsHeadAreFraming() {
        // dedup26: who asks in a talk's Q&A (with a timestamp, a microphone, where it was asked), which notebook cell
        assertThat(frame("AUDIENCE: What is dropout?").question()).isEqualTo("what is dropout");
        assertThat(frame("[Q&A 05:12] AUDIENCE (mic 3): What is dropout?").question()).isEqualTo("what is dropout");
        assertThat(frame("(asked at a local meetup) Audience member: What is dropout?").question())
                .isEqualTo("what is dropout");
        assertThat(frame("MODERATOR (reading from the chat): what is dropout?").question()).isEqualTo("what is dropout");
        assertThat(frame("[Q&A, 41:10] Q from the floor: what is dropout?").question()).isEqualTo("what is dropout");
        assertThat(frame("In [12]: # Q: What is dropout?").question()).isEqualTo("what is dropout");
        assertThat(frame("In [3]: # Exercise 2.4: what is dropout?").question()).isEqualTo("what is dropout");
        assertThat(frame("In [9]: # Q4 — dropout: what is it?").question()).isEqualTo("dropout|what is it");
        assertThat(frame("**Exercise 7.2** What is dropout?").question()).isEqualTo("what is dropout");
        assertThat(frame("**Q 3.1** What is dropout?").question()).isEqualTo("what is dropout");
        // a question that only begins with the word keeps it
        assertThat(frame("Audience segmentation: what is it?").question()).isEqualTo("audience segmentation|what is it");
    }
}
