package no.traineemonitor.dashboard;

import java.util.List;
import no.traineemonitor.base.sql.DataVersionCache;
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
    private final DataVersionCache<IndicatorFilter, Selection> selections = new DataVersionCache<>(500_000,
            s -> s.programmes().size() + s.hiresPerYear().size() + s.publicFunding().size());

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
        IndicatorFilter selection = filter.withIndicator(null);
        Selection rows = selections.get(selection, () -> {
            var programmes = queries.start(() -> repository.programmes(selection));
            var hires = queries.start(() -> repository.yearlyHires(selection));
            var funding = queries.start(() -> repository.publicFunding(selection));
            return new Selection(programmes.get(), hires.get(), funding.get());
        });
        var keyFigures = indicators.keyFigures(filter, selectionName, KEY_INDICATORS);
        return new Overview(rows.programmes(), rows.hiresPerYear(), keyFigures, rows.publicFunding());
    }

    /** Forgets the selections' programmes, hires and funding read before: call it when the data has changed. */
    public void dataChanged() {
        selections.clear();
    }

    /** A yearly return changed the warehouse: the selections' programmes, hires and funding are read again. */
    @org.springframework.context.event.EventListener
    void warehouseChanged(no.traineemonitor.warehouse.WarehouseChanged event) {
        dataChanged();
    }

    /** What the overview reads for a selection besides the key figures, kept per data version. */
    private record Selection(List<SelectedProgramme> programmes, List<YearlyHires> hiresPerYear,
                             List<FundingFigure> publicFunding) {
    }
}
