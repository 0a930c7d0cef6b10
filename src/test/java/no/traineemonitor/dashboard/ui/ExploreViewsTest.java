package no.traineemonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.base.ui.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What exists and about an indicator, checked against sample-data/: Trainee Salten's completion 71 of 71 + 7
 * (facts/002a.csv, 2006–2020: 91,0 %), Look North's 181 applicants for 12 positions in 2020 (facts/002a.csv).
 */
@SpringBootTest
class ExploreViewsTest extends SpringBrowserlessTest {

    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    @Test
    void the_matrix_shows_the_latest_year_of_each_programmes_indicators_and_links_to_the_values() {
        navigate(AvailabilityView.class);
        String table = find(NativeTable.class).withId("availability-matrix").single().getElement().getTextRecursively();
        assertThat(table).contains("Trainee Salten", "Look North Trainee", "Gjennomføringsgrad");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("indikatorer?indikator=completion_rate&program=trainee_salten",
                        "indikatorer?indikator=applicants_per_position&program=look_north_trainee", "indikator/completion_rate");
        assertThat(find(Paragraph.class).withId("availability-without").single().getText())
                .startsWith("20 programmer har ingen indikatorverdi ennå");
    }

    @Test
    void per_county_the_matrix_counts_the_programmes_with_a_value_and_never_pools_them() {
        // Nordland has 5 programmes; trainee density is reported by Kandidat Helgeland, Look North Trainee and Trainee
        // Salten (all 2020), completion only by Trainee Salten (2006–2020, dated 2020): as on the programme matrix
        navigate(AvailabilityView.class);
        UI.getCurrent().navigate("datagrunnlag", com.vaadin.flow.router.QueryParameters.fromString("per=fylke"));
        String table = find(NativeTable.class).withId("availability-county-matrix").single().getElement().getTextRecursively();
        assertThat(table).contains("Fylke", "18 Nordland - Nordlánnda", "34 Innlandet");
        Anchor density = find(Anchor.class).all().stream()
                .filter(a -> a.getHref().equals("indikatorer?indikator=trainee_density&fylke=18")).findFirst().orElseThrow();
        assertThat(density.getText()).isEqualTo("2020");
        assertThat(density.getElement().getAttribute("title")).endsWith("siste år 2020; 3 av 5 programmer har en verdi");
        Anchor completion = find(Anchor.class).all().stream()
                .filter(a -> a.getHref().equals("indikatorer?indikator=completion_rate&fylke=18")).findFirst().orElseThrow();
        assertThat(completion.getElement().getAttribute("title")).endsWith("1 av 5 programmer har en verdi");
        // the switch back keeps the selection and drops per=
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("datagrunnlag");
        // and the matrix says what it counts and where the values come from
        assertThat(find(no.traineemonitor.base.ui.TableAbout.class).withId("availability-county-matrix-export-about").single()
                .getElement().getTextRecursively()).contains("antall programmer med verdi per indikator og fylke", "Referansedata",
                        "Kartlegging av regionale traineeordninger");
    }

    @Test
    void a_multi_year_value_is_dated_by_its_last_year() {
        navigate(AvailabilityView.class);
        assertThat(find(Anchor.class).all()).filteredOn(a -> a.getHref().equals(
                        "indikatorer?indikator=completion_rate&program=trainee_salten")).singleElement()
                .satisfies(a -> assertThat(a.getText()).isEqualTo("2020"));
    }

    @Test
    void the_page_about_completion_says_what_it_is_who_reports_it_and_from_which_document() {
        navigate("indikator/completion_rate", IndicatorAboutView.class);
        assertThat(find(H2.class).withId("indicator-name").single().getText()).isEqualTo("Gjennomføringsgrad");
        String facts = find(com.vaadin.flow.component.html.DescriptionList.class).withId("indicator-facts").single()
                .getElement().getTextRecursively();
        assertThat(facts).contains("Gjennomførte som andel av gjennomførte pluss de som sluttet underveis", "høyere er bedre")
                .doesNotContain("Completed as a share");
        Grid<?> reporters = find(Grid.class).withId("indicator-reporters").single();
        assertThat(test(reporters).size()).isEqualTo(1);
        assertThat(test(reporters).getCellText(0, 1)).isEqualTo("2006–2020");
        assertThat(test(reporters).getCellText(0, 3)).startsWith("91,0 %");
        Grid<?> documents = find(Grid.class).withId("indicator-documents").single();
        assertThat(test(documents).size()).isPositive();
    }

