package no.traineemonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The examples of DESIGN.md's indicator catalogue, computed by the engine from the sample data and compared with
 * values worked out by hand from the source documents (fractions and Wilson limits done on paper / a calculator).
 */
@SpringBootTest
class IndicatorCatalogueTest {

    @Autowired
    IndicatorService indicators;

    private List<IndicatorResult> of(String indicator, String subject) {
        return indicators.results(IndicatorFilter.none().withIndicator(indicator)).stream()
                .filter(r -> r.subjectId().equals(subject)).toList();
    }

    @Test
    void the_catalogue_has_the_16_indicators_of_the_design_in_order() {
        assertThat(indicators.catalogue()).hasSize(16);
        assertThat(indicators.catalogue().getFirst().indicatorId()).isEqualTo("applicants_per_position");
        assertThat(indicators.catalogue().getLast().indicatorId()).isEqualTo("commuting_integration");
        assertThat(indicators.catalogue()).allSatisfy(d -> {
            assertThat(d.labelNb()).isNotBlank();
            assertThat(d.labelEn()).isNotBlank();
            assertThat(d.definitionNb()).isNotBlank();
            assertThat(d.direction()).isIn("higher_better", "lower_better", "context");
        });
    }

    @Test
    void look_north_2020_had_181_applicants_for_12_positions_and_hired_vel_6_5_percent() {
        // 002 §3.4: 181 søkere, 12 stillinger, 12 ansatt. 181 / 12 = 15.083; 12 / 181 = 6.63 % ("vel 6,5 prosent")
        IndicatorResult perPosition = of("applicants_per_position", "look_north_trainee").stream()
                .filter(r -> r.qualifier().equals("reported")).findFirst().orElseThrow();
        assertThat(perPosition.value()).isCloseTo(15.0833, within(0.0001));
        assertThat(perPosition.numerator()).isEqualTo(181.0);
        assertThat(perPosition.denominator()).isEqualTo(12.0);
        IndicatorResult selection = of("selection_rate", "look_north_trainee").stream()
                .filter(r -> r.qualifier().equals("reported") && Double.valueOf(181).equals(r.n())).findFirst().orElseThrow();
        assertThat(selection.value()).isCloseTo(0.0663, within(0.0001));
        assertThat(selection.ciLow()).isCloseTo(0.0383, within(0.0001)); // Wilson 95 % for 12 of 181
        assertThat(selection.ciHigh()).isCloseTo(0.1123, within(0.0001));
    }

    @Test
    void trainee_innlandet_member_activation_is_45_of_48_from_its_own_section() {
        // 002 §3.8, autumn 2020: "48 medlemsbedrifter ... Av disse er 45 aktive" = 93.75 %, Wilson 83.2–97.9 %.
        // The growth sentence "fra 30 til 45" does not say all or active members (category unspecified), and the range
        // "mellom 40 og 50" of §7.2 is one statement about three programmes: neither pairs with Innlandet's 45 any more.
        List<IndicatorResult> values = of("member_activation", "trainee_innlandet");
        assertThat(values).singleElement().satisfies(r -> {
            assertThat(r.numerator()).isEqualTo(45.0);
            assertThat(r.denominator()).isEqualTo(48.0);
            assertThat(r.value()).isCloseTo(0.9375, within(1e-9));
            assertThat(r.ciLow()).isCloseTo(0.8316, within(0.0001));
            assertThat(r.ciHigh()).isCloseTo(0.9785, within(0.0001));
            assertThat(r.periodKind()).isEqualTo("point");
            assertThat(r.conflicting()).isFalse();
        });
        IndicatorFilter innlandet = new IndicatorFilter(null, null, null, null, null, "trainee_innlandet",
                "member_activation", null, null);
        assertThat(indicators.pooledLatest(innlandet, "Trainee Innlandet")).singleElement().satisfies(r -> {
            assertThat(r.numerator()).isEqualTo(45.0);
            assertThat(r.denominator()).isEqualTo(48.0);
            assertThat(r.qualifier()).isEqualTo("reported");
        });
    }

    @Test
    void framtidsfylket_2020_filled_23_of_about_34_positions() {
        IndicatorResult fill = of("fill_rate", "framtidsfylket_trainee").stream()
                .filter(r -> Integer.valueOf(2020).equals(r.periodEnd())).findFirst().orElseThrow();
        assertThat(fill.value()).isCloseTo(0.6765, within(0.0001)); // 23 / 34
        assertThat(fill.qualifier()).isEqualTo("approximate"); // "rundt 34" stays marked
        assertThat(fill.ciLow()).isNull(); // no interval on an approximate denominator
        assertThat(fill.ciHigh()).isNull();
    }

    @Test
    void trainee_salten_completion_is_71_of_71_plus_7() {
        IndicatorResult completion = of("completion_rate", "trainee_salten").getFirst();
        assertThat(completion.numerator()).isEqualTo(71.0);
        assertThat(completion.denominator()).isEqualTo(78.0);
        assertThat(completion.value()).isCloseTo(0.9103, within(0.0001));
        assertThat(completion.ciLow()).isCloseTo(0.8262, within(0.0001));
        assertThat(completion.ciHigh()).isCloseTo(0.9558, within(0.0001));
        assertThat(completion.factIds()).contains("f002a-0094", "f002a-0101");
    }

