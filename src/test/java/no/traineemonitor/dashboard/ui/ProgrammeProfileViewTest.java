package no.traineemonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeCoverage;
import no.traineemonitor.source.Fact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Expected values are checked by hand against sample-data/: Trainee Salten (programmes/002a.csv, facts/002a.csv,
 * programme_municipalities/002a.csv + 002_appendix2.csv) and the 2020 populations in reference/befolkning_2020.csv.
 */
@SpringBootTest
class ProgrammeProfileViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    no.traineemonitor.record.RecordService record;


    /** The browserless UI does not run Vaadin's locale negotiation; the app starts in bokmål (checked in DashboardIT). */
    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    private <T> List<T> rows(Grid<T> grid) {
        var tester = test(grid);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            out.add(tester.getRow(i));
        }
        return out;
    }

    private String cell(Grid<?> grid, int row, String key) {
        var tester = test(grid);
        return tester.getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey(key)));
    }

    @Test
    void trainee_salten_header_shows_name_host_and_main_source() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        assertThat(find(H2.class).withId("profile-name").single().getText()).isEqualTo("Trainee Salten");
        String header = find(DescriptionList.class).withId("profile-header").single().getElement().getTextRecursively();
        assertThat(header).contains("Traineeordning", "Aktiv", "18 Nordland", "Kunnskapsparken Bodø", "2006", "24",
                "Blandet", "bachelor");
        Anchor source = find(Anchor.class).withId("profile-main-source").single();
        assertThat(source.getHref()).isEqualTo("kilder?dokument=002_807c44608543e294.txt");
    }

    @Test
    void trainee_salten_covers_9_municipalities_with_83_322_inhabitants() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        Grid<ProgrammeCoverage.Covered> grid = grid("profile-municipalities");
        assertThat(test(grid).size()).isEqualTo(9);
        assertThat(rows(grid)).extracting(ProgrammeCoverage.Covered::kommunenummer)
                .containsExactly("1804", "1837", "1838", "1839", "1840", "1841", "1845", "1848", "1875");
        assertThat(cell(grid, 0, "name")).isEqualTo("Bodø");
        assertThat(cell(grid, 0, "population")).isEqualTo("52 357");
        assertThat(cell(grid, 0, "basis")).isEqualTo("nevnt i kilden");
        assertThat(cell(grid, 1, "basis")).isEqualTo("utledet fra regionen");
        assertThat(find(Span.class).withId("profile-coverage-summary").single().getText())
                .isEqualTo("9 kommuner, 83 322 innbyggere 1.1.2020");
    }

    @Test
    void completion_rate_is_91_0_percent_of_78_with_its_interval_and_facts() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        Grid<IndicatorResult> grid = grid("profile-indicators");
        List<IndicatorResult> results = rows(grid);
        int row = results.indexOf(results.stream().filter(r -> r.indicatorId().equals("completion_rate")).findFirst().orElseThrow());
        assertThat(cell(grid, row, "indicator")).isEqualTo("Gjennomføringsgrad");
        assertThat(cell(grid, row, "period")).isEqualTo("2006–2020 (flere år)");
        assertThat(cell(grid, row, "value")).isEqualTo("91,0 %"); // 71 / (71 + 7)
        assertThat(cell(grid, row, "n")).isEqualTo("78");
        assertThat(cell(grid, row, "basis")).isEqualTo("71 av 78");
        assertThat(cell(grid, row, "interval")).matches("\\d\\d,\\d–\\d\\d,\\d %");
        assertThat(results.get(row).factIds()).contains("f002a-0094", "f002a-0101"); // named in the row's details
    }

    @Test
    void member_activation_is_18_of_42() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        Grid<IndicatorResult> grid = grid("profile-indicators");
        List<IndicatorResult> results = rows(grid);
        var activation = results.stream().filter(r -> r.indicatorId().equals("member_activation")
                && "reported".equals(r.qualifier())).findFirst().orElseThrow();
        int row = results.indexOf(activation);
        assertThat(cell(grid, row, "value")).isEqualTo("42,9 %"); // 18 / 42
        assertThat(cell(grid, row, "basis")).isEqualTo("18 av 42");
    }

    @Test
    void the_facts_grid_lists_every_fact_with_its_citation() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        Grid<Fact> grid = grid("profile-facts");
        List<Fact> facts = rows(grid);
        assertThat(facts).hasSize(36); // 35 in 002 (002a, 002b, 002_context) + 1 in 000
        int row = facts.indexOf(facts.stream().filter(f -> f.factId().equals("f002a-0094")).findFirst().orElseThrow());
        assertThat(cell(grid, row, "metric")).isEqualTo("Gjennomført");
        assertThat(cell(grid, row, "value")).isEqualTo("71");
        assertThat(cell(grid, row, "period")).isEqualTo("2006–2020 (flere år)");
        // the document by title, publisher and year, never its file name
        assertThat(cell(grid, row, "source"))
                .isEqualTo("Kartlegging av regionale traineeordninger (Nordlandsforskning for Distriktssenteret, 2021), 3.5 Trainee Salten");
        // the curators' English note stays on the sources page; here the reader learns, in bokmål, that the figures do not add up
        assertThat(cell(grid, row, "conflict")).isEqualTo("Tallene i kildene går ikke opp med hverandre (se merknaden på siden Kilder)");
        int founded = facts.indexOf(facts.stream().filter(f -> f.factId().equals("f002a-0073")).findFirst().orElseThrow());
        assertThat(cell(grid, founded, "value")).isEqualTo("2006"); // a year, not "2 006"
    }

    @Test
    void outcomes_are_shown_by_metric_with_ranges_and_approximations_marked() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        Grid<ProfileOutcomes.Row> grid = grid("profile-outcomes");
        List<ProfileOutcomes.Row> rows = rows(grid);
        // in the order of a trainee's path, one row per metric the sources give
        assertThat(rows).extracting(ProfileOutcomes.Row::metric).containsSubsequence("applicants", "hires", "completed",
                "dropped_out", "trainees_per_cohort", "active_trainees");
        String applicants = rows.stream().filter(r -> r.metric().equals("applicants")).findFirst().orElseThrow().values();
        assertThat(applicants).contains("ca. 250");
        String perCohort = rows.stream().filter(r -> r.metric().equals("trainees_per_cohort")).findFirst().orElseThrow().values();
        assertThat(perCohort).contains("4–6"); // range_low 4, range_high 6: not collapsed
        assertThat(rows.stream().filter(r -> r.metric().equals("completed")).findFirst().orElseThrow().values())
                .isEqualTo("2006–2020 (flere år): 71");
        assertThat(rows.stream().filter(r -> r.metric().equals("hires")).findFirst().orElseThrow().label()).isEqualTo("Ansatte traineer");
        assertThat(rows.stream().filter(r -> r.metric().equals("active_trainees")).findFirst().orElseThrow().values()).contains("17");
    }

    @Test
    void members_and_fees_are_listed() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        Grid<Fact> grid = grid("profile-members");
        assertThat(rows(grid)).extracting(Fact::factId).contains("f002a-0083", "f002a-0084", "f002a-0088");
        List<Fact> facts = rows(grid);
        int fee = facts.indexOf(facts.stream().filter(f -> f.factId().equals("f002a-0088")).findFirst().orElseThrow());
        assertThat(cell(grid, fee, "value")).isEqualTo("15 000 kr per år");
        assertThat(cell(grid, fee, "metric")).isEqualTo("Medlemskontingent (per medlem per år)");
    }

    @Test
    void trainee_salten_has_no_funding_figures() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        assertThat(find(Paragraph.class).withId("profile-no-funding").single().getText())
                .isEqualTo("Ingen finansieringstall i kildene.");
        assertThat(find(Html.class).withId("profile-funding-chart").exists()).isFalse();
    }

    @Test
    void fjelltrainee_funding_is_charted_for_2024() {
        navigate("program/fjelltrainee", ProgrammeProfileView.class);
        Html chart = find(Html.class).withId("profile-funding-chart").single();
        String svg = chart.getInnerHtml();
        // f001-0067 (Trøndelag, ca. 400 000) and f001-0068 (Innlandet, 0): county councils 400 000 kr in 2024
        assertThat(svg).contains("role=\"img\"", "Finansiering etter kilde, 2024", "Fylkeskommunen 400 000 kr");
        Grid<Fact> grid = grid("profile-funding");
        assertThat(rows(grid)).extracting(Fact::factId).contains("f001-0067", "f001-0068");
    }

    @Test
    void the_cited_documents_are_listed_with_links_to_the_sources_page() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        UnorderedList list = find(UnorderedList.class).withId("profile-sources").single();
        String text = list.getElement().getTextRecursively();
        assertThat(text).contains("Et traineeprogram for medieteknologer i Vestland? Forprosjekt (Medieklyngen, 2025)",
                "Kartlegging av regionale traineeordninger (Nordlandsforskning for Distriktssenteret, 2021)", "35 tall", "1 tall")
                .doesNotContain(".txt");
        assertThat(list.getChildren().count()).isEqualTo(2);
    }

    @Test
    void an_unknown_programme_shows_a_notice_and_a_link_back() {
        navigate("program/finnes_ikke", ProgrammeProfileView.class);
        assertThat(find(Paragraph.class).withId("profile-unknown").single().getText()).startsWith("Ukjent program «finnes_ikke»");
        com.vaadin.flow.component.html.Anchor back = find(com.vaadin.flow.component.html.Anchor.class).withId("profile-back").single();
        assertThat(back.getHref()).isEqualTo("programmer");
        assertThat(find(Grid.class).exists()).isFalse();
    }

    @Test
    void english_labels_and_number_format() {
        UI.getCurrent().setLocale(LanguageSwitch.ENGLISH);
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        Grid<IndicatorResult> grid = grid("profile-indicators");
        List<IndicatorResult> results = rows(grid);
        int row = results.indexOf(results.stream().filter(r -> r.indicatorId().equals("completion_rate")).findFirst().orElseThrow());
        assertThat(cell(grid, row, "indicator")).isEqualTo("Completion rate");
        assertThat(cell(grid, row, "value")).isEqualTo("91.0%");
        assertThat(find(Span.class).withId("profile-coverage-summary").single().getText())
                .isEqualTo("9 municipalities, 83,322 inhabitants on 1 Jan 2020");
    }

    @Test
    void the_profile_offers_the_programme_report_for_download_to_a_funder_and_sign_in_to_the_public() {
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("download-programme-report").all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withClassName("download-sign-in").single().getHref())
                .isEqualTo("logg-inn");

        no.traineemonitor.security.TestUsers.funder(record);
        try {
            navigate("program/trainee_salten", ProgrammeProfileView.class);
            assertThat(find(com.vaadin.flow.component.button.Button.class).withId("download-programme-report").single().getText())
                    .isEqualTo("Last ned programrapport (Excel)");
        } finally {
            no.traineemonitor.security.TestUsers.signOut();
        }
    }
}
