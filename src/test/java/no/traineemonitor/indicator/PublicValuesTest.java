package no.traineemonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The public's values of a selection are picked in memory from every indicator's values (IndicatorValues) instead of
 * one query per filter: for every selection the dashboard can make on the sample (each county of both divisions, each
 * labour-market region, centrality class, programme type and programme, periods) they must be exactly the rows
 * observations.sql gives for it, in its order: the same subjects, periods, definitions, values and facts.
 */
@SpringBootTest
class PublicValuesTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorRepository repository;
    @Autowired
    ReferenceService reference;
    @Autowired
    ProgrammeService programmes;

    @Test
    void every_selection_picks_exactly_the_rows_of_its_query_in_its_order() {
        List<IndicatorFilter> selections = new ArrayList<>();
        selections.add(IndicatorFilter.none());
        reference.counties(CountyDivision.D2024).forEach(c -> selections.add(new IndicatorFilter(c.number(), null, null, null, null, null, null, null, null)));
        reference.counties(CountyDivision.D2020).forEach(c -> selections.add(new IndicatorFilter(null, c.number(), null, null, null, null, null, null, null)));
        reference.baRegions().forEach(b -> selections.add(new IndicatorFilter(null, null, b.number(), null, null, null, null, null, null)));
        for (int c = 1; c <= 6; c++) {
            selections.add(new IndicatorFilter(null, null, null, List.of(c), null, null, null, null, null));
        }
        selections.add(new IndicatorFilter(null, null, null, List.of(5, 6), null, null, null, null, null));
        ProgrammeService.TYPES.forEach(t -> selections.add(new IndicatorFilter(null, null, null, null, t, null, null, null, null)));
        programmes.programmes(null, null, null).forEach(p -> selections.add(IndicatorFilter.none().withProgramme(p.programmeId())));
        selections.add(new IndicatorFilter("18", null, null, List.of(4, 5, 6), "trainee_programme", null, null, null, null));

        int rows = 0;
        int nonEmpty = 0;
        for (IndicatorFilter selection : selections) {
            List<IndicatorFilter> asked = new ArrayList<>();
            asked.add(selection);
            asked.add(new IndicatorFilter(selection.county2024(), selection.county2020(), selection.baRegion(),
                    selection.centralityClasses(), selection.programmeType(), selection.programmeId(), null, 2016, 2019));
            asked.add(new IndicatorFilter(selection.county2024(), selection.county2020(), selection.baRegion(),
                    selection.centralityClasses(), selection.programmeType(), selection.programmeId(), null, 2022, null));
            asked.add(new IndicatorFilter(selection.county2024(), selection.county2020(), selection.baRegion(),
                    selection.centralityClasses(), selection.programmeType(), selection.programmeId(), null, null, 2014));
            if (selection.baRegion() == null && selection.county2020() == null) { // (each indicator alone: fewer queries)
                for (IndicatorDefinition d : indicators.catalogue()) {
                    asked.add(selection.withIndicator(d.indicatorId()));
                }
            }
            for (IndicatorFilter f : asked) {
                List<String> fromQuery = repository.observations(f).stream().map(PublicValuesTest::row).toList();
                List<String> picked = indicators.results(f).stream().map(PublicValuesTest::row).toList();
                assertThat(picked).as("values of %s", f).containsExactlyElementsOf(fromQuery);
                rows += picked.size();
                nonEmpty += picked.isEmpty() ? 0 : 1;
            }
        }
        // the comparison is about something: most selections hold values, and the sample's values were compared many times
        assertThat(nonEmpty).isGreaterThan(200);
        assertThat(rows).isGreaterThan(2_000);
    }

    @Test
    void a_programme_sees_its_own_values_and_the_statements_about_it_with_others() {
        // Trainee Salten's values include statements naming it with other programmes (the sample's joint figures)
        List<IndicatorResult> salten = indicators.results(IndicatorFilter.none().withProgramme("trainee_salten"));
        assertThat(salten).isNotEmpty();
        assertThat(salten).allMatch(r -> r.subjectId().equals("trainee_salten")
                || r.statementProgrammes().contains("trainee_salten"));
        assertThat(salten).noneMatch(r -> r.subjectType().startsWith("county"));
        // picked from the values kept for everybody, not read again: the same objects as the whole country's
        List<IndicatorResult> all = indicators.results(IndicatorFilter.none());
        assertThat(salten).allMatch(r -> all.stream().anyMatch(a -> a == r));
    }

    /** A value's identity and, for a count or sum, its value (a share is computed from the same row's counts either way). */
    private static String row(IndicatorRepository.Observation o) {
        return String.join("|", o.indicatorId(), o.subjectType(), o.subjectId(), String.valueOf(o.periodStart()),
                String.valueOf(o.periodEnd()), o.comparabilityKey(), o.qualifier(),
                String.valueOf("share".equals(o.kind()) ? "share" : o.value()), String.join(" ", o.factIds()));
    }

    private static String row(IndicatorResult r) {
        return String.join("|", r.indicatorId(), r.subjectType(), r.subjectId(), String.valueOf(r.periodStart()),
                String.valueOf(r.periodEnd()), r.comparabilityKey(), r.qualifier(),
                String.valueOf(r.kind().equals("share") ? "share" : r.value()), String.join(" ", r.factIds()));
    }
}
