package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Banks written the way people publish them (a GitHub README with collapsed answers, a CSDN post, a Feishu or Yuque
 * export, a Google Forms sheet, a quiz app's JSON …), each with its file's quirks (CRLF, BOM, tabs, trailing spaces,
 * no final newline): every one is detected as the format it has, reads all its questions, and reads to its golden
 * file. The table is what a reader counts in each file (docs/importer-audit-18.md).
 */
class AuditBanksTest {
    private static final Path AUDIT = Golden.FIXTURES.resolve("audit18");
    private static final FormatDetector DETECTOR = new FormatDetector(ImporterRegistry.standard());

    /** Fixture, the format it is written in and the questions a reader counts in it. */
    private static final String TABLE = """
            github-readme-toc-details.md         qa        10
            csdn-bracket-labels-br.md            qa         9
            feishu-bold-question-callouts.md     notion    10
            feishu-number-lines.md               notion    10
            yuque-anchors-tips.md                qa         8
            fullwidth-numbered-subquestions.txt  numbered  12
            code-block-answers.md                qa         8
            table-seq-escaped-pipes.md           table     15
            google-forms-responses.csv           csv       12
            quiz-app-nested.json                 json      10
            emoji-keycap-numbers.md              numbered  12
            english-q-ans-labels.md              qa        10
            hexo-front-matter-bold-numbered.md   numbered  10
            """;
    private static final Map<String, Expected> EXPECTED = TABLE.lines().map(l -> l.split("\\s+"))
            .collect(Collectors.toMap(c -> c[0], c -> new Expected(c[1], Integer.parseInt(c[2]))));

    private record Expected(String format, int questions) {
    }

    @TestFactory
    Stream<DynamicTest> everyBankIsDetectedAndReadWhole() throws IOException {
        List<Path> fixtures = Golden.fixtures("audit18");
        assertThat(fixtures).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path fixture : fixtures) {
            String name = fixture.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Expected expected = EXPECTED.get(name);
                Importer importer = DETECTOR.detect(SourceDocument.load(fixture, name)).importer();
                assertThat(importer.name()).isEqualTo(expected.format());
                List<Question> qs = Golden.check(importer, fixture).questions();
                assertThat(qs).hasSize(expected.questions());
                for (Question q : qs) {
                    // no question is a line of another's answer, and no answer holds the next question's label
                    assertThat(q.answer()).as(q.question()).isNotBlank()
                            .doesNotContain("**Q.**", "**问题 ", "<a name=", "祝大家");
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void aBanksTitleWithANoteAfterItIsNoTopic() {
        Importer qa = ImporterRegistry.standard().require("qa");
        // "# 手撕代码题（附 Python 参考实现）" titles the bank: its questions have no topic from it
        assertThat(Golden.read(qa, AUDIT.resolve("code-block-answers.md"), "code-block-answers.md").questions())
                .extracting(Question::topic).containsOnlyNulls();
    }

    /**
     * The CSDN post ends its answers' lines with {@code <br>}: the bank's answers (as every import makes them
     * canonical, {@link QuestionText}) end those lines without it; one inside a line stays (imp21).
     */
    @Test
    void csdnAnswersEndTheirLinesWithoutTheBreakTag() {
        Importer qa = ImporterRegistry.standard().require("qa");
        List<Question> qs = Golden.read(qa, AUDIT.resolve("csdn-bracket-labels-br.md"), "csdn-bracket-labels-br.md")
                .questions().stream().map(QuestionText::canonical).toList();
        assertThat(qs.get(0).answer()).isEqualTo("梯度消失：反向传播时梯度逐层相乘后越来越小，靠近输入的层几乎不更新；<br>"
                + "梯度爆炸：梯度越来越大，参数更新过猛导致不收敛。\n常见原因：\n1. 激活函数饱和（sigmoid/tanh）\n2. 网络过深、权重初始化过大");
        assertThat(qs).extracting(Question::answer).noneMatch(a -> a.lines().anyMatch(l -> l.endsWith("<br>")));
    }
}
