package no.traineemonitor.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The planner on the real warehouse: presets from sample-data/planner_presets/, coverage and the peers' rates. */
@SpringBootTest
class PlannerServiceTest {

    @Autowired
    PlannerService planner;

    @Test
    void the_presets_are_the_two_sources_and_reproduce_the_000_cost_model() {
        assertThat(planner.presetIds()).containsExactly("medietech-vestland", "sor-osterdal");
        Scenario s = planner.preset("medietech-vestland").orElseThrow();
        // 000 §4.1/4.4: 10 participants, 12 months, 104 500 per participant; 'i Vestland' = the 43 Vestland municipalities
        assertThat(s.cohort()).isEqualTo(10);
        assertThat(s.lengthMonths()).isEqualTo(12);
        assertThat(s.feeModel()).isEqualTo(FeeModel.PER_TRAINEE);
        assertThat(s.traineeFeeNok()).isEqualTo(104_500);
        assertThat(s.municipalities()).hasSize(43).allMatch(m -> m.startsWith("46"));
        Plan plan = planner.plan(s).plan();
        assertThat(plan).isNotNull();
        assertThat(plan.costs().totalNok()).isEqualTo(1_045_000);
        assertThat(plan.costs().pricePerTraineeNok()).isEqualTo(104_500);
        assertThat(plan.costs().lines()).hasSize(6);
        assertThat(plan.costs().split().get("cost_recruitment")).isCloseTo(350_000 / 1_045_000.0, within(1e-9));
        assertThat(plan.costs().statedSplit()).containsEntry("cost_recruitment", 35.0).containsEntry("cost_owner", 45.0)
                .containsEntry("cost_other", 20.0);
        assertThat(plan.costs().publicFundingNok()).isZero();
        assertThat(plan.sources()).allMatch(f -> f.sourceFile().equals("000_bd4ac3ef0e8666f4.txt"));
    }

    @Test
    void sor_osterdal_joining_trainee_innlandets_model() {
        Scenario s = planner.preset("sor-osterdal").orElseThrow();
        assertThat(s.municipalities()).containsExactly("3420", "3421", "3422", "3423", "3425");
        assertThat(s.feeModel()).isEqualTo(FeeModel.TRAINEE_INNLANDET);
        assertThat(s.lengthMonths()).isEqualTo(24);
        assertThat(s.members()).isEqualTo(15);
        Plan plan = planner.plan(s).plan();
        assertThat(plan).isNotNull();
        // Elverum is reached by Trainee Innlandet already; Trysil, Åmot (class 5), Stor-Elvdal, Engerdal (class 6) are
        // not: 4 municipalities and 6 580 + 4 338 + 2 378 + 1 250 = 14 546 inhabitants (1 Jan 2021) newly covered
        Plan.ClassGain total = plan.coverage().getLast();
        assertThat(total.municipalities()).isEqualTo(5);
        assertThat(total.newMunicipalities()).isEqualTo(4);
        assertThat(total.newPopulation()).isEqualTo(14_546);
        assertThat(plan.alreadyCovered()).containsExactly("Elverum");
        // 15 x 20 000 + 20 trainees x 29 013 x 3 = 2 040 780 a year against 000's costs for 10 a year (1 045 000)
        assertThat(plan.costs().incomeNok()).isEqualTo(2_040_780);
        assertThat(plan.costs().publicFundingNok()).isZero();
        assertThat(plan.sources()).anyMatch(f -> f.sourceQuote().equals("servicekostnad på kr. 29013 pr. tertial pr. trainee"));
        // the borrowed cohort is cited while the scenario uses it, and not once the user changes it
        assertThat(plan.sources()).anyMatch(f -> f.sourceQuote().equals("De har om lag 10 traineer årlig"));
        Scenario twelve = new Scenario(null, s.municipalities(), 24, 12, s.feeModel(), 0, 15, 0, null, null, "sor-osterdal");
        assertThat(planner.plan(twelve).plan().sources()).noneMatch(f -> f.item().equals("cohort")
                && f.presetId().equals("sor-osterdal"));
    }

    @Test
    void expected_hires_and_applicants_rest_on_yearly_pooled_outcomes_of_two_programmes() {
        // fill_rate and selection_rate of 2020: Look North Trainee and Trainee Arena Nord-Troms, 15 of 15 positions
        // filled, 15 hires of 227 applicants; no peer reports completion or retention for one year (only 2006-2020 or
        // 2011-2020 totals, which are never taken as yearly rates)
        Map<String, Plan.Rate> rates = planner.rates();
        assertThat(rates.keySet()).containsExactlyInAnyOrder("fill_rate", "selection_rate");
        Plan.Rate fill = rates.get("fill_rate");
        assertThat(fill.numerator()).isEqualTo(15);
        assertThat(fill.denominator()).isEqualTo(15);
        assertThat(fill.programmes()).containsExactly("look_north_trainee", "trainee_arena_nord_troms");
        assertThat(fill.ciLow()).isCloseTo(0.7961, within(0.0001));
        Plan.Rate selection = rates.get("selection_rate");
        assertThat(selection.denominator()).isEqualTo(227);
        assertThat(selection.ciLow()).isCloseTo(0.04045, within(0.00001));
        assertThat(selection.ciHigh()).isCloseTo(0.10615, within(0.00001));
    }

    @Test
    void unknown_municipalities_and_bad_numbers_are_problems_not_plans() {
        PlannerService.Outcome o = planner.plan(Map.of(ScenarioParameters.MUNICIPALITIES, "9999",
                ScenarioParameters.LENGTH, "12", ScenarioParameters.COHORT, "5", ScenarioParameters.TRAINEE_FEE, "0"));
        assertThat(o.plan()).isNull();
        assertThat(o.problems()).extracting(ScenarioProblem::messageKey).containsExactly("planner.problem.unknown-municipality");
        assertThat(planner.preset("finnes-ikke")).isEmpty();
        PlannerService.Outcome empty = planner.plan(Map.of());
        assertThat(empty.plan()).isNull();
        assertThat(empty.problems()).extracting(ScenarioProblem::field).containsExactly("kommuner", "lengde", "kull", "pris");
    }
}
