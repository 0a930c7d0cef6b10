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
        assertThat(find(Div.class).withId("key-completion_rate").single().getElement().getTextRecursively())
                .contains("Bygger på: Trainee Salten");
        // regional retention in Nordland only as percentages without counts: Look North "mer enn to tredjedeler"
        // 2015-2020 (002, 3.4) and Trainee Salten 75 % of those who completed 2006-2020 (002, 3.5 / 7.3): nothing can be
        // pooled, so the card shows each programme's own figure as the source gives it, never an empty card
        assertThat(find(Div.class).withId("key-regional_retention").single().getElement().getTextRecursively())
                .contains("ingen samlet verdi")
                .contains("Trainee Salten: 75,0 %, 2006–2020 (flere år)")
                .contains("Look North Trainee: minst 66,7 %, 2015–2020 (flere år)");
    }

    @Test
    void overview_without_filter_covers_all_31_programmes_and_a_filter_narrows_it() {
        open(OverviewView.class, "", "");
        assertThat(text("overview-summary")).startsWith("Utvalg: alle programmer. 31 programmer");
        open(OverviewView.class, "", "type=competence_pilot");
        assertThat(text("overview-summary")).contains("10 programmer, hvorav ingen traineeordninger og ingen aktive");
        open(OverviewView.class, "", "program=trainee_salten");
        assertThat(text("overview-summary")).contains("1 program, hvorav 1 traineeordning og 1 aktivt"); // never "1 programmer"
    }

    @Test
    void an_unknown_value_in_the_url_is_dropped_with_a_notice_not_an_error() {
        open(OverviewView.class, "", "fylke=99&sentralitet=9&indikator=lykke");
        assertThat(test(find(Notification.class).single()).getText())
                .contains("fylke=99").contains("sentralitet=9").contains("indikator=lykke");
        assertThat(text("overview-summary")).contains("31 programmer");
    }

    @Test
    void a_withheld_share_shows_ssbs_colon_and_a_ratio_without_counts_a_dot_for_its_interval() {
        // Trainee Arena Nord-Troms filled 3 of 3 positions in 2020 (n = 3, below 5): withheld
        open(IndicatorExplorerView.class, "indikatorer", "indikator=fill_rate&fylke=55");
        @SuppressWarnings("unchecked")
        Grid<IndicatorResult> grid = find(Grid.class).withId("explorer-grid").single();
        IndicatorResult troms = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                .filter(r -> r.subjectName().equals("Trainee Arena Nord-Troms")).findFirst().orElseThrow();
        assertThat(troms.suppressed()).isTrue();
        assertThat(IndicatorFormat.valueCell(troms, LanguageSwitch.BOKMAL, getTranslationWords())).isEqualTo(":");
        assertThat(IndicatorFormat.nCell(troms, LanguageSwitch.BOKMAL)).isEqualTo(":");
        assertThat(IndicatorFormat.intervalCell(troms, LanguageSwitch.BOKMAL)).isEqualTo(":");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all().stream().map(p -> p.getText()))
                .anyMatch(t -> t.contains("«..» ikke kjent, «:» vises ikke fordi n er under 5"));
        // applicants per position, 46 of 3 (002 §3.3): a ratio, no interval can be worked out
        open(IndicatorExplorerView.class, "indikatorer", "indikator=applicants_per_position&fylke=55");
        @SuppressWarnings("unchecked")
        Grid<IndicatorResult> ratios = find(Grid.class).withId("explorer-grid").single();
        IndicatorResult ratio = test(ratios).getRow(0);
        assertThat(IndicatorFormat.valueCell(ratio, LanguageSwitch.BOKMAL, getTranslationWords())).isEqualTo("15,33");
        assertThat(IndicatorFormat.intervalCell(ratio, LanguageSwitch.BOKMAL)).isEqualTo(".");
    }

    private static no.traineemonitor.indicator.PeriodText.Words getTranslationWords() {
        return (key, args) -> UI.getCurrent().getTranslation(key, args);
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
    void the_benchmark_ranks_look_north_on_one_year_trainee_density_among_seven_and_shows_too_few_side_by_side() {
        open(BenchmarkView.class, "sammenlign", "program=look_north_trainee");
        @SuppressWarnings("unchecked")
        Grid<BenchmarkRow> grid = find(Grid.class).withId("benchmark-grid").single();
        BenchmarkRow density = test(grid).getRow(0);
        // one-year hires per 10 000 inhabitants, each programme's latest year: Look North 12 / 54 823 (2.19) against
        // Kandidat Helgeland 1.93, Arena Nord-Troms 1.91, KOM 1.21, Salten 0.72, Framtidsfylket 0.36, Fjelltrainee 0
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(density.definition().indicatorId()).isEqualTo("trainee_density");
        assertThat(density.own().periodKind()).isEqualTo("year");
        assertThat(density.rank()).isEqualTo(1);
        assertThat(density.comparedCount()).isEqualTo(7);
        assertThat(density.peers()).allSatisfy(p -> assertThat(p.periodKind()).isEqualTo("year"));
        assertThat(density.peerMedian()).isCloseTo((0.7201 + 1.2124) / 2, org.assertj.core.api.Assertions.within(0.0001));
        // applicants per position: only Arena Nord-Troms has a comparable 2020 figure, so no rank, values side by side
        assertThat(find(Div.class).withId("benchmark-too-few").single().getElement().getTextRecursively())
                .contains("For få sammenlignbare programmer (1)");
        assertThat(find(Grid.class).withId("side-by-side-applicants_per_position").exists()).isTrue();
    }

    @Test
    void the_benchmark_asks_for_a_programme_first() {
        open(BenchmarkView.class, "sammenlign", "");
        assertThat(text("benchmark-prompt")).startsWith("Velg et program");
    }
}
