package no.traineemonitor.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import no.traineemonitor.base.sql.ParallelQueries;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.indicator.InvalidFilterException;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * An indicator over the years (/utvikling): a series per programme, county (2024), BA-region or the whole country,
 * with the county and the country as reference series. A region's series is the indicator engine's pooled value of
 * its programmes (sums of exact counts of one comparability key, docs/how-we-compare.md rule 9), never an average;
 * its programmes' values that may not be pooled are kept with the reason. The queries are a fixed few, whatever the
 * number of programmes or years: the indicator's values, and the pooled values per region type, side by side.
 */
@Service
public class TrendService {

    /** What a series is of. */
    public enum Level {
        PROGRAMME("program", null), COUNTY("fylke", "county"), BA_REGION("ba", "ba_region"), COUNTRY("land", "all");

        private final String urlValue;
        private final @Nullable String regionType;

        Level(String urlValue, @Nullable String regionType) {
            this.urlValue = urlValue;
            this.regionType = regionType;
        }

        public String urlValue() {
            return urlValue;
        }

        public static java.util.Optional<Level> fromUrl(String value) {
            for (Level l : values()) {
                if (l.urlValue.equals(value)) {
                    return java.util.Optional.of(l);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** Why a programme's value is not in its region's pooled value (docs/how-we-compare.md). */
    public enum NotPooled {
        /** a rate or a ratio, not a share: counts of shares are added, other figures are not */
        NOT_A_SHARE,
        /** a target, plan or model */
        INTENTION,
        /** the sources disagree */
        DISPUTED,
        /** approximate, an estimate, a range or a bound: not exact counts */
        NOT_EXACT,
        /** a percentage the source gives without the counts */
        NO_COUNTS,
        /** one statement about several programmes */
        JOINT
    }

    /**
     * One series: a programme's values, or a region's pooled values (and the values of its programmes that could not be
     * pooled, with why). {@code reference} marks the county and country shown beside the chosen subjects.
     */
    public record Series(Level level, String id, String name, boolean reference, List<IndicatorResult> values,
                         Map<NotPooled, List<IndicatorResult>> notPooled) {

        /** The one-year point values (exact, approximate, estimates) of one comparability key, by year. */
        public Map<Integer, IndicatorResult> yearly(String comparabilityKey) {
            Map<Integer, IndicatorResult> out = new java.util.TreeMap<>();
            values.stream().filter(r -> r.comparabilityKey().equals(comparabilityKey) && isYearPoint(r))
                    .forEach(r -> out.putIfAbsent(r.periodEnd(), r));
            return out;
        }
    }

    /**
     * The page's content: the series, the comparability keys with one-year values (one chart each: unlike keys are never
     * drawn together), and the years those have. Per BA-region, a programme that covers several BA-regions is pooled into
     * none of them and is a series of its own, once: {@code acrossBaRegions} names the BA-regions of each such series.
     */
    public record Trends(IndicatorDefinition definition, Level level, List<Series> series, List<Series> references,
                         List<String> yearlyKeys, List<Integer> years, List<String> spanKeys,
                         Map<String, List<String>> acrossBaRegions) {

        public List<Series> all() {
            List<Series> out = new ArrayList<>(series);
            out.addAll(references);
            return out;
        }
    }

    private final IndicatorService indicators;
    private final ProgrammeService programmes;
    private final no.traineemonitor.reference.ReferenceService reference;
    private final ParallelQueries queries;

    TrendService(IndicatorService indicators, ProgrammeService programmes,
                 no.traineemonitor.reference.ReferenceService reference, ParallelQueries queries) {
        this.indicators = indicators;
        this.programmes = programmes;
        this.reference = reference;
        this.queries = queries;
    }

    /** Below this n a share is withheld (the legend of the values table says so). */
    public int minimumN() {
        return indicators.minimumN();
    }

    /**
     * A one-year value that is a point of a line: dated, shown (or withheld), not a range or a bound, and undisputed (where
     * the sources disagree, the values are in the table side by side, never one of them drawn).
     */
    static boolean isYearPoint(IndicatorResult r) {
        return r.periodKind().equals("year") && r.periodEnd() != null && (r.hasValue() || r.suppressed())
                && IndicatorResult.POINT_CLASSES.contains(r.qualifierClass()) && !r.conflicting();
    }

    /**
     * A value of several years, of an open span or of a point in time that can be drawn as what it is (not as a one-year
     * point): known, a point value (not a range or a bound), undisputed, with its (last) year known.
     */
    public static boolean isSpanValue(IndicatorResult r) {
        return SPAN_KINDS.contains(r.periodKind()) && r.periodEnd() != null && r.hasValue()
                && IndicatorResult.POINT_CLASSES.contains(r.qualifierClass()) && !r.conflicting();
    }

    private static final Set<String> SPAN_KINDS = Set.of("multi_year", "open_ended", "point");

    /** Why a value may not be pooled (the rules of pooled.sql), or null when it may. */
    public static @Nullable NotPooled whyNotPooled(IndicatorResult r) {
        if (r.subjectType().equals("programme_group")) {
            return NotPooled.JOINT;
        }
        if (!r.kind().equals("share")) {
            return NotPooled.NOT_A_SHARE;
        }
        if (r.isIntention()) {
            return NotPooled.INTENTION;
        }
        if (r.conflicting()) {
            return NotPooled.DISPUTED;
        }
        if (!r.qualifierClass().equals("exact")) {
            return NotPooled.NOT_EXACT;
        }
        if (!r.basis().equals("counts")) {
            return NotPooled.NO_COUNTS;
        }
        return null;
    }

    /**
     * The trends of one indicator.
     *
     * @param selection the shared filter (county, BA-region, classes, type, programme, years); the subjects shown when no
     *                  comparison set is given
     * @param set       the comparison set: programme ids and county numbers (2024); when it has entries, they are the
     *                  subjects instead of the selection
     */
    public Trends trends(String indicatorId, Level level, IndicatorFilter selection, List<String> set) {
        IndicatorDefinition definition = indicators.definition(indicatorId)
                .orElseThrow(() -> new InvalidFilterException("Unknown indicator: '" + indicatorId + "'"));
        IndicatorFilter filter = selection.withIndicator(indicatorId);
        // every programme's values of the indicator in the years chosen: the set may reach beyond the selection
        IndicatorFilter everywhere = new IndicatorFilter(null, null, null, null, filter.programmeType(), null, indicatorId,
                filter.fromYear(), filter.toYear());
        var all = queries.start(() -> indicators.results(everywhere));
        boolean narrowed = filter.county2024() != null || filter.county2020() != null || filter.baRegion() != null
                || !filter.centralityClasses().isEmpty() || filter.programmeId() != null;
        var selected = queries.start(() -> set.isEmpty() && level == Level.PROGRAMME && narrowed ? indicators.results(filter)
                : List.<IndicatorResult>of());
        var counties = queries.start(() -> indicators.pooled("county", null, everywhere));
        var countyMembers = queries.start(() -> indicators.regionProgrammes("county", filter.programmeType()));
        var country = queries.start(() -> indicators.pooled("all", "NO", everywhere));
        var ba = queries.start(() -> level == Level.BA_REGION ? indicators.pooled("ba_region", null, everywhere) : List.<IndicatorResult>of());
        var baMembers = queries.start(() -> level == Level.BA_REGION
                ? indicators.regionProgrammes("ba_region", filter.programmeType()) : Map.<String, List<String>>of());
        var baSeveral = queries.start(() -> level == Level.BA_REGION
                ? indicators.programmesAcrossBaRegions(filter.programmeType()) : Map.<String, List<String>>of());

        Map<String, List<IndicatorResult>> byProgramme = new LinkedHashMap<>();
        all.get().stream().filter(r -> r.subjectType().equals("programme"))
                .forEach(r -> byProgramme.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(r));
        List<String> setProgrammes = set.stream().filter(id -> programmes.programme(id).isPresent()).toList();
        List<String> setCounties = set.stream().filter(id -> programmes.programme(id).isEmpty()).toList();

        List<Series> series = new ArrayList<>();
        Map<String, List<String>> acrossBaRegions = new LinkedHashMap<>();
        switch (level) {
            case PROGRAMME -> {
                List<String> ids = !set.isEmpty() ? setProgrammes : (narrowed ? selected.get() : all.get()).stream()
                        .filter(r -> r.subjectType().equals("programme")).map(IndicatorResult::subjectId).distinct().toList();
                for (String id : ids) {
                    series.add(programmeSeries(id, byProgramme.getOrDefault(id, List.of()), false));
                }
                for (String c : setCounties) {
                    series.add(regionSeries(Level.COUNTY, c, countyName(c), false, counties.get(), countyMembers.get(), byProgramme));
                }
            }
            case COUNTY -> {
                List<String> ids = !setCounties.isEmpty() ? setCounties
                        : selection.county2024() != null ? List.of(selection.county2024())
                        : regionsWithValues(countyMembers.get(), byProgramme);
                ids.forEach(c -> series.add(regionSeries(Level.COUNTY, c, countyName(c), false, counties.get(),
                        countyMembers.get(), byProgramme)));
            }
            case BA_REGION -> {
                List<String> ids = selection.baRegion() != null ? List.of(selection.baRegion())
                        : regionsWithValues(baMembers.get(), byProgramme);
                ids.forEach(b -> series.add(regionSeries(Level.BA_REGION, b, baName(b), false, ba.get(), baMembers.get(),
                        byProgramme)));
                // a programme across several BA-regions is in none of their pools: shown once, on its own
                baSeveral.get().forEach((id, regions) -> {
                    if (byProgramme.containsKey(id) && (selection.baRegion() == null || regions.contains(selection.baRegion()))) {
                        series.add(programmeSeries(id, byProgramme.get(id), false));
                        acrossBaRegions.put(id, regions.stream().map(this::baName).toList());
                    }
                });
            }
            case COUNTRY -> series.add(regionSeries(Level.COUNTRY, "NO", "", false, country.get(),
                    Map.of("NO", new ArrayList<>(byProgramme.keySet())), byProgramme));
        }

        List<Series> references = new ArrayList<>();
        if (level == Level.PROGRAMME || level == Level.BA_REGION) {
            Set<String> referenceCounties = new LinkedHashSet<>();
            if (selection.county2024() != null) {
                referenceCounties.add(selection.county2024());
            } else {
                series.stream().filter(s -> level == Level.PROGRAMME && s.level() == Level.PROGRAMME).map(s -> programmes.programme(s.id())
                        .map(Programme::countyNumber2024).orElse(null)).filter(Objects::nonNull).forEach(referenceCounties::add);
            }
            referenceCounties.removeAll(setCounties);
            referenceCounties.stream().limit(3).forEach(c -> references.add(regionSeries(Level.COUNTY, c, countyName(c), true,
                    counties.get(), countyMembers.get(), byProgramme)));
        }
        if (level != Level.COUNTRY) {
            references.add(regionSeries(Level.COUNTRY, "NO", "", true, country.get(),
                    Map.of("NO", new ArrayList<>(byProgramme.keySet())), byProgramme));
        }

        List<Series> shown = new ArrayList<>(series);
        shown.addAll(references);
        Map<String, Long> keys = new LinkedHashMap<>();
        shown.stream().flatMap(s -> s.values().stream()).filter(TrendService::isYearPoint)
                .sorted(Comparator.comparing(IndicatorResult::comparabilityKey))
                .forEach(r -> keys.merge(r.comparabilityKey(), 1L, Long::sum));
        List<String> yearlyKeys = keys.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        TreeSet<Integer> years = new TreeSet<>();
        shown.stream().flatMap(s -> s.values().stream()).filter(TrendService::isYearPoint).map(IndicatorResult::periodEnd)
                .forEach(years::add);
        Map<String, Long> spans = new LinkedHashMap<>();
        shown.stream().flatMap(s -> s.values().stream()).filter(TrendService::isSpanValue)
                .sorted(Comparator.comparing(IndicatorResult::comparabilityKey))
                .forEach(r -> spans.merge(r.comparabilityKey(), 1L, Long::sum));
        List<String> spanKeys = spans.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        return new Trends(definition, level, series, references, yearlyKeys, List.copyOf(years), spanKeys, acrossBaRegions);
    }

    private Series programmeSeries(String id, List<IndicatorResult> values, boolean reference) {
        String name = programmes.programme(id).map(Programme::name).orElse(id);
        return new Series(Level.PROGRAMME, id, name, reference, sorted(values), Map.of());
    }

    /** A region's pooled values, and its programmes' values that could not be pooled, by reason. */
    private Series regionSeries(Level level, String id, String name, boolean reference, List<IndicatorResult> pooled,
                                Map<String, List<String>> members, Map<String, List<IndicatorResult>> byProgramme) {
        List<IndicatorResult> values = pooled.stream().filter(r -> r.subjectId().equals(id)).toList();
        Map<NotPooled, List<IndicatorResult>> notPooled = new java.util.EnumMap<>(NotPooled.class);
        for (String programme : members.getOrDefault(id, List.of())) {
            for (IndicatorResult r : byProgramme.getOrDefault(programme, List.of())) {
                NotPooled why = whyNotPooled(r);
                if (why != null && (r.hasValue() || r.suppressed())) {
                    notPooled.computeIfAbsent(why, k -> new ArrayList<>()).add(r);
                }
            }
        }
        return new Series(level, id, name, reference, sorted(values), notPooled);
    }

    /** The regions with a programme that reports the indicator, in number order. */
    private static List<String> regionsWithValues(Map<String, List<String>> members, Map<String, List<IndicatorResult>> byProgramme) {
        return members.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(byProgramme::containsKey))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private String countyName(String number) {
        return reference.county(number, no.traineemonitor.reference.CountyDivision.D2024)
                .map(no.traineemonitor.reference.County::label).orElse(number);
    }

    private String baName(String number) {
        return reference.baRegions().stream().filter(b -> b.number().equals(number)).findFirst()
                .map(no.traineemonitor.reference.BaRegion::label).orElse(number);
    }

    private static List<IndicatorResult> sorted(List<IndicatorResult> values) {
        return values.stream().sorted(Comparator.comparing((IndicatorResult r) -> r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd())
                .thenComparing(IndicatorResult::comparabilityKey)).toList();
    }
}
