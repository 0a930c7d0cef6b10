package no.traineemonitor.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.coverage.MapValue;
import no.traineemonitor.coverage.MunicipalityCoverage;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The indicator map ({@code /kart}): an indicator's values drawn on the municipalities of the filtered area, by one of
 * two rules, both of them only where a figure really describes the place:
 * <ul>
 *   <li>{@link Level#MUNICIPALITY}: a municipality gets the latest value of each running programme that reaches it (as
 *       on the coverage map); one programme, or several whose values fall in the same class, give that class; several
 *       in different classes are marked as such, never averaged;</li>
 *   <li>{@link Level#BA_REGION}: a municipality gets its BA-region's value, pooled by the indicator engine from the
 *       exact counts of the programmes that lie wholly in the region (shares only; numerators and denominators summed,
 *       never shares averaged), the latest period. A programme that covers several BA-regions is in none of them: it is
 *       listed once, with its BA-regions ({@link IndicatorMap#acrossBaRegions()}), never coloured into each.</li>
 * </ul>
 * One definition (comparability key) of the indicator is drawn per map, never mixed or averaged: the one chosen, by
 * default the one most programmes report; {@link IndicatorMap#definitions()} lists each with its number of programmes.
 * Values are programme outcomes that are points (not ranges or bounds) and undisputed. A municipality no figure covers is unknown (hatched), never 0; one
 * whose figures are all withheld (n below the minimum) is suppressed (grey).
 */
@Service
public class IndicatorMapService {

    /** How values are attributed to municipalities. */
    public enum Level {
        MUNICIPALITY("kommune"), BA_REGION("ba");

        private final String urlValue;

        Level(String urlValue) {
            this.urlValue = urlValue;
        }

        public String urlValue() {
            return urlValue;
        }

        public static Level fromUrl(@Nullable String value) {
            return "ba".equals(value) ? BA_REGION : MUNICIPALITY;
        }
    }

    /** Class limits: class i (1 … 5) holds values from {@code bounds[i-1]} up to (not including) {@code bounds[i]}; the last includes its top. */
    public record Classes(boolean share, List<BigDecimal> bounds) {

        public int count() {
            return bounds.size() - 1;
        }

        /** The class of a value, 1 … {@link #count()}. */
        public int of(double value) {
            for (int i = count(); i >= 1; i--) {
                if (BigDecimal.valueOf(value).compareTo(bounds.get(i - 1)) >= 0) {
                    return i;
                }
            }
            return 1;
        }
    }

    /** A municipality of the map: how it is filled, and the figures it rests on (empty when unknown). */
    public record Cell(MunicipalityCoverage municipality, MapValue.Kind kind, int valueClass, List<IndicatorResult> values) {
    }

    /**
     * A definition of the indicator the programmes report: its comparability key, one of its values (for the words) and
     * how many programmes report under it (in the filter, any period).
     */
    public record Definition(String key, IndicatorResult example, int programmes) {
    }

    /** A programme that covers several BA-regions: its latest values of the drawn definition and its BA-regions' names. */
    public record AcrossBaRegions(String programmeId, String name, List<IndicatorResult> values, List<String> baRegions) {
    }

    /**
     * @param example         one of the drawn values, for the definition's words (null when there are none)
     * @param cells           every municipality of the area, in the area's order
     * @param definitions     the definitions programmes report, most programmes first
     * @param key             the definition drawn ("" when there is none)
     * @param acrossBaRegions per BA-region: the programmes of the area that cover several BA-regions, shown once each
     */
    public record IndicatorMap(IndicatorDefinition definition, Level level, @Nullable IndicatorResult example, Classes classes,
                               List<Cell> cells, List<Definition> definitions, String key, List<AcrossBaRegions> acrossBaRegions) {
    }

    private final IndicatorService indicators;
    private final CoverageService coverage;

    IndicatorMapService(IndicatorService indicators, CoverageService coverage) {
        this.indicators = indicators;
        this.coverage = coverage;
    }

    /**
     * @param chosen the definition (comparability key) to draw; null, or one no programme reports, draws the most common
     */
    public IndicatorMap map(IndicatorDefinition definition, IndicatorFilter filter, CoverageFilter area, Level level,
                            @Nullable String chosen) {
        IndicatorFilter f = filter.withIndicator(definition.indicatorId());
        List<MunicipalityCoverage> municipalities = coverage.municipalities(area);
        List<IndicatorResult> programmeValues = indicators.results(f).stream().filter(IndicatorMapService::mappable).toList();
        List<Definition> definitions = definitions(programmeValues);
        String key = definitions.stream().map(Definition::key).filter(k -> k.equals(chosen)).findFirst()
                .orElse(definitions.isEmpty() ? "" : definitions.getFirst().key());
        List<IndicatorResult> values = level == Level.MUNICIPALITY ? programmeValues
                : indicators.pooled("ba_region", null, f).stream().filter(r -> r.value() != null || r.suppressed()).toList();
        Map<String, List<IndicatorResult>> latest = latest(values.stream().filter(r -> r.comparabilityKey().equals(key)).toList());
        List<AcrossBaRegions> across = new ArrayList<>();
        if (level == Level.BA_REGION) {
            Set<String> areaRegions = municipalities.stream().map(MunicipalityCoverage::baNr).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            Map<String, List<IndicatorResult>> programmeLatest = latest(programmeValues.stream()
                    .filter(r -> r.comparabilityKey().equals(key)).toList());
            indicators.programmesAcrossBaRegions(f.programmeType()).forEach((id, regions) -> {
                List<IndicatorResult> own = programmeLatest.get(id);
                if (own != null && regions.stream().anyMatch(areaRegions::contains)) {
                    across.add(new AcrossBaRegions(id, own.getFirst().subjectName(), own,
                            regions.stream().map(b -> indicators.regionName("ba_region", b)).toList()));
                }
            });
        }
        List<IndicatorResult> drawn = latest.values().stream().flatMap(List::stream).toList();
        Classes classes = classes(definition.isShare(), drawn);
        Function<MunicipalityCoverage, List<String>> subjects = level == Level.MUNICIPALITY ? MunicipalityCoverage::programmeIds
                : m -> m.baNr() == null ? List.of() : List.of(m.baNr());
        List<Cell> cells = new ArrayList<>();
        for (MunicipalityCoverage m : municipalities) {
            List<IndicatorResult> own = subjects.apply(m).stream().flatMap(id -> latest.getOrDefault(id, List.of()).stream()).toList();
            cells.add(cell(m, own, classes));
        }
        IndicatorResult example = drawn.isEmpty() ? definitions.stream().filter(d -> d.key().equals(key))
                .map(Definition::example).findFirst().orElse(null) : drawn.getFirst();
        return new IndicatorMap(definition, level, example, classes, cells, definitions, key, across);
    }

    /** A programme's own outcome that is a point value, undisputed, known or withheld. */
    static boolean mappable(IndicatorResult r) {
        return "programme".equals(r.subjectType()) && "outcome".equals(r.figureKind())
                && IndicatorResult.POINT_CLASSES.contains(r.qualifierClass()) && !r.conflicting()
                && (r.value() != null || r.suppressed());
    }

    /** The definitions the values are of, each with how many subjects report it; most subjects first (ties: engine order). */
    static List<Definition> definitions(List<IndicatorResult> values) {
        Map<String, Set<String>> subjects = new LinkedHashMap<>();
        Map<String, IndicatorResult> examples = new LinkedHashMap<>();
        values.forEach(r -> {
            subjects.computeIfAbsent(r.comparabilityKey(), k -> new LinkedHashSet<>()).add(r.subjectId());
            examples.putIfAbsent(r.comparabilityKey(), r);
        });
        return subjects.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size()))
                .map(e -> new Definition(e.getKey(), examples.get(e.getKey()), e.getValue().size())).toList();
    }


    /** Per subject its values of the latest period (by end year, then start year; an undated value counts as oldest). */
    static Map<String, List<IndicatorResult>> latest(List<IndicatorResult> values) {
        Comparator<IndicatorResult> period = Comparator.comparing(IndicatorResult::periodEnd, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(IndicatorResult::periodStart, Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<String, List<IndicatorResult>> out = new LinkedHashMap<>();
        values.stream().collect(Collectors.groupingBy(IndicatorResult::subjectId, LinkedHashMap::new, Collectors.toList()))
                .forEach((subject, list) -> {
                    IndicatorResult newest = list.stream().max(period).orElseThrow();
                    out.put(subject, list.stream().filter(r -> period.compare(r, newest) == 0).toList());
                });
        return out;
    }

    /**
     * Five classes: for shares 0–20, 20–40, 40–60, 60–80 and 80–100 %; for other figures five equal steps from 0 to
     * the largest value drawn, rounded up to a round step (1, 2, 2.5 or 5 times a power of ten).
     */
    static Classes classes(boolean share, List<IndicatorResult> drawn) {
        BigDecimal step;
        if (share) {
            step = new BigDecimal("0.2");
        } else {
            double max = drawn.stream().map(IndicatorResult::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1);
            step = roundStep(max / 5);
        }
        List<BigDecimal> bounds = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            bounds.add(step.multiply(BigDecimal.valueOf(i)));
        }
        return new Classes(share, bounds);
    }

    static BigDecimal roundStep(double raw) {
        if (raw <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen((int) Math.floor(Math.log10(raw)));
        for (String m : List.of("1", "2", "2.5", "5", "10")) {
            BigDecimal candidate = power.multiply(new BigDecimal(m));
            if (candidate.doubleValue() >= raw) {
                return candidate.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    /** Unknown without figures; suppressed when every figure is withheld; a class, or mixed when they differ. */
    static Cell cell(MunicipalityCoverage m, List<IndicatorResult> own, Classes classes) {
        if (own.isEmpty()) {
            return new Cell(m, MapValue.Kind.UNKNOWN, 0, List.of());
        }
        Set<Integer> found = own.stream().filter(IndicatorResult::hasValue).map(r -> classes.of(r.value()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (found.isEmpty()) {
            return new Cell(m, MapValue.Kind.SUPPRESSED, 0, own);
        }
        return found.size() == 1 ? new Cell(m, MapValue.Kind.VALUE, found.iterator().next(), own)
                : new Cell(m, MapValue.Kind.MIXED, 0, own);
    }
}
