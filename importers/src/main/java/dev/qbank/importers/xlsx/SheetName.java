package dev.qbank.importers.xlsx;

import dev.qbank.importers.DocumentTitle;
import dev.qbank.importers.SectionTitle;
import dev.qbank.importers.LevelHeadings;
import dev.qbank.importers.table.SheetRow;
import dev.qbank.model.Difficulty;
import java.util.regex.Pattern;

/**
 * What a sheet's name says about its rows. Workbooks are often split into a sheet per subject ({@code CNN},
 * {@code NLP}, {@code 机器学习}) or per level ({@code 简单}, {@code Hard}) with no column saying so: such a name is
 * the rows' topic, or their difficulty, as a heading over a Markdown list is. The name a spreadsheet program gives a
 * new sheet ({@code Sheet1}, {@code 工作表1}) says nothing, and neither does one that calls the sheet a collection of
 * questions ({@code 面试题}, {@code Questions}, the name of qbank's own export sheet).
 */
final class SheetName {
    /** The default names of Excel, WPS, LibreOffice and Google Sheets in the languages banks come in. */
    private static final Pattern DEFAULT = Pattern.compile(
            "(?iu)(?:sheet|worksheet|工作表|表|表格|页|tab|table|feuil(?:le)?|tabelle|hoja|planilha|foglio|blad|лист)"
                    + "[ \\t_-]*[0-9０-９]*|[0-9０-９ \\t._-]*");

    private SheetName() {
    }

    /** Where a sheet's rows are, with the topic or the difficulty its name gives them. */
    static SheetRow.Place place(String file, String format, String sheet) {
        String name = sheet == null ? "" : sheet.strip();
        Difficulty level = LevelHeadings.plainly(name).orElse(null);
        boolean says = level == null && !DEFAULT.matcher(name).matches() && !DocumentTitle.namesBank(name);
        String topic = says ? SectionTitle.topic(name) : null;
        return new SheetRow.Place(file, format, sheet, topic == null || topic.isBlank() ? null : topic, level);
    }
}
