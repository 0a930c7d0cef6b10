package no.traineemonitor.dashboard;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.traineemonitor.base.sql.DataVersionCache;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What exists and what an indicator is: the data-availability matrix (indicators × programmes: the latest year with a
 * value and how many years) and the page about one indicator (its definitions, which programmes report it since when,
 * the documents it rests on). Values are the indicator engine's, as the signed-in user may see them.
 */
@Service
public class ExploreService {

    private final IndicatorService indicators;
    private final SourceService sources;
    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private final OverviewRepository selected;
    /** The matrix per selection, kept per data version (weight: its cells). */
    private final DataVersionCache<IndicatorFilter, Matrix> matrices = new DataVersionCache<>(200_000,
            m -> m.cells().size() + m.programmes().size() + m.withoutValues().size());

    ExploreService(IndicatorService indicators, SourceService sources, JdbcClient jdbc, SqlFiles sql,
                   OverviewRepository selected) {
        this.selected = selected;
        this.indicators = indicators;
        this.sources = sources;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Below this n a share is withheld (the legend of a table says so). */
    public int minimumN() {
        return indicators.minimumN();
    }

    /** One cell of the matrix: an indicator of a programme, its latest year and how many years have a value. */
    public record Cell(String indicatorId, String programmeId, int latestYear, int years, int values) {
    }

    /** A programme of the matrix (a row). */
    public record Subject(String id, String name) {
    }

    /**
     * The matrix: the catalogue's indicators, the programmes with any value, the cells, the newest year held, the
     * selection's programmes without any value, and the first year a value covers (null when there are none).
     */
    public record Matrix(List<IndicatorDefinition> indicators, List<Subject> programmes, Map<String, Cell> cells,
                         int newestYear, List<Subject> withoutValues, @Nullable Integer earliestYear) {

        public Optional<Cell> cell(String indicatorId, String programmeId) {
            return Optional.ofNullable(cells.get(indicatorId + "|" + programmeId));
        }
    }

    /** The year a value is about: the end of its period, else its start; null for an undated value. */
    static @Nullable Integer year(IndicatorResult r) {
        return r.periodEnd() != null ? r.periodEnd() : r.periodStart();
    }

    /** The first year a value covers: the start of its period, else its end. */
    static @Nullable Integer firstYear(IndicatorResult r) {
        return r.periodStart() != null ? r.periodStart() : r.periodEnd();
    }

    /** A value that exists: shown, or withheld as a small number (it exists, the public just does not see it). */
    static boolean reported(IndicatorResult r) {
        return r.hasValue() || r.suppressed();
    }

    /** The matrix of every programme (no filter). */
    public Matrix availability() {
        return availability(IndicatorFilter.none());
    }

    /**
     * The matrix of the programmes in a selection (county, BA-region, centrality, programme type, programme, years):
     * the indicator engine's values for the selection (one cached query) and the selection's programmes (one query),
     * kept per data version.
     */
    public Matrix availability(IndicatorFilter filter) {
        IndicatorFilter selection = filter.withIndicator(null);
        return matrices.get(selection, () -> matrix(selection));
    }

    /** The facts behind the matrix's cells (for the line under it: the documents they come from). */
    public List<String> availabilityFactIds(IndicatorFilter filter) {
        return IndicatorResult.factIdsOf(matrixResults(filter.withIndicator(null)));
    }

    /**
     * The selection's values, asked per indicator: the explorer asks the same and the server computes them ahead per
     * county ({@link ViewStates}), so the matrix reuses those answers instead of holding a second copy of every value.
     */
    private List<IndicatorResult> matrixResults(IndicatorFilter selection) {
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorDefinition d : indicators.catalogue()) {
            for (IndicatorResult r : indicators.results(selection.withIndicator(d.indicatorId()))) {
                if (r.subjectType().equals("programme") && reported(r) && year(r) != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private Matrix matrix(IndicatorFilter selection) {
        List<IndicatorResult> results = matrixResults(selection);
        Map<String, List<IndicatorResult>> byCell = new LinkedHashMap<>();
        Map<String, String> names = new TreeMap<>();
        for (IndicatorResult r : results) {
            byCell.computeIfAbsent(r.indicatorId() + "|" + r.subjectId(), k -> new ArrayList<>()).add(r);
            names.put(r.subjectId(), r.subjectName());
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        byCell.forEach((key, list) -> {
            Set<Integer> years = list.stream().map(ExploreService::year).collect(Collectors.toSet());
            cells.put(key, new Cell(list.getFirst().indicatorId(), list.getFirst().subjectId(),
                    years.stream().mapToInt(Integer::intValue).max().orElseThrow(), years.size(), list.size()));
        });
        List<Subject> programmes = names.entrySet().stream().map(e -> new Subject(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Subject::name)).toList();
        int newest = cells.values().stream().mapToInt(Cell::latestYear).max().orElse(0);
        Integer earliest = results.stream().map(ExploreService::firstYear).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        List<Subject> without = selected.programmes(selection).stream()
                .filter(p -> !names.containsKey(p.programmeId())).map(p -> new Subject(p.programmeId(), p.name()))
                .sorted(Comparator.comparing(Subject::name)).toList();
        return new Matrix(indicators.catalogue(), programmes, cells, newest, without, earliest);
    }

    /**
     * A county's cell of the matrix: the latest year any of the selection's programmes in the county has a value for
     * the indicator, and how many of them have one (a count of programmes, never a pooled value).
     */
    public record CountyCell(String indicatorId, String countyNumber, int latestYear, int programmes) {
    }

    /** The matrix per county: the counties with any of the selection's programmes, and each one's programme count. */
    public record CountyMatrix(List<IndicatorDefinition> indicators, List<String> counties, Map<String, Integer> programmes,
                               Map<String, CountyCell> cells, int newestYear) {

        public Optional<CountyCell> cell(String indicatorId, String countyNumber) {
            return Optional.ofNullable(cells.get(indicatorId + "|" + countyNumber));
        }
    }

    /**
     * The availability matrix per county (indicators × counties): from the programme matrix of the selection and the
     * programmes of each county (county of 2024 or 2020, as the filter's division), both kept per data version; no
     * query per county.
     */
    public CountyMatrix countyAvailability(IndicatorFilter filter, boolean counties2020) {
        Matrix m = availability(filter);
        Map<String, List<String>> members = indicators.regionProgrammes(counties2020 ? "county_2020" : "county",
                filter.programmeType());
        Set<String> selected = new java.util.HashSet<>();
        m.programmes().forEach(p -> selected.add(p.id()));
        m.withoutValues().forEach(p -> selected.add(p.id()));
        List<String> counties = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, CountyCell> cells = new LinkedHashMap<>();
        for (var county : new TreeMap<>(members).entrySet()) {
            List<String> inSelection = county.getValue().stream().filter(selected::contains).toList();
            if (inSelection.isEmpty()) {
                continue;
            }
            counties.add(county.getKey());
            counts.put(county.getKey(), inSelection.size());
            for (IndicatorDefinition d : m.indicators()) {
                List<Cell> reported = inSelection.stream().map(id -> m.cell(d.indicatorId(), id))
                        .flatMap(Optional::stream).toList();
                if (!reported.isEmpty()) {
                    cells.put(d.indicatorId() + "|" + county.getKey(), new CountyCell(d.indicatorId(), county.getKey(),
                            reported.stream().mapToInt(Cell::latestYear).max().orElseThrow(), reported.size()));
                }
            }
        }
        return new CountyMatrix(m.indicators(), counties, counts, cells, m.newestYear());
    }

    /** An indicator of the selection and how many of its programmes have a value for it. */
    public record Reach(IndicatorDefinition indicator, int programmes) {
    }

    /**
     * What we know about a selection, in short (the overview's block): how many of the catalogue's indicators have a
     * value, how many programmes report any and how many are in the selection, the years the values cover, the
     * indicators most and fewest programmes report, and the indicators without any value.
     *
     * @param firstYear  the first year a value covers (null when there are none)
     * @param latestYear the latest year with a value (null when there are none)
     * @param most       the indicators with the most reporting programmes (up to three, ties included in catalogue order)
     * @param fewest     the indicators with a value but the fewest reporting programmes (up to three, not in most)
     * @param missing    the catalogue's indicators without a value for the selection
     */
    public record Summary(int indicatorsWithValues, int indicatorsInCatalogue, int programmesReporting,
                          int programmesInSelection, @Nullable Integer firstYear, @Nullable Integer latestYear,
                          List<Reach> most, List<Reach> fewest, List<IndicatorDefinition> missing) {
    }

    /** The matrix of the selection in short (see {@link Summary}); from the same answer as {@link #availability(IndicatorFilter)}. */
    public Summary summary(IndicatorFilter filter) {
        Matrix m = availability(filter);
        Map<String, Integer> reach = new LinkedHashMap<>();
        m.cells().values().forEach(c -> reach.merge(c.indicatorId(), 1, Integer::sum));
        List<Reach> reported = m.indicators().stream().filter(d -> reach.containsKey(d.indicatorId()))
                .map(d -> new Reach(d, reach.get(d.indicatorId()))).toList();
        List<Reach> most = reported.stream().sorted(Comparator.comparingInt(Reach::programmes).reversed()).limit(3).toList();
        List<Reach> fewest = reported.stream().filter(r -> !most.contains(r))
                .sorted(Comparator.comparingInt(Reach::programmes)).limit(3).toList();
        List<IndicatorDefinition> missing = m.indicators().stream().filter(d -> !reach.containsKey(d.indicatorId())).toList();
        return new Summary(reported.size(), m.indicators().size(), m.programmes().size(),
                m.programmes().size() + m.withoutValues().size(), m.earliestYear(), m.cells().isEmpty() ? null : m.newestYear(),
                most, fewest, missing);
    }

    /** Forgets the matrices made before: call it when the data has changed. */
    public void dataChanged() {
        matrices.clear();
    }

    /** A yearly return changed the warehouse: the matrices are made again. */
    @org.springframework.context.event.EventListener
    void warehouseChanged(no.traineemonitor.warehouse.WarehouseChanged event) {
        dataChanged();
    }

    /** One way the indicator is defined (scope, horizon, variant, period kind, figure kind): how many report it so. */
    public record Variant(String comparabilityKey, IndicatorResult example, long programmes, int values,
                          @Nullable Integer firstYear, @Nullable Integer lastYear) {
    }

    /** A programme that reports the indicator: since when, until when, how many values, and the latest. */
    public record Reporter(String programmeId, String name, @Nullable Integer firstYear, @Nullable Integer latestYear,
                           int values, IndicatorResult latest) {
    }

    /** A document the indicator's values rest on, and how many of its facts. */
    public record Document(String sourceFile, String title, long facts) {
    }

    public record About(IndicatorDefinition definition, List<Variant> variants, List<Reporter> reporters,
                        List<Document> documents, String dataVersion, @Nullable LocalDateTime builtAt,
                        Optional<Trend> trend) {
    }

    /** One programme's one-year values of a trend, oldest first. */
    public record Line(String programmeId, String name, List<IndicatorResult> values) {
    }

    /**
     * The indicator over the years, like with like: the one-year outcomes of one definition (the one most values have),
     * per programme; values with an interval keep it; ranges, bounds and withheld values are not points of a line.
     * Empty when no definition has one-year values.
     */
    public record Trend(IndicatorResult example, List<Line> lines) {
    }

    /** The trend among the values of one indicator (read once with the rest of the page about it). */
    private Optional<Trend> trend(List<IndicatorResult> values) {
        List<IndicatorResult> points = values.stream()
                .filter(r -> r.subjectType().equals("programme") && r.periodKind().equals("year")
                        && r.figureKind().equals("outcome") && r.hasValue() && r.periodEnd() != null
                        && IndicatorResult.POINT_CLASSES.contains(r.qualifierClass()))
                .toList();
        Map<String, Long> perKey = points.stream().collect(Collectors.groupingBy(IndicatorResult::comparabilityKey,
                TreeMap::new, Collectors.counting()));
        Optional<String> key = perKey.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<IndicatorResult>> byProgramme = new TreeMap<>();
        points.stream().filter(r -> r.comparabilityKey().equals(key.get()))
                .forEach(r -> byProgramme.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(r));
        List<Line> lines = byProgramme.values().stream().map(list -> new Line(list.getFirst().subjectId(),
                        list.getFirst().subjectName(), list.stream().sorted(Comparator.comparing(IndicatorResult::periodEnd)).toList()))
                .sorted(Comparator.comparing(Line::name)).toList();
        return Optional.of(new Trend(lines.getFirst().values().getFirst(), lines));
    }

    public Optional<About> about(String indicatorId) {
        Optional<IndicatorDefinition> definition = indicators.definition(indicatorId);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        List<IndicatorResult> all = indicators.results(IndicatorFilter.none().withIndicator(indicatorId));
        List<IndicatorResult> results = all.stream().filter(ExploreService::reported).toList();
        Comparator<IndicatorResult> byYear = Comparator.comparing(ExploreService::year,
                Comparator.nullsFirst(Comparator.naturalOrder()));

        Map<String, List<IndicatorResult>> byKey = new LinkedHashMap<>();
        results.forEach(r -> byKey.computeIfAbsent(r.comparabilityKey(), k -> new ArrayList<>()).add(r));
        List<Variant> variants = byKey.values().stream().map(list -> new Variant(list.getFirst().comparabilityKey(),
                        list.getFirst(), list.stream().filter(r -> r.subjectType().equals("programme"))
                                .map(IndicatorResult::subjectId).distinct().count(), list.size(),
                        list.stream().map(ExploreService::firstYear).filter(Objects::nonNull).min(Integer::compare).orElse(null),
                        list.stream().map(ExploreService::year).filter(Objects::nonNull).max(Integer::compare).orElse(null)))
                .sorted(Comparator.comparingLong(Variant::programmes).reversed().thenComparing(Variant::comparabilityKey))
                .toList();

        Map<String, List<IndicatorResult>> byProgramme = new TreeMap<>();
        results.stream().filter(r -> r.subjectType().equals("programme"))
                .forEach(r -> byProgramme.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(r));
        List<Reporter> reporters = byProgramme.values().stream().map(list -> {
            List<IndicatorResult> sorted = list.stream().sorted(byYear).toList();
            return new Reporter(sorted.getFirst().subjectId(), sorted.getFirst().subjectName(),
                    sorted.stream().map(ExploreService::firstYear).filter(Objects::nonNull).min(Integer::compare).orElse(null),
                    year(sorted.getLast()), sorted.size(), sorted.getLast());
        }).sorted(Comparator.comparing(Reporter::name)).toList();

        Set<String> factIds = new LinkedHashSet<>();
        results.forEach(r -> factIds.addAll(r.factIds()));
        Map<String, Document> documents = new LinkedHashMap<>();
        for (Fact f : sources.facts(factIds)) {
            documents.merge(f.sourceFile(), new Document(f.sourceFile(), f.sourceTitle() == null ? f.sourceFile() : f.sourceTitle(), 1),
                    (a, b) -> new Document(a.sourceFile(), a.title(), a.facts() + 1));
        }
        var version = jdbc.sql(sql.get("query/dashboard/data_version.sql"))
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getTimestamp(2)}).single();
        return Optional.of(new About(definition.get(), variants, reporters,
                documents.values().stream().sorted(Comparator.comparingLong(Document::facts).reversed()).toList(),
                (String) version[0], version[1] == null ? null : ((java.sql.Timestamp) version[1]).toLocalDateTime(),
                trend(all)));
    }
}
