package no.traineemonitor.reporting;

import java.util.List;

/**
 * One thing wrong with a return, where it is (sheet, row and column as a spreadsheet shows them, or the form field) and
 * what is expected. The text is a message key of the reporting bundle with its arguments, so the leader reads it in
 * their language.
 *
 * @param sheet  sheet name, or "" for the browser form
 * @param row    1-based row number as Excel shows it, or 0 when the problem is the whole file
 * @param column column letter as Excel shows it ("E"), or ""
 * @param metricId the figure concerned, or "" when none
 */
public record ReturnProblem(String sheet, int row, String column, String metricId, String key, List<Object> args) {

    public static ReturnProblem file(String key, Object... args) {
        return new ReturnProblem("", 0, "", "", key, List.of(args));
    }

    public static ReturnProblem at(String sheet, int row, String column, String metricId, String key, Object... args) {
        return new ReturnProblem(sheet, row, column, metricId, key, List.of(args));
    }

    /** "Årsrapport!E12" or "" for a problem with the whole file. */
    public String where() {
        if (row == 0) {
            return sheet;
        }
        return (sheet.isEmpty() ? "" : sheet + "!") + column + row;
    }
}
