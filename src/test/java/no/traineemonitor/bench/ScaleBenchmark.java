package no.traineemonitor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.dashboard.OverviewService;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The in-process parts of the scale benchmark (bench/scale.sh runs it on a scratch warehouse): the indicator engine
 * against hand-written DuckDB SQL on the same file, the data each view asks for on a filter change with 1, 10 and 50
 * concurrent sessions, and the timings of bench/sql/*.sql and of DuckDB's own COPY on the same connection pool the
 * application uses. Appends its figures to a tab-separated file that {@link BenchReport} turns into JSON and Markdown.
 *
 * <p>{@code ScaleBenchmark --database=FILE --figures=FILE --sql=bench/sql --scratch=DIR [--sessions=1,10,50]
 * [--requests=40] [--runs=7] [--parts=engine,views,sql]}
 */
public final class ScaleBenchmark {

    /** Indicators compared with hand-written SQL: two ratios and two shares, the funnel's and the outcome's. */
    static final List<String> ENGINE_INDICATORS = List.of("applicants_per_position", "selection_rate", "fill_rate",
            "completion_rate");

    private final ConfigurableApplicationContext context;
    private final DataSource dataSource;
    private final IndicatorService indicators;
    private final Path figures;
    private final int runs;

    private ScaleBenchmark(ConfigurableApplicationContext context, Path figures, int runs) {
        this.context = context;
        this.dataSource = context.getBean(DataSource.class);
        this.indicators = context.getBean(IndicatorService.class);
        this.figures = figures;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = SyntheticData.options(args, "database", "figures", "sql", "scratch", "sessions", "requests",
                "runs", "pool-size", "parts");
        Path database = Path.of(SyntheticData.required(o, "database"));
        Path figures = Path.of(SyntheticData.required(o, "figures"));
        int runs = Integer.parseInt(o.getOrDefault("runs", "7"));
        int poolSize = Integer.parseInt(o.getOrDefault("pool-size", "8"));
        try (var context = BenchContext.start(database, poolSize)) {
            ScaleBenchmark b = new ScaleBenchmark(context, figures, runs);
            List<String> parts = List.of(o.getOrDefault("parts", "engine,views,sql").split(","));
            if (parts.contains("engine")) {
                b.engineAgainstSql();
            }
            if (parts.contains("views")) {
                b.viewData(Arrays.stream(o.getOrDefault("sessions", "1,10,50").split(",")).mapToInt(Integer::parseInt).toArray(),
                        Integer.parseInt(o.getOrDefault("requests", "40")));
            }
            if (parts.contains("sql")) {
                b.sqlFiles(Path.of(SyntheticData.required(o, "sql")), Path.of(SyntheticData.required(o, "scratch")));
            }
        }
    }

    // ------------------------------------------------------------------------------------ 1. engine against SQL

