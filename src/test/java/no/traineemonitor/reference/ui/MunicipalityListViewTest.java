package no.traineemonitor.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.Municipality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.traineemonitor.base.ui.LanguageSwitch;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MunicipalityListViewTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<Municipality> grid() {
        return find(Grid.class).withId("municipality-grid").single();
    }

    /** The browserless UI does not run Vaadin's locale negotiation; the app starts in bokmål (checked in DashboardIT). */
    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    /** Opens the list as a bookmarked URL with the given query string would. */
    private void open(String query) {
        navigate(MunicipalityListView.class);
        UI.getCurrent().navigate("kommuner", QueryParameters.fromString(query));
    }

    @Test
    void the_list_shows_all_356_municipalities_of_2020_in_bokmal() {
        navigate(MunicipalityListView.class);
        assertThat(test(grid()).size()).isEqualTo(356);
        assertThat(find(Span.class).withId("municipality-summary").single().getText())
                .isEqualTo("356 kommuner, 5 367 580 innbyggere 1.1.2020");
    }

    @Test
    void the_list_has_a_download_menu_and_the_line_and_its_csv_holds_the_countys_municipalities() throws Exception {
        open("fylke=18");
        var menu = find(no.traineemonitor.base.ui.ExportMenu.class).withId("municipalities-export").single();
        var siblings = menu.getParent().orElseThrow().getChildren().toList();
        int at = siblings.indexOf(menu);
        assertThat(siblings.get(at + 1)).isSameAs(grid());
        assertThat(siblings.get(at + 2)).isSameAs(find(no.traineemonitor.base.ui.TableAbout.class).withId("municipalities-export-about").single());
        assertThat(siblings.get(at + 2).getElement().getTextRecursively()).contains("Enhet: Innbyggere i antall personer")
                .contains("SSB 07459 folkemengde").contains("SSB KLASS 128 sentralitet");
        String csv = new String(menu.download("municipalities-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        // reference/befolkning_2020.csv: Bodø 52 357 on 1 Jan 2020, 52 560 on 1 Jan 2021; 41 municipalities in Nordland
        assertThat(csv.lines().filter(l -> l.startsWith("1804;Bodø;"))).singleElement().asString().endsWith(";52357;52560");
        assertThat(csv.lines().filter(l -> l.matches("18\\d\\d;.*"))).hasSize(41);
        assertThat(menu.fileName("municipalities-export-csv-excel-nb")).endsWith(".csv").doesNotContain(" ");
    }

    @Test
    void choosing_a_county_narrows_the_list_and_puts_the_county_in_the_url() {
        navigate(MunicipalityListView.class);
        @SuppressWarnings("unchecked")
        Select<County> county = find(Select.class).withId("county-filter").single();
        County nordland = county.getListDataView().getItems().filter(c -> c.number().equals("18")).findFirst().orElseThrow();
        county.setValue(nordland);
        assertThat(test(grid()).size()).isEqualTo(41);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("Bodø");
        assertThat(find(Span.class).withId("municipality-summary").single().getText())
                .isEqualTo("41 kommuner, 241 235 innbyggere 1.1.2020");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("kommuner?fylke=18");
    }

    @Test
    void the_2020_division_filters_on_the_old_counties() {
        open("inndeling=2020&fylke=30");
        assertThat(test(grid()).size()).isEqualTo(51); // Viken
        open("fylke=32");
        assertThat(test(grid()).size()).isEqualTo(21); // Akershus (2024)
    }

    @Test
    void an_unknown_county_in_the_url_is_dropped_with_a_notice() {
        open("fylke=99");
        assertThat(test(grid()).size()).isEqualTo(356);
        assertThat(test(find(Notification.class).single()).getText()).contains("«99»");
    }

    @Test
    void english_is_available() {
        open("lang=en");
        assertThat(find(Span.class).withId("municipality-summary").single().getText())
                .isEqualTo("356 municipalities, 5,367,580 inhabitants on 1 Jan 2020");
    }

    /**
     * The centrality check downloads with its rows: in the whole country class 1 holds 6 municipalities in the 2021
     * report's table 1 (fact f002c-0003) and 5 in SSB's 2024 classes on the 2020 municipalities
     * (reference/sentralitet_2024_fallback.csv: Oslo, Bærum, ...): −1; class 2 19 (f002c-0010) against 21: +2.
     */
    @Test
    void the_centrality_check_downloads_with_its_differences_and_names_the_report() throws Exception {
        navigate(MunicipalityListView.class);
        var menu = find(no.traineemonitor.base.ui.ExportMenu.class).withId("centrality-check-export").single();
        String csv = new String(menu.download("centrality-check-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\nHele landet;1;6;5;-1\r\n").contains("\r\nHele landet;2;19;21;2\r\n")
                .contains("Kartlegging av regionale traineeordninger").doesNotContain("f002c-");
    }
}
