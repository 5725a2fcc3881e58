package dev.qbank.exporters.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.qbank.model.BankStore;
import dev.qbank.model.Diagnostic;
import dev.qbank.model.QbankException;
import dev.qbank.model.Question;
import dev.qbank.schema.BankValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images listed in a question's media are packaged under bare names; no media path reaches outside the bank. */
class MediaPackagingTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    @TempDir
    Path tmp;

    private Path bank() throws IOException {
        Path bank = tmp.resolve("bank");
        Files.createDirectories(bank.resolve("media/a"));
        Files.createDirectories(bank.resolve("media/b"));
        Files.write(bank.resolve("media/diagram.png"), PNG);
        Files.write(bank.resolve("media/a/same.png"), new byte[] {1});
        Files.write(bank.resolve("media/b/same.png"), new byte[] {2});
        return bank;
    }

    private static Question withMedia(String id, String answer, String... media) {
        return Question.builder("Question " + id).id(id).answer(answer).media(List.of(media)).build();
    }

    @Test
    void listedImagesArePackagedAndCardsReferToBareNames() throws Exception {
        Path bank = bank();
        BankStore store = TestBanks.write(bank, List.of(
                withMedia("one", "See ![diagram](media/diagram.png) and ![remote](https://evil.example/x.png)",
                        "media/diagram.png"),
                withMedia("two", "![a](media/a/same.png) ![b](../media/b/same.png) ![again](diagram.png)",
                        "media/a/same.png", "media/b/same.png", "media/diagram.png")));
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("m.apkg"), Map.of()), tmp);

        assertThat(apkg.mediaJson()).startsWith("{\"0\":\"diagram.png\",\"1\":\"same.png\",\"2\":\"same-");
        assertThat(apkg.entries().get("0")).isEqualTo(PNG);
        assertThat(apkg.entries().get("1")).containsExactly(1);
        assertThat(apkg.entries().get("2")).containsExactly(2);
        assertThat(apkg.entries()).doesNotContainKey("3");

        String one = (String) apkg.rows("SELECT flds FROM notes WHERE flds LIKE 'Question one%'").get(0).get("flds");
        assertThat(one).contains("<img src=\"diagram.png\" alt=\"diagram\" />").doesNotContain("evil.example");
        String two = (String) apkg.rows("SELECT flds FROM notes WHERE flds LIKE 'Question two%'").get(0).get("flds");
        assertThat(two).contains("src=\"same.png\"").containsPattern("src=\"same-[0-9a-f]{8}\\.png\"")
                .contains("src=\"diagram.png\"");
    }

    /**
     * An image the package does not hold is no {@code img}, but the learner sees that the answer has one: its alt text
     * or, without one, its file's name (exp27: a seed's Notion page, whose images were never exported, lost them
     * without a trace on the card); a remote image too.
     */
    @Test
    void imageNotListedInMediaIsItsAltTextOrName() throws Exception {
        BankStore store = TestBanks.write(bank(), List.of(withMedia("one", "见图 ![x *y*](media/diagram.png)\n\n"
                + "![](Deep%20Learning/Untitled%201.png) ![远程](https://example.org/a.png)")));
        ApkgContents apkg = ApkgContents.read(TestBanks.export(store, tmp.resolve("m.apkg"), Map.of()), tmp);
        assertThat(apkg.mediaJson()).isEqualTo("{}");
        String answer = ((String) apkg.rows("SELECT flds FROM notes").get(0).get("flds")).split("\u001f")[2];
        assertThat(answer).doesNotContain("<img").isEqualTo(
                "<p>见图 [image: x y]</p>\n<p>[image: Untitled 1.png] [image: 远程]</p>");
    }

    @Test
    void pathsOutsideTheBankAreRefusedWithOneLineNamingTheQuestion() throws Exception {
        Path bank = bank();
        Files.write(tmp.resolve("secret.png"), PNG);
        for (String bad : List.of("../secret.png", "media/../../secret.png", tmp.resolve("secret.png").toString(),
                "/etc/passwd", "C:/Windows/win.ini", "media/missing.png", "media")) {
            BankStore store = TestBanks.write(bank, List.of(withMedia("evil", "x", bad)));
            Path target = tmp.resolve("evil.apkg");
            assertThatThrownBy(() -> TestBanks.export(store, target, Map.of()))
                    .as(bad).isInstanceOf(QbankException.class)
                    .hasMessageContaining("questions/e/evil.yaml").hasMessageContaining(bad)
                    .hasMessageNotContaining("\n");
        }
    }

    /**
     * A listed file that is missing is one finding with one name: the export refuses the bank with the line qbank
     * validate gives for it (code, file, line, column, words), saying nothing was exported. It was error[media].
     */
    @Test
    void aMissingMediaFileIsRefusedInValidatesWords() throws Exception {
        BankStore store = TestBanks.write(bank(), List.of(withMedia("gap", "x", "media/diagram.png",
                "media/nowhere.png")));
        Diagnostic said = new BankValidator().validate(List.of(store.questionFile("gap"))).diagnostics().stream()
                .filter(d -> d.code().equals("media-missing")).findFirst().orElseThrow();
        assertThatThrownBy(() -> TestBanks.export(store, tmp.resolve("gap.apkg"), Map.of()))
                .isInstanceOfSatisfying(QbankException.class, e -> assertThat(e.diagnostics()).containsExactly(
                        Diagnostic.error("media-missing", said.file(), said.line(), said.column(),
                                said.message() + " (nothing was exported)")));
    }

    @Test
    void symbolicLinkOutOfTheBankIsRefused() throws Exception {
        Path bank = bank();
        Path outside = Files.write(tmp.resolve("outside.png"), PNG);
        try {
            Files.createSymbolicLink(bank.resolve("media/link.png"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not supported here");
        }
        BankStore store = TestBanks.write(bank, List.of(withMedia("linked", "![l](media/link.png)", "media/link.png")));
        assertThatThrownBy(() -> TestBanks.export(store, tmp.resolve("l.apkg"), Map.of()))
                .isInstanceOf(QbankException.class).hasMessageContaining("outside the bank");
    }

    @Test
    void mediaNamesAreAnkiSafe() {
        assertThat(MediaPackager.ankiSafeName("a:b?c*.png")).isEqualTo("abc.png");
        assertThat(MediaPackager.ankiSafeName("con.png")).isEqualTo("con_.png");
        assertThat(MediaPackager.ankiSafeName("name.")).isEqualTo("name._");
        assertThat(MediaPackager.ankiSafeName("图".repeat(100) + ".png").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(120);
    }
}
