package no.traineemonitor.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.traineemonitor.base.sql.ParallelQueries;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A comparison set ({@code sett=ID,ID,…}: programmes and counties of 2024 chosen by the user) against its references,
 * the county and the whole country: each programme's values, each county's and the country's latest values pooled by
 * the indicator engine (exact count outcomes of one definition only, docs/how-we-compare.md). Two queries, side by
 * side, whatever the set holds: the values, and every county's and the country's pooled latest values.
 */
@Service
public class ComparisonSetService {

    /** A county or the country: its pooled latest values; {@code reference} when it is shown beside the set. */
    public record Region(String id, String name, boolean country, boolean reference, List<IndicatorResult> values) {
    }

    /** The set's programmes' values, the set's counties, and the reference county (or counties) and the country. */
    public record SetComparison(List<IndicatorResult> programmeValues, List<Region> counties, List<Region> references) {

        public List<Region> regions() {
            List<Region> out = new ArrayList<>(counties);
            out.addAll(references);
            return out;
        }
    }

    private final IndicatorService indicators;
    private final ProgrammeService programmes;
    private final ReferenceService reference;
    private final ParallelQueries queries;

    ComparisonSetService(IndicatorService indicators, ProgrammeService programmes, ReferenceService reference,
                         ParallelQueries queries) {
        this.indicators = indicators;
        this.programmes = programmes;
        this.reference = reference;
        this.queries = queries;
    }

    /**
     * @param indicatorId one indicator, or null for all
     * @param selection   the shared filter: its county (2024) is the reference county; its type and years apply to all
     * @param set         programme ids and county numbers; unknown ids are refused with a message that names them
     */
    public SetComparison compare(@Nullable String indicatorId, IndicatorFilter selection, List<String> set) {
        List<String> unknown = set.stream().filter(id -> programmes.programme(id).isEmpty() && countyName(id) == null).toList();
        if (!unknown.isEmpty()) {
            throw new no.traineemonitor.indicator.InvalidFilterException("Unknown programme or county in the comparison set: " + unknown);
        }
        IndicatorFilter everywhere = new IndicatorFilter(null, null, null, null, selection.programmeType(), null, indicatorId,
                selection.fromYear(), selection.toYear());
        List<String> setProgrammes = set.stream().filter(id -> programmes.programme(id).isPresent()).toList();
        List<String> setCounties = set.stream().filter(id -> programmes.programme(id).isEmpty()).toList();
        Set<String> referenceCounties = new LinkedHashSet<>();
        if (selection.county2024() != null) {
            referenceCounties.add(selection.county2024());
        } else {
            setProgrammes.stream().map(id -> programmes.programme(id).map(Programme::countyNumber2024).orElse(null))
                    .filter(Objects::nonNull).forEach(referenceCounties::add);
        }
        referenceCounties.removeAll(setCounties);

        var values = queries.start(() -> setProgrammes.isEmpty() ? List.<IndicatorResult>of() : indicators.results(everywhere));
        var pooled = queries.start(() -> indicators.pooledLatestByCounty(everywhere)); // every county and the country at once
        List<IndicatorResult> programmeValues = values.get().stream()
                .filter(r -> r.subjectType().equals("programme") && setProgrammes.contains(r.subjectId()))
                .sorted(java.util.Comparator.comparingInt(r -> setProgrammes.indexOf(r.subjectId()))).toList();
        Map<String, List<IndicatorResult>> byRegion = pooled.get();
        List<Region> counties = setCounties.stream().map(c -> county(c, false, byRegion)).toList();
        List<Region> references = new ArrayList<>(referenceCounties.stream().limit(3).map(c -> county(c, true, byRegion)).toList());
        references.add(new Region("NO", "", true, true, byRegion.getOrDefault("NO", List.of())));
        return new SetComparison(programmeValues, counties, references);
    }

    private Region county(String number, boolean asReference, Map<String, List<IndicatorResult>> byRegion) {
        return new Region(number, Objects.requireNonNullElse(countyName(number), number), false, asReference,
                byRegion.getOrDefault(number, List.of()));
    }

    private @Nullable String countyName(String number) {
        return reference.county(number, CountyDivision.D2024).map(County::label).orElse(null);
    }
}
