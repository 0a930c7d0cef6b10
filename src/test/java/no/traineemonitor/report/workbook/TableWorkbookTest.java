package no.traineemonitor.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.export.ExportInfo;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.ui.Translations;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A page's table as a workbook: what it is on top, the table below, numbers as numbers, text never a formula. */
class TableWorkbookTest {

    record Row(String name, double share, Integer count) {
    }

    @Test
    void the_table_keeps_its_numbers_and_a_formula_like_text_stays_text() throws Exception {
        ExportInfo info = new ExportInfo("Gjennomføringsgrad – Nordland", "Fylke: 18 Nordland", "abc", "Traineemonitor (/)",
                "gjennomforingsgrad-nordland", new ExportInfo.Labels("Tittel", "Utvalg", "Dataversjon", "Kilde"));
        ExportTable table = ExportTable.of(List.of(new Row("Trainee Salten", 71.0 / 78, 78), new Row("=1+1", 0.5, null)))
                .text("Program", Row::name).percent("Andel", Row::share).integer("Antall", Row::count).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableWorkbook(new Translations()).write(info, table, Locale.forLanguageTag("nb"), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Gjennomføringsgrad – Nordland");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Utvalg");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Fylke: 18 Nordland");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("abc");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Traineemonitor (/)");
            var header = sheet.getRow(5);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue())).containsExactly("Program", "Andel", "Antall");
            var salten = sheet.getRow(6);
            assertThat(salten.getCell(1).getNumericCellValue()).isEqualTo(71.0 / 78);
            assertThat(salten.getCell(1).getCellStyle().getDataFormatString()).isEqualTo(CellStyles.PERCENT);
            assertThat(salten.getCell(2).getNumericCellValue()).isEqualTo(78);
            var formula = sheet.getRow(7);
            assertThat(formula.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(formula.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formula.getCell(2) == null || formula.getCell(2).getCellType() == CellType.BLANK).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
        }
    }
}
