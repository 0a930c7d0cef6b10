package no.traineemonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.traineemonitor.base.ui.LanguageSwitch;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The yearly return as a leader meets it: the template downloaded for a programme and year, filled in, read back and
 * checked, the preview against what the warehouse holds, and the problems a careless or hostile file gets (figures
 * below are test inputs for the year 2025, made up here, never sample data).
 */
@SpringBootTest
class ReturnServiceTest {

    /** Trainee Salten's 2025 return, made up for the tests (ReturnWorkbooks.SALTEN_2025). */
    static final Map<String, Object> SALTEN_2025 = ReturnWorkbooks.SALTEN_2025;

    @Autowired
    ReturnService returns;
    @Autowired
    no.traineemonitor.record.RecordService record;

    @org.junit.jupiter.api.BeforeEach
    void signInAsAnAdministrator() { // who may report for every programme
        no.traineemonitor.security.TestUsers.admin(record);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        no.traineemonitor.security.TestUsers.signOut();
    }

    private byte[] template() {
        return returns.templateWorkbook("trainee_salten", 2025, LanguageSwitch.BOKMAL);
    }

    private List<String> problems(ReturnService.Checked checked) {
        return checked.problems().stream().map(p -> returns.describe(p, LanguageSwitch.BOKMAL)).toList();
    }

