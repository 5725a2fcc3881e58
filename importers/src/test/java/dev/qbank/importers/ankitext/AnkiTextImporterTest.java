package dev.qbank.importers.ankitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qbank.importers.FormatDetector;
import dev.qbank.importers.Golden;
import dev.qbank.importers.ImporterRegistry;
import dev.qbank.importers.SourceDocument;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Anki's plain-text export: its header lines say how to read the rows, and rows are notes as in a package. */
class AnkiTextImporterTest {
    private final AnkiTextImporter importer = new AnkiTextImporter();

    private static SourceDocument doc(String name, String text) {
        return SourceDocument.of(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String detected(String name, String text) {
        return new FormatDetector(ImporterRegistry.standard()).detect(doc(name, text)).importer().name();
    }

    private List<Question> read(String text, List<Diagnostic> warnings) {
        List<Question> out = new ArrayList<>();
        importer.read(doc("deck.txt", text), out::add, warnings::add);
        return out;
    }

    /**
     * A Quizlet set exported with custom separators ({@code |} between the sides, {@code ;;} between the cards, a
     * definition's own line breaks kept) was refused as unrecognised: it is read as the cards it holds, and a line
     * per card with {@code |} between the sides too; a Markdown table or a short text with one card is no such set.
     */
    @Test
    void quizletExportsWithCustomSeparatorsAreCards() {
        String custom = "什么是过拟合？|训练集好，测试集差。\n对策：正则化。;;Adam|动量 + RMSProp;;"
                + "What is dropout?|Randomly zeroes units; an ensemble of thinned networks.";
        assertThat(detected("set.txt", custom)).isEqualTo("ankitext");
        List<Diagnostic> warnings = new ArrayList<>();
        assertThat(read(custom, warnings)).extracting(Question::question, Question::answer, q -> q.sources().get(0).line())
                .containsExactly(tuple("什么是过拟合？", "训练集好，测试集差。\n对策：正则化。", 1), tuple("Adam", "动量 + RMSProp", 2),
                        tuple("What is dropout?", "Randomly zeroes units; an ensemble of thinned networks.", 2));
        assertThat(warnings).isEmpty();
        String lines = "页表|虚拟页到物理页的映射\n缺页中断|访问的页不在内存中\nTLB|页表项的缓存\n";
        assertThat(detected("set.txt", lines)).isEqualTo("ankitext");
        assertThat(read(lines, warnings)).extracting(Question::question).containsExactly("页表", "缺页中断", "TLB");
        assertThat(QuizletCards.of("题目 | 答案\n--- | ---\n什么是 TCP？ | 协议\n什么是 UDP？ | 协议\n")).isEmpty();
        assertThat(QuizletCards.of("| a | b |\n| c | d |\n| e | f |\n")).isEmpty();
        assertThat(QuizletCards.of("a|b;;c|d")).isEmpty(); // two cards: too few to tell from text
    }

    /**
     * Quizlet's built-in "Between rows: Semicolon", with a tab or a comma between the sides: the cards run on after
     * each other, a definition keeping its own {@code ;}. Prose with "; " and a CSV of one row a line are no such set.
     */
    @Test
    void quizletExportsWithSemicolonsBetweenCardsAreCards() {
        String tabs = "页表\t虚拟页到物理页的映射;缺页中断\t访问的页不在内存中;先查 TLB;TLB\t页表项的缓存";
        assertThat(detected("set.txt", tabs)).isEqualTo("ankitext");
        List<Diagnostic> warnings = new ArrayList<>();
        assertThat(read(tabs, warnings)).extracting(Question::question, Question::answer).containsExactly(
                tuple("页表", "虚拟页到物理页的映射"), tuple("缺页中断", "访问的页不在内存中;先查 TLB"), tuple("TLB", "页表项的缓存"));
        String commas = "Adam,动量 + RMSProp;Dropout,随机丢弃神经元;训练时生效;BatchNorm,按批归一化, 加速收敛;";
        assertThat(detected("set.txt", commas)).isEqualTo("ankitext");
        assertThat(read(commas, warnings)).extracting(Question::question, Question::answer).containsExactly(
                tuple("Adam", "动量 + RMSProp"), tuple("Dropout", "随机丢弃神经元;训练时生效"), tuple("BatchNorm", "按批归一化, 加速收敛"));
        assertThat(warnings).isEmpty();
        assertThat(QuizletCards.of("First, read the paper; then, write code; finally, test it.")).isEmpty();
        assertThat(QuizletCards.of("q,a\nTCP,协议;可靠\nUDP,协议;不可靠\n")).isEmpty();
        assertThat(QuizletCards.of("a\tb;c\td")).isEmpty(); // two cards: too few to tell from text
    }

    /**
     * Quizlet writes a card's comma with the definition right after it; a definition's own {@code ;} followed by
     * prose's comma ({@code x:1;y:2, then …}) is no new card's start, while a set written with a blank after each
     * card's comma still splits at its {@code ;}.
     */
    @Test
    void aDefinitionsOwnSemicolonBeforeProsesCommaStartsNoQuizletCard() {
        String commas = "CSS rule,pairs such as width:1px;height:2px, each closed by a semicolon;selector,what a rule"
                + " matches;cascade,the order rules apply in";
        List<Diagnostic> warnings = new ArrayList<>();
        assertThat(read(commas, warnings)).extracting(Question::question, Question::answer).containsExactly(
                tuple("CSS rule", "pairs such as width:1px;height:2px, each closed by a semicolon"),
                tuple("selector", "what a rule matches"), tuple("cascade", "the order rules apply in"));
        String spaced = "堆, 完全二叉树;栈, 后进先出;队列, 先进先出";
        assertThat(read(spaced, warnings)).extracting(Question::question, Question::answer).containsExactly(
                tuple("堆", "完全二叉树"), tuple("栈", "后进先出"), tuple("队列", "先进先出"));
    }

    @Test
    void specialColumnsAreTagsDeckAndNoteTypeAndAnEmptyFrontIsAWarning() {
        Golden.Result r = Golden.readFixture(importer, "ankitext", "notes-html.txt");
        assertThat(r.questions()).hasSize(5);
        Question first = r.questions().get(0);
        assertThat(first.topic()).isEqualTo("CNN"); // deck 深度学习::CNN, below its top deck
        assertThat(first.tags()).containsExactly("cnn", "基础");
        assertThat(first.answer()).isEqualTo("对特征图做下采样：\n- 最大池化\n- 平均池化");
        assertThat(r.warnings()).map(Diagnostic::format).containsExactly(
                "fixtures/ankitext/notes-html.txt:11: warning[empty-question]: note 5 has an empty question field; "
                        + "skipped");
    }

    @Test
    void plainTextFieldsKeepTheirAngleBracketsAndLineBreaks() {
        List<Question> qs = read("#separator:Pipe\n#html:false\na<b?|x > y\n", new ArrayList<>());
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).question()).isEqualTo("a<b?");
        assertThat(qs.get(0).answer()).isEqualTo("x > y");
        List<Question> broken = read("#separator:tab\n#html:false\nQ1\t\"line one\nline two\"\n", new ArrayList<>());
        assertThat(broken.get(0).answer()).isEqualTo("line one\nline two");
    }

