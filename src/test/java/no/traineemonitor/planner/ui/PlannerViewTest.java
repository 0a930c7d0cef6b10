package no.traineemonitor.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import no.traineemonitor.base.ui.LanguageSwitch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The planner page without a browser: presets from the URL, the form's calculate, and bad input in the form. */
@SpringBootTest
class PlannerViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    private void open(String query) {
        navigate(PlannerView.class);
        UI.getCurrent().navigate("planlegg", QueryParameters.fromString(query));
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }

    private String table(String id) {
        return find(Table.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void the_vestland_preset_reproduces_the_000_cost_model() {
        open("forslag=medietech-vestland");
        assertThat(text("planner-card-cost")).contains("1 045 000 kr");
        assertThat(text("planner-card-public")).contains("0 kr");
        assertThat(text("planner-card-needed")).contains("10");
        assertThat(table("planner-cost-lines")).contains("Rekruttering *").contains("350 000 kr")
                .contains("Lønnsutgifter for drift av programmet").contains("450 000 kr");
        assertThat(table("planner-split")).contains("33,5 %").contains("ca. 35,0 %");
        assertThat(find(UnorderedList.class).withId("planner-sources").single().getElement().getTextRecursively())
                .contains("«Total | | | 1.045.000 NOK»").contains("Forprosjekt (2025)");
    }

    @Test
    void the_form_calculates_a_changed_scenario_and_puts_it_in_the_url() {
        open("forslag=medietech-vestland");
        ScenarioForm form = find(ScenarioForm.class).single();
        form.traineeFee.setValue(90_000);
        test(form.calculate).click();
        // 90 000 x 10 = 900 000 of 1 045 000: 145 000 public; 650 000 / (90 000 - 39 500) -> 13 paying trainees
        assertThat(text("planner-card-public")).contains("145 000 kr");
        assertThat(text("planner-card-needed")).contains("13");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getQueryString())
                .contains("pris=90000").contains("kull=10").contains("gebyr=pris-per-trainee");
    }

    @Test
    void no_municipalities_cohort_zero_and_a_negative_price_are_shown_in_the_form_and_nothing_is_calculated() {
        open("kommuner=&lengde=12&kull=0&gebyr=pris-per-trainee&pris=-5");
        String problems = find(UnorderedList.class).withId("planner-problems").single().getElement().getTextRecursively();
        assertThat(problems).contains("Kommuner: velg minst én kommune.").contains("Kull per år: 0 er utenfor det tillatte (1 til 500).")
                .contains("kan ikke være negativ (-5)");
        assertThat(find(PlanResults.class).all()).isEmpty();
        ScenarioForm form = find(ScenarioForm.class).single();
        assertThat(form.cohort.isInvalid()).isTrue();
        assertThat(form.traineeFee.isInvalid()).isTrue();
    }

    @Test
    void an_unknown_preset_is_a_message_not_an_error() {
        open("forslag=finnes-ikke");
        assertThat(find(UnorderedList.class).withId("planner-problems").single().getElement().getTextRecursively())
                .contains("det finnes ikke noe forslag som heter «finnes-ikke»");
        assertThat(find(PlanResults.class).all()).isEmpty();
    }

    @Test
    void english_reads_english() {
        UI.getCurrent().setLocale(LanguageSwitch.ENGLISH);
        open("forslag=sor-osterdal");
        assertThat(text("planner-card-municipalities")).contains("4 of 5");
        assertThat(table("planner-funding")).contains("NOK 2,040,780");
        assertThat(table("planner-coverage")).contains("Centrality 5").contains("10,918");
    }
}
