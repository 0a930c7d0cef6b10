package no.traineemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.benchmark.Benchmark;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.dashboard.OverviewService;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.indicator.InvalidFilterException;
import no.traineemonitor.reference.CountyDivision;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workbooks read back with POI: sheets in order, the same numbers as the indicator, benchmark and overview services
 * (what the screen shows), frozen headers, filters, A4 print set-up, suppression marks, and the streamed extract.
 */
@SpringBootTest(properties = "traineemonitor.operator=true") // workbooks are written as the command line's operator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportServiceTest {

    // Indicators sheet: title, subtitle, header on row 2; columns of IndicatorsSheet
    static final int HEADER = 2;
    static final int LABEL = 0, SUBJECT = 1, PERIOD = 2, DEFINITION = 3, VALUE = 4, NUMERATOR = 5, DENOMINATOR = 6, N = 7,
            CI_LOW = 8, CI_HIGH = 9, QUALIFIER = 10, PEERS = 11, MARK = 13, FACTS = 14;

    @Autowired
    ReportService reports;
    @Autowired
    IndicatorService indicators;
    @Autowired
    BenchmarkService benchmarks;
    @Autowired
    OverviewService overview;
    @Autowired
    JdbcClient jdbc;

    Workbook nordland;
    Workbook kandidatHelgeland;

    @BeforeAll
    void writeReports() throws IOException {
        nordland = county("18", CountyDivision.D2024);
        kandidatHelgeland = programme("kandidat_helgeland");
    }

    Workbook county(String county, CountyDivision division) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeCountyReport(county, division, LanguageSwitch.BOKMAL, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    Workbook programme(String id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeProgrammeReport(id, PeerGroup.ALL, LanguageSwitch.BOKMAL, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The facts of a value as the workbook writes them: ids, and the population a rate divides by in words. */
    static String facts(IndicatorResult r) {
        return String.join(" ", r.factIds().stream().map(id -> id.startsWith("ref:population:")
                ? "SSB: innbyggere i kommunene programmet dekker (referansedataene arbeidsboken og siden oppgir)" : id).toList());
    }

    static List<String> sheetNames(Workbook wb) {
        return IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
    }

    static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    static Double number(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() != CellType.NUMERIC ? null : c.getNumericCellValue();
    }

    /** Data rows of a table (below its header) until the first empty row or note (a cell merged across the sheet). */
    static List<Row> rows(Sheet sheet, int header) {
        List<Row> out = new ArrayList<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int index = r;
            boolean note = sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == index && m.getFirstColumn() == 0);
            if (row == null || row.getCell(0) == null || note) {
                break;
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void the_county_report_has_its_sheets_in_order() {
        // no funnel plot in Nordland's comparisons (no share from exact counts with enough peers): no sheet that
        // would only say so, the benchmark sheet says it
        assertThat(sheetNames(nordland)).containsExactly("Forside", "Nøkkeltall", "Indikatorer", "Sammenligning",
                "Sentralitet", "Dekning per kommune", "Finansiering", "Undersøkelse traineer",
                "Undersøkelse bedrifter", "Definisjoner", "Kilder");
        assertThat(text(nordland.getSheet("Forside").getRow(0), 0)).isEqualTo("Traineemonitor – fylkesrapport");
        assertThat(text(nordland.getSheet("Forside").getRow(1), 0)).isEqualTo("18 Nordland - Nordlánnda");
    }

    @Test
    void the_programme_report_has_its_sheets_in_order() {
        assertThat(benchmarks.benchmark("kandidat_helgeland", PeerGroup.ALL, List.of()).ranked())
                .noneMatch(r -> r.funnel() != null);
        assertThat(sheetNames(kandidatHelgeland)).containsExactly("Forside", "Profil", "Indikatorer", "Sammenligning",
                "Uten rangering", "Utvikling", "Undersøkelse traineer", "Undersøkelse bedrifter",
                "Definisjoner", "Kilder");
    }

    @Test
    void every_indicator_value_in_the_county_report_is_the_indicator_services_value() {
        IndicatorFilter filter = new IndicatorFilter("18", null, null, null, null, null, null, null, null);
        List<IndicatorResult> expected = new ArrayList<>(indicators.pooled("county", "18", filter));
        expected.addAll(indicators.results(filter));
        List<Row> rows = rows(nordland.getSheet("Indikatorer"), HEADER);
        assertThat(rows).hasSize(expected.size());
        Map<String, Row> byKey = new HashMap<>();
        for (Row row : rows) {
            String key = text(row, LABEL) + "|" + text(row, SUBJECT) + "|" + text(row, PERIOD) + "|"
                    + text(row, QUALIFIER) + "|" + text(row, FACTS) + "|" + number(row, VALUE);
            assertThat(byKey.put(key, row)).as("one row per result: " + key).isNull();
        }
        for (IndicatorResult r : expected) {
            Row row = rows.stream().filter(x -> text(x, FACTS).equals(facts(r))
                    && text(x, SUBJECT).endsWith(r.subjectName()) && java.util.Objects.equals(number(x, VALUE), r.value())
                    && text(x, PERIOD).equals(period(r))).findFirst().orElseThrow(() -> new AssertionError("missing " + r));
            assertThat(number(row, NUMERATOR)).as("numerator " + r).isEqualTo(r.numerator());
            assertThat(number(row, DENOMINATOR)).as("denominator " + r).isEqualTo(r.denominator());
            assertThat(number(row, N)).as("n " + r).isEqualTo(r.n());
            assertThat(number(row, CI_LOW)).as("ci " + r).isEqualTo(r.ciLow());
            assertThat(number(row, CI_HIGH)).as("ci " + r).isEqualTo(r.ciHigh());
        }
        // Trainee Salten's completion: 71 of 78 = 91.0 %, Wilson 82.6–95.6 %, shown as 91,0 % in Norwegian Excel
        Row salten = rows.stream().filter(x -> text(x, SUBJECT).equals("Trainee Salten")
                && text(x, LABEL).equals("Gjennomføringsgrad")).findFirst().orElseThrow();
        assertThat(number(salten, VALUE)).isCloseTo(71.0 / 78, within(1e-12));
        assertThat(number(salten, NUMERATOR)).isEqualTo(71.0);
        assertThat(number(salten, DENOMINATOR)).isEqualTo(78.0);
        assertThat(salten.getCell(VALUE).getCellStyle().getDataFormatString()).isEqualTo("0.0 %");
        assertThat(salten.getCell(NUMERATOR).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    }

    private String period(IndicatorResult r) {
        return no.traineemonitor.report.workbook.IndicatorCells.period(r, reports.texts(LanguageSwitch.BOKMAL));
    }

    @Test
    void key_figures_and_hires_per_year_are_the_overview_pages_figures() {
        IndicatorFilter filter = new IndicatorFilter("18", null, null, null, null, null, null, null, null);
        Sheet sheet = nordland.getSheet("Nøkkeltall");
        // the pooled values, and where an indicator has none, the programmes' own latest values
        List<IndicatorResult> pooled = indicators.keyFigures(filter, "18 Nordland - Nordlánnda", List.of()).stream()
                .flatMap(k -> java.util.stream.Stream.concat(k.pooled().stream(), k.reported().stream())).toList();
        List<Row> keyRows = rows(sheet, HEADER);
        assertThat(keyRows).hasSize(pooled.size());
        for (IndicatorResult r : pooled) {
            Row row = keyRows.stream().filter(x -> text(x, 12).equals(facts(r))).findFirst().orElseThrow();
            assertThat(number(row, 3)).isEqualTo(r.value());
            assertThat(number(row, 6)).isEqualTo(r.n());
        }
        var hires = overview.overview(filter, "18 Nordland - Nordlánnda").hiresPerYear();
        int heading = IntStream.rangeClosed(0, sheet.getLastRowNum())
                .filter(i -> text(sheet.getRow(i), 0).equals("Ansatte traineer per år")).findFirst().orElseThrow();
        List<Row> hireRows = rows(sheet, heading + 1);
        assertThat(hireRows).hasSize(hires.size());
        for (int i = 0; i < hires.size(); i++) {
            assertThat(number(hireRows.get(i), 0)).isEqualTo((double) hires.get(i).year());
            assertThat(number(hireRows.get(i), 1)).isEqualTo(hires.get(i).hires());
        }
        // 2020: Look North 12 + Trainee Salten 6 + Kandidat Helgeland 15 (as on the overview page)
        assertThat(number(hireRows.getLast(), 1)).isEqualTo(33.0);
        assertThat(((XSSFSheet) sheet).getDrawingPatriarch().getCharts()).hasSize(1);
        // one page break, right before the chart: the chart and the programmes under it share a page (no page with
        // a chart alone and another with a short table alone)
        int programmes = IntStream.rangeClosed(0, sheet.getLastRowNum())
                .filter(i -> text(sheet.getRow(i), 0).equals("Programmene i fylket")).findFirst().orElseThrow();
        int chartRow = ((XSSFSheet) sheet).getDrawingPatriarch().getShapes().stream()
                .filter(x -> x instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame)
                .mapToInt(x -> ((org.apache.poi.xssf.usermodel.XSSFClientAnchor) x.getAnchor()).getRow1()).findFirst().orElseThrow();
        assertThat(sheet.getRowBreaks()).containsExactly(chartRow - 1);
        assertThat(programmes).isGreaterThan(chartRow);
    }

    @Test
    void the_benchmark_sheet_has_the_benchmark_services_rank_percentile_and_median() {
        Benchmark b = benchmarks.benchmark("kandidat_helgeland", PeerGroup.ALL, List.of());
        Sheet sheet = kandidatHelgeland.getSheet("Sammenligning");
        int header = IntStream.rangeClosed(0, sheet.getLastRowNum())
                .filter(i -> text(sheet.getRow(i), 0).equals("Indikator")).findFirst().orElseThrow();
        List<Row> rows = rows(sheet, header);
        assertThat(rows).hasSize(b.compared().size());
        for (int i = 0; i < rows.size(); i++) {
            BenchmarkRow expected = b.compared().get(i);
            Row row = rows.get(i);
            assertThat(text(row, 0)).startsWith(expected.definition().labelNb());
            assertThat(number(row, 3)).isEqualTo(expected.own().value());
            assertThat(number(row, 6)).isEqualTo((double) expected.peers().size()); // how many the rank rests on
            if (expected.ranked()) {
                assertThat(number(row, 7)).isEqualTo((double) expected.rank());
                assertThat(number(row, 8)).isEqualTo((double) expected.comparedCount());
                assertThat(number(row, 9)).isEqualTo(expected.percentile());
                assertThat(number(row, 10)).isEqualTo(expected.peerMedian());
            } else {
                for (int col = 7; col <= 11; col++) { // no rank, of, percentile, median or difference: SSB's "."
                    assertThat(text(row, col)).isEqualTo(".");
                }
                assertThat(text(row, 12)).startsWith("For få sammenlignbare (" + expected.peers().size() + ")");
            }
        }
        var drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
        assertThat(drawing == null ? 0 : drawing.getCharts().size()).isEqualTo(b.ranked().isEmpty() ? 0 : 1); // percentiles
        // funnel plots (none here: see FunnelSheetTest) have a sheet only when there is one to draw
        long funnels = b.ranked().stream().filter(r -> r.funnel() != null).count();
        assertThat(kandidatHelgeland.getSheet("Traktdiagram") != null).isEqualTo(funnels > 0);
    }

    @Test
    void table_sheets_have_a_frozen_header_an_auto_filter_and_an_a4_print_set_up() {
        for (String name : List.of("Indikatorer", "Sammenligning", "Dekning per kommune", "Finansiering", "Kilder")) {
            XSSFSheet sheet = (XSSFSheet) nordland.getSheet(name);
            int header = IntStream.rangeClosed(0, 6).filter(i -> sheet.getRow(i) != null && sheet.getRow(i).getCell(0) != null
                    && sheet.getRow(i).getCell(0).getCellStyle().getFillPattern() != org.apache.poi.ss.usermodel.FillPatternType.NO_FILL)
                    .findFirst().orElseThrow();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as(name).isNotNull();
            assertThat(pane.isFreezePane()).as(name).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).as(name).isEqualTo((short) (header + 1));
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            assertThat(CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()).getFirstRow()).isEqualTo(header);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).as(name).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(new CellRangeAddress(header, header, -1, -1));
        }
        assertThat(nordland.getSheet("Forside").getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    }

    @Test
    void a_withheld_share_shows_ssbs_symbol_with_the_reason_beside_it() throws IOException {
        // Trainee Arena Nord-Troms filled 3 of 3 positions in 2020: n = 3 is below the minimum of 5
        try (Workbook troms = county("55", CountyDivision.D2024)) {
            List<Row> rows = rows(troms.getSheet("Indikatorer"), HEADER);
            Row fill = rows.stream().filter(r -> text(r, LABEL).equals("Fyllingsgrad")
                    && text(r, SUBJECT).equals("Trainee Arena Nord-Troms")).findFirst().orElseThrow();
            // SSB's ":" (withheld) for the share and its parts: numerator, denominator, n and interval
            for (int col : new int[] {VALUE, NUMERATOR, DENOMINATOR, N, CI_LOW, CI_HIGH}) {
                assertThat(text(fill, col)).isEqualTo(":");
            }
            assertThat(text(fill, MARK)).isEqualTo("Prikket: n under 5");
            assertThat(text(fill, FACTS)).isNotEmpty(); // still traceable to its sources
        }
    }

    @Test
    void coverage_counts_every_municipality_of_the_county_once() {
        List<Row> municipalities = rows(nordland.getSheet("Dekning per kommune"), HEADER);
        assertThat(municipalities).hasSize(41); // Nordland's 41 municipalities of 2020
        List<Row> classes = rows(nordland.getSheet("Sentralitet"), HEADER);
        assertThat(classes).hasSize(6);
        assertThat(classes.stream().mapToDouble(r -> number(r, 1)).sum()).isEqualTo(41.0);
        long covered = municipalities.stream().filter(r -> text(r, 5).equals("Ja")).count();
        assertThat(classes.stream().mapToDouble(r -> number(r, 2)).sum()).isEqualTo((double) covered);
        assertThat(((XSSFSheet) nordland.getSheet("Sentralitet")).getDrawingPatriarch().getCharts()).hasSize(1);
    }

    @Test
    void the_2020_division_is_available() throws IOException {
        try (Workbook oldNordland = county("18", CountyDivision.D2020)) {
            assertThat(text(oldNordland.getSheet("Forside").getRow(1), 0)).isEqualTo("18 Nordland");
        }
    }

    @Test
    void no_text_in_either_language_is_a_missing_translation() throws IOException {
        for (var locale : List.of(LanguageSwitch.BOKMAL, LanguageSwitch.ENGLISH)) {
            ByteArrayOutputStream county = new ByteArrayOutputStream();
            reports.writeCountyReport("50", CountyDivision.D2024, locale, county);
            ByteArrayOutputStream programme = new ByteArrayOutputStream();
            reports.writeProgrammeReport("look_north_trainee", PeerGroup.ALL, locale, programme);
            for (byte[] bytes : List.of(county.toByteArray(), programme.toByteArray())) {
                try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    for (Sheet sheet : wb) {
                        assertThat(sheet.getSheetName()).doesNotStartWith("!");
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                if (cell.getCellType() == CellType.STRING) {
                                    assertThat(cell.getStringCellValue()).as(locale + " " + sheet.getSheetName())
                                            .doesNotStartWith("!").doesNotContain("{0}");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void unknown_county_and_programme_are_refused_before_anything_is_written() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> reports.writeCountyReport("99", CountyDivision.D2024, LanguageSwitch.BOKMAL, out))
                .isInstanceOf(InvalidFilterException.class).hasMessageContaining("'99'").hasMessageContaining("18 Nordland");
        assertThatThrownBy(() -> reports.writeProgrammeReport("no_such", PeerGroup.ALL, LanguageSwitch.BOKMAL, out))
                .isInstanceOf(InvalidFilterException.class).hasMessageContaining("'no_such'");
        assertThat(out.size()).isZero();
    }

    @Test
    void the_extract_holds_every_fact_survey_cell_and_indicator_value_with_sources() throws IOException {
        long facts = jdbc.sql("SELECT count(*) FROM public_fact").query(Long.class).single();
        long cells = jdbc.sql("SELECT count(*) FROM public_survey").query(Long.class).single();
        long results = indicators.results(IndicatorFilter.none()).size();

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        var summary = reports.writeExtract(ReportService.ExtractFormat.XLSX, LanguageSwitch.BOKMAL, xlsx);
        assertThat(summary).isEqualTo(new ReportService.ExtractSummary(facts, cells, results));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(sheetNames(wb)).containsExactly("Om uttrekket", "Fakta", "Undersøkelser", "Undersøkelse traineer",
                    "Undersøkelse bedrifter", "Indikatorverdier");
            Sheet factSheet = wb.getSheet("Fakta");
            // every fact, then a blank row, "Om tabellen" and its five lines (unit, sources, reference data, licence, citation)
            assertThat(factSheet.getLastRowNum()).isEqualTo((int) facts + 7);
            assertThat(text(factSheet.getRow((int) facts + 2), 0)).isEqualTo("Om tabellen");
            assertThat(text(factSheet.getRow((int) facts + 5), 0)).startsWith("Referansedata: SSB-referansedata");
            assertThat(text(factSheet.getRow(0), 17)).isEqualTo("source_quote");
            assertThat(factSheet.getPaneInformation().isFreezePane()).isTrue();
            Sheet values = wb.getSheet("Indikatorverdier");
            assertThat(values.getLastRowNum()).isEqualTo((int) results + 7);
            int sources = no.traineemonitor.report.workbook.ExtractColumns.INDICATORS.indexOf("sources");
            for (int r = 1; r <= results; r++) {
                assertThat(text(values.getRow(r), sources)).as("sources of row " + r).isNotBlank();
            }
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.writeExtract(ReportService.ExtractFormat.CSV, LanguageSwitch.BOKMAL, csv);
        List<String> lines = new String(csv.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("record,fact_id,programme_id");
        assertThat(lines.stream().filter(l -> l.startsWith("fact,")).count()).isEqualTo(facts);
        assertThat(lines.stream().filter(l -> l.startsWith("indicator_result,")).count()).isEqualTo(results);
    }

    @Test
    void a_table_under_a_block_of_text_is_not_frozen_and_every_header_word_fits_its_column() {
        // the programme profile starts with some twenty lines about the programme: freezing its table's header would
        // freeze them all on the screen
        Sheet profile = kandidatHelgeland.getSheet("Profil");
        assertThat(profile.getPaneInformation()).isNull();
        assertThat(profile.getRepeatingRows()).isNull();
        for (Workbook wb : List.of(nordland, kandidatHelgeland)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getFillPattern()
                                != org.apache.poi.ss.usermodel.FillPatternType.NO_FILL && cell.getCellStyle().getWrapText()) {
                            int longest = java.util.Arrays.stream(cell.getStringCellValue().split("[\\s/]+"))
                                    .mapToInt(String::length).max().orElse(0);
                            boolean merged = sheet.getMergedRegions().stream().anyMatch(m -> m.isInRange(cell));
                            if (!merged && longest < 28) {
                                assertThat(sheet.getColumnWidth(cell.getColumnIndex()) / 256)
                                        .as(sheet.getSheetName() + " «" + cell.getStringCellValue() + "»").isGreaterThan(longest);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void the_sources_sheet_names_documents_by_title_and_measures_by_their_words() {
        Sheet sources = kandidatHelgeland.getSheet("Kilder");
        StringBuilder all = new StringBuilder();
        for (Row row : sources) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        assertThat(all.toString()).doesNotContain(".txt").doesNotContain("continued_in_host")
                .contains("Kartlegging av regionale traineeordninger (Nordlandsforskning for Distriktssenteret, 2021)")
                .contains("Fortsatt hos vertsbedrift");
    }

    @Test
    void the_extract_prints_landscape_readable_with_its_header_and_ids_repeated_and_years_as_years() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        reports.writeExtract(ReportService.ExtractFormat.XLSX, LanguageSwitch.BOKMAL, xlsx);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet facts = wb.getSheet("Fakta");
            assertThat(facts.getPrintSetup().getLandscape()).isTrue();
            // 24 columns, 546 characters wide: at one page's width (137 characters) it would print at 25 %; three pages
            // across print at 137 × 3 / 546 = 75 % (at least 70 %), a row's pages one after the other, ids repeated
            assertThat(facts.getPrintSetup().getFitWidth()).isEqualTo((short) 3);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFPrintSetup) facts.getPrintSetup()).getPageOrder()).isEqualTo(org.apache.poi.ss.usermodel.PageOrder.OVER_THEN_DOWN);
            assertThat(facts.getRepeatingRows()).isEqualTo(new CellRangeAddress(0, 0, -1, -1));
            assertThat(facts.getRepeatingColumns()).isEqualTo(new CellRangeAddress(-1, -1, 0, 0));
            int end = no.traineemonitor.report.workbook.ExtractColumns.FACTS.indexOf("period_end");
            Cell year = IntStream.rangeClosed(1, facts.getLastRowNum()).mapToObj(r -> facts.getRow(r).getCell(end))
                    .filter(c -> c != null && c.getCellType() == CellType.NUMERIC).findFirst().orElseThrow();
            assertThat(year.getCellStyle().getDataFormatString()).isEqualTo("0"); // 2020, never 2 020
        }
    }

    @Test
    void the_csv_extract_for_norwegian_excel_has_a_byte_order_mark_semicolons_decimal_commas_and_named_columns() throws IOException {
        ByteArrayOutputStream nb = new ByteArrayOutputStream();
        reports.writeExtract(ReportService.ExtractFormat.CSV, no.traineemonitor.base.CsvFormat.EXCEL_NB, LanguageSwitch.BOKMAL, nb);
        String text = nb.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFRadtype;Fakta-id;Program-id;Program;");
        assertThat(text).contains("\r\n");
        // Trainee Salten's completion rate 71 / 78 = 0.910…: a decimal comma
        List<String> completion = text.lines().filter(l -> l.startsWith("indicator_result;")
                && l.contains(";completion_rate;a;programme;trainee_salten;")).toList();
        assertThat(completion).anyMatch(l -> l.contains(";0,91025641")).noneMatch(l -> l.contains("0.91"));
        ByteArrayOutputStream en = new ByteArrayOutputStream();
        reports.writeExtract(ReportService.ExtractFormat.CSV, no.traineemonitor.base.CsvFormat.EXCEL_NB, LanguageSwitch.ENGLISH, en);
        assertThat(en.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFRecord;Fact id;Programme id;Programme;");
        // plain RFC 4180: no byte-order mark, commas, decimal points, the warehouse's column names
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        reports.writeExtract(ReportService.ExtractFormat.CSV, no.traineemonitor.base.CsvFormat.RFC4180, LanguageSwitch.ENGLISH, plain);
        String p = plain.toString(StandardCharsets.UTF_8);
        assertThat(p).startsWith("record,fact_id,programme_id,");
        assertThat(p.lines().filter(l -> l.startsWith("indicator_result,") && l.contains(",completion_rate,a,programme,trainee_salten,")))
                .anyMatch(l -> l.contains(",0.91025641"));
    }
}