    @Test
    void columnsNamedInTheHeaderAreReadByName() {
        List<Question> qs = read("#separator:tab\n#columns:Answer\tQuestion\tDifficulty\n"
                + "梯度逐层变小\t什么是梯度消失？\t中等\n", new ArrayList<>());
        assertThat(qs.get(0).question()).isEqualTo("什么是梯度消失？");
        assertThat(qs.get(0).answer()).isEqualTo("梯度逐层变小");
        assertThat(qs.get(0).difficulty()).isEqualTo(Difficulty.MEDIUM);
    }

    @Test
    void clozeNotesHideTheirDeletionsInTheQuestionAndShowThemInTheAnswer() {
        List<Question> qs = read("#separator:tab\n#html:true\n"
                + "{{c1::Adam}} combines {{c2::momentum::an idea}} and RMSProp\tKingma &amp; Ba, 2014\n",
                new ArrayList<>());
        assertThat(qs.get(0).question()).isEqualTo("[...] combines [an idea] and RMSProp");
        assertThat(qs.get(0).answer()).isEqualTo("Adam\nmomentum\n\nKingma & Ba, 2014");
        assertThat(qs.get(0).sources().get(0).text()).contains("{{c1::Adam}}");
    }

    @Test
    void detection() {
        assertThat(detected("deck.txt", "#separator:tab\n#html:true\nQ\tA\n")).isEqualTo("ankitext");
        assertThat(detected("deck.txt", "tags:ml dl\nQ1,A1\nQ2,A2\n")).isEqualTo("ankitext");
        assertThat(detected("cards.txt", "什么是BN？\t批归一化\n什么是LN？\t层归一化\n")).isEqualTo("ankitext");
        // a header row naming the columns is a spreadsheet's
        assertThat(detected("cards.tsv", "Front\tBack\n什么是BN？\t批归一化\n")).isEqualTo("csv");
        // Markdown headings and indented answers are no Anki rows
        assertThat(importer.sniff(doc("a.md", "# 深度学习: 面试题\n\n1. 什么是BN？\n\t批归一化\n"))).isZero();
        assertThat(importer.sniff(doc("a.md", "#tags: not a heading but no rows either\n"))).isPositive();
    }

    @Test
    void aHeaderWithoutNotesOrAnUnclosedQuoteIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("#separator:tab\n#html:true\n\n", new ArrayList<>()))
                .isInstanceOf(QbankException.class)
                .hasMessageContaining("deck.txt:3")
                .hasMessageContaining("no notes after the header lines");
        assertThatThrownBy(() -> read("#separator:tab\nQ1\tA1\nQ2\t\"never closed\n", new ArrayList<>()))
                .isInstanceOf(QbankException.class)
                .hasMessageContaining("deck.txt:")
                .hasMessageContaining("quoted cell");
    }
}
