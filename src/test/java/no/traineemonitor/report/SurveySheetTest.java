package no.traineemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.survey.SurveyService;
import no.traineemonitor.warehouse.ingest.CsvReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * "What the surveys say" in the county and programme workbooks and in the extract: a sheet per survey with every table
 * of the report, its numbers as on the survey page, its checks, and a native bar chart per table.
 */
@SpringBootTest(properties = "traineemonitor.operator=true") // workbooks are written as the command line's operator
class SurveySheetTest {

    @Autowired
    ReportService reports;
    @Autowired
    SurveyService surveys;

    private static Workbook open(ByteArrayOutputStream out) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    /** The row of a table's answer: the first row below the table's heading whose answer column matches. */
    private static Row answerRow(Sheet sheet, String heading, String answer) {
        boolean inTable = false;
        for (Row row : sheet) {
            if (text(row, 0).startsWith(heading)) {
                inTable = true;
            } else if (inTable && text(row, 1).equals(answer)) {
                return row;
            }
        }
        throw new AssertionError(heading + " / " + answer + " not found in " + sheet.getSheetName());
    }

    private static Optional<String> textContaining(Sheet sheet, String part) {
        return StreamSupport.stream(sheet.spliterator(), false).flatMap(r -> StreamSupport.stream(r.spliterator(), false))
                .filter(c -> c.getCellType() == CellType.STRING).map(Cell::getStringCellValue)
                .filter(v -> v.contains(part)).findFirst();
    }

    private long tablesOf(String survey) {
        return surveys.tables().stream().filter(t -> t.survey().equals(survey)).count();
    }

    private void assertSurveySheets(Workbook wb, String trainees, String firms) {
        XSSFSheet t = (XSSFSheet) wb.getSheet(trainees);
        XSSFSheet f = (XSSFSheet) wb.getSheet(firms);
        // Tabell 8: Ja 218 of 277, share 0.7870, Wilson 0.7350–0.8311 (worked out in SurveyServiceTest)
        Row yes = answerRow(t, "Tabell 8: Fikk du tilbud om jobb", "Ja");
        assertThat(yes.getCell(2).getNumericCellValue()).isEqualTo(218.0);
        assertThat(text(yes, 3)).isEqualTo("oppgitt");
        assertThat(yes.getCell(4).getNumericCellValue()).isCloseTo(0.7870, within(0.00005));
        assertThat(yes.getCell(5).getNumericCellValue()).isCloseTo(0.7350, within(0.00005));
        assertThat(yes.getCell(6).getNumericCellValue()).isCloseTo(0.8311, within(0.00005));
        assertThat(yes.getCell(7).getNumericCellValue()).isEqualTo(277.0);
        assertThat(yes.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0 %");
        assertThat(textContaining(t, "Radene summerer til 305 av 314: 9 svar står ikke i tabellen.")).isPresent();
        assertThat(textContaining(t, "Tabell 3: Respondentenes utdanningsnivå (n = 314)")).isPresent();
        // Figur 15: no count (the shares fit 64, not the stated 68), the share as printed
        Row other = answerRow(f, "Figur 15:", "Annet");
        assertThat(other.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(other.getCell(4).getNumericCellValue()).isCloseTo(0.375, within(1e-12));
        assertThat(textContaining(f, "De passer med n = 64.")).isPresent();
        // Figur 16: counts derived from shares of 52 say so
        Row privateLife = answerRow(f, "Figur 16:", "Traineens privatliv");
        assertThat(privateLife.getCell(2).getNumericCellValue()).isEqualTo(7.0);
        assertThat(text(privateLife, 3)).isEqualTo("avledet");
        // one native bar chart per table
        assertThat(t.getDrawingPatriarch().getCharts()).hasSize((int) tablesOf("trainee_survey_2021"));
        assertThat(f.getDrawingPatriarch().getCharts()).hasSize((int) tablesOf("firm_survey_2021"));
        var chart = t.getDrawingPatriarch().getCharts().stream()
                .filter(c -> c.getTitleText().getString().startsWith("Tabell 8")).findFirst().orElseThrow();
        var series = chart.getChartSeries().getFirst().getSeries(0);
        assertThat(series.getCategoryData().getPointCount()).isEqualTo(2);
        assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("Ja");
        assertThat(((Number) series.getValuesData().getPointAt(0)).doubleValue()).isCloseTo(0.7870, within(0.00005));
        assertThat(series.getValuesData().getDataRangeReference()).contains("$E$");
    }

    @Test
    void the_county_and_programme_workbooks_have_a_sheet_per_survey_with_numbers_checks_and_charts() throws IOException {
        ByteArrayOutputStream county = new ByteArrayOutputStream();
        reports.writeCountyReport("18", CountyDivision.D2024, LanguageSwitch.BOKMAL, county);
        try (Workbook wb = open(county)) {
            assertSurveySheets(wb, "Undersøkelse traineer", "Undersøkelse bedrifter");
            assertThat(textContaining(wb.getSheet("Forside"), "Undersøkelse traineer, Undersøkelse bedrifter")).isPresent();
        }
        ByteArrayOutputStream programme = new ByteArrayOutputStream();
        reports.writeProgrammeReport("kandidat_helgeland", PeerGroup.ALL, LanguageSwitch.BOKMAL, programme);
        try (Workbook wb = open(programme)) {
            assertSurveySheets(wb, "Undersøkelse traineer", "Undersøkelse bedrifter");
        }
    }

    @Test
    void the_streamed_extract_has_the_same_survey_sheets_and_charts() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        reports.writeExtract(ReportService.ExtractFormat.XLSX, LanguageSwitch.BOKMAL, xlsx);
        try (Workbook wb = open(xlsx)) {
            assertSurveySheets(wb, "Undersøkelse traineer", "Undersøkelse bedrifter");
        }
    }

    @Test
    void the_english_sheets_translate_answers_and_keep_the_norwegian_question() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeProgrammeReport("look_north_trainee", PeerGroup.ALL, LanguageSwitch.ENGLISH, out);
        try (Workbook wb = open(out)) {
            Sheet t = wb.getSheet("Survey of trainees");
            Row yes = answerRow(t, "Table 8: Were you offered a job", "Yes");
            assertThat(yes.getCell(2).getNumericCellValue()).isEqualTo(218.0);
            assertThat(textContaining(t, "The question in the report (Norwegian): «Fikk du tilbud om jobb")).isPresent();
            assertThat(wb.getSheet("Survey of firms")).isNotNull();
        }
    }

