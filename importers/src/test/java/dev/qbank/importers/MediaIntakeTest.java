package dev.qbank.importers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.Question;
import dev.qbank.model.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaIntakeTest {
    @TempDir
    Path tmp;

    @Test
    void linksAreRewrittenInEveryWrittenForm() {
        Map<String, String> renamed = Map.of("img dir/a b.png", "media/0123456789ab-a_b.png");
        assertThat(MediaIntake.relink("x ![a](img%20dir/a%20b.png) y", renamed))
                .isEqualTo("x ![a](media/0123456789ab-a_b.png) y");
        assertThat(MediaIntake.relink("![a](<img dir/a b.png> \"title\")", renamed))
                .isEqualTo("![a](media/0123456789ab-a_b.png \"title\")");
        assertThat(MediaIntake.relink("[file](./img dir/../x.png) ![b](img%20dir\\a%20b.png)", renamed))
                .isEqualTo("[file](./img dir/../x.png) ![b](media/0123456789ab-a_b.png)");
        assertThat(MediaIntake.relink("![other](img%20dir/c.png) and (img dir/a b.png)", renamed))
                .isEqualTo("![other](img%20dir/c.png) and (img dir/a b.png)");
        assertThat(MediaIntake.relink(null, renamed)).isNull();
    }

    @Test
    void anImagePathWrittenWithItsSpacesIsListedAndLinkedAsAnImage() {
        // a qa or numbered answer's picture typed with its spaces: no image to Markdown as written
        Question q = Question.builder("q?").answer("见图：\n\n![conv](Notes 1a2b/conv stride.png)")
                .explanation("![b](x.png \"a title.png\") ![c](<d e.png>)").build();
        Question listed = LinkedImages.listed(q);
        assertThat(listed.answer()).isEqualTo("见图：\n\n![conv](Notes%201a2b/conv%20stride.png)");
        assertThat(listed.explanation()).isEqualTo(q.explanation());
        assertThat(listed.media()).containsExactly("Notes%201a2b/conv%20stride.png", "x.png", "d e.png");
    }

    @Test
    void namesAreSafeForFileSystemsUrlsAndAnki() {
        assertThat(MediaIntake.sanitise("Untitled 1.png")).isEqualTo("Untitled_1.png");
        assertThat(MediaIntake.sanitise("图 片?.PNG")).isEqualTo("图_片.PNG");
        assertThat(MediaIntake.sanitise("..hidden")).isEqualTo("file.hidden");
        assertThat(MediaIntake.sanitise("???")).isEqualTo("file");
        assertThat(MediaIntake.sanitise("a".repeat(300) + ".jpeg")).isEqualTo("a".repeat(60) + ".jpeg");
    }

    @Test
    void sameContentIsStoredOnceAndDifferentContentNeverCollides() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.createDirectories(src.resolve("img"));
        Files.writeString(src.resolve("img/a.png"), "one");
        Files.writeString(src.resolve("img/copy of a.png"), "one");
        Files.createDirectories(src.resolve("other"));
        Files.writeString(src.resolve("other/a.png"), "two");
        Path page = src.resolve("page.md");
        Files.writeString(page, "x");
        SourceDocument doc = SourceDocument.of(page, "src/page.md", "x".getBytes(StandardCharsets.UTF_8));
        Question q = Question.builder("q?").answer("![](img/a.png) ![](img/copy%20of%20a.png) ![](other/a.png)")
                .media(List.of("img/a.png", "img/copy of a.png", "other/a.png", "/etc/passwd", "gone.png"))
                .source(new Source("src/page.md", 3, "q?", "notion", null, null, null)).build();

        Path bank = tmp.resolve("bank");
        MediaIntake intake = new MediaIntake(bank);
        ParsedFile resolved = intake.resolve(new ParsedFile(doc, "notion", false, List.of(q), List.of()));
        Question out = resolved.questions().get(0);
        assertThat(out.media()).hasSize(2).allMatch(m -> m.matches("media/[0-9a-f]{12}-a\\.png"));
        String one = out.media().get(0);
        assertThat(out.answer()).isEqualTo("![](" + one + ") ![](" + one + ") ![](" + out.media().get(1) + ")");
        assertThat(resolved.warnings()).extracting(Diagnostic::code).containsExactly("media-unsafe", "media-missing");
        assertThat(resolved.warnings()).extracting(Diagnostic::line).containsOnly(3);

        Map<String, Path> copies = intake.copiesFor(List.of(out));
        assertThat(copies).hasSize(2);
        new BankStore(bank).commit(List.of(out.withId("q-1")), List.of(), null, copies);

        // a later import finds the content already in the bank under its first name, whatever it is called now
        Files.writeString(src.resolve("renamed.png"), "one");
        Question later = Question.builder("r?").media(List.of("renamed.png"))
                .source(new Source("src/page.md", 9, "r?", "notion", null, null, null)).build();
        Question again = new MediaIntake(bank)
                .resolve(new ParsedFile(doc, "notion", false, List.of(later), List.of())).questions().get(0);
        assertThat(again.media()).containsExactly(one);
        try (Stream<Path> files = Files.list(bank.resolve("media"))) {
            assertThat(files).hasSize(2);
        }

        // media of a qbank export (already content-named) imported into another bank keep their names
        Path exported = Files.createDirectories(tmp.resolve("out/media"));
        Files.copy(bank.resolve(one), exported.resolve(one.substring("media/".length())));
        Path json = tmp.resolve("out/qbank.json");
        Files.writeString(json, "x");
        SourceDocument exportDoc = SourceDocument.of(json, "out/qbank.json", "x".getBytes(StandardCharsets.UTF_8));
        Question back = new MediaIntake(tmp.resolve("other-bank")).resolve(new ParsedFile(exportDoc, "qbankjson",
                false, List.of(out.withId("q-1")), List.of())).questions().get(0);
        assertThat(back.media()).startsWith(one);
    }
}
