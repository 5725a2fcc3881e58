package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qbank.model.BankStore;
import dev.qbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images of a Notion export travel end to end: source folder → bank/media → Anki package. */
class MediaImportExportTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2, (byte) 0xff};
    private static final String PAGE = """
            # 初级

            Q1：***什么是卷积核？***

            - 一个 3*3 的窗口，见 ![kernel](Interview%20Notes%20abc123/kernel%20one.png) 图

            - 原图 ![kernel again](<Interview Notes abc123/kernel one.png>)

            Q2：***缺图的问题？***

            - 图片不见了 ![gone](Interview%20Notes%20abc123/missing.png)

            Q3：***越界的图片？***

            - 往上爬 ![up](../secret.png)

            Q4：***符号链接的图片？***

            - 链接 ![link](Interview%20Notes%20abc123/link.png)
            """;

    @TempDir
    Path tmp;

    private Path notionExport() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.write(outside.resolve("secret.png"), "secret".getBytes(StandardCharsets.UTF_8));
        Path export = Files.createDirectories(tmp.resolve("export"));
        Files.write(tmp.resolve("secret.png"), "secret".getBytes(StandardCharsets.UTF_8));
        Path images = Files.createDirectories(export.resolve("Interview Notes abc123"));
        Files.write(images.resolve("kernel one.png"), PNG);
        Files.createSymbolicLink(images.resolve("link.png"), outside.resolve("secret.png"));
        Path page = export.resolve("Interview Notes abc123.md");
        Files.writeString(page, PAGE);
        return page;
    }

    @Test
    void notionImagesAreCopiedIntoTheBankAndPackagedForAnki() throws Exception {
        Path page = notionExport();
        Path bank = tmp.resolve("bank");
        MainTest.Result imported = MainTest.run("import", "--bank", bank.toString(), page.toString());
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
        String report = imported.out() + imported.err();
        assertThat(report).contains("media-missing", "missing.png", "media-unsafe", "../secret.png", "link.png");
        // one warning per problem: the importer's about the missing file, the pipeline's about the link out
        assertThat(report.split("media-missing", -1)).hasSize(2);
        assertThat(report.split("media-unsafe", -1)).hasSize(3);

        List<Question> qs = new BankStore(bank).readAll();
        Question q1 = byNumber(qs, "什么是卷积核？");
        assertThat(q1.media()).hasSize(1);
        String bankPath = q1.media().get(0);
        assertThat(bankPath).matches("media/[0-9a-f]{12}-kernel_one\\.png");
        assertThat(Files.readAllBytes(bank.resolve(bankPath))).isEqualTo(PNG);
        // the link in the answer now points where the file is, relative to the bank folder
        assertThat(q1.answer()).contains("![kernel](" + bankPath + ")").doesNotContain("Interview");
        // missing, '..' and the symbolic link out are not in media, their links stay as written
        for (String question : List.of("缺图的问题？", "越界的图片？", "符号链接的图片？")) {
            assertThat(byNumber(qs, question).media()).as(question).isEmpty();
        }
        assertThat(byNumber(qs, "缺图的问题？").answer()).contains("Interview%20Notes%20abc123/missing.png");
        try (Stream<Path> media = Files.list(bank.resolve("media"))) {
            assertThat(media.map(p -> p.getFileName().toString()).toList())
                    .containsExactly(bankPath.substring("media/".length()));
        }

        // re-import copies nothing and changes no byte
        Map<String, byte[]> before = snapshot(bank);
        MainTest.Result again = MainTest.run("import", "--bank", bank.toString(), page.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 files written");
        assertThat(snapshot(bank)).usingRecursiveComparison().isEqualTo(before);

        Path apkg = tmp.resolve("deck.apkg");
        MainTest.Result exported = MainTest.run("export", "--format", "anki", "--bank", bank.toString(), "--out",
                apkg.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        Map<String, byte[]> entries = zipEntries(apkg);
        String bare = bankPath.substring("media/".length());
        assertThat(new String(entries.get("media"), StandardCharsets.UTF_8)).isEqualTo("{\"0\":\"" + bare + "\"}");
        assertThat(entries.get("0")).isEqualTo(PNG);
        String answer = answerField(entries.get("collection.anki2"), "什么是卷积核？");
        assertThat(answer).contains("<img src=\"" + bare + "\"").doesNotContain("media/");

        // and the deck imported into a new bank brings the picture with it, under the same content name
        Path fromDeck = tmp.resolve("from-deck");
        MainTest.Result back = MainTest.run("import", "--bank", fromDeck.toString(), apkg.toString());
        assertThat(back.code()).as(back.out() + back.err()).isZero();
        Question q1back = byNumber(new BankStore(fromDeck).readAll(), "什么是卷积核？");
        assertThat(q1back.media()).containsExactly(bankPath);
        assertThat(Files.readAllBytes(fromDeck.resolve(bankPath))).isEqualTo(PNG);
        assertThat(q1back.answer()).contains("![kernel](" + bankPath + ")");
    }

    @Test
    void seedBankImportsWithWarningsAndExportsToAnki() {
        Path bank = tmp.resolve("bank");
        MainTest.Result imported = MainTest.run("import", "--bank", bank.toString(), "../seeds");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out() + imported.err()).contains("media-missing", "Untitled.png", "Untitled 1.png");
        assertThat(new BankStore(bank).readAll()).allSatisfy(q -> assertThat(q.media()).isEmpty());
        MainTest.Result exported = MainTest.run("export", "--format", "anki", "--bank", bank.toString(), "--out",
                tmp.resolve("seeds.apkg").toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.err()).doesNotContain("does not exist");
    }

    private static Question byNumber(List<Question> qs, String question) {
        return qs.stream().filter(q -> q.question().equals(question)).findFirst().orElseThrow();
    }

    private static Map<String, byte[]> snapshot(Path root) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.endsWith(".lock")).toList()) {
                files.put(root.relativize(p).toString() + "@" + Files.getLastModifiedTime(p), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Map<String, byte[]> zipEntries(Path zipFile) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private String answerField(byte[] collection, String question) throws Exception {
        Path db = tmp.resolve("collection-" + System.nanoTime() + ".anki2");
        Files.write(db, collection);
        List<String> answers = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT flds FROM notes")) {
            while (rs.next()) {
                String[] f = rs.getString(1).split("\u001f", -1);
                if (f[0].contains(question)) {
                    answers.add(f[2]);
                }
            }
        }
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }
}