    /**
     * Per indicator: the engine's values (explorer, uncached) against the same rows read by hand from the stored
     * values, and the engine's pooled county values against a hand-written GROUP BY over the stored poolable values.
     * The hand-written answers are checked to hold the same rows and sums before any time counts. Both give what a value
     * is shown with: the hand-written queries also read the fact ids each value rests on into Java strings (before
     * 2026-12-07 the pooled one left them out and lists stayed unread driver objects, which made the engine look up to
     * 2.2× slower for work the SQL did not do).
     */
    private void engineAgainstSql() throws SQLException, IOException {
        double engineTotal = 0;
        double sqlTotal = 0;
        for (String indicator : ENGINE_INDICATORS) {
            IndicatorFilter filter = IndicatorFilter.none().withIndicator(indicator);
            // the engine's uncached path (results() keeps values per data version, which would make this a lookup)
            Supplier<List<IndicatorResult>> engineValues = () -> {
                List<IndicatorResult> out = new ArrayList<>();
                indicators.forEachResult(filter, out::add);
                return out;
            };
            Supplier<List<Object[]>> sqlValues = () -> query("SELECT indicator_id, variant, subject_type, subject_id, "
                    + "subject_name, period_start, period_end, period_kind, figure_kind, scope, horizon, qualifier, "
                    + "qualifier_class, numerator, denominator, reported_value, value, basis, kind, fact_ids, "
                    + "comparability_key, sources_disagree, CASE WHEN kind = 'share' AND denominator < ? THEN NULL ELSE value END "
                    + "FROM ind_value WHERE indicator_id = ? ORDER BY indicator_id, comparability_key, subject_type DESC, "
                    + "subject_name, period_end NULLS FIRST, period_start, qualifier, denominator NULLS FIRST, value NULLS FIRST, "
                    + "fact_ids", indicators.minimumN(), indicator); // observations.sql's order
            int engineRows = engineValues.get().size();
            int sqlRows = sqlValues.get().size();
            if (engineRows != sqlRows) {
                throw new IllegalStateException(indicator + ": the engine gives " + engineRows + " values, the SQL " + sqlRows);
            }
            double[] t = interleaved(engineValues, sqlValues);
            record(indicator, "values", engineRows, t);
            engineTotal += t[0];
            sqlTotal += t[1];

            Supplier<List<IndicatorResult>> enginePooled = () -> indicators.pooled("county", null, filter);
            Supplier<List<Object[]>> sqlPooled = () -> query("SELECT county_number_2024, indicator_id, comparability_key, "
                    + "period_start, period_end, any_value(period_kind), sum(numerator), sum(denominator), "
                    + "sum(numerator) / sum(denominator), list(DISTINCT subject_id ORDER BY subject_id), "
                    + "flatten(list(fact_ids ORDER BY subject_id)) " // the facts each pooled value rests on, as the engine gives
                    + "FROM ind_poolable WHERE indicator_id = ? AND county_number_2024 IS NOT NULL "
                    + "GROUP BY ALL ORDER BY county_number_2024, comparability_key, period_end NULLS FIRST, period_start",
                    indicator);
            List<IndicatorResult> pooled = enginePooled.get();
            List<Object[]> pooledSql = sqlPooled.get();
            // the engine withholds pooled shares with n below the minimum
            double engineSum = pooled.stream().mapToDouble(r -> r.denominator() == null ? 0 : r.denominator()).sum();
            double sqlSum = pooledSql.stream().mapToDouble(r -> ((Number) r[7]).doubleValue())
                    .filter(d -> d >= indicators.minimumN()).sum();
            if (pooled.size() != pooledSql.size() || Math.abs(engineSum - sqlSum) > 1e-6 * Math.max(1, sqlSum)) {
                throw new IllegalStateException(indicator + ": pooled per county, the engine gives " + pooled.size()
                        + " rows (denominators " + engineSum + "), the SQL " + pooledSql.size() + " (" + sqlSum + ")");
            }
            if (!pooled.isEmpty()) {
                double[] p = interleaved(enginePooled, sqlPooled);
                record(indicator, "pooled per county", pooled.size(), p);
                engineTotal += p[0];
                sqlTotal += p[1];
            }
        }
        figure("engine", "engine ÷ hand-written SQL, all of the above (sum of medians)", engineTotal / sqlTotal, "×",
                "≤ 1.2", engineTotal / sqlTotal <= 1.2, "");
    }

    private void record(String indicator, String what, int rows, double[] t) throws IOException {
        figure("engine", indicator + " " + what + " (" + rows + " rows): engine ms", t[0], "ms", "", null, "median of " + runs);
        figure("engine", indicator + " " + what + ": hand-written SQL ms", t[1], "ms", "", null, "median of " + runs);
        figure("engine", indicator + " " + what + ": engine ÷ SQL", t[0] / t[1], "×", "≤ 1.2", t[0] / t[1] <= 1.2, "");
    }

    /** Medians in ms of the two, run in turn {@code runs} times after one warm-up each. */
    private double[] interleaved(Supplier<?> a, Supplier<?> b) {
        a.get();
        b.get();
        double[] ta = new double[runs];
        double[] tb = new double[runs];
        for (int i = 0; i < runs; i++) {
            ta[i] = millis(a);
            tb[i] = millis(b);
        }
        return new double[] {median(ta), median(tb)};
    }

    private List<Object[]> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object value = rs.getObject(i + 1);
                        // a list (fact ids, programmes) read into Java values, as the engine reads it
                        row[i] = value instanceof java.sql.Array array ? array.getArray() : value;
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    // ----------------------------------------------------------------------------------------- 2. view data

