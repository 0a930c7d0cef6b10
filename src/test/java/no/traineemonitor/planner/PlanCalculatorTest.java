package no.traineemonitor.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.traineemonitor.coverage.MunicipalityCoverage;
import org.junit.jupiter.api.Test;

/** The planner's arithmetic with figures worked out by hand (000's cost table, 001's fee models). */
class PlanCalculatorTest {

    /** 000 §4.1's table for 10 participants, as in sample-data/planner_presets/000_001.csv. */
    static final List<PresetFigure> PRESETS = List.of(
            fig("medietech-vestland", "cohort", null, 10, "count", false),
            fig("medietech-vestland", "cost_other", "Lokalleie til samlingene", 150_000, "nok", false),
            fig("medietech-vestland", "cost_other", "Beverting og eventuelle sosiale aktiviteter", 45_000, "nok", true),
            fig("medietech-vestland", "cost_recruitment", "Rekruttering", 350_000, "nok", true),
            fig("medietech-vestland", "cost_other", "Markedsføring", 15_000, "nok", false),
            fig("medietech-vestland", "cost_other", "Reise og evt. honorar til foredragsholdere", 35_000, "nok", false),
            fig("medietech-vestland", "cost_owner", "Lønnsutgifter for drift av programmet", 450_000, "nok", false),
            fig("medietech-vestland", "cost_total", null, 1_045_000, "nok", false),
            fig("medietech-vestland", "stated_share", "cost_recruitment", 35, "percent", false),
            fig("medietech-vestland", "stated_share", "cost_owner", 45, "percent", false),
            fig("medietech-vestland", "stated_share", "cost_other", 20, "percent", false),
            fig("sor-osterdal", "membership_fee", "trainee_innlandet", 20_000, "nok_per_year", false),
            fig("sor-osterdal", "trainee_fee", "trainee_innlandet", 29_013, "nok_per_tertial", false),
            fig("sor-osterdal", "membership_fee", "fjelltrainee", 9_500, "nok_per_year", false),
            fig("sor-osterdal", "hiring_member_fee", "fjelltrainee", 7_500, "nok_per_year", false));

    static PresetFigure fig(String preset, String item, String category, double value, String unit, boolean scales) {
        return new PresetFigure(preset, item, category, value, unit, "budget", scales, "000_bd4ac3ef0e8666f4.txt", null, null, "4.1",
                "quote", null);
    }

    static Scenario scenario(int length, int cohort, FeeModel fee, long traineeFee, int members) {
        return new Scenario(null, List.of("3420"), length, cohort, fee, traineeFee, members, 0, null, null);
    }

    @Test
    void the_000_cost_table_is_reproduced_for_10_participants_with_both_splits() {
        Plan.Costs c = PlanCalculator.costs(scenario(12, 10, FeeModel.PER_TRAINEE, 104_500, 0), PRESETS, new ArrayList<>());
        assertThat(c.totalNok()).isEqualTo(1_045_000);
        assertThat(c.pricePerTraineeNok()).isEqualTo(104_500);
        // the table's own split: 350 000, 450 000 and 150 000 + 45 000 + 15 000 + 35 000 = 245 000 of 1 045 000
        assertThat(c.split().get("cost_recruitment")).isCloseTo(0.3349, within(0.0001));
        assertThat(c.split().get("cost_owner")).isCloseTo(0.4306, within(0.0001));
        assertThat(c.split().get("cost_other")).isCloseTo(0.2344, within(0.0001));
        assertThat(c.statedSplit()).containsExactly(Map.entry("cost_recruitment", 35.0), Map.entry("cost_owner", 45.0),
                Map.entry("cost_other", 20.0));
        // at the cost-covering price no public money is needed, and exactly 10 paying trainees break even:
        // fixed 650 000, per trainee 35 000 + 4 500 = 39 500; 650 000 / (104 500 - 39 500) = 10
        assertThat(c.publicFundingNok()).isZero();
        assertThat(c.needed()).isEqualTo(10);
        assertThat(c.neededKind()).isEqualTo("trainees");
    }

