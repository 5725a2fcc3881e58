package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.qbank.model.Diagnostic;
import dev.qbank.model.Difficulty;
import dev.qbank.model.Question;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The bundled seeds: each is detected as its format and yields the number of questions the manifest states. */
class SeedFormatsTest {
    private static final Path SEEDS = Path.of("../seeds");
    private static final ImporterRegistry REGISTRY = ImporterRegistry.standard();

    static Golden.Result read(String name) {
        Path file = SEEDS.resolve(name);
        SourceDocument doc = SourceDocument.load(file, "seeds/" + name);
        Importer importer = new FormatDetector(REGISTRY).detect(doc).importer();
        return Golden.read(importer, file, "seeds/" + name);
    }

    @ParameterizedTest
    @CsvSource({"000_19ee16e00da61554.txt,table,41", "001_268a4c925a43aea4.txt,chapters,13",
            "004_0c49a7a0fc5058d2.txt,numbered,76"})
    void seedIsDetectedAndFullyRead(String name, String format, int count) {
        SourceDocument doc = SourceDocument.load(SEEDS.resolve(name), "seeds/" + name);
        assertThat(new FormatDetector(REGISTRY).detect(doc).importer().name()).isEqualTo(format);
        List<Question> questions = read(name).questions();
        assertThat(questions).hasSize(count);
        for (Question q : questions) {
            assertThat(q.sources().get(0).format()).isEqualTo(format);
            assertThat(q.language()).isEqualTo("zh-CN");
            String line = doc.lines().get(q.sources().get(0).line() - 1);
            assertThat(line).as("the cited line holds the question").contains(q.question().substring(0, 4));
        }
    }

    @ParameterizedTest
    @CsvSource({"002_574ce3207053ca75.txt", "003_ebb4cdbd02d21701.txt"})
    void richSeedsAreNotClaimedByTheseImporters(String name) {
        SourceDocument doc = SourceDocument.load(SEEDS.resolve(name), "seeds/" + name);
        for (String format : List.of("table", "chapters", "numbered")) {
            assertThat(REGISTRY.require(format).sniff(doc)).as(format).isLessThan(FormatDetector.MIN_CONFIDENCE);
        }
    }

    @Test
    void tableSeedCarriesUrlsDifficultyAndTags() {
        List<Question> qs = read("000_19ee16e00da61554.txt").questions();
        Question first = qs.get(0);
        assertThat(first.question()).isEqualTo("什么是深度学习？它与传统机器学习有什么区别？");
        assertThat(first.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(first.tags()).containsExactly("深度学习", "概念");
        assertThat(first.sources().get(0).line()).isEqualTo(4);
        assertThat(first.sources().get(0).url())
                .isEqualTo("https://www.mianshiya.com/bank/1821834656568348674/question/1821834656803229697");
        assertThat(qs).allSatisfy(q -> {
            assertThat(q.difficulty()).isNotNull();
            assertThat(q.tags()).isNotEmpty();
            assertThat(q.sources().get(0).url()).startsWith("https://www.mianshiya.com/");
        });
    }

    @Test
    void chapterSeedCarriesChaptersAndFullReferenceUrls() {
        Golden.Result r = read("001_268a4c925a43aea4.txt");
        List<Question> qs = r.questions();
        assertThat(qs.get(0).topic()).isEqualTo("卷积神经网络");
        assertThat(qs.get(0).sources().get(0).section()).isEqualTo("第1章 卷积神经网络");
        assertThat(qs.get(10).topic()).isEqualTo("循环神经网络");
        assertThat(qs.get(6).references().get(0).url()).startsWith("https://zhuanlan.zhihu.com/p/93643523#:~:text=")
                .hasSizeGreaterThan(500);
        assertThat(qs.get(1).references()).hasSize(4);
        assertThat(qs).allSatisfy(q -> assertThat(q.references()).isNotEmpty());
        // its title and "参考资料：" above the first chapter (line 2 on) are said once; the cut-off tail at the end
        assertThat(r.warnings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("preamble", 2), tuple("truncated", 47));
    }

    @Test
    void numberedSeedKeepsNumbers() {
        List<Question> qs = read("004_0c49a7a0fc5058d2.txt").questions();
        for (int i = 0; i < qs.size(); i++) {
            assertThat(qs.get(i).sources().get(0).number()).isEqualTo(String.valueOf(i + 1));
            assertThat(qs.get(i).sources().get(0).line()).isEqualTo(i + 1);
        }
        assertThat(qs.get(41).question()).isEqualTo("为什么更深的网络更好？");
    }
}
