package dev.qbank.importers.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.qbank.importers.Golden;
import dev.qbank.model.Question;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks laid out as people lay them out: titles over the header, hidden sheets, links in cells. */
class XlsxLayoutTest {
    @TempDir
    Path dir;

    private Path save(XSSFWorkbook book) throws IOException {
        Path file = dir.resolve("book.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
        return file;
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    private static Golden.Result read(Path file) {
        return Golden.read(new XlsxImporter(), file, "book.xlsx");
    }

    /**
     * A title row of two cells side by side ("Kafka 面试题" | "更新于 2024-03") names the question column by chance:
     * it was read as the header, the real header row became a question, and the answers were left out.
     */
    @Test
    void aTitleRowThatNamesAColumnByChanceIsNotTheHeaderWhenTheRowBelowNamesMore() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("题库");
        row(sheet, 0, "Kafka 面试题", "更新于 2024-03");
        row(sheet, 1, "题目", "答案", "难度");
        row(sheet, 2, "分区有什么用？", "并行与扩展", "中等");
        Golden.Result r = read(save(book));
        assertThat(r.questions()).extracting(Question::question, Question::answer, q -> q.sources().get(0).line())
                .containsExactly(tuple("分区有什么用？", "并行与扩展", 3));
        assertThat(r.warnings()).isEmpty();
    }
}