    @Test
    void an_unknown_indicator_is_the_not_found_page() {
        navigate("indikator/finnes_ikke", NotFoundView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Siden finnes ikke");
    }

    /**
     * Look North's hires: 18 in 2018, 8 in 2019, 12 in 2020 (002, 3.4: «For året 2020 deltar det 12 traineer», «8 i 2019
     * og 18 i 2018») over the 54 823 inhabitants of its municipalities on 1.1.2020: 3,28, 1,46 and 2,19 per 10 000.
     */
    @Test
    void the_trend_shows_one_year_values_per_programme_worked_out_by_hand() {
        navigate("indikator/trainee_density", IndicatorAboutView.class);
        Grid<?> values = find(Grid.class).withId("indicator-trend-values").single();
        java.util.List<String> lookNorth = new java.util.ArrayList<>();
        for (int i = 0; i < test(values).size(); i++) {
            if (test(values).getCellText(i, 0).equals("Look North Trainee")) {
                lookNorth.add(test(values).getCellText(i, 1) + " " + test(values).getCellText(i, 2));
            }
        }
        assertThat(lookNorth).containsExactly("2018 3,28", "2019 1,46", "2020 2,19");
        assertThat(find(com.vaadin.flow.component.Html.class).all()).anySatisfy(h ->
                assertThat(h.getInnerHtml()).contains("<svg").contains("Traineer per 10 000 innbyggere per år"));
    }

    @Test
    void a_year_without_a_value_is_a_gap_in_the_line_never_zero() {
        var chart = no.traineemonitor.base.chart.ChartFactory.trendChart(null, "x", java.util.List.of(
                new no.traineemonitor.base.chart.ChartFactory.TrendSeries("A", java.util.List.of(
                        new no.traineemonitor.base.chart.ChartFactory.TrendPoint(2018, 3.0, null, null),
                        new no.traineemonitor.base.chart.ChartFactory.TrendPoint(2020, 2.0, null, null)))),
                false, LanguageSwitch.BOKMAL);
        var data = chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(3);
        assertThat(data.getXValue(0, 1)).isEqualTo(2019.0);
        assertThat(data.getYValue(0, 1)).isNaN();
        assertThat(data.getYValue(0, 2)).isEqualTo(2.0);
    }

    /**
     * A county of hundreds of programmes: a grid showing every row puts them all into the page, which kept Chromium busy
     * for minutes at 564 programmes; beyond 100 rows the grid scrolls in its own height and draws only the rows in view.
     */
    @Test
    void a_grid_of_more_than_a_hundred_rows_scrolls_in_its_own_height() {
        Grid<Integer> few = new Grid<>();
        few.setItems(java.util.stream.IntStream.range(0, 100).boxed().toList());
        assertThat(Sections.allRows(few).isAllRowsVisible()).isTrue();
        Grid<Integer> many = Sections.rows(new Grid<>(), java.util.stream.IntStream.range(0, 101).boxed().toList());
        assertThat(many.isAllRowsVisible()).isFalse();
        assertThat(many.getHeight()).isEqualTo("36rem");
    }

    @Test
    void a_long_matrix_comes_in_pages_that_keep_the_selection_and_downloads_hold_every_programme() throws Exception {
        navigate(AvailabilityView.class);
        AvailabilityView view = (AvailabilityView) UI.getCurrent().getCurrentView();
        // 11 of the sample's programmes have an indicator value (the other 20 are listed under the matrix)
        assertThat(find(com.vaadin.flow.component.html.NativeTableRow.class).all()).hasSize(11 + 1);
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("availability-pages").all())
                .as("the sample's programmes fit one page").isEmpty();
        view.pageRows = 4;
        UI.getCurrent().navigate("datagrunnlag", com.vaadin.flow.router.QueryParameters.fromString("side=2"));
        String pager = find(com.vaadin.flow.component.html.Div.class).withId("availability-pages").single().getElement()
                .getTextRecursively();
        assertThat(pager).startsWith("Program 5–8 av 11").contains("← forrige 4", "neste 3 →");
        assertThat(find(com.vaadin.flow.component.html.NativeTableRow.class).all()).hasSize(4 + 1);
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("datagrunnlag", "datagrunnlag?side=3");
        // the download holds every programme of the selection, not the page
        String csv = new String(find(no.traineemonitor.base.ui.ExportMenu.class).withId("availability-matrix-export").single()
                .download("availability-matrix-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Trainee Salten", "Look North Trainee");
        // a page that is not a number is dropped with a notice
        UI.getCurrent().navigate("datagrunnlag", com.vaadin.flow.router.QueryParameters.fromString("side=x"));
        assertThat(test(find(com.vaadin.flow.component.notification.Notification.class).withId("availability-notice").single())
                .getText()).contains("side=x");
        assertThat(find(com.vaadin.flow.component.html.NativeTableRow.class).all()).hasSize(4 + 1);
    }
}