    @Test
    void kandidat_helgeland_kept_97_of_106_in_the_host_organisation() {
        IndicatorResult host = of("host_retention", "kandidat_helgeland").stream()
                .filter(r -> r.basis().equals("counts")).findFirst().orElseThrow();
        assertThat(host.value()).isCloseTo(0.9151, within(0.0001));
        assertThat(host.n()).isEqualTo(106.0);
        assertThat(host.horizon()).isEqualTo("end_of_programme");
    }

    @Test
    void trainee_salten_activated_18_of_42_members() {
        IndicatorResult activation = of("member_activation", "trainee_salten").stream()
                .filter(r -> r.qualifier().equals("reported")).findFirst().orElseThrow();
        assertThat(activation.value()).isCloseTo(0.4286, within(0.0001));
        assertThat(activation.numerator()).isEqualTo(18.0);
        assertThat(activation.denominator()).isEqualTo(42.0);
    }

    @Test
    void the_trainee_survey_gives_218_of_277_job_offers_and_29_of_203_placed_in_class_5_6() {
        IndicatorResult offers = of("job_offer_rate", "NO").stream().filter(r -> r.basis().equals("counts")).findFirst().orElseThrow();
        assertThat(offers.value()).isCloseTo(0.7870, within(0.0001));
        assertThat(offers.subjectType()).isEqualTo("national");
        assertThat(offers.ciLow()).isCloseTo(0.7350, within(0.0001));
        IndicatorResult periphery = of("periphery_reach", "NO").stream().filter(r -> r.basis().equals("counts")).findFirst().orElseThrow();
        assertThat(periphery.value()).isCloseTo(0.1429, within(0.0001));
        assertThat(periphery.n()).isEqualTo(203.0);
    }

    @Test
    void commuting_coefficients_are_the_reports_values() {
        assertThat(of("commuting_integration", "trainee_sor").getFirst().value()).isEqualTo(0.62);
        assertThat(of("commuting_integration", "trainee_salten").getFirst().value()).isEqualTo(0.17);
    }

    @Test
    void trainee_density_divides_hires_by_the_population_of_the_covered_municipalities() {
        // Salten: 6 hires in 2020 (002 §3.5); covered municipalities 1804, 1837-1841, 1845, 1848, 1875 had
        // 83 322 inhabitants on 1 Jan 2020 (befolkning_2020.csv): 6 / 83 322 * 10 000 = 0.7201
        IndicatorResult density = of("trainee_density", "trainee_salten").stream()
                .filter(r -> Integer.valueOf(2020).equals(r.periodStart())).findFirst().orElseThrow();
        assertThat(density.denominator()).isEqualTo(83_322.0);
        assertThat(density.value()).isCloseTo(0.7201, within(0.0001));
    }

    @Test
    void the_medieklyngen_cost_model_gives_104_500_per_trainee() {
        // 000 §4: total budget 1 045 000 kr for a cohort of 10 trainees = 104 500 kr each (a budget, not an outcome)
        IndicatorResult cost = of("cost_per_hire_nok", "medieklyngen_medietech_trainee").getFirst();
        assertThat(cost.value()).isEqualTo(104_500.0);
        assertThat(cost.variant()).isEqualTo("model");
        assertThat(cost.qualifier()).isEqualTo("budget");
    }

    @Test
    void framtidsfylket_gets_about_a_fifth_of_its_funding_from_the_county_council() {
        IndicatorResult share = of("public_funding_share", "framtidsfylket_trainee").getFirst();
        assertThat(share.value()).isEqualTo(0.20);
        assertThat(share.variant()).isEqualTo("county_council");
        assertThat(share.qualifier()).isEqualTo("approximate");
        assertThat(share.n()).isNull(); // a percentage without a base: no interval
    }

    @Test
    void a_share_of_3_is_withheld_everywhere() {
        IndicatorResult fill = of("fill_rate", "trainee_arena_nord_troms").getFirst(); // 3 hires of 3 positions, 2020
        assertThat(fill.suppressed()).isTrue();
        assertThat(fill.value()).isNull();
    }

    @Test
    void bad_filters_name_the_bad_value() {
        assertThatThrownBy(() -> indicators.results(new IndicatorFilter("99", null, null, null, null, null, null, null, null)))
                .isInstanceOf(InvalidFilterException.class).hasMessageContaining("'99'");
        assertThatThrownBy(() -> indicators.results(IndicatorFilter.none().withProgramme("nope")))
                .hasMessageContaining("Unknown programme: 'nope'");
        assertThatThrownBy(() -> indicators.results(IndicatorFilter.none().withIndicator("happiness")))
                .hasMessageContaining("Unknown indicator: 'happiness'");
        assertThatThrownBy(() -> indicators.results(new IndicatorFilter(null, null, null, null, null, null, null, 2021, 2019)))
                .hasMessageContaining("from 2021 is after to 2019");
    }
}
