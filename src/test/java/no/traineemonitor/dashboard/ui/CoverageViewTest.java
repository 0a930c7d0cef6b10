package no.traineemonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.coverage.WhiteSpot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.JsonNodeFactory;

/** The coverage page for one county: map, figures, white spots, details on click, CSV; values from CoverageServiceTest. */
@SpringBootTest
class CoverageViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    private CoverageView open(String query) {
        navigate(CoverageView.class);
        UI.getCurrent().navigate("dekning", QueryParameters.fromString(query));
        return (CoverageView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private String map() {
        return find(Html.class).withId("coverage-map").single().getInnerHtml();
    }

    private static int paths(String svg) {
        return svg.split("data-kommunenummer=\"", -1).length - 1;
    }

    @Test
    void more_og_romsdal_shows_its_26_municipalities_and_the_10_class_5_6_white_spots() {
        open("fylke=15");
        assertThat(paths(map())).isEqualTo(26);
        // hand count in CoverageServiceTest: 8 of 26 reached; class 5-6 not reached: 5 + 5 municipalities,
        // 32 911 + 13 784 = 46 695 inhabitants
        assertThat(find(Div.class).withId("card-municipalities").single().getElement().getTextRecursively()).contains("8 av 26");
        assertThat(find(Div.class).withId("card-periphery").single().getElement().getTextRecursively())
                .contains("10 kommuner").contains("46 695 innbyggere");
        @SuppressWarnings("unchecked")
        Grid<WhiteSpot> spots = find(Grid.class).withId("white-spots").single();
        assertThat(test(spots).size()).isEqualTo(18);
        assertThat(test(spots).getRow(0).municipality().name()).isEqualTo("Herøy (Møre og Romsdal)");
        assertThat(find(Anchor.class).withId("white-spots-csv-excel-nb").single().getText()).contains("18 kommuner");
    }

    @Test
    void the_whole_country_has_356_paths_and_county_borders() {
        open("");
        assertThat(paths(map())).isEqualTo(356);
        assertThat(map()).contains("group-border");
    }

    @Test
    void a_click_on_a_municipality_of_the_map_shows_its_details() {
        open("fylke=15");
        Html map = find(Html.class).withId("coverage-map").single();
        var data = JsonNodeFactory.instance.objectNode().put(CoverageView.CLICKED_MUNICIPALITY, "1573");
        map.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(map.getElement(), "click", data));
        assertThat(find(H4.class).withId("municipality-details-name").single().getText()).isEqualTo("Smøla");
        String details = find(Div.class).withId("municipality-details").single().getElement().getTextRecursively();
        assertThat(details).contains("2 150").contains("087 Smøla").contains("kommunen er en hvit flekk");
        // a click beside the municipalities (no data attribute) changes nothing
        map.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(map.getElement(), "click",
                JsonNodeFactory.instance.objectNode().putNull(CoverageView.CLICKED_MUNICIPALITY)));
        assertThat(find(H4.class).withId("municipality-details-name").single().getText()).isEqualTo("Smøla");
    }

    @Test
    void the_white_spot_csv_is_offered_for_norwegian_excel_first_and_as_plain_csv() {
        open("fylke=15");
        @SuppressWarnings("unchecked")
        Grid<WhiteSpot> spots = find(Grid.class).withId("white-spots").single();
        List<WhiteSpot> rows = java.util.stream.IntStream.range(0, test(spots).size()).mapToObj(i -> test(spots).getRow(i)).toList();
        assertThat(find(Anchor.class).withId("white-spots-csv-excel-nb").single().getText())
                .isEqualTo("Last ned listen (18 kommuner, CSV for norsk Excel)");
        assertThat(find(Anchor.class).withId("white-spots-csv-rfc4180").exists()).isTrue();

        // excel-nb: byte-order mark, semicolons, CRLF; the header in the reader's language
        String excel = new String(WhiteSpotCsv.write(rows, CsvFormat.EXCEL_NB, LanguageSwitch.BOKMAL, "1.1.2020",
                (key, params) -> UI.getCurrent().getTranslation(key, params)), StandardCharsets.UTF_8);
        assertThat(excel).startsWith("\uFEFFKommunenummer;Kommune;").contains("\r\n");
        List<String> lines = excel.lines().toList();
        assertThat(lines).hasSize(19);
        assertThat(lines.get(1)).startsWith("1515;Herøy (Møre og Romsdal);15 Møre og Romsdal;15 Møre og Romsdal;081;Ulstein;5;8900;");

        // plain RFC 4180: no byte-order mark, commas
        String plain = new String(WhiteSpotCsv.write(rows, CsvFormat.RFC4180, LanguageSwitch.BOKMAL, "1.1.2020",
                (key, params) -> UI.getCurrent().getTranslation(key, params)), StandardCharsets.UTF_8);
        assertThat(plain).startsWith("Kommunenummer,Kommune,");
        assertThat(plain.lines().toList().get(1)).startsWith("1515,Herøy (Møre og Romsdal),15 Møre og Romsdal,");
    }

    @Test
    void the_page_is_in_english_with_lang_en() {
        UI.getCurrent().setLocale(LanguageSwitch.ENGLISH);
        open("fylke=15");
        assertThat(find(Paragraph.class).withId("coverage-intro").single().getText()).startsWith("Area: 15 Møre og Romsdal.");
        assertThat(find(Div.class).withId("card-periphery").single().getElement().getTextRecursively())
                .contains("10 municipalities").contains("46,695 inhabitants");
    }
}
