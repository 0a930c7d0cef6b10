package no.traineemonitor.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** No value from data can become a formula, in the workbooks, the streamed extract and the CSV. */
class SafeTextTest {

    static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"http://example.com\",\"klikk\")", "+47 22 00 00 00",
            "-1+2", "@SUM(A1:A2)", "\tindented", "=1+1");

    /** Texts that answer with the key (no bundle needed). */
    static final Texts KEYS = new Texts() {
        @Override
        public Locale locale() {
            return Locale.ROOT;
        }

        @Override
        public String get(String key, Object... params) {
            return key;
        }

        @Override
        public String shared(String key, Object... params) {
            return "!" + key;
        }

        @Override
        public no.traineemonitor.source.FactText facts() {
            throw new UnsupportedOperationException("no facts in this test");
        }
    };

    static Workbook reopen(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void text_from_data_that_starts_with_equals_is_read_back_as_a_string_cell_not_a_formula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(wb);
            SheetWriter w = new SheetWriter(wb, "Test", styles);
            w.widths(30);
            for (String text : FORMULA_LIKE) {
                w.row().text(text);
            }
            wb.write(out);
        }
        try (Workbook wb = reopen(out.toByteArray())) {
            Sheet sheet = wb.getSheet("Test");
            for (int i = 0; i < FORMULA_LIKE.size(); i++) {
                Cell cell = sheet.getRow(i).getCell(0);
                assertThat(cell.getCellType()).as(FORMULA_LIKE.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(FORMULA_LIKE.get(i));
                // quote prefix: Excel keeps it text even when someone edits the cell
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
        }
    }

    @Test
    void a_text_repeated_in_many_cells_is_stored_once_and_every_cell_reads_it_back() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> texts = List.of("Nordland", "=1+1", "Nordland", "Troms", "..", "=1+1", "Nordland", "..");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(wb);
            SheetWriter w = new SheetWriter(wb, "Test", styles);
            w.widths(30, 10);
            for (String text : texts) {
                w.row().text(text).symbol("..");
            }
            wb.write(out);
        }
        try (XSSFWorkbook wb = (XSSFWorkbook) reopen(out.toByteArray())) {
            Sheet sheet = wb.getSheet("Test");
            for (int i = 0; i < texts.size(); i++) {
                Cell cell = sheet.getRow(i).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(texts.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(texts.get(i)).isEqualTo(texts.get(i).startsWith("="));
                assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).isEqualTo("..");
            }
            // four different texts: Nordland, =1+1, Troms, ..
            assertThat(wb.getSharedStringSource().getUniqueCount()).isEqualTo(4);
        }
    }

    @Test
    void the_streamed_extract_writes_formula_like_text_as_text_and_unknown_as_empty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxExtract sink = new XlsxExtract(out, KEYS)) {
            sink.section("fact", "Fakta", List.of("fact_id", "note", "value"));
            for (String text : FORMULA_LIKE) {
                sink.row(new Object[] {"f1", text, null});
            }
            sink.finish(info(), Map.of());
        }
        try (Workbook wb = reopen(out.toByteArray())) {
            Sheet sheet = wb.getSheet("Fakta");
            for (int i = 0; i < FORMULA_LIKE.size(); i++) {
                Cell cell = sheet.getRow(i + 1).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(FORMULA_LIKE.get(i));
                // plain text has a style of its own, top-aligned: a streamed cell of the default style is written
                // without one, and LibreOffice then draws it at the bottom of a tall row
                Cell id = sheet.getRow(i + 1).getCell(0);
                assertThat(id.getCellStyle().getIndex()).isNotZero();
                assertThat(id.getCellStyle().getVerticalAlignment()).isEqualTo(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
                // unknown is empty (no cell at all in the streamed extract), never 0
                assertThat(sheet.getRow(i + 1).getCell(2, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                        .getCellType()).isEqualTo(CellType.BLANK);
            }
        }
    }

    @Test
    void the_csv_extract_neutralises_formula_like_text_and_keeps_negative_numbers() throws IOException {
        StringWriter csv = new StringWriter();
        try (CsvExtract sink = new CsvExtract(csv)) {
            sink.section("fact", "Fakta", List.of("fact_id", "note", "value"));
            sink.row(new Object[] {"f1", "=1+1", -3.0});
            sink.finish(info(), Map.of());
        }
        String row = csv.toString().lines().skip(1).findFirst().orElseThrow();
        assertThat(row).startsWith("fact,f1,").contains(",'=1+1,").contains(",-3,");
    }

    @Test
    void a_section_longer_than_a_sheet_continues_on_a_numbered_sheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxExtract sink = new XlsxExtract(out, KEYS, 3)) {
            sink.section("fact", "Fakta", List.of("fact_id", "value"));
            for (int i = 1; i <= 7; i++) {
                sink.row(new Object[] {"f" + i, (double) i});
            }
            sink.finish(info(), Map.of("rows", 7L));
        }
        try (Workbook wb = reopen(out.toByteArray())) {
            assertThat(wb.getSheetName(0)).isEqualTo("sheet.about");
            assertThat(List.of(wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("Fakta", "Fakta 2", "Fakta 3");
            assertThat(wb.getSheet("Fakta 3").getRow(1).getCell(0).getStringCellValue()).isEqualTo("f7");
            assertThat(wb.getSheet("Fakta 2").getRow(0).getCell(0).getStringCellValue()).isEqualTo("fact_id");
            assertThat(wb.getSheet("Fakta 2").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4.0);
        }
    }

    static ReportInfo info() {
        return new ReportInfo("extract", "Test", "Test", java.time.LocalDateTime.of(2026, 1, 1, 12, 0), "v1", null,
                List.of(), 5, List.of(), new no.traineemonitor.reference.ReferenceVersion(1, "SSB 2020", "SSB 2020",
                java.time.LocalDate.of(2020, 1, 1), "SSB 07459", "NLOD", java.time.LocalDateTime.of(2026, 1, 1, 12, 0), true));
    }
}
