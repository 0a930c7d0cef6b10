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
}