    /**
     * Sessions change filters at the same time: each request picks a view and a state (county, indicator, programme,
     * peer group) at random (fixed seed) and asks the services for that view's data, as the view does. Before each
     * concurrency level the results kept per data version are forgotten, as after a load, so the figures include the
     * first computation of every state a session asks for; they are also given apart (first asked, asked before). Then
     * the server's warm-up after a load is run ({@link no.traineemonitor.dashboard.ViewStates}, timed) and the same
     * requests measured again, as they are once it has finished.
     */
    private void viewData(int[] sessionCounts, int requests) throws Exception {
        ViewData views = new ViewData(context);
        List<String> counties = query("SELECT DISTINCT county_number_2024 FROM programme WHERE county_number_2024 IS NOT NULL "
                + "ORDER BY 1").stream().map(r -> (String) r[0]).toList();
        List<String> indicatorIds = indicators.catalogue().stream().map(d -> d.indicatorId()).toList();
        List<String> programmes = context.getBean(ProgrammeService.class).programmes(null, null, null).stream()
                .filter(p -> p.type().equals("trainee_programme")).map(Programme::programmeId).toList();
        List<PeerGroup> groups = List.of(PeerGroup.ALL, PeerGroup.LENGTH, PeerGroup.SIZE, PeerGroup.CENTRALITY);
        // warm-up: the JIT, the connection pool, and then forget what was kept
        runSessions(views, 1, 30, counties, indicatorIds, programmes, groups, 1);
        for (int sessions : sessionCounts) {
            forgetKept();
            report("", sessions, runSessions(views, sessions, requests, counties, indicatorIds, programmes, groups, 16));
        }
        // the server's warm-up after a load (ExploreWarmup): every county's and programme's states computed ahead, then
        // the same requests are lookups; its time is the window in which a visitor may still wait for a computation
        forgetKept();
        var states = context.getBean(no.traineemonitor.dashboard.ViewStates.class);
        var counted = states.counties(() -> { });
        var benchmarked = states.benchmarks(() -> { });
        figure("views", "warm-up after a load: every county's overview, coverage and explorer values (s)",
                counted.millis() / 1000.0, "s", "", null, counted.states() + " states");
        figure("views", "warm-up after a load: every programme's benchmark per peer group (s)",
                benchmarked.millis() / 1000.0, "s", "", null, benchmarked.states() + " states");
        for (int sessions : sessionCounts) {
            report(" after the warm-up", sessions, runSessions(views, sessions, requests, counties, indicatorIds, programmes, groups, 16));
        }
    }

    /** p95 per view and over all views, for every request, a state first asked for and one asked before. */
    private void report(String when, int sessions, List<long[]> samples) throws IOException {
        String level = sessions + " session" + (sessions == 1 ? "" : "s") + when;
        double target = sessions == 1 ? 50 : sessions >= 50 ? 100 : Double.NaN;
        String targetText = Double.isNaN(target) ? "" : "≤ " + (int) target;
        for (ViewData.View view : ViewData.View.values()) {
            double[] ms = millis(samples, s -> s[0] == view.ordinal());
            long first = samples.stream().filter(s -> s[0] == view.ordinal() && s[2] == 1).count();
            figure("views", view.name().toLowerCase(Locale.ROOT) + ", " + level + ": p95 ms", percentile(ms, 95), "ms",
                    targetText, Double.isNaN(target) ? null : percentile(ms, 95) <= target, ms.length + " requests ("
                    + first + " first asked), p50 " + fmt(percentile(ms, 50)) + " ms, max " + fmt(ms[ms.length - 1]) + " ms");
        }
        for (int kind = 0; kind < 3; kind++) {
            int k = kind;
            double[] ms = millis(samples, s -> k == 0 || s[2] == (k == 1 ? 1 : 0));
            if (ms.length == 0) {
                continue;
            }
            String what = kind == 0 ? "every request" : kind == 1 ? "a state first asked for (computed)"
                    : "a state asked for before (a lookup)";
            figure("views", "all views, " + level + ", " + what + ": p95 ms", percentile(ms, 95), "ms", targetText,
                    Double.isNaN(target) ? null : percentile(ms, 95) <= target,
                    ms.length + " requests, p50 " + fmt(percentile(ms, 50)) + " ms, max " + fmt(ms[ms.length - 1]) + " ms");
        }
    }

