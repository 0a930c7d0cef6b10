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

    /** Trainee Salten's 2025 return as test input (made up here): 7 hired of 120 applicants for 8 positions. */
    public static final Map<String, Object> SALTEN_2025 = new java.util.LinkedHashMap<>();

    static {
        SALTEN_2025.put("positions_advertised", 8);
        SALTEN_2025.put("applicants", 120);
        SALTEN_2025.put("hires", 7);
        SALTEN_2025.put("hires_women", 4);
        SALTEN_2025.put("hires_men", 3);
        SALTEN_2025.put("completed", 6);
        SALTEN_2025.put("dropped_out", 1);
        SALTEN_2025.put("continued_in_host_end", 5);
        SALTEN_2025.put("retained_in_region_end", 5);
        SALTEN_2025.put("member_organisations", 44);
        SALTEN_2025.put("member_organisations_active", 19);
        SALTEN_2025.put("funding_county_council", 0);
        SALTEN_2025.put("funding_member_fees", "660 000");
        SALTEN_2025.put("fee_model", "membership");
        SALTEN_2025.put("municipalities_covered", "1804 1837 1838");
    }

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
