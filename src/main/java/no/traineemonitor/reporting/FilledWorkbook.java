package no.traineemonitor.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A return given in the browser form, written into its template: the file kept as the return's record. */
final class FilledWorkbook {

    private FilledWorkbook() {
    }

    static byte[] fill(byte[] template, List<ReturnMetric> metrics, Map<String, ReportedValue> values) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < metrics.size(); i++) {
                ReportedValue v = values.get(metrics.get(i).metricId());
                if (v == null) {
                    continue;
                }
                Row row = sheet.getRow(TemplateWorkbook.FIRST_ROW + i);
                if (v.number() != null) {
                    row.getCell(TemplateWorkbook.COL_VALUE).setCellValue(v.number());
                } else if (v.text() != null) {
                    row.getCell(TemplateWorkbook.COL_VALUE).setCellValue(v.text()); // codes only: never formula-like
                }
                if (v.comment() != null && !v.comment().isBlank()) {
                    // a leader's comment is their text: kept as text, never evaluated
                    var cell = row.getCell(TemplateWorkbook.COL_COMMENT);
                    cell.setCellValue(v.comment());
                    if (no.traineemonitor.report.workbook.SafeText.looksLikeFormula(v.comment())) {
                        var style = wb.createCellStyle();
                        style.cloneStyleFrom(cell.getCellStyle());
                        style.setQuotePrefixed(true);
                        cell.setCellStyle(style);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
