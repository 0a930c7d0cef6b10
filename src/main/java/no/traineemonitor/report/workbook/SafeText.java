package no.traineemonitor.report.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes text from data into a cell so that it can never become a formula. POI stores a {@code setCellValue(String)}
 * as a string cell (shared or inline string), never as a formula; no report code calls {@code setCellFormula} with
 * data. A text that a spreadsheet would evaluate if someone retyped it (it starts with = + - @, a tab or a carriage
 * return) also gets the quote-prefix style, the same as typing an apostrophe in front of it in Excel.
 */
public final class SafeText {

    /** Excel's limit for the text of one cell. */
    static final int MAX_LENGTH = 32_767;

    private SafeText() {
    }

    /** True for a text Excel would take for a formula when typed in. */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Sets a string cell; blank stays blank (unknown is never written as a value). */
    public static void set(Cell cell, String text, CellStyle style, CellStyles styles) {
        if (text.isEmpty()) {
            cell.setCellStyle(style);
            return;
        }
        String value = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
        if (styles.texts == null || !styles.texts.set(cell, value)) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(looksLikeFormula(value) ? styles.quotedText : style);
    }
}