    @Test
    void the_template_lists_every_figure_once_with_a_hidden_sheet_that_says_what_it_is_for() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Årsrapport");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(TemplateWorkbook.COL_LABEL).getStringCellValue())
                    .isEqualTo("Årsrapportering – Trainee Salten – 2025");
            assertThat(wb.getSheetAt(0).isColumnHidden(TemplateWorkbook.COL_ID)).as("codes are not for the leader").isTrue();
            assertThat(wb.getSheetVisibility(1)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(wb.getSheetAt(0).getProtect()).isTrue();
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("trainee_salten");
            int hires = ReturnWorkbooks.rowOf(wb, "hires");
            assertThat(wb.getSheetAt(0).getRow(hires).getCell(TemplateWorkbook.COL_LABEL).getStringCellValue())
                    .isEqualTo("Ansatte traineer *");
            assertThat(wb.getSheetAt(0).getRow(hires).getCell(TemplateWorkbook.COL_VALUE).getCellStyle().getLocked()).isFalse();
        }
        assertThat(returns.template()).extracting(ReturnMetric::metricId).doesNotHaveDuplicates().hasSize(22);
    }

    @Test
    void the_template_is_pre_filled_with_what_is_known_and_where_it_is_from() throws IOException {
        // Look North 2020 (002 §3.4): 12 positions, 181 applicants, 12 hired
        byte[] lookNorth = returns.templateWorkbook("look_north_trainee", 2020, LanguageSwitch.BOKMAL);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lookNorth))) {
            var row = wb.getSheetAt(0).getRow(ReturnWorkbooks.rowOf(wb, "applicants"));
            assertThat(row.getCell(TemplateWorkbook.COL_KNOWN).getStringCellValue()).isEqualTo("181");
            assertThat(row.getCell(TemplateWorkbook.COL_SOURCE).getStringCellValue())
                    .startsWith("Kartlegging av regionale traineeordninger");
            assertThat(row.getCell(TemplateWorkbook.COL_VALUE).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK); // the leader fills it, nothing is assumed
        }
    }

    @Test
    void a_filled_template_reads_back_as_the_figures_typed_and_previews_them_as_new() {
        ReturnService.Checked checked = returns.readWorkbook(ReturnWorkbooks.fill(template(), SALTEN_2025), "trainee_salten", 2025);
        assertThat(problems(checked)).isEmpty();
        assertThat(checked.values().get("applicants").number()).isEqualTo(120L);
        assertThat(checked.values().get("funding_member_fees").number()).isEqualTo(660_000L); // "660 000" typed as text
        assertThat(checked.values().get("fee_model").text()).isEqualTo("membership");
        // the template's list offers the choices by their labels: a label in either language is stored as its code
        Map<String, Object> byLabel = new LinkedHashMap<>(SALTEN_2025);
        byLabel.put("fee_model", "Fast medlemskontingent");
        assertThat(returns.readWorkbook(ReturnWorkbooks.fill(template(), byLabel), "trainee_salten", 2025).values()
                .get("fee_model").text()).isEqualTo("membership");
        byLabel.put("fee_model", "Price per trainee");
        assertThat(returns.readWorkbook(ReturnWorkbooks.fill(template(), byLabel), "trainee_salten", 2025).values()
                .get("fee_model").text()).isEqualTo("per_trainee");
        assertThat(checked.values().get("municipalities_covered").text()).isEqualTo("1804 1837 1838");
        assertThat(checked.values()).doesNotContainKey("funding_state"); // left empty: unknown, not 0
        List<ReturnService.PreviewLine> preview = returns.preview(checked);
        assertThat(preview).filteredOn(l -> l.metric().metricId().equals("hires")).singleElement()
                .satisfies(l -> assertThat(l.change()).isEqualTo(ReturnService.Change.NEW));
        assertThat(preview).filteredOn(l -> l.metric().metricId().equals("funding_state")).singleElement()
                .satisfies(l -> assertThat(l.change()).isEqualTo(ReturnService.Change.NOT_REPORTED));
    }

    @Test
    void a_return_for_a_year_the_sources_cover_shows_what_changes() {
        Map<String, Object> lookNorth2020 = Map.of("positions_advertised", 12, "applicants", 185, "hires", 12);
        byte[] file = ReturnWorkbooks.fill(returns.templateWorkbook("look_north_trainee", 2020, LanguageSwitch.BOKMAL),
                lookNorth2020);
        ReturnService.Checked checked = returns.readWorkbook(file, "look_north_trainee", 2020);
        assertThat(checked.problems()).isEmpty();
        Map<String, ReturnService.Change> changes = new LinkedHashMap<>();
        returns.preview(checked).forEach(l -> changes.put(l.metric().metricId(), l.change()));
        assertThat(changes).containsEntry("positions_advertised", ReturnService.Change.UNCHANGED)
                .containsEntry("hires", ReturnService.Change.UNCHANGED)
                .containsEntry("applicants", ReturnService.Change.CHANGED); // 181 in the 2021 report
    }

    @Test
    void every_problem_is_reported_at_once_with_its_cell_and_what_is_expected() {
        Map<String, Object> bad = new LinkedHashMap<>(SALTEN_2025);
        bad.put("applicants", 5);            // fewer than the 7 hired
        bad.put("hires_women", "fire");      // not a number
        bad.put("dropped_out", 2.5);         // not whole
        bad.put("fee_model", "gratis");      // not a choice
        bad.put("municipalities_covered", "1804 9999");
        bad.remove("positions_advertised");  // required
        ReturnService.Checked checked = returns.readWorkbook(ReturnWorkbooks.fill(template(), bad), "trainee_salten", 2025);
        List<String> problems = problems(checked);
        assertThat(problems).hasSize(6);
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("Årsrapport!E\\d+: Ansatte traineer: 7 er flere enn «Søkere» \\(5\\)\\."))
                .anySatisfy(p -> assertThat(p).contains("«fire» er ikke et helt tall (forventet sifrene 0–9"))
                .anySatisfy(p -> assertThat(p).contains("«2.5» er ikke et helt tall"))
                .anySatisfy(p -> assertThat(p).contains("«gratis» er ikke et av valgene"))
                .anySatisfy(p -> assertThat(p).contains("Ukjente kommunenumre: 9999"))
                .anySatisfy(p -> assertThat(p).contains("Utlyste traineestillinger: Må fylles inn."));
        assertThat(checked.valid()).isFalse();
    }

    @Test
    void a_formula_a_changed_row_and_an_extra_sheet_are_refused() {
        byte[] tampered = ReturnWorkbooks.edit(ReturnWorkbooks.fill(template(), SALTEN_2025), wb -> {
            var sheet = wb.getSheetAt(0);
            sheet.getRow(ReturnWorkbooks.rowOf(wb, "applicants")).getCell(TemplateWorkbook.COL_VALUE).setCellFormula("100+20");
            sheet.getRow(ReturnWorkbooks.rowOf(wb, "completed")).getCell(TemplateWorkbook.COL_ID).setCellValue("fullført");
            wb.createSheet("Notater");
        });
        List<String> problems = problems(returns.readWorkbook(tampered, "trainee_salten", 2025));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("inneholder en formel (=100+20)"))
                .anySatisfy(p -> assertThat(p).contains("Raden er endret"))
                .anySatisfy(p -> assertThat(p).contains("Arket «Notater» hører ikke til malen"));
    }

    @Test
    void another_programmes_or_years_template_is_refused() {
        byte[] vest = ReturnWorkbooks.fill(returns.templateWorkbook("trainee_vest", 2025, LanguageSwitch.BOKMAL), SALTEN_2025);
        assertThat(problems(returns.readWorkbook(vest, "trainee_salten", 2025)))
                .anySatisfy(p -> assertThat(p).contains("Malen er laget for Trainee Vest, men du rapporterer for Trainee Salten"));
        byte[] y2024 = ReturnWorkbooks.fill(returns.templateWorkbook("trainee_salten", 2024, LanguageSwitch.BOKMAL), SALTEN_2025);
        assertThat(problems(returns.readWorkbook(y2024, "trainee_salten", 2025)))
                .anySatisfy(p -> assertThat(p).contains("Malen er laget for 2024, men rapporteringen gjelder 2025"));
    }

    @Test
    void the_browser_form_follows_the_same_rules() {
        Map<String, String> form = new LinkedHashMap<>();
        SALTEN_2025.forEach((k, v) -> form.put(k, v.toString()));
        form.put("hires", "٧"); // Arabic-Indic seven: digits 0-9 only
        ReturnService.Checked checked = returns.checkForm("trainee_salten", 2025, form, Map.of());
        assertThat(problems(checked)).singleElement().asString()
                .isEqualTo("Ansatte traineer: «٧» er ikke et helt tall (forventet sifrene 0–9, for eksempel 12).");
        assertThat(returns.describe(checked.problems().getFirst(), Locale.ENGLISH))
                .isEqualTo("Trainees hired: “٧” is not a whole number (expected the digits 0–9, e.g. 12).");
    }
}
