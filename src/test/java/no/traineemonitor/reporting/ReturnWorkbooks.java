package no.traineemonitor.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills downloaded templates the way a leader would (or would not), for the tests. */
public final class ReturnWorkbooks {

    private ReturnWorkbooks() {
    }

    /** The template with values typed into the value column: numbers as numbers, text as text. */
    public static byte[] fill(byte[] template, Map<String, Object> values) {
        return edit(template, wb -> {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = TemplateWorkbook.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(0) == null) {
                    continue;
                }
                Object v = values.get(row.getCell(0).getStringCellValue());
                if (v instanceof Number n) {
                    row.getCell(TemplateWorkbook.COL_VALUE).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.getCell(TemplateWorkbook.COL_VALUE).setCellValue(v.toString());
                }
            }
        });
    }

    /** Any change to a workbook, written back to bytes. */
    public static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row (0-based) of a figure in the template. */
    static int rowOf(XSSFWorkbook wb, String metricId) {
        Sheet sheet = wb.getSheetAt(0);
        for (int r = TemplateWorkbook.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && metricId.equals(row.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new IllegalArgumentException(metricId);
    }
}