    @Test
    void at_a_lower_willingness_to_pay_the_gap_is_public_funding_and_more_trainees_are_needed() {
        // 90 000 per trainee (the low end of most programmes' price in 000 §3.1): income 900 000 of 1 045 000
        Plan.Costs c = PlanCalculator.costs(scenario(12, 10, FeeModel.PER_TRAINEE, 90_000, 0), PRESETS, new ArrayList<>());
        assertThat(c.publicFundingNok()).isEqualTo(145_000);
        // 650 000 / (90 000 - 39 500) = 12.87 -> 13 paying trainees
        assertThat(c.needed()).isEqualTo(13);
        // below the cost per trainee (39 500) no number of trainees covers the fixed cost
        Plan.Costs never = PlanCalculator.costs(scenario(12, 10, FeeModel.PER_TRAINEE, 39_500, 0), PRESETS, new ArrayList<>());
        assertThat(never.needed()).isNull();
    }

    @Test
    void the_cost_table_scales_only_its_per_participant_lines_with_the_cohort() {
        // 20 participants: recruitment 700 000, catering 90 000, fixed 650 000 -> 1 440 000, 72 000 per trainee
        Plan.Costs c = PlanCalculator.costs(scenario(12, 20, FeeModel.PER_TRAINEE, 0, 0), PRESETS, new ArrayList<>());
        assertThat(c.totalNok()).isEqualTo(1_440_000);
        assertThat(c.pricePerTraineeNok()).isEqualTo(72_000);
        assertThat(c.publicFundingNok()).isEqualTo(1_440_000);
    }

    @Test
    void sor_osterdal_in_trainee_innlandets_model_pays_membership_and_a_fee_per_tertial() {
        // 24 months, 10 a year -> 20 trainees enrolled; 15 members x 20 000 = 300 000;
        // 20 x 29 013 x 3 = 1 740 780; costs (000's table, 10 a year) 1 045 000 -> surplus 995 780
        Plan.Costs c = PlanCalculator.costs(scenario(24, 10, FeeModel.TRAINEE_INNLANDET, 0, 15), PRESETS, new ArrayList<>());
        assertThat(c.traineesEnrolled()).isEqualTo(20);
        assertThat(c.membershipIncomeNok()).isEqualTo(300_000);
        assertThat(c.traineeIncomeNok()).isEqualTo(1_740_780);
        assertThat(c.publicFundingNok()).isZero();
        assertThat(c.surplusNok()).isEqualTo(995_780);
        assertThat(c.pricePerTraineeNok()).isEqualTo(52_250);
        assertThat(c.needed()).isZero();
        assertThat(c.neededKind()).isEqualTo("members");
    }

    @Test
    void in_fjelltrainees_model_the_gap_and_the_members_needed_follow_from_its_two_fees() {
        // 15 members x 9 500 = 142 500, 10 hiring members x 7 500 = 75 000 -> 217 500 of 1 045 000: 827 500 public.
        // members needed: 102 give 969 000 + 75 000 = 1 044 000 (short); 103 give 978 500 + 75 000 = 1 053 500
        Plan.Costs c = PlanCalculator.costs(scenario(12, 10, FeeModel.FJELLTRAINEE, 0, 15), PRESETS, new ArrayList<>());
        assertThat(c.incomeNok()).isEqualTo(217_500);
        assertThat(c.publicFundingNok()).isEqualTo(827_500);
        assertThat(c.needed()).isEqualTo(103);
    }

