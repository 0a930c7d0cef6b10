package no.traineemonitor.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.traineemonitor.base.sql.ParallelQueries;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Key figures and trends of the programmes in a selection, for the overview page. */
@Service
public class OverviewService {

    /** Indicators shown as key figures, in order. */
    public static final List<String> KEY_INDICATORS = List.of("completion_rate", "regional_retention", "host_retention", "fill_rate");

    private final OverviewRepository repository;
    private final IndicatorService indicators;
    private final ParallelQueries queries;

    OverviewService(OverviewRepository repository, IndicatorService indicators, ParallelQueries queries) {
        this.repository = repository;
        this.indicators = indicators;
        this.queries = queries;
    }

    public record SelectedProgramme(String programmeId, String name, String type, String status,
                                    @Nullable Long coveredMunicipalities, @Nullable Long coveredPopulation2020) {
    }

    /** Hires reported for one year, summed over the programmes that report that year. */
    public record YearlyHires(int year, double hires, int programmes, List<String> factIds) {
    }

    public record FundingFigure(String programmeId, String programmeName, String category, @Nullable Integer periodStart,
                                @Nullable Integer periodEnd, double valueNok, String qualifier, String factId) {
    }

    /**
     * Everything the overview shows for one selection. {@code programmesWithValues}: per key indicator, how many
     * programmes have a value in any form, which says why a key figure without a pooled value is missing.
     */
    public record Overview(List<SelectedProgramme> programmes, List<YearlyHires> hiresPerYear,
                           List<IndicatorResult> keyFigures, Map<String, Long> programmesWithValues,
                           List<FundingFigure> publicFunding) {

        public long programmesWithValues(String indicatorId) {
            return programmesWithValues.getOrDefault(indicatorId, 0L);
        }
    }

    /** The overview of a selection; its five queries are independent and run side by side. */
    public Overview overview(IndicatorFilter filter, String selectionName) {
        indicators.validate(filter);
        var pooled = queries.start(() -> indicators.pooledLatest(filter.withIndicator(null), selectionName));
        var programmes = queries.start(() -> repository.programmes(filter));
        var hires = queries.start(() -> repository.yearlyHires(filter));
        var withValues = queries.start(() -> repository.programmesWithValues(filter));
        var funding = queries.start(() -> repository.publicFunding(filter));
        List<IndicatorResult> keyFigures = pooled.get().stream()
                .filter(r -> KEY_INDICATORS.contains(r.indicatorId()))
                .sorted(Comparator.comparingInt((IndicatorResult r) -> KEY_INDICATORS.indexOf(r.indicatorId()))
                        .thenComparing(r -> r.n() == null ? 0 : -r.n()))
                .toList();
        return new Overview(programmes.get(), hires.get(), keyFigures, withValues.get(), funding.get());
    }
}
