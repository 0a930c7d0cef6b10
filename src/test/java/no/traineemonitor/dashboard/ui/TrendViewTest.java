package no.traineemonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.indicator.IndicatorResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The trend page (/utvikling) and the comparison set (sett=) on the explorer and the benchmark, against sample-data/
 * worked out by hand:
 * <ul>
 * <li>selection rate 2020 (facts/002a.csv): Look North 12 hires of 181 applicants (6,6 %), Trainee Arena Nord-Troms 3
 * of 46 (6,5 %); Look North is in 18 Nordland, Arena in 55 Troms (programmes/002a.csv); the country pools both:
 * 15 of 227 = 6,6 %;</li>
 * <li>trainee density, Look North (facts/002a.csv 3.4, 54 823 inhabitants): 3,28 in 2018, 1,46 in 2019, 2,19 in 2020 per
 * 10 000; 2020 against 2018 is 2,19 − 3,28 = −1,09, against 2019 +0,73. A rate per inhabitant is not a share, so no
 * county or country value pools it;</li>
 * <li>fill rate 2020: Look North 12 of 12 positions, Arena 3 of 3: Nordland 12 of 12 = 100,0 %, Troms n = 3 below the
 * minimum n of 5 (withheld), the country 15 of 15 = 100,0 %; Framtidsfylket's 23 of 34 in 46 Vestland is "ca." (not
 * exact counts), so Vestland has no pooled value and the page says why;</li>
 * <li>completion rate: Trainee Salten 71 completed, 7 quit (2006–2020): 71 / 78 = 91,0 %, Wilson 95 % 82,6–95,6 %; no
 * programme of 34 Innlandet reports it.</li>
 * </ul>
 */
