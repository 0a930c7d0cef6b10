package no.traineemonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The download buttons: where they appear, and that a click shows that the report is being made. */
@SpringBootTest
class ReportButtonsTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    no.traineemonitor.record.RecordService record;

    @BeforeEach
    void startInBokmalAsAFunder() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
        no.traineemonitor.security.TestUsers.funder(record);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        no.traineemonitor.security.TestUsers.signOut();
    }

    @Test
    void the_public_is_asked_to_sign_in_instead_of_offered_a_download() {
        no.traineemonitor.security.TestUsers.signOut();
        open(OverviewView.class, "", "fylke=18");
        assertThat(find(Button.class).withId("download-county-report").all()).isEmpty();
        Anchor signIn = find(Anchor.class).withClassName("download-sign-in").single();
        assertThat(signIn.getHref()).isEqualTo("logg-inn");
        assertThat(signIn.getText()).isEqualTo("Last ned fylkesrapport (Excel)");
        open(IndicatorExplorerView.class, "indikatorer", "");
        assertThat(find(Button.class).withId("download-extract-xlsx").all()).isEmpty();
        assertThat(find(Anchor.class).withClassName("download-sign-in").all()).isNotEmpty();
    }

    private void open(Class<? extends DashboardPage> view, String route, String query) {
        navigate(view);
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
    }

    @Test
    void the_overview_offers_the_county_report_only_when_a_county_is_filtered() {
        open(OverviewView.class, "", "");
        assertThat(find(Button.class).withId("download-county-report").all()).isEmpty();

        open(OverviewView.class, "", "fylke=18");
        Button button = find(Button.class).withId("download-county-report").single();
        assertThat(button.getText()).isEqualTo("Last ned fylkesrapport (Excel)");
        assertThat(find(Anchor.class).withId("download-county-report-link").single().getHref()).isNotBlank();

        test(button).click();
        assertThat(find(Span.class).withId("download-county-report-status").single().getText())
                .isEqualTo("Lager fylkesrapporten for 18 Nordland - Nordlánnda …");
        assertThat(UI.getCurrent().getPollInterval()).isPositive(); // the page asks for news until the download is done
    }

    @Test
    void the_benchmark_page_offers_the_report_of_the_chosen_programme() {
        open(BenchmarkView.class, "sammenlign", "");
        assertThat(find(Button.class).withId("download-programme-report").all()).isEmpty();
        open(BenchmarkView.class, "sammenlign", "program=kandidat_helgeland");
        assertThat(find(Button.class).withId("download-programme-report").single().getText())
                .isEqualTo("Last ned programrapport (Excel)");
    }

    @Test
    void the_indicator_explorer_offers_the_full_extract_as_xlsx_and_csv_for_norwegian_excel_first() {
        open(IndicatorExplorerView.class, "indikatorer", "");
        assertThat(find(Button.class).withId("download-extract-xlsx").single().getText()).isEqualTo("Last ned alle tall (Excel)");
        List<Button> buttons = find(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("download-extract-csv")).toList();
        assertThat(buttons).extracting(Button::getText)
                .containsExactly("Last ned alle tall (CSV for norsk Excel)", "Last ned alle tall (CSV i standardformat)");
        assertThat(buttons).extracting(b -> b.getId().orElseThrow())
                .containsExactly("download-extract-csv-excel-nb", "download-extract-csv-rfc4180");
    }
}
