package dev.qbank.exporters.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The "Summary" sheet: questions by topic × difficulty, by source bank, and how many cells were cut. */
final class SummarySheet {
    private SummarySheet() {
    }

    static void write(SXSSFSheet sheet, SummaryCounts counts, int truncations, CellStyle header) {
        sheet.setColumnWidth(0, 40 * 256);
        int r = 0;
        Row total = sheet.createRow(r++);
        total.createCell(0).setCellValue("questions");
        total.createCell(1).setCellValue(counts.questions);
        Row cut = sheet.createRow(r++);
        cut.createCell(0).setCellValue("cells truncated at 32,767 characters");
        cut.createCell(1).setCellValue(truncations);
        r++;

        List<String> difficulties = XlsxExporter.difficultyColumns();
        Row head = sheet.createRow(r++);
        headerCell(head, 0, "topic", header);
        for (int d = 0; d < difficulties.size(); d++) {
            headerCell(head, d + 1, difficulties.get(d), header);
        }
        headerCell(head, difficulties.size() + 1, "total", header);
        long[] columnTotals = new long[difficulties.size()];
        List<Map.Entry<String, long[]>> topics = new ArrayList<>(counts.byTopic.entrySet());
        // Topics by name, questions without a topic last.
        topics.sort(Comparator.comparing((Map.Entry<String, long[]> e) -> e.getKey().isEmpty())
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, long[]> e : topics) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey().isEmpty() ? "(no topic)" : e.getKey());
            long sum = 0;
            for (int d = 0; d < difficulties.size(); d++) {
                row.createCell(d + 1).setCellValue(e.getValue()[d]);
                columnTotals[d] += e.getValue()[d];
                sum += e.getValue()[d];
            }
            row.createCell(difficulties.size() + 1).setCellValue(sum);
        }
        Row totals = sheet.createRow(r++);
        headerCell(totals, 0, "total", header);
        for (int d = 0; d < difficulties.size(); d++) {
            totals.createCell(d + 1).setCellValue(columnTotals[d]);
        }
        totals.createCell(difficulties.size() + 1).setCellValue(counts.questions);
        r++;

        Row bankHead = sheet.createRow(r++);
        headerCell(bankHead, 0, "source bank", header);
        headerCell(bankHead, 1, "questions", header);
        for (Map.Entry<String, Long> e : counts.bySourceBank.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
    }

    private static void headerCell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
