package dev.qbank.importers.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.DifficultyWords;
import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Golden;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headers and tag cells as other people's exports write them. */
class TableColumnsTest {
    private final TableImporter importer = new TableImporter();

    @Test
    void multiWordEnglishHeadersNameTheColumnOfTheirLastWord() {
        assertThat(Column.of("Interview Question")).contains(Column.QUESTION);
        assertThat(Column.of("Difficulty Level")).contains(Column.DIFFICULTY);
        assertThat(Column.of("Question Category")).contains(Column.TOPIC);
        assertThat(Column.of("Chapter Title")).contains(Column.TOPIC);
        assertThat(Column.of("Remarks")).contains(Column.NOTES);
        assertThat(Column.of("Interview Notes")).contains(Column.NOTES);
        List<Question> qs = Golden.readFixture(importer, "table", "english-headers.md").questions();
        assertThat(qs).extracting(Question::question, Question::difficulty, Question::topic).containsExactly(
                tuple("How would you design a feed ranking system?", Difficulty.HARD, "System design"),
                tuple("How do you detect data drift in production?", Difficulty.MEDIUM, "MLOps"),
                tuple("What is a feature store?", Difficulty.EASY, "MLOps"));
        assertThat(qs.get(0).answer()).isEqualTo("Two-stage: candidate generation then ranking.");
    }

    /**
     * Headers in the languages banks come in name the same columns as 题目/question, case- and accent-insensitively;
     * their difficulty words are levels. Before, a German or Spanish bank was refused as unrecognised.
     */
    @Test
    void headersAndLevelsInOtherLanguagesAreRead() {
        assertThat(Column.of("Frage")).contains(Column.QUESTION);
        assertThat(Column.of("PREGUNTA")).contains(Column.QUESTION);
        assertThat(Column.of("Câu hỏi")).contains(Column.QUESTION);
        assertThat(Column.of("Cau hoi")).contains(Column.QUESTION);
        assertThat(Column.of("Вопрос")).contains(Column.QUESTION);
        assertThat(Column.of("質問内容")).contains(Column.QUESTION); // a CJK name inside a longer header
        assertThat(Column.of("Réponse")).contains(Column.ANSWER);
        assertThat(Column.of("reponse")).contains(Column.ANSWER);
        assertThat(Column.of("Odpowiedź")).contains(Column.ANSWER);
        assertThat(Column.of("정답")).contains(Column.ANSWER);
        assertThat(Column.of("不正解")).isEmpty(); // the wrong answers, never the answer
        assertThat(Column.of("Schwierigkeit")).contains(Column.DIFFICULTY);
        assertThat(Column.of("난이도")).contains(Column.DIFFICULTY);
        assertThat(Column.of("難度")).contains(Column.DIFFICULTY);
        assertThat(Column.of("Kategorie")).contains(Column.TOPIC);
        assertThat(Column.of("分類")).contains(Column.TOPIC);
        assertThat(Column.of("標籤")).contains(Column.TAGS);
        assertThat(Column.of("Mots-clés")).contains(Column.TAGS);
        assertThat(Column.of("Explicación")).contains(Column.EXPLANATION);
        assertThat(Column.of("Nr.")).contains(Column.NUMBER);
        assertThat(Column.of("Número")).contains(Column.NUMBER);
        // English word order is not theirs: the head comes first ("Número de pregunta" is the number, imp31), and a
        // header whose head names no column is no question column by its last word
        assertThat(Column.of("Número de pregunta")).contains(Column.NUMBER);
        assertThat(Column.of("Numéro de la question")).contains(Column.NUMBER);
        assertThat(Column.of("Numero della domanda")).contains(Column.NUMBER);
        assertThat(Column.of("Texte de la question")).contains(Column.QUESTION); // its head names nothing: as before
        List<Question> qs = Golden.readText(importer, """
                | Nº | Pregunta | Respuesta | Dificultad | Categoría |
                |---|---|---|---|---|
                | 1 | ¿Qué es un índice? | Una estructura para buscar rápido | Fácil | Bases de datos |
                | 2 | ¿Qué es un bloqueo mutuo? | Dos procesos se esperan | DIFICIL | Sistemas |
                | 3 | ¿Qué es REST? | Un estilo de arquitectura | medio | Web |
                """).questions();
        assertThat(qs).extracting(Question::question, Question::difficulty, Question::topic).containsExactly(
                tuple("¿Qué es un índice?", Difficulty.EASY, "Bases de datos"),
                tuple("¿Qué es un bloqueo mutuo?", Difficulty.HARD, "Sistemas"),
                tuple("¿Qué es REST?", Difficulty.MEDIUM, "Web"));
        assertThat(List.of("leicht", "Moyen", "difficile", "易", "中", "難", "쉬움", "보통", "어려움", "kolay", "Średni",
                "trudny", "trung bình", "Khó", "sedang", "makkelijk")).extracting(w -> DifficultyWords.parse(w)
                .orElse(null)).containsExactly(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD, Difficulty.EASY,
                Difficulty.MEDIUM, Difficulty.HARD, Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD,
                Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD, Difficulty.MEDIUM, Difficulty.HARD,
                Difficulty.MEDIUM, Difficulty.EASY);
    }

