package no.traineemonitor.dashboard;

import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The dashboard states a filter change asks for first, computed ahead so that they are lookups: per county (2024) and
 * for the whole country the overview, the coverage page with its map's shapes and outlines, and every indicator's
 * explorer values; per programme its benchmark against each peer group. The services keep each answer until the data
 * changes; the server asks this after its start and after every data change ({@link ExploreWarmup}), the scale
 * benchmark before it measures lookups.
 */
@Component
public class ViewStates {

    /** Asked between two states: throws to stop (the data changed again). */
    @FunctionalInterface
    public interface StillCurrent {
        void check();
    }

    /** How many states were computed and how long it took. */
    public record Done(int states, long millis) {
    }

    private static final List<PeerGroup> GROUPS = List.of(PeerGroup.ALL, PeerGroup.LENGTH, PeerGroup.SIZE, PeerGroup.CENTRALITY);

    private final OverviewService overview;
    private final CoverageService coverage;
    private final IndicatorService indicators;
    private final BenchmarkService benchmarks;
    private final ReferenceService reference;

    ViewStates(OverviewService overview, CoverageService coverage, IndicatorService indicators, BenchmarkService benchmarks,
               ReferenceService reference) {
        this.overview = overview;
        this.coverage = coverage;
        this.indicators = indicators;
        this.benchmarks = benchmarks;
        this.reference = reference;
    }

    /** Every county's and the country's overview, coverage page and explorer values of each indicator. */
    public Done counties(StillCurrent current) {
        long start = System.nanoTime();
        List<@Nullable String> counties = new ArrayList<>();
        counties.add(null);
        reference.counties(CountyDivision.D2024).forEach(c -> counties.add(c.number()));
        int states = 0;
        for (String county : counties) {
            current.check();
            IndicatorFilter filter = new IndicatorFilter(county, null, null, null, null, null, null, null, null);
            overview.overview(filter, "");
            CoverageFilter area = county == null ? CoverageFilter.wholeCountry() : CoverageFilter.county2024(county);
            coverage.page(area);
            coverage.prepareMap(area);
            states += 2;
            for (IndicatorDefinition d : indicators.catalogue()) {
                indicators.explore(filter.withIndicator(d.indicatorId()), "");
                states++;
            }
        }
        return new Done(states, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Up to this many programmes every benchmark is computed ahead; beyond it a benchmark is computed when first asked
     * for. A kept benchmark reads its peers' values from lists its group shares (BenchmarkService), so all of them grow
     * with the programmes, not their square: 9 MB of live heap for the 2 380 benchmarks of 595 programmes (1 M synthetic
     * facts) and 86 MB for the 22 420 of 5 574 programmes (10 M), computed in 0.7 and 20 s (bench.StatesMemory).
     */
    public static final int MAX_PROGRAMMES_AHEAD = 10_000;

    /** Every programme's benchmark against each peer group (its own values are read once for all four). */
    public Done benchmarks(StillCurrent current) {
        long start = System.nanoTime();
        int states = 0;
        if (benchmarks.profiles().size() > MAX_PROGRAMMES_AHEAD) {
            return new Done(0, 0);
        }
        for (var profile : benchmarks.profiles()) {
            for (PeerGroup group : GROUPS) {
                current.check();
                benchmarks.benchmark(profile.programmeId(), group, List.of());
                states++;
            }
        }
        return new Done(states, (System.nanoTime() - start) / 1_000_000);
    }
}
