package no.traineemonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.dashboard.IndicatorMapService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Export what you see, the indicator map and the indicator links, checked against sample-data/: Trainee Salten's
 * completion is 71 completed of 71 + 7 (facts/002a.csv, 2006–2020) = 0.9102564…, 91,0 %, the only completion figure
 * held; Trainee Salten reaches Bodø (1804) and eight more Salten municipalities (programme_municipalities/002a.csv),
 * so Bodø falls in the top class 80–100 % and Oslo (0301), which no programme with a completion figure reaches, is
 * unknown.
 */
@SpringBootTest
class ExportAndMapViewsTest extends SpringBrowserlessTest {

    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    /** Opens a page with query parameters (browserless navigation by class takes none). */
    private void open(Class<? extends com.vaadin.flow.component.Component> view, String route, String query) {
        navigate(view);
        UI.getCurrent().navigate(route, com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private ExportMenu menu(String id) {
        return find(ExportMenu.class).withId(id).single();
    }

    /** The table lines of an exported CSV: after the four lines about the file and the empty line. */
    private static List<String> tableLines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(text.replaceFirst("^\uFEFF", "").split("\r\n"));
        return lines.subList(lines.indexOf("") + 1, lines.size());
    }

    @Test
    void the_explorers_csv_has_the_rows_of_its_grid() throws Exception {
        open(IndicatorExplorerView.class, "indikatorer", "indikator=completion_rate");
        Grid<?> grid = find(Grid.class).withId("explorer-grid").single();
        byte[] csv = menu("explorer-grid-export").download("explorer-grid-export-csv-excel-nb");
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Tittel;Gjennomføringsgrad – alle programmer\r\n",
                "Utvalg;alle programmer, hele landet, alle år\r\n", "Dataversjon;");
        List<String> lines = tableLines(csv);
        assertThat(lines.getFirst()).startsWith("Program / område;Periode;Fra år;Til år;Verdi (%);Teller;Nevner;n;");
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).hasSize(test(grid).size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)).startsWith(test(grid).getCellText(i, 0) + ";" + test(grid).getCellText(i, 1) + ";");
        }
        // 71 / 78, the numbers as held, with a decimal comma
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Trainee Salten;2006–2020 (flere år);2006;2020;91,0256410256"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(";71;78;78;"));
    }

    @Test
    void the_explorers_workbook_and_chart_downloads_are_made_from_the_page() throws Exception {
        open(IndicatorExplorerView.class, "indikatorer", "indikator=completion_rate");
        byte[] xlsx = menu("explorer-grid-export").download("explorer-grid-export-xlsx");
        assertThat(Arrays.copyOf(xlsx, 2)).containsExactly('P', 'K');
        ExportMenu chart = find(ExportMenu.class).all().stream().filter(m -> m.getId().orElse("").startsWith("explorer-chart-export"))
                .findFirst().orElseThrow();
        String svg = new String(chart.download(chart.getId().orElseThrow() + "-svg"), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("<title>Gjennomføringsgrad – ");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("CSV (Excel)", "CSV (programmer)", "Excel", "PNG", "SVG");
    }

    @Test
    void an_english_page_offers_plain_csv_first() throws Exception {
        UI.getCurrent().setLocale(LanguageSwitch.ENGLISH);
        open(IndicatorExplorerView.class, "indikatorer", "indikator=completion_rate");
        ExportMenu menu = menu("explorer-grid-export");
        List<Anchor> links = menu.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
        assertThat(links.getFirst().getId()).hasValue("explorer-grid-export-csv-rfc4180");
        assertThat(menu.fileName("explorer-grid-export-csv-rfc4180")).isEqualTo("completion-rate-all-programmes.csv");
        assertThat(menu.fileName("explorer-grid-export-csv-excel-nb")).isEqualTo("completion-rate-all-programmes-excel.csv");
        String csv = new String(menu.download("explorer-grid-export-csv-rfc4180"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Title,Completion rate – all programmes\r\n");
        assertThat(tableLines(csv.getBytes(StandardCharsets.UTF_8))).anySatisfy(r -> assertThat(r).startsWith("Trainee Salten,2006–2020"));
    }

    @Test
    void bodo_gets_trainee_saltens_completion_in_the_top_class_and_oslo_is_unknown() {
        open(IndicatorMapView.class, "kart", "indikator=completion_rate");
        String svg = find(Html.class).withId("indicator-map").single().getInnerHtml();
        assertThat(pathClass(svg, "1804")).isEqualTo("municipality v5");
        assertThat(pathClass(svg, "1841")).isEqualTo("municipality v5"); // Fauske, also Salten
        assertThat(pathClass(svg, "0301")).isEqualTo("municipality unknown");
        assertThat(svg).contains("Bodø: 91,0 % (Trainee Salten, 2006–2020 (flere år))");
        String legend = find(Div.class).withId("map-legend").single().getElement().getTextRecursively();
        assertThat(legend).contains("80–100 %", "Ukjent (ingen tall, aldri 0)", "Prikket (n under 5)");
        Grid<?> values = find(Grid.class).withId("map-values").single();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < test(values).size(); i++) {
            names.add(test(values).getCellText(i, 0));
        }
        assertThat(names).contains("Bodø", "Fauske - Fuossko").doesNotContain("Oslo");
        assertThat(test(values).getCellText(names.indexOf("Bodø"), 3)).isEqualTo("80–100 %");
    }

    /**
     * Trainee Salten covers six BA-regions (106 Bodø, 118 Meløy, 119 Beiarn, 120 Fauske, 121 Steigen, 131 Hamarøy): its
     * 71 of 78 is pooled into none of them, so Bodø has no BA-region value (unknown, never 91,0 % six times); the
     * programme is listed once with its BA-regions.
     */
    @Test
    void by_ba_region_a_programme_across_six_regions_is_listed_once_not_painted_into_each() {
        open(IndicatorMapView.class, "kart", "indikator=completion_rate&niva=ba");
        String svg = find(Html.class).withId("indicator-map").single().getInnerHtml();
        assertThat(pathClass(svg, "1804")).isEqualTo("municipality unknown");
        assertThat(pathClass(svg, "0301")).isEqualTo("municipality unknown");
        String across = find(com.vaadin.flow.component.html.Paragraph.class).withId("map-across-ba").single().getText();
        assertThat(across).contains("Trainee Salten: 91,0 % (2006–2020 (flere år)) – Bodø, Meløy, Beiarn, Fauske - Fuosko, Steigen, Hamarøy - Hábmer");
        assertThat(across.split("Trainee Salten", -1)).hasSize(2);
    }

    /**
     * Selection rate has two definitions among the programmes (facts/002a.csv): one year (Look North 12 of 181 = 6,6 %,
     * Arena Nord-Troms 3 of 46 = 6,5 %, both 2020) and several years (Intro Trainee 41 of 1 618 = 2,5 %, 2012–2020; TIM
     * Molderegionen 13 of 407, 2012–2016). Each map draws one: Røst (1856, Look North) in the first class under the one-year
     * definition and unknown under the other; Trondheim (5001, Intro Trainee) the other way round.
     */
    @Test
    void each_definition_is_its_own_map_and_says_how_many_programmes_report_it() {
        open(IndicatorMapView.class, "kart", "indikator=selection_rate&definisjon=a.programme..year.outcome.exact");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<IndicatorMapService.Definition> pick =
                find(com.vaadin.flow.component.select.Select.class).withId("map-definition").single();
        assertThat(pick.getListDataView().getItems().map(pick.getItemLabelGenerator()).toList()).containsExactlyInAnyOrder(
                "programmets traineer, eksakte tall – 2 programmer", "programmets traineer, flere år, eksakte tall – 2 programmer");
        String svg = find(Html.class).withId("indicator-map").single().getInnerHtml();
        assertThat(pathClass(svg, "1856")).isEqualTo("municipality v1");
        assertThat(pathClass(svg, "5001")).isEqualTo("municipality unknown");
        open(IndicatorMapView.class, "kart", "indikator=selection_rate&definisjon=a.programme..multi_year.outcome.exact");
        svg = find(Html.class).withId("indicator-map").single().getInnerHtml();
        assertThat(pathClass(svg, "1856")).isEqualTo("municipality unknown");
        assertThat(pathClass(svg, "5001")).isEqualTo("municipality v1");
        assertThat(svg).contains("2,5 % (Intro Trainee");
    }

    @Test
    void indicator_names_link_to_their_page_on_the_overview_and_the_profile() {
        navigate(OverviewView.class);
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("indikator/completion_rate");
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        Grid<?> grid = find(Grid.class).withId("profile-indicators").single();
        int column = grid.getColumns().indexOf(grid.getColumnByKey("indicator"));
        List<String> links = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            links.add(((Anchor) test(grid).getCellComponent(i, column)).getHref());
        }
        assertThat(links).contains("indikator/completion_rate");
    }

    private static String pathClass(String svg, String kommunenummer) {
        Matcher m = Pattern.compile("id=\"kommune-" + kommunenummer + "\" data-kommunenummer=\"" + kommunenummer + "\" class=\"([^\"]*)\"")
                .matcher(svg);
        assertThat(m.find()).as("municipality %s on the map", kommunenummer).isTrue();
        return m.group(1);
    }
}
