package dev.qbank.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic synthetic question bank of N questions in the five seed shapes (Markdown table, chaptered
 * list, Markdown Q&A, Notion export, numbered list), for benchmarks. The same (n, seed) always gives the same bytes.
 *
 * <p>Every question asks one kind of thing (definition, comparison, fix, ...) about one synthetic concept, so distinct
 * questions really are distinct; about {@code dupRate} of them are planted paraphrases of an earlier question: another
 * template for the same ask, the concept's abbreviation instead of its full name, full-width punctuation.
 *
 * <p>Usage: {@code java -cp bench.jar dev.qbank.bench.SyntheticBankGenerator N OUT_DIR [SEED] [PER_FILE]}
 */
public final class SyntheticBankGenerator {
    private static final String[] MODIFIERS = {"稀疏", "深层", "轻量", "分组", "空洞", "残差", "双向", "多头", "自适应", "分层",
        "门控", "局部", "全局", "动态", "静态", "层次化", "对比", "因果", "掩码", "量化", "剪枝", "蒸馏", "随机", "分布式", "联邦",
        "图", "时序", "多模态", "自监督", "半监督", "元", "增量", "可变形", "可分离", "级联", "并行", "堆叠", "加权", "归一化", "正交"};
    private static final String[][] BASES = {{"卷积神经网络", "CNN"}, {"循环神经网络", "RNN"}, {"长短期记忆网络", "LSTM"},
        {"生成对抗网络", "GAN"}, {"批归一化", "BN"}, {"注意力机制", "Attention"}, {"变换器", "Transformer"},
        {"自编码器", "AE"}, {"图神经网络", "GNN"}, {"强化学习", "RL"}, {"随机梯度下降", "SGD"}, {"支持向量机", "SVM"},
        {"残差网络", "ResNet"}, {"门控循环单元", "GRU"}, {"变分自编码器", "VAE"}, {"层归一化", "LN"},
        {"多层感知机", "MLP"}, {"词嵌入", "Embedding"}, {"特征金字塔网络", "FPN"}, {"区域卷积网络", "R-CNN"},
        {"胶囊网络", "CapsNet"}, {"知识蒸馏", "KD"}, {"神经架构搜索", "NAS"}, {"条件随机场", "CRF"},
        {"主成分分析", "PCA"}, {"扩散模型", "DDPM"}, {"对比学习", "CL"}, {"池化层", "Pooling"}, {"全连接层", "FC"},
        {"激活函数", "Activation"}};
    private static final String[] DOMAINS = {"图像分类", "目标检测", "语义分割", "机器翻译", "语音识别", "推荐系统", "文本分类",
        "时间序列预测", "异常检测", "问答系统", "图像生成", "姿态估计", "人脸识别", "自动驾驶", "医学影像", "知识图谱",
        "情感分析", "视频理解", "超分辨率", "风格迁移", "OCR", "对话系统", "信息检索", "点云处理", "图像检索"};
    /** Templates per kind of ask; %s is the concept. The first is the canonical phrasing. */
    private static final String[][] ASKS = {
        {"什么是%s？", "请简述%s的定义。", "%s是什么？", "说说你对%s的理解。"},
        {"%s的主要组成部分有哪些？", "请列举%s的基本组件。", "%s由哪些部分组成？"},
        {"%s存在哪些问题，如何解决？", "如何解决%s中遇到的问题？", "%s的问题应该怎么处理？"},
        {"为什么要使用%s？", "%s有什么作用？", "使用%s的意义是什么？"},
        {"%s的工作原理是什么？", "请解释%s是如何工作的。", "简述%s的原理。"},
        {"%s有哪些优缺点？", "%s的优点和缺点分别是什么？", "请分析%s的优劣。"},
        {"%s有哪些常见的变体？", "列举%s的几种改进方法。", "%s有哪些改进版本？"},
        {"如何调节%s的超参数？", "%s的超参数如何选择？", "训练%s时如何调参？"},
    };
    private static final String[] LEVELS = {"初级", "中级", "高级"};
    private static final String[] DIFFICULTIES = {"简单", "中等", "困难"};
    private static final String ANSWER_SENTENCES = "它通过逐层提取特征来学习数据的抽象表示。训练时使用反向传播计算梯度，"
        + "并用优化器更新参数。在数据量较大时效果明显，但需要注意过拟合。常见做法包括正则化、数据增强和提前停止。"
        + "实践中还要关注计算量、显存占用和推理延迟。";