@SpringBootTest
class TrendViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    private void open(Class<? extends DashboardPage> view, String route, String query) {
        navigate(view);
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
    }

    /** The text of every cell of a grid, row by row, columns joined with " | ". */
    private List<String> rows(String gridId) {
        Grid<?> grid = find(Grid.class).withId(gridId).single();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < grid.getColumns().size(); c++) {
                if (grid.getColumns().get(c).isVisible()) {
                    cells.add(test(grid).getCellText(i, c));
                }
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    @Test
    void a_set_of_two_programmes_has_their_counties_and_the_country_as_pooled_reference_lines() {
        open(TrendView.class, "utvikling", "indikator=selection_rate&sett=look_north_trainee,trainee_arena_nord_troms");
        assertThat(find(Paragraph.class).withId("trend-set").single().getText())
                .isEqualTo("Sammenligningssett: Look North Trainee, Trainee Arena Nord-Troms.");
        assertThat(rows("trend-comparison")).contains(
                "Look North Trainee | programmets traineer | ukjent | 6,6 % | ukjent",
                "Trainee Arena Nord-Troms | programmets traineer | ukjent | 6,5 % | ukjent",
                "18 Nordland - Nordlánnda (referanse) | programmets traineer | ukjent | 6,6 % | ukjent",
                "55 Troms - Romsa - Tromssa (referanse) | programmets traineer | ukjent | 6,5 % | ukjent",
                "Hele landet (referanse) | programmets traineer | ukjent | 6,6 % | ukjent");
        assertThat(rows("trend-values")).anySatisfy(r -> assertThat(r)
                .startsWith("Hele landet (referanse) | 2020 | ett år | 6,6 % | 227 |").contains("lagt sammen av 2 programmer"));
        String svg = find(Html.class).all().stream().map(Html::getInnerHtml).filter(h -> h.contains("<svg")).findFirst().orElseThrow();
        assertThat(svg).contains("Hele landet (referanse)").contains("stroke-dasharray");
    }

    @Test
    void the_values_and_each_chart_can_be_downloaded_as_shown() throws Exception {
        open(TrendView.class, "utvikling", "indikator=selection_rate&sett=look_north_trainee,trainee_arena_nord_troms");
        no.traineemonitor.base.ui.ExportMenu values = find(no.traineemonitor.base.ui.ExportMenu.class)
                .withId("trend-values-export").single();
        String csv = new String(values.download("trend-values-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        // the country's pooled 2020 value, 15 of 227 (Look North 12/181, Arena Nord-Troms 3/46): 6,61 % in decimal comma
        assertThat(csv).startsWith("\uFEFF").contains("Hele landet (referanse);2020;ett år;6,6079");
        no.traineemonitor.base.ui.ExportMenu chart = find(no.traineemonitor.base.ui.ExportMenu.class).all().stream()
                .filter(m -> m.getId().orElse("").startsWith("trend-chart-export")).findFirst().orElseThrow();
        String svg = new String(chart.download(chart.getId().orElseThrow() + "-svg"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).contains("<title>").contains("Hele landet (referanse)");
    }

    /**
     * Look North's trainee density (facts/002a.csv 3.4: 18 trainees in 2018, 12 in 2020; 54 823 inhabitants):
     * 18 / 54 823 × 10 000 = 3,28329, 12 / 54 823 × 10 000 = 2,1889, change −6 / 54 823 × 10 000 = −1,0944.
     */
    @Test
    void now_against_n_years_back_downloads_with_the_numbers_and_the_line_about_its_sources() throws Exception {
        open(TrendView.class, "utvikling", "indikator=trainee_density&sett=look_north_trainee&aar=2020&tilbake=2");
        no.traineemonitor.base.ui.ExportMenu menu = find(no.traineemonitor.base.ui.ExportMenu.class)
                .withId("trend-comparison-export").single();
        assertThat(menu.fileName("trend-comparison-export-xlsx")).isEqualTo("traineer-per-10-000-innbyggere-na-mot-for-2020-mot-2018.xlsx");
        String csv = new String(menu.download("trend-comparison-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Hvem;Definisjon;2018;2020;Endring\r\n")
                .contains("\r\nLook North Trainee;programmets traineer;3,28329")
                .containsPattern(";2,1888\\d*;-1,0944");
        // the line under the table, in the file too: the report the three values come from, by title
        assertThat(csv.lines().takeWhile(l -> !l.isEmpty()).toList())
                .anySatisfy(l -> assertThat(l).startsWith("Kilder;").contains("Kartlegging av regionale traineeordninger"));
        assertThat(find(no.traineemonitor.base.ui.TableAbout.class).withId("trend-comparison-export-about").exists()).isTrue();
        // the values table's downloads name their sources as well
        String values = new String(find(no.traineemonitor.base.ui.ExportMenu.class).withId("trend-values-export").single()
                .download("trend-values-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(values.lines().takeWhile(l -> !l.isEmpty()).toList())
                .anySatisfy(l -> assertThat(l).startsWith("Kilder;").contains("Kartlegging av regionale traineeordninger"));
    }

    @Test
    void now_against_n_years_back_gives_the_change_and_leaves_an_unknown_year_unknown() {
        open(TrendView.class, "utvikling", "indikator=trainee_density&sett=look_north_trainee&aar=2020&tilbake=2");
        assertThat(rows("trend-comparison")).first().isEqualTo("Look North Trainee | programmets traineer | 3,28 | 2,19 | −1,09");
        open(TrendView.class, "utvikling", "indikator=trainee_density&sett=look_north_trainee&aar=2020");
        assertThat(rows("trend-comparison")).first().isEqualTo("Look North Trainee | programmets traineer | 1,46 | 2,19 | +0,73");
        // 2017: Look North reports no one-year value, so there is no change, and no 0
        open(TrendView.class, "utvikling", "indikator=trainee_density&sett=look_north_trainee&aar=2018&tilbake=1");
        assertThat(rows("trend-comparison")).first().isEqualTo("Look North Trainee | programmets traineer | ukjent | 3,28 | ukjent");
        // a rate per inhabitant is never pooled: the country says why instead of showing a number
        assertThat(find(Div.class).withId("trend-not-pooled").single().getElement().getTextRecursively())
                .contains("Hele landet (referanse): ingen samlet verdi")
                .contains("tallene er ikke andeler, og bare andeler fra eksakte tall kan legges sammen");
    }

    @Test
    void per_county_the_pooled_value_is_shown_withheld_below_five_and_explained_where_nothing_can_be_pooled() {
        open(TrendView.class, "utvikling", "indikator=fill_rate&niva=fylke");
        List<String> comparison = rows("trend-comparison");
        assertThat(comparison).contains("18 Nordland - Nordlánnda | programmets traineer | ukjent | 100,0 % | ukjent",
                "55 Troms - Romsa - Tromssa | programmets traineer | ukjent | skjult (lite n) | ukjent",
                "Hele landet (referanse) | programmets traineer | ukjent | 100,0 % | ukjent");
        assertThat(find(Div.class).withId("trend-not-pooled").single().getElement().getTextRecursively())
                .contains("46 Vestland: ingen samlet verdi")
                .contains("Framtidsfylket Trainee: omtrentlige tall, anslag, spenn og grenser er ikke eksakte tellinger.");
    }

    /**
     * Trainee density is a rate per inhabitant, never pooled: every county with a programme that reports it (15, 18, 34,
     * 46, 50, 55) and the country have no pooled value for the same reason, said once for all of them.
     */
    @Test
    void per_county_the_same_reason_is_said_once_for_all_the_regions_it_holds_for() {
        open(TrendView.class, "utvikling", "indikator=trainee_density&niva=fylke");
        List<Paragraph> said = find(Paragraph.class).all().stream().filter(p -> p.hasClassName("trend-not-pooled")).toList();
        assertThat(said).hasSize(1);
        String text = said.getFirst().getText();
        assertThat(text).contains("18 Nordland - Nordlánnda", "55 Troms - Romsa - Tromssa", "Hele landet (referanse): ingen samlet verdi")
                .contains("tallene er ikke andeler");
        assertThat(text.split("ingen samlet verdi", -1)).hasSize(2);
    }

    /**
     * Per BA-region a programme is pooled only into the BA-region that holds all its municipalities. Look North covers 8
     * BA-regions (123–130) and Trainee Salten 6 (106 Bodø, 118–121, 131): each is one series of its own, once, never a
     * value of every BA-region it touches. Look North's density 2019 1,46 and 2020 2,19 per 10 000 (facts/002a.csv 3.4).
     */
    @Test
    void per_ba_region_a_programme_across_several_regions_is_one_series_shown_once() {
        open(TrendView.class, "utvikling", "indikator=trainee_density&niva=ba&aar=2020");
        List<String> comparison = rows("trend-comparison");
        assertThat(comparison).filteredOn(r -> r.startsWith("Look North Trainee"))
                .containsExactly("Look North Trainee (flere BA-regioner: 8) | programmets traineer | 1,46 | 2,19 | +0,73");
        assertThat(comparison).filteredOn(r -> r.startsWith("Trainee Salten")).hasSize(1);
        assertThat(comparison).noneMatch(r -> r.startsWith("Bodø") || r.startsWith("Røst"));
        assertThat(find(Div.class).withId("trend-across-ba").single().getElement().getTextRecursively())
                .contains("Trainee Salten (106 Bodø, 118 Meløy, 119 Beiarn, 120 Fauske - Fuosko, 121 Steigen, 131 Hamarøy - Hábmer)");
    }

    /**
     * Completion has no one-year value: Trainee Salten's 71 of 78 (91,0 %) is for 2006–2020, and the country pools it
     * alone. It is drawn as what it is, a segment per subject across 2006–2020 with its own legend entry, not a point in
     * 2020; the values table keeps it too.
     */
    @Test
    void a_multi_year_value_is_drawn_across_its_years_with_its_own_legend_entry() {
        open(TrendView.class, "utvikling", "indikator=completion_rate");
        assertThat(find(Paragraph.class).withId("trend-no-years").single().getText()).contains("tegnet for seg under");
        String svg = find(Html.class).all().stream().map(Html::getInnerHtml).filter(h -> h.contains("<svg")).findFirst().orElseThrow();
        assertThat(svg).contains("Trainee Salten: 2006–2020 (flere år)").contains("Hele landet (referanse): 2006–2020 (flere år)");
        assertThat(rows("trend-values")).anySatisfy(r -> assertThat(r).startsWith("Trainee Salten | 2006–2020 (flere år) | flere år | 91,0 % | 78 | 82,6–95,6 %"));
    }

    @Test
    void in_english_the_page_reads_english() {
        UI.getCurrent().setLocale(LanguageSwitch.ENGLISH);
        open(TrendView.class, "utvikling", "indikator=fill_rate&niva=land");
        assertThat(rows("trend-comparison")).containsExactly("Whole country | the programme's trainees | unknown | 100.0% | unknown");
    }

    @Test
    void an_unknown_id_in_the_set_is_named_and_the_rest_of_the_set_still_shows() {
        open(TrendView.class, "utvikling", "indikator=selection_rate&sett=look_north_trainee,finnes_ikke");
        assertThat(test(find(Notification.class).withId("set-notice").single()).getText())
                .isEqualTo("Finnes ikke og er tatt ut av sammenligningssettet: finnes_ikke. Resten vises.");
        assertThat(rows("trend-comparison")).first().asString().startsWith("Look North Trainee |");
    }

    /**
     * The side menu carries the shared filter to the other pages with each value encoded once: the link to /indikatorer
     * from /utvikling?indikator=completion_rate&sett=a,b has sett=a,b (not a%252Cb), and the explorer reads both ids.
     */
    @Test
    void the_menu_link_keeps_the_set_encoded_once() {
        open(TrendView.class, "utvikling", "indikator=completion_rate&sett=look_north_trainee,trainee_arena_nord_troms");
        String link = find(com.vaadin.flow.component.sidenav.SideNavItem.class).all().stream().map(i -> i.getPath())
                .filter(p -> p.startsWith("indikatorer")).findFirst().orElseThrow();
        assertThat(link).isEqualTo("indikatorer?sett=look_north_trainee,trainee_arena_nord_troms");
        assertThat(QueryParameters.fromString(link.substring(link.indexOf('?') + 1)).getParameters().get("sett"))
                .containsExactly("look_north_trainee,trainee_arena_nord_troms");
        open(IndicatorExplorerView.class, "indikatorer", link.substring(link.indexOf('?') + 1));
        assertThat(find(Notification.class).all()).isEmpty();
        assertThat(find(Paragraph.class).withId("explorer-set").single().getText())
                .contains("Look North Trainee, Trainee Arena Nord-Troms");
    }

    @Test
    void a_suggested_set_is_one_click_and_goes_into_the_url() {
        open(TrendView.class, "utvikling", "indikator=selection_rate&program=look_north_trainee");
        Button sameLength = find(Button.class).all().stream().filter(b -> b.getText().startsWith("Samme lengde som Look North Trainee"))
                .findFirst().orElseThrow();
        String ids = sameLength.getElement().getAttribute("data-set");
        assertThat(ids.split(",")).contains("look_north_trainee", "trainee_arena_nord_troms"); // both 12 months (002a.csv)
        test(sameLength).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters().get("sett"))
                .containsExactly(ids);
    }

    @Test
    void the_explorer_compares_a_chosen_set_with_innlandet_and_the_country() {
        open(IndicatorExplorerView.class, "indikatorer",
                "indikator=completion_rate&fylke=34&sett=trainee_salten,trainee_innlandet,look_north_trainee");
        @SuppressWarnings("unchecked")
        Grid<IndicatorResult> grid = find(Grid.class).withId("explorer-grid").single();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            subjects.add(test(grid).getCellText(i, 0) + " " + test(grid).getCellText(i, 2) + " " + test(grid).getCellText(i, 4));
        }
        // Innlandet has no completion figure: no row for it, never a 0; the country pools Trainee Salten's 71 of 78
        assertThat(subjects).containsExactly("Trainee Salten 91,0 % 82,6–95,6 %", "Hele landet (referanse) 91,0 % 82,6–95,6 %");
    }

    @Test
    void the_benchmark_takes_the_set_as_peers_and_sets_the_county_and_country_beside() {
        open(BenchmarkView.class, "sammenlign", "program=look_north_trainee&sett=trainee_arena_nord_troms,kandidat_helgeland");
        assertThat(find(Paragraph.class).withId("benchmark-set").single().getText())
                .isEqualTo("Sammenlignet med settet: Trainee Arena Nord-Troms, Kandidat Helgeland.");
        // Look North 2020 (002a.csv): 181 applicants, 12 positions, 12 hires. Nordland pools Look North alone; the country
        // adds Arena's 3 of 46 applicants and 3 of 3 positions: 15 of 227 (Wilson 4,0–10,6 %) and 15 of 15 (lower end
        // 15 / (15 + 1,96²) = 79,6 %); 12 of 12 has 12 / (12 + 1,96²) = 75,8 %. Ratios and rates are never pooled: unknown
        assertThat(rows("benchmark-references-grid")).containsExactly(
                "Søkere per utlyst stilling (programmets traineer) | 15,08 | ukjent | ukjent",
                "Andel søkere ansatt (programmets traineer) | 6,6 % (3,8–11,2 %), n = 181 | 6,6 % (3,8–11,2 %), n = 181 (2020)"
                        + " | 6,6 % (4,0–10,6 %), n = 227 (2020)",
                "Fyllingsgrad (programmets traineer) | 100,0 % (75,8–100,0 %), n = 12 | 100,0 % (75,8–100,0 %), n = 12 (2020)"
                        + " | 100,0 % (79,6–100,0 %), n = 15 (2020)",
                "Traineer per 10 000 innbyggere (programmets traineer) | 2,19 | ukjent | ukjent");
        Grid<?> grid = find(Grid.class).withId("benchmark-references-grid").single();
        assertThat(grid.getColumns().get(2).getHeaderText()).isEqualTo("18 Nordland - Nordlánnda (referanse)");
        assertThat(grid.getColumns().get(3).getHeaderText()).isEqualTo("Hele landet (referanse)");
    }
}