    private static double[] millis(List<long[]> samples, java.util.function.Predicate<long[]> which) {
        return samples.stream().filter(which).mapToDouble(s -> s[1] / 1e6).sorted().toArray();
    }

    private void forgetKept() {
        indicators.dataChanged();
        context.getBean(BenchmarkService.class).dataChanged();
        context.getBean(OverviewService.class).dataChanged();
        context.getBean(ProgrammeService.class).dataChanged();
        context.getBean(CoverageService.class).dataChanged();
    }

    /**
     * Per request {view ordinal, nanoseconds, 1 if no session had asked for this view's state before}. A view's state is
     * what its data depends on: the county (overview, coverage), county and indicator (explorer), programme and peer
     * group (benchmark).
     */
    private static List<long[]> runSessions(ViewData views, int sessions, int requests, List<String> counties,
                                            List<String> indicatorIds, List<String> programmes, List<PeerGroup> groups,
                                            long seed) throws Exception {
        List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
        java.util.Set<String> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(sessions)) {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                SplittableRandom random = new SplittableRandom(seed * 1000 + s);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < requests; i++) {
                        ViewData.View view = ViewData.View.values()[random.nextInt(ViewData.View.values().length)];
                        String county = random.nextInt(4) == 0 ? null : counties.get(random.nextInt(counties.size()));
                        ViewData.State state = new ViewData.State(county, indicatorIds.get(random.nextInt(indicatorIds.size())),
                                programmes.get(random.nextInt(programmes.size())), groups.get(random.nextInt(groups.size())));
                        String key = view + "|" + switch (view) {
                            case OVERVIEW, COVERAGE -> state.county();
                            case EXPLORER -> state.county() + "|" + state.indicator();
                            case BENCHMARK -> state.programme() + "|" + state.group();
                        };
                        long first = asked.add(key) ? 1 : 0;
                        long t = System.nanoTime();
                        views.load(view, state);
                        samples.add(new long[] {view.ordinal(), System.nanoTime() - t, first});
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return samples;
    }

    // ------------------------------------------------------------------------------ 3. bench/sql on DuckDB

    /**
     * bench/sql/q_*.sql (scan-and-aggregate over the facts, the same text PostgreSQL runs) timed on the application's
     * connection pool, and bench/sql/extract.sql written by DuckDB's own {@code COPY ... TO} as CSV.
     */
    private void sqlFiles(Path folder, Path scratch) throws IOException, SQLException {
        List<Path> queries;
        try (var files = Files.list(folder)) {
            queries = files.filter(p -> p.getFileName().toString().startsWith("q_")).sorted().toList();
        }
        for (Path q : queries) {
            String sql = Files.readString(q, StandardCharsets.UTF_8).strip().replaceAll(";$", "");
            int rows = query(sql).size();
            double[] t = new double[runs];
            for (int i = 0; i < runs; i++) {
                t[i] = millis(() -> query(sql));
            }
            figure("duckdb", q.getFileName() + " ms", median(t), "ms", "", null, rows + " rows, median of " + runs);
        }
        String extract = Files.readString(folder.resolve("extract.sql"), StandardCharsets.UTF_8).strip().replaceAll(";$", "");
        Path out = scratch.resolve("duckdb-copy.csv");
        double[] t = new double[3];
        for (int i = 0; i < t.length; i++) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                long start = System.nanoTime();
                st.execute("COPY (" + extract + ") TO '" + out.toAbsolutePath() + "' (HEADER, DELIMITER ',')");
                t[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        figure("duckdb", "extract.sql COPY TO csv ms", median(t), "ms", "", null,
                Files.size(out) / 1048576 + " MB, median of 3");
        Files.deleteIfExists(out);
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static double millis(Supplier<?> s) {
        long t = System.nanoTime();
        s.get();
        return (System.nanoTime() - t) / 1e6;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }

    /** One line of the figures file: section, name, value, unit, target, met (yes/no/empty), note. */
    private void figure(String section, String name, double value, String unit, String target, Boolean met, String note)
            throws IOException {
        BenchReport.append(figures, section, name, fmt(value), unit, target, met, note);
        System.out.println(section + " | " + name + " | " + fmt(value) + " " + unit + (target.isEmpty() ? "" : " (target " + target + ")")
                + (note.isEmpty() ? "" : " | " + note));
    }
}