    /**
     * imp31: a French bank numbering its questions in a "Numéro de la question" column: before, the English last-word
     * rule made it a second question column, and the questions were read from the numbers. Vietnamese "Dễ" is easy
     * (it was left out with a warning).
     */
    @Test
    void aRomanceHeaderIsReadByItsHeadAndVietnameseEasyIsALevel() {
        Golden.Result r = Golden.readText(importer, """
                | Numéro de la question | Question | Réponse | Độ khó |
                |---|---|---|---|
                | 1 | Qu'est-ce qu'un index ? | Une structure de recherche | Dễ |
                | 2 | Qu'est-ce qu'un verrou ? | Un accès exclusif | Khó |
                """);
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).number(), Question::difficulty)
                .containsExactly(tuple("Qu'est-ce qu'un index ?", "1", Difficulty.EASY),
                        tuple("Qu'est-ce qu'un verrou ?", "2", Difficulty.HARD));
        assertThat(r.warnings()).isEmpty();
        assertThat(DifficultyWords.parse("de")).isEmpty(); // French "de", not Vietnamese without its accents
    }

    /**
     * A comparison table in an answer whose header uses the new words in other roles (Thema, Schwierigkeit,
     * Antwort) is no question table: only a question column makes one, as before.
     */
    @Test
    void aComparisonTableWithOtherLanguagesWordsIsNoQuestionTable() {
        assertThat(TableImporter.namesQuestionColumn("| Thema | Schwierigkeit | Antwort |")).isFalse();
        assertThat(TableImporter.namesQuestionColumn("| Kategorie | Vorteil | Nachteil |")).isFalse();
        assertThat(TableImporter.namesQuestionColumn("| Nr | Frage | Antwort |")).isTrue();
        SourceDocument numbered = SourceDocument.of(Path.of("vergleich.md"), "vergleich.md", """
                1. Was ist der Unterschied zwischen TCP und UDP?

                   | Thema | Schwierigkeit | Antwort |
                   |---|---|---|
                   | Verbindung | leicht | TCP ja, UDP nein |
                   | Reihenfolge | mittel | TCP ja, UDP nein |

                2. Was ist ein Socket?

                   Ein Endpunkt einer Verbindung.
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(new FormatDetector(ImporterRegistry.standard()).detect(numbered).importer().name())
                .isNotEqualTo("table");
        assertThat(importer.sniff(numbered)).isLessThan(0.5);
    }

    /** A prompt column (the xlsx export's, or a bank's full wording beside a short title) fills the prompt. */
    @Test
    void aPromptColumnIsTheQuestionsFullerStatement() {
        assertThat(Column.of("prompt")).contains(Column.PROMPT);
        assertThat(Column.of("完整题目")).contains(Column.PROMPT);
        List<Question> qs = Golden.readText(importer, """
                | 题目 | 完整题目 | 答案 |
                |---|---|---|
                | CNN的组成 | 请列举卷积神经网络的主要组成部分，并简述其作用。 | 卷积层、池化层、全连接层 |
                | 什么是Dropout？ | | 随机丢弃神经元 |
                """).questions();
        assertThat(qs).extracting(Question::question, Question::prompt).containsExactly(
                tuple("CNN的组成", "请列举卷积神经网络的主要组成部分，并简述其作用。"), tuple("什么是Dropout？", null));
    }

    /** An aliases column (the xlsx export's) gives the other phrasings, one a line ({@code <br>} in a cell). */
    @Test
    void anAliasesColumnGivesOtherPhrasingsOneALine() {
        assertThat(Column.of("aliases")).contains(Column.ALIASES);
        assertThat(Column.of("其他问法")).contains(Column.ALIASES);
        List<Question> qs = Golden.readText(importer, """
                | 题目 | 其他问法 | 答案 |
                |---|---|---|
                | 什么是Dropout？ | Dropout是什么？<br>说说Dropout | 随机丢弃神经元 |
                """).questions();
        assertThat(qs).singleElement().satisfies(q ->
                assertThat(q.aliases()).containsExactly("Dropout是什么？", "说说Dropout"));
    }

    @Test
    void slashSeparatedHashtagAndKnowledgePointTagsAreSplit() {
        List<Question> qs = Golden.readFixture(importer, "table", "english-headers.md").questions();
        assertThat(qs).extracting(Question::tags).containsExactly(
                List.of("ranking", "recsys"), List.of("monitoring", "drift"), List.of("features", "infra"));
        List<Question> zh = Golden.readFixture(importer, "table", "knowledge-points.md").questions();
        assertThat(zh).extracting(Question::tags).containsExactly(
                List.of("数值稳定性", "Softmax"), List.of("损失函数", "信息论"), List.of("C#", "TCP/IP"));
    }

    @Test
    void aHeadingsPartNumberAndQuestionCountAreNotPartOfTheTopic() {
        List<Question> qs = Golden.readFixture(importer, "table", "section-counts.md").questions();
        assertThat(qs).extracting(Question::topic).containsExactly("基础", "基础", "基础", "CNN", "CNN");
        assertThat(qs.get(3).sources().get(0).section()).isEqualTo("二、CNN（2题）");
    }

    @Test
    void spacesSeparateTagsOnlyBetweenChineseWordsAndAcronyms() {
        List<Question> qs = Golden.readFixture(importer, "table", "space-separated-tags.md").questions();
        assertThat(qs).extracting(Question::tags).containsExactly(List.of("CNN", "RNN"), List.of("优化器", "深度学习"),
                List.of("CNN", "卷积"), List.of("attention mechanism"), List.of("Faster R-CNN"),
                List.of("YOLO v5", "目标检测"), List.of("过拟合", "正则化"));
    }

    /** A Notion database exported as a Markdown table ({@code | Name | Tags | Created |}) had no question column. */
    @Test
    void aNotionDatabasesNameColumnIsTheQuestionWhenNoOtherColumnIs() {
        List<Question> qs = Golden.readFixture(importer, "table", "notion-database.md").questions();
        assertThat(qs).extracting(Question::question, Question::answer).containsExactly(
                tuple("What is overfitting?", "The model memorises noise."),
                tuple("Explain dropout", "Randomly zero activations."));
        assertThat(TableImporter.namesQuestionColumn("| Name | Tags | Created |")).isTrue();
        List<Question> both = Golden.readText(importer, "| Name | Question |\n|---|---|\n| Alice | What is RNN? |\n")
                .questions();
        assertThat(both).extracting(Question::question).containsExactly("What is RNN?");
    }

    /**
     * Backticks in cells, an escaped pipe in a code span and an unescaped one: the row `a|b` was cut at its pipe,
     * the answer losing `|b`` and the tail read as an unknown difficulty 'b`'; now the pipe is code, with a warning.
     */
    @Test
    void aPipeInsideACodeSpanStaysInItsCell() {
        Golden.Result r = Golden.readFixture(importer, "table", "code-span-pipes.md");
        List<Question> qs = r.questions();
        assertThat(qs).extracting(Question::answer).containsExactly("关闭梯度计算，节省显存", "按位或",
                "`view` 要求内存连续", "沿第 0 维拼接 `a|b`", "管道");
        assertThat(qs).extracting(Question::difficulty).containsExactly(Difficulty.EASY, Difficulty.MEDIUM,
                Difficulty.MEDIUM, Difficulty.EASY, Difficulty.EASY);
        assertThat(r.warnings()).extracting(d -> d.code(), d -> d.line()).containsExactly(tuple("code-span-pipe", 6));
    }

    /**
     * A question cell keeps its code spans' backticks ({@code `kill -9`}), as its answer cell and a question in the
     * qa and numbered formats do: before, the question read {@code kill -9 和 kill -15 有什么区别？}, the code no longer
     * told from the prose. A tag or topic cell still names things without them; an escaped pipe in a code span is
     * the pipe.
     */
    @Test
    void aQuestionCellKeepsItsCodeSpans() {
        Golden.Result r = Golden.readText(importer, "| 题目 | 答案 | 标签 |\n|---|---|---|\n"
                + "| `kill -9` 和 `kill -15` 有什么区别？ | 信号不同 | `kill`, 进程 |\n"
                + "| 正则 `a\\|b` 与 ``x`y`` 是什么？ | 或 | 正则 |\n");
        assertThat(r.questions()).extracting(Question::question).containsExactly("`kill -9` 和 `kill -15` 有什么区别？",
                "正则 `a|b` 与 ``x`y`` 是什么？");
        assertThat(r.questions().get(0).sources().get(0).text()).isEqualTo("`kill -9` 和 `kill -15` 有什么区别？");
        assertThat(r.questions().get(0).tags()).containsExactly("kill", "进程");
    }

    /**
     * Numbered questions above a table of more: the table's reader read only the table, the numbered questions
     * were dropped without a word; now the text around the tables is read in its shape. Numbered steps that ask
     * nothing (a README's "how to use") are no questions: a warning says they were not imported. The bank gets
     * them in the page's order (the table's came first).
     */
    @Test
    void questionsAroundATableAreReadInTheirShape() {
        String text = "# 面试题\n\n## 基础\n\n1. 什么是过拟合？\n训练集好、测试集差。\n\n2. 什么是欠拟合？\n都差。\n\n"
                + "## 速查\n\n| 题目 | 答案 |\n| --- | --- |\n| 什么是 BN？ | 批归一化 |\n";
        Golden.Result r = read(text);
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).format(),
                q -> q.sources().get(0).line()).containsExactly(tuple("什么是过拟合？", "numbered", 5),
                tuple("什么是欠拟合？", "numbered", 8), tuple("什么是 BN？", "table", 15)); // in the page's order
        assertThat(r.warnings()).isEmpty();

        Golden.Result steps = read("| 题目 | 答案 |\n| --- | --- |\n| 什么是 BN？ | 批归一化 |\n\n## 用法\n\n"
                + "1. 克隆仓库\n2. 安装依赖\n3. 运行脚本\n");
        assertThat(steps.questions()).extracting(Question::question).containsExactly("什么是 BN？");
        assertThat(steps.warnings()).extracting(d -> d.code(), d -> d.line()).containsExactly(tuple("outside-table", 7));
    }

    /**
     * One numbered question, or one 问/答 pair, under a table: too little text for any shape to be sure of, so the
     * text around the table was unrecognised and its question dropped without a word. The Markdown shapes now read
     * it in turn.
     */
    @Test
    void aSingleQuestionAroundATableIsRead() {
        Golden.Result one = read("| 题目 | 答案 |\n| --- | --- |\n| 什么是虚拟内存？ | 页式扩展 |\n\n## 补充\n\n"
                + "1. 进程调度算法有哪些？\n先来先服务、时间片轮转。\n其中多级反馈队列最常用。\n");
        assertThat(one.questions()).extracting(Question::question, Question::answer, Question::topic).containsExactly(
                tuple("什么是虚拟内存？", "页式扩展", null),
                tuple("进程调度算法有哪些？", "先来先服务、时间片轮转。\n其中多级反馈队列最常用。", "补充"));
        Golden.Result pair = read("# 面试题\n\n| 问题 | 答案 |\n|---|---|\n| 什么是 Docker？ | 容器化平台。 |\n\n"
                + "**问：Docker 和虚拟机的区别？**\n答：Docker 共享宿主机内核。\n");
        assertThat(pair.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是 Docker？", "容器化平台。"), tuple("Docker 和虚拟机的区别？", "Docker 共享宿主机内核。"));
        assertThat(pair.warnings()).isEmpty();
        assertThat(read("本仓库整理常见面试题。\n\n| 题目 | 答案 |\n| --- | --- |\n| 什么是 BN？ | 批归一化 |\n")
                .warnings()).isEmpty();
    }

    /**
     * Under a table, a note ({@code > 注：…}), a paragraph of remarks or a sign-off below a rule reads as no question,
     * and was dropped without a word: each block is now said by its first line. The introduction above the first
     * table, headings (the topics), rules and comments are not.
     */
    @Test
    void notesAfterATableAreSaid() {
        Golden.Result r = Golden.readFixture(importer, "table", "notes-after-table.md");
        assertThat(r.questions()).hasSize(3);
        assertThat(r.warnings()).extracting(d -> d.code(), d -> d.line()).containsExactly(
                tuple("outside-table", 12), tuple("outside-table", 20), tuple("outside-table", 26));
        assertThat(read("## 数组\n\n| 题目 | 答案 |\n|---|---|\n| 两数之和？ | 哈希表 |\n\n**[⬆ 返回顶部](#top)**\n")
                .warnings()).isEmpty();
    }

    /**
     * A column no field reads (面试官) was dropped without a word in a Markdown table (a CSV file names it): the same
     * warning names it now.
     */
    @Test
    void unreadColumnsAreNamed() {
        Golden.Result r = read("| 分类 | 题目 | 答案 | 面试官 |\n|---|---|---|---|\n| Java | 什么是 GC？ | 垃圾回收 | 张三 |\n"
                + "|  | 什么是 JIT？ | 即时编译 | |\n| Go | 什么是 goroutine？ | 协程 | |\n");
        assertThat(r.questions()).extracting(Question::topic).containsExactly("Java", null, "Go");
        assertThat(r.warnings()).extracting(d -> d.code(), d -> d.line()).containsExactly(tuple("unread-column", 1));
        assertThat(r.warnings().get(0).message()).startsWith("'面试官' holds text no question field reads");
    }

    /**
     * imp42: a remarks column is read alike in every language ({@code 备注}, {@code Notes}, {@code Remarks},
     * {@code Bemerkungen}, {@code 비고}): the explanation, which is all the model keeps beside the answer, and after
     * an explanation column's text, labelled, when the table has both. Before, {@code Notes} was the explanation and
     * {@code 备注} a column not read.
     */
    @Test
    void aRemarksColumnIsTheExplanationInEveryLanguage() {
        Golden.Result r = read("| 题目 | 答案 | 备注 |\n|---|---|---|\n| 什么是 GC？ | 垃圾回收 | 字节一面 |\n");
        assertThat(r.questions()).extracting(Question::explanation).containsExactly("字节一面");
        assertThat(r.warnings()).isEmpty();
        for (String header : List.of("Notes", "Remarks", "Comments", "Bemerkungen", "Remarques", "비고", "備考", "備註")) {
            assertThat(Column.of(header)).as(header).contains(Column.NOTES);
        }
        Golden.Result both = read("| Question | Answer | Explanation | Notes |\n|---|---|---|---|\n"
                + "| What is GC? | Garbage collection | Frees unreachable objects. | asked at Google |\n"
                + "| What is JIT? | Just-in-time compilation | | frequent |\n");
        assertThat(both.questions()).extracting(Question::explanation).containsExactly(
                "Frees unreachable objects.\n\nNotes: asked at Google", "frequent");
        assertThat(both.warnings()).isEmpty();
    }

    /** Stars in a formula of a question cell ($a*b*c$) were read as emphasis and dropped ($abc$); outside one they go. */
    @Test
    void starsInAFormulaStayInTheQuestion() {
        List<Question> qs = Golden.readFixture(importer, "table", "math-in-cells.md").questions();
        assertThat(qs).extracting(Question::question).containsExactly("计算 $a*b*c$ 和 $x_1_y$ 的结果？",
                "$$W*x$$ 中 W 是什么？", "什么是 归一化？");
    }

    /** | 题目 | A | B | C | 答案 |: the option columns are the prompt's options (the answer was option A's text). */
    @Test
    void aColumnPerOptionIsNoAnswerColumn() {
        List<Question> qs = Golden.readFixture(importer, "table", "option-columns.md").questions();
        assertThat(qs).extracting(Question::prompt, Question::answer).containsExactly(
                tuple("哪个是激活函数？\n\nA. ReLU\nB. Adam\nC. `nn.SGD`", "A"),
                tuple("哪个是优化器？\n\nA. Dropout\nB. Adam", "B"));
    }

    /**
     * A last row that totals the table (`| **合计** | **4 题** |`, `| Total | 3 |`) was imported as a question "4 题"
     * (imp33): it is said and left out, while a last row whose question cell asks, or a count with no totals word
     * anywhere in its row, stays a question.
     */
    @Test
    void aLastRowThatTotalsTheTableIsNoQuestion() {
        Golden.Result r = read("| 标记 | 题目 | 难度 |\n|---|---|---|\n| | 什么是 GC？ | 简单 |\n| | 什么是 JIT？ | 中等 |\n"
                + "| **合计** | **2 题** | |\n\n| No. | Question | Answer |\n|---|---|---|\n| 1 | What is a CDN? | A cache |\n"
                + "| Total | 1 | |\n");
        assertThat(r.questions()).extracting(Question::question)
                .containsExactly("什么是 GC？", "什么是 JIT？", "What is a CDN?");
        assertThat(r.warnings()).extracting(d -> d.code(), d -> d.line())
                .containsExactly(tuple("summary-row", 5), tuple("summary-row", 10));
        assertThat(r.warnings().get(0).message()).contains("'合计 | 2 题'");
        assertThat(read("| 题目 | 答案 |\n|---|---|\n| 什么是 GC？ | 回收 |\n| 什么是合计？ | 加总 |\n").questions())
                .hasSize(2);
        assertThat(read("| 序号 | 题目 |\n|---|---|\n| 1 | 什么是 GC？ |\n| 2 | 404 |\n").questions()).hasSize(2);
        assertThat(read("| 题目 | 答案 |\n|---|---|\n| 什么是 GC？ | 回收 |\n| 共 12 题 | |\n").questions())
                .extracting(Question::question).containsExactly("什么是 GC？");
        // readme40: the totals word in the question's column, the count in the answer's
        Golden.Result word = read("| 题目 | 答案 |\n|---|---|\n| 什么是 GC？ | 回收 |\n| **合计** | 12 题 |\n");
        assertThat(word.questions()).extracting(Question::question).containsExactly("什么是 GC？");
        assertThat(word.warnings()).extracting(d -> d.code(), d -> d.line()).containsExactly(tuple("summary-row", 4));
        assertThat(read("| 题目 | 答案 |\n|---|---|\n| 什么是 GC？ | 回收 |\n| 合计 | 把各项加起来 |\n").questions())
                .hasSize(2);
    }

    /**
     * A footer written right under a table, with no blank line (audit 33's leftover): GFM reads any line there as one
     * more row, so {@code 注：答案仅供参考。} was imported as a question, silently. A line with no {@code |} at the
     * table's end is the text under it, named by an {@code outside-table} warning at its first line; the totals rule
     * still reads the last row above it; a row with its pipes stays a row.
     */
    @Test
    void aFooterRightUnderATableIsNoRow() {
        Golden.Result r = read("| 题目 | 答案 |\n|---|---|\n| 什么是 GC？ | 回收 |\n| 什么是 JIT？ | 即时编译 |\n"
                + "| 共 2 题 | |\n注：答案仅供参考。\n更多题目见 [这里](https://example.com/more)。\n\n"
                + "| Question | Answer |\n|---|---|\nWhat is a CDN? | A cache\nLicensed under MIT.\n");
        assertThat(r.questions()).extracting(Question::question, Question::answer).containsExactly(
                tuple("什么是 GC？", "回收"), tuple("什么是 JIT？", "即时编译"), tuple("What is a CDN?", "A cache"));
        assertThat(r.warnings()).extracting(d -> d.code(), d -> d.line()).containsExactly(
                tuple("summary-row", 5), tuple("outside-table", 6), tuple("outside-table", 12));
    }

    private Golden.Result read(String text) {
        java.util.List<Question> qs = new java.util.ArrayList<>();
        java.util.List<dev.qbank.model.Diagnostic> ws = new java.util.ArrayList<>();
        importer.read(dev.qbank.importers.SourceDocument.of(java.nio.file.Path.of("t.md"), "t.md",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), qs::add, ws::add);
        return new Golden.Result(qs, ws);
    }

    /**
     * A database's export heads its row numbers {@code ID} ({@code | ID | 问题 |}): they were dropped, the questions
     * without a number. A whole number under {@code ID} is the question's number when no column is headed as the
     * number; an id that is no number (qbank's own {@code q-…}) is none.
     */
    @Test
    void anIdColumnOfWholeNumbersNumbersTheQuestions() {
        Golden.Result r = read("| ID | 问题 | 答案 |\n|---|---|---|\n| 7 | 什么是感受野？ | 区域 |\n"
                + "| q-28e5303080 | 什么是 NMS？ | 去重 |\n\n| 序号 | id | 题目 |\n|---|---|---|\n| 3 | 12 | 什么是 GC？ |\n");
        assertThat(r.questions()).extracting(Question::question, q -> q.sources().get(0).number()).containsExactly(
                tuple("什么是感受野？", "7"), tuple("什么是 NMS？", null), tuple("什么是 GC？", "3"));
    }

    /** Session 39 (exp39): "__init__" in a cell is Python's special name, not bold; "__重点__" still is. */
    @Test
    void pythonsSpecialNamesAreNoBold() {
        Golden.Result r = read("| 题目 | 答案 |\n|---|---|\n| Python 中 __init__ 和 __new__ 的区别？ | __new__ 创建实例 |\n"
                + "| __重点__：什么是 GIL？ | 锁 |\n");
        assertThat(r.questions()).extracting(Question::question)
                .containsExactly("Python 中 __init__ 和 __new__ 的区别？", "重点：什么是 GIL？");
    }

    /** A question cell's frequency mark is a tag; a word of the question that happens to be one is not. */
    @Test
    void frequencyMarksInQuestionCellsAreTags() {
        Golden.Result r = Golden.readTextAsImported(importer, """
                | 题目 | 答案 |
                |---|---|
                | 什么是BN？（高频） | 批归一化 |
                | [必考] 什么是LN？ | 层归一化 |
                | 高频交易是什么？ | 交易 |
                """);
        assertThat(r.questions()).extracting(Question::question, Question::tags).containsExactly(
                tuple("什么是BN？", List.of("高频")),
                tuple("什么是LN？", List.of("必考")),
                tuple("高频交易是什么？", List.of()));
    }
}
