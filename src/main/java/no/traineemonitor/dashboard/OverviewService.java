package no.traineemonitor.dashboard;

import java.util.List;
import no.traineemonitor.base.sql.ParallelQueries;
import no.traineemonitor.indicator.IndicatorFilter;
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
                                    @Nullable Long coveredMunicipalities, @Nullable Long coveredPopulation) {
    }

    /** Hires reported for one year, summed over the programmes that report that year. */
    public record YearlyHires(int year, double hires, int programmes, List<String> factIds) {
    }

    public record FundingFigure(String programmeId, String programmeName, String category, @Nullable Integer periodStart,
                                @Nullable Integer periodEnd, double valueNok, String qualifier, String factId) {
    }

    /**
     * Everything the overview shows for one selection: per key indicator its pooled values or, failing those, the
     * programmes' reported values (IndicatorService.KeyFigure).
     */
    public record Overview(List<SelectedProgramme> programmes, List<YearlyHires> hiresPerYear,
                           List<IndicatorService.KeyFigure> keyFigures, List<FundingFigure> publicFunding) {
    }

    /**
     * The overview of a selection; its independent queries run side by side. The key figures are computed on the
     * caller's thread (they start queries of their own: a task waiting for tasks of the same pool could starve it).
     */
    public Overview overview(IndicatorFilter filter, String selectionName) {
        indicators.validate(filter);
        var programmes = queries.start(() -> repository.programmes(filter));
        var hires = queries.start(() -> repository.yearlyHires(filter));
        var funding = queries.start(() -> repository.publicFunding(filter));
        var keyFigures = indicators.keyFigures(filter, selectionName, KEY_INDICATORS);
        return new Overview(programmes.get(), hires.get(), keyFigures, funding.get());
    }
}
