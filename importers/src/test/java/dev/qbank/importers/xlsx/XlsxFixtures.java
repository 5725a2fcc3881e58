package dev.qbank.importers.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCreationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks as a person makes them in Excel, written with POI's user model (not qbank's exporter): a merged title
 * row above a styled header, empty rows, numbers, booleans, dates, a formula, rich text, a cell with line breaks and
 * a second sheet of questions, and a sheet of notes. {@code fixtures/xlsx/book.xlsx} is this workbook.
 */
final class XlsxFixtures {
    private XlsxFixtures() {
    }

    static Path userBook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCreationHelper helper = wb.getCreationHelper();
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));

            XSSFSheet dl = wb.createSheet("深度学习");
            dl.createRow(0).createCell(0).setCellValue("深度学习面试题（2024版）");
            dl.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            Row head = dl.createRow(2);
            String[] names = {"序号", "题目", "参考答案", "难度", "知识点", "更新"};
            for (int i = 0; i < names.length; i++) {
                head.createCell(i).setCellValue(names[i]);
                head.getCell(i).setCellStyle(header);
            }
            Row r = dl.createRow(3);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("什么是过拟合？");
            r.createCell(2).setCellValue("模型在训练集上表现好，在测试集上差。\n常见对策：\n- 正则化\n- Dropout");
            r.createCell(3).setCellValue(1); // a level as a number: easy
            r.createCell(4).setCellValue("正则化、泛化");
            r.createCell(5).setCellValue(LocalDate.of(2024, 3, 5));
            r.getCell(5).setCellStyle(date);
            // row 5 (index 4) left empty, as people leave gaps
            r = dl.createRow(5);
            r.createCell(0).setCellFormula("A4+1");
            r.getCell(0).setCellValue(2); // the cached result Excel would store
            XSSFRichTextString rich = new XSSFRichTextString("BN 的作用是什么？");
            XSSFFont red = wb.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            rich.applyFont(0, 2, red);
            r.createCell(1).setCellValue(rich);
            r.createCell(2).setCellValue("加速收敛，允许更大的学习率。");
            r.createCell(3).setCellValue("★★★");
            r.createCell(4).setCellValue(true);
            dl.createRow(6); // a row that exists but holds nothing
            r = dl.createRow(7);
            r.createCell(1).setCellValue("  RNN 为什么会梯度消失？ ");
            r.createCell(3).setCellValue("超难");

            XSSFSheet en = wb.createSheet("English");
            Row h = en.createRow(0);
            String[] english = {"Interview Question", "Answer", "Difficulty Level", "Category", "Tags"};
            for (int i = 0; i < english.length; i++) {
                h.createCell(i).setCellValue(english[i]);
            }
            r = en.createRow(1);
            r.createCell(0).setCellValue("What is a residual connection?");
            r.createCell(1).setCellValue("A shortcut that adds the input to the output.\n\nIt eases training deep nets.");
            r.createCell(2).setCellValue("Medium");
            r.createCell(3).setCellValue("CNN");
            r.createCell(4).setCellValue("ResNet, skip connection");
            r = en.createRow(3);
            r.createCell(1).setCellValue("an answer without its question");

            XSSFSheet notes = wb.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Collected from team interviews");
            Row n = notes.createRow(1);
            n.createCell(0).setCellValue("owner");
            n.createCell(1).setCellValue(42);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