    private final int n;
    private final long seed;
    private final int perFile;

    public SyntheticBankGenerator(int n, long seed, int perFile) {
        this.n = n;
        this.seed = seed;
        this.perFile = perFile;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticBankGenerator N OUT_DIR [SEED] [PER_FILE]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        int perFile = args.length > 3 ? Integer.parseInt(args[3]) : Math.max(100, Math.min(20_000, n / 10));
        List<Path> files = new SyntheticBankGenerator(n, seed, perFile).write(Path.of(args[1]));
        System.out.printf(Locale.ROOT, "wrote %d questions in %d files to %s%n", n, files.size(), args[1]);
    }

    /** One generated question before it is laid out in a format. */
    record Item(int number, String text, String concept, int ask, int difficulty, String answer, String topic) {
    }

    /** Writes the bank into {@code dir} and returns the files written. */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Items items = new Items();
        List<Path> files = new ArrayList<>();
        List<Item> batch = new ArrayList<>(perFile);
        int fileNo = 0;
        for (int i = 0; i < n; i++) {
            batch.add(items.next(batch.size() + 1));
            if (batch.size() == perFile || i == n - 1) {
                files.add(writeFile(dir, fileNo++, batch, items.rnd));
                batch.clear();
            }
        }
        return files;
    }

    /**
     * Writes the bank's N questions as one minified JSON file, as a quiz API returns its records and
     * {@code JSON.stringify} saves them: {@code {"code":0,"msg":"ok","data":{"total":N,"list":[{"id":"<uuid>",
     * "title":…,"answer":…,"level":"中等","tags":[…]},…]}}} on one line. Not one of the five seed shapes of
     * {@link #write}, whose files stay as they were: imp22's column counting was quadratic on such a file (5 min 56 s
     * for 20,000 questions, fixed in 4a64c86) and no shape here was one line long.
     */
    public Path writeOneLineJson(Path file) throws IOException {
        Items items = new Items();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"code\":0,\"msg\":\"ok\",\"data\":{\"total\":" + n + ",\"list\":[");
            for (int i = 0; i < n; i++) {
                Item it = items.next(i + 1);
                long h = (seed + i) * 0x9E3779B97F4A7C15L; // a UUID-like id, as APIs give their records
                w.write((i == 0 ? "" : ",") + String.format(Locale.ROOT,
                        "{\"id\":\"%08x-%04x-4%03x-a%03x-%012x\",", h >>> 32, h >>> 16 & 0xffff, h >>> 4 & 0xfff,
                        i & 0xfff, (h ^ i) & 0xffffffffffffL)
                        + "\"title\":\"" + it.text() + "\",\"answer\":\"" + it.answer() + "\",\"level\":\""
                        + DIFFICULTIES[it.difficulty()] + "\",\"tags\":[\"" + it.topic() + "\"]}");
            }
            w.write("]}}");
        }
        return file;
    }

    /** The questions in order: originals, and about 20 % planted paraphrases of an earlier one. */
    private final class Items {
        final SplittableRandom rnd = new SplittableRandom(seed);
        private int distinct;

        /** The next question; {@code number} is its number in its file. */
        Item next(int number) {
            if (distinct > 10 && rnd.nextInt(100) < 20) {
                return paraphrase(rnd.nextInt(distinct), rnd, number);
            }
            return original(distinct++, rnd, number);
        }
    }

    /** The k-th distinct (concept, ask) pair; a bijection so no two originals coincide. */
    private Item original(int k, SplittableRandom rnd, int number) {
        int ask = k % ASKS.length;
        String concept = concept(k / ASKS.length, false);
        String text = String.format(Locale.ROOT, ASKS[ask][0], concept);
        return new Item(number, text, concept, ask, rnd.nextInt(3), answer(rnd), topic(k / ASKS.length));
    }

    private Item paraphrase(int k, SplittableRandom rnd, int number) {
        int ask = k % ASKS.length;
        String concept = concept(k / ASKS.length, rnd.nextBoolean());
        String[] templates = ASKS[ask];
        String text = String.format(Locale.ROOT, templates[1 + rnd.nextInt(templates.length - 1)], concept);
        if (rnd.nextInt(4) == 0) {
            text = text.replace('？', '?').replace('，', ',');
        }
        return new Item(number, text, concept, ask, rnd.nextInt(3), answer(rnd), topic(k / ASKS.length));
    }

    private static String concept(int c, boolean abbreviated) {
        String[] base = BASES[c % BASES.length];
        int rest = c / BASES.length;
        String modifier = MODIFIERS[rest % MODIFIERS.length];
        rest /= MODIFIERS.length;
        String domain = DOMAINS[rest % DOMAINS.length];
        rest /= DOMAINS.length;
        String variant = rest == 0 ? "" : "v" + rest;
        return domain + "中的" + modifier + (abbreviated ? base[1] : base[0]) + variant;
    }

    private static String topic(int c) {
        return BASES[c % BASES.length][0];
    }

    private static String answer(SplittableRandom rnd) {
        int len = 80 + rnd.nextInt(400);
        StringBuilder sb = new StringBuilder(len);
        int start = rnd.nextInt(ANSWER_SENTENCES.length());
        while (sb.length() < len) {
            sb.append(ANSWER_SENTENCES.charAt(start++ % ANSWER_SENTENCES.length()));
        }
        return sb.toString();
    }

    private Path writeFile(Path dir, int fileNo, List<Item> items, SplittableRandom rnd) throws IOException {
        String[] shapes = {"table", "chapters", "qa", "notion", "numbered"};
        String shape = shapes[fileNo % shapes.length];
        Path file = dir.resolve(String.format(Locale.ROOT, "%05d_%s.txt", fileNo, shape));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            switch (shape) {
                case "table" -> table(w, items, fileNo);
                case "chapters" -> chapters(w, items);
                case "qa" -> qa(w, items);
                case "notion" -> notion(w, items);
                default -> numbered(w, items);
            }
        }
        return file;
    }

    private static void table(BufferedWriter w, List<Item> items, int fileNo) throws IOException {
        w.write("| 标记  | 题目 | 难度  | 标签 |\n| --- | --- | --- | --- |\n|     |     |     |     |\n");
        for (Item it : items) {
            w.write("|     | [" + it.text() + "](https://bank.example/q/" + fileNo + "/" + it.number() + ") | "
                    + DIFFICULTIES[it.difficulty()] + "  | [深度学习](https://bank.example/tag/dl)<br><br>["
                    + it.topic() + "](https://bank.example/tag/" + it.ask() + ") |\n");
        }
    }

    private static void chapters(BufferedWriter w, List<Item> items) throws IOException {
        w.write("# Synthetic\n合成题库\n  \n参考资料：\n");
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (i % 50 == 0) {
                w.write("  第" + (i / 50 + 1) + "章 " + it.topic() + "\n");
            }
            w.write(it.number() + "." + it.text() + "\n");
            w.write("https://zhuanlan.example/p/" + (it.number() * 7919L % 1_000_003) + "\n");
        }
        w.write("........\n");
    }

    private static void qa(BufferedWriter w, List<Item> items) throws IOException {
        for (Item it : items) {
            w.write("### " + it.number() + ". " + it.text() + "\n\n");
            w.write("**题目：** 请回答：" + it.text() + "\n\n");
            w.write("**答案：** " + it.answer() + "\n\n1. **要点一**：" + it.concept() + "的核心思想。\n"
                    + "2. **要点二**：常见的应用场景。\n\n");
            if (it.number() % 3 == 0) {
                w.write("**解析：** " + it.answer().substring(0, Math.min(60, it.answer().length())) + "\n\n");
            }
        }
    }

    private static void notion(BufferedWriter w, List<Item> items) throws IOException {
        w.write("# Synthetic Notion Export\n\n");
        int level = -1;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            int l = i * 3 / items.size();
            if (l != level) {
                level = l;
                w.write("# " + LEVELS[l] + "\n\n");
            }
            w.write("Q" + it.number() + "：***" + it.text() + "***\n\n");
            if (it.number() % 2 == 0) {
                w.write("- " + it.answer() + "\n- " + it.concept() + "需要结合具体任务分析\n\n");
            }
        }
    }

    private static void numbered(BufferedWriter w, List<Item> items) throws IOException {
        for (Item it : items) {
            w.write(it.number() + ". " + it.text() + (it.number() % 7 == 0 ? "  " : "") + "\n");
        }
    }
}
