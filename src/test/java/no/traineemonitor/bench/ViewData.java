package no.traineemonitor.bench;

import java.util.List;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.dashboard.OverviewService;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * The data each dashboard view asks its services for when a filter changes (OverviewView, IndicatorExplorerView,
 * BenchmarkView, CoverageView: the same calls with the same arguments), without building components. Returns a
 * number of rows so that nothing is optimised away.
 */
final class ViewData {

    /** A dashboard state: the filter bar's county (2024), the explorer's indicator, the benchmark's programme and group. */
    record State(@Nullable String county, @Nullable String indicator, @Nullable String programme, PeerGroup group) {

        IndicatorFilter filter() {
            return new IndicatorFilter(county, null, null, null, null, null, indicator, null, null);
        }

        CoverageFilter coverage() {
            return new CoverageFilter(county, null, null, null, null, null);
        }
    }

    enum View { OVERVIEW, EXPLORER, BENCHMARK, COVERAGE }

    private final OverviewService overview;
    private final IndicatorService indicators;
    private final BenchmarkService benchmarks;
    private final CoverageService coverage;

    ViewData(ApplicationContext context) {
        this.overview = context.getBean(OverviewService.class);
        this.indicators = context.getBean(IndicatorService.class);
        this.benchmarks = context.getBean(BenchmarkService.class);
        this.coverage = context.getBean(CoverageService.class);
    }

    long load(View view, State s) {
        return switch (view) {
            case OVERVIEW -> {
                var o = overview.overview(s.filter().withIndicator(null), "selection");
                yield o.programmes().size() + o.hiresPerYear().size() + o.keyFigures().size() + o.publicFunding().size();
            }
            case EXPLORER -> {
                // the explorer shows one indicator, the catalogue's first when none is chosen
                String indicator = s.indicator() != null ? s.indicator() : indicators.catalogue().getFirst().indicatorId();
                var e = indicators.explore(s.filter().withIndicator(indicator), "selection");
                yield e.pooledLatest().size() + e.values().size();
            }
            case BENCHMARK -> {
                var b = benchmarks.benchmark(s.programme(), s.group(), List.of());
                yield b.ranked().size() + b.tooFew().size() + b.unmatched().size() + b.apart().size();
            }
            case COVERAGE -> {
                CoverageFilter f = s.coverage();
                var page = coverage.page(f); // area, classes, white spots, BA-regions and commuting, side by side
                long n = page.area().size() + page.classes().size() + page.whiteSpots().size() + page.baRegions().size();
                n += coverage.map(f, page.area(), "2024", m -> m.name(), "map").length();
                n += page.commuting().size() + coverage.commutingCoefficients().size();
                yield n + coverage.appendix2().hashCode() % 2;
            }
        };
    }
}