    @Test
    void the_csv_extract_has_a_row_per_table_column_and_answer_with_share_and_interval() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.writeExtract(ReportService.ExtractFormat.CSV, Locale.forLanguageTag("nb"), csv);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("extract", ".csv");
        java.nio.file.Files.write(file, csv.toByteArray());
        List<CsvReader.Record> records = CsvReader.read(file, "extract.csv");
        java.nio.file.Files.delete(file);
        List<String> header = records.getFirst().fields();
        assertThat(header).contains("count", "count_basis", "share", "caveats", "answer_kind");
        List<java.util.Map<String, String>> answers = records.stream().skip(1)
                .filter(r -> r.fields().getFirst().equals("survey_answer"))
                .map(r -> { // column name -> value
                    java.util.Map<String, String> m = new java.util.HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        m.put(header.get(i), r.fields().get(i));
                    }
                    return m;
                }).toList();
        long expected = surveys.tables().stream().flatMap(t -> t.series().stream()).mapToLong(s -> s.answers().size()).sum();
        assertThat(answers).hasSize((int) expected);
        var yes = answers.stream().filter(m -> m.get("table_ref").equals("Tabell 8") && m.get("answer_category").equals("Ja"))
                .findFirst().orElseThrow();
        assertThat(yes.get("count")).isEqualTo("218");
        assertThat(yes.get("count_basis")).isEqualTo("stated");
        assertThat(Double.parseDouble(yes.get("share"))).isCloseTo(0.7870, within(0.00005));
        assertThat(Double.parseDouble(yes.get("ci_low"))).isCloseTo(0.7350, within(0.00005));
        assertThat(yes.get("n")).isEqualTo("277");
        assertThat(answers.stream().filter(m -> m.get("table_ref").equals("Tabell 3")))
                .allSatisfy(m -> assertThat(m.get("caveats")).contains("Radene summerer til 305 av 314"));
    }
}
