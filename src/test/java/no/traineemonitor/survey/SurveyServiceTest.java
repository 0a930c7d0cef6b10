package no.traineemonitor.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.traineemonitor.survey.SurveyAnswer.CountBasis;
import no.traineemonitor.survey.SurveyCheck.Kind;
import no.traineemonitor.survey.SurveyComparison.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The surveys of the 2021 report (002, chapters 4–6) as the page and the workbooks show them, against values worked
 * out by hand from the report's tables. Wilson's 95 % interval for x of n, with z² = 3.841459:
 * centre = (p + z²/2n) / (1 + z²/n), half width = z·sqrt(p(1 − p)/n + z²/4n²) / (1 + z²/n).
 */
@SpringBootTest
class SurveyServiceTest {

    @Autowired
    SurveyService surveys;

    private SurveyTable table(String ref) {
        return surveys.tables().stream().filter(t -> t.tableRef().equals(ref)).findFirst().orElseThrow();
    }

    private static SurveyAnswer answer(SurveySeries s, String label) {
        return s.answers().stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void every_table_and_figure_of_the_report_with_numbers_is_there_in_page_order() {
        List<SurveyTable> tables = surveys.tables();
        assertThat(tables).extracting(SurveyTable::tableRef).containsExactly(
                "Tabell 3", "Tabell 4", "Tabell 5", "Tabell 19", "Tabell 6", "Tabell 7", "Tabell 8", "Tabell 9", "Tabell 10",
                "Tabell 20", "Tabell 21", "Tabell 22", "Tabell 23", "Tabell 24", "Tabell 28", "Tabell 29",
                "Tabell 11", "Tabell 12", "Tabell 13", "Tabell 14", "Tabell 15", "Figur 15", "Tabell 16", "Figur 16",
                "Figur 17", "Tabell 17", "Tabell 18");
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.series()).isNotEmpty();
            assertThat(t.series()).allSatisfy(s -> assertThat(s.n()).as(t.tableRef() + " n").isNotNull());
            assertThat(t.anchor()).matches("(tabell|figur)-\\d+");
        });
        assertThat(table("Tabell 8").anchor()).isEqualTo("tabell-8");
        assertThat(table("Tabell 7").caption()).endsWith("i den regionen som ordningen er lokalisert i?");
    }

    /*
     * Tabell 8 (4.8): Ja 218, Nei 59, Totalt 277.
     * Ja: p = 218/277 = 0.78700; z²/n = 0.013868; centre = (0.78700 + 0.006934) / 1.013868 = 0.78308;
     *     half = 1.959964 · sqrt(0.78700·0.21300/277 + 3.841459/306916) / 1.013868 = 1.959964 · 0.024853 / 1.013868
     *     = 0.048045 → 0.7350 to 0.8311.
     * Nei: p = 59/277 = 0.21300 → by symmetry 1 − 0.8311 = 0.1689 to 1 − 0.7350 = 0.2650.
     */
    @Test
    void job_offers_in_table_8_are_218_of_277_with_their_interval() {
        SurveyTable t = table("Tabell 8");
        SurveySeries s = t.series().getFirst();
        assertThat(s.n()).isEqualTo(277);
        SurveyAnswer yes = answer(s, "Ja");
        assertThat(yes.count()).isEqualTo(218);
        assertThat(yes.countBasis()).isEqualTo(CountBasis.STATED);
        assertThat(yes.statedPercent()).isEqualTo(78.7);
        assertThat(yes.share()).isCloseTo(0.7870, within(0.00005));
        assertThat(yes.ciLow()).isCloseTo(0.7350, within(0.00005));
        assertThat(yes.ciHigh()).isCloseTo(0.8311, within(0.00005));
        SurveyAnswer no = answer(s, "Nei");
        assertThat(no.ciLow()).isCloseTo(0.1689, within(0.00005));
        assertThat(no.ciHigh()).isCloseTo(0.2650, within(0.00005));
        assertThat(t.checks()).isEmpty();
        assertThat(t.indicatorIds()).containsExactly("job_offer_rate");
    }

    /*
     * Tabell 18 (5.6): Ja 61, Nei 3, Vet ikke 4 of 68 firms.
     * Ja: p = 0.89706; z²/n = 0.056492; centre = (0.89706 + 0.028246) / 1.056492 = 0.87584;
     *     half = 1.959964 · sqrt(0.89706·0.10294/68 + 3.841459/18496) / 1.056492 = 1.959964 · 0.039596 / 1.056492
     *     = 0.073458 → 0.8024 to 0.9492.
     * Nei: p = 0.04412; centre = (0.04412 + 0.028246) / 1.056492 = 0.06850; half = 1.959964 · 0.028671 / 1.056492
     *     = 0.053189 → 0.0151 to 0.1219.
     */
    @Test
    void firms_wanting_to_continue_in_table_18_are_61_of_68_with_their_interval() {
        SurveySeries s = table("Tabell 18").series().getFirst();
        SurveyAnswer yes = answer(s, "Ja");
        assertThat(yes.share()).isCloseTo(0.8971, within(0.00005));
        assertThat(yes.ciLow()).isCloseTo(0.8024, within(0.00005));
        assertThat(yes.ciHigh()).isCloseTo(0.9492, within(0.00005));
        SurveyAnswer no = answer(s, "Nei");
        assertThat(no.count()).isEqualTo(3);
        assertThat(no.ciLow()).isCloseTo(0.0151, within(0.00005));
        assertThat(no.ciHigh()).isCloseTo(0.1219, within(0.00005));
    }

    /*
     * Tabell 22 (6.4, active trainees): Helt sikkert 28, Mest sannsynlig 32, Lite sannsynlig 9, Vet ikke 12 of 81.
     * Helt sikkert: p = 0.34568; z²/n = 0.047426; centre = (0.34568 + 0.023713) / 1.047426 = 0.35267;
     *     half = 1.959964 · sqrt(0.34568·0.65432/81 + 3.841459/26244) / 1.047426 = 1.959964 · 0.054202 / 1.047426
     *     = 0.101423 → 0.2512 to 0.4541.
     * The answers keep the report's (ordinal) order although "Mest sannsynlig" (32) is larger than "Helt sikkert" (28).
     */
    @Test
    void accepting_an_offer_in_table_22_keeps_the_scale_order_with_intervals() {
        SurveySeries s = table("Tabell 22").series().getFirst();
        assertThat(s.group()).isEqualTo("aktive traineer");
        assertThat(s.answers()).extracting(SurveyAnswer::label)
                .containsExactly("Helt sikkert", "Mest sannsynlig", "Lite sannsynlig", "Vet ikke");
        SurveyAnswer certain = answer(s, "Helt sikkert");
        assertThat(certain.share()).isCloseTo(0.3457, within(0.00005));
        assertThat(certain.ciLow()).isCloseTo(0.2512, within(0.00005));
        assertThat(certain.ciHigh()).isCloseTo(0.4541, within(0.00005));
    }

    @Test
    void the_education_table_says_its_rows_add_up_to_305_of_314_and_keeps_314_as_n() {
        SurveyTable t = table("Tabell 3");
        SurveySeries s = t.series().getFirst();
        assertThat(s.n()).isEqualTo(314);
        assertThat(s.statedTotal()).isEqualTo(314);
        SurveyCheck check = t.checks().stream().filter(c -> c.kind() == Kind.ROWS_SHORT).findFirst().orElseThrow();
        assertThat(check.sum()).isEqualTo(305.0); // 57 + 176 + 2 + 70
        assertThat(check.n()).isEqualTo(314);
        assertThat(check.missingCount()).isEqualTo(9);
        // never rescaled: Bachelorgrad is 57 of 314 (18.2 % as printed), not 57 of 305 (18.7 %)
        assertThat(answer(s, "Bachelorgrad").share()).isCloseTo(57.0 / 314, within(1e-12));
    }

    @Test
    void a_subtotal_is_kept_apart_from_the_answers() {
        SurveySeries s = table("Tabell 4").series().getFirst();
        SurveyAnswer subtotal = answer(s, "Totalt (kategori 5 og 6)");
        assertThat(subtotal.kind()).isEqualTo(SurveyAnswer.Kind.SUBTOTAL);
        assertThat(subtotal.count()).isEqualTo(29);
        assertThat(s.bars()).extracting(SurveyAnswer::label).containsExactly("Kategori 5", "Kategori 6", "Andre");
        assertThat(table("Tabell 4").checks()).isEmpty(); // 12 + 17 + 174 = 203
    }

    @Test
    void shares_of_figure_15_do_not_fit_the_stated_68_but_64_so_no_count_is_derived() {
        SurveyTable t = table("Figur 15");
        SurveySeries s = t.series().getFirst();
        assertThat(s.answers()).allSatisfy(a -> {
            assertThat(a.count()).isNull();
            assertThat(a.countBasis()).isEqualTo(CountBasis.UNKNOWN);
        });
        // 20.3 % of 68 = 13.8 firms; of 64: 13, 18, 22, 14, 24 firms give 20.3, 28.1, 34.4, 21.9, 37.5 %
        SurveyCheck fit = t.checks().stream().filter(c -> c.kind() == Kind.SHARES_DO_NOT_FIT_N).findFirst().orElseThrow();
        assertThat(fit.n()).isEqualTo(68);
        assertThat(fit.fittingN()).isEqualTo(64);
        assertThat(fit.example()).isEqualTo(20.3);
        SurveyCheck several = t.checks().stream().filter(c -> c.kind() == Kind.SEVERAL_ANSWERS).findFirst().orElseThrow();
        assertThat(several.sum()).isEqualTo(142.2);
        assertThat(answer(s, "Annet").share()).isCloseTo(0.375, within(1e-12));
    }

    @Test
    void counts_of_figure_16_are_derived_from_shares_of_52_and_marked_so() {
        SurveyTable t = table("Figur 16");
        SurveySeries s = t.series().getFirst();
        // 1.9, 13.5, 7.7, 38.5, 44.2 % of 52 = 0.99, 7.02, 4.00, 20.02, 22.98 → 1, 7, 4, 20, 23
        assertThat(s.answers()).extracting(SurveyAnswer::count).containsExactly(1, 7, 4, 20, 23);
        assertThat(s.answers()).allSatisfy(a -> assertThat(a.countBasis()).isEqualTo(CountBasis.DERIVED));
        assertThat(t.hasCheck(Kind.DERIVED_COUNTS)).isTrue();
        assertThat(t.hasCheck(Kind.SHARES_DO_NOT_FIT_N)).isFalse();
    }

    @Test
    void figure_17_has_six_fields_in_the_report_order_and_says_law_has_no_bachelor_figure() {
        SurveyTable t = table("Figur 17");
        assertThat(t.series()).extracting(SurveySeries::label).containsExactly("Ingeniørfag eller naturvitenskapelige fag",
                "Økonomi og/eller ledelsesfag", "Samfunnsfag", "Juridiske fag", "Helsefag", "Annet");
        assertThat(t.series()).extracting(SurveySeries::n).containsExactly(58, 57, 49, 46, 45, 41);
        SurveySeries law = t.series().get(3);
        assertThat(answer(law, "Bachelor").kind()).isEqualTo(SurveyAnswer.Kind.MISSING);
        assertThat(answer(law, "Bachelor").share()).isNull();
        assertThat(t.checks()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Kind.MISSING_ANSWER);
            assertThat(c.series()).isEqualTo("Juridiske fag");
            assertThat(c.answer()).isEqualTo("Bachelor");
        });
        assertThat(t.hasCheck(Kind.SAME_RESPONDENTS)).isTrue();
        assertThat(t.comparison()).isNull();
    }

    /*
     * Two independent groups, 15 of 79 against 86 of 223 (the shares "resten av livet" of Tabell 24 and 21, used here
     * only as numbers: the product does not compare those two tables, whose questions differ):
     * 15/79 = 0.18987 (Wilson 0.11843–0.29008) against 86/223 = 0.38565 (0.32430–0.45094):
     * d = −0.19578; low = d − sqrt((0.18987 − 0.11843)² + (0.45094 − 0.38565)²) = −0.19578 − 0.09678 = −0.2925;
     * high = d + sqrt((0.29008 − 0.18987)² + (0.38565 − 0.32430)²) = −0.19578 + 0.11750 = −0.0784: larger than chance.
     * 5/79 against 16/223: −0.0085 (−0.0635 to 0.0727), within chance.
     */
    @Test
    void the_difference_of_two_groups_uses_newcombes_hybrid_interval_and_says_whether_it_is_chance() {
        SurveyAnswer life = new SurveyAnswer("Resten av livet", "Rest of my life", SurveyAnswer.Kind.ANSWER, 15,
                CountBasis.STATED, 19.0, 15.0 / 79, null, null, List.of());
        SurveyAnswer lifeOther = new SurveyAnswer("Resten av livet", "Rest of my life", SurveyAnswer.Kind.ANSWER, 86,
                CountBasis.STATED, 38.6, 86.0 / 223, null, null, List.of());
        var d = surveys.difference(life, 79, lifeOther, 223);
        assertThat(d.interval().difference()).isCloseTo(-0.1958, within(0.00005));
        assertThat(d.interval().low()).isCloseTo(-0.2925, within(0.00005));
        assertThat(d.interval().high()).isCloseTo(-0.0784, within(0.00005));
        assertThat(d.verdict()).isEqualTo(Verdict.LARGER_THAN_CHANCE);
        SurveyAnswer six = new SurveyAnswer("6-10 år", "6-10 years", SurveyAnswer.Kind.ANSWER, 5, CountBasis.STATED, 6.3,
                5.0 / 79, null, null, List.of());
        SurveyAnswer sixOther = new SurveyAnswer("6-10 år", "6-10 years", SurveyAnswer.Kind.ANSWER, 16, CountBasis.STATED,
                7.2, 16.0 / 223, null, null, List.of());
        var small = surveys.difference(six, 79, sixOther, 223);
        assertThat(small.verdict()).isEqualTo(Verdict.WITHIN_CHANCE);
        assertThat(small.interval().low()).isCloseTo(-0.0635, within(0.00005));
        // tables whose questions differ are never set against each other
        assertThat(table("Tabell 24").comparison()).isNull();
    }

    @Test
    void a_group_below_the_minimum_n_is_too_small_to_read() {
        assertThat(surveys.minimumN()).isEqualTo(5);
        SurveyAnswer four = new SurveyAnswer("Ja", "Yes", SurveyAnswer.Kind.ANSWER, 3, CountBasis.STATED, 75.0, 0.75,
                null, null, List.of());
        SurveyAnswer many = new SurveyAnswer("Ja", "Yes", SurveyAnswer.Kind.ANSWER, 30, CountBasis.STATED, 30.0, 0.3,
                null, null, List.of());
        var d = surveys.difference(four, 4, many, 100);
        assertThat(d.verdict()).isEqualTo(Verdict.TOO_SMALL);
        assertThat(d.interval()).isNull();
        assertThat(surveys.difference(many, 100, four, 5).verdict()).isNotEqualTo(Verdict.TOO_SMALL);
    }

    @Test
    void table_19_shows_moving_and_commuting_side_by_side_answered_by_the_same_trainees() {
        SurveyTable t = table("Tabell 19");
        assertThat(t.series()).extracting(SurveySeries::label).containsExactly("Nødvendig å flytte", "Nødvendig å pendle");
        assertThat(t.series()).extracting(SurveySeries::labelEn).containsExactly("Had to move", "Had to commute");
        assertThat(t.series()).extracting(SurveySeries::n).containsExactly(297, 298);
        assertThat(t.n()).isNull();
        assertThat(t.hasCheck(Kind.SAME_RESPONDENTS)).isTrue();
        assertThat(t.comparison()).isNull();
    }

    @Test
    void indicators_link_to_their_survey_tables() {
        assertThat(surveys.counterparts("job_offer_rate")).extracting(SurveyTable::tableRef).containsExactly("Tabell 8");
        assertThat(surveys.counterparts("regional_retention")).extracting(SurveyTable::tableRef)
                .containsExactly("Tabell 20", "Tabell 21", "Tabell 23");
        assertThat(surveys.counterparts("periphery_reach")).extracting(SurveyTable::tableRef).containsExactly("Tabell 4");
        assertThat(surveys.counterparts("fill_rate")).isEmpty();
    }
}