    @Test
    void own_costs_replace_the_table_and_have_no_stated_split() {
        Scenario s = new Scenario(null, List.of("3420"), 12, 4, FeeModel.CUSTOM, 50_000, 10, 5_000, 300_000L, 20_000L);
        Plan.Costs c = PlanCalculator.costs(s, PRESETS, new ArrayList<>());
        // 300 000 + 4 x 20 000 = 380 000; income 10 x 5 000 + 4 x 50 000 = 250 000 -> 130 000 public
        assertThat(c.totalNok()).isEqualTo(380_000);
        assertThat(c.fromTable()).isFalse();
        assertThat(c.statedSplit()).isEmpty();
        assertThat(c.publicFundingNok()).isEqualTo(130_000);
        // members needed: (380 000 - 200 000) / 5 000 = 36
        assertThat(c.needed()).isEqualTo(36);
    }

    static Plan.Rate rate(String id, double lo, double hi) {
        return new Plan.Rate(id, (lo + hi) / 2, lo, hi, 1, 2, List.of("a", "b"), 2020, 2020, null, List.of());
    }

    @Test
    void expected_people_are_ranges_from_the_ends_of_the_intervals_and_unknown_rates_stay_unknown() {
        // fill rate 15 of 15 (Wilson 0.796117-1), selection 15 of 227 (0.040450-0.106150)
        Map<String, Plan.Rate> rates = Map.of("fill_rate", rate("fill_rate", 0.796117, 1.0),
                "selection_rate", rate("selection_rate", 0.040450, 0.106150));
        List<Plan.Expected> e = PlanCalculator.expected(10, rates);
        assertThat(e).extracting(Plan.Expected::what).containsExactly("applicants", "hires", "completions", "retained");
        // hires 10 x 0.796117 = 7.96 .. 10; applicants 7.96117 / 0.10615 = 75.0 .. 10 / 0.04045 = 247.2
        assertThat(e.get(1).low()).isCloseTo(7.96117, within(1e-9));
        assertThat(e.get(1).high()).isEqualTo(10.0);
        assertThat(e.get(0).low()).isCloseTo(75.0, within(0.01));
        assertThat(e.get(0).high()).isCloseTo(247.22, within(0.01));
        // no yearly completion rate among the peers: completions and retained are unknown, not 0
        assertThat(e.get(2).known()).isFalse();
        assertThat(e.get(2).unknownBecause()).isEqualTo("completion_rate");
        assertThat(e.get(3).low()).isNull();
        assertThat(e.get(3).unknownBecause()).isEqualTo("completion_rate");
    }

    @Test
    void coverage_counts_the_municipalities_and_inhabitants_no_running_programme_reaches() {
        // Sør-Østerdal: Elverum (class 3, 21 292, reached by Trainee Innlandet), Trysil (5, 6 580), Åmot (5, 4 338),
        // Stor-Elvdal (6, 2 378), Engerdal (6, 1 250)
        List<MunicipalityCoverage> ms = List.of(m("3420", 3, 21_292, true), m("3421", 5, 6_580, false),
                m("3422", 5, 4_338, false), m("3423", 6, 2_378, false), m("3425", 6, 1_250, false));
        List<Plan.ClassGain> g = PlanCalculator.coverage(ms);
        assertThat(g).extracting(Plan.ClassGain::centralityClass).containsExactly(3, 5, 6, null);
        assertThat(g.get(0).newMunicipalities()).isZero();
        assertThat(g.get(1).newPopulation()).isEqualTo(10_918);
        assertThat(g.get(2).newPopulation()).isEqualTo(3_628);
        assertThat(g.get(3).municipalities()).isEqualTo(5);
        assertThat(g.get(3).newMunicipalities()).isEqualTo(4);
        assertThat(g.get(3).population()).isEqualTo(35_838);
        assertThat(g.get(3).newPopulation()).isEqualTo(14_546);
    }

    static MunicipalityCoverage m(String nr, int centrality, int population, boolean covered) {
        return new MunicipalityCoverage(nr, nr, "34", "Innlandet", "34", "Innlandet", null, null, centrality, population,
                population, null, covered ? List.of("Trainee Innlandet") : List.of(), List.of(), List.of(), List.of(),
                List.of(), covered, covered ? "stated" : null);
    }
}
