package no.traineemonitor.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.survey.SurveyComparison.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A table that splits one question by two independent respondent groups (none of 002's tables does; a later survey may):
 * the groups stand side by side with the difference and its Newcombe interval, and a group below the minimum n is too
 * small to read. The repository is replaced by a small table written here.
 */
class SurveyGroupsTest {

    private static SurveyService service(List<SurveyRepository.CellRow> cells) {
        SurveyRepository.TableRow table = new SurveyRepository.TableRow("trainee_survey_2021", "Tabell 99", 1, "staying",
                "Blir du boende?", "Will you stay?", "one", null, null, null, null, null, null, "x.txt", "X", "1 Y", "Tabell 99");
        SurveyRepository repository = new SurveyRepository(null, null) {
            @Override
            List<TableRow> tables() {
                return List.of(table);
            }

            @Override
            List<CellRow> cells() {
                return cells;
            }
        };
        return new SurveyService(repository, 5);
    }

    private static List<SurveyRepository.CellRow> cells(String group, int n, int yes) {
        List<SurveyRepository.CellRow> out = new ArrayList<>();
        out.add(new SurveyRepository.CellRow(group + "-1", "x.txt", "Tabell 99", "Blir du boende?", "Will you stay?", "Ja", "Yes",
                group, group + " (en)", yes, "count", n));
        out.add(new SurveyRepository.CellRow(group + "-2", "x.txt", "Tabell 99", "Blir du boende?", "Will you stay?", "Nei", "No",
                group, group + " (en)", n - yes, "count", n));
        out.add(new SurveyRepository.CellRow(group + "-3", "x.txt", "Tabell 99", "Blir du boende?", "Will you stay?", "Totalt", "Total",
                group, group + " (en)", n, "count", n));
        return out;
    }

    /*
     * Ja: 30 of 40 (0.75, Wilson 0.5981–0.8581) against 20 of 50 (0.40, Wilson 0.2761–0.5382):
     * d = 0.35; low = 0.35 − sqrt((0.75 − 0.5981)² + (0.5382 − 0.40)²) = 0.35 − 0.2054 = 0.1446;
     * high = 0.35 + sqrt((0.8581 − 0.75)² + (0.40 − 0.2761)²) = 0.35 + 0.1645 = 0.5145: larger than chance.
     */
    @Test
    void two_groups_of_one_question_stand_side_by_side_with_the_difference_and_its_interval() {
        List<SurveyRepository.CellRow> rows = new ArrayList<>(cells("kvinner", 40, 30));
        rows.addAll(cells("menn", 50, 20));
        SurveyTable t = service(rows).tables().getFirst();
        assertThat(t.series()).extracting(SurveySeries::label).containsExactly("kvinner", "menn");
        assertThat(t.hasCheck(SurveyCheck.Kind.SAME_RESPONDENTS)).isFalse();
        SurveyComparison c = t.comparison();
        assertThat(c).isNotNull();
        SurveyComparison.Difference yes = c.rows().getFirst();
        assertThat(yes.label()).isEqualTo("Ja");
        assertThat(yes.interval().difference()).isCloseTo(0.35, within(1e-12));
        assertThat(yes.interval().low()).isCloseTo(0.1446, within(0.00005));
        assertThat(yes.interval().high()).isCloseTo(0.5145, within(0.00005));
        assertThat(yes.verdict()).isEqualTo(Verdict.LARGER_THAN_CHANCE);
    }

    @Test
    void a_group_of_four_is_too_small_to_read_and_its_counts_and_shares_are_withheld() {
        List<SurveyRepository.CellRow> rows = new ArrayList<>(cells("kvinner", 40, 30));
        rows.addAll(cells("menn", 4, 1));
        SurveyTable t = service(rows).tables().getFirst();
        SurveySeries men = t.series().get(1);
        assertThat(men.tooSmall()).isTrue();
        assertThat(men.answers()).allSatisfy(a -> {
            assertThat(a.count()).isNull();
            assertThat(a.share()).isNull();
            assertThat(a.ciLow()).isNull();
        });
        assertThat(t.checks()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(SurveyCheck.Kind.TOO_SMALL);
            assertThat(c.series()).isEqualTo("menn");
            assertThat(c.n()).isEqualTo(4);
        });
        assertThat(t.comparison().rows()).allSatisfy(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.TOO_SMALL);
            assertThat(d.interval()).isNull();
        });
    }
}
