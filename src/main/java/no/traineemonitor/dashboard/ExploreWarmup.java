package no.traineemonitor.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.web.LoopbackVisitor;
import no.traineemonitor.base.web.SessionGuard;
import no.traineemonitor.benchmark.BenchmarkService;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the server, after the start and after every change of the warehouse, in the background on one low-priority thread:
 * asks the explore pages' services what the pages ask first (every indicator's trend and map for the whole country, the
 * availability matrix, the comparison references) and draws one chart and one map; then {@link ViewStates} (every
 * county's overview, coverage and explorer values, every programme's benchmark), so that a filter change is a lookup;
 * last opens the public pages once over loopback ({@code traineemonitor.warmup.pages}), so the views' own code is warm
 * too. A newer data change stops an older warm-up between steps. The start does not wait for it; a visitor who comes
 * sooner shares the computation (the caches compute a question once).
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

    private final ViewStates states;
    /** Up to this many programmes the warm-up opens the per-indicator pages for the whole country. */
    static final int WHOLE_COUNTRY_PAGES_MAX = 100;
    /** Counts the data changes: a warm-up for an older version stops when a newer one is waiting. */
    private final java.util.concurrent.atomic.AtomicInteger version = new java.util.concurrent.atomic.AtomicInteger();
    private final SessionGuard sessions;
    private final Environment environment;
    private final boolean pages;
    private volatile List<LoopbackVisitor.Visit> lastPages = List.of();

    ExploreWarmup(IndicatorService indicators, TrendService trends, IndicatorMapService maps, ComparisonSetService sets,
                  ExploreService explore, BenchmarkService benchmarks, CoverageService coverage, SessionGuard sessions,
                  Environment environment, @Value("${traineemonitor.warmup.pages:true}") boolean pages,
                  ViewStates states) {
        this.states = states;
        this.sessions = sessions;
        this.environment = environment;
        this.pages = pages;
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
        int v = version.incrementAndGet();
        worker.execute(() -> warm("start", v));
    }

    /** After the services have forgotten what they kept (their listeners run first). */
    @EventListener
    @Order
    void warehouseChanged(WarehouseChanged event) {
        int v = version.incrementAndGet();
        worker.execute(() -> warm("data change", v));
    }

    /** Thrown between steps when the data changed again: the next warm-up starts over. */
    private static final class Outdated extends RuntimeException {
        Outdated() {
            super("the data changed again", null, false, false);
        }
    }

    private void current(int v) {
        if (v != version.get()) {
            throw new Outdated();
        }
    }

    private void warm(String why, int v) {
        long start = System.nanoTime();
        try {
            IndicatorFilter all = IndicatorFilter.none();
            CoverageFilter country = CoverageFilter.wholeCountry();
            List<MunicipalityCoverage> municipalities = coverage.municipalities(country);
            explore.availability();
            List<String> firstProgrammes = benchmarks.profiles().stream().limit(3).map(p -> p.programmeId()).toList();
            for (IndicatorDefinition d : indicators.catalogue()) {
                trends.trends(d.indicatorId(), TrendService.Level.PROGRAMME, all, List.of());
                maps.map(d, all, country, IndicatorMapService.Level.MUNICIPALITY, null);
                sets.compare(d.indicatorId(), all, firstProgrammes);
            }
            sets.compare(null, all, List.of());
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
            current(v);
            ViewStates.Done counties = states.counties(() -> current(v));
            log.info("Overview, coverage and explorer values of every county kept after the {}: {} states in {} ms", why,
                    counties.states(), counties.millis());
            ViewStates.Done benchmarked = states.benchmarks(() -> current(v));
            if (benchmarked.states() == 0 && !benchmarks.profiles().isEmpty()) {
                log.info("Benchmarks not computed ahead after the {}: more than {} programmes", why, ViewStates.MAX_PROGRAMMES_AHEAD);
            } else {
                log.info("Benchmarks of every programme and peer group kept after the {}: {} in {} ms", why,
                        benchmarked.states(), benchmarked.millis());
            }
            // last the pages, whose data is now kept: what remains is the views' own code
            current(v);
            if (pages) {
                visitPages(why, firstProgrammes);
            }
        } catch (Outdated e) {
            log.info("Warm-up after the {} stopped: the data changed again", why);
        } catch (RuntimeException e) {
            // a page asks again when it is opened; nothing is lost but the head start
            log.warn("Could not warm up the explore pages after the {}: {}", why, e.getMessage());
        }
    }

    /**
     * Opens the public pages once over loopback, as a visitor's browser would (every indicator's trend, map, explorer
     * and about page, the matrix, overview, benchmark, coverage and lists), so each view's code is loaded and compiled
     * before the first visitor opens it.
     */
    private void visitPages(String why, List<String> firstProgrammes) {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (port == null) {
            return;
        }
        long start = System.nanoTime();
        List<LoopbackVisitor.Visit> visits = new java.util.ArrayList<>();
        try {
            LoopbackVisitor visitor = new LoopbackVisitor(port, sessions.warmupToken());
            visitor.start();
            String set = String.join(",", firstProgrammes);
            // the pages are opened for their code, whose paths are the same for one programme as for all: with many
            // programmes, the per-indicator pages show one (at 1 M facts, 595 programmes, the whole country's pages
            // took a minute and half a gigabyte of heap, for no more compiled code)
            String narrow = benchmarks.profiles().size() > WHOLE_COUNTRY_PAGES_MAX && !firstProgrammes.isEmpty()
                    ? "&program=" + LoopbackVisitor.param(firstProgrammes.getFirst()) : "";
            visits.add(visitor.open("", ""));
            for (IndicatorDefinition d : indicators.catalogue()) {
                String id = LoopbackVisitor.param(d.indicatorId());
                visits.add(visitor.open("utvikling", "indikator=" + id + narrow));
                visits.add(visitor.open("kart", "indikator=" + id + narrow));
                visits.add(visitor.open("indikatorer", "indikator=" + id + (set.isEmpty() ? narrow : "&sett=" + set)));
                visits.add(visitor.open("indikator/" + id, ""));
            }
            visits.add(visitor.open("datagrunnlag", ""));
            visits.add(visitor.open("datagrunnlag", "per=fylke"));
            if (!firstProgrammes.isEmpty()) {
                String first = LoopbackVisitor.param(firstProgrammes.getFirst());
                visits.add(visitor.open("sammenlign", "program=" + first + "&sett=" + set));
                visits.add(visitor.open("program/" + first, ""));
            }
            for (String route : List.of("dekning", "programmer", "kommuner", "kilder", "slik-sammenligner-vi")) {
                visits.add(visitor.open(route, ""));
            }
        } catch (java.io.IOException e) {
            log.warn("Could not open the pages for the warm-up after the {}: {}", why, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lastPages = List.copyOf(visits);
        List<String> failed = visits.stream().filter(LoopbackVisitor.Visit::failed).map(LoopbackVisitor.Visit::page).toList();
        List<String> slowest = visits.stream().sorted(java.util.Comparator.comparingLong(LoopbackVisitor.Visit::millis).reversed())
                .limit(3).map(v -> "/" + v.page() + " " + v.millis() + " ms").toList();
        log.info("Opened {} pages for the warm-up after the {} in {} ms (slowest: {}){}", visits.size(), why,
                (System.nanoTime() - start) / 1_000_000, String.join(", ", slowest), failed.isEmpty() ? "" : "; failed: " + failed);
    }

    /** The pages the last warm-up opened, with their status (for tests). */
    List<LoopbackVisitor.Visit> lastPages() {
        return lastPages;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
