package no.traineemonitor.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import no.traineemonitor.base.export.TableMetadata;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The "Om tabellen" block under a sheet: grey wrapped lines, and counted in the rule against a nearly empty last page. */
class SheetWriterAboutTest {

    static final TableMetadata ABOUT = new TableMetadata("Om tabellen", List.of(
            new TableMetadata.Line("Enhet", "Antall personer"), new TableMetadata.Line("Kilder", "SSB 07459 folkemengde"),
            new TableMetadata.Line("Referansedata", "SSB-referansedata 2020, versjon 1, tall per 1.1.2020"),
            new TableMetadata.Line("Lisens", "NLOD / CC BY 4.0 (SSB)")),
            new TableMetadata.Line("Siter", "Traineemonitor (2026): Test. Datagrunnlag versjon v1, referansedata versjon 1. Hentet 7.12.2026."));

    /** A portrait sheet 60 characters wide (printed at 100 %: a page holds 730 pt, 48 rows of 15 pt) with a table of {@code rows}. */
    static XSSFSheet sheet(XSSFWorkbook wb, int rows) {
        CellStyles s = new CellStyles(wb);
        SheetWriter w = new SheetWriter(wb, "Test", s);
        w.widths(30, 30);
        w.header(List.of("A", "B"));
        for (int i = 0; i < rows; i++) {
            w.row().text("x" + i).integer(i);
        }
        w.endTable();
        w.about(ABOUT);
        w.print(false, "Test", SafeTextTest.KEYS);
        return (XSSFSheet) w.sheet();
    }

    @Test
    void the_block_is_five_grey_lines_under_its_heading() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = sheet(wb, 3);
            // header, 3 rows, a blank row, the heading, five lines
            assertThat(sheet.getLastRowNum()).isEqualTo(10);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Om tabellen");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Enhet: Antall personer");
            assertThat(sheet.getRow(10).getCell(0).getStringCellValue()).startsWith("Siter: Traineemonitor (2026)");
            assertThat(wb.getFontAt(sheet.getRow(6).getCell(0).getCellStyle().getFontIndex()).getItalic()).isTrue();
        }
    }

    @Test
    void a_block_that_would_start_a_nearly_empty_page_is_pulled_onto_the_page_before() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // 1 + 42 rows of 15 pt = 645 pt, then the block (at least 7 rows): a second page of a few rows only
            assertThat(sheet(wb, 42).getPrintSetup().getFitHeight()).isEqualTo((short) 1);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // 1 + 70 rows = 1 065 pt and the block: the second page is well filled, printed as it comes
            assertThat(sheet(wb, 70).getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        }
    }
}
