package no.traineemonitor.dashboard;

import java.util.List;
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

    OverviewService(OverviewRepository repository, IndicatorService indicators) {
        this.repository = repository;
        this.indicators = indicators;
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

    /** Everything the overview shows for one selection. */
    public record Overview(List<SelectedProgramme> programmes, List<YearlyHires> hiresPerYear,
                           List<IndicatorResult> keyFigures, List<FundingFigure> publicFunding) {
    }

    public Overview overview(IndicatorFilter filter, String selectionName) {
        indicators.validate(filter);
        List<IndicatorResult> keyFigures = indicators.pooledLatest(filter.withIndicator(null), selectionName).stream()
                .filter(r -> KEY_INDICATORS.contains(r.indicatorId()))
                .sorted(java.util.Comparator.comparingInt((IndicatorResult r) -> KEY_INDICATORS.indexOf(r.indicatorId()))
                        .thenComparing(r -> r.n() == null ? 0 : -r.n()))
                .toList();
        return new Overview(repository.programmes(filter), repository.yearlyHires(filter), keyFigures,
                repository.publicFunding(filter));
    }
}
