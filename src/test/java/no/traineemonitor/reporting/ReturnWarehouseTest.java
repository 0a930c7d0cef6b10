package no.traineemonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.record.StoredReturn;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A confirmed return reaches the warehouse the server serves: its figures are facts with the return as their source,
 * the indicators, peers and benchmark use them beside the document facts, a newer version replaces it and a withdrawal
 * brings the previous one back. Figures are test inputs for 2025 (made up here), in a database and record of its own.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReturnWarehouseTest {

    static final Path ROOT = Path.of("target/return-warehouse");

    @DynamicPropertySource
    static void ownFiles(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(ROOT);
        registry.add("traineemonitor.database", () -> ROOT.resolve("db/traineemonitor.duckdb").toString());
        registry.add("traineemonitor.record", () -> ROOT.resolve("record").toString());
    }

    @Autowired
    ReturnService returns;
    @Autowired
    IndicatorService indicators;
    @Autowired
    BenchmarkService benchmarks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    no.traineemonitor.record.RecordService record;
    @Autowired
    no.traineemonitor.report.ReportService reports;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        no.traineemonitor.security.TestUsers.signOut();
    }

    private StoredReturn confirm(String programmeId, Map<String, Object> values) {
        no.traineemonitor.security.TestUsers.leader(record, programmeId);
        byte[] file = ReturnWorkbooks.fill(returns.templateWorkbook(programmeId, 2025, LanguageSwitch.BOKMAL), values);
        ReturnService.Checked checked = returns.readWorkbook(file, programmeId, 2025);
        assertThat(checked.problems()).isEmpty();
        return returns.confirm(checked, "upload", file, "aarsrapport.xlsx");
    }

    private IndicatorResult value(String indicator, String programme, int year) {
        return indicators.results(IndicatorFilter.none().withIndicator(indicator)).stream()
                .filter(r -> r.subjectId().equals(programme) && Integer.valueOf(year).equals(r.periodEnd()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + indicator + " for " + programme + " " + year));
    }

    @Test
    @Order(1)
    void a_confirmed_return_becomes_facts_with_the_return_as_their_source() {
        String before = jdbc.sql("SELECT data_version FROM warehouse_build").query(String.class).single();
        StoredReturn stored = confirm("trainee_salten", ReturnServiceTest.SALTEN_2025);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT data_version FROM warehouse_build").query(String.class).single()).isNotEqualTo(before);
        // selection rate 7 of 120 = 5.83 %, Wilson 95 % 2.9–11.6 %, one year, an outcome, from the return
        IndicatorResult selection = value("selection_rate", "trainee_salten", 2025);
        assertThat(selection.value()).isCloseTo(7.0 / 120, within(1e-12));
        assertThat(selection.periodKind()).isEqualTo("year");
        assertThat(selection.figureKind()).isEqualTo("outcome");
        assertThat(selection.ciLow()).isCloseTo(0.0286, within(0.0001));
        assertThat(selection.ciHigh()).isCloseTo(0.1156, within(0.0001));
        String title = jdbc.sql("SELECT title FROM source_document WHERE source_file = ?")
                .param("return-" + stored.returnId()).query(String.class).single();
        assertThat(title).isEqualTo("Årsrapportering 2025 – Trainee Salten (versjon 1)");
        // member activation 19 of 44 at the end of 2025; completion 6 of 6 + 1
        assertThat(value("member_activation", "trainee_salten", 2025).value()).isCloseTo(19.0 / 44, within(1e-12));
        assertThat(value("completion_rate", "trainee_salten", 2025).value()).isCloseTo(6.0 / 7, within(1e-12));
        // public funding share from the return's own sources: county 0 + state (not reported) -> no public share
        assertThat(indicators.results(IndicatorFilter.none().withIndicator("public_funding_share")))
                .noneMatch(r -> r.subjectId().equals("trainee_salten") && Integer.valueOf(2025).equals(r.periodEnd()));
    }

    @Test
    @Order(2)
    void returns_of_several_programmes_are_ranked_among_each_other_like_for_like() {
        for (String p : List.of("look_north_trainee", "kandidat_helgeland", "trainee_vest", "intro_trainee")) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("positions_advertised", 10);
            v.put("applicants", 100);
            v.put("hires", p.equals("trainee_vest") ? 4 : 8);
            confirm(p, v);
        }
        var row = benchmarks.benchmark("trainee_salten", PeerGroup.ALL, List.of()).ranked().stream()
                .filter(r -> r.definition().indicatorId().equals("selection_rate") && r.own().periodKind().equals("year"))
                .findFirst().orElseThrow();
        // Salten 7/120 = 0.058 against 0.08, 0.08, 0.04, 0.08 (2025 returns) and Arena Nord-Troms' 3/46 (2020, 002 §3.3)
        assertThat(row.own().value()).isCloseTo(7.0 / 120, within(1e-12));
        assertThat(row.peers()).hasSize(5);
        assertThat(row.rank()).isEqualTo(5); // only Trainee Vest's 0.04 is lower
        assertThat(row.funnel()).isNotNull(); // exact counts from the returns: the funnel can be drawn
    }

    @Test
    @Order(3)
    void the_browser_form_starts_from_the_return_in_use_and_previews_only_the_figures_typed_as_changed() {
        no.traineemonitor.security.TestUsers.leader(record, "trainee_salten");
        // the form opens with version 1's figures (all fifteen, the fee model and the municipality list too)
        Map<String, String> form = new LinkedHashMap<>(returns.knownValues("trainee_salten", 2025));
        assertThat(form).containsEntry("hires", "7").containsEntry("fee_model", "membership")
                .containsEntry("municipalities_covered", "1804 1837 1838");
        form.put("hires", "8");
        form.put("hires_men", "4");
        ReturnService.Checked checked = returns.checkForm("trainee_salten", 2025, form, Map.of());
        assertThat(checked.problems()).isEmpty();
        Map<String, ReturnService.Change> changes = new LinkedHashMap<>();
        returns.preview(checked).forEach(l -> changes.put(l.metric().metricId(), l.change()));
        Map<ReturnService.Change, List<String>> by = new java.util.EnumMap<>(ReturnService.Change.class);
        changes.forEach((id, c) -> by.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(id));
        assertThat(by.get(ReturnService.Change.CHANGED)).containsExactly("hires", "hires_men");
        assertThat(by).doesNotContainKey(ReturnService.Change.NEW);
        assertThat(by.get(ReturnService.Change.UNCHANGED)).hasSize(ReturnServiceTest.SALTEN_2025.size() - 2);
    }

    @Test
    @Order(4)
    void a_newer_version_replaces_the_old_and_a_withdrawal_brings_it_back() {
        Map<String, Object> corrected = new LinkedHashMap<>(ReturnServiceTest.SALTEN_2025);
        corrected.put("applicants", 140);
        StoredReturn second = confirm("trainee_salten", corrected);
        assertThat(second.version()).isEqualTo(2);
        assertThat(value("selection_rate", "trainee_salten", 2025).value()).isCloseTo(7.0 / 140, within(1e-12));
        assertThat(jdbc.sql("SELECT count(*) FROM fact_observation WHERE metric = 'applicants' AND programme_id = 'trainee_salten'"
                + " AND period_end = 2025").query(Long.class).single()).isEqualTo(1L); // one version in use, not both
        no.traineemonitor.security.TestUsers.admin(record);
        returns.withdraw(second.returnId(), "wrong file");
        assertThat(value("selection_rate", "trainee_salten", 2025).value()).isCloseTo(7.0 / 120, within(1e-12));
    }

    @Test
    @Order(5)
    void readers_during_submissions_see_the_old_or_the_new_return_never_a_mix() throws Exception {
        // one query reads every figure of Salten's 2025 return in use: all from one version, and all of them
        String sql = "SELECT count(DISTINCT source_file) AS versions, count(*) AS figures FROM fact_observation"
                + " WHERE programme_id = 'trainee_salten' AND period_end = 2025 AND source_file LIKE 'return-%'"
                + " AND metric IN ('applicants', 'hires', 'positions_advertised')";
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<String> mixed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                Map<String, Object> row = jdbc.sql(sql).query().singleRow();
                long versions = ((Number) row.get("versions")).longValue();
                long figures = ((Number) row.get("figures")).longValue();
                if (versions != 1 || figures != 3) {
                    mixed.add(versions + " versions, " + figures + " figures");
                }
                reads.incrementAndGet();
            }
        });
        for (int applicants = 121; applicants <= 126; applicants++) {
            Map<String, Object> v = new LinkedHashMap<>(ReturnServiceTest.SALTEN_2025);
            v.put("applicants", applicants);
            confirm("trainee_salten", v);
        }
        writing.set(false);
        reader.join();
        assertThat(reads.get()).as("the reader read while the returns came in").isGreaterThan(6);
        assertThat(mixed).isEmpty();
        assertThat(value("selection_rate", "trainee_salten", 2025).value()).isCloseTo(7.0 / 126, within(1e-12));
    }

    @Test
    @Order(6)
    void a_comment_that_looks_like_a_formula_stays_text_in_both_extracts() throws Exception {
        String comment = "=HYPERLINK(\"http://example.invalid\",\"klikk\")";
        no.traineemonitor.security.TestUsers.leader(record, "trainee_salten");
        byte[] file = ReturnWorkbooks.fill(returns.templateWorkbook("trainee_salten", 2025, LanguageSwitch.BOKMAL),
                ReturnServiceTest.SALTEN_2025);
        file = ReturnWorkbooks.edit(file, wb -> wb.getSheetAt(0).getRow(ReturnWorkbooks.rowOf(wb, "hires"))
                .createCell(7).setCellValue(comment)); // typed as text in the comment cell
        ReturnService.Checked checked = returns.readWorkbook(file, "trainee_salten", 2025);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.values().get("hires").comment()).isEqualTo(comment);
        returns.confirm(checked, "upload", file, "aarsrapport.xlsx");

        no.traineemonitor.security.TestUsers.admin(record);
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        reports.writeExtract(no.traineemonitor.report.ReportService.ExtractFormat.CSV, LanguageSwitch.BOKMAL, csv);
        String text = csv.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");

        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        reports.writeExtract(no.traineemonitor.report.ReportService.ExtractFormat.XLSX, LanguageSwitch.BOKMAL, xlsx);
        int cells = 0;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().equals(comment)) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                            cells++;
                        }
                    }
                }
            }
        }
        assertThat(cells).as("the comment is in the extract, as text").isPositive();
    }

    @Test
    @Order(7)
    void small_numbers_kept_for_one_user_are_never_handed_to_another() {
        // Intro Trainee's 2025 return: 3 hired of 4 applicants, n = 4 below the minimum 5
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("positions_advertised", 3);
        v.put("applicants", 4);
        v.put("hires", 3);
        confirm("intro_trainee", v); // signed in as its leader
        assertThat(value("selection_rate", "intro_trainee", 2025).value()).isCloseTo(0.75, within(1e-12));
        no.traineemonitor.security.TestUsers.signOut(); // the public, asking the same question
        IndicatorResult asPublic = value("selection_rate", "intro_trainee", 2025);
        assertThat(asPublic.suppressed()).isTrue();
        assertThat(asPublic.value()).isNull();
        no.traineemonitor.security.TestUsers.leader(record, "trainee_salten"); // another programme's leader
        assertThat(value("selection_rate", "intro_trainee", 2025).value()).isNull();
        no.traineemonitor.security.TestUsers.admin(record);
        assertThat(value("selection_rate", "intro_trainee", 2025).value()).isCloseTo(0.75, within(1e-12));
        no.traineemonitor.security.TestUsers.leader(record, "intro_trainee"); // its leader again, after the others
        assertThat(value("selection_rate", "intro_trainee", 2025).value()).isCloseTo(0.75, within(1e-12));
        // the benchmark, kept per question too: the leader's own small number; the public's withheld
        assertThat(ownSelectionRate2025().value()).isCloseTo(0.75, within(1e-12));
        no.traineemonitor.security.TestUsers.signOut();
        assertThat(ownSelectionRate2025().suppressed()).isTrue();
        assertThat(ownSelectionRate2025().value()).isNull();
    }

    /** Intro Trainee's own 2025 selection rate in its benchmark against all peers, wherever the benchmark puts it. */
    private IndicatorResult ownSelectionRate2025() {
        var b = benchmarks.benchmark("intro_trainee", PeerGroup.ALL, List.of());
        return java.util.stream.Stream.of(b.ranked().stream().map(r -> r.own()), b.tooFew().stream().map(r -> r.own()),
                        b.unmatched().stream(), b.apart().stream()).flatMap(x -> x)
                .filter(r -> r.indicatorId().equals("selection_rate") && Integer.valueOf(2025).equals(r.periodEnd()))
                .findFirst().orElseThrow(() -> new AssertionError("no 2025 selection rate in Intro Trainee's benchmark"));
    }
}
