package no.traineemonitor.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import no.traineemonitor.report.workbook.SafeText;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel template of a yearly return: one sheet a leader fills in (a row per figure: what it is, its definition and
 * unit, a cell for the value, what the warehouse already knows and from where, a cell for a comment), and a very
 * hidden sheet that says which programme, year and template version it was made for, so an upload can be checked
 * against them. Only the value and comment cells can be edited; the sheet is protected without a password (it guards
 * against slips, not against a determined user: every upload is validated anyway).
 */
final class TemplateWorkbook {

    /** Raised when the template's questions or layout change: an upload of an older template is refused. */
    static final String VERSION = "2026.1";
    static final String META_SHEET = "mal";
    /** The first row of figures (0-based), and the columns: id, label, definition, unit, value, known, source, comment. */
    static final int FIRST_ROW = 7;
    static final int COL_ID = 0, COL_LABEL = 1, COL_DEFINITION = 2, COL_UNIT = 3, COL_VALUE = 4, COL_KNOWN = 5,
            COL_SOURCE = 6, COL_COMMENT = 7;
    static final String VALUE_COLUMN = "E", COMMENT_COLUMN = "H";

    /** What the warehouse already holds for a figure: the value and where it comes from. */
    record Known(String value, String source) {
    }

    private TemplateWorkbook() {
    }

    /**
     * @param words   the reporting texts in the leader's language (key, arguments)
     * @param known   per metric id, the figure already held, to pre-fill the "known" column
     */
    static void write(OutputStream out, List<ReturnMetric> template, String programmeId, String programmeName, int year,
                      java.util.Locale locale, BiFunction<String, Object[], String> words, Map<String, Known> known)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(words.apply("template.sheet", new Object[0]));
            CellStyle title = style(wb, true, 14, false, false);
            CellStyle header = style(wb, true, 10, true, false);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = style(wb, false, 10, true, false);
            CellStyle input = style(wb, false, 10, true, true);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setDataFormat(wb.createDataFormat().getFormat("@")); // typed text stays text, numbers stay numbers
            CellStyle quoted = style(wb, false, 10, true, false);
            quoted.setQuotePrefixed(true);

            // column A (the figures' codes) is hidden: the leader's texts start in column B
            cell(sheet, 0, COL_LABEL, words.apply("template.title", new Object[] {programmeName, Integer.toString(year)}), title);
            cell(sheet, 1, COL_LABEL, words.apply("template.how", new Object[0]), text);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, COL_LABEL, 7));
            sheet.getRow(1).setHeightInPoints(48);
            cell(sheet, 3, COL_LABEL, words.apply("template.programme", new Object[0]), header);
            cell(sheet, 3, COL_DEFINITION, programmeName, text);
            cell(sheet, 4, COL_LABEL, words.apply("template.year", new Object[0]), header);
            cell(sheet, 4, COL_DEFINITION, Integer.toString(year), text);
            String[] headers = {"template.col.id", "template.col.figure", "template.col.definition", "template.col.unit",
                    "template.col.value", "template.col.known", "template.col.source", "template.col.comment"};
            Row head = sheet.createRow(FIRST_ROW - 1);
            for (int c = 0; c < headers.length; c++) {
                Cell h = head.createCell(c);
                h.setCellValue(words.apply(headers[c], new Object[0]));
                h.setCellStyle(header);
            }
            int[] widths = {22, 30, 52, 16, 16, 16, 30, 30};
            int r = FIRST_ROW;
            for (ReturnMetric m : template) {
                Row row = sheet.createRow(r);
                cell(sheet, r, COL_ID, m.metricId(), text);
                cell(sheet, r, COL_LABEL, m.label(locale) + (m.required() ? " *" : ""), text);
                String definition = m.definition(locale) + (m.periodOffset() == -1
                        ? " " + words.apply("template.previous-year", new Object[] {Integer.toString(year - 1)}) : "");
                cell(sheet, r, COL_DEFINITION, definition, text);
                cell(sheet, r, COL_UNIT, words.apply("unit." + m.unit(), new Object[0]), text);
                row.setHeightInPoints(13f * Math.max(lines(m.label(locale), widths[COL_LABEL]),
                        lines(definition, widths[COL_DEFINITION])) + 2f);
                row.createCell(COL_VALUE).setCellStyle(input);
                Known k = known.get(m.metricId());
                Cell knownCell = row.createCell(COL_KNOWN);
                Cell sourceCell = row.createCell(COL_SOURCE);
                safe(knownCell, k == null ? "" : k.value(), text, quoted);
                safe(sourceCell, k == null ? "" : k.source(), text, quoted);
                row.createCell(COL_COMMENT).setCellStyle(input);
                if (m.unit().equals("choice")) {
                    var helper = sheet.getDataValidationHelper();
                    DataValidationConstraint choices = helper.createExplicitListConstraint(m.choices().stream()
                            .map(c -> words.apply("choice." + c, new Object[0])).toArray(String[]::new));
                    DataValidation dv = helper.createValidation(choices, new CellRangeAddressList(r, r, COL_VALUE, COL_VALUE));
                    dv.setShowErrorBox(true);
                    sheet.addValidationData(dv);
                }
                r++;
            }
            cell(sheet, r + 1, 0, words.apply("template.required", new Object[0]), text);
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, FIRST_ROW);
            sheet.setColumnHidden(COL_ID, true); // the figures' codes: for the reader, not the leader
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.protectSheet("");
            sheet.lockFormatCells(false);
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);

            XSSFSheet meta = wb.createSheet(META_SHEET);
            meta.createRow(0).createCell(0).setCellValue(VERSION);
            meta.createRow(1).createCell(0).setCellValue(programmeId);
            meta.createRow(2).createCell(0).setCellValue(year);
            for (int i = 0; i < template.size(); i++) {
                meta.createRow(3 + i).createCell(0).setCellValue(template.get(i).metricId());
            }
            meta.protectSheet("");
            wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.write(out);
        }
    }

    /** Lines a wrapped text needs in a column this many characters wide (Calibri 10 fits about that many per line). */
    private static int lines(String text, int width) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            if (used > 0 && used + 1 + word.length() > width - 2) {
                lines++;
                used = word.length();
            } else {
                used += (used > 0 ? 1 : 0) + word.length();
            }
        }
        return lines;
    }

    /** Text from data never becomes a formula: one that looks like one is quote-prefixed. */
    private static void safe(Cell cell, String value, CellStyle style, CellStyle quoted) {
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(SafeText.looksLikeFormula(value) ? quoted : style);
    }

    private static void cell(XSSFSheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook wb, boolean bold, int size, boolean wrap, boolean unlocked) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) size);
        s.setFont(f);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setLocked(!unlocked);
        if (unlocked) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
