package no.traineemonitor.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scenario's link reproduces it; bad input is every problem at once and no scenario. */
class ScenarioParametersTest {

    @Test
    void a_scenario_survives_its_link() {
        Scenario s = new Scenario("Sør-Østerdal i TI", java.util.List.of("3420", "3421"), 24, 10, FeeModel.TRAINEE_INNLANDET,
                0, 15, 0, null, null);
        ScenarioParameters.Read back = ScenarioParameters.read(ScenarioParameters.write(s));
        assertThat(back.problems()).isEmpty();
        assertThat(back.scenario()).isEqualTo(s);
        Scenario own = new Scenario(null, java.util.List.of("4601"), 12, 4, FeeModel.CUSTOM, 50_000, 10, 5_000, 300_000L, 20_000L);
        assertThat(ScenarioParameters.read(ScenarioParameters.write(own)).scenario()).isEqualTo(own);
    }

    @Test
    void no_municipalities_cohort_zero_and_negative_prices_are_problems_and_give_no_scenario() {
        ScenarioParameters.Read r = ScenarioParameters.read(Map.of(ScenarioParameters.LENGTH, "12",
                ScenarioParameters.COHORT, "0", ScenarioParameters.FEE_MODEL, "pris-per-trainee",
                ScenarioParameters.TRAINEE_FEE, "-5000"));
        assertThat(r.scenario()).isNull();
        assertThat(r.problems()).extracting(ScenarioProblem::field, ScenarioProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kommuner", "planner.problem.no-municipalities"),
                org.assertj.core.groups.Tuple.tuple("kull", "planner.problem.range"),
                org.assertj.core.groups.Tuple.tuple("pris", "planner.problem.negative"));
    }

    @Test
    void an_unknown_fee_model_and_half_of_the_own_costs_are_problems() {
        ScenarioParameters.Read r = ScenarioParameters.read(Map.of(ScenarioParameters.MUNICIPALITIES, "3420",
                ScenarioParameters.LENGTH, "12", ScenarioParameters.COHORT, "5", ScenarioParameters.FEE_MODEL, "gratis",
                ScenarioParameters.COST_FIXED, "100000"));
        assertThat(r.problems()).extracting(ScenarioProblem::messageKey)
                .containsExactly("planner.problem.fee-model", "planner.problem.cost-pair");
    }
}
