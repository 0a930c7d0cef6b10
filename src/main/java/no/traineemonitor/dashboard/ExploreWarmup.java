package no.traineemonitor.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.coverage.MapValue;
import no.traineemonitor.coverage.MunicipalityCoverage;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.warehouse.WarehouseChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the server, after the start and after every change of the warehouse: asks the explore pages' services once, in the
 * background on one low-priority thread, what the pages ask first (every indicator's trend, map and explorer values for
 * the whole country, the availability matrix, the comparison references, one benchmark), and draws one chart and one map,
 * so the answers kept per data version are filled and the code is warm before the first visitor comes. The start does
 * not wait for it; a visitor who comes sooner shares the computation (the caches compute a question once).
 */
@Component
@ConditionalOnWebApplication
class ExploreWarmup {

    private static final Logger log = LoggerFactory.getLogger(ExploreWarmup.class);

    private final IndicatorService indicators;
    private final TrendService trends;
    private final IndicatorMapService maps;
    private final ComparisonSetService sets;
    private final ExploreService explore;
    private final BenchmarkService benchmarks;
    private final CoverageService coverage;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "explore-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    ExploreWarmup(IndicatorService indicators, TrendService trends, IndicatorMapService maps, ComparisonSetService sets,
                  ExploreService explore, BenchmarkService benchmarks, CoverageService coverage) {
        this.indicators = indicators;
        this.trends = trends;
        this.maps = maps;
        this.sets = sets;
        this.explore = explore;
        this.benchmarks = benchmarks;
        this.coverage = coverage;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        worker.execute(() -> warm("start"));
    }

    /** After the services have forgotten what they kept (their listeners run first). */
    @EventListener
    @Order
    void warehouseChanged(WarehouseChanged event) {
        worker.execute(() -> warm("data change"));
    }

    void warm(String why) {
        long start = System.nanoTime();
        try {
            IndicatorFilter all = IndicatorFilter.none();
            CoverageFilter country = CoverageFilter.wholeCountry();
            List<MunicipalityCoverage> municipalities = coverage.municipalities(country);
            explore.availability();
            List<String> firstProgrammes = benchmarks.profiles().stream().limit(3).map(p -> p.programmeId()).toList();
            for (IndicatorDefinition d : indicators.catalogue()) {
                indicators.explore(all.withIndicator(d.indicatorId()), "");
                trends.trends(d.indicatorId(), TrendService.Level.PROGRAMME, all, List.of());
                maps.map(d, all, country, IndicatorMapService.Level.MUNICIPALITY, null);
                sets.compare(d.indicatorId(), all, firstProgrammes);
            }
            sets.compare(null, all, List.of());
            if (!firstProgrammes.isEmpty()) {
                benchmarks.benchmark(firstProgrammes.getFirst(), PeerGroup.ALL, List.of());
            }
            // the first chart and map drawn load Java2D's fonts and JFreeChart's classes: do that here, not for a visitor
            var chart = ChartFactory.trendChart("", "", List.of(new ChartFactory.TrendSeries("", List.of(
                    new ChartFactory.TrendPoint(2020, 0.5, 0.4, 0.6), new ChartFactory.TrendPoint(2021, 0.6, null, null)))),
                    true, Locale.ROOT);
            ChartFactory.svg(chart, 820, 340, "");
            ChartFactory.svg(ChartFactory.spanChart(null, "", List.of(new ChartFactory.SpanValue("", ChartFactory.SpanKind.MULTI_YEAR,
                    2019, 2020, 0.5, false), new ChartFactory.SpanValue(" ", ChartFactory.SpanKind.POINT, 2020, 2020, 0.5, true)),
                    true, Locale.ROOT), 820, 340, "");
            coverage.valueMap(country, municipalities, no.traineemonitor.reference.CountyDivision.D2024.year(), false, m -> MapValue.unknown(""), "");
            log.info("Explore pages warmed up after the {} in {} ms", why, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // a page asks again when it is opened; nothing is lost but the head start
            log.warn("Could not warm up the explore pages after the {}: {}", why, e.getMessage());
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
