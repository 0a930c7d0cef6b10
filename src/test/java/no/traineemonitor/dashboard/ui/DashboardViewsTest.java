package no.traineemonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.source.Fact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Overview, indicator explorer and benchmark: the shared filter changes what they show. Values checked by hand. */
@SpringBootTest
class DashboardViewsTest extends SpringBrowserlessTest {

    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    private void open(Class<? extends DashboardPage> view, String route, String query) {
        navigate(view);
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }

    @Test
    void overview_of_nordland_counts_its_programmes_and_adds_up_2020_hires() {
        open(OverviewView.class, "", "fylke=18");
        // county 18 (2024): Look North, Trainee Salten, Kandidat Helgeland, Trainee Helgeland (trainee programmes,
        // active) and Kompetansepilot Nordland (closed)
        assertThat(text("overview-summary")).isEqualTo(
                "Utvalg: 18 Nordland - Nordlánnda. 5 programmer, hvorav 4 traineeordninger og 4 aktive.");
        @SuppressWarnings("unchecked")
        Grid<no.traineemonitor.dashboard.OverviewService.YearlyHires> years = find(Grid.class).atIndex(1);
        var y2020 = test(years).getRow(test(years).size() - 1);
        // 2020: Look North 12 (f002a-0060) + Trainee Salten 6 (f002a-0098) + Kandidat Helgeland 15 (f002a-0108)
        assertThat(y2020.year()).isEqualTo(2020);
        assertThat(y2020.hires()).isEqualTo(33.0);
        assertThat(y2020.factIds()).containsExactly("f002a-0060", "f002a-0098", "f002a-0108");
        assertThat(find(Div.class).withId("key-completion_rate").single().getElement().getTextRecursively()).contains("91,0 %");
        // regional retention in Nordland only as percentages without n: Look North "mer enn to tredjedeler" (002, 3.4)
        // and Trainee Salten "tre av fire" (002, 7.3), so no pooled value, and the card says two programmes have one
        assertThat(find(Div.class).withId("key-regional_retention").single().getElement().getTextRecursively())
                .contains("ingen samlet verdi").contains("2 program(mer) oppgir tallet bare som andel uten n");
    }

    @Test
    void overview_without_filter_covers_all_31_programmes_and_a_filter_narrows_it() {
        open(OverviewView.class, "", "");
        assertThat(text("overview-summary")).startsWith("Utvalg: alle programmer. 31 programmer");
        open(OverviewView.class, "", "type=competence_pilot");
        assertThat(text("overview-summary")).contains("10 programmer, hvorav 0 traineeordninger og 0 aktive");
    }

    @Test
    void an_unknown_value_in_the_url_is_dropped_with_a_notice_not_an_error() {
        open(OverviewView.class, "", "fylke=99&sentralitet=9&indikator=lykke");
        assertThat(test(find(Notification.class).single()).getText())
                .contains("fylke=99").contains("sentralitet=9").contains("indikator=lykke");
        assertThat(text("overview-summary")).contains("31 programmer");
    }

    @Test
    void the_explorer_shows_completion_rate_per_programme_with_interval_and_its_sources() {
        open(IndicatorExplorerView.class, "indikatorer", "indikator=completion_rate&fylke=18");
        @SuppressWarnings("unchecked")
        Grid<IndicatorResult> grid = find(Grid.class).withId("explorer-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        IndicatorResult salten = test(grid).getRow(0);
        assertThat(salten.subjectName()).isEqualTo("Trainee Salten");
        assertThat(IndicatorFormat.value(salten, LanguageSwitch.BOKMAL)).isEqualTo("91,0 %");
        assertThat(IndicatorFormat.interval(salten, LanguageSwitch.BOKMAL)).isEqualTo("82,6–95,6 %");
        assertThat(find(Html.class).all()).isNotEmpty(); // the interval chart

        test(grid).select(0);
        @SuppressWarnings("unchecked")
        Grid<Fact> facts = find(Grid.class).withId("explorer-facts").single();
        List<String> ids = List.of(test(facts).getRow(0).factId(), test(facts).getRow(1).factId());
        assertThat(ids).containsExactlyInAnyOrder("f002a-0094", "f002a-0101");
        assertThat(test(facts).getRow(0).sourceQuote()).isNotBlank();
    }

    @Test
    void the_explorer_says_so_when_the_selection_has_no_values() {
        open(IndicatorExplorerView.class, "indikatorer", "indikator=completion_rate&fylke=03");
        assertThat(text("explorer-empty")).isEqualTo("Ingen verdier for denne indikatoren i utvalget.");
    }

    @Test
    void the_benchmark_ranks_kandidat_helgeland_first_of_five_on_host_retention_and_draws_a_funnel() {
        open(BenchmarkView.class, "sammenlign", "program=kandidat_helgeland");
        @SuppressWarnings("unchecked")
        Grid<BenchmarkRow> grid = find(Grid.class).withId("benchmark-grid").single();
        BenchmarkRow host = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                .filter(r -> r.definition().indicatorId().equals("host_retention")).findFirst().orElseThrow();
        // 97/106 = 91.5 % against the latest host-retention figures of Intro Trainee (70 %), Trainee Salten,
        // Seafood Trainee and Trainee Vest (about 90 % each); the proposed programme's 90 % goal is a budget, left out
        assertThat(host.rank()).isEqualTo(1);
        assertThat(host.comparedCount()).isEqualTo(5);
        assertThat(host.peerMedian()).isEqualTo(0.9);
        assertThat(find(Div.class).withId("funnel-plots").single().getChildren().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_benchmark_asks_for_a_programme_first() {
        open(BenchmarkView.class, "sammenlign", "");
        assertThat(text("benchmark-prompt")).startsWith("Velg et program");
    }
}
